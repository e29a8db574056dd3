#!/bin/sh
# tests/big/run.sh - huge captures (make bigtest; not part of make check).
#
# Every tool reads a capture of BIG_SIZE (default 2 GiB) in the memory it
# needs for one of BIG_SMALL (default 34 MiB): its peak RSS may exceed
# that of the small capture by BIG_SLACK kB (default 2048) at most.
# Both captures are made by tests/big/mkbig.c from BIG_SRC (a bundled
# capture): its event blocks repeated, time stamps moved forward each
# time.  For each tool the test also checks the exit status and a count
# from its output (lines, events, bytes...): a repetition starts with
# the state the previous one left, so a count over R repetitions is
# c1 + (R - 1) * (c2 - c1), c1 and c2 being the counts over one and two
# repetitions.  Then gzip: the time zcat takes on the big capture
# compressed, against that of the tools reading it, printed as info
# lines (no timing is asserted).
#
#   BIG_SRC    source capture (tests/data/corpus/process_activity.scap)
#   BIG_SMALL  size of the small capture (34m; k, m, g are powers of 1024)
#   BIG_SIZE   size of the big capture (2g)
#   BIG_SLACK  allowed RSS growth, kB (2048)
#   BIG_WORK   work directory (/var/tmp/scap-bigtest), removed at the end
#              unless BIG_KEEP=1; it needs about 3.5 times BIG_SIZE free
#
# Prints ok/FAIL/info lines, then "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
export TZ=UTC LC_ALL=C
SRC=${BIG_SRC:-tests/data/corpus/process_activity.scap}
SMALL=${BIG_SMALL:-34m}
SIZE=${BIG_SIZE:-2g}
SLACK=${BIG_SLACK:-2048}
W=${BIG_WORK:-/var/tmp/scap-bigtest}
T=$top/tools
PASS=0
FAIL=0
pass() { PASS=$((PASS + 1)); echo "ok   $*"; }
fail() { FAIL=$((FAIL + 1)); f_n=$1; shift; echo "FAIL $f_n${1:+: $*}"; }
info() { echo "info $*"; }
finish() {
	echo "$PASS passed, $FAIL failed"
	[ "$FAIL" -eq 0 ]
	exit
}
t_start=$(date +%s)

for t in scap-cat scap-grep scap-stat scap-top scap-hex scap-split; do
	[ -x "$T/$t" ] || { fail "build" "no tools/$t (make all)"; finish; }
done
[ -x /usr/bin/time ] || { fail "setup" "no /usr/bin/time (apt-get install time)"; finish; }

# The work directory: ours (marked), or new, or empty.
if [ -d "$W" ] && [ ! -e "$W/.scap-bigtest" ] && [ -n "$(ls -A "$W")" ]; then
	fail "setup" "$W exists, is not empty and is not a bigtest directory"
	finish
fi
rm -rf "$W" && mkdir -p "$W" && : > "$W/.scap-bigtest" ||
	{ fail "setup" "cannot make $W"; finish; }
cleanup() { [ "${BIG_KEEP:-0}" = 1 ] || rm -rf "$W"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# bytes of a size such as 34m or 2g
bytes() {
	echo "$1" | awk '{ n = $0 + 0; u = tolower(substr($0, length($0)))
		if (u == "k") n *= 1024; else if (u == "m") n *= 1048576
		else if (u == "g") n *= 1073741824; printf "%.0f\n", n }'
}
need=$(( $(bytes "$SIZE") / 1024 * 7 / 2 + 102400 ))
avail=$(df -Pk "$W" | awk 'NR == 2 { print $4 }')
if [ "$avail" -lt "$need" ]; then
	fail "setup" "$W: $avail kB free, $need kB needed"
	finish
fi

if ! ${CC:-cc} -std=c11 -O2 -Wall -Wextra -o "$W/mkbig" tests/big/mkbig.c -lz; then
	fail "build tests/big/mkbig.c"
	finish
fi

# mkbig NAME SIZE: $W/NAME.scap; sets reps
mkbig() {
	if ! "$W/mkbig" "$SRC" "$2" "$W/$1.scap" > "$W/$1.mk"; then
		fail "mkbig $1" "$(cat "$W/$1.mk")"
		finish
	fi
	reps=$(awk '$1 == "reps" { print $2 }' "$W/$1.mk")
}
mkbig r1 x1
mkbig r2 x2
mkbig r3 x3
mkbig small "$SMALL"
reps_small=$reps
s0=$(date +%s)
mkbig big "$SIZE"
reps_big=$reps
info "source $SRC: $(awk '$1 == "events_per_rep" { print $2 }' "$W/big.mk") events"
info "small: $reps_small repetitions, $(wc -c < "$W/small.scap") bytes"
info "big: $reps_big repetitions, $(wc -c < "$W/big.scap") bytes," \
    "$(awk '$1 == "events" { print $2 }' "$W/big.mk") events," \
    "made in $(( $(date +%s) - s0 )) s"

