/*
 * fmt.c - rendering events as sysdig prints them: parameters (with the
 * names their values resolve to from the state), evt.info, and the
 * default output line.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <arpa/inet.h>

#include "scap_private.h"
#include "field.h"

#define MAX_BUF_DISPLAY	80	/* sysdig's output limit for buffers */

/* An output buffer that grows. */
struct obuf {
	char *p;
	size_t len, cap;
};

static void
ob_grow(struct obuf *b, size_t n)
{
	size_t cap = b->cap ? b->cap : 256;
	char *p;

	while (cap < b->len + n + 1)
		cap *= 2;
	p = realloc(b->p, cap);
	if (p == NULL)
		abort();
	b->p = p;
	b->cap = cap;
}

static inline void
ob_add(struct obuf *b, const char *s, size_t n)
{
	if (n == 0)
		return;		/* s may then be NULL */
	if (b->len + n + 1 > b->cap)
		ob_grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static inline void
ob_c(struct obuf *b, char c)
{
	if (b->len + 2 > b->cap)
		ob_grow(b, 1);
	b->p[b->len++] = c;
}

static inline void
ob_s(struct obuf *b, const char *s)
{
	ob_add(b, s, strlen(s));
}

static const char digits2[] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

static inline void
ob_u64(struct obuf *b, uint64_t v)
{
	char *p;
	int n;
	uint64_t t;

	if (b->len + 24 > b->cap)
		ob_grow(b, 24);
	if (v < 10) {
		b->p[b->len++] = (char)('0' + v);
		return;
	}
	for (n = 1, t = v; t >= 10; t /= 10)
		n++;
	p = b->p + b->len + n;
	b->len += (size_t)n;
	while (v >= 100) {
		unsigned r = (unsigned)(v % 100);

		v /= 100;
		*--p = digits2[r * 2 + 1];
		*--p = digits2[r * 2];
	}
	if (v >= 10) {
		*--p = digits2[v * 2 + 1];
		*--p = digits2[v * 2];
	} else
		*--p = (char)('0' + v);
}

static void
ob_i64(struct obuf *b, int64_t v)
{
	if (v < 0) {
		ob_c(b, '-');
		ob_u64(b, (uint64_t)0 - (uint64_t)v);
	} else
		ob_u64(b, (uint64_t)v);
}

static void
ob_printf(struct obuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#include <stdarg.h>
static void
ob_printf(struct obuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (b->cap - b->len < 64)
		ob_grow(b, 64);
	va_start(ap, fmt);
	n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n >= b->cap - b->len) {
		ob_grow(b, (size_t)n);
		va_start(ap, fmt);
		vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
	}
	if (n > 0)
		b->len += (size_t)n;
}

/* The widest %Nfield: a line is padded to N, so N stays sane. */
#define FMT_MAX_WIDTH	65536

struct fmtitem {
	bool field;
	int width;		/* %Nfield: exactly N characters; 0: as is */
	size_t off, len;	/* literal: text[off..off+len); field: its name */
	struct fieldref ref;
};

struct scap_fmt {
	struct scap *h;
	struct obuf line;
	struct obuf val, res;	/* one parameter: value, resolved */
	struct obuf aux;	/* text for fields */
	/* a -p format: literal text and fields */
	struct fmtitem *items;
	size_t nitems;
	char *text;		/* the format, literals point into it */
	bool star;		/* print absent fields as <NA> */
	bool json;
	bool whole;		/* SCAP_FMT_WHOLE */
	bool csv;
	int bufmode;		/* SCAP_FMT_HEX etc.: how data buffers print */
	char *csvbuf;		/* one quoted CSV field */
	size_t csvcap;
	struct fmtitem **sorted;	/* JSON: fields by name, once each */
	size_t nsorted;
	struct sbuf tmp, tmp2;
	/* The thread the line shows: the event's, or, for events the state
	 * gave none (scheduler-like events, unknown clone callers), whatever
	 * thread has the event's tid, as sysdig's formatter looks it up. */
	struct scap_thread *thr;
	int timefmt;
	int32_t tz;		/* local offset from UTC, seconds */
	uint64_t delta_prev;
	uint64_t cached_sec;
	char cached_hms[16];
};

/* sysdig's gmt2local(): the local offset now, applied to every time. */
static int32_t
local_offset(void)
{
	time_t t = time(NULL);
	struct tm g, l;
	int dt, dir;

	gmtime_r(&t, &g);
	localtime_r(&t, &l);
	dt = (l.tm_hour - g.tm_hour) * 3600 + (l.tm_min - g.tm_min) * 60;
	dir = l.tm_year - g.tm_year;
	if (dir == 0)
		dir = l.tm_yday - g.tm_yday;
	return dt + dir * 86400;
}

struct scap_fmt *
scap_fmt_new(struct scap *h, const char *format, char *errbuf)
{
	return scap_fmt_new_flags(h, format, 0, errbuf);
}

static int parse_format(struct scap_fmt *f, const char *format, char *errbuf);
static struct scap_fmt *handle_ifmt(struct scap *h);

struct scap_fmt *
scap_fmt_new_flags(struct scap *h, const char *format, int flags,
    char *errbuf)
{
	struct scap_fmt *f;

	f = calloc(1, sizeof(*f));
	if (f == NULL) {
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "out of memory");
		return NULL;
	}
	f->h = h;
	f->timefmt = SCAP_TIME_HUMAN;
	f->tz = local_offset();
	f->cached_sec = UINT64_MAX;
	f->json = (flags & SCAP_FMT_JSON) != 0;
	f->whole = (flags & SCAP_FMT_WHOLE) != 0;
	f->csv = !f->json && (flags & SCAP_FMT_CSV) != 0;
	f->bufmode = (flags & SCAP_FMT_HEXASCII) ? SCAP_FMT_HEXASCII :
	    (flags & SCAP_FMT_HEX) ? SCAP_FMT_HEX : flags & SCAP_FMT_ASCII;
	if (format == NULL && (f->json || f->csv))
		format = SCAP_FMT_DEFAULT;
	if (format != NULL && parse_format(f, format, errbuf) < 0) {
		scap_fmt_free(f);
		return NULL;
	}
	return f;
}

