# merge.sh - scap-stat and scap-top --partial/--merge (sourced by run.sh):
# the fan-out recipe of the README (partial results made by parallel
# workers, then one merge) over more than 100 captures must print what
# one run over all of them prints, in every output mode and for every
# view that can be merged; the others, and mismatched partials, are
# refused.
STAT=tools/scap-stat
TOP=tools/scap-top
MW="$W/merge"
MC="$MW/caps"
rm -rf "$MW"
mkdir -p "$MC" "$MW/split"

# The captures: pieces of four corpus captures (scap-split -e), whole
# captures, a gzip-compressed one and a truncated one, named f001.scap...
# in the order every run gets them.
mg_n=0
mg_add() {
	mg_n=$((mg_n + 1))
	cp "$1" "$MC/$(printf 'f%03d' $mg_n).scap"
}
mg_split() {
	rm -f "$MW/split/"*
	tools/scap-split -e "$2" -w "$MW/split/p.scap" "tests/data/corpus/$1" ||
	    fail "merge: scap-split -e $2 $1"
	mg_i=0
	while [ -f "$MW/split/p.scap$mg_i" ]; do
		mg_add "$MW/split/p.scap$mg_i"
		mg_i=$((mg_i + 1))
	done
}
mg_split 502Error.scap 800
mg_split process_activity.scap 600
mg_split file_activity.scap 400
mg_split curl_google.scap 150
for f in 502Error.scap curl_google.scap curl_google_comments.scap \
    filtered_cat.scap single_ipv6_conn.scap test_ipv6_client.scap \
    rot_events.scap0 rot_events.scap1 rot_events.scap2 rot_events.scap3 \
    rot_size.scap2; do
	mg_add "tests/data/corpus/$f"
