# splitby.sh - scap-split --by pid|proc: one piece per process tree
# (sourced by run.sh).
#
# For every bundled capture and both modes, the pieces hold every shown
# event exactly once, each in the piece of its process's tree.  The tree
# of each event is worked out here independently of scap-split: an awk
# reads scap-cat's fields of the whole capture, links every process to
# the one that made it (from the fork/vfork/clone/clone3 returns that
# made no thread), and follows the links up to a process nobody made.
# Every piece reads alone: scap-cat prints for it exactly the lines the
# original prints for its events (the process names included); sysdig
# prints the same for it, and tshark finds its events (--by proc pieces
# only: tshark is slow to start).  Then names, the options --by combines
# with, and faults.
SB_CAT=tools/scap-cat
SB_SPLIT=tools/scap-split
SB="$W/splitby"
rm -rf "$SB"
mkdir -p "$SB"
sb_sysdig=0; command -v sysdig > /dev/null 2>&1 && sb_sysdig=1
sb_tshark=0; command -v tshark > /dev/null 2>&1 && sb_tshark=1

# A piece starts with the state the original had built up at its first
# event.  It cannot know a process that another tree makes or renames
# later, so where a switch event names the next thread it may lack (or
# have an older) name: "next=279" for "next=279(ls)".  And as for every
# piece (write.sh), an IPv6 socket open when the piece starts loses its
# role letter.  Both are left out of the comparisons.
sb_norm() { sed -E 's/^(.* switch next=[0-9]+)\([^ ]*\)/\1/; s/<6[tuir]>/<6>/g'; }

# sb_keys CAPTURE MODE: for every line scap-cat prints, the key of the
# piece that must hold it (the root's pid, or its name made safe for a
# file name: '/' and control characters as '_', a leading '.' as '_',
# nothing as '_').
sb_keys() {
	$SB_CAT -p '*%evt.type\t%evt.dir\t%evt.rawres\t%thread.tid\t%proc.pid\t%proc.ppid\t%evt.arg.flags\t%proc.name\t%proc.pname' "$1" |
	awk -F '\t' -v mode="$2" '
	function safe(s) {
		if (s == "<NA>")
			s = ""
		gsub(/[\/[:cntrl:]]/, "_", s)
		sub(/^\./, "_", s)
		return s == "" ? "_" : s
	}
	{
		# a thread no longer (or not yet) known: the process it
		# was last seen in, else its own id
		tid = $4
		pid = $5 != "<NA>" ? $5 : (tid in owner) ? owner[tid] : tid
		owner[tid] = pid
		clone = $2 == "<" && $1 ~ /^(clone|fork|vfork|clone3)$/ &&
		    $7 !~ /CLONE_THREAD/
		if (clone && $3 == 0 && $6 != "<NA>") {
			# the child: its parent may be named by a thread id
			pp = ($6 in owner) ? owner[$6] : $6
			if (!(pp in name))
				name[pp] = $9
			up[pid] = pp
		} else if (clone && $3 > 0)
			up[$3] = pid
		if (!(pid in name))
			name[pid] = $8
		of[NR] = pid
	}
	END {
		for (i = 1; i <= NR; i++) {
			r = of[i]
			for (n = 0; (r in up) && n < 1000; n++)
				r = up[r]
			print mode == "pid" ? r : safe(name[r])
		}
	}'
}

