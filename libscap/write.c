/*
 * write.c - the capture writer: the 2022 block format that sysdig 0.29.3
 * and tshark read (SHB, MI, IL, UL_V2, PL_V9, FDL_V2, EV_V2/EVF_V2 and
 * their large-payload variants), plain or gzip.
 *
 * A file is written under a temporary name in the same directory and
 * renamed over its final name by scap_writer_close() only when every
 * byte reached the disk; scap_writer_abort() removes it.  A state
 * snapshot (scap_writer_state()) starts a section that reads alone: it
 * carries the threads, fds and users of the reader at that point.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "scap_private.h"

#define WMAGIC		0x5343a971u
#define OUTBUF		(256 * 1024)
#define OUTBUF_SMALL	(32 * 1024)	/* SCAP_W_SMALLBUF */

struct scap_writer {
	uint32_t magic;
	int fd;
	gzFile gz;
	char *path;		/* final name; NULL for standard output */
	char *tmp;		/* the name written to until close */
	int status;
	char err[SCAP_ERRBUF_SIZE];
	uint8_t *out;		/* output buffer */
	size_t outlen, outcap;
	uint8_t *blk;		/* block assembly */
	size_t blklen, blkcap;
	uint64_t bytes;		/* capture bytes written (uncompressed) */
	uint64_t nevents;
	uint64_t *ctrs;		/* hashes of the containers described */
	size_t nctrs, capctrs;
};

static void
werr(struct scap_writer *w, const char *fmt, ...)
{
	va_list ap;

	if (w->status != SCAP_OK)
		return;
	va_start(ap, fmt);
	vsnprintf(w->err, sizeof(w->err), fmt, ap);
	va_end(ap);
	w->status = SCAP_ERR;
}

static void
out_flush(struct scap_writer *w)
{
	size_t off = 0;

	if (w->status != SCAP_OK) {
		w->outlen = 0;
		return;
	}
	if (w->gz != NULL) {
		if (w->outlen > 0 &&
		    gzwrite(w->gz, w->out, (unsigned)w->outlen) <= 0) {
			int ze;
			const char *m = gzerror(w->gz, &ze);

			werr(w, "%s: write error: %s", w->tmp ? w->tmp :
			    "<stdout>", ze == Z_ERRNO ? strerror(errno) : m);
		}
		w->outlen = 0;
		return;
	}
	while (off < w->outlen) {
		ssize_t n = write(w->fd, w->out + off, w->outlen - off);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			werr(w, "%s: write error: %s", w->tmp ? w->tmp :
			    "<stdout>", n < 0 ? strerror(errno) : "short write");
			break;
		}
		off += (size_t)n;
	}
	w->outlen = 0;
}

static void
out(struct scap_writer *w, const void *p, size_t n)
{
	w->bytes += n;
	while (n > 0) {
		size_t k = w->outcap - w->outlen;

		if (k > n)
			k = n;
		memcpy(w->out + w->outlen, p, k);
		w->outlen += k;
		p = (const uint8_t *)p + k;
		n -= k;
		if (w->outlen == w->outcap)
			out_flush(w);
	}
}

/* Block assembly: begin, append body bytes, end (pads, trailer). */
static void
blk_need(struct scap_writer *w, size_t n)
{
	if (w->blklen + n > w->blkcap) {
		size_t cap = w->blkcap ? w->blkcap : 4096;
		uint8_t *b;

		while (cap < w->blklen + n)
			cap *= 2;
		b = realloc(w->blk, cap);
		if (b == NULL) {
			werr(w, "out of memory");
			return;
		}
		w->blk = b;
		w->blkcap = cap;
	}
}

static void
blk_add(struct scap_writer *w, const void *p, size_t n)
{
	blk_need(w, n);
	if (w->status != SCAP_OK)
		return;
	memcpy(w->blk + w->blklen, p, n);
	w->blklen += n;
}

static void b8(struct scap_writer *w, uint8_t v) { blk_add(w, &v, 1); }
static void b16(struct scap_writer *w, uint16_t v) { blk_add(w, &v, 2); }
static void b32(struct scap_writer *w, uint32_t v) { blk_add(w, &v, 4); }
static void b64(struct scap_writer *w, uint64_t v) { blk_add(w, &v, 8); }

