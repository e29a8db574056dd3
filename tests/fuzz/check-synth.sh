#!/bin/sh
# check-synth.sh - scap-cat against the saved sysdig output of the
# synthetic regression captures in tests/data/synth (made by gencap.py).
# Needs no sysdig.  Run from anywhere: sh tests/fuzz/check-synth.sh
top=$(cd "$(dirname "$0")/../.." && pwd)
export TZ=UTC LC_ALL=C
pass=0 fail=0
for cap in "$top"/tests/data/synth/*.scap; do
	if "$top/tools/scap-cat" "$cap" | cmp -s - "$cap.default.txt"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $(basename "$cap")"
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