void
scap_fmt_set_time(struct scap_fmt *f, enum scap_timefmt t)
{
	f->timefmt = t;
	f->h->outtime = t;	/* evt.outputtime follows it */
}

void
scap_fmt_free(struct scap_fmt *f)
{
	if (f == NULL)
		return;
	free(f->line.p);
	free(f->val.p);
	free(f->res.p);
	free(f->aux.p);
	free(f->items);
	free(f->text);
	free(f->sorted);
	free(f->csvbuf);
	sbuf_free(&f->tmp);
	sbuf_free(&f->tmp2);
	free(f);
}

/* Numbers per the parameter's print format (SET_NUMERIC_FORMAT). */
static void
render_num(struct obuf *o, int fmt, int64_t sv, uint64_t uv_for_hex_oct,
    int bits)
{
	(void)bits;
	switch (fmt) {
	case PF_OCT:
		if (uv_for_hex_oct == 0)
			ob_c(o, '0');
		else
			ob_printf(o, "0%" PRIo64, uv_for_hex_oct);
		break;
	case PF_HEX:
		ob_printf(o, "%" PRIX64, uv_for_hex_oct);
		break;
	case PF_10_PADDED_DEC:
		ob_printf(o, "%09" PRId64, sv);
		break;
	default:
		ob_i64(o, sv);
		break;
	}
}

static void
render_flags(struct obuf *res, const struct scap_flagname *fl, uint32_t val)
{
	uint32_t initial = val;
	const char *sep = "";

	if (fl == NULL)
		return;
	for (; fl->name != NULL && fl->value != initial; fl++) {
		if ((fl->value == 0 && initial == 0) ||
		    (fl->value != 0 && (val & fl->value) == fl->value &&
		    val != 0)) {
			ob_s(res, sep);
			ob_s(res, fl->name);
			sep = "|";
			val &= ~fl->value;
		}
	}
	if (fl->name != NULL) {
		ob_s(res, sep);
		ob_s(res, fl->name);
	}
}

static void
ob_sanitized(struct obuf *o, const char *s, size_t n)
{
	if (o->len + n + 1 > o->cap)
		ob_grow(o, n);
	o->len += scapint_sanitize(o->p + o->len, s, n);
}

static const char fdchars[] = {
	[FD_UNKNOWN] = 'o', [FD_FILE] = 'f', [FD_DIRECTORY] = 'd',
	[FD_IPV4_SOCK] = '4', [FD_IPV6_SOCK] = '6', [FD_IPV4_SERVSOCK] = '4',
	[FD_IPV6_SERVSOCK] = '6', [FD_FIFO] = 'p', [FD_UNIX_SOCK] = 'u',
	[FD_EVENT] = 'e', [FD_UNSUPPORTED] = 'X', [FD_SIGNALFD] = 's',
	[FD_EVENTPOLL] = 'l', [FD_INOTIFY] = 'i', [FD_TIMERFD] = 't',
	[FD_NETLINK] = 'n', [FD_FILE_V2] = 'f'
};

char
scapint_fd_typechar(const struct scap_fd *f)
{
	return f->type < sizeof(fdchars) ? fdchars[f->type] : '?';
}

/* The L4 letter sysdig shows after the type letter. */
static char
l4char(const struct scap_fd *f)
{
	switch (scapint_sock_l4proto(f)) {
	case L4_TCP: return 't';
	case L4_UDP: return 'u';
	case L4_ICMP: return 'i';
	case L4_RAW: return 'r';
	}
	return 0;
}

static void
render_fd(struct scap_fmt *f, const struct scap_event *ev, int64_t fd)
{
	(void)ev;
	ob_i64(&f->val, fd);
	if (f->thr == NULL)
		return;
	if (fd >= 0) {
		struct scap_fd *fi = scapint_fd_get(&f->h->st, f->thr, fd);
		char l;

		if (fi == NULL)
			return;
		ob_c(&f->res, '<');
		ob_c(&f->res, scapint_fd_typechar(fi));
		if ((l = l4char(fi)) != 0)
			ob_c(&f->res, l);
		ob_c(&f->res, '>');
		ob_sanitized(&f->res, fi->name.s ? fi->name.s : "",
		    fi->name.len);
	} else if (fd == -100)
		ob_s(&f->res, "AT_FDCWD");
	else {
		/* sysdig names the low 32 bits as an errno */
		int32_t c = (int32_t)fd;
		const char *e = c < 0 && c != INT32_MIN ?
		    scapint_errno_name(-(int64_t)c) : NULL;

		if (e != NULL)
			ob_s(&f->res, e);
	}
}

