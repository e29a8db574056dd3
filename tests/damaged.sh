# damaged.sh - scap-cat against damaged copies of corpus captures
# (sourced by run.sh).
#
# Every damaged input must give exit status 1 (never a crash, never a
# hang), exactly one line on stderr naming the file and the byte offset of
# the damage, and on stdout exactly what the intact capture prints for
# the events that are complete before the damage.  A cut exactly at a
# block boundary is a valid shorter capture, so there exit 0 (with a
# quiet stderr) is accepted too.  Reading never changes an input.
#
# tests/blocks.c, built here, lists the blocks of a plain capture.  With K
# the number of event blocks complete before the damage, the expected
# output is the lines of the intact output whose first field (evt.num,
# the ordinal of the event block in these captures) is at most K; the
# offset to be named is the start of the damaged block.
#
# Captures: all block boundaries of rot_events.scap3 and filtered_cat.scap,
# ~150 offsets inside blocks of each, corrupted lengths, bad magic, empty
# and non-capture files, cut gzip streams; samples also through a pipe.

DMC=tools/scap-cat
DMW=$W/damaged
DMD=tests/data/corpus
DMI=$DMW/in
mkdir -p "$DMI"
dm_fail0=$FAIL
if command -v timeout >/dev/null 2>&1; then DMTO="timeout 10"; else DMTO=; fi

# dm_run FILE [pipe]: scap-cat FILE (with "pipe": cat FILE | scap-cat -),
# stdout to $DMW/out, stderr to $DMW/err.  Sets dm_rc, dm_nerr (lines on
# stderr) and dm_line (the first of them).
dm_run() {
	if [ $# -gt 1 ]; then
		cat "$1" | $DMTO "$DMC" - > "$DMW/out" 2> "$DMW/err"
	else
		$DMTO "$DMC" "$1" < /dev/null > "$DMW/out" 2> "$DMW/err"
	fi
	dm_rc=$?
	dm_nerr=0
	dm_line=
	while IFS= read -r dm_ln || [ -n "$dm_ln" ]; do
		dm_nerr=$((dm_nerr + 1))
		[ "$dm_nerr" -eq 1 ] && dm_line=$dm_ln
	done < "$DMW/err"
}

# dm_check NAME MODE LO HI M: judge the last dm_run, whose input the
# message must call NAME.  MODE err: exit 1 and one line on stderr naming
# NAME and "offset N", N being LO or HI.  MODE either: that, or exit 0 with
# nothing on stderr.  Both: stdout is the first M lines of $dm_full.
# Returns 1 with the reason in dm_why.
dm_check() {
	dm_why=
	if [ "$dm_rc" -eq 124 ] && [ -n "$DMTO" ]; then
		dm_why="hangs (killed after 10 s)"
	elif [ "$dm_rc" -ge 128 ]; then
		dm_why="crashed (exit status $dm_rc)"
	elif [ "$dm_rc" -eq 0 ] && [ "$2" = either ]; then
		[ "$dm_nerr" -eq 0 ] || dm_why="exit 0 but stderr says: $dm_line"
	elif [ "$dm_rc" -ne 1 ]; then
		dm_why="exit status $dm_rc, expected 1${dm_line:+ (stderr: $dm_line)}"
	elif [ "$dm_nerr" -ne 1 ]; then
		dm_why="$dm_nerr lines on stderr, expected 1${dm_line:+ (first: $dm_line)}"
	else
		dm_n=
		case $dm_line in
		*"$1"*"offset "[0-9]*)
			dm_n=${dm_line#*"$1"}
			dm_n=${dm_n#*"offset "}
			dm_n=${dm_n%%[!0-9]*}
		esac
		dm_want=$3
		[ "$3" = "$4" ] || dm_want="$3 or $4"
		case $dm_n in
		"" | *[!0-9]*)
			dm_why="message does not name $1 and an offset: $dm_line" ;;
		*)
			if [ "$dm_n" != "$3" ] && [ "$dm_n" != "$4" ]; then
				dm_why="message names offset $dm_n, expected $dm_want: $dm_line"
			fi
		esac
	fi
	if [ -z "$dm_why" ] && ! head -n "$5" "$dm_full" | cmp -s - "$DMW/out"
	then
		dm_why="stdout is not the first $5 lines of the intact output:"
		dm_why="$dm_why got $(wc -l < "$DMW/out") lines, last numbered"
		dm_why="$dm_why $(tail -n 1 "$DMW/out" | cut -d' ' -f1) (exit $dm_rc${dm_line:+, $dm_line})"
	fi
	[ -z "$dm_why" ]
}

