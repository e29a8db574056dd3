# golden.sh - scap-cat against what sysdig 0.29.3 printed (sourced by run.sh).
# Every capture in tests/data/corpus is read as a file, through a pipe,
# and gzip-compressed; each must print exactly its reference.
D=tests/data/corpus
CAT=tools/scap-cat
for cap in "$D"/*.scap "$D"/*.scap[0-9]; do
	b=$(basename "$cap")
	ref="$W/$b.ref"
	gzip -dc "$cap.default.txt.gz" > "$ref"
	if $CAT "$cap" > "$W/$b.out" 2> "$W/$b.err" && cmp -s "$W/$b.out" "$ref"; then
		pass "golden $b"
	else
		fail "golden $b" "differs from sysdig (diff $W/$b.out $ref)"
	fi
	if cat "$cap" | $CAT - > "$W/$b.pipe" 2>&1 && cmp -s "$W/$b.pipe" "$ref"; then
		pass "golden $b (stdin)"
	else
		fail "golden $b (stdin)"
	fi
	# (captures already compressed are not compressed again)
	[ "$(head -c2 "$cap" | od -An -tx1 | tr -d " ")" = 1f8b ] && continue
	gzip -c "$cap" > "$W/$b.gz"
	if $CAT "$W/$b.gz" > "$W/$b.gzout" 2>&1 && cmp -s "$W/$b.gzout" "$ref"; then
		pass "golden $b (gzip)"
	else
		fail "golden $b (gzip)"
	fi
	rm -f "$W/$b.gz" "$W/$b.gzout" "$W/$b.pipe"
	[ -n "${KEEP:-}" ] || rm -f "$W/$b.out" "$ref" "$W/$b.err"
done

# Synthetic captures that once showed a difference from sysdig (made by
# the differential fuzzer, tests/fuzz/), with what sysdig printed.
for cap in tests/data/synth/*.scap; do
	b=$(basename "$cap")
	if $CAT "$cap" > "$W/$b.out" 2> "$W/$b.err" && cmp -s "$W/$b.out" "$cap.default.txt"; then
		pass "golden synth $b"
		rm -f "$W/$b.out" "$W/$b.err"
	else
		fail "golden synth $b" "differs from sysdig (diff $W/$b.out $cap.default.txt)"
	fi
done

# The large capture lives outside the repository (../shared); when it is
# there, its output must hash to what sysdig printed.
L=../shared/corpus/large/large_busy.scap
if [ -f "$L" ]; then
	want=$(cut -d' ' -f1 "$D/large_busy.default.sha256")
	got=$($CAT "$L" | sha256sum | cut -d' ' -f1)
	if [ "$got" = "$want" ]; then pass "golden large_busy"; else fail "golden large_busy" "sha256 $got"; fi
fi

# A gzip file whose first read is larger than the inflater's input buffer
# (256 KiB): opened by name, it must read as the plain file does.
B=tests/data/hex/http_big.scap
if [ -f "$B" ]; then
	gzip -1 -c "$B" > "$W/big.gz"
	$CAT "$B" > "$W/big.plain" 2>&1
	if [ "$(wc -c < "$W/big.gz")" -gt 262144 ] && $CAT "$W/big.gz" > "$W/big.out" 2>&1 &&
	    cmp -s "$W/big.out" "$W/big.plain" && [ -s "$W/big.plain" ]; then
		pass "golden gzip file over 256 KiB"
	else
		fail "golden gzip file over 256 KiB"
	fi
	rm -f "$W/big.gz" "$W/big.plain" "$W/big.out"
fi
