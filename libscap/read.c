/*
 * read.c - the capture reader: input (plain or gzip, file, pipe or
 * memory), block framing, section headers and event decoding.
 *
 * The reader streams: it never seeks and keeps one block in memory.
 * Metadata blocks seed the state (state.c); event blocks are decoded
 * against the event table (evtable.c) and applied to the state before
 * they are returned.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "scap_private.h"

#define SCAP_MAGIC	0x5343a970u
#define MAX_BLOCK	(64u << 20)	/* refuse blocks larger than this */
#define MAX_EV_BLOCK	(65536u + 8)	/* non-large event blocks (libscap) */

static void
seterr(struct scap *h, int code, uint64_t off, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(h->err, sizeof(h->err), "offset %llu: ",
	    (unsigned long long)off);
	va_start(ap, fmt);
	vsnprintf(h->err + n, sizeof(h->err) - n, fmt, ap);
	va_end(ap);
	h->status = code;
}

static void
setwarn(struct scap *h, uint64_t off, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(h->warn, sizeof(h->warn), "offset %llu: ",
	    (unsigned long long)off);
	va_start(ap, fmt);
	vsnprintf(h->warn + n, sizeof(h->warn) - n, fmt, ap);
	va_end(ap);
	h->warn_pending = true;
	h->nwarn++;
}

/*
 * The input window.  Bytes come into h->win from the file, the pipe or
 * the inflater, and blocks are decoded where they lie (no copy).  Memory
 * input is a window over the caller's buffer.
 */
#define WIN_SIZE	(1u << 20)
#define ZIN_SIZE	(256u * 1024)

static const uint8_t *
win(const struct scap *h)
{
	return h->mem != NULL ? h->mem : h->winbuf;
}

/* Raw bytes from the fd into dst; 0 at the end; -1 on error. */
static ssize_t
raw_read(struct scap *h, uint8_t *dst, size_t n)
{
	for (;;) {
		ssize_t r = read(h->fd, dst, n);

		if (r >= 0) {
			h->inbytes += (uint64_t)r;
			if (h->opt.progress != NULL &&
			    h->inbytes >= h->progress_next) {
				h->progress_next = h->inbytes + (1u << 20);
				h->opt.progress(h->opt.arg, h->inbytes);
			}
			return r;
		}
		if (errno != EINTR) {
			seterr(h, SCAP_ERR, h->off, "read error: %s",
			    strerror(errno));
			h->fatal = true;
			return -1;
		}
		if (h->opt.interrupted != NULL &&
		    h->opt.interrupted(h->opt.arg)) {
			seterr(h, SCAP_EINTR, h->off, "reading interrupted");
			h->fatal = true;
			return -1;
		}
	}
}

/* Inflate into dst; 0 at the (clean) end; -1 on error. */
static ssize_t
gz_read(struct scap *h, uint8_t *dst, size_t n)
{
	z_stream *z = h->z;

	z->next_out = dst;
	z->avail_out = (uInt)n;
	while (z->avail_out == n) {
		int r;

		if (z->avail_in == 0 && !h->zeof) {
			ssize_t k = raw_read(h, h->zin, h->zinsize);

			if (k < 0)
				return -1;
			if (k == 0)
				h->zeof = true;
			z->next_in = h->zin;
			z->avail_in = (uInt)k;
		}
		if (h->zend) {
			/* between members: another one, or the end */
			if (z->avail_in == 0 && h->zeof)
				return 0;
			if (z->avail_in < 2 && !h->zeof)
				continue;
			if (z->next_in[0] != 0x1f || (z->avail_in > 1 &&
			    z->next_in[1] != 0x8b))
				return 0;	/* trailing bytes: ignored */
			inflateReset(z);
			h->zend = false;
		}
		r = inflate(z, Z_NO_FLUSH);
		if (r == Z_STREAM_END)
			h->zend = true;
		else if (r == Z_BUF_ERROR && z->avail_in == 0 && h->zeof) {
			seterr(h, SCAP_ETRUNC, h->off, "truncated gzip stream "
			    "(it ends inside the block at this offset)");
			h->fatal = true;
			return -1;
		} else if (r != Z_OK && r != Z_BUF_ERROR) {
			seterr(h, SCAP_EFORMAT, h->off, "gzip stream: %s",
			    z->msg ? z->msg : "corrupt data");
			h->fatal = true;
			return -1;
		}
	}
	return (ssize_t)(n - z->avail_out);
}

/*
 * Make at least need bytes available after h->wpos, if the input has
 * them, keeping the keep bytes before it.  Returns what is available, or
 * -1 on an input error (h->err set).
 */
static ssize_t
win_fill(struct scap *h, size_t need, size_t keep)
{
	if (h->mem != NULL)
		return (ssize_t)(h->memlen - h->wpos);
	if (h->wlen - h->wpos >= need || h->weof)
		return (ssize_t)(h->wlen - h->wpos);
	if (h->wcap - h->wpos + keep < need + keep ||
	    h->wcap - h->wlen < h->wcap / 4) {
		/* slide the live bytes to the front; grow if too small */
		size_t live = h->wlen - h->wpos + keep;

		memmove(h->winbuf, h->winbuf + h->wpos - keep, live);
		h->wbase += h->wpos - keep;
		h->wlen = live;
		h->wpos = keep;
		if (h->wcap < need + keep + 64) {
			size_t cap = h->wcap;
			uint8_t *nb;

			while (cap < need + keep + 64)
				cap *= 2;
			if ((nb = realloc(h->winbuf, cap)) == NULL) {
				seterr(h, SCAP_ERR, h->off, "out of memory");
				h->fatal = true;
				return -1;
			}
			h->winbuf = nb;
			h->wcap = cap;
		}
	}
	while (h->wlen - h->wpos < need) {
		ssize_t r = h->z != NULL ?
		    gz_read(h, h->winbuf + h->wlen, h->wcap - h->wlen) :
		    raw_read(h, h->winbuf + h->wlen, h->wcap - h->wlen);

		if (r < 0)
			return -1;
		if (r == 0) {
			h->weof = true;
			break;
		}
		h->wlen += (size_t)r;
	}
	return (ssize_t)(h->wlen - h->wpos);
}

