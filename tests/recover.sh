# recover.sh - --recover on captures with holes punched at random places
# (sourced by run.sh).
#
# A hole is a range of a corpus capture overwritten with zeros, with
# noise (bytes of a gzip file) or with bytes of the same capture taken
# from elsewhere (real-looking blocks, misaligned), or cut out; one trial
# also cuts the end.  The holes of a trial come from awk's srand(seed), so
# every run punches the same ones.  With tests/blocks.c listing the
# blocks of the intact capture, an event "overlaps" a hole when its
# block shares a byte with it.  Then, for scap-cat --recover:
#   - every event that overlaps no hole is printed, in order (the format
#     uses only what the event itself holds, so lost state cannot change
#     a line);
#   - nothing else, except at most one line per overlapping event (a
#     hole can change bytes an event's checks cannot see) and events of
#     whole blocks a hole copied from elsewhere;
#   - exit 1, every stderr line is "scap-cat: FILE: offset N: skipped L
#     bytes: why", and every range [N, N+L) reported meets a hole;
#   - scap-stat --check reports the same ranges; other tools take the
#     option; the input is unchanged.

RW=$W/recover
mkdir -p "$RW"
RP='%evt.rawtime %evt.cpu %thread.tid %evt.type %evt.dir'
RCAT=tools/scap-cat
rc_fail0=$FAIL

if ! cc -O2 -o "$RW/blocks" tests/blocks.c; then
	fail "recover: build tests/blocks.c"
	return 0 2>/dev/null || exit 0
fi
rc_noise=tests/data/corpus/file_activity.scap.default.txt.gz

# rc_plan SEED SIZE NHOLES CUT: "KIND OFF LEN" lines, ascending, disjoint;
# KIND zero|noise|copy|cut|end (end: the file is cut at OFF).
rc_plan() {
	awk -v seed="$1" -v size="$2" -v n="$3" -v cut="$4" 'BEGIN {
		srand(seed)
		seg = int(size / (n + 1))
		for (i = 0; i < n; i++) {
			len = 1 + int(rand() * (rand() < 0.5 ? 64 : 4000))
			if (len > seg / 2) len = int(seg / 2)
			off = i * seg + int(rand() * (seg - len))
			if (seed % 7 == 0 && i == 0) off = int(rand() * 40)
			k = int(rand() * 4)
			print (k == 0 ? "zero" : k == 1 ? "noise" : k == 2 ? "copy" : "cut"), off, len
		}
		if (cut) print "end", n * seg + int(rand() * (seg - 8)) + 4, 0
	}'
}

# rc_punch SRC DST PLAN: apply the plan (from the last hole back, so that
# offsets stay those of SRC).  Prints the holes in DST's offsets, as
# "A B" (bytes [A, B) are new; a cut is A A).
rc_punch() {
	cp "$1" "$2" && chmod u+w "$2"
	sort -k2,2nr "$3" | while read -r kind off len; do
		case $kind in
		zero)	dd if=/dev/zero of="$2" bs=1 seek="$off" count="$len" conv=notrunc 2> /dev/null ;;
		noise)	dd if="$rc_noise" of="$2" bs=1 skip=$((off % 5000 + 100)) seek="$off" count="$len" conv=notrunc 2> /dev/null ;;
		copy)	dd if="$1" of="$2" bs=1 skip=$((off / 2 + 7)) seek="$off" count="$len" conv=notrunc 2> /dev/null ;;
		cut)	{ head -c "$off" "$2"; tail -c +$((off + len + 1)) "$2"; } > "$2.t" && mv "$2.t" "$2" ;;
		end)	head -c "$off" "$2" > "$2.t" && mv "$2.t" "$2" ;;
		esac
	done
	awk '{ a = $2 - d; if ($1 == "cut") { print a, a; d += $3 }
	    else if ($1 == "end") print a, a; else print a, a + $3 }' "$3"
}

