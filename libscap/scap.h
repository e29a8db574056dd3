/*
 * scap.h - libscap, a reader (and later writer) of sysdig/Falco capture
 * files (.scap).  The only installed header.
 *
 * Lifecycle:
 *	h = scap_open(path, errbuf);		("-" is stdin; gzip is sniffed)
 *	while ((r = scap_next(h, &ev)) == SCAP_OK)
 *		... scap_event_*(ev), scap_fmt_event(fmt, ev, &len) ...
 *	if (r != SCAP_EOF) ... scap_error(h) ...
 *	scap_close(h);
 *
 * The library never prints and never exits.  Errors from an open go into
 * the caller's errbuf (SCAP_ERRBUF_SIZE bytes); later errors stay on the
 * handle, for scap_error().  Messages carry the byte offset in the
 * (decompressed) capture stream.
 *
 * NOTE: the upstream falcosecurity libscap uses the same library name and
 * some of the same symbol names; the two must not be installed together.
 */
#ifndef SCAP_H
#define SCAP_H

#include <stddef.h>
#include <stdint.h>

#define SCAP_VERSION_MAJOR	0
#define SCAP_VERSION_MINOR	1
#define SCAP_VERSION_STRING	"0.1"

#define SCAP_ERRBUF_SIZE	512

/* Return codes. */
#define SCAP_OK		0	/* an event was returned */
#define SCAP_EOF	1	/* clean end of the capture */
#define SCAP_ERR	(-1)	/* error (I/O, misuse) */
#define SCAP_ETRUNC	(-2)	/* the capture ends in the middle of a block */
#define SCAP_EFORMAT	(-3)	/* the capture is damaged or not a capture */
#define SCAP_EINTR	(-4)	/* stopped: the caller's interrupted() said so */

struct scap;
struct scap_event;
struct scap_fmt;

/* Opening.  On failure NULL is returned and errbuf holds the reason. */
struct scap	*scap_open(const char *path, char *errbuf);
struct scap	*scap_fdopen(int fd, const char *name, char *errbuf);
struct scap	*scap_open_mem(const void *buf, size_t len, char *errbuf);

/*
 * Opening with options (o may be NULL: the same as the calls above).
 *
 * damage: recovery.  With it set, damaged input (a bad length, a cut, a
 * block whose contents do not decode, garbage) no longer ends the
 * reading: the reader looks for the next valid block after the damage,
 * calls damage() with the offset (in the decompressed stream) and the
 * length of the bytes it skipped and the reason, and goes on.  A cut at
 * the end is reported as a range reaching the end.  Errors of the input
 * itself (read errors, a corrupt gzip stream, no memory) still end it.
 *
 * progress: called about every MiB of input read, with the bytes of the
 * input consumed so far (the compressed bytes of gzip input); not called
 * for memory input.
 *
 * bufsize: the input buffer's size (0: 1 MiB; it grows for larger
 * blocks); a smaller one saves memory when many inputs are open at once.
 *
 * interrupted: called when a signal interrupts a read of the input (a
 * handler installed without SA_RESTART); if it returns non-zero the
 * reading ends with SCAP_EINTR, else the read is retried.  It lets a
 * program stop on a signal while it waits on a silent pipe.
 */
struct scap_open_options {
	void (*damage)(void *arg, uint64_t off, uint64_t len,
	    const char *why);
	void (*progress)(void *arg, uint64_t consumed);
	void *arg;
	size_t bufsize;
	int (*interrupted)(void *arg);
};
struct scap	*scap_open_opts(const char *path,
		    const struct scap_open_options *o, char *errbuf);
struct scap	*scap_fdopen_opts(int fd, const char *name,
		    const struct scap_open_options *o, char *errbuf);
struct scap	*scap_open_mem_opts(const void *buf, size_t len,
		    const struct scap_open_options *o, char *errbuf);

/*
 * Read the next event, after applying it to the thread/fd/user state.
 * The event stays valid until the next scap_next() or scap_close().
 * Returns SCAP_OK, SCAP_EOF or a negative code (see scap_error()).
 * After an error every later call returns the same error.
 */
int		 scap_next(struct scap *h, const struct scap_event **ev);

/*
 * Read the next event as scap_next() does (numbered, with
 * scap_event_visible() and scap_event_counted() set), but without
 * applying it to the state: a fast pass for counting events.  The event
 * has no thread nor fd, and the state is that of a partial reading.
 */
int		 scap_next_stateless(struct scap *h,
		    const struct scap_event **ev);