/*
 * Take up to n bytes from the window (short only at the end of the
 * input); *p points at them.  Returns the count, or -1 on error.
 */
static ssize_t
input_take(struct scap *h, size_t n, size_t keep, const uint8_t **p)
{
	ssize_t a = win_fill(h, n, keep);

	if (a < 0)
		return -1;
	if ((size_t)a > n)
		a = (ssize_t)n;
	*p = win(h) + h->wpos;
	h->wpos += (size_t)a;
	return a;
}

static struct scap *
handle_new(const char *name, const struct scap_open_options *o,
    char *errbuf)
{
	struct scap *h = calloc(1, sizeof(*h));

	if (h == NULL) {
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "out of memory");
		return NULL;
	}
	h->magic = SCAP_MAGIC;
	h->fd = -1;
	if (o != NULL)
		h->opt = *o;
	snprintf(h->name, sizeof(h->name), "%s", name);
	scapint_state_init(&h->st);
	h->leading = true;
	return h;
}

static int read_shb(struct scap *h, size_t have);
static int recover(struct scap *h, uint64_t start, bool at_open);

/* Read and check the first section header.  Returns 0 or -1 (h->err). */
static int
open_common(struct scap *h)
{
	const uint8_t *hdr;
	ssize_t n;

	if (h->mem == NULL) {
		/* gzip is told by its magic bytes, whatever the name */
		if (win_fill(h, 2, 0) < 0)
			return -1;
		if (h->wlen >= 2 && h->winbuf[0] == 0x1f &&
		    h->winbuf[1] == 0x8b) {
			/* the first read may be larger than later ones */
			h->z = calloc(1, sizeof(*h->z));
			h->zinsize = h->wcap / 4 < ZIN_SIZE ? h->wcap / 4 :
			    ZIN_SIZE;
			h->zin = malloc(h->wlen > h->zinsize ? h->wlen :
			    h->zinsize);
			if (h->z == NULL || h->zin == NULL ||
			    inflateInit2(h->z, 15 + 16) != Z_OK) {
				seterr(h, SCAP_ERR, 0, "out of memory");
				return -1;
			}
			memcpy(h->zin, h->winbuf, h->wlen);
			h->z->next_in = h->zin;
			h->z->avail_in = (uInt)h->wlen;
			h->wlen = h->wpos = 0;
			h->weof = false;
		}
	}
	n = input_take(h, 8, 0, &hdr);
	if (n < 0)
		return -1;
	if (n == 0) {
		seterr(h, SCAP_EFORMAT, 0, "empty file, not a capture");
		return -1;
	}
	if (n < 4 || ld32(hdr) != BT_SHB) {
		seterr(h, SCAP_EFORMAT, 0, "not a capture file "
		    "(no section header block)");
		return recover(h, 0, true);
	}
	if (read_shb(h, (size_t)n) < 0)
		return recover(h, 0, true);
	return 0;
}

struct scap *
scap_fdopen(int fd, const char *name, char *errbuf)
{
	return scap_fdopen_opts(fd, name, NULL, errbuf);
}

struct scap *
scap_fdopen_opts(int fd, const char *name,
    const struct scap_open_options *o, char *errbuf)
{
	struct scap *h = handle_new(name, o, errbuf);

	if (h == NULL)
		return NULL;
	h->fd = fd;
	h->wcap = h->opt.bufsize == 0 ? WIN_SIZE : h->opt.bufsize < 4096 ?
	    4096 : h->opt.bufsize;
	h->winbuf = malloc(h->wcap);
	if (h->winbuf == NULL) {
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "out of memory");
		scap_close(h);
		return NULL;
	}
	if (open_common(h) < 0) {
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "%s", h->err);
		h->fd = -1;	/* the caller owns it */
		scap_close(h);
		return NULL;
	}
	return h;
}

struct scap *
scap_open(const char *path, char *errbuf)
{
	return scap_open_opts(path, NULL, errbuf);
}

struct scap *
scap_open_opts(const char *path, const struct scap_open_options *o,
    char *errbuf)
{
	struct scap *h;
	int fd;

	if (strcmp(path, "-") == 0)
		return scap_fdopen_opts(dup(0), "<stdin>", o, errbuf);
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "%s", strerror(errno));
		return NULL;
	}
	h = scap_fdopen_opts(fd, path, o, errbuf);
	if (h == NULL)
		close(fd);
	return h;
}

struct scap *
scap_open_mem(const void *buf, size_t len, char *errbuf)
{
	return scap_open_mem_opts(buf, len, NULL, errbuf);
}

