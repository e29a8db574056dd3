#!/bin/sh
# tests/mktop.sh - (re)make the references of tests/top.sh: what sysdig
# 0.29.3's chisels print for every capture of tests/data/corpus.
# Needs Debian's sysdig (apt-get install sysdig); not run by `make
# check': its output is committed under tests/data/top/ as
# CAPTURE.VIEW.txt.gz (VIEW with its argument, "fdbytes_by-proc.name").
set -eu
cd "$(dirname "$0")/.."
D=tests/data/corpus
O=tests/data/top
mkdir -p "$O"
# the views, each with its argument if any (one a line)
VIEWS="topfiles_bytes
topfiles_time
topfiles_errors
topprocs_cpu
topprocs_net
topprocs_file
topprocs_errors
topconns
topports_server
topscalls
topscalls_time
iobytes
iobytes_file
iobytes_net
spy_users
list_login_shells
fdbytes_by proc.name
fdbytes_by fd.sport
fdcount_by proc.name
fdtime_by fd.name"
for cap in "$D"/*.scap "$D"/*.scap[0-9]; do
	b=$(basename "$cap")
	# sysdig 0.29.3 refuses the options in this one's section header;
	# it holds the events of curl_google.scap, and must print the same
	src=$cap
	[ "$b" = curl_google_comments.scap ] && src=$D/curl_google.scap
	echo "$VIEWS" | while read -r view arg; do
		out=$O/$b.$view${arg:+-$arg}.txt.gz
		# shellcheck disable=SC2086
		TZ=UTC sysdig -r "$src" -c $view $arg < /dev/null | gzip -9n > "$out"
	done
	# a view with sysdig's filter after the chisel (-f of scap-top)
	TZ=UTC sysdig -r "$src" -c topscalls proc.name=cat < /dev/null |
	    gzip -9n > "$O/$b.topscalls.f.txt.gz"
	echo "made $O/$b.*"
done
