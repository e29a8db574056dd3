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
LDLIBS	= -lz

Q = $(if $(filter 1,$(V)),,@)

VERSION_MAJOR := $(shell sed -n 's/^\#define SCAP_VERSION_MAJOR[^0-9]*\([0-9]*\).*/\1/p' libscap/scap.h)

LIB_SRCS = libscap/read.c libscap/state.c libscap/fmt.c libscap/util.c libscap/sock.c \
	   libscap/evtable.c libscap/tables.c
LIB_OBJS = $(LIB_SRCS:.c=.o)
LIB_PIC  = $(LIB_SRCS:.c=.pic.o)
TOOLS	 = tools/scap-cat
TOOL_COMMON = tools/common.o

all: libscap/libscap.a libscap/libscap.so $(TOOLS)

%.o: %.c libscap/scap.h libscap/scap_private.h libscap/evtable.h tools/common.h
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

check: all
	$(Q)sh tests/run.sh

clean:
	rm -f libscap/*.o libscap/*.a libscap/*.so tools/*.o $(TOOLS)
	rm -rf tests/work

.SECONDARY:
.PHONY: all check clean demo bench install deps