/* A u16-length string, clamped to max bytes. */
static void
bstr(struct scap_writer *w, const char *s, size_t n, size_t max)
{
	if (s == NULL)
		n = 0;
	if (n > max)
		n = max;
	b16(w, (uint16_t)n);
	if (n)
		blk_add(w, s, n);
}

/* The bytes of a NUL-ended item list that fit in 4096, whole items. */
static size_t
cgroups_len(const struct sbuf *b)
{
	size_t n = b->len;

	if (b->s == NULL)
		return 0;
	if (n > 4096) {
		/* back to the end of the last item that fits */
		n = 4096;
		while (n > 0 && b->s[n - 1] != 0)
			n--;
	}
	return n;
}

static void
blk_begin(struct scap_writer *w, uint32_t type)
{
	w->blklen = 0;
	b32(w, type);
	b32(w, 0);	/* total, patched by blk_end() */
}

static void
blk_end(struct scap_writer *w)
{
	static const uint8_t zero[4];
	uint32_t total;

	if (w->status != SCAP_OK)
		return;
	total = (uint32_t)((w->blklen + 4 + 3) & ~(size_t)3);
	blk_add(w, zero, total - 4 - w->blklen);
	b32(w, total);
	memcpy(w->blk + 4, &total, 4);
	out(w, w->blk, w->blklen);
}

static struct scap_writer *
writer_new(int flags, char *errbuf)
{
	struct scap_writer *w = calloc(1, sizeof(*w));
	size_t cap = (flags & SCAP_W_SMALLBUF) ? OUTBUF_SMALL : OUTBUF;

	if (w == NULL || (w->out = malloc(cap)) == NULL) {
		free(w);
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "out of memory");
		return NULL;
	}
	w->outcap = cap;
	w->magic = WMAGIC;
	w->fd = -1;
	return w;
}

/* The writer on w->fd: compressed or not. */
static struct scap_writer *
writer_start(struct scap_writer *w, int flags, char *errbuf)
{
	if (flags & SCAP_W_GZIP) {
		w->gz = gzdopen(w->fd, "wb");
		if (w->gz == NULL) {
			snprintf(errbuf, SCAP_ERRBUF_SIZE, "out of memory");
			scap_writer_abort(w);
			return NULL;
		}
	}
	return w;
}

struct scap_writer *
scap_writer_fdopen(int fd, int flags, char *errbuf)
{
	struct scap_writer *w = writer_new(flags, errbuf);

	if (w == NULL)
		return NULL;
	/* the writer's own descriptor, so that fd is closed on success
	 * only */
	if ((w->fd = dup(fd)) < 0) {
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "%s", strerror(errno));
		scap_writer_abort(w);
		return NULL;
	}
	if ((w = writer_start(w, flags, errbuf)) != NULL)
		close(fd);
	return w;
}

struct scap_writer *
scap_writer_open(const char *path, int flags, char *errbuf)
{
	struct scap_writer *w = writer_new(flags, errbuf);

	if (w == NULL)
		return NULL;
	if (path == NULL || strcmp(path, "-") == 0) {
		if (isatty(1)) {
			snprintf(errbuf, SCAP_ERRBUF_SIZE, "refusing to write "
			    "a capture to a terminal");
			scap_writer_abort(w);
			return NULL;
		}
		w->fd = dup(1);
	} else {
		size_t n = strlen(path);
		const char *slash = strrchr(path, '/');
		size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;

		w->path = strdup(path);
		w->tmp = malloc(n + 16);
		if (w->path == NULL || w->tmp == NULL) {
			snprintf(errbuf, SCAP_ERRBUF_SIZE, "out of memory");
			scap_writer_abort(w);
			return NULL;
		}
		/* ".NAME.XXXXXX" beside the final name */
		memcpy(w->tmp, path, dirlen);
		snprintf(w->tmp + dirlen, n + 16 - dirlen, ".%s.XXXXXX",
		    path + dirlen);
		w->fd = mkstemp(w->tmp);
		if (w->fd < 0) {
			snprintf(errbuf, SCAP_ERRBUF_SIZE, "%s: %s", path,
			    strerror(errno));
			free(w->tmp);
			w->tmp = NULL;
			scap_writer_abort(w);
			return NULL;
		}
		{
			/* as a file created with mode 0644 would be: the
			 * umask applies (mkstemp() made it 0600) */
			mode_t um = umask(022);

			umask(um);
			(void)fchmod(w->fd, 0644 & ~um);
		}
	}
	if (w->fd < 0) {
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "%s", strerror(errno));
		scap_writer_abort(w);
		return NULL;
	}
	return writer_start(w, flags, errbuf);
}

