# scap-tools: libscap and the scap-* tools.  See README.md.
#
# make            build libscap.a, libscap.so and the tools
# make check      build, then run every test (tests/run.sh)
# make demo       build, then run the tools on a bundled capture
# make bench      compare speed and memory with sysdig -r
# make valgrind   every tool under valgrind on the corpus (not in make check)
# make install    PREFIX=/usr/local DESTDIR=  (also BINDIR LIBDIR INCLUDEDIR MANDIR)
# make uninstall  the same variables
# make SAN=1      build with AddressSanitizer and UBSan (make check SAN=1 too)

PREFIX	?= /usr/local
DESTDIR	?=
CC	?= cc
CFLAGS	?= -O2 -g
WARN	= -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilibscap
ALL_CFLAGS = -std=c11 $(WARN) $(CFLAGS) $(SANFLAGS)
LDLIBS	= -lz -lcsv $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)

# SAN=1: AddressSanitizer and UBSan, stopping at the first report.  The
# flags of the last build are kept in .build-flags and every object depends
# on it, so switching between SAN=1 and a plain build rebuilds everything:
# objects of one kind are never linked into the other.
ifeq ($(SAN),1)
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
endif
BUILD_FLAGS = $(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDLIBS)
.build-flags: FORCE
	$(Q)echo '$(BUILD_FLAGS)' | cmp -s - $@ || echo '$(BUILD_FLAGS)' > $@

Q = $(if $(filter 1,$(V)),,@)

VERSION_MAJOR := $(shell sed -n 's/^\#define SCAP_VERSION_MAJOR[^0-9]*\([0-9]*\).*/\1/p' libscap/scap.h)
VERSION := $(shell sed -n 's/^\#define SCAP_VERSION_STRING[^"]*"\([^"]*\)".*/\1/p' libscap/scap.h)

LIB_SRCS = libscap/read.c libscap/state.c libscap/fmt.c libscap/util.c libscap/sock.c libscap/write.c libscap/field.c libscap/fmt_csv.c libscap/filter.c \
	   libscap/evtable.c libscap/tables.c
LIB_OBJS = $(LIB_SRCS:.c=.o)
LIB_PIC  = $(LIB_SRCS:.c=.pic.o)
TOOLS	 = tools/scap-cat tools/scap-split tools/scap-grep tools/scap-hex tools/scap-top tools/scap-stat
TOOL_COMMON = tools/common.o

all: libscap/libscap.a libscap/libscap.so $(TOOLS)

%.o: %.c libscap/scap.h libscap/scap_private.h libscap/evtable.h libscap/field.h tools/common.h .build-flags
	@echo "  CC      $@"
	$(Q)$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c $< -o $@

%.pic.o: %.c libscap/scap.h libscap/scap_private.h libscap/evtable.h .build-flags
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

# what only the tests need: a browser renders scap-stat's SVG; pkg-config
# builds a program against the installed library (tests/install.sh)
CHECK_PKGS = chromium pkg-config
check: deps
	$(Q)$(MAKE) --no-print-directory deps EXTRA_PKGS="$(CHECK_PKGS)"
	$(Q)$(MAKE) --no-print-directory all
