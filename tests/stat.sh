# stat.sh - scap-stat (sourced by run.sh): --summary against what sysdig
# 0.29.3 printed for `sysdig -r FILE -S -q' (tests/data/stat, copied from
# the corpus' *.ref/summary.txt), the report, --check on damaged copies,
# --json through jq, --csv through sqlite3, and --timeline.
SD=tests/data/corpus
SR=tests/data/stat
STAT=tools/scap-stat
SW=$W/stat
mkdir -p "$SW"

# st_same OUT REF: the same table up to the order of tied rows.  sysdig
# prints at most 100 rows; when a tie straddles that cut, which of the
# tied rows make it is arbitrary, so the rows of the smallest count shown
# are then compared by number only (the counts column still must match).
st_same() {
	[ "$(sed -n 1,3p "$1")" = "$(sed -n 1,3p "$2")" ] || return 1
	[ "$(awk 'NR > 3 { print $NF }' "$1")" = "$(awk 'NR > 3 { print $NF }' "$2")" ] || return 1
	st_min=$(awk 'NR > 3 { m = $NF } END { print m }' "$2")
	st_rows=$(awk 'NR > 3' "$2" | wc -l)
	if [ "$st_rows" -eq 100 ]; then
		awk -v m="$st_min" 'NR > 3 && $NF != m' "$1" | sort > "$SW/a"
		awk -v m="$st_min" 'NR > 3 && $NF != m' "$2" | sort > "$SW/b"
	else
		sort "$1" > "$SW/a"
		sort "$2" > "$SW/b"
	fi
	cmp -s "$SW/a" "$SW/b"
}

