# cli.sh - scap-cat's options and operands (sourced by run.sh).
# Runs listed in tests/cli.tsv are compared with sysdig's output for the
# same arguments (made by tests/mkref.sh); the rest check the interface.
D=tests/data/corpus
CAT=tools/scap-cat
grep -v '^#' tests/cli.tsv | while IFS='	' read -r name tz args caps; do
	[ "$args" = . ] && args=
	set --
	for c in $caps; do set -- "$@" "$D/$c"; done
	gzip -dc "tests/data/cli/$name.txt.gz" > "$W/cli_$name.ref"
	# several captures are given as one concatenated stream on stdin
	# shellcheck disable=SC2086
	if cat "$@" | TZ=$tz $CAT $args - > "$W/cli_$name.out" 2> "$W/cli_$name.err" &&
	    cmp -s "$W/cli_$name.out" "$W/cli_$name.ref"; then
		echo "pass cli $name"
	else
		echo "fail cli $name: differs from sysdig (diff $W/cli_$name.out $W/cli_$name.ref)"
	fi
done > "$W/cli.results"
while read -r verdict rest; do
	if [ "$verdict" = pass ]; then pass "$rest"; else fail "$rest"; fi
done < "$W/cli.results"

# expect NAME WANT_EXIT CMD...: run CMD, check its exit status.
expect() {
	n=$1 want=$2
	shift 2
	"$@" > "$W/x.out" 2> "$W/x.err"
	got=$?
	if [ "$got" -eq "$want" ]; then pass "cli $n"; else fail "cli $n" "exit $got, want $want"; fi
}
expect "-h exits 0" 0 $CAT -h
grep -q '^usage: scap-cat \[-hjlqV\] \[--csv\] \[--recover\] \[-f filter\] \[-n count\] \[-p format\]$' "$W/x.out" &&
    pass "cli -h prints the usage on stdout" || fail "cli -h prints the usage on stdout"
expect "-V exits 0" 0 $CAT -V
expect "bad option exits 2" 2 $CAT -Z "$D/file_activity.scap"
grep -q '^usage: ' "$W/x.err" && pass "cli bad option: usage on stderr" || fail "cli bad option: usage on stderr"
expect "bad -t exits 2" 2 $CAT -t x "$D/file_activity.scap"
# sysdig's -p shortcuts: -pp prints the default format; -pk and -pm
# (Kubernetes, Mesos) are refused with a reason (-pc is in cli.tsv)
expect "-pp exits 0" 0 $CAT -pp
[ "$(cat "$W/x.out")" = '*%evt.num %evt.outputtime %evt.cpu %proc.name (%thread.tid) %evt.dir %evt.type %evt.info' ] &&
    pass "cli -pp prints the default format" || fail "cli -pp prints the default format"
expect "-pk exits 2" 2 $CAT -pk "$D/file_activity.scap"
grep -q 'Kubernetes and Mesos names are not read' "$W/x.err" && [ ! -s "$W/x.out" ] &&
    pass "cli -pk says why" || fail "cli -pk says why"
expect "bad -n exits 2" 2 $CAT -n abc "$D/file_activity.scap"
expect "missing file exits 1" 1 $CAT "$W/no-such-file.scap"
grep -q "^scap-cat: $W/no-such-file.scap: No such file or directory\$" "$W/x.err" &&
    pass "cli missing file message" || fail "cli missing file message" "$(cat "$W/x.err")"
# A missing file does not stop the others.
$CAT "$W/no-such-file.scap" "$D/filtered_cat.scap" > "$W/x.out" 2> /dev/null
[ $? -eq 1 ] && [ "$(wc -l < "$W/x.out")" -eq 2245 ] &&
    pass "cli goes on after a missing file" || fail "cli goes on after a missing file"
# No operand reads standard input.
gzip -dc "$D/filtered_cat.scap.default.txt.gz" > "$W/filtered.ref"
$CAT < "$D/filtered_cat.scap" > "$W/x.out" && cmp -s "$W/x.out" "$W/filtered.ref" &&
    pass "cli no operand reads stdin" || fail "cli no operand reads stdin"
# A directory is an error, not a crash.
expect "directory operand exits 1" 1 $CAT tests
# Writing to a closed pipe ends quietly.
$CAT "$D/process_activity.scap" | head -n 1 > /dev/null
pass "cli closed pipe"
# Writing to a full device fails with a message.
if [ -w /dev/full ]; then
	expect "write error exits 1" 1 sh -c "$CAT $D/process_activity.scap > /dev/full"
	grep -q 'writing to standard output failed' "$W/x.err" &&
	    pass "cli write error message" || fail "cli write error message"
fi

# Each man page documents every option of its program.
for tool in tools/scap-*.c; do
	t=$(basename "$tool" .c)
	page=man/man1/$t.1
	[ -f "$page" ] || { fail "cli man page for $t" "no $page"; continue; }
	for opt in $(sed -n 's/.*getopt[_long]*(argc, argv, "\([^"]*\)".*/\1/p' "$tool" | tr -d ':' | fold -w1); do
		grep -q "Fl $opt\b" "$page" &&
		    pass "cli $t man page has -$opt" || fail "cli $t man page has -$opt"
	done
done
if command -v mandoc >/dev/null 2>&1; then
	for page in man/man*/*.[0-9]; do
		if mandoc -Tlint -W warning "$page" > "$W/lint" 2>&1; then
			pass "man lint $page"
		else
			fail "man lint $page" "$(head -3 "$W/lint")"
		fi
	done
fi