struct scap *
scap_open_mem_opts(const void *buf, size_t len,
    const struct scap_open_options *o, char *errbuf)
{
	struct scap *h = handle_new("<memory>", o, errbuf);
	z_stream z;

	if (h == NULL)
		return NULL;
	/* Inflate gzip input up front: memory input is for tests. */
	if (len >= 2 && ((const uint8_t *)buf)[0] == 0x1f &&
	    ((const uint8_t *)buf)[1] == 0x8b) {
		size_t cap = len * 4 + 4096, outl = 0;
		uint8_t *out = malloc(cap);
		int r = Z_OK;

		memset(&z, 0, sizeof(z));
		if (out == NULL || inflateInit2(&z, 15 + 32) != Z_OK) {
			free(out);
			snprintf(errbuf, SCAP_ERRBUF_SIZE, "out of memory");
			scap_close(h);
			return NULL;
		}
		z.next_in = (Bytef *)buf;
		z.avail_in = len;
		while (z.avail_in > 0) {
			if (outl == cap) {
				uint8_t *n2 = realloc(out, cap * 2);
				if (n2 == NULL)
					break;
				out = n2;
				cap *= 2;
			}
			z.next_out = out + outl;
			z.avail_out = cap - outl;
			r = inflate(&z, Z_NO_FLUSH);
			outl = cap - z.avail_out;
			if (r == Z_STREAM_END) {
				if (z.avail_in == 0)
					break;
				inflateReset(&z);
			} else if (r != Z_OK && r != Z_BUF_ERROR)
				break;
			else if (r == Z_BUF_ERROR && z.avail_out != 0)
				break;
		}
		inflateEnd(&z);
		h->mem = out;
		h->memlen = outl;
		h->own_fd = true;	/* h->mem is ours to free */
	} else {
		h->mem = buf;
		h->memlen = len;
	}
	if (open_common(h) < 0) {
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "%s", h->err);
		scap_close(h);
		return NULL;
	}
	return h;
}

void
scap_close(struct scap *h)
{
	if (h == NULL || h->magic != SCAP_MAGIC)
		return;
	if (h->z != NULL) {
		inflateEnd(h->z);
		free(h->z);
	}
	free(h->zin);
	free(h->winbuf);
	if (h->fd >= 0)
		close(h->fd);
	if (h->own_fd)
		free((void *)h->mem);
	scapint_state_free(&h->st);
	scap_fmt_free(h->ifmt);
	scapint_field_store_free(h->fields);
	h->magic = 0;
	free(h);
}

const char *
scap_error(const struct scap *h)
{
	return h->err;
}

unsigned
scap_nwarnings(const struct scap *h)
{
	return h->nwarn;
}

const char *
scap_warning(const struct scap *h)
{
	return h->nwarn ? h->warn : NULL;
}

const char *
scap_take_warning(struct scap *h)
{
	if (!h->warn_pending)
		return NULL;
	h->warn_pending = false;
	return h->warn;
}

void
scap_keep_enters(struct scap *h)
{
	h->st.keep_enters = true;
}

static int
filter_cb(void *arg, const struct scap_event *ev)
{
	struct scap *h = arg;

	return scap_filter_match(h->filter, h, ev);
}

void
scap_set_filter(struct scap *h, struct scap_filter *f)
{
	h->filter = f;
	h->st.filter = f != NULL ? filter_cb : NULL;
	h->st.filter_arg = h;
}

int
scap_event_filtered(const struct scap_event *ev)
{
	return ev->filtered;
}

const char *
scap_hostname(const struct scap *h)
{
	return h->hostname;
}

uint64_t
scap_offset(const struct scap *h)
{
	return h->off;
}

static const char *
block_name(uint32_t t)
{
	switch (t) {
	case BT_SHB: return "section header";
	case BT_MI: case BT_MI_INT: return "machine info";
	case BT_PL_V1: case BT_PL_V1_INT: case BT_PL_V2: case BT_PL_V2_INT:
	case BT_PL_V3: case BT_PL_V3_INT: case BT_PL_V4: case BT_PL_V5:
	case BT_PL_V6: case BT_PL_V7: case BT_PL_V8: case BT_PL_V9:
		return "process list";
	case BT_FDL: case BT_FDL_INT: case BT_FDL_V2: return "fd list";
	case BT_IL: case BT_IL_INT: case BT_IL_V2: return "interface list";
	case BT_UL: case BT_UL_INT: case BT_UL_V2: return "user list";
	case BT_EV: case BT_EV_INT: case BT_EVF: case BT_EV_V2: case BT_EVF_V2:
	case BT_EV_V2_LARGE: case BT_EVF_V2_LARGE:
		return "event";
	}
	return "unknown";
}

/* The block types scap_get_stats() counts, in the order of its arrays. */
static const struct {
	uint32_t code;
	const char *label;
} block_types[SCAP_BLOCK_TYPES - 1] = {
	{ BT_SHB, "SHB" }, { BT_MI, "MI" }, { BT_MI_INT, "MI_INT" },
	{ BT_PL_V1, "PL_V1" }, { BT_PL_V1_INT, "PL_V1_INT" },
	{ BT_PL_V2, "PL_V2" }, { BT_PL_V2_INT, "PL_V2_INT" },
	{ BT_PL_V3, "PL_V3" }, { BT_PL_V3_INT, "PL_V3_INT" },
	{ BT_PL_V4, "PL_V4" }, { BT_PL_V5, "PL_V5" }, { BT_PL_V6, "PL_V6" },
	{ BT_PL_V7, "PL_V7" }, { BT_PL_V8, "PL_V8" }, { BT_PL_V9, "PL_V9" },
	{ BT_FDL, "FDL" }, { BT_FDL_INT, "FDL_INT" }, { BT_FDL_V2, "FDL_V2" },
	{ BT_EV, "EV" }, { BT_EV_INT, "EV_INT" }, { BT_EVF, "EVF" },
	{ BT_EV_V2, "EV_V2" }, { BT_EVF_V2, "EVF_V2" },
	{ BT_EV_V2_LARGE, "EV_V2_LARGE" }, { BT_EVF_V2_LARGE, "EVF_V2_LARGE" },
	{ BT_IL, "IL" }, { BT_IL_INT, "IL_INT" }, { BT_IL_V2, "IL_V2" },
	{ BT_UL, "UL" }, { BT_UL_INT, "UL_INT" }, { BT_UL_V2, "UL_V2" },
};

