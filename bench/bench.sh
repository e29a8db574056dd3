#!/bin/sh
# bench/bench.sh - every scap-* tool against its sysdig equivalent, in one
# table.
#
# Each row is one task: wall time, CPU time (user+sys) and peak RSS of the
# scap-tools command and of the sysdig command that does the same work
# (output to /dev/null), each the median of at least REPS runs (more runs,
# up to 50, while a command has run for less than BENCH_MIN_SECONDS in
# all), then the ratios sysdig / scap-tools (above 1: scap-tools is
# faster or smaller) and, where the project has one, the target and
# whether it is met.  Targets are on wall time.  The two commands of a
# row run in turns, and the wall and CPU ratios are the medians of the
# ratios of each turn: the speed of a shared machine drifts by half over
# minutes, which would otherwise favour whichever command ran in the
# faster moment.
#
# Captures: the large corpus capture when ../shared is there (else one
# tiled from a bundled capture), the same ten times longer, and a gzip
# copy of the large one.
#
# Times come from a small timer compiled here (fork, exec, wait4): the
# clock is read in nanoseconds and the CPU time in microseconds, where
# /usr/bin/time rounds both to 10 ms, too coarse for the fast tools.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
REPS=${REPS:-5}
MINSEC=${BENCH_MIN_SECONDS:-1}
W=${BENCH_DIR:-bench/work}
mkdir -p "$W"
export TZ=UTC

for t in scap-cat scap-grep scap-split scap-stat scap-top scap-hex; do
	if [ ! -x "tools/$t" ]; then
		echo "bench: tools/$t is missing (run make first)" >&2
		exit 1
	fi
done
have_sysdig=1
command -v sysdig >/dev/null 2>&1 || have_sysdig=0

# The timer: runs CMD at least REPS times, stdout to /dev/null and stderr
# to ERRFILE, and prints the medians "wall_s cpu_s maxrss_kb runs".
# With "CMD :: OTHER", the two commands run in turns (CMD, OTHER, CMD,
# ...), so that both see the same moments of a machine whose speed drifts
# (a shared host); it prints both commands' medians, the runs, and the
# medians of the per-turn ratios OTHER/CMD of wall and CPU time.
cat > "$W/benchrun.c" <<'EOF'
#define _DEFAULT_SOURCE
#include <sys/types.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAXRUNS 50

