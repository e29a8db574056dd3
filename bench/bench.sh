#!/bin/sh
# bench/bench.sh - scap-cat against `sysdig -r', side by side, in one run.
#
# For each capture: wall time, CPU time (user+sys) and peak RSS of both
# readers (median of REPS runs, output to /dev/null), and the ratios.
# Captures: the large corpus capture when ../shared is there (else one
# tiled from a bundled capture), and the same ten times longer.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
REPS=${REPS:-3}
W=${BENCH_DIR:-bench/work}
mkdir -p "$W"
export TZ=UTC

if [ ! -x /usr/bin/time ]; then
	echo "bench: /usr/bin/time is missing (apt-get install time)" >&2
	exit 1
fi
have_sysdig=1
command -v sysdig >/dev/null 2>&1 || have_sysdig=0

large=../shared/corpus/large/large_busy.scap
if [ ! -f "$large" ]; then
	# No corpus: tile a bundled capture to about 35 MB (concatenated
	# captures are one stream of several sections).
	large=$W/tiled.scap
	if [ ! -f "$large" ]; then
		: > "$large"
		i=0
		while [ $i -lt 35 ]; do
			cat tests/data/corpus/rot_size.scap0 >> "$large"
			i=$((i + 1))
		done
	fi
fi
long=$W/long.scap
if [ ! -f "$long" ] || [ "$(wc -c < "$long")" -ne $(( $(wc -c < "$large") * 10 )) ]; then
	: > "$long"
	i=0
	while [ $i -lt 10 ]; do cat "$large" >> "$long"; i=$((i + 1)); done
fi

# median of the numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# measure CMD...: prints "wall cpu rss_kb" (medians)
measure() {
	: > "$W/m"
	r=0
	while [ $r -lt "$REPS" ]; do
		/usr/bin/time -f "%e %U %S %M" -o "$W/t" "$@" > /dev/null 2> "$W/err" || {
			echo "bench: failed: $*" >&2; cat "$W/err" >&2; }
		awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$W/t" | tail -n 1 >> "$W/m"
		r=$((r + 1))
	done
	printf '%s %s %s\n' "$(cut -d' ' -f1 "$W/m" | median)" \
	    "$(cut -d' ' -f2 "$W/m" | median)" "$(cut -d' ' -f3 "$W/m" | median)"
}

printf '%-22s %-9s %9s %9s %10s\n' capture reader wall_s cpu_s peak_rss_kb
for cap in "$large" "$long"; do
	name=$(basename "$cap")
	set -- $(measure tools/scap-cat "$cap")
	sw=$1 sc=$2 sm=$3
	printf '%-22s %-9s %9s %9s %10s\n' "$name" scap-cat "$sw" "$sc" "$sm"
	if [ $have_sysdig -eq 1 ]; then
		set -- $(measure sysdig -r "$cap")
		yw=$1 yc=$2 ym=$3
		printf '%-22s %-9s %9s %9s %10s\n' "$name" sysdig "$yw" "$yc" "$ym"
		awk -v a="$yw" -v b="$sw" -v c="$yc" -v d="$sc" -v e="$ym" -v f="$sm" \
		    -v n="$name" 'BEGIN { printf "%-22s %-9s %8.1fx %8.1fx %9.1fx  (sysdig / scap-cat)\n", n, "ratio", (b > 0 ? a / b : 0), (d > 0 ? c / d : 0), (f > 0 ? e / f : 0) }'
	else
		echo "$name: sysdig is not installed: no comparison (apt-get install sysdig)"
	fi
done

# Writing: split and merge of the large capture against sysdig rewriting
# it (sysdig -r IN -w OUT); searching: scap-grep -c with a filter and with
# a buffer regex against sysdig's filtered -p %evt.num.
printf '\n%-34s %9s %9s %10s\n' task wall_s cpu_s peak_rss_kb
row() { printf '%-34s %9s %9s %10s\n' "$1" "$2" "$3" "$4"; }
ratio() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { printf "%-34s %8.1fx\n", n, (b > 0 ? a / b : 0) }'; }
SP=$W/split
rm -rf "$SP" && mkdir -p "$SP"
set -- $(measure tools/scap-split -e 100000 -w "$SP/p.scap" "$large")
sw=$1; row "scap-split -e 100000" "$1" "$2" "$3"
set -- $(measure tools/scap-cat -w "$SP/m.scap" "$SP"/p.scap*)
mw=$1; row "scap-cat -w (merge the pieces)" "$1" "$2" "$3"
HW='evt.buffer contains helloworld'
set -- $(measure tools/scap-grep -c "$HW" "$large")
gw=$1; row "scap-grep -c '$HW'" "$1" "$2" "$3"
set -- $(measure tools/scap-grep -c -b -e helloworld "$large")
bw=$1; row "scap-grep -c -b -e helloworld" "$1" "$2" "$3"
if [ $have_sysdig -eq 1 ]; then
	set -- $(measure sysdig -r "$large" -w "$SP/sysdig.scap")
	yw=$1; row "sysdig -r IN -w OUT" "$1" "$2" "$3"
	set -- $(measure sysdig -r "$large" -p %evt.num "$HW")
	yg=$1; row "sysdig -p %evt.num '$HW'" "$1" "$2" "$3"
	ratio "$yw" "$sw" "split vs sysdig -w (target 5x)"
	ratio "$yw" "$mw" "merge vs sysdig -w (target 5x)"
	ratio "$yg" "$gw" "grep filter vs sysdig (target 3x)"
fi
awk -v a="$bw" -v b="$gw" 'BEGIN { printf "%-34s %8.2fx\n", "buffer regex / filter (max 1.5x)", (b > 0 ? a / b : 0) }'
# Describing: scap-stat --summary against sysdig -S -q (the event
# summary), on the large capture and on the one ten times longer.
for cap in "$large" "$long"; do
	name=$(basename "$cap")
	set -- $(measure tools/scap-stat --summary "$cap")
	tw=$1; row "scap-stat --summary $name" "$1" "$2" "$3"
	if [ $have_sysdig -eq 1 ]; then
		set -- $(measure sysdig -r "$cap" -S -q)
		yt=$1; row "sysdig -S -q $name" "$1" "$2" "$3"
		ratio "$yt" "$tw" "stat --summary vs sysdig (target 3x)"
	fi
done
rm -rf "$SP"

# Tables: scap-top against sysdig running the same chisel, on the large
# capture and on the one ten times longer (where 10 ms clock ticks
# matter less).
for cap in "$large" "$long"; do
	name=$(basename "$cap")
	set -- $(measure tools/scap-top -c topfiles_bytes "$cap")
	tw=$1; row "scap-top -c topfiles_bytes $name" "$1" "$2" "$3"
	set -- $(measure tools/scap-top -c topprocs_cpu "$cap")
	row "scap-top -c topprocs_cpu $name" "$1" "$2" "$3"
	if [ $have_sysdig -eq 1 ]; then
		set -- $(measure sysdig -r "$cap" -c topfiles_bytes)
		yt=$1; row "sysdig -c topfiles_bytes $name" "$1" "$2" "$3"
		ratio "$yt" "$tw" "top vs sysdig -c (target 5x)"
	fi
done
