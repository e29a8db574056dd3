# top.sh - scap-top against what sysdig 0.29.3's chisels printed
# (sourced by run.sh).  References: tests/data/top/CAPTURE.VIEW.txt.gz,
# made by tests/mktop.sh, and the corpus' own chisel_VIEW.txt when
# ../shared is there.
D=tests/data/corpus
TOP=tools/scap-top
T="$W/top"
mkdir -p "$T"

# topcmp KIND GOT WANT: whether GOT is WANT up to the order of ties.
#
# sysdig sorts a table with Lua's table.sort, which is not stable and
# walks a hash table, so rows with equal values come in no fixed order
# (two runs can differ), and when the row limit cuts through a run of
# equal values, which of them fill the last places is arbitrary too.
# scap-top breaks ties by key.  So a reference is one of several right
# answers, and a table is right when
#   - its header lines (KIND table: the title and the dashes) are the
#     reference's,
#   - its column of values, line by line, is the reference's (so the
#     same number of rows, in the same order of values), and
#   - the rows whose value differs from the value of the reference's
#     last row (rows that sort strictly before it, so that every right
#     answer must print them) are, as a multiset of whole lines, the
#     reference's.
# Rows that tie with the last row may be any of the tied keys.  Values
# are compared as printed ("4.06KB"): a tie is a tie in print.
# KIND table: the value is the first 20 characters of a row; KIND
# count (fdcount_by): it follows the tab.  Other output must be equal.
topcmp() {
	case $1 in
	table|count) ;;
	*) cmp -s "$2" "$3"; return ;;
	esac
	awk -v kind="$1" -v got="$2" '
	function val(s,  i) {
		if (kind == "count") {
			i = index(s, "\t")
			return i ? substr(s, i + 1) : s
		}
		return substr(s, 1, 20)
	}
	FILENAME == got { g[++ng] = $0; next }
	{ w[++nw] = $0 }
	END {
		if (ng != nw)
			exit 1
		h = kind == "table" ? 2 : 0
		for (i = 1; i <= h && i <= nw; i++)
			if (g[i] != w[i])
				exit 1
		for (i = h + 1; i <= nw; i++)
			if (val(g[i]) != val(w[i]))
				exit 1
		if (nw <= h)
			exit 0
		last = val(w[nw])
		for (i = h + 1; i <= nw; i++) {
			if (val(w[i]) != last)
				m[w[i]]++
			if (val(g[i]) != last)
				m[g[i]]--
		}
		for (k in m)
			if (m[k] != 0)
				exit 1
		exit 0
	}' "$2" "$3"
}

kind_of() {	# VIEW: how its output compares
	case $1 in
	iobytes*|spy_users|list_login_shells) echo exact ;;
	fdcount_by) echo count ;;
	*) echo table ;;
	esac
}

# topcheck NAME KIND WANT CMD...
topcheck() {
	n=$1 k=$2 want=$3
	shift 3
	"$@" > "$T/got" 2> "$T/err"
	rc=$?
	if [ $rc -eq 0 ] && topcmp "$k" "$T/got" "$want"; then
		pass "$n"
	else
		fail "$n" "differs from sysdig, exit $rc ($* | diff - $want)"
		[ -n "${KEEP:-}" ] && cp "$T/got" "$W/$(echo "$n" | tr ' /' '__').got"
	fi
}