static int
cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double
median(double *v, int n)
{
	qsort(v, n, sizeof(*v), cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* One run of cmd: wall and CPU seconds, peak RSS in kB.  -1 on failure. */
static int
run(char **cmd, const char *errfile, double *wall, double *cpu, double *rss)
{
	struct timespec t0, t1;
	struct rusage ru;
	int st;
	pid_t pid;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		perror("benchrun: fork");
		return -1;
	}
	if (pid == 0) {
		int o = open("/dev/null", O_WRONLY);
		int e = open(errfile, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		if (o < 0 || e < 0 || dup2(o, 1) < 0 || dup2(e, 2) < 0)
			_exit(126);
		execvp(cmd[0], cmd);
		perror(cmd[0]);
		_exit(127);
	}
	if (wait4(pid, &st, 0, &ru) < 0) {
		perror("benchrun: wait4");
		return -1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		fprintf(stderr, "benchrun: %s: exit status %d\n", cmd[0],
		    WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
		return -1;
	}
	*wall = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	*cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
	    ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
	*rss = ru.ru_maxrss;
	return 0;
}

int
main(int argc, char **argv)
{
	static double wall[2][MAXRUNS], cpu[2][MAXRUNS], rss[2][MAXRUNS];
	static double rw[MAXRUNS], rc[MAXRUNS];
	double total = 0, minsec;
	char **cmd[2] = { NULL, NULL };
	int reps, n = 0, k, i;

	if (argc < 5) {
		fprintf(stderr, "usage: benchrun reps minsec errfile cmd ... "
		    "[:: other ...]\n");
		return 2;
	}
	reps = atoi(argv[1]);
	if (reps < 1)
		reps = 1;
	if (reps > MAXRUNS)
		reps = MAXRUNS;
	minsec = atof(argv[2]);
	cmd[0] = argv + 4;
	for (i = 4; i < argc; i++)
		if (strcmp(argv[i], "::") == 0) {
			argv[i] = NULL;
			cmd[1] = argv + i + 1;
			break;
		}
	k = cmd[1] != NULL && cmd[1][0] != NULL ? 2 : 1;
	while (n < reps || (total < minsec && n < MAXRUNS)) {
		for (i = 0; i < k; i++)
			if (run(cmd[i], argv[3], &wall[i][n], &cpu[i][n],
			    &rss[i][n]) < 0)
				return 1;
		if (k == 2) {
			rw[n] = wall[1][n] / wall[0][n];
			rc[n] = cpu[0][n] > 0 ? cpu[1][n] / cpu[0][n] : 0;
		}
		total += wall[0][n];
		n++;
	}
	for (i = 0; i < k; i++)
		printf("%.4f %.4f %.0f ", median(wall[i], n), median(cpu[i], n),
		    median(rss[i], n));
	printf("%d", n);
	if (k == 2)
		printf(" %.3f %.3f", median(rw, n), median(rc, n));
	printf("\n");
	return 0;
}
EOF
if ! ${CC:-cc} -O2 -o "$W/benchrun" "$W/benchrun.c"; then
	echo "bench: cannot compile the timer $W/benchrun.c" >&2
	exit 1
fi

# The floor of split and merge: a program that copies a file the way
# they write theirs (1 MiB reads and writes into a temporary name, any
# older output removed, then the rename) and decodes nothing.
cat > "$W/copyfloor.c" <<'EOF'
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	static char buf[1 << 20];
	char tmp[4096];
	ssize_t n;
	int in, out;

	if (argc != 3 || snprintf(tmp, sizeof(tmp), "%s.tmp", argv[2]) >=
	    (int)sizeof(tmp)) {
		fprintf(stderr, "usage: copyfloor in out\n");
		return 2;
	}
	if ((in = open(argv[1], O_RDONLY)) < 0 ||
	    (out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0) {
		perror("copyfloor");
		return 1;
	}
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, (size_t)n) != n) {
			perror("copyfloor: write");
			return 1;
		}
	if (n < 0 || close(out) < 0 || (unlink(argv[2]) < 0 &&
	    access(argv[2], F_OK) == 0) || rename(tmp, argv[2]) < 0) {
		perror("copyfloor");
		return 1;
	}
	return 0;
}
EOF
if ! ${CC:-cc} -O2 -o "$W/copyfloor" "$W/copyfloor.c"; then
	echo "bench: cannot compile $W/copyfloor.c" >&2
	exit 1
fi

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
gz=$W/large.scap.gz
if [ ! -f "$gz" ] || [ "$large" -nt "$gz" ]; then
	gzip -6 -c "$large" > "$gz"
fi
SP=$W/split
rm -rf "$SP" && mkdir -p "$SP"
cat "$large" "$long" "$gz" > /dev/null	# into the page cache
load0=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null)

ROWS=$W/rows
LEGEND=$W/legend
: > "$ROWS"
: > "$LEGEND"
nrow=0
o=none oruns=0 pw=- pc=- s=pending sq=""