const char *
scap_writer_error(const struct scap_writer *w)
{
	return w->err;
}

uint64_t
scap_writer_size(const struct scap_writer *w)
{
	return w->bytes;
}

uint64_t
scap_writer_nevents(const struct scap_writer *w)
{
	return w->nevents;
}

static void
write_shb(struct scap_writer *w)
{
	blk_begin(w, BT_SHB);
	b32(w, SHB_MAGIC);
	b16(w, 1);
	b16(w, 2);
	b64(w, UINT64_MAX);
	blk_end(w);
}

/* A thread of one of the merged readers, and the offset of its ids. */
struct mthread {
	struct scap_thread *t;
	struct state *st;
	int64_t off;
};

static int64_t
shift(int64_t id, int64_t off)
{
	return id > 0 ? id + off : id;
}

static int
cmp_mthread(const void *a, const void *b)
{
	const struct mthread *x = a, *y = b;
	int64_t p = shift(x->t->tid, x->off), q = shift(y->t->tid, y->off);

	if (p != q)
		return p < q ? -1 : 1;
	/* the same id in several inputs: the earlier input wins */
	return x < y ? -1 : x > y;
}

static int
cmp_fd(const void *a, const void *b)
{
	int64_t x = (*(struct scap_fd *const *)a)->fd;
	int64_t y = (*(struct scap_fd *const *)b)->fd;

	return x < y ? -1 : x > y;
}

static bool
user_seen(struct state *const *sts, size_t k, uint32_t id, bool group)
{
	size_t i;

	for (i = 0; i < k; i++)
		if (group ? scapint_group_get(sts[i], id) != NULL :
		    scapint_user_get(sts[i], id) != NULL)
			return true;
	return false;
}

static void
patch_len(struct scap_writer *w, size_t at)
{
	if (w->status == SCAP_OK) {
		uint32_t l = (uint32_t)(w->blklen - at);

		memcpy(w->blk + at, &l, 4);
	}
}

/* The users and groups of every state (the first one of an id wins). */
static void
write_users(struct scap_writer *w, struct state *const *sts, size_t n)
{
	size_t i, k, any = 0;

	for (k = 0; k < n; k++)
		any += sts[k]->nusers + sts[k]->ngroups;
	if (any == 0)
		return;
	blk_begin(w, BT_UL_V2);
	for (k = 0; k < n; k++)
		for (i = 0; i < sts[k]->nusers; i++) {
			const struct user *u = &sts[k]->users[i];
			size_t at = w->blklen;

			if (user_seen(sts, k, u->uid, false))
				continue;
			b32(w, 0);
			b8(w, 0);
			b32(w, u->uid);
			b32(w, u->gid);
			bstr(w, u->name, u->name ? strlen(u->name) : 0, 255);
			bstr(w, u->home, u->home ? strlen(u->home) : 0, 255);
			bstr(w, u->shell, u->shell ? strlen(u->shell) : 0, 255);
			patch_len(w, at);
		}
	for (k = 0; k < n; k++)
		for (i = 0; i < sts[k]->ngroups; i++) {
			const struct group *g = &sts[k]->groups[i];
			size_t at = w->blklen;

			if (user_seen(sts, k, g->gid, true))
				continue;
			b32(w, 0);
			b8(w, 1);
			b32(w, g->gid);
			bstr(w, g->name, g->name ? strlen(g->name) : 0, 255);
			patch_len(w, at);
		}
	blk_end(w);
}

/*
 * Threads a snapshot leaves out: placeholders the reader made up for
 * tids the capture never described, while they hold nothing (a reader
 * of the new file makes them again, at the same event), and a thread
 * whose removal is pending.
 */
static bool
snapshot_skips(const struct state *st, const struct scap_thread *t)
{
	size_t it = 0;

	if (t->ptid == -1 && t->uid == 0xffffffffu && t->comm.len == 4 &&
	    memcmp(t->comm.s, "<NA>", 4) == 0 && t->exe.len == 4 &&
	    memcmp(t->exe.s, "<NA>", 4) == 0 && !t->enter_pending &&
	    (t->fds == NULL || scapint_fd_next(t->fds, &it) == NULL))
		return true;
	return t->tid == st->tid_to_remove && t->nchilds == 0;
}