/* The index of a block type in block_types (the last one: unknown). */
#define BLOCK_INDEX_EV_V2	21
static unsigned
block_index(uint32_t t)
{
	unsigned i;

	/* Event blocks are nearly all of them: look for those first. */
	if (t == BT_EV_V2)
		return BLOCK_INDEX_EV_V2;
	if (t == BT_EV)
		return 18;
	for (i = 0; i < SCAP_BLOCK_TYPES - 1; i++)
		if (block_types[i].code == t)
			return i;
	return SCAP_BLOCK_TYPES - 1;
}

const char *
scap_block_type(unsigned i, uint32_t *code, const char **kind)
{
	if (i >= SCAP_BLOCK_TYPES)
		return NULL;
	if (i == SCAP_BLOCK_TYPES - 1) {
		if (code != NULL)
			*code = 0;
		if (kind != NULL)
			*kind = "unknown";
		return "unknown";
	}
	if (code != NULL)
		*code = block_types[i].code;
	if (kind != NULL)
		*kind = block_name(block_types[i].code);
	return block_types[i].label;
}

void
scap_get_stats(const struct scap *h, struct scap_stats *out)
{
	*out = h->stats;
	out->gzip = h->z != NULL || (h->mem != NULL && h->own_fd);
	out->bytes = h->off;
}

int
scap_machine_info(const struct scap *h, struct scap_machine *m)
{
	memset(m, 0, sizeof(*m));
	m->hostname = h->hostname;
	if (!h->have_mi)
		return -1;
	/* num_cpus, memory, max_pid, hostname[128], boot time (packed) */
	m->ncpus = ld32(h->mi);
	m->memory = ld64(h->mi + 4);
	m->max_pid = ld64(h->mi + 12);
	m->boot_ts = ld64(h->mi + 148);
	return 0;
}

void
scap_state_counts(const struct scap *h, struct scap_state_counts *c)
{
	const struct state *st = &h->st;
	struct scap_thread *t;
	size_t it = 0;

	memset(c, 0, sizeof(*c));
	c->users = st->nusers;
	c->groups = st->ngroups;
	if (st->threads == NULL)
		return;
	c->threads = scapint_map_count(st->threads);
	while ((t = scapint_map_next(st->threads, &it, NULL)) != NULL) {
		size_t fit = 0;

		if (t->tid == t->pid)
			c->processes++;
		if (t->fds == NULL || (t->flags & CL_CLONE_FILES))
			continue;
		while (scapint_fd_next(t->fds, &fit) != NULL)
			c->fds++;
	}
}

static bool
is_event_block(uint32_t t)
{
	return t == BT_EV || t == BT_EV_INT || t == BT_EVF || t == BT_EV_V2 ||
	    t == BT_EVF_V2 || t == BT_EV_V2_LARGE || t == BT_EVF_V2_LARGE;
}

/*
 * Read the rest of a block whose first `have' bytes (the 8-byte header,
 * or fewer at the end of the input) were just taken from the window.
 * The whole block is then at h->blk.  Returns its length, or -1.
 */
static ssize_t
read_block_rest(struct scap *h, size_t have)
{
	uint64_t start = h->off;
	const uint8_t *hdr = win(h) + h->wpos - have, *p;
	uint32_t type, total;
	ssize_t n;

	if (have < 8) {
		seterr(h, SCAP_ETRUNC, start, "truncated block header "
		    "(have %zu of 8 bytes)", have);
		return -1;
	}
	type = ld32(hdr);
	total = ld32(hdr + 4);
	if (total < 12 || total > MAX_BLOCK ||
	    (is_event_block(type) && type != BT_EV_V2_LARGE &&
	    type != BT_EVF_V2_LARGE && total > MAX_EV_BLOCK)) {
		seterr(h, SCAP_EFORMAT, start, "bad length %u for %s block "
		    "type 0x%x", total, block_name(type), type);
		return -1;
	}
	n = input_take(h, total - 8, 8, &p);
	if (n < 0)
		return -1;
	if ((size_t)n < total - 8) {
		seterr(h, SCAP_ETRUNC, start, "truncated %s block "
		    "(length %u, only %zd bytes left)", block_name(type),
		    total, (ssize_t)n + 8);
		return -1;
	}
	h->blk = p - 8;
	if (ld32(h->blk + total - 4) != total) {
		seterr(h, SCAP_EFORMAT, start, "%s block type 0x%x: length "
		    "%u does not match its trailer %u", block_name(type), type,
		    total, ld32(h->blk + total - 4));
		return -1;
	}
	h->off += total;
	{
		unsigned k = block_index(type);

		h->stats.blocks[k]++;
		h->stats.block_bytes[k] += total;
		if (k == SCAP_BLOCK_TYPES - 1 && h->stats.unknown_block == 0)
			h->stats.unknown_block = type;
	}
	return total;
}

/* Start a new section: a section header block, maybe with options. */
static int
read_shb(struct scap *h, size_t have)
{
	uint64_t start = h->off;
	ssize_t total;

	if (have < 8) {
		const uint8_t *p;
		ssize_t n = input_take(h, 8 - have, have, &p);

		if (n < 0)
			return -1;
		have += (size_t)n;
	}
	if ((total = read_block_rest(h, have)) < 0)
		return -1;
	if (total < 28) {
		seterr(h, SCAP_EFORMAT, start, "section header block too "
		    "short (%zd bytes)", total);
		return -1;
	}
	if (ld32(h->blk + 8) != SHB_MAGIC) {
		seterr(h, SCAP_EFORMAT, start + 8, "bad byte-order magic "
		    "0x%08x in section header", ld32(h->blk + 8));
		return -1;
	}
	if (ld16(h->blk + 12) != 1) {
		seterr(h, SCAP_EFORMAT, start + 12, "unsupported capture "
		    "format version %u.%u", ld16(h->blk + 12),
		    ld16(h->blk + 14));
		return -1;
	}
	if (h->stats.blocks[0] == 1) {
		h->stats.major = ld16(h->blk + 12);
		h->stats.minor = ld16(h->blk + 14);
	}
	if (h->in_events) {
		/* A new section (concatenated captures): reset the state;
		 * evt.num goes on. */
		bool keep = h->st.keep_enters;

		scapint_state_free(&h->st);
		scapint_state_init(&h->st);
		h->st.keep_enters = keep;
		scap_set_filter(h, h->filter);
		h->in_events = false;
	}
	return 0;
}