# sb_check TAG DIR CAPTURE MODE: the pieces DIR/o-KEY.scap listed in
# DIR.list (scap-split -v) against the capture.
sb_check() {
	sb_bad=
	sb_keys "$3" "$4" > "$SB/keys"
	$SB_CAT "$3" | cut -d' ' -f2- | sb_norm > "$SB/lines"
	paste "$SB/keys" "$SB/lines" > "$SB/keyed"
	[ "$(wc -l < "$SB/keys")" -eq "$(wc -l < "$SB/lines")" ] || sb_bad="$sb_bad fields/lines"
	cut -f1 "$SB/keyed" | sort -u > "$SB/want.keys"
	# A sysdig -F capture hides most of the clones that make the trees
	# (state-only events): the keys above, read from the lines shown,
	# cannot know them.  There only the lines are checked: every line is
	# in one piece.
	sb_hidden=0
	tools/scap-stat "$3" | grep -q '^  EVF' && sb_hidden=1
	: > "$SB/got.keys"
	: > "$SB/all.got"
	while IFS='	' read -r sb_p sb_nev _; do
		sb_nev=${sb_nev%% *}
		sb_k=${sb_p##*/o-}
		sb_k=${sb_k%.scap}
		echo "$sb_k" >> "$SB/got.keys"
		awk -F '\t' -v k="$sb_k" '$1 == k' "$SB/keyed" | cut -f2- | sort > "$SB/want"
		$SB_CAT "$sb_p" 2> "$SB/err" | cut -d' ' -f2- > "$SB/got.raw"
		sb_norm < "$SB/got.raw" | sort > "$SB/got"
		cat "$SB/got" >> "$SB/all.got"
		[ $sb_hidden -eq 1 ] || cmp -s "$SB/want" "$SB/got" || sb_bad="$sb_bad $sb_k"
		if [ $sb_sysdig -eq 1 ]; then
			# sysdig reads the piece alone, as scap-cat does
			TZ=UTC sysdig -r "$sb_p" > "$SB/sd" 2>&1 || sb_bad="$sb_bad sysdig-exit:$sb_k"
			cut -d' ' -f2- "$SB/sd" | cmp -s - "$SB/got.raw" || sb_bad="$sb_bad sysdig:$sb_k"
		fi
		# (tshark takes a quarter of a second a file: the --by proc
		# pieces of the captures that are not parts of rotated sets)
		if [ $sb_tshark -eq 1 ] && [ "$4" = proc ] && [ "${3%.scap}" != "$3" ]; then
			# (every event block but the state-only ones, EVF,
			# which tshark does not show, as scap-stat counts them)
			sb_n=$(tshark -r "$sb_p" -T fields -e frame.number 2> /dev/null | wc -l)
			sb_tev=$(tools/scap-stat "$sb_p" | awk '/^Events:/ { e = $2 }
			    $1 ~ /^EVF/ { f += $3 } END { print e - f }')
			[ "$sb_n" -eq "$sb_tev" ] || sb_bad="$sb_bad tshark:$sb_k:$sb_n"
		fi
	done < "$2.list"
	sort -o "$SB/got.keys" "$SB/got.keys"
	if [ $sb_hidden -eq 1 ]; then
		sort -o "$SB/all.got" "$SB/all.got"
		cut -f2- "$SB/keyed" | sort | cmp -s - "$SB/all.got" || sb_bad="$sb_bad lines"
	else
		cmp -s "$SB/want.keys" "$SB/got.keys" ||
		    sb_bad="$sb_bad keys:[$(comm -3 "$SB/want.keys" "$SB/got.keys" | tr '\n\t' '  ')]"
	fi
	[ "$(wc -l < "$SB/got.keys")" -eq "$(ls "$2" | wc -l)" ] || sb_bad="$sb_bad files:$(ls -A "$2" | wc -l)"
	if [ -z "$sb_bad" ]; then pass "$1"; else fail "$1" "pieces differ:$sb_bad"; fi
}

for sb_cap in tests/data/corpus/*.scap tests/data/corpus/*.scap[0-9]; do
	sb_b=$(basename "$sb_cap")
	for sb_m in pid proc; do
		rm -rf "$SB/p"
		mkdir -p "$SB/p"
		if ! $SB_SPLIT -v --by $sb_m -w "$SB/p/o.scap" "$sb_cap" > "$SB/p.list" 2> "$SB/err"; then
			fail "split --by $sb_m $sb_b" "$(head -1 "$SB/err")"
			continue
		fi
		sb_check "split --by $sb_m $sb_b" "$SB/p" "$sb_cap" $sb_m
		# Merged back, the pieces hold the original's events, in time
		# order (the pieces overlap in time, so scap-cat -w merges them
		# by time stamp; events with equal times come in operand order,
		# so lines are compared sorted, and the times in order).
		# shellcheck disable=SC2046
		if $SB_CAT -w "$SB/merged.scap" $(cut -f1 "$SB/p.list") 2> "$SB/err" &&
		    $SB_CAT "$SB/merged.scap" | cut -d' ' -f2- | sb_norm > "$SB/got.seq" &&
		    sort "$SB/got.seq" > "$SB/got" &&
		    sort "$SB/lines" | cmp -s - "$SB/got"; then
			pass "split --by $sb_m $sb_b: merged back"
		else
			fail "split --by $sb_m $sb_b: merged back" "$(head -1 "$SB/err")"
		fi
		if cut -d' ' -f1 "$SB/lines" | sort -c 2> /dev/null; then
			if cut -d' ' -f1 "$SB/got.seq" | sort -c 2> /dev/null; then
				pass "split --by $sb_m $sb_b: merged back in time order"
			else
				fail "split --by $sb_m $sb_b: merged back in time order"
			fi
		fi
	done
done

# A child's events are in its parent's tree's piece, not in one of their
# own: the first process made during process_activity.scap.
sb_cap=tests/data/corpus/process_activity.scap
# shellcheck disable=SC2046
set -- $($SB_CAT -p '%proc.pid %evt.rawres' -f 'evt.type in (clone,fork,vfork,clone3) and evt.dir=< and evt.rawres>0 and not evt.arg.flags contains CLONE_THREAD' "$sb_cap" | head -1)
sb_parent=${1:-none} sb_child=${2:-none}
sb_keys "$sb_cap" pid > "$SB/keys"
sb_root=$($SB_CAT -p '*%proc.pid' "$sb_cap" | paste - "$SB/keys" | awk -v p="$sb_parent" '$1 == p { print $2; exit }')
rm -rf "$SB/p" && mkdir -p "$SB/p"
$SB_SPLIT --by pid -w "$SB/p/o.scap" "$sb_cap"
sb_in=
for sb_p in "$SB"/p/o-*.scap; do
	$SB_CAT "$sb_p" | grep -q " ($sb_child) [<>] " && sb_in="$sb_in ${sb_p##*/}"
done
if [ "$sb_child" != none ] && [ ! -e "$SB/p/o-$sb_child.scap" ] && [ "$sb_in" = " o-$sb_root.scap" ] &&
    [ "$sb_root" != "$sb_child" ]; then
	pass "split --by pid: child $sb_child of $sb_parent is in the piece of root $sb_root"
else
	fail "split --by pid: a child is in its parent's tree" "child=$sb_child parent=$sb_parent root=$sb_root in:$sb_in"
fi

# The options --by combines with.  -f: the pieces hold exactly the
# matching events (the others only as hidden state-only events), and a
# tree none of whose events match gets no piece.
sb_f='evt.type in (execve,openat,open,read) or proc.name=ls'
rm -rf "$SB/p" && mkdir -p "$SB/p"
$SB_SPLIT -v --by pid -f "$sb_f" -w "$SB/p/o.scap" "$sb_cap" > "$SB/p.list"
$SB_CAT -f "$sb_f" "$sb_cap" | cut -d' ' -f2- | sb_norm | sort > "$SB/want"
sb_all=$($SB_SPLIT -v --by pid -w "$SB/p/all.scap" "$sb_cap" | wc -l)
sb_bad=
: > "$SB/got"
for sb_p in $(cut -f1 "$SB/p.list"); do
	sb_k=${sb_p##*/o-}
	$SB_CAT "$sb_p" | cut -d' ' -f2- | sb_norm | sort > "$SB/a"
	[ -s "$SB/a" ] || sb_bad="$sb_bad empty:$sb_k"
	# a part of what the piece of the same tree holds without -f
	$SB_CAT "$SB/p/all-$sb_k" | cut -d' ' -f2- | sb_norm | sort > "$SB/b"
	[ -z "$(comm -23 "$SB/a" "$SB/b")" ] || sb_bad="$sb_bad tree:$sb_k"
	cat "$SB/a" >> "$SB/got"
done
sort -o "$SB/got" "$SB/got"
cmp -s "$SB/want" "$SB/got" || sb_bad="$sb_bad events"
if [ -s "$SB/want" ] && [ -z "$sb_bad" ] && [ "$(wc -l < "$SB/p.list")" -lt "$sb_all" ]; then
	pass "split --by pid -f: the matching events, in the pieces of their trees"
else
	fail "split --by pid -f" "$(wc -l < "$SB/p.list") of $sb_all pieces:$sb_bad"
fi
# --since/--until: the pieces together hold what the one window piece
# of the same times holds.
$SB_SPLIT --since +2 --until +4 -w "$SB/win.scap" "$sb_cap"
$SB_CAT "$SB/win.scap" | cut -d' ' -f2- | sb_norm | sort > "$SB/want"
rm -rf "$SB/p" && mkdir -p "$SB/p"
$SB_SPLIT -v --by proc --since +2 --until +4 -w "$SB/p/o.scap" "$sb_cap" > "$SB/p.list"
$SB_SPLIT --by proc -w "$SB/p/all.scap" "$sb_cap"
sb_bad=
: > "$SB/got"
for sb_p in $(cut -f1 "$SB/p.list"); do
	sb_k=${sb_p##*/o-}
	$SB_CAT "$sb_p" | cut -d' ' -f2- | sb_norm | sort > "$SB/a"
	# a part of the piece of the same key without a window
	$SB_CAT "$SB/p/all-$sb_k" | cut -d' ' -f2- | sb_norm | sort > "$SB/b"
	[ -s "$SB/a" ] && [ -z "$(comm -23 "$SB/a" "$SB/b")" ] || sb_bad="$sb_bad $sb_k"
	cat "$SB/a" >> "$SB/got"
done
sort -o "$SB/got" "$SB/got"
cmp -s "$SB/want" "$SB/got" || sb_bad="$sb_bad events"
if [ -s "$SB/want" ] && [ -z "$sb_bad" ] && [ "$(wc -l < "$SB/want")" -lt "$($SB_CAT "$sb_cap" | wc -l)" ]; then
	pass "split --by proc --since --until: the window's events, in the pieces of their trees"
else
	fail "split --by proc --since --until" "$sb_bad"
fi
# -z: gzip-compressed pieces, under the same names, that read as the
# uncompressed ones do.
rm -rf "$SB/z" "$SB/u" && mkdir -p "$SB/z" "$SB/u"
$SB_SPLIT --by pid -z -w "$SB/z/o.scap" "$sb_cap"
$SB_SPLIT --by pid -w "$SB/u/o.scap" "$sb_cap"
sb_bad=
for sb_p in "$SB"/u/o-*.scap; do
	sb_z="$SB/z/${sb_p##*/}"
	gzip -t "$sb_z" 2> /dev/null || sb_bad="$sb_bad gzip:${sb_p##*/}"
	$SB_CAT "$sb_p" > "$SB/a"
	$SB_CAT "$sb_z" | cmp -s - "$SB/a" || sb_bad="$sb_bad ${sb_p##*/}"
done
[ "$(ls "$SB/z" | wc -l)" -eq "$(ls "$SB/u" | wc -l)" ] || sb_bad="$sb_bad count"
if [ -z "$sb_bad" ]; then pass "split --by pid -z"; else fail "split --by pid -z" "$sb_bad"; fi
# Standard input: the same pieces as from the file.
rm -rf "$SB/p" && mkdir -p "$SB/p"
$SB_SPLIT --by pid -w "$SB/p/o.scap" - < "$sb_cap"
sb_bad=
for sb_p in "$SB"/u/o-*.scap; do
	$SB_CAT "$sb_p" > "$SB/a"
	$SB_CAT "$SB/p/${sb_p##*/}" 2> /dev/null | cmp -s - "$SB/a" || sb_bad="$sb_bad ${sb_p##*/}"
done
[ "$(ls "$SB/p" | wc -l)" -eq "$(ls "$SB/u" | wc -l)" ] || sb_bad="$sb_bad count"
if [ -z "$sb_bad" ]; then pass "split --by pid reads standard input"; else fail "split --by pid reads standard input" "$sb_bad"; fi

# Names.  The keys of the pieces in $SB/u (o-KEY.scap), in the order -v
# lists them (that of the trees' first events).
$SB_SPLIT -v --by pid -w "$SB/u/o.scap" "$sb_cap" | cut -f1 | sed 's,.*/o-,,; s,\.scap$,,' > "$SB/keys.order"
sort "$SB/keys.order" > "$SB/keys.sorted"
# sb_names TEST DIR PREFIX SUFFIX: DIR holds PREFIX KEY SUFFIX for every
# key, and nothing else.
sb_names() {
	(cd "$2" && ls -A) | sort > "$SB/names.got"
	sed "s/^/$3/; s/\$/$4/" "$SB/keys.sorted" | sort > "$SB/names.want"
	cmp -s "$SB/names.got" "$SB/names.want" && pass "$1" ||
	    fail "$1" "$(comm -3 "$SB/names.want" "$SB/names.got" | head -3 | tr '\n\t' '  ')"
}
rm -rf "$SB/n" && mkdir -p "$SB/n/a" "$SB/n/b.d" "$SB/n/c" "$SB/n/def" "$SB/n/stdin"
$SB_SPLIT --by pid -w "$SB/n/a/out" "$sb_cap"
sb_names "split --by: a name without extension gets -KEY" "$SB/n/a" out- ""
$SB_SPLIT --by pid -w "$SB/n/b.d/out" "$sb_cap"
sb_names "split --by: a dot in the directory is no extension" "$SB/n/b.d" out- ""
$SB_SPLIT --by pid -w "$SB/n/c/out.x.scap.gz" "$sb_cap"
sb_names "split --by: the key goes before the last extension" "$SB/n/c" out.x.scap- .gz
sb_top=$(pwd)
(cd "$SB/n/def" && "$sb_top/$SB_SPLIT" --by pid "$sb_top/$sb_cap")
sb_names "split --by: the default name is the input's" "$SB/n/def" process_activity- .scap
(cd "$SB/n/stdin" && "$sb_top/$SB_SPLIT" --by pid - < "$sb_top/$sb_cap")
sb_names "split --by: the default name from standard input" "$SB/n/stdin" split- .scap
# Templates: %n numbers the pieces in the order of their first events,
# %k is the key, the rest is strftime(3) of the piece's first event.
rm -rf "$SB/t" && mkdir -p "$SB/t"
TZ=UTC $SB_SPLIT -v --by pid -w "$SB/t/%n-%k-%H%M%S.scap" "$sb_cap" > "$SB/t.list"
sb_bad='' sb_i=0
while IFS='	' read -r sb_p _; do
	sb_k=$(sed -n "$((sb_i + 1))p" "$SB/keys.order")
	sb_t=$(TZ=UTC $SB_CAT "$sb_p" | head -1 | cut -d' ' -f2 | cut -d. -f1 | tr -d :)
	[ "$sb_p" = "$SB/t/$sb_i-$sb_k-$sb_t.scap" ] || sb_bad="$sb_bad ${sb_p##*/}(want $sb_i-$sb_k-$sb_t)"
	sb_i=$((sb_i + 1))
done < "$SB/t.list"
[ $sb_i -eq "$(wc -l < "$SB/keys.order")" ] && [ $sb_i -eq "$(ls "$SB/t" | wc -l)" ] || sb_bad="$sb_bad count:$sb_i"
if [ -z "$sb_bad" ]; then pass "split --by: template %n-%k-%H%M%S"; else fail "split --by: template %n-%k-%H%M%S" "$sb_bad"; fi
# Names from --by proc are made safe for a file name.  No capture here
# has such a process name, so one is made: "tee" renamed, in place, in
# process_activity.scap (the same length: the blocks stay whole).
rm -rf "$SB/s" && mkdir -p "$SB/s/tee" "$SB/s/1" "$SB/s/2" "$SB/s/3"
$SB_SPLIT --by proc -w "$SB/s/tee/o.scap" "$sb_cap"
sb_san() {	# TEST REPLACEMENT -w-NAME PIECE
	LC_ALL=C sed "s/tee/$2/g" "$sb_cap" > "$SB/s/in.scap"
	rm -rf "$SB/s/out" && mkdir -p "$SB/s/out"
	$SB_SPLIT --by proc -w "$SB/s/out/$3" "$SB/s/in.scap" 2> "$SB/err"
	# the piece of the renamed tree prints what the piece of "tee" prints
	sb_want=$4
	$SB_CAT "$SB/s/tee/o-tee.scap" | LC_ALL=C sed "s/tee/$2/g" > "$SB/a"
	if [ -f "$SB/s/out/$sb_want" ] && $SB_CAT "$SB/s/out/$sb_want" | cmp -s - "$SB/a" &&
	    [ "$(ls "$SB/s/out" | wc -l)" -eq "$(ls "$SB/s/tee" | wc -l)" ]; then
		pass "$1"
	else
		fail "$1" "$(ls "$SB/s/out" | tr '\n' ' ')"
	fi
}
sb_san "split --by proc: '/' in a name becomes '_'" 't\/e' o.scap o-t_e.scap
sb_san "split --by proc: a leading '.' and DEL become '_'" '.e\x7f' o.scap o-_e_.scap
sb_san "split --by proc: a control character becomes '_'" 't\x01e' o.scap o-t_e.scap
sb_san "split --by proc: '%' in a key is no conversion in a template" 't%e' '%k.scap' 't%e.scap'

# Usage errors: exit 2 with a message.
sb_usage() {	# TEST ARGS...
	sb_t=$1
	shift
	$SB_SPLIT "$@" "$sb_cap" > "$SB/out" 2> "$SB/err"
	sb_rc=$?
	[ $sb_rc -eq 2 ] && grep -q . "$SB/err" && pass "split --by usage: $sb_t" ||
	    fail "split --by usage: $sb_t" "exit $sb_rc: $(head -1 "$SB/err")"
}
rm -rf "$SB/us" && mkdir -p "$SB/us"
sb_usage "--by bad" --by bad -w "$SB/us/o.scap"
sb_usage "--by without a value" -w "$SB/us/o.scap" --by
sb_usage "--by with -e" --by pid -e 100 -w "$SB/us/o.scap"
sb_usage "--by with -C" --by pid -C 1 -w "$SB/us/o.scap"
sb_usage "--by with -G" --by proc -G 1 -w "$SB/us/o.scap"
sb_usage "--by with -W" --by proc -W 3 -w "$SB/us/o.scap"
sb_usage "--by with -w -" --by pid -w -
sb_usage "--by with a template without %k or %n" --by pid -w "$SB/us/%Y%m%d.scap"
[ -z "$(ls -A "$SB/us")" ] && pass "split --by usage errors write nothing" ||
    fail "split --by usage errors write nothing" "$(ls -A "$SB/us" | head -3)"

# Faults.  A piece that would replace the input is refused: nothing is
# written, and the input is left alone.
rm -rf "$SB/in" && mkdir -p "$SB/in"
cp "$sb_cap" "$SB/in/o-sh.scap"
$SB_SPLIT --by proc -w "$SB/in/o.scap" "$SB/in/o-sh.scap" 2> "$SB/err"
sb_rc=$?
[ $sb_rc -eq 1 ] && grep -q 'o-sh.scap: is an input' "$SB/err" && cmp -s "$sb_cap" "$SB/in/o-sh.scap" &&
    [ "$(ls -A "$SB/in")" = o-sh.scap ] &&
    pass "split --by refuses to overwrite an input" ||
    fail "split --by refuses to overwrite an input" "exit $sb_rc: $(ls -A "$SB/in" | tr '\n' ' ')"
# sb_fault TEST DIR MESSAGE: the last run failed with exit 1, a message
# naming a piece and saying MESSAGE, and left no file in DIR.
sb_fault() {
	if [ $sb_rc -eq 1 ] && grep -q "o-[^ ]*\.scap.*$3" "$SB/err" && [ -z "$(ls -A "$2")" ]; then
		pass "$1"
	else
		fail "$1" "exit $sb_rc: $(head -1 "$SB/err"); left: $(ls -A "$2" | head -3 | tr '\n' ' ')"
	fi
}
$SB_SPLIT --by pid -w "$SB/no/such/o.scap" "$sb_cap" 2> "$SB/err"
sb_rc=$?
[ $sb_rc -eq 1 ] && grep -q 'o-[0-9]*\.scap: No such file or directory' "$SB/err" && [ ! -e "$SB/no" ] &&
    pass "split --by into a missing directory fails clearly" ||
    fail "split --by into a missing directory fails clearly" "exit $sb_rc: $(head -1 "$SB/err")"
# Too many files open: every unfinished piece is removed.
rm -rf "$SB/mf" && mkdir -p "$SB/mf"
sb_cap2=tests/data/corpus/502Error.scap
sb_n=$($SB_SPLIT -v --by pid -w "$SB/u/x.scap" "$sb_cap2" | wc -l)
# shellcheck disable=SC3045
(ulimit -n 16 && $SB_SPLIT --by pid -w "$SB/mf/o.scap" "$sb_cap2") 2> "$SB/err"
sb_rc=$?
# shellcheck disable=SC3045
if ! (ulimit -n 16) 2> /dev/null; then
	:	# a shell without ulimit -n: no check
elif [ "$sb_n" -gt 16 ]; then
	sb_fault "split --by with too many files open fails clearly, leaves nothing" "$SB/mf" 'Too many open files.*at most 16 files'
else
	fail "split --by with too many files open" "$sb_cap2 has only $sb_n pieces"
fi
if [ "$(id -u)" = 0 ] && mkdir -p "$SB/ro" "$SB/full" &&
    mount -t tmpfs -o ro,size=1m tmpfs "$SB/ro" 2> /dev/null; then
	$SB_SPLIT --by proc -w "$SB/ro/o.scap" "$sb_cap" 2> "$SB/err"
	sb_rc=$?
	sb_fault "split --by into a read-only directory fails clearly" "$SB/ro" 'Read-only file system'
	umount "$SB/ro"
	# A full disk: all pieces are unfinished, and removed.
	mount -t tmpfs -o size=200k tmpfs "$SB/full"
	$SB_SPLIT --by proc -w "$SB/full/o.scap" "$sb_cap" 2> "$SB/err"
	sb_rc=$?
	sb_fault "split --by onto a full disk fails clearly, leaves nothing" "$SB/full" 'No space left on device'
	umount "$SB/full"
else
	mkdir -p "$SB/ro" && chmod 555 "$SB/ro"
	$SB_SPLIT --by proc -w "$SB/ro/o.scap" "$sb_cap" 2> "$SB/err"
	sb_rc=$?
	sb_fault "split --by into an unwritable directory fails clearly" "$SB/ro" 'Permission denied'
	chmod 755 "$SB/ro"
fi
# SIGINT: reading stops, every piece opened so far is finished (and whole),
# and scap-split dies of the signal, even while it waits on a pipe that
# has gone silent (the writer of the pipe still there).
rm -rf "$SB/sig" && mkdir -p "$SB/sig"
rm -f "$SB/fifo" && mkfifo "$SB/fifo"
$SB_SPLIT --by pid -w "$SB/sig/o.scap" - < "$SB/fifo" 2> "$SB/sigerr" &
sb_pid=$!
exec 9> "$SB/fifo"
head -c 300000 "$sb_cap" >&9
sleep 1
signal_wait INT $sb_pid
sb_alive=$alive
exec 9>&-
wait $sb_pid
sb_rc=$?
$SB_CAT "$sb_cap" | cut -d' ' -f2- | sb_norm | sort > "$SB/all"
sb_bad='' sb_n=0
for sb_p in "$SB"/sig/o-*.scap; do
	[ -e "$sb_p" ] || continue
	$SB_CAT "$sb_p" > "$SB/a" 2> "$SB/err" || sb_bad="$sb_bad ${sb_p##*/}"
	cut -d' ' -f2- "$SB/a"
done | sb_norm | sort > "$SB/got"
sb_n=$(wc -l < "$SB/got")
# the pieces hold a part of the original's events, and nothing else
if [ $sb_rc -eq 130 ] && [ $sb_alive -eq 0 ] && [ ! -s "$SB/sigerr" ] &&
    [ -z "$sb_bad" ] && [ "$sb_n" -gt 0 ] && [ "$sb_n" -lt "$(wc -l < "$SB/all")" ] &&
    [ -z "$(comm -13 "$SB/all" "$SB/got")" ] && [ -z "$(find "$SB/sig" -name '.*' ! -name .)" ]; then
	pass "split --by on SIGINT finishes every piece and dies of the signal"
else
	fail "split --by on SIGINT" "exit $sb_rc, still running: $sb_alive, $sb_n lines,$sb_bad $(head -n 1 "$SB/sigerr")"
fi
rm -f "$SB/fifo"
[ -n "${KEEP:-}" ] || rm -rf "$SB"