for cap in "$SD"/*.scap "$SD"/*.scap[0-9]; do
	b=$(basename "$cap")
	ref=$SR/$b.summary.txt
	# sysdig 0.29.3 refuses curl_google_comments.scap (its section
	# header has options) and prints an empty table; we read it as the
	# same capture as curl_google.scap, whose summary it must print.
	[ "$b" = curl_google_comments.scap ] && ref=$SR/curl_google.scap.summary.txt
	if [ ! -f "$ref" ]; then
		fail "stat summary $b" "no $ref"
		continue
	fi
	if $STAT --summary "$cap" > "$SW/$b.sum" 2> "$SW/err" && st_same "$SW/$b.sum" "$ref"; then
		pass "stat summary $b"
		rm -f "$SW/$b.sum"
	else
		fail "stat summary $b" "differs from sysdig (diff $SW/$b.sum $ref)"
	fi
done
# Ties are broken by name, enter before exit: the output is stable.
$STAT -S "$SD/file_activity.scap" > "$SW/s1"
if grep -q '^> openat          769$' "$SW/s1" &&
    [ "$(grep -n 'openat' "$SW/s1" | cut -d: -f1 | tr '\n' ' ')" = "5 6 " ]; then
	pass "stat summary ties by name"
else
	fail "stat summary ties by name"
fi
gzip -c "$SD/process_activity.scap" | $STAT -S > "$SW/s2" 2>&1
$STAT -S "$SD/process_activity.scap" > "$SW/s3"
cmp -s "$SW/s2" "$SW/s3" && pass "stat summary gzip on stdin" ||
    fail "stat summary gzip on stdin"
# The large capture lives outside the repository (../shared).
SL=../shared/corpus/large/large_busy.scap
if [ -f "$SL" ]; then
	if $STAT -S "$SL" > "$SW/large.sum" && st_same "$SW/large.sum" "$SR/large_busy.scap.summary.txt"; then
		pass "stat summary large_busy"
	else
		fail "stat summary large_busy" "diff $SW/large.sum $SR/large_busy.scap.summary.txt"
	fi
fi

# The report, with the counts of the corpus' blocks.txt.
$STAT "$SD/file_activity.scap" > "$SW/rep" 2> "$SW/err"
st_rc=$?
st_ok=1
for want in '^File name: *tests/data/corpus/file_activity.scap$' \
    '^File format: *scap 1\.2$' '^File size: *672800 bytes$' \
    '^Sections: *1$' '^Blocks: *9043$' \
    '^  EV_V2 *0x216 *9032 blocks *667348 bytes  event$' \
    '^  FDL_V2 *0x218 *6 blocks *1300 bytes  fd list$' \
    '^Machine: *realcap$' '^CPUs: *2$' '^Memory: *2060410880 bytes' \
    '^First event: *2026-11-21 23:17:21\.635889180$' \
    '^Events: *9032 ' '^Drop events: *0$' '^Unknown event types: *none$' \
    '^End: *clean$'; do
	grep -q "$want" "$SW/rep" || { st_ok=0; fail "stat report has $want"; }
done
[ $st_rc -eq 0 ] && [ ! -s "$SW/err" ] && [ $st_ok -eq 1 ] && pass "stat report file_activity" ||
    fail "stat report file_activity" "exit $st_rc"
$STAT "$SD/curl_google.scap" > "$SW/rep" 2>&1
grep -q '^File format: *scap 1\.0, gzip-compressed$' "$SW/rep" &&
    grep -q '^  FDL *0x203 *54 blocks' "$SW/rep" && grep -q '^  PL_V5 ' "$SW/rep" &&
    pass "stat report gzip, old blocks" || fail "stat report gzip, old blocks"
$STAT "$SD"/rot_events.scap[0-3] > "$SW/rep" 2>&1
grep -q '^Total of 4 files$' "$SW/rep" && grep -q '^Events: *10000 ' "$SW/rep" &&
    pass "stat report total" || fail "stat report total"

# An unknown block type (the interface list's code changed) and an event
# id unknown to the reader (the first event's) are counted and named.
cp "$SD/file_activity.scap" "$SW/unk.scap"
printf '\360\377' | dd of="$SW/unk.scap" bs=1 seek=5482 conv=notrunc 2> /dev/null
printf '\231\011' | dd of="$SW/unk.scap" bs=1 seek=220 conv=notrunc 2> /dev/null
$STAT "$SW/unk.scap" > "$SW/rep" 2> "$SW/err"
st_rc=$?
[ $st_rc -eq 0 ] && grep -q '^  unknown *0x999\.\.\. *1 blocks *108 bytes  unknown$' "$SW/rep" &&
    grep -q '^Unknown event types: 1 events; ids 65520$' "$SW/rep" &&
    grep -q '^Events: *9031 ' "$SW/rep" && grep -q 'warning: offset 220: skipped unknown block type 0x999' "$SW/err" &&
    pass "stat report unknown block and event" || fail "stat report unknown block and event" "exit $st_rc"
$STAT -c "$SW/unk.scap" > "$SW/out" 2>&1
[ $? -eq 0 ] && [ ! -s "$SW/out" ] && pass "stat --check unknown types are not damage" ||
    fail "stat --check unknown types are not damage"

# --check: silence and 0 on every intact capture; every damaged range,
# with its offset and length, and 1 otherwise (tests/recover.sh checks
# captures with several).
st_ok=1
for cap in "$SD"/*.scap "$SD"/*.scap[0-9]; do
	$STAT --check "$cap" > "$SW/out" 2>&1 && [ ! -s "$SW/out" ] ||
	    { st_ok=0; fail "stat --check $(basename "$cap")" "$(head -1 "$SW/out")"; }
done
[ $st_ok -eq 1 ] && pass "stat --check intact captures"
# st_check NAME FILE MESSAGE: --check FILE exits 1 saying MESSAGE.
st_check() {
	$STAT --check "$2" > "$SW/out" 2> "$SW/err"
	st_rc=$?
	if [ $st_rc -eq 1 ] && [ ! -s "$SW/out" ] && [ "$(wc -l < "$SW/err")" -eq 1 ] &&
	    grep -qF "$3" "$SW/err"; then
		pass "stat --check $1"
	else
		fail "stat --check $1" "exit $st_rc: $(head -1 "$SW/err")"
	fi
}
head -c 100000 "$SD/file_activity.scap" > "$SW/cut.scap"
st_check "truncated" "$SW/cut.scap" "cut.scap: offset 99988: skipped 12 bytes: truncated event block"
cp "$SD/file_activity.scap" "$SW/badlen.scap"
printf '\377\377\377\177' | dd of="$SW/badlen.scap" bs=1 seek=32 conv=notrunc 2> /dev/null
st_check "bad block length" "$SW/badlen.scap" "badlen.scap: offset 28: skipped 192 bytes: bad length"
gzip -c "$SD/file_activity.scap" | head -c 50000 > "$SW/cut.gz"
st_check "cut gzip stream" "$SW/cut.gz" "truncated gzip stream"
st_check "not a capture" tests/stat.sh "offset 0: not a capture file"
cat "$SW/cut.scap" | $STAT -c > /dev/null 2> "$SW/err"
[ $? -eq 1 ] && grep -q '^scap-stat: <stdin>: offset 99988: ' "$SW/err" &&
    pass "stat --check stdin" || fail "stat --check stdin"
# The report tells the damage too.
$STAT "$SW/cut.scap" > "$SW/rep" 2> /dev/null
[ $? -eq 1 ] && grep -q '^End: *truncated: offset 99988: ' "$SW/rep" &&
    pass "stat report truncated" || fail "stat report truncated"

# --json: jq must parse it (make deps installs jq); several files give a
# record each, then the total.
if command -v jq > /dev/null 2>&1; then
	$STAT --json "$SD"/rot_events.scap[0-3] > "$SW/j" 2> "$SW/err"
	st_got=$(jq -r '[length, .[0].events, .[0].block_types.EV_V2.count,
	    .[4].file, .[4].events, .[4].sections, .[1].hostname, .[3]["end"],
	    .[0].first_time] | map(tostring) | join(" ")' "$SW/j" 2>&1)
	[ "$st_got" = "5 2999 2999 null 10000 4 realcap clean 2026-11-21 23:18:14.395946300" ] &&
	    pass "stat --json" || fail "stat --json" "$st_got"
	$STAT -j "$SD/file_activity.scap" | jq -e '.[0] | (.events == 9032) and
	    (.counted_events == 9032) and (.compressed == false) and (.error == null)' > /dev/null &&
	    pass "stat --json one file" || fail "stat --json one file"
	$STAT -j "$SW/cut.scap" > "$SW/j" 2> /dev/null
	[ "$(jq -r '.[0]["end"] + " " + .[0].error' "$SW/j")" = \
	    "truncated offset 99988: truncated event block (length 44, only 12 bytes left)" ] &&
	    pass "stat --json damage" || fail "stat --json damage"
else
	fail "stat --json" "jq is not installed (make deps installs it)"
fi

# --csv: sqlite3 must load it (make deps installs sqlite3).
if command -v sqlite3 > /dev/null 2>&1; then
	$STAT --csv "$SD"/rot_events.scap[0-3] "$SD/502Error.scap" > "$SW/c.csv" 2> "$SW/err"
	rm -f "$SW/c.db"
	st_got=$(sqlite3 "$SW/c.db" ".import --csv $SW/c.csv t" \
	    "select count(*), sum(events) from t where file != '';" \
	    "select events, sections from t where file = '';" \
	    "select hostname, version, \"end\" from t where file like '%502Error%';" 2>&1 | tr '\n' ' ')
	[ "$st_got" = "5|32381 32381|5 deleted|1.0|clean " ] &&
	    pass "stat --csv" || fail "stat --csv" "$st_got"
else
	fail "stat --csv" "sqlite3 is not installed (make deps installs it)"
fi

# --timeline: one line per interval, the counts adding up to the events;
# --svg: a plot.
$STAT --timeline -i 1 --svg "$SW/t.svg" "$SD/file_activity.scap" > "$SW/t" 2> "$SW/err"
st_rc=$?
st_sum=$(awk 'NR > 1 { s += $2 } END { print s }' "$SW/t")
[ $st_rc -eq 0 ] && [ "$(wc -l < "$SW/t")" -eq 7 ] && [ "$st_sum" = 9032 ] &&
    pass "stat --timeline" || fail "stat --timeline" "exit $st_rc, $st_sum events"
head -1 "$SW/t.svg" | grep -q '^<?xml' && tail -1 "$SW/t.svg" | grep -q '^</svg>$' &&
    [ "$(grep -c '<rect' "$SW/t.svg")" -gt 10 ] &&
    pass "stat --svg" || fail "stat --svg"
if command -v xmllint > /dev/null 2>&1; then
	xmllint --noout "$SW/t.svg" 2> /dev/null && pass "stat --svg is XML" || fail "stat --svg is XML"
fi
$STAT -T "$SD/process_activity.scap" > "$SW/t" 2>&1
st_sum=$(awk 'NR > 1 { s += $2 } END { print s }' "$SW/t")
[ "$st_sum" = 16179 ] && [ "$(wc -l < "$SW/t")" -le 60 ] &&
    pass "stat --timeline chosen interval" || fail "stat --timeline chosen interval" "$st_sum"

# The interface.
$STAT -h > "$SW/out" 2>&1
[ $? -eq 0 ] && grep -q '^usage: scap-stat \[-chjqSTV\] \[--csv\] \[--recover\] \[-i seconds\] \[--svg file\]$' "$SW/out" &&
    pass "stat -h" || fail "stat -h"
$STAT -Z "$SD/file_activity.scap" > /dev/null 2> "$SW/err"
[ $? -eq 2 ] && grep -q '^usage: ' "$SW/err" && pass "stat bad option" || fail "stat bad option"
$STAT -S -j "$SD/file_activity.scap" > /dev/null 2>&1
[ $? -eq 2 ] && pass "stat two modes exit 2" || fail "stat two modes exit 2"
$STAT -i 0 -T "$SD/file_activity.scap" > /dev/null 2>&1
[ $? -eq 2 ] && pass "stat bad -i exits 2" || fail "stat bad -i exits 2"
$STAT -S -i 1 "$SD/file_activity.scap" > /dev/null 2>&1
[ $? -eq 2 ] && pass "stat -i without --timeline exits 2" || fail "stat -i without --timeline exits 2"
$STAT "$SW/no-such.scap" "$SD/filtered_cat.scap" > "$SW/out" 2> "$SW/err"
[ $? -eq 1 ] && grep -q "^scap-stat: $SW/no-such.scap: No such file or directory\$" "$SW/err" &&
    grep -q '^Events: *2353 ' "$SW/out" && pass "stat missing file" || fail "stat missing file"
$STAT --timeline --svg "$SD/file_activity.scap" "$SD/file_activity.scap" > /dev/null 2>&1
[ $? -eq 2 ] && pass "stat --svg refuses an input" || fail "stat --svg refuses an input"

# The --svg timeline renders in a headless browser: a screenshot of it is
# an image with content (a blank page of the same size is far smaller).
SV="$W/svg"
mkdir -p "$SV"
case $SV in /*) SVA=$SV ;; *) SVA=$(pwd)/$SV ;; esac
if command -v chromium >/dev/null 2>&1; then
	tools/scap-stat --timeline --svg "$SV/t.svg" tests/data/corpus/process_activity.scap > /dev/null
	printf '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="420"></svg>\n' > "$SV/blank.svg"
	for f in t blank; do
		timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
		    --window-size=1000,600 --screenshot="$SVA/$f.png" "file://$SVA/$f.svg" \
		    > /dev/null 2>&1
	done
	if [ -s "$SV/t.png" ] && [ -s "$SV/blank.png" ] &&
	    [ "$(wc -c < "$SV/t.png")" -gt $(( $(wc -c < "$SV/blank.png") * 3 )) ]; then
		pass "stat --svg renders in a headless browser"
	else
		fail "stat --svg renders in a headless browser" "see $SV"
	fi
else
	fail "stat --svg renders in a headless browser" "chromium is missing (make deps installs it)"
fi