/*
 * Look at the next event without consuming it: the event is decoded but
 * not yet numbered nor applied to the state.  Its header and parameters
 * may be used, and so may fields of its thread and process
 * (scap_field_value() with proc.*, thread.*, user.*): they show the
 * state before the event.  The next scap_next() returns the same event,
 * applied.
 */
int		 scap_peek(struct scap *h, const struct scap_event **ev);
/* Drop the peeked event without applying it (a fast pass over headers:
 * the state and the numbering are then those of a partial reading). */
void		 scap_skip(struct scap *h);

/* The last error's message ("offset N: what went wrong"). */
const char	*scap_error(const struct scap *h);

/* Non-fatal problems seen so far (e.g. skipped unknown blocks): the
 * number of warnings, and the text of the last one (NULL if none). */
unsigned	 scap_nwarnings(const struct scap *h);
const char	*scap_warning(const struct scap *h);
/* Take the pending warning (NULL when there is none); it is cleared. */
const char	*scap_take_warning(struct scap *h);

/*
 * Keep each thread's enter event until its exit comes, so that a writer
 * can carry it into a new file (scap_writer_state()).  Call it before
 * reading events when the events will be written.
 */
void		 scap_keep_enters(struct scap *h);

/* The host name of the capture's machine-info block ("" if none). */
const char	*scap_hostname(const struct scap *h);

/* Bytes of the (decompressed) capture stream consumed so far. */
uint64_t	 scap_offset(const struct scap *h);

void		 scap_close(struct scap *h);	/* NULL is fine */

/*
 * What the reader met so far, for scap-stat.  Blocks are counted by
 * type: index i of blocks[] and block_bytes[] is the type that
 * scap_block_type(i, ...) describes; the last index counts the types
 * this reader does not know (and skips).  Events whose id this reader
 * does not know are skipped too; the first few such ids are kept.
 */
#define SCAP_BLOCK_TYPES	32
#define SCAP_UNKNOWN_IDS	16
struct scap_stats {
	uint64_t blocks[SCAP_BLOCK_TYPES];
	uint64_t block_bytes[SCAP_BLOCK_TYPES];
	uint32_t unknown_block;		/* the first unknown type met, or 0 */
	uint16_t major, minor;		/* format version of the first section */
	int gzip;			/* the input is gzip-compressed */
	uint64_t bytes;			/* of the uncompressed stream read */
	uint64_t skipped_events;	/* events with an id unknown here */
	uint16_t skipped_ids[SCAP_UNKNOWN_IDS];
	unsigned nskipped_ids;
	uint64_t damaged_ranges;	/* skipped by recovery, and */
	uint64_t damaged_bytes;		/* their bytes */
};
void		 scap_get_stats(const struct scap *h, struct scap_stats *out);
/* Block type i (< SCAP_BLOCK_TYPES): its label ("EV_V2", or "unknown"
 * for the last index), with its code and kind ("event") when wanted. */
const char	*scap_block_type(unsigned i, uint32_t *code, const char **kind);

/* The capture's machine-info block (of the section being read).  Returns
 * 0, or -1 when the capture has none (yet: it comes before the first
 * event). */
struct scap_machine {
	uint32_t ncpus;
	uint64_t memory;		/* bytes */
	uint64_t max_pid;
	uint64_t boot_ts;		/* ns since the epoch; 0: not recorded */
	const char *hostname;
};
int		 scap_machine_info(const struct scap *h, struct scap_machine *m);

/* The size of the thread/fd/user state as it stands. */
struct scap_state_counts {
	uint64_t threads, processes, fds, users, groups;
};
void		 scap_state_counts(const struct scap *h,
		    struct scap_state_counts *c);

/* Event accessors. */
uint64_t	 scap_event_num(const struct scap_event *ev);	/* evt.num */
uint64_t	 scap_event_ts(const struct scap_event *ev);	/* ns since epoch */
int64_t		 scap_event_tid(const struct scap_event *ev);
uint16_t	 scap_event_type(const struct scap_event *ev);	/* event id */
uint16_t	 scap_event_cpu(const struct scap_event *ev);
const char	*scap_event_name(const struct scap_event *ev);	/* evt.type */
/* The name sysdig's summary gives: that of the system call for generic
 * events (ids 0 and 1), else the event's name. */
const char	*scap_event_typename(const struct scap_event *ev);
int		 scap_event_is_exit(const struct scap_event *ev);
/* Whether sysdig's default output shows the event (hidden events still
 * count in evt.num). */
