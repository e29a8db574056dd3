# sanitize.sh - scap-cat built with AddressSanitizer and UBSan must read
# every bundled capture (good and gzip) without a report (sourced by run.sh).
SAN="$W/san"
mkdir -p "$SAN"
SANCC=${CC:-cc}
SANFL="-std=c11 -g -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilibscap"
if $SANCC $SANFL -o "$SAN/scap-cat" libscap/*.c tools/common.c tools/scap-cat.c -lz -lcsv -lpcre2-8 2> "$SAN/build.err"; then
	pass "sanitize build"
	for cap in tests/data/corpus/*.scap tests/data/corpus/*.scap[0-9]; do
		b=$(basename "$cap")
		if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		    "$SAN/scap-cat" "$cap" > /dev/null 2> "$SAN/$b.err" && [ ! -s "$SAN/$b.err" ]; then
			pass "sanitize $b"
		else
			fail "sanitize $b" "see $SAN/$b.err"
		fi
	done
else
	fail "sanitize build" "see $SAN/build.err"
fi
