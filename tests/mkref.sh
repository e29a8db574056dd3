#!/bin/sh
# tests/mkref.sh - (re)make the references of tests/cli.tsv with sysdig.
# Needs Debian's sysdig 0.29.3 (apt-get install sysdig); not run by
# `make check': its output is committed under tests/data/cli/.
set -eu
cd "$(dirname "$0")/.."
D=tests/data/corpus
mkdir -p tests/data/cli tests/work
grep -v '^#' tests/cli.tsv | while IFS='	' read -r name tz args caps; do
	in=tests/work/mkref.scap
	: > "$in"
	for c in $caps; do cat "$D/$c" >> "$in"; done
	[ "$args" = . ] && args=
	filter=
	case $args in
	*-f\ *) filter=${args#*-f }; args=${args%%-f *} ;;
	esac
	# shellcheck disable=SC2086
	if [ -n "$filter" ]; then
		TZ=$tz sysdig -r "$in" $args "$filter"
	else
		TZ=$tz sysdig -r "$in" $args
	fi | gzip -9n > "tests/data/cli/$name.txt.gz"
	echo "made tests/data/cli/$name.txt.gz"
done
rm -f tests/work/mkref.scap
