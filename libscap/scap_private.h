/*
 * scap_private.h - libscap internals shared between its files.
 * Cross-file internal functions are named scapint_*.
 */
#ifndef SCAP_PRIVATE_H
#define SCAP_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "scap.h"
#include "evtable.h"

/* Block types (see scap(5)). */
#define BT_SHB			0x0A0D0D0Au
#define BT_MI			0x201u
#define BT_MI_INT		0x8002ABCDu
#define BT_PL_V1		0x202u
#define BT_PL_V1_INT		0x8000ABCDu
#define BT_PL_V2		0x207u
#define BT_PL_V2_INT		0x8013ABCDu
#define BT_PL_V3		0x209u
#define BT_PL_V3_INT		0x8014ABCDu
#define BT_PL_V4		0x210u
#define BT_PL_V5		0x211u
#define BT_PL_V6		0x212u
#define BT_PL_V7		0x213u
#define BT_PL_V8		0x214u
#define BT_PL_V9		0x215u
#define BT_FDL			0x203u
#define BT_FDL_INT		0x8001ABCDu
#define BT_FDL_V2		0x218u
#define BT_EV			0x204u
#define BT_EV_INT		0x8010ABCDu
#define BT_EVF			0x208u
#define BT_EV_V2		0x216u
#define BT_EVF_V2		0x217u
#define BT_EV_V2_LARGE		0x221u
#define BT_EVF_V2_LARGE		0x222u
#define BT_IL			0x205u
#define BT_IL_INT		0x8011ABCDu
#define BT_IL_V2		0x219u
#define BT_UL			0x206u
#define BT_UL_INT		0x8012ABCDu
#define BT_UL_V2		0x220u

#define SHB_MAGIC		0x1A2B3C4Du
#define DF_STATE_ONLY		1u	/* EVF flags word */
#define DF_REPLAY		(1u << 31)	/* ours: a copy carried into a new file */

/* fd types (scap_fd_type). */
enum fdtype {
	FD_UNKNOWN = 0, FD_FILE = 1, FD_DIRECTORY = 2, FD_IPV4_SOCK = 3,
	FD_IPV6_SOCK = 4, FD_IPV4_SERVSOCK = 5, FD_IPV6_SERVSOCK = 6,
	FD_FIFO = 7, FD_UNIX_SOCK = 8, FD_EVENT = 9, FD_UNSUPPORTED = 10,
	FD_SIGNALFD = 11, FD_EVENTPOLL = 12, FD_INOTIFY = 13, FD_TIMERFD = 14,
	FD_NETLINK = 15, FD_FILE_V2 = 16, FD_BPF = 17, FD_USERFAULTFD = 18,
	FD_IOURING = 19, FD_MEMFD = 20, FD_PIDFD = 21
};

enum l4proto { L4_UNKNOWN = 0, L4_NA = 1, L4_TCP = 2, L4_UDP = 3,
	L4_ICMP = 4, L4_RAW = 5 };

/* Growable byte string. */
struct sbuf {
	char *s;
	uint32_t len, cap;
};

/* One fd of a process. */
struct scap_fd {
	int64_t fd;
	uint8_t type;		/* enum fdtype */
	uint8_t role;		/* FDR_* bits */
	uint32_t openflags;
	uint64_t ino;
	/*
	 * Socket addresses, laid out as libsinsp's sockinfo union (its
	 * IPv4/IPv6 tuple and server views overlap), so that the state
	 * evolves exactly as sysdig's does.  See sock.c.
	 */
	uint8_t sock[40];
	struct sbuf name;
};
#define FDR_CLIENT	1
#define FDR_SERVER	2

struct fdtable;			/* fd number -> struct scap_fd */

struct scap_thread {
	int64_t tid, pid, ptid;
	int64_t vtid, vpid;	/* in its pid namespace (-1: unknown) */
	struct sbuf comm, exe, exepath, args, cwd;
	struct sbuf cgroups;	/* "subsys=path" items, each NUL-ended */
	uint32_t uid, gid, loginuid;
	uint32_t flags;		/* PPM_CL_* */
	uint32_t nchilds;
	struct fdtable *fds;	/* main thread of a process only */
	/* enter/exit bookkeeping */
	uint16_t last_type;
	bool last_valid;	/* exit matched its enter */
	bool closed;
	int64_t last_fd;
	uint64_t last_enter_ts;
	uint64_t latency;
	struct sbuf enter;	/* the last stored enter event (sinsp's) */
	/* With keep_enters: the last enter event, raw, while its exit is
	 * still to come (writers carry it into a new file). */
	struct sbuf lastenter;
	uint16_t lastenter_cpu;
	uint8_t lastenter_hdr;
	bool enter_pending;
};

