# hex.sh - scap-hex against sysdig 0.29.3 (-X, -x, -A and the chisel
# views of tests/hex.tsv, references in tests/data/hex/ made by
# tests/mkhex.sh), its interface, and -o's streams (sourced by run.sh).
D=tests/data/corpus
R=tests/data/hex
HEX=tools/scap-hex
GREP=tools/scap-grep
H="$W/hex"
mkdir -p "$H"

# hexcheck NAME CAPTURE ARGS: the output must equal the reference
hexcheck() {
	n=$1 c=$2 a=$3
	ref="$R/$c.$n.txt.gz"
	[ -f "$ref" ] || return 0	# (sysdig could not read it)
	[ "$a" = . ] && a=
	gzip -dc "$ref" > "$H/want"
	eval "NO_COLOR= \$HEX $a \"\$D/\$c\"" > "$H/got" 2> "$H/err"
	if cmp -s "$H/got" "$H/want"; then
		pass "hex $n $c"
	else
		fail "hex $n $c" "differs from sysdig (scap-hex $a $c)"
		[ -n "${KEEP:-}" ] && cp "$H/got" "$H/$c.$n.got"
	fi
}
grep -v '^#' tests/hex.tsv > "$H/tsv"
while IFS='	' read -r name caps sargs xargs cref; do
	[ "$caps" = "*" ] && caps=$(cd "$D" && ls *.scap *.scap[0-9])
	for c in $caps; do
		hexcheck "$name" "$c" "$xargs"
	done
done < "$H/tsv"

# -X is the default; standard input; gzip; several operands
cap=$D/file_activity.scap
$HEX -f evt.type=write "$cap" > "$H/a"; $HEX -X -f evt.type=write "$cap" > "$H/b"
cmp -s "$H/a" "$H/b" && pass "hex: -X is the default" || fail "hex: -X is the default"
gzip -c "$cap" | $HEX -f evt.type=write - > "$H/c"
cmp -s "$H/c" "$H/b" && pass "hex: gzip on standard input" || fail "hex: gzip on standard input"
gzip -dc "$R/rot_events.scap3.hex_all.txt.gz" > "$H/want"
$HEX -x "$D/rot_events.scap3" "$D/rot_events.scap3" > "$H/got"
cat "$H/want" "$H/want" | cmp -s - "$H/got" && pass "hex: several files" || fail "hex: several files"
# colour: never when not on a terminal, or with NO_COLOR, or --color=never
NO_COLOR= $HEX -c echo_fds "$cap" | grep -q "$(printf '\033')" && fail "hex: no colour off a terminal" || pass "hex: no colour off a terminal"
if command -v script > /dev/null 2>&1; then
	script -qec "$HEX -c echo_fds $cap" /dev/null < /dev/null | grep -q "$(printf '\033')\[31m" &&
	    pass "hex: colour on a terminal" || fail "hex: colour on a terminal"
	NO_COLOR=1 script -qec "$HEX -c echo_fds $cap" /dev/null < /dev/null | grep -q "$(printf '\033')" &&
	    fail "hex: NO_COLOR" || pass "hex: NO_COLOR"
	script -qec "$HEX -c echo_fds --color=never $cap" /dev/null < /dev/null | grep -q "$(printf '\033')" &&
	    fail "hex: --color=never" || pass "hex: --color=never"
fi
NO_COLOR=1 $HEX -c echo_fds --color=always "$cap" | grep -q "$(printf '\033')" &&
    pass "hex: --color=always beats NO_COLOR" || fail "hex: --color=always beats NO_COLOR"
# usage errors exit 2, input errors 1
for a in "-X -x" "-A -X" "-c nosuchview" "-c spy_ip" "-c 'stdin 3'" "-f evt.nosuch=1" "--color=sometimes" "-o $H/o -X" "-q"; do
	eval "\$HEX $a < \"\$cap\"" > /dev/null 2> "$H/err"; rc=$?
	[ $rc -eq 2 ] && [ -s "$H/err" ] && pass "hex: usage error $a" || fail "hex: usage error $a" "exit $rc"
done
$HEX "$H/nosuchfile" > /dev/null 2> "$H/err"; rc=$?
[ $rc -eq 1 ] && grep -q nosuchfile "$H/err" && pass "hex: missing input exits 1" || fail "hex: missing input exits 1"