# The references of tests/data/top.
for ref in tests/data/top/*.txt.gz; do
	[ -f "$ref" ] || continue
	r=$(basename "$ref" .txt.gz)		# CAPTURE.VIEW[-ARG][.f]
	cap=$(echo "$r" | sed 's/^\(.*\.scap[0-9]*\)\..*$/\1/')
	v=${r#"$cap".}
	gzip -dc "$ref" > "$T/want"
	f=
	case $v in
	*.f) v=${v%.f}; f=proc.name=cat ;;
	esac
	view=${v%%-*}
	arg=
	[ "$view" != "$v" ] && arg=${v#*-}
	if [ -n "$f" ]; then
		topcheck "top $cap $view -f $f" "$(kind_of "$view")" "$T/want" $TOP -c "$view" -f "$f" "$D/$cap"
	else
		# shellcheck disable=SC2086
		topcheck "top $cap $view${arg:+ $arg}" "$(kind_of "$view")" "$T/want" $TOP -c "$view" $arg "$D/$cap"
	fi
done

# The corpus' references (the large capture's among them).
for ref in ../shared/corpus/*/*.ref/chisel_*.txt; do
	[ -f "$ref" ] || continue
	view=$(basename "$ref" .txt)
	view=${view#chisel_}
	[ "$view" = echo_fds ] && continue	# (not a table: another tool's)
	cap=${ref%.ref/*}
	# (sysdig refused some captures that it should read, see the
	# corpus' README: tests/data/top has what it prints for them)
	grep -q "^chisel_$view.txt	rc=0	" "${ref%/*}/COMMANDS.txt" 2>/dev/null || continue
	topcheck "top corpus $(basename "$cap") $view" "$(kind_of "$view")" "$ref" $TOP -c "$view" "$cap"
done

# The interface.
cap=$D/file_activity.scap
expect_top() {	# NAME WANT_EXIT CMD...
	n=$1 want=$2
	shift 2
	"$@" > "$T/x.out" 2> "$T/x.err"
	got=$?
	if [ "$got" -eq "$want" ]; then pass "top $n"; else fail "top $n" "exit $got, want $want"; fi
}
expect_top "-h exits 0" 0 $TOP -h
grep -q '^usage: scap-top ' "$T/x.out" && pass "top -h prints the usage" || fail "top -h prints the usage"
expect_top "-l exits 0" 0 $TOP -l
for v in topfiles_bytes topfiles_time topfiles_errors topprocs_cpu topprocs_net \
    topprocs_file topprocs_errors topconns topports_server topscalls topscalls_time \
    iobytes iobytes_file iobytes_net spy_users list_login_shells fdbytes_by fdcount_by fdtime_by; do
	grep -q "^$v " "$T/x.out" || fail "top -l lists $v"
done
pass "top -l lists the views"
expect_top "unknown view exits 2" 2 $TOP -c nosuchview "$cap"
expect_top "view without its field exits 2" 2 $TOP -c fdbytes_by
expect_top "bad field exits 2" 2 $TOP -c fdbytes_by proc.nosuch "$cap"
expect_top "bad filter exits 2" 2 $TOP -f 'proc.nme=cat' "$cap"
expect_top "bad -i exits 2" 2 $TOP -i 0 "$cap"
expect_top "bad -n exits 2" 2 $TOP -n x "$cap"
expect_top "missing file exits 1" 1 $TOP "$T/no-such.scap"
grep -q "^scap-top: $T/no-such.scap: " "$T/x.err" && pass "top missing file message" || fail "top missing file message"
# the default view is topfiles_bytes; standard input, gzip, -c 'VIEW ARG'
$TOP "$cap" > "$T/a" && $TOP -c topfiles_bytes < "$cap" > "$T/b" && cmp -s "$T/a" "$T/b" &&
    pass "top default view, stdin" || fail "top default view, stdin"
gzip -c "$cap" | $TOP - > "$T/b" && cmp -s "$T/a" "$T/b" && pass "top gzip input" || fail "top gzip input"
$TOP -c fdbytes_by proc.name "$cap" > "$T/a"; $TOP -c 'fdbytes_by proc.name' "$cap" > "$T/b"
cmp -s "$T/a" "$T/b" && [ -s "$T/a" ] && pass "top -c 'VIEW ARG'" || fail "top -c 'VIEW ARG'"
# -n: the row limit
$TOP -c topscalls -n 3 "$cap" | wc -l | grep -qx 5 && pass "top -n 3" || fail "top -n 3"
$TOP -c topscalls -n 0 "$cap" > "$T/all"
[ "$(wc -l < "$T/all")" -gt 32 ] && pass "top -n 0: every row" || fail "top -n 0: every row"
# -i: the tables of the intervals add up to the whole table
$TOP -c topscalls -n 0 -i 1 "$cap" > "$T/iv"
[ "$(grep -c '^# Calls' "$T/iv")" -gt 1 ] && pass "top -i: several tables" || fail "top -i: several tables"
sumrows() { awk 'substr($0, 1, 20) ~ /^[0-9]+ *$/ { s[substr($0, 21)] += $1 } END { for (k in s) print s[k], k }' "$1" | sort; }
[ "$(sumrows "$T/iv")" = "$(sumrows "$T/all")" ] && pass "top -i: intervals add up" || fail "top -i: intervals add up"
$TOP -c iobytes -i 2 "$cap" > "$T/iv2"
gzip -dc tests/data/top/file_activity.scap.iobytes.txt.gz > "$T/iv1"
[ "$(wc -l < "$T/iv2")" -lt "$(wc -l < "$T/iv1")" ] && pass "top -i 2 iobytes" || fail "top -i 2 iobytes"
# -f: sysdig's filter before the view's
$TOP -c topscalls -n 0 -f 'proc.name=cat' "$cap" > "$T/a"
grep -q 'openat' "$T/a" && ! grep -q 'procinfo' "$T/a" && pass "top -f" || fail "top -f"

# --json parses, with the same rows; --csv loads
if command -v jq > /dev/null 2>&1; then
	for v in topfiles_bytes topprocs_cpu topscalls "fdcount_by proc.name" iobytes spy_users list_login_shells; do
		# shellcheck disable=SC2086
		if $TOP -c "$v" --json "$cap" > "$T/j" && jq -e . "$T/j" > /dev/null 2>&1; then
			pass "top --json $v parses"
		else
			fail "top --json $v parses"
		fi
	done
	$TOP -c topscalls --json -i 1 "$cap" | jq -s -e 'length > 1' > /dev/null &&
	    pass "top --json -i: an object per interval" || fail "top --json -i: an object per interval"
	$TOP -c topscalls -n 0 --json "$cap" | jq -r '.data[] | "\(.[1]) \(.[0])"' | sort > "$T/j"
	awk '{ print $1, $2 }' "$T/all" | tail -n +3 | sort | cmp -s - "$T/j" &&
	    pass "top --json: the rows of the table" || fail "top --json: the rows of the table"
fi
if command -v sqlite3 > /dev/null 2>&1; then
	for v in topfiles_bytes topprocs_cpu topconns iobytes spy_users; do
		$TOP -c "$v" --csv "$D/502Error.scap" > "$T/c.csv"
		rm -f "$T/c.db"
		if sqlite3 "$T/c.db" ".import --csv $T/c.csv t" "select count(*) from t" > "$T/c.n" 2> "$T/c.err" &&
		    [ ! -s "$T/c.err" ] && [ "$(cat "$T/c.n")" -eq $(($(wc -l < "$T/c.csv") - 1)) ]; then
			pass "top --csv $v loads"
		else
			fail "top --csv $v loads" "$(head -2 "$T/c.err")"
		fi
	done
	$TOP -c topscalls -n 0 --csv "$cap" > "$T/c.csv"
	rm -f "$T/c.db"
	sqlite3 "$T/c.db" ".import --csv $T/c.csv t" 'select sum("# Calls") from t' > "$T/c.n"
	[ "$(cat "$T/c.n")" = "$(awk 'NR > 2 { s += $1 } END { print s }' "$T/all")" ] &&
	    pass "top --csv: the rows of the table" || fail "top --csv: the rows of the table"
fi
expect_top "--json --csv exits 2" 2 $TOP --json --csv "$cap"
[ -n "${KEEP:-}" ] || rm -rf "$T"