done
for f in tests/data/synth/*.scap; do
	mg_add "$f"
done
gzip -c tests/data/corpus/filtered_cat.scap > "$MW/gz.scap"
mg_add "$MW/gz.scap"
head -c 300001 tests/data/corpus/file_activity.scap > "$MW/cut.scap"
mg_add "$MW/cut.scap"
MF=$(ls "$MC"/f*.scap)
[ "$mg_n" -ge 100 ] && pass "merge: $mg_n captures" ||
    fail "merge: only $mg_n captures"

# A worker of the fan-out: writes the partial result of its captures
# into DIR, named after the first of them (so that the partials sort in
# the order of the captures).
cat > "$MW/worker" << 'EOF'
#!/bin/sh
# worker DIR TOOL [OPTION...] -- CAPTURE...
d=$1 tool=$2
shift 2
first=
for a; do
	if [ "$a" = -- ]; then
		first=next
	elif [ "$first" = next ]; then
		first=$a
		break
	fi
done
exec "$tool" --partial -w "$d/$(basename "$first").part" "$@" 2> /dev/null
EOF
chmod +x "$MW/worker"
# mg_fan DIR TOOL [OPTION...]: partial results of every capture, nine
# captures a worker, two workers at a time, as the README's recipe.
mg_fan() {
	mg_d=$1
	shift
	rm -rf "$mg_d"
	mkdir -p "$mg_d"
	printf '%s\n' $MF | xargs -n 9 -P 2 "$MW/worker" "$mg_d" "$@" --
	return 0
}

# scap-stat: the report, --json, --csv, and --summary.
mg_fan "$MW/sr" "$STAT"
mg_fan "$MW/ss" "$STAT" --summary
mg_nparts=$(ls "$MW/sr" | wc -l)
[ "$mg_nparts" -eq $(((mg_n + 8) / 9)) ] && pass "merge: stat partials" ||
    fail "merge: stat partials" "$mg_nparts of them"
for m in "" --json --csv --summary; do
	case $m in
	--summary) mg_p=$(ls "$MW/ss"/*.part) ;;
	*) mg_p=$(ls "$MW/sr"/*.part) ;;
	esac
	$STAT $m $MF > "$MW/one" 2> /dev/null
	mg_rc1=$?
	$STAT $m --merge $mg_p > "$MW/merged" 2> "$MW/err"
	mg_rc2=$?
	if cmp -s "$MW/one" "$MW/merged" && [ $mg_rc1 -eq $mg_rc2 ] &&
	    [ ! -s "$MW/err" ] && [ -s "$MW/one" ]; then
		pass "merge: scap-stat ${m:-(report)}"
	else
		fail "merge: scap-stat ${m:-(report)}" "exit $mg_rc1/$mg_rc2, diff $MW/one $MW/merged"
		cp "$MW/one" "$MW/stat$m.one"
		cp "$MW/merged" "$MW/stat$m.merged"
	fi
done
# the truncated capture (the last) fails both runs, and shows in its
# report and in the total's
$STAT $MF > "$MW/one" 2> /dev/null
mg_rc1=$?
$STAT --merge "$MW"/sr/*.part > "$MW/merged" 2> /dev/null
mg_rc2=$?
mg_cut="$MC/f$(printf %03d $mg_n).scap"
[ $mg_rc1 -eq 1 ] && [ $mg_rc2 -eq 1 ] &&
    [ "$(grep -c "^End:                 truncated: .*$mg_cut" "$MW/merged")" -eq 1 ] &&
    [ "$(grep -c '^End:                 truncated: ' "$MW/merged")" -eq 2 ] &&
    pass "merge: stat exit status and damage" ||
    fail "merge: stat exit status and damage" "exit $mg_rc1/$mg_rc2"
# and the merge is not vacuous: without one partial, the total differs
$STAT --merge $(ls "$MW"/sr/*.part | sed 1d) 2> /dev/null |
    grep '^Total of' > "$MW/tot"
$STAT $(echo "$MF" | sed 1,9d) 2> /dev/null | grep '^Total of' > "$MW/tot1"
[ -s "$MW/tot" ] && cmp -s "$MW/tot" "$MW/tot1" &&
    ! grep -q "^Total of $mg_n files" "$MW/tot" &&
    pass "merge: stat total of fewer partials" ||
    fail "merge: stat total of fewer partials" "$(cat "$MW/tot")"

# scap-top: every view that can be merged, in every output mode, with
# and without -n and -f.
mg_top() {
	mg_name=$1
	shift
	mg_fan "$MW/tp" "$TOP" "$@"
	mg_p=$(ls "$MW/tp"/*.part)
	mg_ok=1
	for m in "" --json --csv; do
		$TOP $m "$@" $MF > "$MW/one" 2> /dev/null
		mg_rc1=$?
		$TOP $m "$@" --merge $mg_p > "$MW/merged" 2> "$MW/err"
		mg_rc2=$?
		if ! cmp -s "$MW/one" "$MW/merged" || [ $mg_rc1 -ne $mg_rc2 ] ||
		    [ -s "$MW/err" ] || [ ! -s "$MW/one" ]; then
			mg_ok=0
			fail "merge: scap-top $mg_name $m" "exit $mg_rc1/$mg_rc2, diff $MW/one $MW/merged"
		fi
	done
	[ $mg_ok -eq 1 ] && pass "merge: scap-top $mg_name"
	return 0
}
for v in topconns topfiles_bytes topfiles_errors topfiles_time \
    topports_server topprocs_cpu topprocs_errors topprocs_file \
    topprocs_net topscalls topscalls_time list_login_shells; do
	mg_top "$v" -c "$v"
done
mg_top "fdbytes_by proc.name" -c "fdbytes_by proc.name"
mg_top "fdcount_by proc.name" -c fdcount_by proc.name
mg_top "fdtime_by fd.type" -c "fdtime_by fd.type"
mg_top "list_login_shells bash" -c "list_login_shells bash"
mg_top "topscalls -n 5 -f" -c topscalls -n 5 -f "proc.name contains c"
mg_top "topfiles_bytes -n 0" -n 0

# A partial to standard output, merged from standard input.
$TOP -c topscalls --partial $MF 2> /dev/null > "$MW/all.part"
$TOP -c topscalls $MF > "$MW/one" 2> /dev/null
$TOP -c topscalls --merge - < "$MW/all.part" > "$MW/merged" 2> /dev/null
cmp -s "$MW/one" "$MW/merged" && pass "merge: one partial through a pipe" ||
    fail "merge: one partial through a pipe"

# Refusals: with a message naming the cause, and no output.
mg_refuse() {
	mg_name=$1 mg_want=$2
	shift 2
	"$@" > "$MW/out" 2> "$MW/err"
	mg_rc=$?
	if [ $mg_rc -ne 0 ] && [ ! -s "$MW/out" ] &&
	    grep -q -- "$mg_want" "$MW/err"; then
		pass "merge: refuses $mg_name"
	else
		fail "merge: refuses $mg_name" "exit $mg_rc: $(head -1 "$MW/err")"
	fi
}
mg_one=$(ls "$MW/tp"/*.part | head -1)
mg_refuse "another view" "made with -c 'topfiles_bytes'; this merge has -c 'topscalls'" \
    $TOP -c topscalls -n 0 --merge "$mg_one"
mg_refuse "another view argument" "made with -c 'fdbytes_by proc.name'; this merge has -c 'fdbytes_by fd.name'" \
    sh -c "$TOP --partial -c 'fdbytes_by proc.name' $MC/f001.scap > $MW/fb.part &&
    $TOP -c 'fdbytes_by fd.name' --merge $MW/fb.part"
mg_refuse "a missing filter" "made with no -f; this merge has -f 'proc.name=cat'" \
    $TOP -n 0 -f proc.name=cat --merge "$mg_one"
mg_refuse "another filter" "made with -f 'proc.name contains c'; this merge has -f 'proc.name contains d'" \
    sh -c "$TOP -c topscalls -f 'proc.name contains c' --partial $MC/f001.scap > $MW/fc.part &&
    $TOP -c topscalls -f 'proc.name contains d' --merge $MW/fc.part"
mg_refuse "summary partials without --summary" "merge it with --summary" \
    $STAT --merge "$(ls "$MW/ss"/*.part | head -1)"
mg_refuse "report partials with --summary" "merge it without --summary" \
    $STAT --summary --merge "$(ls "$MW/sr"/*.part | head -1)"
mg_refuse "a stat partial in scap-top" "not a scap-top partial result" \
    $TOP --merge "$(ls "$MW/sr"/*.part | head -1)"
head -n 5 "$mg_one" > "$MW/short.part"
mg_refuse "a cut partial" "cut short" $TOP -n 0 --merge "$MW/short.part"
sed '1s/ 1$/ 9/' "$mg_one" > "$MW/v9.part"
mg_refuse "another format version" "format version 9" $TOP --merge "$MW/v9.part"
for v in iobytes iobytes_file iobytes_net spy_users; do
	mg_refuse "$v" "$v cannot be merged" $TOP -c $v --partial "$MC/f001.scap"
	mg_refuse "$v (merge)" "$v cannot be merged" $TOP -c $v --merge "$mg_one"
done
mg_refuse "intervals" "-i cannot be merged" $TOP -i 1 --partial "$MC/f001.scap"
mg_refuse "--timeline" "--timeline cannot be merged" $STAT --timeline --partial "$MC/f001.scap"
mg_refuse "--check" "--check cannot be merged" $STAT --check --merge "$mg_one"
mg_refuse "an output format at --partial" "give --json to --merge" \
    $STAT --json --partial "$MC/f001.scap"
mg_refuse "-w over an input" "is an input" \
    $STAT --partial -w "$MC/f001.scap" "$MC/f001.scap"

# The README's recipe, as it is written there.
mg_top=$(pwd)
(
	cd "$MC" && PATH="$mg_top/tools:$PATH" && export PATH &&
	ls *.scap | xargs -n 9 -P 2 sh -c \
	    'scap-top -c topscalls --partial -w "$1.part" "$@"' sh 2> /dev/null
	scap-top -c topscalls --merge *.scap.part > ../readme.merged 2> /dev/null
	scap-top -c topscalls *.scap > ../readme.one 2> /dev/null
)
[ -s "$MW/readme.one" ] && cmp -s "$MW/readme.one" "$MW/readme.merged" &&
    pass "merge: the README's recipe" || fail "merge: the README's recipe"