#define CL_CLONE_FILES		(1u << 0)
#define CL_CLONE_THREAD		(1u << 13)
#define CL_CLOSED		(1u << 18)
#define CL_IS_MAIN_THREAD	(1u << 30)

struct user {
	uint32_t uid, gid;
	char *name, *home, *shell;
};
struct group {
	uint32_t gid;
	char *name;
};

#define SCAP_MAX_PARAMS	64

/* A decoded event. */
struct scap_event {
	uint64_t num;
	uint64_t ts;
	int64_t tid;
	uint32_t len;		/* event length (header + lengths + data) */
	uint8_t hdrlen;		/* 26, or 22 in old (V1) event blocks */
	uint16_t type;
	uint16_t cpu;
	uint32_t dflags;	/* EVF flags word, 0 for EV blocks */
	uint32_t nparams;	/* decoded: min(file, table max) */
	uint32_t nparams_file;
	const struct scap_eventinfo *info;
	const uint8_t *raw;	/* the event header */
	const uint8_t *blk;	/* the block it came in (writers copy an
				 * EV_V2 block whole) */
	uint32_t blklen;
	const uint8_t *pv[SCAP_MAX_PARAMS];
	uint32_t pl[SCAP_MAX_PARAMS];
	/* state resolved for this event */
	struct scap_thread *thread;	/* NULL: no thread info */
	struct scap_fd *fd;		/* the fd the event works on */
	int64_t fdnum;			/* its number, or -1 */
	bool hidden;
	bool counted;	/* by sysdig's -n */
	bool matched;		/* exit matched its enter */
	bool filtered;		/* failed the reader's filter */
	int32_t errorcode;	/* errno of a failed exit, else 0 */
};

struct i64map;	/* int64 -> pointer hash map */
struct i64map	*scapint_map_new(void);
void		 scapint_map_free(struct i64map *m);
void		*scapint_map_get(const struct i64map *m, int64_t k);
int		 scapint_map_put(struct i64map *m, int64_t k, void *v);
void		*scapint_map_del(struct i64map *m, int64_t k);
/* Iterate: *it starts at 0; returns NULL when done. */
void		*scapint_map_next(const struct i64map *m, size_t *it, int64_t *k);
size_t		 scapint_map_count(const struct i64map *m);

/* A container, as the capture's container events describe it. */
struct container {
	char *id, *name;	/* name NULL: none given */
	uint32_t ip;		/* its IPv4 address, network order (0: none) */
	char *json;		/* its description, for writers (NUL-ended) */
	uint32_t jsonlen;	/* without the NUL */
	uint64_t ts;		/* of the event that gave it */
};

/* The state: threads, fds, users.  See state.c. */
struct state {
	struct i64map *threads;
	struct user *users;
	size_t nusers, capusers;
	struct group *groups;
	size_t ngroups, capgroups;
	int64_t tid_to_remove;
	bool keep_enters;	/* keep every thread's pending enter event */
	/* a filter applied as sysdig's capture filter (scap_set_filter) */
	int (*filter)(void *arg, const struct scap_event *ev);
	void *filter_arg;
	int64_t last_tid;
	struct scap_thread *last_thread;
	struct { uint32_t addr, mask; } if4[64];	/* interfaces */
	size_t nif4;
	uint8_t if6[64][16];
	size_t nif6;
	uint8_t scratch[40];	/* see sock.c: scapint_sock_from_list() */
	struct sbuf tmpa, tmpb;	/* scratch strings for event parsing */
	uint8_t *il;		/* the interface list block, as read */
	uint32_t il_len;
	int64_t fd_to_remove, fd_rm_tid;
	bool fd_rm_pending;
	struct container *ctrs;	/* from the container events */
	size_t nctrs, capctrs;
};

