# install.sh - `make install' into a scratch DESTDIR lays files out as
# packagers expect, and a program built against the installed library with
# pkg-config alone (dynamically, and statically) reads a capture as scap-cat
# does; `make uninstall' takes every file away again (sourced by run.sh).
IW="$W/install"
ID="$IW/root"
IP=/usr
rm -rf "$IW" && mkdir -p "$IW"
imake() {
	# a make of its own (not the caller's jobserver), with the caller's SAN
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL ${MAKE:-make} -s --no-print-directory \
	    ${SCAP_SANFLAGS:+SAN=1} PREFIX=$IP DESTDIR="$ID" "$@"
}
iver=$(sed -n 's/^#define SCAP_VERSION_STRING[^"]*"\([^"]*\)".*/\1/p' libscap/scap.h)
imaj=$(sed -n 's/^#define SCAP_VERSION_MAJOR[^0-9]*\([0-9]*\).*/\1/p' libscap/scap.h)

if imake install > "$IW/make.out" 2>&1; then
	pass "install: make install"
else
	fail "install: make install" "see $IW/make.out"
fi

# the layout: exactly these files and links, nothing else
{
	for t in tools/scap-*.c; do
		t=$(basename "$t" .c)
		echo "f .$IP/bin/$t"
		# scap-cat's is the file, the others link to it
		[ "$t" = scap-cat ] && echo "f .$IP/share/bash-completion/completions/$t" ||
		    echo "l .$IP/share/bash-completion/completions/$t"
	done
	echo "f .$IP/include/scap.h"
	echo "f .$IP/lib/libscap.a"
	echo "f .$IP/lib/libscap.so.$iver"
	echo "l .$IP/lib/libscap.so.$imaj"
	echo "l .$IP/lib/libscap.so"
	echo "f .$IP/lib/pkgconfig/libscap.pc"
	for m in man/man[1-8]/*.[1-8]; do
		echo "f .$IP/share/man/man${m##*.}/${m##*/}"
	done
} | LC_ALL=C sort > "$IW/layout.want"
(cd "$ID" && find . ! -type d | while read -r p; do
	if [ -L "$p" ]; then echo "l $p"; else echo "f $p"; fi
done) | LC_ALL=C sort > "$IW/layout.got"
if cmp -s "$IW/layout.want" "$IW/layout.got"; then
	pass "install: layout"
else
	fail "install: layout" "diff $IW/layout.want $IW/layout.got"
fi

L="$ID$IP/lib"
ok=1
for t in tools/scap-*.c; do
	t=$(basename "$t" .c)
	[ -x "$ID$IP/bin/$t" ] && cmp -s "tools/$t" "$ID$IP/bin/$t" || ok=0
	[ "$(readlink "$ID$IP/share/bash-completion/completions/$t")" = scap-cat ] ||
	    [ "$t" = scap-cat ] || ok=0
done
[ $ok = 1 ] && pass "install: tools and completion links" ||
    fail "install: tools and completion links" "see $ID$IP/bin"

soname=$(readelf -d "$L/libscap.so.$iver" 2>/dev/null |
    sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
if [ "$soname" = "libscap.so.$imaj" ] &&
    [ "$(readlink "$L/libscap.so.$imaj")" = "libscap.so.$iver" ] &&
    [ "$(readlink "$L/libscap.so")" = "libscap.so.$imaj" ] &&
    [ ! -x "$L/libscap.a" ] && ar t "$L/libscap.a" | grep -qx read.o; then
	pass "install: libscap.so.$iver, soname $soname, links; libscap.a"
else
	fail "install: shared library" "soname '$soname', links in $L"
fi
# the shared library exports the API and nothing of the internals
if nm -D --defined-only "$L/libscap.so.$iver" | awk '$2 ~ /^[TDBR]$/ {print $3}' |
    grep -v '^scap_' > "$IW/exports.bad"; [ ! -s "$IW/exports.bad" ] &&
    nm -D --defined-only "$L/libscap.so.$iver" | grep -q ' T scap_open\(@@SCAP_[0-9]*\)\{0,1\}$'; then
	pass "install: libscap.so exports only scap_*"
else
	fail "install: libscap.so exports" "see $IW/exports.bad"
fi

if cmp -s libscap/scap.h "$ID$IP/include/scap.h" &&
    ! grep -q '^#include "' "$ID$IP/include/scap.h"; then
	pass "install: the public header alone"
else
	fail "install: header" "$ID$IP/include/scap.h differs or includes a private one"
fi

pc="$L/pkgconfig/libscap.pc"
if grep -qx "prefix=$IP" "$pc" && grep -qx "Version: $iver" "$pc" &&
    ! grep -q "$ID" "$pc" && ! grep -q @ "$pc"; then
	pass "install: libscap.pc (prefix $IP, version $iver)"
else
	fail "install: libscap.pc" "see $pc"
fi

ok=1
for m in man/man[1-8]/*.[1-8]; do
	cmp -s "$m" "$ID$IP/share/man/man${m##*.}/${m##*/}" || ok=0