static void
write_threads(struct scap_writer *w, struct mthread *v, size_t n)
{
	size_t i;

	blk_begin(w, BT_PL_V9);
	for (i = 0; i < n; i++) {
		struct scap_thread *t = v[i].t;
		int64_t off = v[i].off;
		size_t at = w->blklen;

		b32(w, 0);
		b64(w, (uint64_t)shift(t->tid, off));
		b64(w, (uint64_t)shift(t->pid, off));
		b64(w, (uint64_t)shift(t->ptid, off));
		b64(w, 0);			/* sid */
		b64(w, 0);			/* vpgid */
		bstr(w, t->comm.s, t->comm.len, 1024);
		bstr(w, t->exe.s, t->exe.len, 1024);
		bstr(w, t->exepath.s, t->exepath.len, 1024);
		bstr(w, t->args.s, t->args.len, 4096);
		bstr(w, t->cwd.s, t->cwd.len, 1024);
		b64(w, 1024);			/* fdlimit */
		b32(w, t->flags);
		b32(w, t->uid);
		b32(w, t->gid);
		b32(w, 0); b32(w, 0); b32(w, 0);	/* vm size, rss, swap */
		b64(w, 0); b64(w, 0);		/* page faults */
		bstr(w, NULL, 0, 0);		/* env */
		/* (ids of another machine moved, where they are its own) */
		b64(w, (uint64_t)(t->vtid == t->tid ? shift(t->tid, off) :
		    t->vtid));
		b64(w, (uint64_t)(t->vpid == t->pid ? shift(t->pid, off) :
		    t->vpid));
		/* its control groups (the container it runs in), whole
		 * items within the list's 4096 bytes */
		bstr(w, t->cgroups.s, cgroups_len(&t->cgroups), 4096);
		bstr(w, "/", 1, 1);		/* root */
		b32(w, t->loginuid);
		b8(w, 0);			/* exe_writable */
		if (w->status == SCAP_OK) {
			uint32_t l = (uint32_t)(w->blklen - at);

			memcpy(w->blk + at, &l, 4);
		}
	}
	blk_end(w);
}

static void
write_fds(struct scap_writer *w, struct state *st, struct scap_thread *t,
    int64_t off)
{
	struct fdtable *ft = t->fds;
	size_t it = 0, n = 0, cnt = 0, i;
	struct scap_fd *f, **v;

	if (ft == NULL)
		return;
	while (scapint_fd_next(ft, &it) != NULL)
		cnt++;
	if (cnt == 0)
		return;
	v = malloc(cnt * sizeof(*v));
	if (v == NULL) {
		werr(w, "out of memory");
		return;
	}
	it = 0;
	while ((f = scapint_fd_next(ft, &it)) != NULL && n < cnt)
		v[n++] = f;
	qsort(v, n, sizeof(*v), cmp_fd);
	blk_begin(w, BT_FDL_V2);
	b64(w, (uint64_t)shift(t->tid, off));
	for (i = 0; i < n; i++) {
		uint8_t type = v[i]->type;
		size_t at = w->blklen;

		if (type == FD_UNKNOWN)
			continue;
		/* a closed fd whose removal is pending */
		if (st->fd_rm_pending && v[i]->fd == st->fd_to_remove &&
		    scapint_thread_get(st, st->fd_rm_tid) != NULL &&
		    scapint_thread_fds(st, scapint_thread_get(st,
		    st->fd_rm_tid)) == ft)
			continue;
		if (type > FD_FILE_V2)
			type = FD_UNSUPPORTED;	/* sysdig 0.29.3 knows 1..16 */
		b32(w, 0);
		b64(w, (uint64_t)v[i]->fd);
		b64(w, v[i]->ino);
		b8(w, type);
		switch (type) {
		case FD_IPV4_SOCK:
			blk_add(w, v[i]->sock, 13);
			break;
		case FD_IPV6_SOCK:
			blk_add(w, v[i]->sock, 37);
			break;
		case FD_IPV4_SERVSOCK:
			blk_add(w, v[i]->sock, 7);
			break;
		case FD_IPV6_SERVSOCK:
			blk_add(w, v[i]->sock, 19);
			break;
		case FD_UNIX_SOCK:
			blk_add(w, v[i]->sock, 16);
			bstr(w, v[i]->name.s, v[i]->name.len, 1023);
			break;
		case FD_FILE_V2:
			b32(w, v[i]->openflags);
			bstr(w, v[i]->name.s, v[i]->name.len, 1023);
			break;
		default:
			bstr(w, v[i]->name.s, v[i]->name.len, 1023);
			break;
		}
		if (w->status == SCAP_OK) {
			uint32_t l = (uint32_t)(w->blklen - at);

			memcpy(w->blk + at, &l, 4);
		}
	}
	blk_end(w);
	free(v);
}

