# fuzzreplay.sh - every input the fuzzers found a bug with (tests/data/fuzz/
# TARGET/*, see tests/fuzz/run-fuzz.sh) runs through its target again,
# built with the plain compiler and a replay driver, with ASan and UBSan
# when they link (sourced by run.sh).  The seeds of the capture targets
# (the bundled small captures) run through too.
FZ="$W/fuzzreplay"
mkdir -p "$FZ"
FZCC=${CC:-cc}
FZFL="-std=c11 -g -O1 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilibscap"
FZSAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
# the library once, sanitized if the compiler can, else plain
if echo 'int main(void){return 0;}' > "$FZ/t.c" &&
    $FZCC $FZSAN -o "$FZ/t" "$FZ/t.c" 2> /dev/null && "$FZ/t"; then
	FZFL="$FZFL $FZSAN"
fi
fz_objs=""
fz_ok=1
for f in libscap/*.c; do
	o="$FZ/$(basename "$f" .c).o"
	$FZCC $FZFL -c -o "$o" "$f" 2>> "$FZ/build.err" || fz_ok=0
	fz_objs="$fz_objs $o"
done
for t in reader filter format writer; do
	if [ $fz_ok = 1 ] && $FZCC $FZFL -o "$FZ/replay-$t" tests/fuzz/fuzz_$t.c \
	    tests/fuzz/replay.c $fz_objs -lz -lcsv -lpcre2-8 2>> "$FZ/build.err"; then
		pass "fuzzreplay build $t"
	else
		fail "fuzzreplay build $t" "see $FZ/build.err"
		continue
	fi
	for in in tests/data/fuzz/$t/*; do
		[ -f "$in" ] || continue
		b=$t-$(basename "$in")
		if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		    TMPDIR="$FZ" "$FZ/replay-$t" "$in" > "$FZ/$b.out" 2>&1; then
			pass "fuzzreplay $t $(basename "$in")"
		else
			fail "fuzzreplay $t $(basename "$in")" "see $FZ/$b.out"
		fi
	done
done
# the capture targets on the small bundled captures, whole
for t in reader writer; do
	[ -x "$FZ/replay-$t" ] || continue
	if ASAN_OPTIONS=detect_leaks=1 TMPDIR="$FZ" "$FZ/replay-$t" \
	    tests/data/synth/*.scap tests/data/corpus/curl_google.scap \
	    tests/data/corpus/test_ipv6_client.scap > "$FZ/$t-seeds.out" 2>&1; then
		pass "fuzzreplay $t seeds"
	else
		fail "fuzzreplay $t seeds" "see $FZ/$t-seeds.out"
	fi
done