# dm_pipe FILE: after a passing dm_run FILE, run it again through a pipe:
# same exit status, same stdout, and the same message naming <stdin>.
dm_pipe() {
	dm_prc=$dm_rc
	dm_pline=$dm_line
	cp "$DMW/out" "$DMW/out.file"
	dm_run "$1" pipe
	dm_why=
	if [ "$dm_rc" -ne "$dm_prc" ]; then
		dm_why="through a pipe: exit status $dm_rc, from the file $dm_prc"
	elif ! cmp -s "$DMW/out" "$DMW/out.file"; then
		dm_why="through a pipe: stdout differs from reading the file"
	elif [ -n "$dm_pline" ] && [ "$dm_nerr" -ne 1 ]; then
		dm_why="through a pipe: $dm_nerr lines on stderr"
	elif [ -n "$dm_pline" ] && [ "$dm_line" != \
	    "${dm_pline%%"$1"*}<stdin>${dm_pline#*"$1"}" ]; then
		dm_why="through a pipe: '$dm_line', from the file '$dm_pline'"
	elif [ -z "$dm_pline" ] && [ "$dm_nerr" -ne 0 ]; then
		dm_why="through a pipe: stderr says $dm_line"
	fi
	[ -z "$dm_why" ]
}

# dm_keep TAG FILE: keep a failing input with its output for a look.
dm_keep() {
	cp "$2" "$DMW/fail-$1.in" 2>/dev/null
	cp "$DMW/out" "$DMW/fail-$1.out"
	cp "$DMW/err" "$DMW/fail-$1.err"
}

# dm_one TEST FILE MODE LO HI M: check one damaged input, read as a file
# and through a pipe, and that reading left it unchanged.
dm_one() {
	dm_sum=$(cksum < "$2")
	dm_run "$2"
	if ! dm_check "$2" "$3" "$4" "$5" "$6" ||
	    ! dm_pipe "$2"; then
		dm_keep "$(basename "$2")" "$2"
		fail "$1" "$dm_why (kept as $DMW/fail-$(basename "$2").*)"
	elif [ "$(cksum < "$2")" != "$dm_sum" ]; then
		fail "$1" "$2 changed by reading it"
	else
		pass "$1"
	fi
}