static int
cmp_enter_ts(const void *a, const void *b)
{
	const struct mthread *x = a, *y = b;
	uint64_t p = ld64(x->t->lastenter.s), q = ld64(y->t->lastenter.s);

	return p < q ? -1 : p > q;
}

/*
 * The enter events whose exits are still to come, as state-only copies
 * (flagged DF_REPLAY too): a reader of the new file pairs the exits with
 * them as a reader of the whole capture did.  Merging drops the copies.
 */
static void
write_pending_enters(struct scap_writer *w, struct mthread *v, size_t n)
{
	struct mthread *p;
	size_t i, k = 0;

	if ((p = malloc((n + 1) * sizeof(*p))) == NULL) {
		werr(w, "out of memory");
		return;
	}
	for (i = 0; i < n; i++)
		if (v[i].t->enter_pending && v[i].t->lastenter.len >= 22)
			p[k++] = v[i];
	qsort(p, k, sizeof(*p), cmp_enter_ts);
	for (i = 0; i < k; i++) {
		struct scap_thread *t = p[i].t;
		const uint8_t *raw = (const uint8_t *)t->lastenter.s;
		uint32_t len = t->lastenter.len;
		uint16_t type = ld16(raw + 20);
		int64_t tid = shift((int64_t)ld64(raw + 8), p[i].off);
		bool large = (scapint_events[type].flags & EF_LARGE_PAYLOAD);

		blk_begin(w, large ? BT_EVF_V2_LARGE : BT_EVF_V2);
		b16(w, t->lastenter_cpu);
		b32(w, DF_STATE_ONLY | DF_REPLAY);
		b64(w, ld64(raw));
		b64(w, (uint64_t)tid);
		if (t->lastenter_hdr == 26) {
			b32(w, len);
			blk_add(w, raw + 20, len - 20);
		} else {
			/* old event: count its parameters as the reader did */
			uint32_t np = 0, lsz = large ? 4 : 2, sum, j;

			for (np = scapint_events[type].nparams_max + 1;
			    np-- > 0;) {
				if ((uint64_t)np * lsz > len - 22)
					continue;
				for (sum = 0, j = 0; j < np; j++)
					sum += lsz == 2 ? ld16(raw + 22 + j * 2) :
					    ld32(raw + 22 + j * 4);
				if ((uint64_t)sum + np * lsz == len - 22)
					break;
			}
			b32(w, len + 4);
			b16(w, type);
			b32(w, np == UINT32_MAX ? 0 : np);
			blk_add(w, raw + 22, len - 22);
		}
		blk_end(w);
	}
	free(p);
}

/*
 * The containers the readers' container events described, as the events
 * sysdig's writer puts after the state (CONTAINER_JSON_2, thread -1, CPU
 * 0): a reader of the new file names containers as one of the whole
 * capture did.  An id two readers know is the first reader's; a
 * description this writer already wrote (an appended section) is not
 * written again.
 */
static uint64_t
fnv64(const char *s, size_t n)
{
	uint64_t x = 0xcbf29ce484222325ULL;

	while (n-- > 0)
		x = (x ^ (uint8_t)*s++) * 0x100000001b3ULL;
	return x;
}

static void
write_containers(struct scap_writer *w, struct state *const *sts, size_t n)
{
	size_t k, i, j, m;

	for (k = 0; k < n; k++)
		for (i = 0; i < sts[k]->nctrs; i++) {
			const struct container *c = &sts[k]->ctrs[i];
			uint64_t hv;
			bool dup = false;

			if (c->json == NULL)
				continue;
			for (j = 0; j < k && !dup; j++)
				dup = scapint_container_get(sts[j], c->id,
				    strlen(c->id)) != NULL;
			hv = fnv64(c->json, c->jsonlen);
			for (m = 0; m < w->nctrs && !dup; m++)
				dup = w->ctrs[m] == hv;
			if (dup)
				continue;
			if (w->nctrs == w->capctrs) {
				size_t cap = w->capctrs ? w->capctrs * 2 : 8;
				uint64_t *nc = realloc(w->ctrs,
				    cap * sizeof(*nc));

				if (nc == NULL) {
					werr(w, "out of memory");
					return;
				}
				w->ctrs = nc;
				w->capctrs = cap;
			}
			w->ctrs[w->nctrs++] = hv;
			blk_begin(w, BT_EV_V2_LARGE);
			b16(w, 0);
			b64(w, c->ts);
			b64(w, UINT64_MAX);		/* thread -1 */
			b32(w, 26 + 4 + c->jsonlen + 1);
			b16(w, 324);			/* CONTAINER_JSON_2_E */
			b32(w, 1);
			b32(w, c->jsonlen + 1);
			blk_add(w, c->json, c->jsonlen);
			b8(w, 0);
			blk_end(w);
		}
}

