#!/bin/sh
# tests/valgrind/run.sh - every tool under valgrind on every capture of
# tests/data/corpus, plus a gzip copy and a truncated copy of one, and
# every tool with --recover on a copy with holes.  A run
# fails when valgrind reports a memory error or a definite or indirect
# leak (its log is not empty, or the tool exits 99), or the tool dies of
# a signal.  Exit statuses of the tools are otherwise not judged: the
# truncated copy makes some of them report damage, as they should.
#
#   sh tests/valgrind/run.sh        (make valgrind)
#
# Not part of make check (it takes minutes; not in tests/NAME.sh so
# tests/run.sh does not find it).  VGWORK sets the scratch directory
# (default tests/work-valgrind), removed when every run passed, else the
# logs of the failing runs stay there.  About 500 runs, four minutes on
# one core (mostly valgrind's start-up; the largest capture takes under
# a second in any mode).  Ends with "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
export TZ=UTC LC_ALL=C NO_COLOR=1
command -v valgrind > /dev/null 2>&1 || { echo "valgrind: not installed (apt-get install valgrind)"; exit 2; }
W=${VGWORK:-tests/work-valgrind}
rm -rf "$W" && mkdir -p "$W" || exit 2
PASS=0
FAIL=0
# pcre2-jit.supp: what valgrind cannot tell from the JIT's word-at-a-time
# reads (see there); only frames in no mapped object are suppressed
VG="valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect -q --suppressions=tests/valgrind/pcre2-jit.supp"
D=tests/data/corpus
T=tools
n=0

# vg NAME CMD...: CMD under valgrind, its output thrown away
vg() {
	name=$1
	shift
	n=$((n + 1))
	log="$W/vg.$n.log"
	$VG --log-file="$log" "$@" > /dev/null 2> "$W/vg.$n.err" < /dev/null
	rc=$?
	if [ "$rc" -eq 99 ] || [ "$rc" -gt 128 ] || [ -s "$log" ]; then
		FAIL=$((FAIL + 1))
		echo "FAIL $name (exit $rc, log $log)"
		head -n 30 "$log" | sed 's/^/	/'
	else
		PASS=$((PASS + 1))
		echo "ok   $name"
		rm -f "$log" "$W/vg.$n.err"
	fi
}

# the captures: the corpus, a gzip copy, a truncated copy
caps=$(ls "$D"/*.scap "$D"/*.scap[0-9])
gzip -c "$D/curl_google.scap" > "$W/curl_google.scap.gz"
head -c 100000 "$D/file_activity.scap" > "$W/truncated.scap"
caps="$caps $W/curl_google.scap.gz $W/truncated.scap"

for cap in $caps; do
	b=$(basename "$cap")
	o="$W/out.$b"
	rm -rf "$o" && mkdir -p "$o"

	# scap-cat
	vg "cat $b" $T/scap-cat "$cap"
	vg "cat -p $b" $T/scap-cat -p '%evt.num %proc.name %fd.name %evt.args' "$cap"
	vg "cat -j $b" $T/scap-cat -j "$cap"
	vg "cat --csv $b" $T/scap-cat --csv "$cap"
	vg "cat -w $b" $T/scap-cat -w "$o/w.scap" -f 'evt.type!=switch' "$cap"

	# scap-grep
	vg "grep filter $b" $T/scap-grep 'evt.type in (open,openat) and evt.dir=< and fd.name contains /' "$cap"
	vg "grep regex/glob/pmatch $b" $T/scap-grep -p '%evt.num %fd.name' 'fd.name regex "^/(etc|usr)/[a-z]+" or proc.name glob "c*" or fd.directory pmatch (/tmp, /var)' "$cap"
	vg "grep -e $b" $T/scap-grep -c -e 'e[a-z]+\.(so|conf)' "$cap"
	vg "grep -A -B $b" $T/scap-grep -A 2 -B 2 -e 'GET|HTTP' "$cap"

	# scap-split
	vg "split -e $b" $T/scap-split -e 500 -w "$o/split.scap" "$cap"
	vg "split --by pid $b" $T/scap-split --by pid -w "$o/bypid.scap" "$cap"
	vg "split --by proc -z -f $b" $T/scap-split --by proc -z -f 'evt.dir=<' -w "$o/byproc-%k.scap" "$cap"
	vg "merge --by pieces $b" $T/scap-cat -w "$o/bymerged.scap" "$o"/bypid-*.scap

	# scap-stat
	vg "stat $b" $T/scap-stat "$cap"
	vg "stat --summary $b" $T/scap-stat --summary "$cap"
	vg "stat --json $b" $T/scap-stat --json "$cap"
	vg "stat --check $b" $T/scap-stat --check "$cap"
	vg "stat --partial $b" $T/scap-stat --partial -w "$o/stat.part" "$cap"
	vg "stat --merge $b" $T/scap-stat --merge "$o/stat.part" "$o/stat.part"

	# scap-top
	vg "top $b" $T/scap-top "$cap"
	vg "top topscalls $b" $T/scap-top -c topscalls -n 0 "$cap"
	vg "top fdbytes_by $b" $T/scap-top -c fdbytes_by proc.name --json "$cap"
	vg "top topconns $b" $T/scap-top -c topconns --csv "$cap"
	vg "top spy_users $b" $T/scap-top -c spy_users "$cap"
	vg "top --partial $b" $T/scap-top --partial -c topprocs_cpu -w "$o/top.part" "$cap"
	vg "top --merge $b" $T/scap-top -c topprocs_cpu --merge "$o/top.part" "$o/top.part"

	# scap-hex
	vg "hex -X $b" $T/scap-hex -X -f 'evt.is_io=true' "$cap"
	vg "hex -A $b" $T/scap-hex -A "$cap"
	vg "hex -c echo_fds $b" $T/scap-hex -c echo_fds "$cap"
	vg "hex -o $b" $T/scap-hex -o "$o/hex" "$cap"
	vg "stat --timeline $b" $T/scap-stat --timeline -i 1 --svg "$o/t.svg" "$cap"
	vg "top -i $b" $T/scap-top -c iobytes -i 1 "$cap"
	rm -rf "$o"
done

# --recover on a copy with holes (zeros, noise, bytes cut out), in every
# tool, plainly and gzip-compressed
h=$W/holes.scap
{ head -c 150000 "$D/file_activity.scap"; head -c 3000 /dev/zero
  tail -c +153001 "$D/file_activity.scap" | head -c 200000
  head -c 700 "$D/curl_google.scap"
  tail -c +353701 "$D/file_activity.scap" | head -c 100000
  tail -c +455001 "$D/file_activity.scap"; } > "$h"
gzip -c "$h" > "$h.gz"
for cap in "$h" "$h.gz"; do
	b=$(basename "$cap")
	vg "cat --recover $b" $T/scap-cat --recover "$cap"
	vg "cat --recover -w $b" $T/scap-cat --recover -w "$W/fixed.scap" "$cap"
	vg "grep --recover $b" $T/scap-grep --recover -c 'fd.name contains /' "$cap"
	vg "split --recover $b" $T/scap-split --recover -e 2000 -w "$W/hsplit.scap" "$cap"
	vg "stat --check $b" $T/scap-stat --check "$cap"
	vg "stat --recover $b" $T/scap-stat --recover --json "$cap"
	vg "top --recover $b" $T/scap-top --recover -c topfiles_bytes "$cap"
	vg "hex --recover $b" $T/scap-hex --recover -A "$cap"
done

echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ] && rm -rf "$W"
[ "$FAIL" -eq 0 ]