void	scapint_state_init(struct state *st);
void	scapint_state_free(struct state *st);
/* Parse metadata blocks into the state.  Return 0, or -1 with msg set. */
int	scapint_state_pl(struct state *st, uint32_t btype, const uint8_t *b,
	    uint32_t len, char *msg, size_t msglen);
int	scapint_state_fdl(struct state *st, uint32_t btype, const uint8_t *b,
	    uint32_t len, char *msg, size_t msglen);
int	scapint_state_ul(struct state *st, uint32_t btype, const uint8_t *b,
	    uint32_t len, char *msg, size_t msglen);
int	scapint_state_il(struct state *st, uint32_t btype, const uint8_t *b,
	    uint32_t len, char *msg, size_t msglen);
void	scapint_state_seeded(struct state *st);
/* Apply an event to the state (before it is formatted). */
void	scapint_state_event(struct state *st, struct scap_event *ev);

struct scap_thread *scapint_thread_get(struct state *st, int64_t tid);
struct fdtable	*scapint_thread_fds(struct state *st, struct scap_thread *t);
struct scap_fd	*scapint_thread_add_fd(struct state *st, struct scap_thread *t,
	    int64_t fd, const struct scap_fd *proto);
bool		 scapint_retrieve_enter(struct scap_thread *t,
	    const struct scap_event *ev, struct scap_event *enter);
/* Every fd of a table (NULL when done); *it starts at 0. */
struct scap_fd	*scapint_fd_next(struct fdtable *ft, size_t *it);

/* Sockets (sock.c). */
void	scapint_sock_from_list(struct state *st, struct scap_fd *f,
	    const uint8_t *d);
/* Once the fd lists are read: the roles sysdig gives their sockets. */
void	scapint_sock_fix_from_list(struct state *st);
void	scapint_sock_socket_exit(struct state *st, struct scap_event *ev);
void	scapint_sock_bind_exit(struct state *st, struct scap_event *ev);
void	scapint_sock_connect_enter(struct state *st, struct scap_event *ev);
void	scapint_sock_connect_exit(struct state *st, struct scap_event *ev);
void	scapint_sock_accept_exit(struct state *st, struct scap_event *ev);
void	scapint_sock_rw_exit(struct state *st, struct scap_event *ev);
void	scapint_sock_infer_sendto(struct state *st, struct scap_event *ev);
void	scapint_sock_socketpair_exit(struct state *st, struct scap_event *ev);
uint8_t	scapint_sock_l4proto(const struct scap_fd *f);
/* Render a sockaddr / socktuple parameter as sysdig does; returns the
 * length written to buf (at most cap - 1). */
size_t	scapint_sockaddr_str(char *buf, size_t cap, const uint8_t *p,
	    uint32_t n);
size_t	scapint_socktuple_str(char *buf, size_t cap, const uint8_t *p,
	    uint32_t n);
struct scap_thread *scapint_thread_main(struct state *st,
	    struct scap_thread *t);
struct scap_fd	*scapint_fd_get(struct state *st, struct scap_thread *t,
	    int64_t fd);
const struct user *scapint_user_get(const struct state *st, uint32_t uid);
const struct group *scapint_group_get(const struct state *st, uint32_t gid);
/* The container of this id (len bytes), or NULL. */
const struct container *scapint_container_get(const struct state *st,
		    const char *id, size_t len);
/* The cwd of a thread (its process's), always ending in '/'. */
const struct sbuf *scapint_thread_cwd(struct state *st, struct scap_thread *t);

/* Strings. */
void	sbuf_set(struct sbuf *b, const char *s, size_t n);
void	sbuf_setz(struct sbuf *b, const char *s);
void	sbuf_add(struct sbuf *b, const char *s, size_t n);
/* JSON (util.c): p..e is the text; NULL returns mean malformed. */
const char *scapint_json_ws(const char *p, const char *e);
const char *scapint_json_str(const char *p, const char *e, struct sbuf *out);
const char *scapint_json_skip(const char *p, const char *e);
const char *scapint_json_member(const char *p, const char *e,
		    const char *key, struct sbuf *tmp);
void	sbuf_free(struct sbuf *b);
/* Set from a C string in a buffer of n bytes (stops at a NUL). */
void	sbuf_from_cstr(struct sbuf *b, const char *s, size_t n);
void	sbuf_reserve(struct sbuf *b, size_t n);

