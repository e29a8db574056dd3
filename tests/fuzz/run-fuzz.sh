#!/bin/sh
# tests/fuzz/run-fuzz.sh - build the fuzz targets and run each for a
# bounded time, with libFuzzer and with AFL++ (what `make fuzz` runs).
#
#   sh tests/fuzz/run-fuzz.sh [TARGET...]   targets: reader filter format writer
#
# Environment:
#   FUZZ_SECONDS=60          time per target and per engine
#   FUZZ_ENGINES="libfuzzer afl"
#   FUZZ_WORK=tests/fuzz/work  builds, seed and grown corpora, findings
#   FUZZ_JOBS=1              libFuzzer targets run at once (2 uses both cores)
#
# Seeds come from tests/data: the captures (small ones whole, the heads of
# large ones, some gzip-compressed), the expressions of tests/filters.tsv
# and the -p formats of tests/cli.tsv.  A finding (crash, leak, sanitizer
# report, timeout) is left in $FUZZ_WORK/findings/TARGET/; once its bug is
# fixed, copy it to tests/data/fuzz/TARGET/ so that `make check` replays
# it (tests/fuzzreplay.sh).  Exit status: 1 if anything was found.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
SECS=${FUZZ_SECONDS:-60}
ENGINES=${FUZZ_ENGINES:-libfuzzer afl}
WK=${FUZZ_WORK:-tests/fuzz/work}
JOBS=${FUZZ_JOBS:-1}
TARGETS=${*:-reader filter format writer}
CLANG=${FUZZ_CLANG:-clang}
AFLCC=${FUZZ_AFLCC:-afl-clang-fast}
DEFS="-D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilibscap"
LIBS="-lz -lcsv -lpcre2-8"
SRCS=$(ls libscap/*.c)
mkdir -p "$WK/bin" "$WK/seeds" "$WK/findings"
export LC_ALL=C TZ=UTC

die() { echo "run-fuzz: $*" >&2; exit 2; }

# ---- seeds -----------------------------------------------------------
seeds_captures() {
	d="$WK/seeds/capture"
	rm -rf "$d" && mkdir -p "$d"
	for f in tests/data/synth/*.scap tests/data/corpus/*.scap \
	    tests/data/corpus/*.scap[0-9]; do
		[ -f "$f" ] || continue
		b=$(basename "$f")
		sz=$(wc -c < "$f")
		if [ "$sz" -le 32768 ]; then
			cp "$f" "$d/$b"
		else	# the head: the lists and the first events
			head -c 24576 "$f" > "$d/$b.head"
		fi
	done
	for f in tests/data/synth/*.scap; do
		[ -f "$f" ] && gzip -c "$f" > "$d/$(basename "$f").gz"
	done
	head -c 8192 tests/data/corpus/curl_google.scap | gzip -c > "$d/curl_google.head.gz"
}

seeds_filters() {
	d="$WK/seeds/filter"
	rm -rf "$d" && mkdir -p "$d"
	grep -v '^#' tests/filters.tsv | grep '	' | cut -f2- |
	awk -v d="$d" '{ f = sprintf("%s/f%03d", d, NR); printf "%s", $0 > f; close(f) }'
}

# the option byte (see fuzz_format.c), then the format
seeds_formats() {
	d="$WK/seeds/format"
	rm -rf "$d" && mkdir -p "$d"
	grep -v '^#' tests/cli.tsv | cut -f3 | sed -n 's/.*-p \(.*\)/\1/p' |
	awk -v d="$d" '{
		f = sprintf("%s/p%03d", d, NR); printf "\000%s", $0 > f; close(f)
		f = sprintf("%s/j%03d", d, NR); printf "\001%s", $0 > f; close(f)
		f = sprintf("%s/c%03d", d, NR); printf "\042%s", $0 > f; close(f)
	}'
	printf '\200' > "$d/default"
	printf '\204' > "$d/default-hex"
	printf '\030%s' '%evt.num %evt.buffer %evt.arg.data' > "$d/ascii"
	printf '\000%s' '*%10evt.type %-5proc.name %evt.info' > "$d/star"
}

# A dictionary of field names and operators for both engines.
make_dict() {
	{
		tools/scap-grep -l 2>/dev/null | awk '{ printf "\"%s\"\n", $1 }'
		for w in = == != '<' '<=' '>' '>=' and or not in contains icontains \
		    startswith endswith glob exists regex pmatch '(' ')' , '%' '*' \
		    '%evt.' '%proc.' '%fd.' '%thread.' '%user.' '[' ']'; do
			printf '"%s"\n' "$w"
		done
	} > "$WK/fields.dict"
}

# ---- builds -----------------------------------------------------------
build_libfuzzer() {
	t=$1
	out="$WK/bin/lf-$t"
	[ -x "$out" ] && [ -z "$(find libscap tests/fuzz -newer "$out" -name '*.[ch]')" ] && return 0
	echo "  CC      $out"
	$CLANG -g -O1 -fno-omit-frame-pointer \
	    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	    $DEFS -o "$out" "tests/fuzz/fuzz_$t.c" $SRCS $LIBS
}

build_afl() {
	t=$1
	out="$WK/bin/afl-$t"
	[ -x "$out" ] && [ -z "$(find libscap tests/fuzz -newer "$out" -name '*.[ch]')" ] && return 0
	echo "  AFLCC   $out"
	# AFL++'s libFuzzer-compatible driver; ASan/UBSan as for libFuzzer
	AFL_QUIET=1 AFL_USE_ASAN=1 AFL_USE_UBSAN=1 $AFLCC -g -O1 \
	    -fsanitize=fuzzer $DEFS -o "$out" "tests/fuzz/fuzz_$t.c" $SRCS $LIBS
}

seeddir() {
	case $1 in
	reader|writer) echo "$WK/seeds/capture" ;;
	*) echo "$WK/seeds/$1" ;;
	esac
}

# ---- runs -------------------------------------------------------------
run_libfuzzer() {
	t=$1
	corpus="$WK/corpus/$t"
	fd="$WK/findings/$t"
	mkdir -p "$corpus" "$fd"
	maxlen=65536
	case $t in filter|format) maxlen=4096 ;; esac
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
	UBSAN_OPTIONS=print_stacktrace=1 \
	"$WK/bin/lf-$t" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 \
	    -max_len=$maxlen -dict="$WK/fields.dict" -print_final_stats=1 \
	    -artifact_prefix="$fd/lf-" "$corpus" "$(seeddir "$t")" \
	    > "$WK/lf-$t.log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$WK/lf-$t.log")
	cov=$(grep -o 'cov: [0-9]*' "$WK/lf-$t.log" | tail -1)
	ft=$(grep -o 'ft: [0-9]*' "$WK/lf-$t.log" | tail -1)
	n=$(ls "$fd" | grep -c '^lf-' || true)
	printf '%-8s %-10s %8ss %12s execs  %-10s %-10s findings: %s%s\n' \
	    "$t" libfuzzer "$SECS" "${execs:-?}" "$cov" "$ft" "$n" \
	    "$([ $rc -ne 0 ] && echo " (exit $rc, see $WK/lf-$t.log)")"
	[ "$n" -eq 0 ] && [ $rc -eq 0 ]
}

run_afl() {
	t=$1
	out="$WK/afl/$t"
	fd="$WK/findings/$t"
	mkdir -p "$fd" "$WK/afl"
	rm -rf "$out"
	AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
	AFL_NO_AFFINITY=1 AFL_SKIP_CRASHES=1 AFL_QUIET=1 \
	ASAN_OPTIONS=abort_on_error=1:symbolize=0:detect_leaks=1:allocator_may_return_null=1 \
	    afl-fuzz -V "$SECS" -t 10000 -m none -x "$WK/fields.dict" \
	    -i "$(seeddir "$t")" -o "$out" -- "$WK/bin/afl-$t" \
	    > "$WK/afl-$t.log" 2>&1
	rc=$?
	st="$out/default/fuzzer_stats"
	execs=$(sed -n 's/^execs_done *: *//p' "$st" 2>/dev/null)
	cov=$(sed -n 's/^bitmap_cvg *: *//p' "$st" 2>/dev/null)
	edges=$(sed -n 's/^edges_found *: *//p' "$st" 2>/dev/null)
	n=0
	for c in "$out"/default/crashes/id:* "$out"/default/hangs/id:*; do
		[ -f "$c" ] || continue
		n=$((n + 1))
		cp "$c" "$fd/afl-$(basename "$(dirname "$c")")-$n"
	done
	printf '%-8s %-10s %8ss %12s execs  edges: %-6s %-8s findings: %s%s\n' \
	    "$t" afl "$SECS" "${execs:-?}" "${edges:-?}" "($cov)" "$n" \
	    "$([ $rc -ne 0 ] && echo " (exit $rc, see $WK/afl-$t.log)")"
	[ "$n" -eq 0 ] && [ $rc -eq 0 ]
}