/*
 * Recovery.  After damage the reader looks, byte by byte, for a place
 * where a valid block starts: a known block type, a length in range and
 * a multiple of 4, the same length in the trailer, and
 *   - for an event block: an event that exactly fills its block (length
 *     rounded up to 4) with a known id and parameter lengths that add up
 *     exactly to the event length;
 *   - for a section header: the byte-order magic and version 1;
 *   - for other blocks: a plausible header right after it (or the end).
 */
static bool
header_plausible(uint32_t type, uint32_t total)
{
	if (block_index(type) == SCAP_BLOCK_TYPES - 1 || total < 12 ||
	    total > MAX_BLOCK || total % 4 != 0)
		return false;
	return !is_event_block(type) || type == BT_EV_V2_LARGE ||
	    type == BT_EVF_V2_LARGE || total <= MAX_EV_BLOCK;
}

static bool
event_block_ok(const uint8_t *b, uint32_t total)
{
	uint32_t bt = ld32(b), hdrsz, pre, len, dlen, np, lsz, i;
	bool v1 = (bt == BT_EV || bt == BT_EVF || bt == BT_EV_INT);
	bool evf = (bt == BT_EVF || bt == BT_EVF_V2 || bt == BT_EVF_V2_LARGE);
	const struct scap_eventinfo *info;
	const uint8_t *e, *lens;
	uint64_t sum;

	hdrsz = v1 ? 22 : 26;
	pre = 8 + 2 + (evf ? 4 : 0);
	if (total < pre + hdrsz + 4)
		return false;
	e = b + pre;
	len = ld32(e + 16);
	if (len < hdrsz || len > total - pre - 4 ||
	    ((pre + len + 4 + 3) & ~3u) != total ||
	    ld16(e + 20) >= SCAP_EVENT_MAX)
		return false;
	info = &scapint_events[ld16(e + 20)];
	lsz = (info->flags & EF_LARGE_PAYLOAD) ? 4 : 2;
	dlen = len - hdrsz;
	lens = e + hdrsz;
	if (!v1) {
		np = ld32(e + 22);
		if ((uint64_t)np * lsz > dlen)
			return false;
		for (sum = 0, i = 0; i < np; i++)
			sum += lsz == 2 ? ld16(lens + i * 2) : ld32(lens + i * 4);
		return sum + (uint64_t)np * lsz == dlen;
	}
	for (np = info->nparams_max + 1; np-- > 0;) {
		if ((uint64_t)np * lsz > dlen)
			continue;
		for (sum = 0, i = 0; i < np; i++)
			sum += lsz == 2 ? ld16(lens + i * 2) : ld32(lens + i * 4);
		if (sum + (uint64_t)np * lsz == dlen)
			return true;
	}
	return false;
}

/* Is there a valid block of length total at b, with avail bytes there? */
static bool
block_ok(const uint8_t *b, uint32_t total, size_t avail)
{
	uint32_t type = ld32(b);

	if (avail < total || ld32(b + total - 4) != total)
		return false;
	if (type == BT_SHB)
		return total >= 28 && ld32(b + 8) == SHB_MAGIC &&
		    ld16(b + 12) == 1;
	if (is_event_block(type))
		return event_block_ok(b, total);
	if (avail < (size_t)total + 8)
		return true;	/* the end of the input */
	return header_plausible(ld32(b + total), ld32(b + total + 4));
}

/*
 * h->status holds damage found in the block that starts at offset start.
 * Without recovery, or for an error of the input itself, it stands:
 * returns -1.  Otherwise the damage is reported and skipped: the reading
 * goes on at the next valid block, after the damaged one if its framing
 * held (h->off moved past it), else from the byte after its start.
 * Returns 0.  At the opening, input without any valid block is not a
 * capture: the error stands.
 */
static int
recover(struct scap *h, uint64_t start, bool at_open)
{
	char why[SCAP_ERRBUF_SIZE], err[SCAP_ERRBUF_SIZE];
	int status = h->status;
	const char *w = strstr(h->err, ": ");
	uint64_t from = h->off > start ? h->off : start + 1;

	if (h->opt.damage == NULL || h->fatal ||
	    (h->status != SCAP_EFORMAT && h->status != SCAP_ETRUNC))
		return -1;
	snprintf(why, sizeof(why), "%s", w != NULL ? w + 2 : h->err);
	memcpy(err, h->err, sizeof(err));
	h->status = SCAP_OK;
	h->err[0] = 0;
	h->pending = false;
	h->wpos = (size_t)(from - h->wbase);
	for (;;) {
		ssize_t a = win_fill(h, 8, 0);
		const uint8_t *p;
		uint32_t total;

		if (a < 0)
			return -1;
		if (a < 8) {		/* the end: the rest goes too */
			if (at_open) {
				memcpy(h->err, err, sizeof(err));
				h->status = status;
				return -1;
			}
			h->wpos += (size_t)a;
			break;
		}
		p = win(h) + h->wpos;
		total = ld32(p + 4);
		if (header_plausible(ld32(p), total)) {
			if ((a = win_fill(h, (size_t)total + 8, 0)) < 0)
				return -1;
			if (block_ok(win(h) + h->wpos, total, (size_t)a))
				break;
		}
		h->wpos++;
	}
	h->off = h->wbase + h->wpos;
	h->stats.damaged_ranges++;
	h->stats.damaged_bytes += h->off - start;
	h->opt.damage(h->opt.arg, start, h->off - start, why);
	return 0;
}