/* Little-endian loads from unaligned memory. */
static inline uint16_t ld16(const void *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static inline uint32_t ld32(const void *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static inline uint64_t ld64(const void *p) { uint64_t v; memcpy(&v, p, 8); return v; }

/* Parameter helpers: value of param i as integer (0 if absent/short). */
int64_t	scapint_param_i64(const struct scap_event *ev, unsigned i);
uint32_t scapint_param_u32(const struct scap_event *ev, unsigned i);
/* Index of the param named name, or -1. */
int	scapint_param_index(const struct scap_event *ev, const char *name);

char	scapint_fd_typechar(const struct scap_fd *f);

/* Text for fields (fmt.c); results stay valid until the next call. */
struct fieldval;
const char *scapint_fmt_param_text(struct scap *h, const struct scap_event *ev,
	    unsigned i, bool resolved, size_t *n);
const char *scapint_fmt_args_text(struct scap *h, const struct scap_event *ev,
	    size_t *n);
const char *scapint_fmt_time_text(struct scap *h, const struct scap_event *ev,
	    int kind, size_t *n);
void	scapint_fmt_bytebuf_text(struct scap *h, const uint8_t *p, size_t n,
	    struct sbuf *out);
const char *scapint_event_typename(const struct scap_event *ev);
/* fmt_csv.c */
size_t	scapint_csv_quote(char **buf, size_t *cap, const char *s, size_t n);
/* field.c */
void	scapint_field_store_free(void *p);
uint8_t	scapint_rawarg_type(const char *name);
bool	scapint_param_name_known(const char *name);
void	scapint_rawarg_value(const struct scap_event *ev, unsigned i,
	    struct fieldval *v);
const char *scapint_category_name(uint16_t cat);
/* state.c: the path an openat exit names (for fd.name without an fd) */
void	scapint_openat_path(struct scap *h, const struct scap_event *ev,
	    struct sbuf *out);

/* Path helpers (path.c). Join cwd (ending in '/') and path, normalise. */
void	scapint_path_join(struct sbuf *out, const char *cwd, size_t cwdlen,
	    const char *path, size_t pathlen);
/* Remove bytes sysdig considers invalid in paths (non-printable, >= 0x80). */
size_t	scapint_sanitize(char *dst, const char *src, size_t n);

struct scap *scapint_handle(void);

/* The reader handle. */
struct scap {
	uint32_t magic;
	int status;		/* SCAP_OK or the sticky error code */
	char name[256];		/* for messages */
	/* input */
	int fd;
	bool own_fd;		/* h->mem is ours to free */
	const uint8_t *mem;	/* memory input */
	size_t memlen;
	uint8_t *winbuf;	/* the input window (read.c) */
	size_t wcap, wlen, wpos;
	bool weof;
	struct z_stream_s *z;	/* inflating gzip input */
	uint8_t *zin;
	size_t zinsize;
	bool zeof, zend;
	uint64_t off;		/* bytes consumed */
	uint64_t wbase;		/* stream offset of winbuf[0] */
	bool fatal;		/* the input itself failed: no recovery */
	struct scap_open_options opt;	/* recovery, progress */
	uint64_t inbytes;	/* bytes read from fd (compressed for gzip) */
	uint64_t progress_next;
	/* the current block, in the input window */
	const uint8_t *blk;
	/* sections */
	bool in_events;		/* an event block was seen in this section */
	bool leading;		/* no non-container event yet */
	uint64_t nevents;	/* evt.num counter */
	uint64_t first_ts;
	/* pending header of a block read ahead */
	struct state st;
	struct scap_event ev;
	char err[SCAP_ERRBUF_SIZE];
	char warn[SCAP_ERRBUF_SIZE];
	bool warn_pending;
	unsigned nwarn;
	bool seen_event_block;
	bool pending;		/* h->ev was peeked, not yet applied */
	struct scap_fmt *ifmt;	/* renders text for fields */
	struct scap_filter *filter;	/* scap_set_filter() */
	void *fields;		/* field value storage (field.c) */
	int outtime;		/* -t of evt.outputtime */
	bool bufs_whole;	/* buffers not cut (JSON, SCAP_FMT_WHOLE) */
	char hostname[129];
	uint8_t mi[180];	/* the machine info block's body */
	bool have_mi;
	struct scap_stats stats;	/* scap_get_stats() */
};

#endif
