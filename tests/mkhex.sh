#!/bin/sh
# tests/mkhex.sh - (re)make the references of tests/hex.tsv into
# tests/data/hex/, gzipped.  Where the corpus has the reference
# (../shared/corpus/public/CAPTURE.ref/FILE) it is copied; otherwise
# Debian's sysdig 0.29.3 makes it.  Captures sysdig cannot read get no
# reference (hex.sh skips them).  Not run by `make check'.
set -eu
cd "$(dirname "$0")/.."
D=tests/data/corpus
S=${CORPUS:-../shared/corpus/public}
O=tests/data/hex
mkdir -p "$O"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' tests/hex.tsv | while IFS='	' read -r name caps sargs xargs cref; do
	[ "$caps" = "*" ] && caps=$(cd "$D" && ls *.scap *.scap[0-9])
	for c in $caps; do
		out="$O/$c.$name.txt.gz"
		if [ "$cref" != - ] && [ -f "$S/$c.ref/$cref" ]; then
			gzip -9n < "$S/$c.ref/$cref" > "$out"
			echo "copied $out"
			continue
		fi
		if ! eval "TZ=UTC sysdig -r \"\$D/\$c\" $sargs" > "$tmp/out" 2> "$tmp/err" ||
		    [ -s "$tmp/err" ]; then
			echo "skipped $c $name: $(head -c 100 "$tmp/err")"
			rm -f "$out"
			continue
		fi
		gzip -9n < "$tmp/out" > "$out"
		echo "made $out"
	done
done