/*
 * decode_event() for the common case: an EV_V2 block (at h->blk, of
 * length total) of a known event with 2-byte lengths, no more parameters
 * than the table knows, and lengths that add up.  Returns false, having
 * decided nothing, for anything else.
 */
static inline bool
decode_v2_fast(struct scap *h, uint32_t total)
{
	struct scap_event *ev = &h->ev;
	const uint8_t *p = h->blk + 10, *lens, *d;
	const struct scap_eventinfo *info;
	uint32_t len, np, i, left;
	uint16_t type;

	if (total < 12 + 2 + 26)
		return false;
	len = ld32(p + 16);
	type = ld16(p + 20);
	np = ld32(p + 22);
	if (type >= SCAP_EVENT_MAX || len < 26 || len > total - 14)
		return false;
	info = &scapint_events[type];
	if ((info->flags & EF_LARGE_PAYLOAD) || np > info->nparams_max ||
	    np > SCAP_MAX_PARAMS ||
	    np * 2 > len - 26)
		return false;
	lens = p + 26;
	d = lens + np * 2;
	left = len - 26 - np * 2;
	for (i = 0; i < np; i++) {
		uint32_t l = ld16(lens + i * 2);

		if (l > left)
			return false;
		ev->pv[i] = d;
		ev->pl[i] = l;
		d += l;
		left -= l;
	}
	ev->cpu = ld16(h->blk + 8);
	ev->dflags = 0;
	ev->raw = p;
	ev->blk = h->blk;
	ev->blklen = total;
	ev->hdrlen = 26;
	ev->ts = ld64(p);
	ev->tid = (int64_t)ld64(p + 8);
	ev->len = len;
	ev->type = type;
	ev->nparams_file = np;
	ev->nparams = np;
	ev->info = info;
	return true;
}

/* Decode the event in h->blk (block of length total). */
static int
decode_event(struct scap *h, uint32_t total, bool *skip)
{
	struct scap_event *ev = &h->ev;
	uint32_t btype = ld32(h->blk);
	uint64_t start = h->off - total;
	const uint8_t *p = h->blk + 8;
	uint32_t avail = total - 12, hdrsz, lsz, np, i, sum, dlen;
	bool v1 = (btype == BT_EV || btype == BT_EVF || btype == BT_EV_INT);
	bool evf = (btype == BT_EVF || btype == BT_EVF_V2 ||
	    btype == BT_EVF_V2_LARGE);
	const struct scap_eventinfo *info;
	const uint8_t *lens;

	*skip = false;
	hdrsz = v1 ? 22 : 26;
	if (avail < 2u + (evf ? 4u : 0u) + hdrsz) {
		seterr(h, SCAP_EFORMAT, start, "event block too short "
		    "(%u bytes)", total);
		return -1;
	}
	ev->cpu = ld16(p);
	p += 2;
	avail -= 2;
	ev->dflags = 0;
	if (evf) {
		ev->dflags = ld32(p);
		p += 4;
		avail -= 4;
	}
	ev->raw = p;
	ev->blk = h->blk;
	ev->blklen = total;
	ev->hdrlen = (uint8_t)hdrsz;
	ev->ts = ld64(p);
	ev->tid = (int64_t)ld64(p + 8);
	ev->len = ld32(p + 16);
	ev->type = ld16(p + 20);
	if (ev->len < hdrsz || ev->len > avail) {
		seterr(h, SCAP_EFORMAT, start, "event length %u does not fit "
		    "its block (%u bytes available)", ev->len, avail);
		return -1;
	}
	if (ev->type >= SCAP_EVENT_MAX) {
		/* An event id newer than this reader: skipped, as libscap
		 * does, without an event number. */
		struct scap_stats *sp = &h->stats;
		unsigned k;

		sp->skipped_events++;
		for (k = 0; k < sp->nskipped_ids; k++)
			if (sp->skipped_ids[k] == ev->type)
				break;
		if (k == sp->nskipped_ids && k < SCAP_UNKNOWN_IDS)
			sp->skipped_ids[sp->nskipped_ids++] = ev->type;
		*skip = true;
		return 0;
	}
	info = &scapint_events[ev->type];
	lsz = (info->flags & EF_LARGE_PAYLOAD) ? 4 : 2;
	dlen = ev->len - hdrsz;
	if (!v1) {
		np = ld32(p + 22);
		if ((uint64_t)np * lsz > dlen) {
			seterr(h, SCAP_EFORMAT, start, "event type %u: %u "
			    "parameters do not fit in length %u", ev->type,
			    np, ev->len);
			return -1;
		}
	} else {
		/* No count on disk: the largest count whose lengths add up
		 * exactly to the event length. */
		for (np = info->nparams_max + 1; np-- > 0;) {
			if ((uint64_t)np * lsz > dlen)
				continue;
			sum = 0;
			for (i = 0; i < np; i++)
				sum += lsz == 2 ? ld16(p + hdrsz + i * 2) :
				    ld32(p + hdrsz + i * 4);
			if ((uint64_t)sum + np * lsz == dlen)
				break;
		}
		if (np == UINT32_MAX) {
			seterr(h, SCAP_EFORMAT, start, "event type %u: "
			    "parameter lengths do not add up to length %u",
			    ev->type, ev->len);
			return -1;
		}
	}
	lens = p + hdrsz;
	ev->nparams_file = np;
	ev->nparams = np < info->nparams_max ? np : info->nparams_max;
	if (ev->nparams > SCAP_MAX_PARAMS)
		ev->nparams = SCAP_MAX_PARAMS;
	{
		const uint8_t *d = lens + (size_t)np * lsz;
		uint64_t left = dlen - (uint64_t)np * lsz;

		for (i = 0; i < np; i++) {
			uint32_t l = lsz == 2 ? ld16(lens + i * 2) :
			    ld32(lens + i * 4);

			if (l > left) {
				seterr(h, SCAP_EFORMAT, start, "event type %u: "
				    "parameter %u (length %u) runs past the "
				    "event end", ev->type, i, l);
				return -1;
			}
			if (i < ev->nparams) {
				ev->pv[i] = d;
				ev->pl[i] = l;
			}
			d += l;
			left -= l;
		}
	}
	ev->info = info;
	return 0;
}