int
scap_writer_state_merged(struct scap_writer *w, struct scap *const *hs,
    const int64_t *offsets, size_t nh,
    int (*keep)(void *arg, size_t k, int64_t tid), void *arg)
{
	struct state *sts[64];
	struct mthread *v;
	size_t n = 0, cap = 0, i, k;

	if (w == NULL || w->magic != WMAGIC || nh == 0 || nh > 64)
		return SCAP_ERR;
	for (k = 0; k < nh; k++) {
		sts[k] = &hs[k]->st;
		cap += scapint_map_count(sts[k]->threads);
	}
	write_shb(w);
	blk_begin(w, BT_MI);
	if (hs[0]->have_mi)
		blk_add(w, hs[0]->mi, sizeof(hs[0]->mi));
	else {
		uint8_t mi[180] = { 0 };
		uint32_t one = 1;

		memcpy(mi, &one, 4);
		blk_add(w, mi, sizeof(mi));
	}
	blk_end(w);
	if (sts[0]->il != NULL && sts[0]->il_len >= 12) {
		w->blklen = 0;
		blk_add(w, sts[0]->il, sts[0]->il_len);
		if (w->status == SCAP_OK)
			out(w, w->blk, w->blklen);
	}
	write_users(w, sts, nh);
	v = malloc((cap + 1) * sizeof(*v));
	if (v == NULL) {
		werr(w, "out of memory");
		return w->status;
	}
	for (k = 0; k < nh; k++) {
		size_t it = 0;
		struct scap_thread *t;

		while ((t = scapint_map_next(sts[k]->threads, &it, NULL)) !=
		    NULL && n < cap) {
			if (snapshot_skips(sts[k], t) ||
			    (keep != NULL && !keep(arg, k, t->tid)))
				continue;
			v[n].t = t;
			v[n].st = sts[k];
			v[n].off = offsets ? offsets[k] : 0;
			n++;
		}
	}
	qsort(v, n, sizeof(*v), cmp_mthread);
	/* keep the first of equal ids */
	for (i = 0, k = 0; i < n; i++)
		if (k == 0 || shift(v[i].t->tid, v[i].off) !=
		    shift(v[k - 1].t->tid, v[k - 1].off))
			v[k++] = v[i];
	n = k;
	write_threads(w, v, n);
	for (i = 0; i < n; i++)
		write_fds(w, v[i].st, v[i].t, v[i].off);
	write_containers(w, sts, nh);
	write_pending_enters(w, v, n);
	free(v);
	return w->status;
}

int
scap_writer_state(struct scap_writer *w, struct scap *h)
{
	return scap_writer_state_merged(w, &h, NULL, 1, NULL, NULL);
}

int
scap_write(struct scap_writer *w, const struct scap_event *ev)
{
	return scap_write_shifted(w, ev, 0);
}

static int write_event(struct scap_writer *w, const struct scap_event *ev,
    int64_t off, uint32_t addflags);

int
scap_write_state_only(struct scap_writer *w, const struct scap_event *ev)
{
	return write_event(w, ev, 0, DF_STATE_ONLY);
}

int
scap_write_shifted(struct scap_writer *w, const struct scap_event *ev,
    int64_t off)
{
	return write_event(w, ev, off, 0);
}