int		 scap_event_visible(const struct scap_event *ev);
/* Whether sysdig counts the event for its -n limit (every event it
 * returns: the visible ones and internal ones). */
int		 scap_event_counted(const struct scap_event *ev);
/* Whether the event is one of sysdig's internal ones (procinfo,
 * container, drop, ...), which its output never shows; from the event
 * type alone, so it may be asked of a peeked event. */
int		 scap_event_internal(const struct scap_event *ev);
unsigned	 scap_event_nparams(const struct scap_event *ev);
/* The data buffer of a read/write event; -1 if the event has none. */
int		 scap_event_buffer(const struct scap_event *ev, const void **p,
		    uint32_t *n);
/* Parameter i: name, raw bytes and length.  Returns -1 if absent. */
int		 scap_event_param(const struct scap_event *ev, unsigned i,
		    const char **name, const void **val, uint32_t *len);

/*
 * Formatting.  A NULL format is sysdig's default line
 * "%evt.num %evt.outputtime %evt.cpu %proc.name (%thread.tid) %evt.dir
 * %evt.type %evt.info".  scap_fmt_event() returns the line (with its
 * newline) in storage owned by the formatter, valid until the next call,
 * or NULL when the event is not displayed.
 */
enum scap_timefmt {
	SCAP_TIME_HUMAN = 'h',		/* local time of day, ns */
	SCAP_TIME_ABS = 'a',		/* seconds.ns since the epoch */
	SCAP_TIME_REL = 'r',		/* since the first event */
	SCAP_TIME_LATENCY = 'd',	/* enter to exit */
	SCAP_TIME_DELTA = 'D'		/* since the previous line */
};

struct scap_fmt	*scap_fmt_new(struct scap *h, const char *format,
		    char *errbuf);
/*
 * A format may be a sysdig -p format: text with %field or %Nfield (N:
 * pad or cut to N characters), and a leading '*' to print "<NA>" for
 * fields an event lacks (without it such events are not printed).
 * SCAP_FMT_JSON prints the format's fields as one JSON object a line,
 * as sysdig -j does (NULL format: the default line's fields).
 */
#define SCAP_FMT_JSON	1
#define SCAP_FMT_CSV	2	/* the format's fields as CSV, all quoted */
/*
 * How data buffers (evt.info's data=, evt.arg.data, evt.buffer) print:
 * by default as sysdig does, non-printable bytes as dots and cut to 80
 * characters; with one of these, whole and as sysdig -x, -X or -A print
 * them.  A -p format's fields follow the last formatter used.
 */
#define SCAP_FMT_HEX	4	/* hex rows: "\n\t0x0000: 6865 6c6c ...\n" */
#define SCAP_FMT_HEXASCII 8	/* hex rows, then the printable bytes */
#define SCAP_FMT_ASCII	16	/* "\n" and the printable bytes, line ends */
#define SCAP_FMT_BUFMASK (SCAP_FMT_HEX | SCAP_FMT_HEXASCII | SCAP_FMT_ASCII)
/* Buffers printed whole, not cut to 80 characters (sysdig's chisels). */
#define SCAP_FMT_WHOLE	32
#define SCAP_FMT_DEFAULT "*%evt.num %evt.outputtime %evt.cpu %proc.name " \
			"(%thread.tid) %evt.dir %evt.type %evt.info"
struct scap_fmt	*scap_fmt_new_flags(struct scap *h, const char *format,
		    int flags, char *errbuf);
void		 scap_fmt_set_time(struct scap_fmt *f, enum scap_timefmt t);
/* The line to print before any event (the CSV header), or NULL. */
const char	*scap_fmt_header(struct scap_fmt *f, size_t *len);
const char	*scap_fmt_event(struct scap_fmt *f, const struct scap_event *ev,
		    size_t *len);
void		 scap_fmt_free(struct scap_fmt *f);

/*
 * Filtering, with sysdig 0.29.3's filter language (plus "==" and a pcre2
 * "regex" operator): "proc.name=cat and evt.type=openat".  Compile once,
 * match many; matching never allocates.
 */
struct scap_filter;

/* Compile a sysdig filter expression; NULL with a message in errbuf
   ("column N: what is wrong") on error. */
struct scap_filter *scap_filter_compile(const char *expr, char *errbuf);
/* 1 if ev (just returned by scap_next(h, ...)) matches, else 0. */
int		 scap_filter_match(struct scap_filter *f, struct scap *h,
		    const struct scap_event *ev);