# dm_plan BLOCKS FULL KIND [ARG]: what to cut or corrupt, and what to
# expect, from the block list of a capture and its intact output.
#   boundary  every block boundary: "OFFSET MODE LO HI M WHERE"
#   inside    a sample of offsets inside blocks: same form
#   block     the block chosen by ARG ("event-mid" or a type such as
#             0x215): "START LENGTH M"
#   events    "EVENTBLOCKS LASTNUM": checks the premise of the above
# M is the number of intact output lines with evt.num <= K.
dm_plan() {
	awk -v kind="$3" -v full="$2" -v arg="${4:-}" '
	function name(t) {
		if (t == "0xa0d0d0a") return "section-header"
		if (t == "0x201") return "machine-info"
		if (t ~ /^0x(202|207|209|21[0-5])$/) return "process-list"
		if (t ~ /^0x(203|218)$/) return "fd-list"
		if (t ~ /^0x(205|219)$/) return "interface-list"
		if (t ~ /^0x(206|220)$/) return "user-list"
		return "event"
	}
	# a cut d bytes into block i
	function inside(i, d,   c) {
		if (d < 1 || d >= bl[i])
			return
		c = bs[i] + d
		if (c in seen)
			return
		seen[c] = 1
		printf "%d err %d %d %d inside-%s-block-%d+%d\n", c, bs[i],
		    bs[i], mk[kb[i]], name(bt[i]), i, d
	}
	$2 == "end" { size = $1; next }
	$2 == "bad" { size = -1; next }
	{ n++; bs[n] = $1; bt[n] = $2; bl[n] = $3; ev[n] = $4 }
	END {
		if (size < 0) {
			print "blocks helper: not a clean capture" > "/dev/stderr"
			exit 1
		}
		k = 0; ne = 0
		for (i = 1; i <= n; i++) {
			kb[i] = k; k += ev[i]
			if (ev[i]) evi[++ne] = i
		}
		kb[n + 1] = k; bs[n + 1] = size
		nl = 0
		while ((getline line < full) > 0) {
			split(line, f, " ")
			num[++nl] = f[1] + 0
		}
		j = 0
		for (K = 0; K <= k; K++) {
			while (j < nl && num[j + 1] <= K) j++
			mk[K] = j
		}
		if (kind == "events") {
			print ne, num[nl] + 0
		} else if (kind == "boundary") {
			for (i = 1; i <= n + 1; i++)
				printf "%d %s %d %d %d boundary-before-block-%d\n",
				    bs[i], bs[i] ? "either" : "err", bs[i], bs[i],
				    mk[kb[i]], i
		} else if (kind == "inside") {
			split("1 2 3 4 7 8 9 12 16 24 27", d, " ")
			for (x = 1; x in d; x++) inside(1, d[x])
			split("1 4 7 8 12", d, " ")
			for (i = 2; i <= n; i++) {
				if (ev[i]) continue
				for (x = 1; x in d; x++) inside(i, d[x])
				inside(i, int(bl[i] / 2))
				inside(i, bl[i] - 4)
				inside(i, bl[i] - 1)
			}
			# the first and the last event in detail, 60 in between
			split("1 4 7 8 12 26 30", d, " ")
			for (x = 1; x in d; x++) {
				inside(evi[1], d[x]); inside(evi[ne], d[x])
			}
			inside(evi[1], bl[evi[1]] - 1)
			inside(evi[ne], bl[evi[ne]] - 4)
			inside(evi[ne], bl[evi[ne]] - 1)
			for (j = 1; j <= 60; j++) {
				i = evi[int(j * ne / 61) + 1]
				inside(i, 1 + (j * 7919) % (bl[i] - 1))
			}
		} else if (kind == "block") {
			for (i = 1; i <= n; i++)
				if (arg == "event-mid" ? i == evi[int(ne / 2)] : \
				    bt[i] == arg) {
					print bs[i], bl[i], mk[kb[i]]
					exit 0
				}
			print "no block", arg > "/dev/stderr"
			exit 1
		}
	}' "$1"
}

# dm_poke SRC OFF VALUE DST: DST is SRC with the u32 at OFF set to VALUE.
dm_poke() {
	dm_bytes=$(printf '\\%03o\\%03o\\%03o\\%03o' $(($3 & 255)) \
	    $(($3 >> 8 & 255)) $(($3 >> 16 & 255)) $(($3 >> 24 & 255)))
	{ head -c "$2" "$1"; printf "$dm_bytes"; tail -c +"$(($2 + 5))" "$1"; } \
	    > "$4"
}

# dm_cuts TEST SRC PLAN: cut SRC at every offset PLAN lists and check
# each; every 10th also through a pipe and for being left unchanged.
dm_cuts() {
	dm_f=$DMI/$(basename "$2").cut
	dm_i=0
	dm_bad=0
	dm_first=
	while read -r dm_c dm_mode dm_lo dm_hi dm_m dm_where; do
		dm_i=$((dm_i + 1))
		head -c "$dm_c" "$2" > "$dm_f"
		[ $((dm_i % 10)) -eq 0 ] && dm_sum=$(cksum < "$dm_f")
		dm_run "$dm_f"
		if dm_check "$dm_f" "$dm_mode" "$dm_lo" "$dm_hi" "$dm_m"; then
			[ $((dm_i % 10)) -eq 0 ] || continue
			if ! dm_pipe "$dm_f"; then
				:
			elif [ "$(cksum < "$dm_f")" != "$dm_sum" ]; then
				dm_why="the input was changed by reading it"
			else
				continue
			fi
		fi
		dm_bad=$((dm_bad + 1))
		[ "$dm_bad" -le 5 ] && dm_keep "$(basename "$2")-$dm_c" "$dm_f"
		[ -n "$dm_first" ] && continue
		dm_first="cut at $dm_c ($dm_where): $dm_why"
	done < "$3"
	rm -f "$dm_f"
	if [ "$dm_i" -eq 0 ]; then
		fail "$1" "nothing to test (plan $3)"
	elif [ "$dm_bad" -eq 0 ]; then
		pass "$1 ($dm_i cuts)"
	else
		fail "$1" "$dm_bad of $dm_i cuts wrong (inputs and output of the first 5 kept as $DMW/fail-*); first: $dm_first"
	fi
}