/* The directory a relative path parameter is relative to. */
static void
base_dir(struct scap_fmt *f, const struct scap_event *ev,
    const struct scap_paraminfo *pi, struct sbuf *out)
{
	const struct sbuf *cwd = scapint_thread_cwd(&f->h->st, f->thr);
	int di = pi->dirfd;
	int64_t dirfd;
	struct scap_fd *fi;

	if (pi->type != PT_FSRELPATH || di < 0 ||
	    (unsigned)di >= ev->info->nparams ||
	    ev->info->params[di].type != PT_FD || (unsigned)di >= ev->nparams) {
		sbuf_set(out, cwd->s ? cwd->s : "", cwd->len);
		return;
	}
	dirfd = scapint_param_i64(ev, (unsigned)di);
	if (dirfd == -100) {
		sbuf_set(out, cwd->s ? cwd->s : "", cwd->len);
		return;
	}
	fi = scapint_fd_get(&f->h->st, f->thr, dirfd);
	if (fi == NULL || fi->name.len == 0) {
		sbuf_set(out, "", 0);
		return;
	}
	sbuf_reserve(out, fi->name.len + 1);
	out->len = (uint32_t)scapint_sanitize(out->s, fi->name.s,
	    fi->name.len);
	out->s[out->len++] = '/';
	out->s[out->len] = 0;
}

static void
render_bytebuf(struct obuf *o, const uint8_t *p, uint32_t n, bool limit)
{
	uint32_t i, start = (uint32_t)o->len;

	if (o->len + n + 1 > o->cap)
		ob_grow(o, n);
	for (i = 0; i < n; i++) {
		uint8_t c = p[i];

		o->p[o->len++] = (c >= 0x20 && c < 0x7f) ? (char)c : '.';
	}
	if (limit && n > MAX_BUF_DISPLAY) {
		o->len = start + MAX_BUF_DISPLAY;
		o->p[o->len - 3] = '.';
		o->p[o->len - 2] = '.';
		o->p[o->len - 1] = '.';
	}
}

/*
 * A data buffer as sysdig -x (hex), -X (hex and ASCII) or -A (ASCII)
 * prints it: whole, never cut.  Hex: rows of 16 bytes, "\n\t0xOFFS:"
 * and the bytes in pairs, then a newline.  ASCII: a newline, then the
 * printable bytes, with CR, LF and CR LF each as one newline.
 */
static void
render_bytebuf_mode(struct obuf *o, const uint8_t *p, uint32_t n, int mode)
{
	static const char hx[] = "0123456789abcdef";
	uint32_t j, k;

	if (n == 0)
		return;
	if (mode == SCAP_FMT_ASCII) {
		if (o->len + n + 2 > o->cap)
			ob_grow(o, n + 1);
		o->p[o->len++] = '\n';
		for (j = 0; j < n; j++) {
			uint8_t c = p[j];

			if (c >= 0x20 && c < 0x7f)
				o->p[o->len++] = (char)c;
			else if (c == '\r')
				o->p[o->len++] = '\n';
			else if (c == '\n' && j > 0 && p[j - 1] != '\r')
				o->p[o->len++] = '\n';
		}
		return;
	}
	/* a row: at most 13 + 8 * 5 + 2 + 16 bytes */
	if (o->len + (size_t)(n / 16 + 1) * 80 + 2 > o->cap)
		ob_grow(o, (size_t)(n / 16 + 1) * 80 + 1);
	for (j = 0; j < n; j += 16) {
		char *t = o->p + o->len;
		uint32_t end = n - j < 16 ? n : j + 16;

		t += snprintf(t, 16, "\n\t0x%.4x:", (unsigned)j);
		for (k = j; k < end; k += 2) {
			*t++ = ' ';
			*t++ = hx[p[k] >> 4];
			*t++ = hx[p[k] & 15];
			if (k + 1 < end) {
				*t++ = hx[p[k + 1] >> 4];
				*t++ = hx[p[k + 1] & 15];
			}
		}
		if (mode == SCAP_FMT_HEXASCII) {
			for (k = (end - j + 1) / 2; k < 8; k++) {
				memset(t, ' ', 5);
				t += 5;
			}
			*t++ = ' ';
			*t++ = ' ';
			for (k = j; k < end; k++)
				*t++ = (p[k] >= 0x20 && p[k] < 0x7f) ?
				    (char)p[k] : '.';
		}
		o->len = (size_t)(t - o->p);
	}
	o->p[o->len++] = '\n';
}

static void
render_addr(struct obuf *o, const uint8_t *p, uint32_t n, bool tuple)
{
	size_t cap = 64 + (size_t)n * 4;

	if (o->len + cap + 1 > o->cap)
		ob_grow(o, cap);
	o->len += tuple ? scapint_socktuple_str(o->p + o->len, cap, p, n) :
	    scapint_sockaddr_str(o->p + o->len, cap, p, n);
}

/*
 * Render parameter i of ev into f->val (value) and f->res (resolved
 * form, empty when there is none).
 */
