# unit.sh - unit tests of libscap (sourced by run.sh).  The test list is
# made from the DEFINE_TEST lines of tests/unit/test_*.c.
U="$W/unit"
mkdir -p "$U"
grep -h '^DEFINE_TEST(' tests/unit/test_*.c | sed 's/^DEFINE_TEST(\(.*\))$/T(\1)/' > "$U/tests.list"
# (make check SAN=1 passes its sanitizer flags: libscap.a then needs them)
if ${CC:-cc} -std=c11 -g -O1 ${SCAP_SANFLAGS:-} -Wall -Wextra -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
    -Ilibscap -Itests/unit -I"$U" -o "$U/unit" tests/unit/*.c libscap/libscap.a -lz -lcsv -lpcre2-8 2> "$U/build.err"; then
	"$U/unit" > "$U/results" 2>&1
	while read -r verdict name rest; do
		case $verdict in
		ok) pass "unit $name" ;;
		FAIL) fail "unit ${name%:}" "$rest" ;;
		*) fail "unit output" "$verdict $name $rest" ;;
		esac
	done < "$U/results"
	# A test that neither passed nor failed crashed.
	for t in $(sed 's/^T(\(.*\))$/\1/' "$U/tests.list"); do
		grep -q "^ok $t\$\|^FAIL $t:" "$U/results" || fail "unit $t" "did not finish"
	done
else
	fail "unit build" "$(head -5 "$U/build.err")"
fi