# The made captures are sound captures: sysdig reads them as scap-cat
# does (three repetitions).
if command -v sysdig > /dev/null 2>&1; then
	if sysdig -r "$W/r3.scap" > "$W/r3.sysdig" 2> "$W/r3.err" &&
	    "$T/scap-cat" "$W/r3.scap" > "$W/r3.cat" &&
	    [ -s "$W/r3.cat" ] && cmp -s "$W/r3.sysdig" "$W/r3.cat"; then
		pass "mkbig: sysdig -r reads the tiled capture as scap-cat does"
	else
		fail "mkbig: sysdig -r reads the tiled capture as scap-cat does" \
		    "$(head -c 300 "$W/r3.err")"
	fi
else
	info "no sysdig: the tiled capture is not checked against it"
fi

# run POST CMD...: CMD's standard output goes through the shell command
# POST into $W/post, its standard error into $W/err; sets rc, rss (kB)
# and secs, those of CMD alone.
run() {
	r_post=$1
	shift
	rm -f "$W/time"
	{ /usr/bin/time -f '%x %M %e' -o "$W/time" "$@" 2> "$W/err"; } |
	    sh -c "$r_post" > "$W/post"
	set -- $(tail -n 1 "$W/time" 2> /dev/null) x x x
	rc=$1 rss=$2 secs=$3
}

# What each case counts in $W/post.
count_lines() { cat "$W/post"; }
count_first() { awk 'NR == 1 { print $1 }' "$W/post"; }
count_stat() {	# events, and only for a clean capture
	awk '/^Events:/ { n = $2 } /^End:/ { e = $2 }
	    END { print (e == "clean" ? n : "end:" e) }' "$W/post"
}
count_summary() { awk 'NF >= 3 && $NF ~ /^[0-9]+$/ { s += $NF } END { print s + 0 }' "$W/post"; }
count_csvsum() { awk -F, 'NR > 1 { s += $NF } END { printf "%.0f\n", s }' "$W/post"; }
count_split() { awk '{ s += $2 } END { print s + 0 }' "$W/post"; }

# runf POST NAME ARGS...: run POST ARGS, with @F@ in ARGS replaced by
# the capture $W/NAME.scap and @N@ by NAME.
runf() {
	rf_post=$1 rf_f=$2
	shift 2
	rf_n=$#
	while [ "$rf_n" -gt 0 ]; do
		rf_a=$1
		shift
		case $rf_a in
		*@F@*|*@N@*) rf_a=$(printf '%s\n' "$rf_a" |
		    sed "s|@F@|$W/$rf_f.scap|g; s|@N@|$rf_f|g") ;;
		esac
		set -- "$@" "$rf_a"
		rf_n=$((rf_n - 1))
	done
	run "$rf_post" "$@"
}

TABLE=$W/table
: > "$TABLE"

# check NAME POST COUNT ARGS...: the tool run (ARGS, in which @F@ stands
# for the capture and @N@ for its name) on the one- and two-repetition
# captures, then on the small and the big one: exit status 0, the count
# of COUNT that the repetitions predict, and the peak RSS.
check() {
	c_name=$1 c_post=$2 c_count=$3
	shift 3
	c1= c2= c_ok=1 c_rss_small=
	for c_f in r1 r2 small big; do
		runf "$c_post" "$c_f" "$@"
		if [ "$rc" != 0 ]; then
			fail "$c_name ($c_f)" "exit status $rc: $(head -c 300 "$W/err")"
			c_ok=0
			continue
		fi
		c_n=$($c_count)
		case $c_f in
		r1) c1=$c_n; continue ;;
		r2) c2=$c_n; continue ;;
		small) c_reps=$reps_small ;;
		big) c_reps=$reps_big ;;
		esac
		case $c1$c2 in
		*[!0-9]*|'') fail "$c_name ($c_f)" "no count on one or two repetitions ($c1, $c2)"
			c_ok=0; continue ;;
		esac
		c_want=$(awk -v a="$c1" -v b="$c2" -v r="$c_reps" \
		    'BEGIN { printf "%.0f\n", a + (r - 1) * (b - a) }')
		if [ "$c_n" = "$c_want" ]; then
			pass "$c_name ($c_f): $c_n as $c_reps repetitions make"
		else
			fail "$c_name ($c_f)" "count $c_n, $c_want expected"
		fi
		if [ "$c_f" = small ]; then
			c_rss_small=$rss c_secs_small=$secs
		elif [ -n "$c_rss_small" ]; then
			printf '%-46s %9s %9s %+7d %8s %8s\n' "$c_name" \
			    "$c_rss_small" "$rss" $((rss - c_rss_small)) \
			    "$c_secs_small" "$secs" >> "$TABLE"
			if [ "$rss" -le $((c_rss_small + SLACK)) ]; then
				pass "$c_name: peak RSS $rss kB on the big capture," \
				    "$c_rss_small kB on the small one"
			else
				fail "$c_name: peak RSS" "$rss kB on the big capture," \
				    "$c_rss_small kB on the small one (+$((rss - c_rss_small)) kB)"
			fi
		fi
	done
}

