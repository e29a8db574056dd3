# write.sh - the writer, scap-split and merging (sourced by run.sh).
#
# Round trip for every bundled capture: split by events, size and time,
# merge the pieces with scap-cat -w: the result prints exactly what the
# original prints.  Every piece must also print, alone, its slice of the
# original (only evt.num differs) -- checked with scap-cat, and with
# sysdig -r and tshark -r when they are installed.
D=tests/data/corpus
CAT=tools/scap-cat
SPLIT=tools/scap-split
WW="$W/write"
mkdir -p "$WW"
have_sysdig=0; command -v sysdig >/dev/null 2>&1 && have_sysdig=1
have_tshark=0; command -v tshark >/dev/null 2>&1 && have_tshark=1

# slice FULL FROM TO: the lines of FULL with FROM < evt.num <= TO, without
# evt.num.  The fd list has no room for a socket's client/server role, so
# an IPv6 socket open when a piece starts shows without its protocol
# letter there, as in sysdig's own rotated files: that letter is left out
# of the comparison.
unrole() { sed 's/<6[tuir]>/<6>/g'; }
slice() { awk -v lo="$2" -v hi="$3" '$1 > lo && $1 <= hi' "$1" | cut -d' ' -f2- | unrole; }

for cap in "$D"/*.scap "$D"/*.scap[0-9]; do
	b=$(basename "$cap")
	$CAT "$cap" > "$WW/full" 2>/dev/null
	for mode in "-e 700" "-C 0.15" "-G 1" "-e 1500 -z"; do
		tag=$(echo "$mode" | tr -d ' -')
		rm -f "$WW"/p* "$WW"/.p*
		if ! $SPLIT -v $mode -w "$WW/p.scap" "$cap" > "$WW/list" 2> "$WW/err"; then
			fail "split $b $mode" "$(head -1 "$WW/err")"
			continue
		fi
		# every piece reads alone and prints its slice of the original
		lo=0 bad=""
		while read -r piece nev _ nbytes _; do
			hi=$((lo + nev))
			slice "$WW/full" "$lo" "$hi" > "$WW/want"
			$CAT "$piece" 2> "$WW/err" | cut -d' ' -f2- | unrole > "$WW/got"
			cmp -s "$WW/want" "$WW/got" || bad="$bad $(basename "$piece")"
			if [ $have_sysdig -eq 1 ] && [ "$tag" = e700 ]; then
				TZ=UTC sysdig -r "$piece" > "$WW/sd" 2>&1 || bad="$bad sysdig-exit:$(basename "$piece")"
				cut -d' ' -f2- "$WW/sd" | unrole | cmp -s - "$WW/want" || bad="$bad sysdig:$(basename "$piece")"
			fi
			if [ $have_tshark -eq 1 ] && [ "$tag" = e700 ]; then
				# every event block but the state-only ones
				# (EVF, which tshark does not show), as scap-stat
				# counts them
				n=$(tshark -r "$piece" -T fields -e frame.number 2>/dev/null | wc -l)
				tev=$(tools/scap-stat "$piece" | awk '/^Events:/ { e = $2 }
				    $1 ~ /^EVF/ { f += $3 } END { print e - f }')
				[ "$n" -eq "$tev" ] || bad="$bad tshark:$(basename "$piece"):$n"
			fi
			lo=$hi
		done < "$WW/list"
		if [ -z "$bad" ] && [ -s "$WW/list" ]; then pass "split $b $mode"; else fail "split $b $mode" "pieces differ:$bad"; fi
		# merging the pieces gives the original back
		set -- $(cut -f1 "$WW/list")
		if $CAT -w "$WW/merged.scap" "$@" 2> "$WW/err" && $CAT "$WW/merged.scap" > "$WW/mout" 2>&1 &&
		    cmp -s "$WW/mout" "$WW/full"; then
			pass "merge $b $mode"
		else
			fail "merge $b $mode" "$(head -1 "$WW/err")"
		fi
	done
done

# A rotated set merged in time order reads as one capture, and sysdig
# reads it the same way; -a appends sections in the given order.
$CAT -w "$WW/rot.scap" "$D"/rot_events.scap3 "$D"/rot_events.scap1 "$D"/rot_events.scap0 "$D"/rot_events.scap2
$CAT "$WW/rot.scap" | cut -d' ' -f1,2 > "$WW/rot.times"
cat "$D"/rot_events.scap[0-3] | $CAT | cut -d' ' -f2 > "$WW/cat.times"
# the same events in the same order, numbered as one capture
cut -d' ' -f2 "$WW/rot.times" | cmp -s - "$WW/cat.times" &&
    [ "$(tail -1 "$WW/rot.times" | cut -d' ' -f1)" -eq 10000 ] &&
    pass "merge a rotated set" || fail "merge a rotated set"
if [ $have_sysdig -eq 1 ]; then
	$CAT "$WW/rot.scap" > "$WW/rot.txt"
	TZ=UTC sysdig -r "$WW/rot.scap" | cmp -s - "$WW/rot.txt" &&
	    pass "sysdig reads the merged rotated set" || fail "sysdig reads the merged rotated set"
fi
$CAT -a -w "$WW/rota.scap" "$D"/rot_events.scap0 "$D"/rot_events.scap1 "$D"/rot_events.scap2 "$D"/rot_events.scap3
cat "$D"/rot_events.scap0 "$D"/rot_events.scap1 "$D"/rot_events.scap2 "$D"/rot_events.scap3 | $CAT > "$WW/cat.txt"
$CAT "$WW/rota.scap" | cmp -s - "$WW/cat.txt" && pass "merge -a appends sections" || fail "merge -a appends sections"

# Two machines: thread ids are kept apart.
$CAT -w "$WW/two.scap" "$D/502Error.scap" "$D/file_activity.scap"
$CAT "$WW/two.scap" | awk '$4 == "cat" { print $5; exit }' | grep -q '^(100002[0-9][0-9])$' &&
    pass "merge keeps two machines' thread ids apart" || fail "merge keeps two machines' thread ids apart"

# -w - writes to standard output (a pipe here).
$CAT -w - "$D/filtered_cat.scap" | $CAT > "$WW/x" && gzip -dc "$D/filtered_cat.scap.default.txt.gz" | cmp -s - "$WW/x" &&
    pass "merge -w - writes a capture to stdout" || fail "merge -w - writes a capture to stdout"

# Windows: --since/--until, absolute or relative to the first event.
$SPLIT --since +1 --until +2 -w "$WW/win.scap" "$D/file_activity.scap" &&
    first=$($CAT "$WW/win.scap" | head -1 | cut -d' ' -f2) && last=$($CAT "$WW/win.scap" | tail -1 | cut -d' ' -f2) &&
    [ "$first" \> "23:17:22.6" ] && [ "$last" \< "23:17:23.64" ] &&
    pass "split --since/--until" || fail "split --since/--until" "$first $last"

# Faults.
# An output that is an input is refused, and the input is left alone.
cp "$D/filtered_cat.scap" "$WW/in.scap"
sum=$(cksum < "$WW/in.scap")
$CAT -w "$WW/in.scap" "$WW/in.scap" 2> "$WW/err"
[ $? -eq 1 ] && [ "$(cksum < "$WW/in.scap")" = "$sum" ] && grep -q 'is an input' "$WW/err" &&
    pass "merge refuses to overwrite an input" || fail "merge refuses to overwrite an input"
cp "$WW/in.scap" "$WW/in.scap0"
$SPLIT -e 100 -w "$WW/in.scap" "$WW/in.scap0" 2> "$WW/err"
[ $? -eq 1 ] && cmp -s "$WW/in.scap0" "$D/filtered_cat.scap" &&
    pass "split refuses to overwrite an input" || fail "split refuses to overwrite an input"
# A directory that does not exist / cannot be written.
$SPLIT -e 100 -w "$WW/no/such/dir/p" "$D/filtered_cat.scap" 2> "$WW/err"
[ $? -eq 1 ] && grep -q 'No such file or directory' "$WW/err" &&
    pass "split into a missing directory fails clearly" || fail "split into a missing directory fails clearly"
if [ "$(id -u)" = 0 ] && mkdir -p "$WW/ro" "$WW/fulldisk" &&
    mount -t tmpfs -o ro,size=1m tmpfs "$WW/ro" 2>/dev/null; then
	$SPLIT -e 100 -w "$WW/ro/p" "$D/filtered_cat.scap" 2> "$WW/err"
	[ $? -eq 1 ] && grep -q 'Read-only file system' "$WW/err" &&
	    pass "split into a read-only directory fails clearly" || fail "split into a read-only directory fails clearly"
	umount "$WW/ro"
	# A full disk: the message says so, and no partial file is left
	# under a final name.
	mount -t tmpfs -o size=200k tmpfs "$WW/fulldisk"
	$SPLIT -e 2000 -w "$WW/fulldisk/p" "$D/process_activity.scap" 2> "$WW/err"
	rc=$?
	ok=1
	for f in "$WW"/fulldisk/p*; do
		[ -e "$f" ] || continue
		$CAT "$f" > /dev/null 2>&1 || ok=0
	done
	[ $rc -eq 1 ] && grep -q 'No space left on device' "$WW/err" && [ $ok -eq 1 ] &&
	    [ -z "$(ls -A "$WW/fulldisk" | grep '^\.')" ] &&
	    pass "split onto a full disk fails clearly, whole pieces only" ||
	    fail "split onto a full disk fails clearly, whole pieces only" "rc=$rc $(head -1 "$WW/err")"
	$CAT -w "$WW/fulldisk/m.scap" "$D/process_activity.scap" 2> "$WW/err"
	[ $? -eq 1 ] && [ ! -e "$WW/fulldisk/m.scap" ] && grep -q 'No space left' "$WW/err" &&
	    pass "merge onto a full disk leaves no file" || fail "merge onto a full disk leaves no file"
	umount "$WW/fulldisk"
else
	# Not root: the same check with a directory we may not write.
	mkdir -p "$WW/ro" && chmod 555 "$WW/ro"
	$SPLIT -e 100 -w "$WW/ro/p" "$D/filtered_cat.scap" 2> "$WW/err"
	[ $? -eq 1 ] && grep -q 'Permission denied' "$WW/err" &&
	    pass "split into an unwritable directory fails clearly" || fail "split into an unwritable directory fails clearly"
	chmod 755 "$WW/ro"
fi
# Containers: every piece starts with the container descriptions and the
# threads' control groups, so it names containers as the whole capture
# does (scap-cat and sysdig alike); merging the pieces describes each
# container once.
CF='*%evt.num %proc.name %container.id %container.name %fd.is_server %fd.lip %evt.type'
for cap in "$D/502Error.scap" "$D/containers_json.scap"; do
	b=$(basename "$cap")
	rm -f "$WW"/c.scap*
	$CAT -p "$CF" "$cap" | cut -d' ' -f2- > "$WW/cwant"
	if ! $SPLIT -e 2500 -w "$WW/c.scap" "$cap" 2> "$WW/err"; then
		fail "split $b: containers" "$(head -1 "$WW/err")"
		continue
	fi
	bad=""
	for p in $(ls "$WW"/c.scap* | sort -V); do
		$CAT -p "$CF" "$p" | cut -d' ' -f2- > "$WW/cp"
		cat "$WW/cp"
		if [ $have_sysdig -eq 1 ]; then
			TZ=UTC sysdig -r "$p" -p "$CF" 2>/dev/null | cut -d' ' -f2- | cmp -s - "$WW/cp" ||
			    bad="$bad $(basename "$p")"
		fi
	done > "$WW/cgot"
	[ "$(ls "$WW"/c.scap* | wc -l)" -ge 3 ] && cmp -s "$WW/cwant" "$WW/cgot" && [ -z "$bad" ] &&
	    pass "split $b: every piece names the containers as the whole capture" ||
	    fail "split $b: every piece names the containers as the whole capture" "sysdig differs on:$bad"
	$CAT -w "$WW/cm.scap" $(ls "$WW"/c.scap* | sort -V) 2> "$WW/err"
	$CAT "$cap" > "$WW/cwant"
	$CAT "$WW/cm.scap" > "$WW/cgot" 2>&1
	cmp -s "$WW/cwant" "$WW/cgot" && [ "$($CAT -p "$CF" "$WW/cm.scap" | cut -d' ' -f2- | md5sum)" = \
	    "$($CAT -p "$CF" "$cap" | cut -d' ' -f2- | md5sum)" ] &&
	    pass "merge $b: the pieces give the capture back, containers once" ||
	    fail "merge $b: the pieces give the capture back, containers once"
done

# Killed half way: the finished pieces are whole; the unfinished one is
# not under its final name.
mkdir -p "$WW/kill"
rm -f "$WW/fifo" && mkfifo "$WW/fifo"
$SPLIT -e 1000 -w "$WW/kill/p" - < "$WW/fifo" 2>/dev/null &
pid=$!
exec 9> "$WW/fifo"
head -c 300000 "$D/process_activity.scap" >&9
sleep 1
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
exec 9>&-
ok=1 n=0
for f in "$WW"/kill/p*; do
	[ -e "$f" ] || continue
	n=$((n + 1))
	$CAT "$f" > /dev/null 2>&1 || ok=0
done
# (the piece being written when killed is only under its temporary name)
[ $ok -eq 1 ] && [ $n -ge 2 ] && [ -n "$(ls -A "$WW/kill" | grep '^\.p')" ] &&
    pass "split killed half way leaves whole pieces" ||
    fail "split killed half way leaves whole pieces" "$n pieces, ok=$ok"
# SIGTERM while scap-split waits on a pipe gone silent (its writer still
# there): the reading stops, the piece being written is finished under
# its final name with every whole event read, and scap-split dies of
# the signal, saying nothing.
# silent_term CMD...: CMD reads a fifo that gets the first 300000 bytes
# of a capture and then nothing, its writer still there; a second later
# it is sent SIGTERM.  Sets rc and alive (signal_wait); its stderr is in
# $WW/termerr.
silent_term() {
	rm -rf "$WW/term" && mkdir -p "$WW/term"
	rm -f "$WW/fifo" && mkfifo "$WW/fifo"
	"$@" < "$WW/fifo" 2> "$WW/termerr" &
	pid=$!
	exec 9> "$WW/fifo"
	head -c 300000 "$D/process_activity.scap" >&9
	sleep 1
	signal_wait TERM $pid
	exec 9>&-
	wait $pid
	rc=$?
}
silent_term $SPLIT -e 1000 -w "$WW/term/p" -
# what the pieces hold: the events of the first 300000 bytes (the cut
# one left out), in order
head -c 300000 "$D/process_activity.scap" | $CAT --recover - 2> /dev/null |
    cut -d' ' -f2- > "$WW/want"
for f in $(ls "$WW"/term/p* 2> /dev/null | sort -V); do
	$CAT "$f" 2> /dev/null | cut -d' ' -f2-
done > "$WW/got"
[ $rc -eq 143 ] && [ $alive -eq 0 ] && [ ! -s "$WW/termerr" ] &&
    [ -s "$WW/got" ] && cmp -s "$WW/want" "$WW/got" &&
    [ -z "$(ls -A "$WW/term" | grep '^\.')" ] &&
    pass "split stops on SIGTERM while waiting on a silent pipe, pieces finished" ||
    fail "split stops on SIGTERM while waiting on a silent pipe" "exit $rc, still running: $alive, $(wc -l < "$WW/got") of $(wc -l < "$WW/want") lines, $(head -n 1 "$WW/termerr")"
# The same for a merge: a merge cut short would pass for the whole, so
# none is left, nor any temporary file; scap-cat dies of the signal.
silent_term $CAT -w "$WW/term/m.scap" "$D/filtered_cat.scap" -
[ $rc -eq 143 ] && [ $alive -eq 0 ] && [ ! -s "$WW/termerr" ] &&
    [ -z "$(ls -A "$WW/term")" ] &&
    pass "merge stops on SIGTERM while waiting on a silent pipe, leaves no file" ||
    fail "merge stops on SIGTERM while waiting on a silent pipe" "exit $rc, still running: $alive, $(ls -A "$WW/term") $(head -n 1 "$WW/termerr")"
rm -f "$WW/fifo"
[ -n "${KEEP:-}" ] || rm -rf "$WW"