static int
write_event(struct scap_writer *w, const struct scap_event *ev, int64_t off,
    uint32_t addflags)
{
	bool large = (ev->info->flags & EF_LARGE_PAYLOAD) != 0;
	uint32_t btype, len = ev->len;
	size_t evstart;

	if (w == NULL || w->magic != WMAGIC)
		return SCAP_ERR;
	if (w->status != SCAP_OK)
		return w->status;
	if (ev->dflags & DF_REPLAY)
		return SCAP_OK;	/* copies are made anew where needed */
	if (off == 0 && addflags == 0 && ev->blk + 10 == ev->raw &&
	    ev->blklen <= w->outcap - w->outlen &&
	    ev->blklen == ((8 + 2 + len + 4 + 3) & ~3u) &&
	    ld32(ev->blk) == BT_EV_V2 && !large) {
		/* the common case: the EV_V2 block it came in, as it is */
		memcpy(w->out + w->outlen, ev->blk, ev->blklen);
		w->outlen += ev->blklen;
		w->bytes += ev->blklen;
		w->nevents++;
		return SCAP_OK;
	}
	if (((ev->dflags | addflags) & (DF_STATE_ONLY | 2u)) != 0)
		btype = large ? BT_EVF_V2_LARGE : BT_EVF_V2;
	else
		btype = large ? BT_EV_V2_LARGE : BT_EV_V2;
	if (off == 0 && ev->hdrlen == 26 && (btype == BT_EV_V2 ||
	    btype == BT_EV_V2_LARGE) && w->outlen + len + 20 <= w->outcap) {
		/* the common case: straight into the output buffer */
		uint8_t *o = w->out + w->outlen;
		uint32_t total = (8 + 2 + len + 4 + 3) & ~3u;

		memcpy(o, &btype, 4);
		memcpy(o + 4, &total, 4);
		memcpy(o + 8, &ev->cpu, 2);
		memcpy(o + 10, ev->raw, len);
		memset(o + 10 + len, 0, total - 4 - 10 - len);
		memcpy(o + total - 4, &total, 4);
		w->outlen += total;
		w->bytes += total;
		w->nevents++;
		return SCAP_OK;
	}
	blk_begin(w, btype);
	b16(w, ev->cpu);
	if (btype == BT_EVF_V2 || btype == BT_EVF_V2_LARGE)
		b32(w, (ev->dflags | addflags) & (DF_STATE_ONLY | 2u));
	evstart = w->blklen;
	if (ev->hdrlen == 26)
		blk_add(w, ev->raw, len);
	else {
		/* An old (V1) event: add the parameter count. */
		b64(w, ev->ts);
		b64(w, (uint64_t)ev->tid);
		b32(w, len + 4);
		b16(w, ev->type);
		b32(w, ev->nparams_file);
		blk_add(w, ev->raw + ev->hdrlen, len - ev->hdrlen);
	}
	if (off != 0 && w->status == SCAP_OK) {
		/* ids of another machine: the header's tid and every
		 * thread-id parameter move by off */
		size_t grow = 26 - ev->hdrlen;
		int64_t v;
		unsigned i;

		v = shift(ev->tid, off);
		memcpy(w->blk + evstart + 8, &v, 8);
		for (i = 0; i < ev->nparams; i++) {
			size_t at;

			if (ev->info->params[i].type != PT_PID || ev->pl[i] != 8)
				continue;
			at = evstart + grow + (size_t)(ev->pv[i] - ev->raw);
			memcpy(&v, w->blk + at, 8);
			v = shift(v, off);
			memcpy(w->blk + at, &v, 8);
		}
	}
	blk_end(w);
	w->nevents++;
	return w->status;
}

/*
 * Raw writing, for recorders that make their own blocks and events:
 * a whole block from its type and body (framing, padding and trailer
 * added here), and an event (V2 header, lengths, data) from cpu.
 */
int
scap_writer_block(struct scap_writer *w, uint32_t type, const void *body,
    size_t len)
{
	if (w == NULL || w->magic != WMAGIC)
		return SCAP_ERR;
	if (w->status != SCAP_OK)
		return w->status;
	blk_begin(w, type);
	blk_add(w, body, len);
	blk_end(w);
	return w->status;
}