[ -x tools/scap-grep ] || die "build the tools first (make)"
seeds_captures
seeds_filters
seeds_formats
make_dict
status=0
for e in $ENGINES; do
	case $e in
	libfuzzer) command -v "$CLANG" >/dev/null || die "no $CLANG (apt-get install clang libclang-rt-14-dev)" ;;
	afl) command -v "$AFLCC" >/dev/null || die "no $AFLCC (apt-get install afl++)" ;;
	*) die "unknown engine $e" ;;
	esac
	for t in $TARGETS; do
		[ -f "tests/fuzz/fuzz_$t.c" ] || die "no target $t"
		if [ $e = libfuzzer ]; then
			build_libfuzzer "$t" || die "build of lf-$t failed"
		else
			build_afl "$t" || die "build of afl-$t failed"
		fi
	done
done
echo "target   engine         time        execs  coverage"
for e in $ENGINES; do
	if [ "$e" = libfuzzer ] && [ "$JOBS" -gt 1 ]; then
		tmp="$WK/.status" && rm -f "$tmp"
		set -- $TARGETS
		while [ $# -gt 0 ]; do
			i=0
			while [ $# -gt 0 ] && [ $i -lt "$JOBS" ]; do
				(run_libfuzzer "$1" || echo x >> "$tmp") &
				shift; i=$((i + 1))
			done
			wait
		done
		[ -f "$tmp" ] && status=1
		continue
	fi
	for t in $TARGETS; do
		if [ "$e" = libfuzzer ]; then run_libfuzzer "$t" || status=1
		else run_afl "$t" || status=1
		fi
	done
done
[ $status -eq 0 ] || echo "findings are in $WK/findings/ (replay: tests/fuzzreplay.sh)"
exit $status