static bool
is_container_event(uint16_t type)
{
	return type == 228 || type == 272 || type == 324;
}

/* Number the decoded event, apply it to the state (unless stateless),
 * decide its display. */
static void
apply_event(struct scap *h, bool stateless)
{
	h->ev.num = ++h->nevents;
	if (h->first_ts == 0 && !is_container_event(h->ev.type))
		h->first_ts = h->ev.ts;
	if (!stateless)
		scapint_state_event(&h->st, &h->ev);
	else {
		h->ev.thread = NULL;
		h->ev.fd = NULL;
		h->ev.fdnum = -1;
		h->ev.filtered = false;
	}
	h->ev.hidden = false;
	h->ev.counted = true;
	if (is_container_event(h->ev.type)) {
		if (h->leading)
			h->ev.hidden = true;
	} else
		h->leading = false;
	if ((h->ev.dflags & DF_STATE_ONLY) || h->ev.hidden) {
		h->ev.hidden = true;
		h->ev.counted = false;
	}
	if (scap_event_internal(&h->ev))
		h->ev.hidden = true;
}

/* The first event of the input: the state read so far is complete. */
static inline void
events_begin(struct scap *h)
{
	if (!h->in_events) {
		h->in_events = true;
		scapint_state_seeded(&h->st);
	}
}

/*
 * Decode the event block at h->blk (of length total, read from stream
 * offset start) into h->ev.  Returns 1 with an event, 0 with none to
 * return (an unknown event id skipped, or damage recovered from), -1 on
 * an error that ends the reading (h->status).
 */
static int
event_block(struct scap *h, uint32_t total, uint64_t start)
{
	bool skip = false;

	if (!(ld32(h->blk) == BT_EV_V2 && decode_v2_fast(h, total)) &&
	    decode_event(h, total, &skip) < 0)
		return recover(h, start, false) < 0 ? -1 : 0;
	events_begin(h);
	return skip ? 0 : 1;
}

/* Read blocks until an event is decoded into h->ev (not yet applied). */
static int
read_event(struct scap *h)
{
	for (;;) {
		const uint8_t *hdr;
		ssize_t n, total;
		uint32_t type;
		uint64_t start = h->off;
		char msg[256];
		int r = 0;

		/*
		 * The common case, in short: a whole event block of the
		 * current format already in the window, its trailer right.
		 */
		if (h->wlen - h->wpos >= 8 || h->mem != NULL) {
			const uint8_t *b = win(h) + h->wpos;
			size_t have = (h->mem != NULL ? h->memlen : h->wlen) -
			    h->wpos;
			uint32_t t, len;

			if (have >= 8 && (t = ld32(b)) == BT_EV_V2 &&
			    (len = ld32(b + 4)) >= 12 && len <= MAX_EV_BLOCK &&
			    len <= have && ld32(b + len - 4) == len) {
				h->wpos += len;
				h->off += len;
				h->blk = b;
				h->stats.blocks[BLOCK_INDEX_EV_V2]++;
				h->stats.block_bytes[BLOCK_INDEX_EV_V2] += len;
				if (decode_v2_fast(h, len)) {
					events_begin(h);
					return SCAP_OK;
				}
				if ((r = event_block(h, len, start)) != 0)
					return r > 0 ? SCAP_OK : h->status;
				continue;
			}
		}
		n = input_take(h, 8, 0, &hdr);
		if (n < 0)
			return h->status;
		if (n == 0)
			return SCAP_EOF;
		type = n >= 4 ? ld32(hdr) : 0;
		if (type == BT_SHB) {
			if (read_shb(h, (size_t)n) < 0 &&
			    recover(h, start, false) < 0)
				return h->status;
			continue;
		}
		if ((total = read_block_rest(h, (size_t)n)) < 0) {
			if (recover(h, start, false) < 0)
				return h->status;
			continue;
		}
		msg[0] = 0;
		switch (type) {
		case BT_EV: case BT_EV_INT: case BT_EVF: case BT_EV_V2:
		case BT_EVF_V2: case BT_EV_V2_LARGE: case BT_EVF_V2_LARGE:
			if ((r = event_block(h, (uint32_t)total, start)) != 0)
				return r > 0 ? SCAP_OK : h->status;
			continue;
		case BT_MI: case BT_MI_INT:
			if (total >= 8 + 20 + 128 + 4) {
				memcpy(h->hostname, h->blk + 8 + 20, 128);
				h->hostname[128] = 0;
				memcpy(h->mi, h->blk + 8, sizeof(h->mi));
				h->have_mi = true;
			}
			break;
		case BT_PL_V1: case BT_PL_V1_INT: case BT_PL_V2:
		case BT_PL_V2_INT: case BT_PL_V3: case BT_PL_V3_INT:
		case BT_PL_V4: case BT_PL_V5: case BT_PL_V6: case BT_PL_V7:
		case BT_PL_V8: case BT_PL_V9:
			r = scapint_state_pl(&h->st, type, h->blk + 8,
			    (uint32_t)total - 12, msg, sizeof(msg));
			break;
		case BT_FDL: case BT_FDL_INT: case BT_FDL_V2:
			r = scapint_state_fdl(&h->st, type, h->blk + 8,
			    (uint32_t)total - 12, msg, sizeof(msg));
			break;
		case BT_UL: case BT_UL_INT: case BT_UL_V2:
			r = scapint_state_ul(&h->st, type, h->blk + 8,
			    (uint32_t)total - 12, msg, sizeof(msg));
			break;
		case BT_IL: case BT_IL_INT: case BT_IL_V2:
			r = scapint_state_il(&h->st, type, h->blk + 8,
			    (uint32_t)total - 12, msg, sizeof(msg));
			if (r == 0) {
				/* kept whole, for writers */
				uint8_t *il = realloc(h->st.il, (size_t)total);

				if (il != NULL) {
					memcpy(il, h->blk, (size_t)total);
					h->st.il = il;
					h->st.il_len = (uint32_t)total;
				}
			}
			break;
		default:
			setwarn(h, start, "skipped unknown block type 0x%x "
			    "(%zd bytes)", type, total);
			break;
		}
		if (r < 0) {
			seterr(h, SCAP_EFORMAT, start, "%s block: %s",
			    block_name(type), msg);
			if (recover(h, start, false) < 0)
				return h->status;
		}
	}
}