# rc_trial CAP SEED NHOLES CUT
rc_trial() {
	rc_c=$1
	rc_b=$(basename "$rc_c")
	rc_t="$rc_b seed $2"
	rc_d=$RW/$rc_b.$2.scap
	rc_plan "$2" "$(wc -c < "$rc_c")" "$3" "$4" > "$RW/plan"
	rc_punch "$rc_c" "$rc_d" "$RW/plan" > "$RW/holes"
	cksum < "$rc_d" > "$RW/sum0"
	$RCAT --recover -p "$RP" "$rc_d" > "$RW/out" 2> "$RW/err"
	rc_rc=$?
	# expected: the lines of events that overlap no hole
	awk -v plan="$RW/plan" -v full="$RW/$rc_b.full" '
	BEGIN {
		while ((getline l < plan) > 0) {
			split(l, f, " ")
			nh++; hs[nh] = f[2]; he[nh] = f[1] == "end" ? 1e18 : f[2] + (f[3] > 0 ? f[3] : 1)
		}
	}
	$2 == "end" || $2 == "bad" { next }
	$4 == 1 {
		k++
		for (i = 1; i <= nh; i++)
			if ($1 < he[i] && hs[i] < $1 + $3) { hit[k] = 1; break }
	}
	END {
		while ((getline l < full) > 0) {
			n = l; sub(/ .*/, "", n); sub(/^[^ ]* /, "", l)
			if (n in hit) { print "?" > "/dev/stderr"; continue }
			print l
		}
	}' "$RW/$rc_b.blocks" > "$RW/want" 2> "$RW/hit"
	rc_nhit=$(wc -l < "$RW/hit")
	rc_copy=$(grep -c '^copy' "$RW/plan")
	rc_why=$(awk -v nhit="$rc_nhit" -v want="$RW/want" -v full="$RW/$rc_b.full" -v copy="$rc_copy" '
	BEGIN {
		while ((getline l < want) > 0) w[++nw] = l; j = 1
		while ((getline l < full) > 0) { sub(/^[^ ]* /, "", l); all[l] = 1 }
	}
	# a hole filled from elsewhere in the capture may hold whole blocks:
	# their events are read again
	{ if (j <= nw && $0 == w[j]) j++; else if (!(copy && ($0 in all))) extra++ }
	END {
		if (j <= nw) printf "event missing: %s", w[j]
		else if (extra > nhit) printf "%d lines not in the capture (%d events hit)", extra, nhit
	}' "$RW/out")
	if [ -z "$rc_why" ] && [ -s "$RW/err" ]; then
		[ $rc_rc -eq 1 ] || rc_why="exit $rc_rc with damage reported"
		rc_why=${rc_why:-$(awk -v holes="$RW/holes" -v f="$rc_d" '
		BEGIN { while ((getline l < holes) > 0) { split(l, h, " "); n++; a[n] = h[1]; b[n] = h[2] } }
		{
			if (index($0, "scap-cat: " f ": offset ") != 1 || $5 != "skipped" || $7 != "bytes:") {
				print "bad message: " $0; exit
			}
			s = $4 + 0; sub(/:$/, "", s); e = s + $6
			ok = 0
			for (i = 1; i <= n; i++) if (s <= b[i] && a[i] <= e) ok = 1
			if (!ok) { print "range " s "+" $6 " meets no hole"; exit }
		}' "$RW/err")}
	elif [ -z "$rc_why" ] && [ $rc_rc -ne 0 ]; then
		rc_why="exit $rc_rc: $(head -1 "$RW/err")"
	fi
	cksum < "$rc_d" | cmp -s - "$RW/sum0" || rc_why="the input changed"
	if [ -z "$rc_why" ]; then
		pass "recover $rc_t ($3 holes, $(wc -l < "$RW/err") ranges, $rc_nhit events hit)"
	else
		fail "recover $rc_t" "$rc_why"
		cp "$RW/plan" "$RW/$rc_b.$2.plan"
	fi
}

for rc_c in tests/data/corpus/file_activity.scap tests/data/corpus/process_activity.scap \
    tests/data/corpus/rot_events.scap3 tests/data/corpus/502Error.scap; do
	rc_b=$(basename "$rc_c")
	"$RW/blocks" "$rc_c" > "$RW/$rc_b.blocks" || { fail "recover $rc_b: blocks"; continue; }
	$RCAT -p "%evt.num $RP" "$rc_c" > "$RW/$rc_b.full"
	for s in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do
		rc_trial "$rc_c" "$s" $((s % 6 + 1)) $((s % 5 == 0))
	done
done

# The other ways in, on the last damaged file (502Error.scap seed 14).
rc_d=$RW/502Error.scap.14.scap
$RCAT --recover -p "$RP" "$rc_d" > "$RW/ref" 2> "$RW/referr"
sed 's/^scap-cat: [^:]*: //' "$RW/referr" > "$RW/ranges"
[ -s "$RW/ranges" ] && pass "recover: the sample file has damage" ||
    fail "recover: the sample file has damage"
cat "$rc_d" | $RCAT --recover -p "$RP" - > "$RW/out" 2> "$RW/err"
[ $? -eq 1 ] && cmp -s "$RW/out" "$RW/ref" &&
    [ "$(sed 's/^scap-cat: <stdin>: //' "$RW/err")" = "$(cat "$RW/ranges")" ] &&
    pass "recover: through a pipe" || fail "recover: through a pipe"
gzip -c "$rc_d" > "$RW/d.gz"
$RCAT --recover -p "$RP" "$RW/d.gz" > "$RW/out" 2> /dev/null
[ $? -eq 1 ] && cmp -s "$RW/out" "$RW/ref" && pass "recover: gzip-compressed" ||
    fail "recover: gzip-compressed"
tools/scap-stat --check "$rc_d" > "$RW/out" 2> "$RW/err"
[ $? -eq 1 ] && [ ! -s "$RW/out" ] &&
    [ "$(sed 's/^scap-stat: [^:]*: //' "$RW/err")" = "$(cat "$RW/ranges")" ] &&
    pass "recover: scap-stat --check lists every range" ||
    fail "recover: scap-stat --check lists every range"
tools/scap-stat --recover "$rc_d" > "$RW/out" 2> /dev/null
[ $? -eq 1 ] && grep -q "^End: *recovered: $(wc -l < "$RW/ranges") damaged range" "$RW/out" &&
    pass "recover: scap-stat report" || fail "recover: scap-stat report"
# without --recover: the first damage ends it, as before
$RCAT -p "$RP" "$rc_d" > "$RW/out" 2> "$RW/err"
[ $? -eq 1 ] && [ "$(wc -l < "$RW/err")" -eq 1 ] &&
    head -n "$(wc -l < "$RW/out")" "$RW/ref" | cmp -s - "$RW/out" &&
    pass "recover: off by default" || fail "recover: off by default"
# a repaired copy: written with -w, read clean, by sysdig too
$RCAT --recover -w "$RW/fixed.scap" "$rc_d" 2> /dev/null
[ $? -eq 1 ] && $RCAT -p "$RP" "$RW/fixed.scap" > "$RW/out" 2> "$RW/err" &&
    cmp -s "$RW/out" "$RW/ref" && pass "recover: -w writes a clean copy" ||
    fail "recover: -w writes a clean copy"
if command -v sysdig > /dev/null 2>&1; then
	sysdig -r "$RW/fixed.scap" > /dev/null 2>&1 && pass "recover: sysdig reads the copy" ||
	    fail "recover: sysdig reads the copy"
fi
rc_n=$(grep -c . "$RW/ref")
[ "$(tools/scap-grep --recover -c 'evt.num > 0' "$rc_d" 2> /dev/null)" = "$rc_n" ] &&
    pass "recover: scap-grep" || fail "recover: scap-grep"
for rc_cmd in "tools/scap-top --recover -c topprocs_cpu" "tools/scap-hex --recover" \
    "tools/scap-split --recover -e 500 -w $RW/piece"; do
	$rc_cmd "$rc_d" > /dev/null 2> "$RW/err"
	[ $? -eq 1 ] && [ "$(sed 's/^[^:]*: [^:]*: //' "$RW/err")" = "$(cat "$RW/ranges")" ] &&
	    pass "recover: ${rc_cmd%% *}" || fail "recover: $rc_cmd" "$(head -1 "$RW/err")"
done
rc_i=0
while [ -f "$RW/piece$rc_i" ]; do
	$RCAT -p "$RP" "$RW/piece$rc_i" 2> /dev/null
	rc_i=$((rc_i + 1))
done > "$RW/out"
cmp -s "$RW/out" "$RW/ref" && pass "recover: scap-split pieces hold every event" ||
    fail "recover: scap-split pieces hold every event"
# A file with no valid block is not a capture, even with --recover.
$RCAT --recover tests/recover.sh > /dev/null 2> "$RW/err"
[ $? -eq 1 ] && grep -q 'not a capture file' "$RW/err" &&
    pass "recover: not a capture" || fail "recover: not a capture"
[ $FAIL -eq $rc_fail0 ] && rm -rf "$RW"
