# grep.sh - scap-grep and the formats against what sysdig 0.29.3 printed
# for the corpus (refs copied from the corpus' *.ref/), and -w round trips
# (sourced by run.sh).
D=tests/data/corpus
R=tests/data/refs
GREP=tools/scap-grep
CAT=tools/scap-cat
G="$W/grep"
mkdir -p "$G"
have_sysdig=0; command -v sysdig >/dev/null 2>&1 && have_sysdig=1

check() {	# NAME REF CMD...: CMD's output must equal the gzipped REF
	n=$1 ref=$2
	shift 2
	gzip -dc "$ref" > "$G/want"
	"$@" > "$G/got" 2> "$G/err"
	if cmp -s "$G/got" "$G/want"; then pass "$n"; else fail "$n" "differs from sysdig ($*)"; fi
}

for cap in "$D"/*.scap "$D"/*.scap[0-9]; do
	b=$(basename "$cap")
	[ -f "$R/$b.evt_type_openat.txt.gz" ] || continue
	check "grep $b evt.type=openat" "$R/$b.evt_type_openat.txt.gz" $GREP evt.type=openat "$cap"
	check "grep $b proc.name=cat" "$R/$b.proc_name_cat.txt.gz" $GREP proc.name=cat "$cap"
	check "grep $b fd.type=ipv4" "$R/$b.fd_type_ipv4.txt.gz" $GREP fd.type=ipv4 "$cap"
	check "grep $b evt.buffer contains helloworld" "$R/$b.buffer_helloworld.txt.gz" $GREP 'evt.buffer contains helloworld' "$cap"
	check "cat -p $b" "$R/$b.fmt_num_proc_fd.txt.gz" $CAT -p '%evt.num %proc.name %fd.name' "$cap"
	check "cat -j -n 100 $b" "$R/$b.json_first100.txt.gz" $CAT -j -n 100 "$cap"
	check "grep -j $b" "$R/$b.json_write.txt.gz" $GREP -j 'evt.type=write and evt.dir=<' "$cap"
done

# -w: the matching events as a capture that prints what scap-grep prints
# (only evt.num differs), and that sysdig reads the same way.
for f in "proc.name=cat" "evt.type in (openat, read, close) and fd.name startswith /etc" \
    "evt.dir=< and evt.failed=true" "fd.type=ipv4 or fd.type=ipv6"; do
	for cap in "$D/file_activity.scap" "$D/502Error.scap" "$D/process_activity.scap"; do
		b=$(basename "$cap")
		$GREP "$f" "$cap" | cut -d' ' -f2- > "$G/want"
		$GREP "$f" -w - "$cap" > "$G/cap.scap" 2> "$G/err"
		$CAT "$G/cap.scap" | cut -d' ' -f2- > "$G/got"
		if cmp -s "$G/got" "$G/want"; then pass "grep -w $b '$f'"; else fail "grep -w $b '$f'" "differs"; fi
		if [ $have_sysdig -eq 1 ]; then
			TZ=UTC sysdig -r "$G/cap.scap" > "$G/sd" 2>&1 && cut -d' ' -f2- "$G/sd" | cmp -s - "$G/want" &&
			    pass "sysdig reads grep -w $b '$f'" || fail "sysdig reads grep -w $b '$f'"
		fi
	done
done

# grep's interface: exit status, -c, -v, -m, -e, -b, -i, -A/-B, errors.
cap=$D/file_activity.scap
$GREP -c proc.name=cat "$cap" > "$G/x"; rc=$?
[ $rc -eq 0 ] && [ "$(cat "$G/x")" -eq "$($GREP proc.name=cat "$cap" | wc -l)" ] && pass "grep -c" || fail "grep -c"
$GREP proc.name=nosuchprogram "$cap" > "$G/x"; [ $? -eq 1 ] && [ ! -s "$G/x" ] && pass "grep exit 1 on no match" || fail "grep exit 1 on no match"
$GREP 'proc.nme=cat' > /dev/null 2> "$G/x" < "$cap"; [ $? -eq 2 ] && pass "grep exit 2 on a bad filter" || fail "grep exit 2 on a bad filter"
$GREP 'evt.type=openat and proc.name=cat or proc.name=ls' "$cap" > /dev/null 2> "$G/x"
[ $? -eq 2 ] && [ "$(wc -l < "$G/x")" -eq 1 ] && grep -q 'column' "$G/x" && pass "grep: ambiguous and/or, one message with a column" || fail "grep: ambiguous and/or, one message with a column"
$GREP -m 3 evt.type=openat "$cap" | wc -l | grep -qx 3 && pass "grep -m" || fail "grep -m"
n1=$($GREP -v evt.type=openat "$cap" | wc -l); n2=$($GREP evt.type=openat "$cap" | wc -l); n3=$($CAT "$cap" | wc -l)
[ $((n1 + n2)) -eq "$n3" ] && pass "grep -v" || fail "grep -v" "$n1 + $n2 != $n3"
# -e matches the printed line; -b the data buffer
$GREP -e 'helloworld [0-9]+\.' "$cap" > "$G/x"
$CAT "$cap" | grep -E 'helloworld [0-9]+\.' > "$G/y"
cmp -s "$G/x" "$G/y" && pass "grep -e (regex on the line)" || fail "grep -e (regex on the line)"
$GREP -b -e 'HELLOWORLD' -i "$cap" > "$G/x"; rc=$?
[ $rc -eq 0 ] && gzip -dc "$R/file_activity.scap.buffer_helloworld.txt.gz" | cmp -s - "$G/x" &&
    pass "grep -b -i -e (regex on buffers)" || fail "grep -b -i -e (regex on buffers)"
$GREP -e '(' "$cap" > /dev/null 2> "$G/x"; [ $? -eq 2 ] && grep -q 'column' "$G/x" && pass "grep: bad regex" || fail "grep: bad regex"
# -B/-A: context from the same thread only
$GREP -B 2 -A 1 'evt.type=openat and evt.dir=< and proc.name=cat' "$cap" > "$G/x"
awk '{ print $5 }' "$G/x" | sort -u | grep -qx '(218)\|(219)\|(223)\|(224)\|(221)\|(222)' ; \
[ "$(wc -l < "$G/x")" -gt "$($GREP 'evt.type=openat and evt.dir=< and proc.name=cat' "$cap" | wc -l)" ] &&
    [ "$(awk '{ print $4 }' "$G/x" | sort -u)" = cat ] && pass "grep -A/-B: context of the same thread" || fail "grep -A/-B: context of the same thread"
# --csv
$CAT --csv -p '%evt.num %proc.name %fd.name' "$cap" | head -1 | grep -qx '"evt.num","proc.name","fd.name"' &&
    [ "$($CAT --csv -p '%evt.num %proc.name %fd.name' "$cap" | wc -l)" -eq $(($($CAT -p '%evt.num %proc.name %fd.name' "$cap" | wc -l) + 1)) ] &&
    pass "--csv: a header and a line per event" || fail "--csv: a header and a line per event"
[ -n "${KEEP:-}" ] || rm -rf "$G"
