# scap-tools: libscap and the scap-* tools.  See README.md.
#
# make            build libscap.a, libscap.so and the tools
# make check      build, then run every test (tests/run.sh)
# make demo       build, then run the tools on a bundled capture
# make bench      compare speed and memory with sysdig -r
# make install    PREFIX=/usr/local DESTDIR=

PREFIX	?= /usr/local
DESTDIR	?=
CC	?= cc
CFLAGS	?= -O2 -g
WARN	= -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilibscap
ALL_CFLAGS = -std=c11 $(WARN) $(CFLAGS) $(SANFLAGS)
LDLIBS	= -lz -lcsv $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)

Q = $(if $(filter 1,$(V)),,@)

VERSION_MAJOR := $(shell sed -n 's/^\#define SCAP_VERSION_MAJOR[^0-9]*\([0-9]*\).*/\1/p' libscap/scap.h)

LIB_SRCS = libscap/read.c libscap/state.c libscap/fmt.c libscap/util.c libscap/sock.c libscap/write.c libscap/field.c libscap/fmt_csv.c libscap/filter.c \
	   libscap/evtable.c libscap/tables.c
LIB_OBJS = $(LIB_SRCS:.c=.o)
LIB_PIC  = $(LIB_SRCS:.c=.pic.o)
TOOLS	 = tools/scap-cat tools/scap-split tools/scap-grep tools/scap-hex tools/scap-top tools/scap-stat
TOOL_COMMON = tools/common.o

all: libscap/libscap.a libscap/libscap.so $(TOOLS)

%.o: %.c libscap/scap.h libscap/scap_private.h libscap/evtable.h libscap/field.h tools/common.h
	@echo "  CC      $@"
	$(Q)$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

%.pic.o: %.c libscap/scap.h libscap/scap_private.h libscap/evtable.h
	$(Q)$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -fPIC -c $< -o $@

libscap/libscap.a: $(LIB_OBJS)
	@echo "  AR      $@"
	$(Q)rm -f $@ && ar rcs $@ $(LIB_OBJS)

libscap/libscap.so: $(LIB_PIC) libscap/libscap.map
	@echo "  LD      $@"
	$(Q)$(CC) -shared $(ALL_CFLAGS) -Wl,-soname=libscap.so.$(VERSION_MAJOR) \
	    -Wl,--version-script=libscap/libscap.map -o $@ $(LIB_PIC) $(LDLIBS)

tools/scap-%: tools/scap-%.o $(TOOL_COMMON) libscap/libscap.a
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

# Debian packages the build and the tests need.  As root, missing ones are
# installed with apt-get; otherwise the exact command is printed.
DEB_PKGS = gcc make zlib1g-dev libpcre2-dev libcsv-dev time mandoc jq sqlite3
deps:
	$(Q)missing=""; \
	if command -v dpkg-query >/dev/null 2>&1; then \
		for p in $(DEB_PKGS) $(EXTRA_PKGS); do \
			dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
		done; \
	fi; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "deps: installing$$missing"; \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
		else \
			echo "deps: missing packages; run as root:"; \
			echo "  apt-get install$$missing"; exit 1; \
		fi; \
	fi

DEMO_CAP = tests/data/corpus/file_activity.scap
demo: deps
	$(Q)$(MAKE) --no-print-directory all
	@echo "== scap-cat: the first events of a capture, as sysdig -r prints them"
	$(Q)TZ=UTC tools/scap-cat -n 8 $(DEMO_CAP)
	@echo "== what did cat open?  (scap-cat | grep)"
	$(Q)TZ=UTC tools/scap-cat $(DEMO_CAP) | grep ' cat (' | grep '< openat' | head -5
	@echo "== the same capture gzip-compressed, through a pipe"
	$(Q)gzip -c $(DEMO_CAP) | TZ=UTC tools/scap-cat -t a - | tail -n 3
	@echo "== what is in it (scap-stat)"
	$(Q)TZ=UTC tools/scap-stat $(DEMO_CAP) | head -n 22
	@echo "== which files got the most bytes (scap-top -c topfiles_bytes)"
	$(Q)TZ=UTC tools/scap-top -c topfiles_bytes -n 5 $(DEMO_CAP)
	@echo "== failed opens (scap-grep)"
	$(Q)TZ=UTC tools/scap-grep -p '%evt.num %proc.name %evt.res %evt.arg.name' 'evt.type=openat and evt.dir=< and evt.failed=true' $(DEMO_CAP) | head -n 5
	@echo "== what cat wrote (scap-hex -A)"
	$(Q)TZ=UTC tools/scap-hex -A -f 'proc.name=cat and evt.type=write and evt.dir=<' $(DEMO_CAP) | head -n 6

# what only the tests need: a browser renders scap-stat's SVG
CHECK_PKGS = chromium
check: deps
	$(Q)$(MAKE) --no-print-directory deps EXTRA_PKGS="$(CHECK_PKGS)"
	$(Q)$(MAKE) --no-print-directory all
	$(Q)sh tests/run.sh

bench: all
	$(Q)$(MAKE) --no-print-directory deps EXTRA_PKGS=sysdig
	$(Q)sh bench/bench.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib \
	    $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/man/man3 $(DESTDIR)$(PREFIX)/share/man/man5 \
	    $(DESTDIR)$(PREFIX)/share/man/man7
	install -m 755 $(TOOLS) $(DESTDIR)$(PREFIX)/bin
	install -m 644 libscap/libscap.a $(DESTDIR)$(PREFIX)/lib
	install -m 755 libscap/libscap.so $(DESTDIR)$(PREFIX)/lib/libscap.so.$(VERSION_MAJOR)
	ln -sf libscap.so.$(VERSION_MAJOR) $(DESTDIR)$(PREFIX)/lib/libscap.so
	install -m 644 libscap/scap.h $(DESTDIR)$(PREFIX)/include
	for p in man/man1/*.1; do install -m 644 $$p $(DESTDIR)$(PREFIX)/share/man/man1; done
	for p in man/man3/*.3; do install -m 644 $$p $(DESTDIR)$(PREFIX)/share/man/man3; done
	for p in man/man5/*.5; do install -m 644 $$p $(DESTDIR)$(PREFIX)/share/man/man5; done
	for p in man/man7/*.7; do install -m 644 $$p $(DESTDIR)$(PREFIX)/share/man/man7; done

clean:
	rm -f libscap/*.o libscap/*.a libscap/*.so tools/*.o $(TOOLS)
	rm -rf tests/work bench/work

.SECONDARY:
.PHONY: all check clean demo bench install deps