check "scap-cat" 'wc -l' count_lines "$T/scap-cat" @F@
check "scap-cat -j" 'wc -l' count_lines "$T/scap-cat" -j @F@
check "scap-grep -c evt.type in (open, openat)" cat count_first \
    "$T/scap-grep" -c 'evt.type in (open, openat)' @F@
check "scap-grep (lines) fd.name contains lib" 'wc -l' count_lines \
    "$T/scap-grep" 'fd.name contains lib' @F@
check "scap-stat" cat count_stat "$T/scap-stat" @F@
check "scap-stat -c" 'wc -l' count_lines "$T/scap-stat" -c @F@
check "scap-stat -S" cat count_summary "$T/scap-stat" -S @F@
check "scap-top -c topfiles_bytes" cat count_csvsum \
    "$T/scap-top" --csv -n 0 -c topfiles_bytes @F@
check "scap-top -c topprocs_cpu" cat count_csvsum \
    "$T/scap-top" --csv -n 0 -c topprocs_cpu @F@
check "scap-hex" 'wc -l' count_lines "$T/scap-hex" @F@
check "scap-hex -c echo_fds" 'wc -l' count_lines "$T/scap-hex" -c echo_fds @F@
check "scap-split -e 1000000" cat count_split \
    "$T/scap-split" -v -e 1000000 -w "$W/@N@.piece" @F@

# The pieces of the big capture: as many as -e makes, back together with
# scap-cat -w.  The small capture is cut into as many pieces for the
# memory comparison, since the merge reads all its inputs at once.
n_big=$(awk '$1 == "events" { print $2 }' "$W/big.mk")
n_small=$(awk '$1 == "events" { print $2 }' "$W/small.mk")
pieces=$(ls "$W"/big.piece* 2> /dev/null | wc -l)
want=$(( (n_big + 999999) / 1000000 ))
if [ "$pieces" -eq "$want" ]; then
	pass "scap-split -e 1000000 (big): $pieces pieces"
else
	fail "scap-split -e 1000000 (big)" "$pieces pieces, $want expected"
fi
rm -f "$W"/small.piece* "$W"/r1.piece* "$W"/r2.piece*
per=$(( (n_small + pieces - 1) / pieces ))
"$T/scap-split" -e "$per" -w "$W/small.piece" "$W/small.scap" ||
	fail "scap-split -e $per (small)"
merge() {	# merge NAME: the pieces of NAME into $W/NAME.merged
	run cat "$T/scap-cat" -w "$W/$1.merged" $(ls "$W/$1".piece* | sort -V)
	m_rc=$rc m_rss=$rss m_secs=$secs
	if [ "$m_rc" != 0 ]; then
		fail "scap-cat -w, $pieces pieces ($1)" "exit status $m_rc: $(head -c 300 "$W/err")"
		return
	fi
	run cat "$T/scap-stat" "$W/$1.merged"
	m_n=$(count_stat)
	[ "$m_n" = "$2" ] &&
	    pass "scap-cat -w, $pieces pieces ($1): $m_n events" ||
	    fail "scap-cat -w, $pieces pieces ($1)" "$m_n events, $2 expected"
	rm -f "$W/$1".piece* "$W/$1.merged"
}
merge small "$n_small"
ms_rss=$m_rss ms_secs=$m_secs
merge big "$n_big"
printf '%-46s %9s %9s %+7d %8s %8s\n' "scap-cat -w ($pieces pieces)" \
    "$ms_rss" "$m_rss" $((m_rss - ms_rss)) "$ms_secs" "$m_secs" >> "$TABLE"