# -o: a file per stream and direction, and an index whose byte counts
# are those of the events' res, with what the snaplen cut reported.
io='evt.is_io=true and evt.dir=< and evt.rawres>0'
for cap in "$D"/*.scap "$D"/*.scap[0-9]; do
	b=$(basename "$cap")
	o="$H/o.$b"
	rm -rf "$o"
	if ! $HEX -o "$o" "$cap" 2> "$H/err"; then
		fail "hex -o $b" "exit status"
		continue
	fi
	# bytes: the sum of res; captured: the files' sizes; missing: the rest
	want=$($GREP -p '%evt.rawarg.res' "$io" "$cap" | awk '{ s += $1 } END { print s + 0 }')
	got=$(awk -F'","' 'NR > 1 { s += $10 } END { print s + 0 }' "$o/index.csv")
	[ "$got" = "$want" ] && pass "hex -o $b: bytes = sum of res" || fail "hex -o $b: bytes = sum of res" "$got != $want"
	sizes=$(awk -F'","' 'NR > 1 { gsub(/^"/, "", $1); print $1 }' "$o/index.csv" |
	    while read -r f; do wc -c < "$o/$f"; done | awk '{ s += $1 } END { print s + 0 }')
	capd=$(awk -F'","' 'NR > 1 { s += $11 } END { print s + 0 }' "$o/index.csv")
	[ "$sizes" = "$capd" ] && pass "hex -o $b: captured = the files' sizes" || fail "hex -o $b: captured = the files' sizes" "$sizes != $capd"
	awk -F'","' 'NR > 1 { if ($10 != $11 + $12) bad = 1; n = split($13, g, " "); s = 0
		for (i = 1; i <= n; i++) { sub(/"$/, "", g[i]); split(g[i], p, /[+@]/); s += p[2] }
		if (s != $12) bad = 1 } END { exit bad }' "$o/index.csv" &&
	    pass "hex -o $b: missing = bytes - captured = the cuts listed" || fail "hex -o $b: missing = bytes - captured = the cuts listed"
	[ "$(ls "$o" | wc -l)" -eq "$(wc -l < "$o/index.csv")" ] &&
	    pass "hex -o $b: a file per index line" || fail "hex -o $b: a file per index line"
done
# a buffer the snaplen (80) cut: ls read 832 bytes of libselinux, 80 captured
o="$H/o.file_activity.scap"
grep -q '^"ls-215-fd3-_lib_x86_64_linux_gnu_libselinux.so.1.read",.*,"read","1","832","80","752","80+752@127"$' "$o/index.csv" &&
    pass "hex -o: a cut buffer is reported missing" || fail "hex -o: a cut buffer is reported missing"
# the bytes themselves: the captured data of the events, in order
head -c 80 "$o/cat-219-fd1-noname.write" | grep -q '^root:x:0:0:root:/root:/bin/bash$' &&
    pass "hex -o: the data written" || fail "hex -o: the data written"
# UDP datagrams, and a TCP connection in both directions
o="$H/o.502Error.scap"
grep -q '"udp","192.168.128.156:55441->145.216.3.255:514","write","37","7364"' "$o/index.csv" &&
    pass "hex -o: UDP datagrams" || fail "hex -o: UDP datagrams"
n=$(grep -c '"tcp","192.168.0.3:55020->192.168.0.2:80","\(read\|write\)"' "$o/index.csv")
[ "$n" -ge 2 ] && pass "hex -o: a TCP connection, both directions" || fail "hex -o: a TCP connection, both directions" "$n"
# -f chooses the events; inputs are never overwritten
rm -rf "$H/of"
$HEX -o "$H/of" -f proc.name=cat "$D/file_activity.scap"
awk -F'","' 'NR > 1 && $2 != "cat" { bad = 1 } END { exit bad }' "$H/of/index.csv" &&
    [ "$(wc -l < "$H/of/index.csv")" -gt 1 ] && pass "hex -o -f" || fail "hex -o -f"
rm -rf "$H/oi" && mkdir -p "$H/oi"
cp "$D/file_activity.scap" "$H/oi/index.csv"
$HEX -o "$H/oi" "$H/oi/index.csv" > /dev/null 2> "$H/err"; rc=$?
[ $rc -eq 1 ] && cmp -s "$H/oi/index.csv" "$D/file_activity.scap" &&
    pass "hex -o: an input is never overwritten" || fail "hex -o: an input is never overwritten" "exit $rc"
[ -n "${KEEP:-}" ] || rm -rf "$H"
