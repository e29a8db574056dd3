# filter.sh - scap-grep's filters against sysdig's (sourced by run.sh).
# Every case of tests/filters.tsv (a capture and a filter expression) is
# run as
#     scap-grep -p '%evt.num' EXPRESSION tests/data/corpus/CAPTURE
# and must print exactly the event numbers that sysdig 0.29.3 printed for
# `sysdig -r CAPTURE -p %evt.num EXPRESSION` (tests/data/filters.expected,
# made by tests/mkfilters.sh), exiting 0 when something matched and 1
# when nothing did.  Where sysdig rejected the expression, scap-grep must
# exit 2, print nothing on stdout and exactly one line on stderr.
# One pass or fail per case, named "filter N: EXPRESSION (capture)".
# Cases run in parallel (FILTER_JOBS, default the number of CPUs);
# SCAP_GREP names another scap-grep to test.
filter_section() {
	f_grep=${SCAP_GREP:-tools/scap-grep}
	f_exp=tests/data/filters.expected
	f_dir=$W/filter
	if [ ! -x "$f_grep" ]; then
		fail "filter: $f_grep missing"
		return 0
	fi
	if [ ! -f "$f_exp" ]; then
		fail "filter: $f_exp missing" "run tests/mkfilters.sh"
		return 0
	fi
	mkdir -p "$f_dir"

	# The expected file must hold the cases of filters.tsv, in order.
	grep -v '^#' tests/filters.tsv | grep -v '^[[:space:]]*$' > "$f_dir/tsv.cases"
	sed -n 's/^## [0-9]*	//p' "$f_exp" > "$f_dir/exp.cases"
	if cmp -s "$f_dir/tsv.cases" "$f_dir/exp.cases"; then
		pass "filter: filters.expected matches filters.tsv"
	else
		fail "filter: filters.expected matches filters.tsv" "out of date, run tests/mkfilters.sh"
	fi

	# Split the expected file: N.sysdig holds what sysdig printed for case
	# N (no line when nothing matched); the index has one
	# "N<TAB>capture<TAB>kind<TAB>expression" line a case, kind being
	# "match", or "reject" when sysdig rejected the expression.
	awk -F'	' -v d="$f_dir" '
	function flush() {
		if (n == "") return
		close(f)
		printf "%s\t%s\t%s\t%s\n", n, cap, kind, expr > (d "/index")
	}
	/^## / {
		flush()
		n = substr($1, 4); cap = $2; expr = $3
		kind = "match"; f = d "/" n ".sysdig"
		printf "" > f
		next
	}
	/^#/ { next }
	n != "" && /^REJECTED/ { kind = "reject"; print "REJECTED" > f; next }
	n != "" { print > f }
	END { flush(); close(d "/index") }
	' "$f_exp"

	f_jobs=${FILTER_JOBS:-$(nproc 2>/dev/null || echo 2)}
	case $f_jobs in '' | *[!0-9]* | 0) f_jobs=2 ;; esac
	f_timeout=
	command -v timeout > /dev/null 2>&1 && f_timeout="timeout 60"

	f_k=0
	while [ "$f_k" -lt "$f_jobs" ]; do
		awk -v j="$f_jobs" -v k="$f_k" '(NR - 1) % j == k' "$f_dir/index" |
		    filter_worker > "$f_dir/results.$f_k" &
		f_k=$((f_k + 1))
	done
	wait

	sort -t '	' -k1,1n "$f_dir"/results.* > "$f_dir/results"
	while IFS='	' read -r f_n f_verdict f_name f_reason; do
		if [ "$f_verdict" = pass ]; then pass "$f_name"; else fail "$f_name" "$f_reason"; fi
	done < "$f_dir/results"
	[ -n "${KEEP:-}" ] || rm -f "$f_dir"/results.* "$f_dir"/*.cases
}

# filter_worker: run the cases of the index lines on stdin; print
# "N<TAB>pass|fail<TAB>name[<TAB>reason]" for each.
filter_worker() {
	while IFS='	' read -r w_n w_cap w_kind w_expr; do
		w_name="filter $w_n: $w_expr ($w_cap)"
		w_out=$f_dir/$w_n.out w_err=$f_dir/$w_n.err w_ref=$f_dir/$w_n.sysdig
		$f_timeout "$f_grep" -p '%evt.num' "$w_expr" "tests/data/corpus/$w_cap" \
		    > "$w_out" 2> "$w_err" < /dev/null
		w_rc=$?
		w_why=
		if [ "$w_kind" = reject ]; then
			w_lines=$(awk 'END { print NR }' "$w_err")
			w_nl=$(wc -l < "$w_err")
			if [ "$w_rc" -ne 2 ]; then
				w_why="sysdig rejects this filter; exit $w_rc, want 2"
			elif [ -s "$w_out" ]; then
				w_why="rejected filter, but output on stdout ($w_out)"
			elif [ "$w_lines" -ne 1 ]; then
				w_why="rejected filter: $w_lines lines on stderr, want one ($w_err)"
			elif [ "$w_nl" -ne 1 ]; then
				w_why="rejected filter: the line on stderr has no newline ($w_err)"
			fi
		else
			w_want=0
			[ -s "$w_ref" ] || w_want=1
			if [ "$w_rc" -eq 124 ] && [ -n "$f_timeout" ]; then
				w_why="timed out"
			elif ! cmp -s "$w_out" "$w_ref"; then
				w_why="differs from sysdig (diff $w_out $w_ref)"
				[ "$w_rc" -eq 2 ] && w_why="exit 2 ($(head -n 1 "$w_err")), sysdig accepts this filter"
			elif [ "$w_rc" -ne "$w_want" ]; then
				w_why="exit $w_rc, want $w_want"
			fi
		fi
		if [ -z "$w_why" ]; then
			printf '%s\tpass\t%s\n' "$w_n" "$w_name"
			[ -n "${KEEP:-}" ] || rm -f "$w_out" "$w_err" "$w_ref"
		else
			# (the output stays, next to sysdig's, for the diff)
			printf '%s\tfail\t%s\t%s\n' "$w_n" "$w_name" "$w_why"
		fi
	done
}

filter_section
