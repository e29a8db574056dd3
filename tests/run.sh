#!/bin/sh
# tests/run.sh - every test of scap-tools.  Ends with "N passed, N failed".
#
#   sh tests/run.sh [section ...]     sections: the tests/NAME.sh files
#
# Tests run the built tools from the tree against the captures in
# tests/data.  Output of failing tests is kept in tests/work/.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
export TZ=UTC LC_ALL=C
W=${TESTWORK:-tests/work}
rm -rf "$W" && mkdir -p "$W"
PASS=0
FAIL=0

pass() { PASS=$((PASS + 1)); [ -n "${VERBOSE:-}" ] && echo "ok   $1"; return 0; }
fail() { FAIL=$((FAIL + 1)); echo "FAIL $1${2:+: $2}"; return 0; }
# signal_wait SIG PID: send SIG to PID and give it 10 s to end; alive=1
# if it is still running then.
signal_wait() {
	kill -"$1" "$2"
	sw_i=0
	while kill -0 "$2" 2> /dev/null && [ $sw_i -lt 100 ]; do
		sleep 0.1
		sw_i=$((sw_i + 1))
	done
	alive=0
	kill -0 "$2" 2> /dev/null && alive=1
	return 0
}

# every section: these first, then any other tests/NAME.sh
all="golden cli unit filter grep damaged write sanitize"
for f in tests/*.sh; do
	n=$(basename "$f" .sh)
	case " $all run " in
	*" $n "*) continue ;;
	esac
	case $n in
	mk*) ;;		# tools that make references (need sysdig)
	*) all="$all $n" ;;
	esac
done
sections=${*:-$all}
for s in $sections; do
	[ -f "tests/$s.sh" ] || { fail "section $s" "no tests/$s.sh"; continue; }
	. "tests/$s.sh"
done

echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