int
scap_write_raw(struct scap_writer *w, uint16_t cpu, const void *ev,
    size_t len)
{
	uint16_t type;
	bool large;
	size_t total;

	if (w == NULL || w->magic != WMAGIC)
		return SCAP_ERR;
	if (w->status != SCAP_OK)
		return w->status;
	if (len < 26) {
		werr(w, "raw event of %zu bytes is shorter than its header",
		    len);
		return w->status;
	}
	{
		uint32_t evlen;

		memcpy(&evlen, (const uint8_t *)ev + 16, 4);
		if (evlen != len) {
			werr(w, "raw event: its length field says %u, "
			    "%zu bytes were given", evlen, len);
			return w->status;
		}
	}
	memcpy(&type, (const uint8_t *)ev + 20, 2);
	large = type < SCAP_EVENT_MAX &&
	    (scapint_events[type].flags & EF_LARGE_PAYLOAD) != 0;
	total = (8 + 2 + len + 4 + 3) & ~(size_t)3;
	if (total <= w->outcap) {
		/* straight into the output buffer, emptied first if the
		 * block does not fit in what is left of it */
		uint32_t btype = large ? BT_EV_V2_LARGE : BT_EV_V2;
		uint32_t t32 = (uint32_t)total;
		uint8_t *o;

		if (w->outcap - w->outlen < total) {
			out_flush(w);
			if (w->status != SCAP_OK)
				return w->status;
		}
		o = w->out + w->outlen;
		memcpy(o, &btype, 4);
		memcpy(o + 4, &t32, 4);
		memcpy(o + 8, &cpu, 2);
		/* the padding (0-3 bytes before the trailer) zeroed by a
		 * word that the event then partly covers */
		memset(o + total - 8, 0, 4);
		memcpy(o + 10, ev, len);
		memcpy(o + total - 4, &t32, 4);
		w->outlen += total;
		w->bytes += total;
		w->nevents++;
		return SCAP_OK;
	}
	blk_begin(w, large ? BT_EV_V2_LARGE : BT_EV_V2);
	b16(w, cpu);
	blk_add(w, ev, len);
	blk_end(w);
	if (w->status == SCAP_OK)
		w->nevents++;
	return w->status;
}

int
scap_writer_flush(struct scap_writer *w)
{
	out_flush(w);
	if (w->gz != NULL && w->status == SCAP_OK &&
	    gzflush(w->gz, Z_SYNC_FLUSH) != Z_OK)
		werr(w, "%s: write error", w->tmp ? w->tmp : "<stdout>");
	return w->status;
}

static void
writer_free(struct scap_writer *w)
{
	free(w->path);
	free(w->tmp);
	free(w->out);
	free(w->blk);
	free(w->ctrs);
	w->magic = 0;
	free(w);
}

void
scap_writer_abort(struct scap_writer *w)
{
	if (w == NULL)
		return;
	if (w->gz != NULL)
		gzclose(w->gz);
	else if (w->fd >= 0)
		close(w->fd);
	if (w->tmp != NULL)
		unlink(w->tmp);
	writer_free(w);
}

/* Remove path if it is a regular file (see scap_writer_close()). */
static void
replace_old(const char *path)
{
	struct stat st;

	if (lstat(path, &st) == 0 && S_ISREG(st.st_mode))
		(void)unlink(path);
}

int
scap_writer_close(struct scap_writer *w, char *errbuf)
{
	int r;

	if (w == NULL || w->magic != WMAGIC)
		return SCAP_ERR;
	out_flush(w);
	if (w->gz != NULL) {
		int zr = gzclose(w->gz);

		w->gz = NULL;
		w->fd = -1;
		if (zr != Z_OK)
			werr(w, "%s: write error: %s", w->tmp ? w->tmp :
			    "<stdout>", zr == Z_ERRNO ? strerror(errno) :
			    "compression failed");
	} else if (w->fd >= 0) {
		if (close(w->fd) != 0)
			werr(w, "%s: write error: %s", w->tmp ? w->tmp :
			    "<stdout>", strerror(errno));
		w->fd = -1;
	}
	/*
	 * An older file under the final name is removed before the rename:
	 * ext4 writes a file out at once when it is renamed over another
	 * (auto_da_alloc), which stalls the writer for as long as the disk
	 * takes; a rename to a free name leaves that to the background.
	 */
	if (w->status == SCAP_OK && w->tmp != NULL)
		replace_old(w->path);
	if (w->status == SCAP_OK && w->tmp != NULL &&
	    rename(w->tmp, w->path) != 0)
		werr(w, "%s: %s", w->path, strerror(errno));
	r = w->status;
	if (r != SCAP_OK) {
		if (errbuf != NULL)
			snprintf(errbuf, SCAP_ERRBUF_SIZE, "%s", w->err);
		if (w->tmp != NULL)
			unlink(w->tmp);
	} else {
		free(w->tmp);
		w->tmp = NULL;
	}
	writer_free(w);
	return r;
}