static void
render_param(struct scap_fmt *f, const struct scap_event *ev, unsigned i)
{
	const struct scap_paraminfo *pi = &ev->info->params[i];
	const uint8_t *p = ev->pv[i];
	uint32_t n = ev->pl[i];
	int type = pi->type, fmt = pi->fmt;
	struct state *st = &f->h->st;

	f->val.len = 0;
	f->res.len = 0;
	if (type == PT_DYN && pi->dyn != NULL && n != 0) {
		uint8_t idx = p[0];

		if (idx < pi->ndyn) {
			type = pi->dyn[idx].type;
			p++;
			n--;
		}
	}
	switch (type) {
	case PT_INT8:
		render_num(&f->val, fmt, n >= 1 ? (int8_t)p[0] : 0,
		    n >= 1 ? (uint64_t)(uint32_t)(int32_t)(int8_t)p[0] : 0, 8);
		break;
	case PT_INT16:
		render_num(&f->val, fmt, n >= 2 ? (int16_t)ld16(p) : 0,
		    n >= 2 ? (uint64_t)(uint32_t)(int32_t)(int16_t)ld16(p) : 0,
		    16);
		break;
	case PT_INT32:
		render_num(&f->val, fmt, n >= 4 ? (int32_t)ld32(p) : 0,
		    n >= 4 ? (uint64_t)ld32(p) : 0, 32);
		break;
	case PT_INT64:
	case PT_UINT64:
		render_num(&f->val, fmt, n >= 8 ? (int64_t)ld64(p) : 0,
		    n >= 8 ? ld64(p) : 0, 64);
		break;
	case PT_UINT8:
		render_num(&f->val, fmt, n >= 1 ? p[0] : 0, n >= 1 ? p[0] : 0, 8);
		break;
	case PT_UINT16:
		render_num(&f->val, fmt, n >= 2 ? ld16(p) : 0,
		    n >= 2 ? ld16(p) : 0, 16);
		break;
	case PT_UINT32:
		render_num(&f->val, fmt, n >= 4 ? (int32_t)ld32(p) : 0,
		    n >= 4 ? ld32(p) : 0, 32);
		break;
	case PT_FD:
		render_fd(f, ev, n >= 8 ? (int64_t)ld64(p) : 0);
		break;
	case PT_PID: {
		int64_t v = n >= 8 ? (int64_t)ld64(p) : 0;
		struct scap_thread *t;

		ob_i64(&f->val, v);
		t = scapint_thread_get(st, v);
		if (t != NULL)
			ob_add(&f->res, t->comm.s ? t->comm.s : "", t->comm.len);
		break;
	}
	case PT_ERRNO: {
		int64_t v = n >= 8 ? (int64_t)ld64(p) : 0;
		const char *e;

		ob_i64(&f->val, v);
		if (v < 0 && (e = scapint_errno_name(-(int64_t)(int32_t)v)) !=
		    NULL)
			ob_s(&f->res, e);
		break;
	}
	case PT_CHARBUF: {
		const char *z = memchr(p, 0, n);

		ob_add(&f->val, (const char *)p, z ? (size_t)(z - (const
		    char *)p) : n);
		break;
	}
	case PT_FSPATH:
	case PT_FSRELPATH:
		ob_sanitized(&f->val, (const char *)p, n);
		/* Relative means "not starting with '/'": an empty string
		 * (length 1, the NUL) resolves to the directory itself. */
		if (f->thr != NULL && n > 0 && p[0] != '/' &&
		    !(n >= 4 && memcmp(p, "<NA>", 4) == 0)) {
			base_dir(f, ev, pi, &f->tmp);
			scapint_path_join(&f->tmp2, f->tmp.s ? f->tmp.s : "",
			    f->tmp.len, (const char *)p, n);
			ob_add(&f->res, f->tmp2.s, f->tmp2.len);
		}
		break;
	case PT_BYTEBUF:
		if (f->bufmode != 0)
			render_bytebuf_mode(&f->val, p, n, f->bufmode);
		else
			render_bytebuf(&f->val, p, n, !f->h->bufs_whole);
		break;
	case PT_SOCKADDR:
		render_addr(&f->val, p, n, false);
		break;
	case PT_SOCKTUPLE:
		render_addr(&f->val, p, n, true);
		break;
	case PT_FDLIST: {
		uint16_t cnt, j;
		uint32_t pos = 2;

		if (f->thr == NULL || n < 2)
			break;
		cnt = ld16(p);
		for (j = 0; j < cnt && pos + 10 <= n; j++, pos += 10) {
			int64_t fd = (int64_t)ld64(p + pos);
			struct scap_fd *fi = scapint_fd_get(st, f->thr, fd);

			ob_printf(&f->val, "%" PRIu64 ":%c%x", (uint64_t)fd,
			    fi ? scapint_fd_typechar(fi) : '?',
			    (uint32_t)(int16_t)ld16(p + pos + 8));
			if (j + 1 < cnt)
				ob_c(&f->val, ' ');
		}
		break;
	}
	case PT_SYSCALLID: {
		uint16_t id = n >= 2 ? ld16(p) : 0;
		const char *s = scapint_syscall_name(id);

		ob_u64(&f->val, id);
		if (s != NULL)
			ob_s(&f->res, s);
		break;
	}
	case PT_SIGTYPE: {
		const char *s = n >= 1 ? scapint_signal_name(p[0]) : NULL;

		ob_u64(&f->val, n >= 1 ? p[0] : 0);
		if (s != NULL)
			ob_s(&f->res, s);
		break;
	}
	case PT_RELTIME: {
		uint64_t v = n >= 8 ? ld64(p) : 0;

		if (v == UINT64_MAX)
			ob_s(&f->val, "none");
		else {
			ob_u64(&f->val, v);
			ob_printf(&f->res, "%lgs", (double)v / 1000000000);
		}
		break;
	}
	case PT_FLAGS8:
	case PT_FLAGS16:
	case PT_FLAGS32:
	case PT_ENUMFLAGS8:
	case PT_ENUMFLAGS16:
	case PT_ENUMFLAGS32: {
		uint32_t v = 0;

		if (type == PT_FLAGS8 || type == PT_ENUMFLAGS8)
			v = n >= 1 ? p[0] : 0;
		else if (type == PT_FLAGS16 || type == PT_ENUMFLAGS16)
			v = n >= 2 ? ld16(p) : 0;
		else
			v = n >= 4 ? ld32(p) : 0;
		ob_u64(&f->val, v);
		if (type >= PT_ENUMFLAGS8) {
			const struct scap_flagname *fl = pi->names;

			for (; fl != NULL && fl->name != NULL; fl++)
				if (fl->value == v) {
					ob_s(&f->res, fl->name);
					break;
				}
		} else
			render_flags(&f->res, pi->names, v);
		break;
	}
	case PT_MODE: {
		uint32_t v = n >= 4 ? ld32(p) : 0;

		render_num(&f->val, fmt, (int32_t)v, v, 32);
		render_flags(&f->res, pi->names, v);
		break;
	}
	case PT_UID:
	case PT_GID: {
		uint32_t v = n >= 4 ? ld32(p) : 0;

		if (v < UINT32_MAX) {
			ob_i64(&f->val, (int32_t)v);
			if (type == PT_UID) {
				const struct user *u = scapint_user_get(st, v);

				if (u != NULL)
					ob_sanitized(&f->res, u->name,
					    strlen(u->name));
				else
					ob_s(&f->res, "<NA>");
			} else {
				const struct group *g = scapint_group_get(st, v);

				if (g != NULL)
					ob_sanitized(&f->res, g->name,
					    strlen(g->name));
				else
					ob_s(&f->res, "<NA>");
			}
		} else {
			ob_s(&f->val, "-1");
			ob_s(&f->res, "<NONE>");
		}
		break;
	}
	case PT_SIGSET: {
		uint32_t v = n >= 4 ? ld32(p) : 0;
		int sig;
		bool first = true;

		for (sig = 0; sig < 32; sig++) {
			const char *s;

			if (!(v & (1u << sig)))
				continue;
			s = scapint_signal_name((uint32_t)sig + 1);
			if (s == NULL)
				continue;
			if (!first)
				ob_c(&f->val, ' ');
			ob_s(&f->val, s);
			first = false;
		}
		break;
	}
	case PT_ABSTIME:
	case PT_DYN:
		ob_s(&f->val, "INVALID DYNAMIC PARAMETER");
		break;
	default:
		ob_s(&f->val, "(n.a.)");
		break;
	}
}