dm_corpus_sum=$(cat "$DMD"/* | cksum)

if ! cc -O2 -o "$DMW/blocks" tests/blocks.c; then
	fail "damaged: build tests/blocks.c"
else
	for dm_src in "$DMD/rot_events.scap3" "$DMD/filtered_cat.scap"; do
		dm_b=$(basename "$dm_src")
		dm_full=$DMW/$dm_b.full
		dm_blk=$DMW/$dm_b.blocks
		if ! "$DMW/blocks" "$dm_src" > "$dm_blk"; then
			fail "damaged $dm_b" "tests/blocks.c cannot walk it"
			continue
		fi
		if ! $DMC "$dm_src" > "$dm_full" 2> "$DMW/err" ||
		    [ -s "$DMW/err" ]; then
			fail "damaged $dm_b" "the intact capture does not read cleanly"
			continue
		fi
		# The premise: evt.num counts event blocks.
		read -r dm_ne dm_last <<-EOT
		$(dm_plan "$dm_blk" "$dm_full" events)
		EOT
		if [ "${dm_ne:-0}" -lt "${dm_last:-1}" ]; then
			fail "damaged $dm_b" "$dm_ne event blocks, events numbered up to $dm_last"
			continue
		fi
		dm_plan "$dm_blk" "$dm_full" boundary > "$DMW/$dm_b.plan-b" &&
		    dm_cuts "damaged $dm_b cut at every block boundary" \
		    "$dm_src" "$DMW/$dm_b.plan-b"
		dm_plan "$dm_blk" "$dm_full" inside > "$DMW/$dm_b.plan-i" &&
		    dm_cuts "damaged $dm_b cut inside blocks" \
		    "$dm_src" "$DMW/$dm_b.plan-i"
	done

	# Corrupted length fields, at the start and at the end of a block:
	# in an event block in the middle, in the process list, in an fd list.
	dm_b=filtered_cat.scap
	dm_src=$DMD/$dm_b
	dm_full=$DMW/$dm_b.full
	dm_blk=$DMW/$dm_b.blocks
	for dm_sel in event-mid 0x215 0x218; do
		dm_s=
		read -r dm_s dm_l dm_m <<-EOT
		$(dm_plan "$dm_blk" "$dm_full" block "$dm_sel")
		EOT
		if [ -z "$dm_s" ]; then
			fail "damaged $dm_b corrupted length ($dm_sel)" "no such block"
			continue
		fi
		for dm_v in $((dm_l + 4)) $((dm_l - 4)) 8 0 4294967292 65540 \
		    $((dm_l * 2)); do
			dm_f=$DMI/$dm_b.len-$dm_sel-$dm_v
			dm_poke "$dm_src" $((dm_s + 4)) "$dm_v" "$dm_f"
			dm_one "damaged $dm_b length of $dm_sel block at $dm_s set to $dm_v" \
			    "$dm_f" err "$dm_s" "$dm_s" "$dm_m"
		done
		dm_f=$DMI/$dm_b.trailer-$dm_sel
		dm_poke "$dm_src" $((dm_s + dm_l - 4)) $((dm_l + 4)) "$dm_f"
		dm_one "damaged $dm_b trailing length of $dm_sel block at $dm_s" \
		    "$dm_f" err "$dm_s" "$dm_s" "$dm_m"
		# the same, compressed: the offset is in the plain data
		gzip -c "$dm_f" > "$dm_f.gz"
		dm_one "damaged $dm_b trailing length of $dm_sel block, gzip" \
		    "$dm_f.gz" err "$dm_s" "$dm_s" "$dm_m"
	done

	# A cut inside an event block, compressed (an intact gzip stream).
	read -r dm_s dm_l dm_m <<-EOT
	$(dm_plan "$dm_blk" "$dm_full" block event-mid)
	EOT
	head -c $((dm_s + dm_l / 2)) "$dm_src" | gzip -c > "$DMI/$dm_b.cutmid.gz"
	dm_one "damaged $dm_b cut inside an event block, gzip" \
	    "$DMI/$dm_b.cutmid.gz" err "$dm_s" "$dm_s" "$dm_m"

	# Bad byte-order magic: byte-swapped, zero.  The offset named may be
	# the block's (0) or the magic's (8).
	dm_poke "$dm_src" 8 $((0x4d3c2b1a)) "$DMI/$dm_b.swapped"
	dm_one "damaged $dm_b byte-swapped magic" "$DMI/$dm_b.swapped" err 0 8 0
	dm_poke "$dm_src" 8 0 "$DMI/$dm_b.nomagic"
	dm_one "damaged $dm_b zero magic" "$DMI/$dm_b.nomagic" err 0 8 0

	# Cut gzip streams: in the gzip header, in the middle, near the end,
	# in the trailer.  What gzip -d recovers of the data is the part that
	# must be delivered; the offset named is the start of the damaged
	# block (as for plain files) or the end of the recovered data.
	gzip -c "$dm_src" > "$DMI/$dm_b.gz"
	dm_g=$(wc -c < "$DMI/$dm_b.gz")
	for dm_c in 10 $((dm_g / 4)) $((dm_g / 2)) $((dm_g * 3 / 4)) \
	    $((dm_g - 100)) $((dm_g - 8)) $((dm_g - 1)); do
		dm_f=$DMI/$dm_b.gzcut-$dm_c.gz
		head -c "$dm_c" "$DMI/$dm_b.gz" > "$dm_f"
		gzip -dc < "$dm_f" > "$DMI/part" 2>/dev/null
		dm_l=$(wc -c < "$DMI/part")
		read -r dm_s dm_k <<-EOT
		$("$DMW/blocks" "$DMI/part" | awk '{ k += $4 } END { print $1, k + 0 }')
		EOT
		dm_m=$(awk -v k="$dm_k" '$1 + 0 <= k + 0 { n++ } END { print n + 0 }' "$dm_full")
		dm_one "damaged $dm_b gzip stream cut at $dm_c of $dm_g" \
		    "$dm_f" err "$dm_s" "$dm_l" "$dm_m"
	done

	# Empty, and not a capture at all.
	: > "$DMI/empty.scap"
	dm_one "damaged empty file" "$DMI/empty.scap" err 0 0 0
	gzip -c < "$DMI/empty.scap" > "$DMI/empty.scap.gz"
	dm_one "damaged empty gzip stream" "$DMI/empty.scap.gz" err 0 0 0
	cp tests/run.sh "$DMI/text.scap"
	dm_one "damaged text file" "$DMI/text.scap" err 0 0 0
	gzip -c tests/run.sh > "$DMI/text.scap.gz"
	dm_one "damaged compressed text file" "$DMI/text.scap.gz" err 0 0 0
	printf '\n\r\r\n\034\000\000\000' > "$DMI/header.scap"
	dm_one "damaged lone section header start" "$DMI/header.scap" err 0 0 0
fi

if [ "$(cat "$DMD"/* | cksum)" = "$dm_corpus_sum" ]; then
	pass "damaged: corpus unchanged"
else
	fail "damaged: corpus unchanged" "files in $DMD changed"
fi
# Failing cases are kept as $DMW/fail-*; the rest goes unless KEEP is set.
if [ -z "${KEEP:-}" ]; then
	rm -rf "$DMI"
	[ "$FAIL" -eq "$dm_fail0" ] && rm -rf "$DMW"
fi