ifeq ($(SAN),1)
	$(Q)rm -rf $(SANLOG) && mkdir -p $(SANLOG)
	$(Q)SCAP_SANFLAGS='$(SANFLAGS)' ASAN_OPTIONS=log_path=$(CURDIR)/$(SANLOG)/asan \
	    UBSAN_OPTIONS=print_stacktrace=1:log_path=$(CURDIR)/$(SANLOG)/ubsan \
	    sh tests/run.sh; st=$$?; \
	n=$$(ls $(SANLOG) | wc -l); [ $$n -eq 0 ] || { \
		echo "FAIL sanitizers: $$n reports in $(SANLOG)"; \
		head -n 12 $(SANLOG)/* | cut -c1-160; exit 1; }; exit $$st
else
	$(Q)sh tests/run.sh
endif
# SAN=1: every AddressSanitizer and LeakSanitizer report goes to a file of
# SANLOG, also from runs whose test looks only at stdout, and one such file
# fails the check.  (UBSan ignores log_path here: it stops the tool with
# status 1 and its report on stderr, which the tests see.)
SANLOG = tests/work-san

bench: all
	$(Q)$(MAKE) --no-print-directory deps EXTRA_PKGS=sysdig
	$(Q)sh bench/bench.sh

# Fuzz the reader, the filter compiler, the -p format parser and the
# writer's round trip with libFuzzer and AFL++ (FUZZ_SECONDS each, per
# engine); see tests/fuzz/run-fuzz.sh.
FUZZ_SECONDS ?= 60
fuzz: all
	$(Q)$(MAKE) --no-print-directory deps EXTRA_PKGS="clang libclang-rt-14-dev afl++"
	$(Q)FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/run-fuzz.sh

# Every tool under valgrind (memory errors, definite and indirect leaks)
# on every corpus capture, a gzip and a truncated copy; a few minutes.
# Not part of make check.  See tests/valgrind/run.sh.
valgrind: all
	$(Q)$(MAKE) --no-print-directory deps EXTRA_PKGS=valgrind
	$(Q)sh tests/valgrind/run.sh

# Installation, laid out as packagers expect: BINDIR, LIBDIR (libscap.a,
# libscap.so.VERSION with the soname libscap.so.MAJOR and its links, the
# pkg-config file), the public header, man pages and bash completion.
BINDIR	?= $(PREFIX)/bin
LIBDIR	?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
MANDIR	?= $(PREFIX)/share/man
COMPLDIR ?= $(PREFIX)/share/bash-completion/completions
MANPAGES = $(wildcard man/man[1-8]/*.[1-8])

libscap/libscap.pc: libscap/libscap.pc.in libscap/scap.h FORCE
	$(Q)sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@LIBDIR@|$(LIBDIR)|g' \
	    -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|g' -e 's|@VERSION@|$(VERSION)|g' \
	    libscap/libscap.pc.in > $@

install: all libscap/libscap.pc
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig \
	    $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(COMPLDIR)
	install -m 755 $(TOOLS) $(DESTDIR)$(BINDIR)
	install -m 644 libscap/libscap.a $(DESTDIR)$(LIBDIR)
	install -m 755 libscap/libscap.so $(DESTDIR)$(LIBDIR)/libscap.so.$(VERSION)
	ln -sf libscap.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libscap.so.$(VERSION_MAJOR)
	ln -sf libscap.so.$(VERSION_MAJOR) $(DESTDIR)$(LIBDIR)/libscap.so
	install -m 644 libscap/libscap.pc $(DESTDIR)$(LIBDIR)/pkgconfig
	install -m 644 libscap/scap.h $(DESTDIR)$(INCLUDEDIR)
	for p in $(MANPAGES); do \
		d=$(DESTDIR)$(MANDIR)/man$${p##*.}; \
		install -d $$d && install -m 644 $$p $$d || exit 1; \
	done
	install -m 644 completion/scap-tools $(DESTDIR)$(COMPLDIR)/scap-cat
	for t in $(filter-out tools/scap-cat,$(TOOLS)); do \
		ln -sf scap-cat $(DESTDIR)$(COMPLDIR)/$${t#tools/} || exit 1; \
	done

uninstall:
	rm -f $(addprefix $(DESTDIR)$(BINDIR)/,$(notdir $(TOOLS)))
	rm -f $(addprefix $(DESTDIR)$(COMPLDIR)/,$(notdir $(TOOLS)))
	rm -f $(DESTDIR)$(LIBDIR)/libscap.a $(DESTDIR)$(LIBDIR)/libscap.so \
	    $(DESTDIR)$(LIBDIR)/libscap.so.$(VERSION_MAJOR) \
	    $(DESTDIR)$(LIBDIR)/libscap.so.$(VERSION) \
	    $(DESTDIR)$(LIBDIR)/pkgconfig/libscap.pc $(DESTDIR)$(INCLUDEDIR)/scap.h
	for p in $(MANPAGES); do \
		rm -f $(DESTDIR)$(MANDIR)/man$${p##*.}/$${p##*/}; \
	done

# The recorder (recorder/README.md): scap-record here; the module with
# make -C recorder/kmod.  make vmtest checks both in a qemu VM running
# Debian's 6.1 kernel (tests/vm/vmtest.sh; root, apt-get; about a minute
# once the kernel package is cached in /var/tmp/scap-vmtest).
recorder/sysnames.h: recorder/gen-sysnames.sh
	$(Q)sh recorder/gen-sysnames.sh > $@.tmp && mv $@.tmp $@

recorder/scap-record: recorder/scap-record.c recorder/sysnames.h recorder/kmod/scaprec.h libscap/libscap.a libscap/scap.h
	@echo "  LD      $@"
	$(Q)$(CC) $(CPPFLAGS) -Irecorder $(ALL_CFLAGS) -pthread -o $@ recorder/scap-record.c libscap/libscap.a $(LDLIBS)

vmtest: all
	$(Q)bash tests/vm/vmtest.sh

# the recorder's cost in the VM: a write/read loop without and with it
vmbench: all
	$(Q)BENCH=1 bash tests/vm/vmtest.sh

# every tool on a 2 GiB capture in the memory of a 34 MiB one (tests/big/run.sh)
bigtest: all
	$(Q)sh tests/big/run.sh

clean:
	rm -f libscap/*.o libscap/*.a libscap/*.so libscap/libscap.pc tools/*.o $(TOOLS) .build-flags
	rm -rf tests/work tests/work-san tests/work-valgrind bench/work
	rm -f recorder/scap-record recorder/sysnames.h

FORCE:
.SECONDARY:
.PHONY: all check clean demo bench install uninstall deps FORCE vmtest vmbench fuzz valgrind bigtest