/* Lengths of parameter names, measured once. */
static size_t
param_namelen(uint16_t type, unsigned i)
{
	static uint8_t len[SCAP_EVENT_MAX][SCAP_MAX_PARAMS];

	if (len[type][i] == 0) {
		size_t n = strlen(scapint_events[type].params[i].name);

		len[type][i] = (uint8_t)(n < 255 ? n : 255);
	}
	return len[type][i];
}

/* evt.info / evt.args: "name=value(resolved) " for every parameter. */
static void
render_args(struct scap_fmt *f, const struct scap_event *ev, struct obuf *o)
{
	unsigned i, np = ev->nparams;

	if (ev->type == 0 || ev->type == 1)
		return;
	if (np > ev->info->nparams)
		np = ev->info->nparams;
	for (i = 0; i < np; i++) {
		render_param(f, ev, i);
		ob_add(o, ev->info->params[i].name, param_namelen(ev->type, i));
		ob_c(o, '=');
		ob_add(o, f->val.p, f->val.len);
		if (f->res.len != 0) {
			ob_c(o, '(');
			ob_add(o, f->res.p, f->res.len);
			ob_c(o, ')');
		}
		ob_c(o, ' ');
	}
}

static void
ob_9d(struct obuf *o, uint64_t v64)
{
	uint32_t v = (uint32_t)v64;	/* < 10^9 */
	char *t;
	int i;

	if (o->len + 10 > o->cap)
		ob_grow(o, 10);
	t = o->p + o->len;
	for (i = 7; i >= 1; i -= 2) {
		uint32_t r = v % 100;

		v /= 100;
		t[i] = digits2[r * 2];
		t[i + 1] = digits2[r * 2 + 1];
	}
	t[0] = (char)('0' + v % 10);
	o->len += 9;
}