done
[ $ok = 1 ] && pass "install: man pages" || fail "install: man pages" "see $ID$IP/share/man"

# A program that knows only what pkg-config says: it prints the capture
# with libscap's default formatter, which must be what sysdig printed.
cat > "$IW/prog.c" << 'EOF'
#include <stdio.h>
#include <scap.h>

int
main(int argc, char **argv)
{
	char err[SCAP_ERRBUF_SIZE];
	const struct scap_event *ev;
	struct scap *h;
	struct scap_fmt *f;
	const char *line;
	size_t len;
	int r;

	if (argc != 2 || (h = scap_open(argv[1], err)) == NULL) {
		fprintf(stderr, "prog: %s\n", argc == 2 ? err : "usage");
		return 2;
	}
	if ((f = scap_fmt_new(h, NULL, err)) == NULL) {
		fprintf(stderr, "prog: %s\n", err);
		return 2;
	}
	while ((r = scap_next(h, &ev)) == SCAP_OK)
		if ((line = scap_fmt_event(f, ev, &len)) != NULL)
			fwrite(line, 1, len, stdout);
	if (r != SCAP_EOF)
		fprintf(stderr, "prog: %s\n", scap_error(h));
	scap_fmt_free(f);
	scap_close(h);
	return r == SCAP_EOF ? 0 : 1;
}
EOF
icap=tests/data/corpus/file_activity.scap
gzip -dc "$icap.default.txt.gz" > "$IW/want.txt"
ipc() {
	PKG_CONFIG_PATH="$L/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$ID" \
	PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 PKG_CONFIG_ALLOW_SYSTEM_LIBS=1 \
	    pkg-config "$@"
}
if ! command -v pkg-config > /dev/null; then
	fail "install: pkg-config" "not installed (make deps)"
elif ! ipc --exists libscap; then
	fail "install: pkg-config" "libscap not found in $L/pkgconfig"
else
	pass "install: pkg-config finds libscap $(ipc --modversion libscap)"
	# dynamic: the program needs libscap.so.MAJOR, found in DESTDIR
	if ${CC:-cc} ${SCAP_SANFLAGS:-} -o "$IW/prog-dyn" "$IW/prog.c" \
	    $(ipc --cflags --libs libscap) > "$IW/dyn.err" 2>&1 &&
	    readelf -d "$IW/prog-dyn" | grep -q "NEEDED.*\[libscap.so.$imaj\]" &&
	    LD_LIBRARY_PATH="$L" "$IW/prog-dyn" "$icap" > "$IW/dyn.txt" 2>> "$IW/dyn.err" &&
	    cmp -s "$IW/want.txt" "$IW/dyn.txt"; then
		pass "install: dynamic link, reads $(basename $icap) as sysdig"
	else
		fail "install: dynamic link" "see $IW/dyn.err, diff $IW/want.txt $IW/dyn.txt"
	fi
	# static: all of libscap and of what it needs comes from the .a files
	# pkg-config --static names.  Sanitizer runtimes cannot be linked
	# statically, so a SAN build links only libscap.a statically.
	if [ -n "${SCAP_SANFLAGS:-}" ]; then
		islink=$(ipc --static --cflags --libs libscap |
		    sed "s|-lscap|$L/libscap.a|")
	else
		islink="-static $(ipc --static --cflags --libs libscap)"
	fi
	if ${CC:-cc} ${SCAP_SANFLAGS:-} -o "$IW/prog-static" "$IW/prog.c" $islink \
	    > "$IW/static.err" 2>&1 &&
	    ! readelf -d "$IW/prog-static" | grep -q 'NEEDED.*libscap' &&
	    "$IW/prog-static" "$icap" > "$IW/static.txt" 2>> "$IW/static.err" &&
	    cmp -s "$IW/want.txt" "$IW/static.txt"; then
		pass "install: static link, reads $(basename $icap) as sysdig"
	else
		fail "install: static link" "see $IW/static.err, diff $IW/want.txt $IW/static.txt"
	fi
fi

if imake uninstall > "$IW/uninstall.out" 2>&1 &&
    [ -z "$(find "$ID" ! -type d)" ]; then
	pass "install: make uninstall removes every file"
else
	fail "install: make uninstall" "left: $(find "$ID" ! -type d | head -3)"
fi