if [ "$m_rss" -le $((ms_rss + SLACK)) ]; then
	pass "scap-cat -w: peak RSS $m_rss kB on the big pieces, $ms_rss kB on the small ones"
else
	fail "scap-cat -w: peak RSS" "$m_rss kB on the big pieces, $ms_rss kB on the small ones"
fi

# gzip: the captures compressed by gzip -1, read by the tools.
s0=$(date +%s)
for c_f in r1 r2 small big; do
	gzip -1 -c "$W/$c_f.scap" > "$W/$c_f.gz" || fail "gzip $c_f"
done
info "gzip -1 of the captures: $(( $(date +%s) - s0 )) s;" \
    "big.gz $(wc -c < "$W/big.gz") bytes"
rm -f "$W/big.scap"
for c_f in r1 r2 small big; do mv "$W/$c_f.gz" "$W/$c_f.scap"; done
check "scap-stat (gzip)" cat count_stat "$T/scap-stat" @F@
check "scap-stat -c (gzip)" 'wc -l' count_lines "$T/scap-stat" -c @F@
stat_gz=$secs
check "scap-grep -c evt.type in (open, openat) (gzip)" cat count_first \
    "$T/scap-grep" -c 'evt.type in (open, openat)' @F@
grep_gz=$secs
run cat "$T/scap-stat" "$W/big.scap"
statfull_gz=$secs
best=
for i in 1 2; do
	/usr/bin/time -f '%x %e' -o "$W/time" zcat "$W/big.scap" > /dev/null 2> "$W/err" ||
	    fail "zcat big.gz" "$(cat "$W/err")"
	secs=$(tail -n 1 "$W/time" | awk '{ print $2 }')
	best=$(awk -v a="$best" -v b="$secs" 'BEGIN { print ((a == "" || b < a) ? b : a) }')
done
ratio() { awk -v a="$1" -v b="$best" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
info "gzip: zcat big.gz > /dev/null: $best s"
info "gzip: scap-stat -c big.gz: $stat_gz s, $(ratio "$stat_gz") x zcat"
info "gzip: scap-grep -c evt.type in (open, openat) big.gz: $grep_gz s, $(ratio "$grep_gz") x zcat"
info "gzip: scap-stat big.gz: $statfull_gz s, $(ratio "$statfull_gz") x zcat"

# The progress line: on a terminal (script(1) gives one) for work longer
# than two seconds, as "N of M MB (P%)", erased at the end; none with -q,
# and none off a terminal.
if command -v script > /dev/null 2>&1; then
	script -qec "$T/scap-cat $W/big.scap > /dev/null" /dev/null < /dev/null > "$W/tty" 2>&1
	if grep -q "scap-cat: $W/big.scap: [0-9]* of [0-9]* MB ([0-9]*%)" "$W/tty" &&
	    [ "$(tail -c 4 "$W/tty" | od -An -c | tr -d ' ')" = '\r033[K' ]; then
		pass "progress line on a terminal"
	else
		fail "progress line on a terminal" "$(tr '\r' '\n' < "$W/tty" | tail -2)"
	fi
	script -qec "$T/scap-cat -q $W/big.scap > /dev/null" /dev/null < /dev/null > "$W/tty" 2>&1
	[ ! -s "$W/tty" ] && pass "no progress line with -q" ||
	    fail "no progress line with -q" "$(tr '\r' '\n' < "$W/tty" | tail -1)"
	script -qec "$T/scap-stat -S $W/big.scap" /dev/null < /dev/null > "$W/tty" 2>&1
	grep -q "MB (" "$W/tty" && grep -q "#Calls" "$W/tty" &&
	    pass "progress line with scap-stat on the terminal" ||
	    fail "progress line with scap-stat on the terminal"
else
	info "no script(1): progress line not tested"
fi
"$T/scap-cat" "$W/big.scap" > /dev/null 2> "$W/err"
[ ! -s "$W/err" ] && pass "no progress line off a terminal" ||
    fail "no progress line off a terminal"

echo "peak RSS (kB) and time (s), small ($reps_small repetitions) and big ($reps_big):"
printf '%-46s %9s %9s %7s %8s %8s\n' tool small big growth "s small" "s big"
cat "$TABLE"
info "total time $(( $(date +%s) - t_start )) s"
finish
