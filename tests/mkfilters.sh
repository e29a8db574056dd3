#!/bin/sh
# tests/mkfilters.sh - (re)make tests/data/filters.expected with sysdig.
# Needs Debian's sysdig 0.29.3 (apt-get install sysdig); not run by
# `make check': its output is committed.
#
# For every case of tests/filters.tsv (capture<TAB>expression) it runs
#     TZ=UTC sysdig -r tests/data/corpus/CAPTURE -p %evt.num EXPRESSION
# and records, after a header line "## N<TAB>capture<TAB>expression",
# either the event numbers printed (one a line; none when nothing
# matched), or "REJECTED<TAB>sysdig's message" when sysdig refused the
# filter (non-zero exit and an error on stderr).  N counts the cases of
# filters.tsv from 1, comments and empty lines left out.
set -eu
cd "$(dirname "$0")/.."
export TZ=UTC LC_ALL=C
D=tests/data/corpus
out=tests/data/filters.expected
tmp=${TMPDIR:-/tmp}/mkfilters.$$
mkdir "$tmp"
trap 'rm -rf "$tmp"' EXIT
command -v sysdig > /dev/null || { echo "mkfilters: sysdig not found" >&2; exit 1; }
sysdig --version | grep -q ' 0\.29\.3$' ||
    echo "mkfilters: warning: $(sysdig --version) is not sysdig 0.29.3" >&2

n=0 acc=0 rej=0 empty=0
: > "$tmp/all"
# The expected file carries every case in full, so that the runner needs
# nothing else; its first line says how it was made.
printf '# made by tests/mkfilters.sh with %s from tests/filters.tsv\n' \
    "$(sysdig --version)" >> "$tmp/all"
grep -v '^#' tests/filters.tsv | grep -v '^[[:space:]]*$' > "$tmp/cases"
while IFS='	' read -r cap expr; do
	n=$((n + 1))
	[ -f "$D/$cap" ] || { echo "mkfilters: case $n: no capture $D/$cap" >&2; exit 1; }
	[ -n "$expr" ] || { echo "mkfilters: case $n: no expression" >&2; exit 1; }
	printf '## %d\t%s\t%s\n' "$n" "$cap" "$expr" >> "$tmp/all"
	set +e
	sysdig -r "$D/$cap" -p %evt.num "$expr" > "$tmp/out" 2> "$tmp/err" < /dev/null
	rc=$?
	set -e
	if [ "$rc" -eq 0 ] && [ ! -s "$tmp/err" ]; then
		# (a case that matched nothing has no line after its header)
		if ! grep -qv '^[0-9][0-9]*$' "$tmp/out"; then
			cat "$tmp/out" >> "$tmp/all"
		else
			echo "mkfilters: case $n: sysdig printed something else than event numbers" >&2
			exit 1
		fi
		acc=$((acc + 1))
		[ -s "$tmp/out" ] || { empty=$((empty + 1)); echo "mkfilters: note: case $n matches nothing: $expr ($cap)" >&2; }
	elif [ "$rc" -ne 0 ] && [ -s "$tmp/err" ] && [ ! -s "$tmp/out" ]; then
		printf 'REJECTED\t%s\n' "$(head -n 1 "$tmp/err")" >> "$tmp/all"
		rej=$((rej + 1))
	else
		echo "mkfilters: case $n: unexpected result from sysdig (exit $rc): $expr ($cap)" >&2
		cat "$tmp/err" >&2
		exit 1
	fi
done < "$tmp/cases"
mv "$tmp/all" "$out"
echo "made $out: $n cases, $acc accepted ($empty matching nothing), $rej rejected"