static void
render_time(struct scap_fmt *f, const struct scap_event *ev, struct obuf *o)
{
	uint64_t ts = ev->ts, d;

	switch (f->timefmt) {
	case SCAP_TIME_ABS:
		ob_u64(o, ts / 1000000000);
		ob_c(o, '.');
		ob_u64(o, ts % 1000000000);
		break;
	case SCAP_TIME_REL:
		d = ts - f->h->first_ts;
		ob_u64(o, d / 1000000000);
		ob_c(o, '.');
		ob_9d(o, d % 1000000000);
		break;
	case SCAP_TIME_LATENCY:
		if (ev->thread != NULL) {
			d = ev->thread->latency;
			ob_u64(o, d / 1000000000);
			ob_c(o, '.');
			ob_9d(o, d % 1000000000);
		} else
			ob_s(o, "0.000000000");
		break;
	case SCAP_TIME_DELTA:
		if (f->delta_prev == 0)
			f->delta_prev = ts;
		d = ts - f->delta_prev;
		ob_u64(o, d / 1000000000);
		ob_c(o, '.');
		ob_9d(o, d % 1000000000);
		f->delta_prev = ts;
		break;
	default: {
		uint64_t sec = ts / 1000000000;

		if (sec != f->cached_sec) {
			uint32_t s = (uint32_t)((sec + (uint64_t)(int64_t)f->tz) %
			    86400);
			snprintf(f->cached_hms, sizeof(f->cached_hms),
			    "%02u:%02u:%02u.", s / 3600, (s % 3600) / 60, s % 60);
			f->cached_sec = sec;
		}
		ob_add(o, f->cached_hms, 9);
		ob_9d(o, ts % 1000000000);
		break;
	}
	}
}

/*
 * sysdig shows a container event as coming from a made-up thread named
 * "container:" + the "id" member of the top-level "container" object of
 * its JSON parameter: that name, into o.
 */
static void
container_comm(struct scap_fmt *f, const struct scap_event *ev,
    struct obuf *o)
{
	const char *p, *e, *c, *id;

	ob_s(o, "container:");
	if (ev->nparams < 1 || ev->pl[0] == 0)
		return;
	p = (const char *)ev->pv[0];
	e = p + strnlen(p, ev->pl[0]);
	if ((c = scapint_json_member(p, e, "container", &f->tmp)) == NULL ||
	    (id = scapint_json_member(c, e, "id", &f->tmp)) == NULL ||
	    *id != '"')
		return;
	if (scapint_json_str(id, e, &f->tmp) != NULL)
		ob_add(o, f->tmp.s, f->tmp.len);
}

static int
cmp_item_name(const void *a, const void *b, void *arg)
{
	const struct fmtitem *x = *(struct fmtitem *const *)a;
	const struct fmtitem *y = *(struct fmtitem *const *)b;
	const char *t = arg;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(t + x->off, t + y->off, n);

	return c != 0 ? c : (x->len > y->len) - (x->len < y->len);
}

/* Sort without qsort_r (not in C11): insertion sort, formats are short. */
static void
sort_items(struct fmtitem **v, size_t n, const char *text)
{
	size_t i, j;

	for (i = 1; i < n; i++)
		for (j = i; j > 0 && cmp_item_name(&v[j - 1], &v[j],
		    (void *)text) > 0; j--) {
			struct fmtitem *t = v[j];

			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

/*
 * Parse a -p format: text with %field or %Nfield, an optional leading
 * '*' (absent fields print <NA> instead of hiding the event).
 */
static int
parse_format(struct scap_fmt *f, const char *format, char *errbuf)
{
	size_t n = strlen(format), i = 0, cap = 8, k;
	char err[256];

	f->text = strdup(format);
	f->items = calloc(cap, sizeof(*f->items));
	if (f->text == NULL || f->items == NULL) {
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "out of memory");
		return -1;
	}
	if (format[0] == '*') {
		f->star = true;
		i = 1;
	}
	while (i < n) {
		struct fmtitem *it;

		if (f->nitems == cap) {
			struct fmtitem *ni = realloc(f->items,
			    cap * 2 * sizeof(*ni));

			if (ni == NULL) {
				snprintf(errbuf, SCAP_ERRBUF_SIZE,
				    "out of memory");
				return -1;
			}
			f->items = ni;
			cap *= 2;
		}
		it = &f->items[f->nitems];
		memset(it, 0, sizeof(*it));
		if (format[i] == '%') {
			size_t start = ++i, used;

			while (i < n && format[i] >= '0' && format[i] <= '9') {
				it->width = it->width * 10 + (format[i++] - '0');
				if (it->width > FMT_MAX_WIDTH) {
					snprintf(errbuf, SCAP_ERRBUF_SIZE,
					    "column %zu: field width over %d",
					    start, FMT_MAX_WIDTH);
					return -1;
				}
			}
			if (i >= n) {
				snprintf(errbuf, SCAP_ERRBUF_SIZE, "column %zu: "
				    "format ends with '%%'", start);
				return -1;
			}
			used = scapint_field_parse_fmt(format + i, &it->ref, err,
			    sizeof(err));
			if (used == 0) {
				snprintf(errbuf, SCAP_ERRBUF_SIZE, "column %zu: %s",
				    i + 1, err);
				return -1;
			}
			it->field = true;
			it->off = i;
			it->len = used;
			i += used;
		} else {
			it->off = i;
			while (i < n && format[i] != '%')
				i++;
			it->len = i - it->off;
		}
		f->nitems++;
	}
	if (f->json) {
		f->sorted = calloc(f->nitems + 1, sizeof(*f->sorted));
		if (f->sorted == NULL) {
			snprintf(errbuf, SCAP_ERRBUF_SIZE, "out of memory");
			return -1;
		}
		for (i = 0; i < f->nitems; i++)
			if (f->items[i].field)
				f->sorted[f->nsorted++] = &f->items[i];
		sort_items(f->sorted, f->nsorted, f->text);
		/* each name once */
		for (i = 0, k = 0; i < f->nsorted; i++)
			if (k == 0 || cmp_item_name(&f->sorted[k - 1],
			    &f->sorted[i], f->text) != 0)
				f->sorted[k++] = f->sorted[i];
		f->nsorted = k;
	}
	return 0;
}

static void
json_string(struct obuf *o, const char *s, size_t n)
{
	size_t i;

	ob_c(o, '"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		switch (c) {
		case '"': ob_add(o, "\\\"", 2); break;
		case '\\': ob_add(o, "\\\\", 2); break;
		case '\b': ob_add(o, "\\b", 2); break;
		case '\f': ob_add(o, "\\f", 2); break;
		case '\n': ob_add(o, "\\n", 2); break;
		case '\r': ob_add(o, "\\r", 2); break;
		case '\t': ob_add(o, "\\t", 2); break;
		default:
			if (c < 0x20)
				ob_printf(o, "\\u%04x", c);
			else
				ob_c(o, (char)c);
		}
	}
	ob_c(o, '"');
}

