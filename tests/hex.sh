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
for a in "-X -x" "-A -X" "-c nosuchview" "-c spy_ip" "-c 'stdin 3'" "-f evt.nosuch=1" "--color=sometimes" "-o $H/o -X" "-k"; do
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

# -o on real captures of an HTTP download (tests/data/hex/README): curl
# fetched served.bin (200000 bytes) from python3 -m http.server over
# loopback, recorded at snaplen 65000 (http_big) and 80 (http_small).
# The stream is the response header, then served.bin; the events'
# sizes are sysdig's (tests/data/hex/http.sysdig.txt).
HH="$W/hexhttp"
rm -rf "$HH" && mkdir -p "$HH"
# httpline DIR PROC DIRECTION: the index line of PROC's stream of port 8080
httpline() {
	awk -F'","' -v p="$2" -v d="$3" 'NR > 1 && $2 == p && $5 == "ipv4" &&
	    $7 ~ /:8080$/ && $8 == d' "$1/index.csv"
}
# httpacct CAPTURE PROC ISREAD SNAPLEN: events, bytes, captured, missing and
# missing_at as sysdig's sizes say they must be, each buffer cut at SNAPLEN
httpacct() {
	awk -v c="$1" -v p="$2" -v r="$3" -v snap="$4" '$1 == c && $3 == p &&
	    $4 == r { t = $5 < snap ? $5 : snap; n++; b += $5
		if ($5 > t) { m = m (m == "" ? "" : " ") (f + t) "+" ($5 - t) "@" $2 }
		f += t }
	    END { printf "\"%d\",\"%d\",\"%d\",\"%d\",\"%s\"\n", n, b, f, b - f, m }' \
	    "$R/http.sysdig.txt"
}
# httppieces LINE: "fileoffset streamoffset length" of each captured piece
httppieces() {
	printf '%s\n' "$1" | awk -F'","' '{ sub(/"$/, "", $13); n = split($13, g, " ")
		f = 0; r = 0
		for (i = 1; i <= n; i++) { split(g[i], p, /[+@]/)
			if (p[1] > f) print f, r, p[1] - f
			r += p[1] - f + p[2]; f = p[1] }
		if ($11 > f) print f, r, $11 - f }'
}
# httpcheck NAME CAPTURE PROC DIRECTION ISREAD SNAPLEN
httpcheck() {
	t="$1" c=$2
	o="$HH/$c.$3"
	[ -d "$o" ] || $HEX -o "$o" -f "proc.name=$3" "$R/$c" 2> "$HH/err" ||
	    { fail "$t" "scap-hex -o exit status"; return; }
	line=$(httpline "$o" "$3" "$4")
	if [ -z "$line" ] || [ "$(printf '%s\n' "$line" | wc -l)" -ne 1 ]; then
		fail "$t" "no single $3 $4 stream of port 8080"; return
	fi
	file=$(printf '%s\n' "$line" | awk -F'","' '{ sub(/^"/, "", $1); print $1 }')
	# the accounting: sysdig's sizes, the snaplen's cuts, nothing else
	want=$(httpacct "$c" "$3" "$5" "$6")
	got=$(printf '%s\n' "$line" | awk -F'","' '{ print "\"" $9 "\",\"" $10 "\",\"" $11 "\",\"" $12 "\",\"" $13 }')
	[ "$got" = "$want" ] && pass "$t: bytes, captured and missing_at" ||
	    fail "$t: bytes, captured and missing_at" "$got != $want"
	[ "$(wc -c < "$o/$file")" -eq "$(printf '%s\n' "$line" | awk -F'","' '{ print $11 }')" ] &&
	    pass "$t: the file holds the bytes captured" || fail "$t: the file holds the bytes captured"
	# every captured piece is the real stream's bytes at its offset
	hl=$(( $(printf '%s\n' "$line" | awk -F'","' '{ print $10 }') - $(wc -c < "$R/served.bin") ))
	bad=0 np=0
	head -c 17 "$o/$file" | od -An -c | tr -d ' \n' | grep -q '^HTTP/1.0200OK\\r\\n$' || bad=1
	httppieces "$line" > "$HH/pieces"
	while read -r fo so n; do
		np=$((np + 1))
		[ $((so + n)) -le "$hl" ] && continue	# all header
		skip=0
		[ "$so" -lt "$hl" ] && skip=$((hl - so))
		tail -c +$((fo + skip + 1)) "$o/$file" | head -c $((n - skip)) > "$HH/got"
		tail -c +$((so + skip - hl + 1)) "$R/served.bin" | head -c $((n - skip)) > "$HH/want"
		[ "$(wc -c < "$HH/got")" -eq $((n - skip)) ] && cmp -s "$HH/got" "$HH/want" || bad=1
	done < "$HH/pieces"
	[ $bad -eq 0 ] && [ $np -gt 0 ] && pass "$t: captured pieces = served.bin at their offsets" ||
	    fail "$t: captured pieces = served.bin at their offsets" "$np pieces"
}
httpcheck "hex -o http_big curl read" http_big.scap curl read true 65000
httpcheck "hex -o http_big python3 write" http_big.scap python3 write false 65000
httpcheck "hex -o http_small curl read" http_small.scap.gz curl read true 80
httpcheck "hex -o http_small python3 write" http_small.scap.gz python3 write false 80
# at snaplen 65000 curl's reads (64000 at most) are whole: the body after
# the header's blank line is served.bin, byte for byte
o="$HH/http_big.scap.curl"
line=$(httpline "$o" curl read)
file=$(printf '%s\n' "$line" | awk -F'","' '{ sub(/^"/, "", $1); print $1 }')
hl=$(head -c 4096 "$o/$file" | od -An -v -tx1 | awk '{ for (i = 1; i <= NF; i++) {
	n++; l = l " " $i; l = substr(l, length(l) - 11)
	if (l == " 0d 0a 0d 0a") { print n; exit } } }')
if [ -n "$hl" ] && head -c "$hl" "$o/$file" | grep -q '^Content-Length: 200000' &&
    printf '%s\n' "$line" | grep -q ',"0",""$' && tail -c +$((hl + 1)) "$o/$file" | cmp -s - "$R/served.bin"; then
	pass "hex -o http_big: the response body is served.bin"
else
	fail "hex -o http_big: the response body is served.bin" "header ${hl:-not found}"
fi
# at the default snaplen every read of curl kept 80 bytes; the rest is missing
o="$HH/http_small.scap.gz.curl"
httpline "$o" curl read | grep -q ',"4","200204","320","199884","80+124@1271 160+65456@1324 240+102320@1362 320+31984@1390"$' &&
    pass "hex -o http_small: the missing bytes of curl's reads" || fail "hex -o http_small: the missing bytes of curl's reads"
[ -n "${KEEP:-}" ] || rm -rf "$HH"