void		 scap_filter_free(struct scap_filter *f);	/* NULL is fine */
/*
 * Apply f while reading, as sysdig applies its command-line filter: an
 * event that changes no state is tested before it is applied to the
 * state and, when it fails, is not applied and its thread forgets its
 * enter event; an event that changes state is applied, then tested.
 * Events that fail are still returned, with scap_event_filtered() true.
 * f must outlive the reading (NULL removes the filter).
 */
void		 scap_set_filter(struct scap *h, struct scap_filter *f);
int		 scap_event_filtered(const struct scap_event *ev);

/*
 * Writing captures in the format sysdig 0.29.3 and tshark read.
 *
 * scap_writer_open() writes to a temporary file beside path ("-" is
 * standard output, refused when it is a terminal); scap_writer_close()
 * renames it to path once everything was written, and returns SCAP_OK
 * or SCAP_ERR with the reason in errbuf.  scap_writer_abort() discards
 * it.  scap_writer_fdopen() writes to an open descriptor (a pipe, a
 * socket), which it owns on success and closes at the close.
 * scap_writer_state() starts a section holding the reader's thread, fd
 * and user state as it stands, so that what follows reads alone.
 */
#define SCAP_W_GZIP	1	/* compress with gzip */
#define SCAP_W_SMALLBUF	2	/* a 32 KiB buffer (many writers at once) */

struct scap_writer;

struct scap_writer *scap_writer_open(const char *path, int flags,
		    char *errbuf);
struct scap_writer *scap_writer_fdopen(int fd, int flags, char *errbuf);
int		 scap_writer_state(struct scap_writer *w, struct scap *h);
int		 scap_write(struct scap_writer *w, const struct scap_event *ev);
/* Write ev as a state-only event: readers apply it to their state but
 * do not show it (sysdig's -F "fatfile" events). */
int		 scap_write_state_only(struct scap_writer *w,
		    const struct scap_event *ev);
/* The flags of the event table for ev (EF_MODIFIES_STATE: 1 << 5). */
int		 scap_event_modifies_state(const struct scap_event *ev);
/*
 * Merging: one section holding the state of several readers (for a
 * thread id several readers know, the first reader's thread), with the
 * thread ids of reader k moved by offsets[k] (NULL: none); keep(), when
 * given, chooses which threads of reader k to write.  Events are then
 * written with their thread ids (header and thread-id parameters) moved.
 */
int		 scap_writer_state_merged(struct scap_writer *w,
		    struct scap *const *h, const int64_t *offsets, size_t n,
		    int (*keep)(void *arg, size_t k, int64_t tid), void *arg);
int		 scap_write_shifted(struct scap_writer *w,
		    const struct scap_event *ev, int64_t offset);
/* Raw writing for recorders: a whole block from its type and body (the
 * framing is added), and an event (V2 header with len and nparams,
 * u16 lengths, data) delivered by cpu. */
int		 scap_writer_block(struct scap_writer *w, uint32_t type,
		    const void *body, size_t len);
int		 scap_write_raw(struct scap_writer *w, uint16_t cpu,
		    const void *ev, size_t len);
int		 scap_writer_flush(struct scap_writer *w);
/* Bytes of capture written so far (before compression), and events. */
uint64_t	 scap_writer_size(const struct scap_writer *w);
uint64_t	 scap_writer_nevents(const struct scap_writer *w);
const char	*scap_writer_error(const struct scap_writer *w);
int		 scap_writer_close(struct scap_writer *w, char *errbuf);
void		 scap_writer_abort(struct scap_writer *w);	/* NULL is fine */

/*
 * Fields, for tools that count and sum (scap-top, scap-stat): a field of
 * the filter language ("fd.name", "evt.rawarg.res", ...), and its value
 * for an event just returned by scap_next().  scap_field_value()
 * returns 0 when the event has no such value, else 1 with the value as
 * sysdig prints it (str, len; not NUL-terminated, valid until the next
 * call with the same slot, 0..3) and, for numeric fields, as a number.
 */
struct scap_field;
struct scap_value {
	const char *str;
	size_t len;
	int numeric;
	int64_t num;
};
struct scap_field *scap_field_new(const char *name, char *errbuf);
const char	*scap_field_name(const struct scap_field *f);
int		 scap_field_value(struct scap *h, const struct scap_event *ev,
		    const struct scap_field *f, int slot, struct scap_value *v);
void		 scap_field_free(struct scap_field *f);

/* Print the fields of filters and formats, a line each (for -l). */
#include <stdio.h>
void		 scap_list_fields(FILE *fp);

#endif /* SCAP_H */