/* One event through a -p format, as text or JSON; NULL: not printed. */
static const char *
fmt_custom(struct scap_fmt *f, const struct scap_event *ev, size_t *len)
{
	struct obuf *o = &f->line;
	struct fieldval v;
	const char *s;
	size_t i, n;

	o->len = 0;
	f->h->outtime = f->timefmt;
	f->h->bufs_whole = f->json || f->whole;	/* JSON cuts no buffer */
	/* the fields' buffers print as this formatter's (sysdig -X etc.) */
	if (f->bufmode != 0 || f->h->ifmt != NULL)
		handle_ifmt(f->h)->bufmode = f->bufmode;
	if (f->json) {
		ob_c(o, '{');
		for (i = 0; i < f->nsorted; i++) {
			struct fmtitem *it = f->sorted[i];

			scapint_field_get(f->h, ev, &it->ref, 0, &v);
			if (v.absent && !f->star)
				return NULL;
			if (i > 0)
				ob_c(o, ',');
			ob_c(o, '"');
			ob_add(o, f->text + it->off, it->len);
			ob_add(o, "\":", 2);
			if (v.absent) {
				ob_s(o, "null");
				continue;
			}
			if (strncmp(f->text + it->off, "evt.outputtime",
			    it->len) == 0 && it->len == 14) {
				ob_u64(o, ev->ts);	/* raw, as sysdig */
				continue;
			}
			switch (v.type) {
			case FT_INT:
				ob_i64(o, v.i);
				break;
			case FT_UINT: case FT_TIME: case FT_RELTIME: case FT_PORT:
				ob_u64(o, (uint64_t)v.i);
				break;
			case FT_BOOL:
				ob_s(o, v.i ? "true" : "false");
				break;
			default:
				s = scapint_field_text(f->h, ev, &it->ref, &v, 0, &n);
				json_string(o, s, n);
				break;
			}
		}
		ob_add(o, "}\n", 2);
		*len = o->len;
		return o->p;
	}
	if (f->csv) {
		bool first = true;

		for (i = 0; i < f->nitems; i++) {
			struct fmtitem *it = &f->items[i];

			if (!it->field)
				continue;
			if (!first)
				ob_c(o, ',');
			first = false;
			scapint_field_get(f->h, ev, &it->ref, 0, &v);
			if (v.absent) {
				if (!f->star)
					return NULL;
				continue;	/* an empty field */
			}
			s = scapint_field_text(f->h, ev, &it->ref, &v, 0, &n);
			n = scapint_csv_quote(&f->csvbuf, &f->csvcap, s, n);
			ob_add(o, f->csvbuf, n);
		}
		ob_c(o, '\n');
		*len = o->len;
		return o->p;
	}
	for (i = 0; i < f->nitems; i++) {
		struct fmtitem *it = &f->items[i];

		if (!it->field) {
			ob_add(o, f->text + it->off, it->len);
			continue;
		}
		scapint_field_get(f->h, ev, &it->ref, 0, &v);
		if (v.absent) {
			if (!f->star)
				return NULL;
			s = "<NA>";
			n = 4;
		} else
			s = scapint_field_text(f->h, ev, &it->ref, &v, 0, &n);
		if (it->width > 0) {
			size_t w = (size_t)it->width;

			if (n >= w)
				ob_add(o, s, w);
			else {
				ob_add(o, s, n);
				while (n++ < w)
					ob_c(o, ' ');
			}
		} else
			ob_add(o, s, n);
	}
	ob_c(o, '\n');
	*len = o->len;
	return o->p;
}

const char *
scap_fmt_header(struct scap_fmt *f, size_t *len)
{
	struct obuf *o = &f->line;
	size_t i, n;
	bool first = true;

	if (!f->csv)
		return NULL;
	o->len = 0;
	for (i = 0; i < f->nitems; i++) {
		if (!f->items[i].field)
			continue;
		if (!first)
			ob_c(o, ',');
		first = false;
		n = scapint_csv_quote(&f->csvbuf, &f->csvcap,
		    f->text + f->items[i].off, f->items[i].len);
		ob_add(o, f->csvbuf, n);
	}
	ob_c(o, '\n');
	*len = o->len;
	return o->p;
}

