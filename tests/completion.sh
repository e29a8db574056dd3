# completion.sh - the bash completion (completion/scap-tools), called as
# bash calls it (COMP_WORDS, COMP_CWORD), offers every option each tool's
# source accepts, field names the tools accept after -f, -p and
# scap-grep's filter operand, scap-top's and scap-hex's views, and files
# (sourced by run.sh).
CW="$W/completion"
mkdir -p "$CW"
if ! command -v bash > /dev/null; then
	fail "completion" "bash is not installed"
else
cat > "$CW/t.bash" << 'EOF'
# usage: bash t.bash  (from the top of the tree); prints "ok NAME" or
# "FAIL NAME: detail" lines.
set -u
cap=tests/data/corpus/file_activity.scap
PATH=$PWD/tools:$PATH
. completion/scap-tools || { echo "FAIL completion: cannot source"; exit 0; }

# comp WORD...: complete the last WORD; the candidates, one a line
comp()
{
	COMP_WORDS=("$@")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMP_LINE="$*" COMP_POINT=${#COMP_LINE}
	COMPREPLY=()
	_scap_tools 2>/dev/null
	((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}"
	return 0
}
ok() { echo "ok completion $1"; }
bad() { echo "FAIL completion $1: $2"; }
# same NAME GOT WANT: two lists, as sets
same()
{
	local g w
	g=$(printf '%s\n' "$2" | sort -u) w=$(printf '%s\n' "$3" | sort -u)
	if [[ $g == "$w" ]]; then ok "$1"
	else bad "$1" "got [$(echo $g)], want [$(echo $w)]"; fi
}

# every tool is registered, and offers every option its source accepts
for t in tools/scap-*.c; do
	n=$(basename "$t" .c)
	complete -p "$n" 2>/dev/null | grep -q -- "-F _scap_tools $n\$" ||
	    bad "$n registered" "complete -p $n: $(complete -p $n 2>&1)"
	got=$(comp "$n" -)
	want=$(tr '\n' ' ' < "$t" | grep -o 'getopt_long([^"]*"[^"]*"' |
	    sed 's/.*"\(.*\)"/\1/; s/://g' | fold -w1 | sed 's/^/-/'
	    grep -o '{ *"[a-z-]*", *[a-z_]*_argument' "$t" | sed 's/{ *"\([^"]*\)".*/--\1/')
	missing=$(printf '%s\n' "$want" | grep -vxF -e "$got")
	if [[ -z $want ]]; then bad "$n options" "no getopt string in $t"
	elif [[ -n $missing ]]; then bad "$n options" "not offered: $(echo $missing)"
	else ok "$n options ($(echo "$want" | wc -l))"; fi
done
same "scap-cat --c" "$(comp scap-cat --c)" "--csv"
same "scap-stat --su" "$(comp scap-stat --su)" "--summary"

# field names: every name scap-cat -l lists is offered after -f, with its
# placeholders (NAME, [N]) left for the user; each offered complete name
# is one the tools accept, in a filter and in a format
all=$(comp scap-cat -f '')
listed=$(scap-cat -l | awk '{ print $1 }')
want=$(printf '%s\n' "$listed" | sed 's/NAME.*//; s/\[N\]$//'
    printf '%s\n' "$listed" | sed -n 's/\.NAME|\[N\]$/[/p; s/\[N\]$/[/p')
same "fields after -f are scap-cat -l's" "$all" "$want"
n=0 rej=
for f in $all; do
	case $f in *. | *\[) continue ;; esac
	n=$((n + 1))
	# some fields take only some operators: the tool says so
	scap-cat -n 1 -f "$f exists" "$cap" 2>&1 > /dev/null |
	    grep -v "is not supported for $f" | grep -q . && rej="$rej -f:$f"
	scap-cat -n 1 -p "%$f" "$cap" > /dev/null 2>&1 || rej="$rej -p:$f"
done
if ((n < 40)); then bad "fields accepted" "only $n fields offered"
elif [[ -n $rej ]]; then bad "fields accepted" "rejected:$rej"
else ok "fields accepted by -f and -p ($n)"; fi
same "-f fd.na" "$(comp scap-cat -f fd.na)" "fd.name"
same "-f evt.ar" "$(comp scap-cat -f evt.ar)" "$(printf 'evt.arg.\nevt.arg[\nevt.args')"
same "-f inside a quoted filter" \
    "$(comp scap-cat -f "'proc.name=cat and (fd.na")" "proc.name=cat and (fd.name"
same "scap-split -f" "$(comp scap-split -f thread.t)" "thread.tid"
same "scap-hex -f" "$(comp scap-hex -f user.n)" "user.name"
same "scap-top -f" "$(comp scap-top -f group.g)" "group.gid"
same "scap-grep filter operand" "$(comp scap-grep -i fd.typ)" "$(printf 'fd.type\nfd.typechar')"
same "scap-grep -f: the operand is a file" \
    "$(comp scap-grep -f evt.failed=true tests/data/corpus/file_activity.sc)" \
    "$(ls -d tests/data/corpus/file_activity.sc*)"
same "scap-grep -e: the operand is a file" \
    "$(comp scap-grep -e x tests/data/corpus/file_activity.sc)" \
    "$(ls -d tests/data/corpus/file_activity.sc*)"
same "-p %field" "$(comp scap-cat -p "'%evt.num %12proc.na")" "%evt.num %12proc.name"
same "-p field" "$(comp scap-grep -p fd.filen)" "%fd.filename"
same "-t" "$(comp scap-cat -t '')" "$(printf 'h\na\nr\nd\nD')"

# the tools are found next to the command when PATH lacks them
got=$(PATH=/usr/bin:/bin; _scap_fields_key=; comp tools/scap-cat -f fd.filen)
same "tools/scap-cat -f (tools not in PATH)" "$got" "fd.filename"

# views
same "scap-top -c views are scap-top -l's" "$(comp scap-top -c '')" \
    "$(scap-top -l | awk '{ print $1 }')"
same "scap-top -c fdbytes_by field" "$(comp scap-top -c fdbytes_by proc.pn)" "proc.pname"
hexviews=$(scap-hex -c nosuch /dev/null 2>&1 | sed -n 's/.*(use \(.*\))$/\1/p' |
    sed 's/,//g; s/ or / /' | tr ' ' '\n')
same "scap-hex -c views are those scap-hex names" "$(comp scap-hex -c '')" "$hexviews"
same "scap-hex --color=" "$(comp scap-hex --color=)" \
    "$(printf -- '--color=always\n--color=never\n--color=auto')"

byvals=$(scap-split -h | sed -n 's/.*--by \([a-z|]*\).*/\1/p' | head -n 1 | tr '|' '\n')
same "scap-split --by values are those its usage names" "$(comp scap-split --by '')" "$byvals"

# files: captures after the options, any file after -w
same "capture operand" "$(comp scap-stat tests/data/corpus/rot_events.scap)" \
    "$(ls -d tests/data/corpus/rot_events.scap*)"
same "-w file" "$(comp scap-cat -w tests/data/corpus/single_ipv6_c)" \
    "$(ls -d tests/data/corpus/single_ipv6_c*)"
same "-n takes a number" "$(comp scap-cat -n '')" ""
EOF
	bash "$CW/t.bash" > "$CW/out" 2>&1
	if ! grep -q '^ok ' "$CW/out"; then
		fail "completion" "see $CW/out"
	fi
	while IFS= read -r line; do
		case $line in
		"ok "*)		pass "${line#ok }" ;;
		"FAIL "*)	line=${line#FAIL }
				fail "${line%%: *}" "${line#*: }" ;;
		*)		fail "completion: unexpected output" "$line" ;;
		esac
	done < "$CW/out"
fi