# measure CMD... [:: OTHER...]: sets res to "wall cpu rss_kb" (medians)
# of CMD, ores to OTHER's, runs, and pw/pc to the medians of the per-turn
# ratios OTHER/CMD (wall, CPU); res=failed after printing what went wrong.
measure() {
	pw=- pc=- ores=none
	if out=$("$W/benchrun" "$REPS" "$MINSEC" "$W/err" "$@" 2> "$W/err2"); then
		set -- $out
		res="$1 $2 $3"
		if [ $# -ge 9 ]; then
			ores="$4 $5 $6" runs=$7 pw=$8 pc=$9
		else
			runs=$4
		fi
	else
		echo "bench: failed: $*" >&2
		cat "$W/err2" "$W/err" >&2
		res=failed ores=failed
		runs=0
	fi
}

# show CMD...: the command as the legend prints it (captures by name).
show() {
	for a in "$@"; do
		case $a in
		"$large") a=LARGE ;;
		"$long") a=LONG ;;
		"$gz") a=LARGE.gz ;;
		"$SP"/*) a=SPLIT/${a#"$SP"/} ;;
		*" "*|*"%"*) a="'$a'" ;;
		esac
		printf ' %s' "$a"
	done
}

# quote ARG: ARG quoted for eval.
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

# The scap-tools command of a task, measured later: in turns with the
# other command of the task, or alone when it has none.
scap() {
	sq=""
	for a in "$@"; do
		sq="$sq $(quote "$a")"
	done
	scmd=$(show "$@")
	s=pending
	sruns=0
}

# The sysdig (or other) command of the same task: it and the scap-tools
# command run in turns, into s and o.  Then task LABEL TARGET writes the
# row; TARGET is "" (none), ">=N" (other / scap wall at least N), "<=N"
# (scap / other wall at most N) or "regex/filter<=N" (scap wall / that of
# scap-grep's filter, gw).
other() {
	ocmd=$(show "$@")
	if [ "$1" = sysdig ] && [ $have_sysdig -eq 0 ]; then
		o=none
		oruns=0
		pw=- pc=-
		return
	fi
	eval "measure $sq :: \"\$@\""
	s=$res o=$ores sruns=$runs oruns=$runs
}
runs() { if [ "$1" -gt 0 ]; then echo "$1 runs"; else echo "not run"; fi; }
task() {
	if [ "$s" = pending ]; then
		eval "measure $sq"
		s=$res sruns=$runs
	fi
	nrow=$((nrow + 1))
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$nrow" "$1" "$s" "$o" "$2" \
	    "$pw" "$pc" >> "$ROWS"
	printf '%3s %-12s%s  (%s)\n    %-12s%s  (%s)\n' "$nrow" \
	    "scap-tools:" "$scmd" "$(runs "$sruns")" "vs:" "$ocmd" \
	    "$(runs "$oruns")" >> "$LEGEND"
	o=none oruns=0 pw=- pc=-
}

F='%evt.num %proc.name %fd.name'
HW='evt.buffer contains helloworld'

# Reading: scap-cat against sysdig -r in each output format, and a gzip
# capture (also against zcat alone, reading it with scap-stat: issue 8's
# target for gzip input).
scap tools/scap-cat "$large";		other sysdig -r "$large";	task "cat large" ""
scap tools/scap-cat "$long";		other sysdig -r "$long";	task "cat long (10x)" ""
scap tools/scap-cat -p "$F" "$large";	other sysdig -r "$large" -p "$F"; task "cat -p large" ""
scap tools/scap-cat -j "$large";	other sysdig -r "$large" -j;	task "cat -j large" ""
scap tools/scap-cat "$gz";		other sysdig -r "$gz";		task "cat large.gz" ""
					other zcat "$gz";		task "cat large.gz vs zcat [a]" ""
scap tools/scap-stat "$gz";		other zcat "$gz";		task "stat large.gz vs zcat [a]" "<=1.3"
# Writing: split and merge against sysdig rewriting the capture.
scap tools/scap-split -e 100000 -w "$SP/p.scap" "$large"
other sysdig -r "$large" -w "$SP/sysdig.scap";	task "split -e 100000" ">=5"
other sysdig -r "$large" -w "$SP/s.scap" -e 100000; task "split vs sysdig -e [b]" ""
scap tools/scap-cat -w "$SP/m.scap" "$SP"/p.scap*
other sysdig -r "$large" -w "$SP/sysdig.scap";	task "merge (cat -w) [c]" ">=5"
# What no reader of the capture can beat: its bytes copied, undecoded.
scap "$W/copyfloor" "$large" "$SP/floor.scap"
other sysdig -r "$large" -w "$SP/sysdig.scap";	task "copy floor [d]" ""
# Searching: a filter, and a regex over the data buffers.
scap tools/scap-grep -c "$HW" "$large"
other sysdig -r "$large" -p %evt.num "$HW";	task "grep -c filter" ">=3"
gw=${s%% *}
scap tools/scap-grep -c -b -e helloworld "$large"
task "grep -c -b -e regex [e]" "regex/filter<=1.5"
# Data buffers: scap-hex against sysdig's -X and -A and an I/O chisel.
scap tools/scap-hex "$large";		other sysdig -r "$large" -X;	task "hex (-X) large" ""
scap tools/scap-hex -A "$large";	other sysdig -r "$large" -A;	task "hex -A large" ""
scap tools/scap-hex --color=always -c echo_fds "$large"
other sysdig -r "$large" -c echo_fds;		task "hex -c echo_fds large" ""
# Describing: scap-stat --summary against sysdig -S -q.
scap tools/scap-stat --summary "$large"; other sysdig -r "$large" -S -q; task "stat --summary large" ">=3"
scap tools/scap-stat --summary "$long";	other sysdig -r "$long" -S -q;	task "stat --summary long" ">=3"
# Tables: scap-top against sysdig running the same chisel.
# (the 5x target is topfiles_bytes'; topprocs_cpu has none)
for c in topfiles_bytes topprocs_cpu; do
	t=; [ $c = topfiles_bytes ] && t=">=5"
	scap tools/scap-top -c $c "$large";	other sysdig -r "$large" -c $c;	task "top $c large" "$t"
	scap tools/scap-top -c $c "$long";	other sysdig -r "$long" -c $c;	task "top $c long" "$t"
done
rm -rf "$SP"

# The table.
load1=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null)
sv=$( [ $have_sysdig -eq 1 ] && sysdig --version 2>/dev/null | head -n 1)
echo "scap-tools against ${sv:-sysdig (not installed: apt-get install sysdig)}; $(nproc) CPUs, load average ${load0:-?} before, ${load1:-?} after"
echo "LARGE = $large ($(wc -c < "$large") bytes), LONG = LARGE ten times," \
    "SPLIT = $SP; medians of >= $REPS runs (more, up to 50, until" \
    "a command has run ${MINSEC} s), the two commands of a row in turns;" \
    "wall and CPU ratios: medians of the ratios of each turn"
echo
awk -F '\t' -v gw="$gw" '
function num(v) { return v + 0 }
function trip(t,   a) {
	if (t == "failed" || t == "none")
		return sprintf("%7s %7s %6s", "-", "-", t == "none" ? "-" : "FAIL")
	split(t, a, " ")
	return sprintf("%7.3f %7.3f %6.1f", a[1], a[2], a[3] / 1024)
}
function ratio(x, y) { return y > 0 ? sprintf("%6.1fx", x / y) : sprintf("%7s", "-") }
BEGIN {
	printf "%-3s %-26s %-22s | %-22s | %-22s | %s\n", "", "",
	    "scap-tools", "sysdig (or [a] zcat)", "ratio sysdig/scap", "target (wall)"
	printf "%-3s %-26s %7s %7s %6s | %7s %7s %6s | %7s %7s %6s |\n", "#", "task",
	    "wall_s", "cpu_s", "rss_MB", "wall_s", "cpu_s", "rss_MB", "wall", "cpu", "rss"
}
{
	ok = ($3 != "failed" && $4 != "failed" && $4 != "none")
	split($3, s, " "); split($4, o, " ")
	# wall and CPU: the median of the ratios of runs taken in turns
	w = ($6 != "-" && $6 != "") ? $6 + 0 : (s[1] > 0 ? o[1] / s[1] : 0)
	c = ($7 != "-" && $7 != "") ? $7 + 0 : (s[2] > 0 ? o[2] / s[2] : 0)
	r = ok ? sprintf("%6.1fx %6.1fx ", w, c) ratio(o[3], s[3]) \
	    : sprintf("%7s %7s %6s", "-", "-", "-")
	t = ""
	if ($5 ~ /^>=/) {
		n = substr($5, 3)
		if (!ok)
			t = ">=" n "x: not measured"
		else
			t = sprintf(">=%sx: %s", n, w >= n ? "met" : "NOT met")
	} else if ($5 ~ /^<=/) {
		n = substr($5, 3)
		if (!ok)
			t = "scap/zcat <=" n "x: not measured"
		else
			t = sprintf("scap/zcat %.2fx <=%sx: %s", 1 / w, n,
			    1 / w <= n ? "met" : "NOT met")
	} else if ($5 ~ /^regex/) {
		n = substr($5, index($5, "<=") + 2)
		if ($3 == "failed" || gw == "" || gw == "failed")
			t = "regex/filter <=" n "x: not measured"
		else
			t = sprintf("regex/filter %.2fx <=%sx: %s", s[1] / gw, n,
			    s[1] / gw <= n ? "met" : "NOT met")
	}
	line = sprintf("%-3s %-26s %s | %s | %s | %s", $1, $2, trip($3), trip($4), r, t)
	sub(/ +$/, "", line)
	print line
}' "$ROWS"
echo
echo "Commands (output to /dev/null):"
cat "$LEGEND"
cat <<'EOF'
Notes:
 [a] zcat only decompresses.  scap-stat decodes every event of the
     gzip input and applies it to the state: issue 8's target, gzip input
     read within 1.3x of zcat's time; scap-cat also formats and prints
     every line, which costs about as much as the decompression itself
     (row 1).  The ratio columns are zcat / scap-tools; the target is
     scap-tools / zcat.
 [b] sysdig -e cuts pieces as scap-split -e does: the closest equivalent;
     the target is set against plain sysdig -r IN -w OUT (the row above).
 [c] scap-cat -w merges the pieces that scap-split wrote; sysdig cannot
     merge captures, so the nearest is sysdig rewriting the whole capture.
 [d] Not a scap-tools command: copyfloor (compiled here) copies the
     capture's bytes as split and merge write theirs, 1 MiB reads and
     writes into a temporary name renamed at the end, and decodes
     nothing.  No tool that reads the capture can
     be faster, so its ratio bounds what split and merge can reach; on
     the 2-CPU machines of this project it is 5x to 7x, depending on
     the minute, and split and merge also decode every event and apply
     it to the state (issue 3's 5x target is therefore out of reach
     here).
 [e] sysdig 0.29.3 has no regex operator: the sysdig column is the same
     filtered run as row "grep -c filter" (contains, not a regex); the
     target compares scap-grep's regex with its own filter, both -c.
 scap-top: tied rows of a chisel may come out in another order than
     sysdig's.  scap-record records live (a kernel module), so it has no
     row: there is no offline task to compare.
EOF