/* The next event (the peeked one first), applied to the state or not. */
static int
next_event(struct scap *h, const struct scap_event **evp, bool stateless)
{
	int r;

	if (h == NULL || h->magic != SCAP_MAGIC)
		return SCAP_ERR;
	if (h->status != SCAP_OK)
		return h->status;
	if (!h->pending && (r = read_event(h)) != SCAP_OK)
		return r;
	h->pending = false;
	apply_event(h, stateless);
	*evp = &h->ev;
	return SCAP_OK;
}

int
scap_next(struct scap *h, const struct scap_event **evp)
{
	return next_event(h, evp, false);
}

int
scap_next_stateless(struct scap *h, const struct scap_event **evp)
{
	return next_event(h, evp, true);
}

int
scap_peek(struct scap *h, const struct scap_event **evp)
{
	int r;

	if (h == NULL || h->magic != SCAP_MAGIC)
		return SCAP_ERR;
	if (h->status != SCAP_OK)
		return h->status;
	if (!h->pending) {
		if ((r = read_event(h)) != SCAP_OK)
			return r;
		h->pending = true;
		h->ev.num = h->nevents + 1;
		h->ev.thread = NULL;
		h->ev.fd = NULL;
	}
	*evp = &h->ev;
	return SCAP_OK;
}

void
scap_skip(struct scap *h)
{
	/* the peeked event is dropped: it is neither numbered nor applied */
	h->pending = false;
}

/* Event accessors. */

uint64_t scap_event_num(const struct scap_event *ev) { return ev->num; }
uint64_t scap_event_ts(const struct scap_event *ev) { return ev->ts; }
int64_t scap_event_tid(const struct scap_event *ev) { return ev->tid; }
uint16_t scap_event_type(const struct scap_event *ev) { return ev->type; }
uint16_t scap_event_cpu(const struct scap_event *ev) { return ev->cpu; }
const char *scap_event_name(const struct scap_event *ev) { return ev->info->name; }
const char *scap_event_typename(const struct scap_event *ev) { return scapint_event_typename(ev); }
int scap_event_is_exit(const struct scap_event *ev) { return ev->type & 1; }
int scap_event_visible(const struct scap_event *ev) { return !ev->hidden; }
int scap_event_counted(const struct scap_event *ev) { return ev->counted; }
int scap_event_internal(const struct scap_event *ev) { return (ev->info->category & EC_CLASS_MASK) == EC_INTERNAL; }
int scap_event_modifies_state(const struct scap_event *ev) { return (ev->info->flags & EF_MODIFIES_STATE) != 0; }
unsigned scap_event_nparams(const struct scap_event *ev) { return ev->nparams; }

/* The data buffer of an I/O event (its "data" parameter). */
int
scap_event_buffer(const struct scap_event *ev, const void **p, uint32_t *n)
{
	int i = scapint_param_index(ev, "data");

	if (i < 0)
		return -1;
	*p = ev->pv[i];
	*n = ev->pl[i];
	return 0;
}

int
scap_event_param(const struct scap_event *ev, unsigned i, const char **name,
    const void **val, uint32_t *len)
{
	if (i >= ev->nparams)
		return -1;
	if (name != NULL)
		*name = ev->info->params[i].name;
	if (val != NULL)
		*val = ev->pv[i];
	if (len != NULL)
		*len = ev->pl[i];
	return 0;
}

int64_t
scapint_param_i64(const struct scap_event *ev, unsigned i)
{
	if (i >= ev->nparams)
		return 0;
	switch (ev->pl[i]) {
	case 1: return (int8_t)ev->pv[i][0];
	case 2: return (int16_t)ld16(ev->pv[i]);
	case 4: return (int32_t)ld32(ev->pv[i]);
	case 8: return (int64_t)ld64(ev->pv[i]);
	}
	return 0;
}

uint32_t
scapint_param_u32(const struct scap_event *ev, unsigned i)
{
	if (i >= ev->nparams)
		return 0;
	switch (ev->pl[i]) {
	case 1: return ev->pv[i][0];
	case 2: return ld16(ev->pv[i]);
	case 4: return ld32(ev->pv[i]);
	case 8: return (uint32_t)ld64(ev->pv[i]);
	}
	return 0;
}

int
scapint_param_index(const struct scap_event *ev, const char *name)
{
	unsigned i;

	for (i = 0; i < ev->nparams; i++)
		if (strcmp(ev->info->params[i].name, name) == 0)
			return (int)i;
	return -1;
}