const char *
scap_fmt_event(struct scap_fmt *f, const struct scap_event *ev, size_t *len)
{
	struct obuf *o = &f->line;
	const char *name;

	if (ev->hidden)
		return NULL;
	if (f->items != NULL)
		return fmt_custom(f, ev, len);
	f->h->bufs_whole = f->whole;
	f->thr = ev->thread != NULL ? ev->thread :
	    scapint_thread_get(&f->h->st, ev->tid);
	o->len = 0;
	ob_u64(o, ev->num);
	ob_c(o, ' ');
	render_time(f, ev, o);
	ob_c(o, ' ');
	ob_u64(o, ev->cpu);
	ob_c(o, ' ');
	if (ev->type == 272 || ev->type == 324)
		container_comm(f, ev, o);
	else if (f->thr != NULL)
		ob_add(o, f->thr->comm.s ? f->thr->comm.s : "",
		    f->thr->comm.len);
	else
		ob_s(o, "<NA>");
	ob_s(o, " (");
	ob_i64(o, ev->tid);
	ob_s(o, ") ");
	ob_c(o, (ev->type & 1) ? '<' : '>');
	ob_c(o, ' ');
	name = ev->info->name;
	if ((ev->type == 0 || ev->type == 1) && ev->nparams > 0 &&
	    ev->pl[0] >= 2) {
		const char *s = scapint_syscall_name(ld16(ev->pv[0]));

		name = s != NULL ? s : "<NA>";
	}
	ob_s(o, name);
	ob_c(o, ' ');
	render_args(f, ev, o);
	ob_c(o, '\n');
	*len = o->len;
	return o->p;
}

/*
 * Text for fields (field.c): parameters, evt.args and times, rendered
 * by a formatter that belongs to the reader handle.
 */
static struct scap_fmt *
handle_ifmt(struct scap *h)
{
	if (h->ifmt == NULL) {
		char err[SCAP_ERRBUF_SIZE];

		h->ifmt = scap_fmt_new(h, NULL, err);
		if (h->ifmt == NULL)
			abort();
	}
	return h->ifmt;
}

static struct scap_fmt *
handle_fmt(struct scap *h, const struct scap_event *ev)
{
	struct scap_fmt *f = handle_ifmt(h);

	f->thr = ev->thread != NULL ? ev->thread :
	    scapint_thread_get(&h->st, ev->tid);
	return f;
}

const char *
scapint_fmt_param_text(struct scap *h, const struct scap_event *ev,
    unsigned i, bool resolved, size_t *n)
{
	struct scap_fmt *f = handle_fmt(h, ev);

	if (i >= ev->nparams)
		return NULL;
	render_param(f, ev, i);
	if (resolved && f->res.len != 0) {
		*n = f->res.len;
		return f->res.p;
	}
	*n = f->val.len;
	return f->val.p ? f->val.p : "";
}

const char *
scapint_fmt_args_text(struct scap *h, const struct scap_event *ev, size_t *n)
{
	struct scap_fmt *f = handle_fmt(h, ev);

	f->aux.len = 0;
	render_args(f, ev, &f->aux);
	ob_c(&f->aux, 0);
	*n = f->aux.len - 1;
	return f->aux.p;
}

const char *
scapint_event_typename(const struct scap_event *ev)
{
	if ((ev->type == 0 || ev->type == 1) && ev->nparams > 0 &&
	    ev->pl[0] >= 2) {
		const char *s = scapint_syscall_name(ld16(ev->pv[0]));

		return s != NULL ? s : "<NA>";
	}
	return ev->info->name;
}

/* kind: 'h' evt.time, 's' evt.time.s, 'y' evt.datetime, 'o' outputtime */
const char *
scapint_fmt_time_text(struct scap *h, const struct scap_event *ev, int kind,
    size_t *n)
{
	struct scap_fmt *f = handle_fmt(h, ev);
	uint64_t sec = ev->ts / 1000000000;
	uint32_t s = (uint32_t)((sec + (uint64_t)(int64_t)f->tz) % 86400);
	char buf[64];
	int k = 0;

	f->aux.len = 0;
	if (kind == 'o') {
		f->timefmt = h->outtime ? h->outtime : SCAP_TIME_HUMAN;
		render_time(f, ev, &f->aux);
		*n = f->aux.len;
		return f->aux.p;
	}
	if (kind == 'y') {
		time_t day = (time_t)(sec + (uint64_t)(int64_t)f->tz - s);
		struct tm tm;

		gmtime_r(&day, &tm);
		k = snprintf(buf, sizeof(buf), "%04d-%02d-%02d ",
		    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	}
	k += snprintf(buf + k, sizeof(buf) - (size_t)k, "%02u:%02u:%02u",
	    s / 3600, (s % 3600) / 60, s % 60);
	if (kind != 's')
		snprintf(buf + k, sizeof(buf) - (size_t)k, ".%09u",
		    (unsigned)(ev->ts % 1000000000));
	ob_s(&f->aux, buf);
	*n = f->aux.len;
	return f->aux.p;
}

void
scapint_fmt_bytebuf_text(struct scap *h, const uint8_t *p, size_t n,
    struct sbuf *out)
{
	struct obuf o = { 0 };

	if (h->ifmt != NULL && h->ifmt->bufmode != 0)
		render_bytebuf_mode(&o, p, (uint32_t)n, h->ifmt->bufmode);
	else
		render_bytebuf(&o, p, (uint32_t)n, !h->bufs_whole);
	sbuf_set(out, o.p ? o.p : "", o.len);
	free(o.p);
}
