/*
 * scap-hex - print the data buffers of captures in hex and ASCII, as
 * `sysdig -X', -x and -A do; the stream views of sysdig's I/O chisels
 * (-c); and the streams themselves, extracted to files (-o).
 */
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "common.h"

#define RED	"\033[31m"
#define BLUE	"\033[34m"
#define RESET	"\033[0m"

enum view {
	V_NONE, V_ECHO_FDS, V_SPY_FILE, V_SPY_IP, V_SPY_PORT, V_STDIN,
	V_STDOUT, V_STDERR
};

static const struct {
	const char *name;
	enum view v;
	int arg;		/* 0: none, 1: optional, 2: required */
} views[] = {
	{ "echo_fds", V_ECHO_FDS, 0 },
	{ "spy_file", V_SPY_FILE, 1 },
	{ "spy_ip", V_SPY_IP, 2 },
	{ "spy_port", V_SPY_PORT, 2 },
	{ "stdin", V_STDIN, 0 },
	{ "stdout", V_STDOUT, 0 },
	{ "stderr", V_STDERR, 0 },
};

/* One stream of -o: one fd (or peer) of one process, one direction. */
struct gap {
	uint64_t off;		/* where in the file the bytes are missing */
	uint64_t len;
	uint64_t evnum;
};

struct stream {
	char *key;		/* pid, fd, name and direction */
	size_t keylen;
	char *file;		/* name in the output directory */
	char *proc, *name, *type, *proto;
	int64_t pid, fdnum;
	int write;
	int fd;			/* open descriptor, or -1 */
	uint64_t lastuse;
	uint64_t events, bytes, captured;
	struct gap *gaps;
	size_t ngaps, gapcap;
	struct stream *next;	/* hash chain */
	struct stream *order;	/* in order of creation */
};

#define NHASH	4096
#define MAXOPEN	64

struct hex {
	int mode;			/* SCAP_FMT_HEXASCII, _HEX, _ASCII */
	int mode_given;
	struct scap_filter *filter;	/* -f */
	enum view view;			/* -c */
	const char *viewarg;
	int color;
	const char *outdir;		/* -o */

	struct scap_filter *vfilter;	/* the view's own filter */
	int vmode;			/* the view's buffer format */
	int direction;			/* spy_ip/spy_port: 0, 'R', 'W' */
	char info[256];			/* and the header line they repeat */
	size_t infolen;

	struct scap_field *f_isread, *f_res, *f_fdname, *f_pname, *f_pid,
	    *f_time, *f_iswrite, *f_fdnum, *f_fdtype, *f_proto;

	struct stream *hash[NHASH];
	struct stream *first, *last;
	uint64_t tick;
	int nopen;
};

static void
usage(FILE *fp, int code)
{
	fprintf(fp, "usage: %s [-AhqVXx] [--color[=when]] [--recover] "
	    "[-f filter] [file ...]\n"
	    "       %s -c view [-AXx] [--color[=when]] [-f filter] "
	    "[arg] [file ...]\n"
	    "       %s -o dir [-f filter] [file ...]\n",
	    progname, progname, progname);
	exit(code);
}

static struct scap_field *
field(const char *name)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap_field *f = scap_field_new(name, err);

	if (f == NULL)
		tool_errx(1, "%s: %s", name, err);
	return f;
}

static void
out_s(const char *s)
{
	tool_write(s, strlen(s));
}

/* The value of a field as text into buf (NUL-terminated); 0 if absent. */
static int
field_str(struct scap *h, const struct scap_event *ev,
    const struct scap_field *f, char *buf, size_t size)
{
	struct scap_value v;
	size_t n;

	if (!scap_field_value(h, ev, f, 0, &v))
		return 0;
	n = v.len < size - 1 ? v.len : size - 1;
	memcpy(buf, v.str, n);
	buf[n] = 0;
	return 1;
}

static int
field_num(struct scap *h, const struct scap_event *ev,
    const struct scap_field *f, int64_t *num)
{
	struct scap_value v;

	if (!scap_field_value(h, ev, f, 0, &v) || !v.numeric)
		return 0;
	*num = v.num;
	return 1;
}

/* The chisels' format_bytes(). */
static void
format_bytes(char *buf, size_t size, int64_t v)
{
	double d = (double)v;
	double k = 1024;

	if (d > k * k * k * k * k)
		snprintf(buf, size, "%.2fP", d / (k * k * k * k * k));
	else if (d > k * k * k * k)
		snprintf(buf, size, "%.2fT", d / (k * k * k * k));
	else if (d > k * k * k)
		snprintf(buf, size, "%.2fG", d / (k * k * k));
	else if (d > k * k)
		snprintf(buf, size, "%.2fM", d / (k * k));
	else if (d > k)
		snprintf(buf, size, "%.2fKB", d / k);
	else
		snprintf(buf, size, "%lldB", (long long)v);
}

static const char *
color(const struct hex *x, const char *c)
{
	return x->color ? c : "";
}

/* Set up the view: its filter and its fields, as the chisel does. */
static void
view_init(struct hex *x)
{
	char err[SCAP_ERRBUF_SIZE], *flt = NULL;
	size_t n;

	x->vmode = x->mode_given ? x->mode : 0;
	switch (x->view) {
	case V_ECHO_FDS:
		flt = strdup("evt.is_io=true and evt.dir=< and evt.rawres>0");
		break;
	case V_SPY_FILE:
		if (!x->mode_given)
			x->vmode = SCAP_FMT_ASCII;
		n = (x->viewarg ? strlen(x->viewarg) : 0) + 200;
		if ((flt = malloc(n)) == NULL)
			break;
		if (x->viewarg != NULL && x->viewarg[0] != 0)
			snprintf(flt, n, "(fd.name=%s) and ", x->viewarg);
		else
			snprintf(flt, n, "(not fd.name contains /dev/pt and "
			    "not fd.name contains /dev/tty) and ");
		strcat(flt, "evt.is_io=true and fd.type=file and evt.dir=< "
		    "and evt.failed=false");
		break;
	case V_SPY_IP:
	case V_SPY_PORT:
		n = strlen(x->viewarg) + 100;
		if ((flt = malloc(n)) == NULL)
			break;
		snprintf(flt, n, "evt.is_io=true and (fd.type=ipv4 or "
		    "fd.type=ipv6) and %s=%s", x->view == V_SPY_IP ? "fd.ip" :
		    "fd.port", x->viewarg);
		break;
	case V_STDIN:
	case V_STDOUT:
	case V_STDERR:
		flt = strdup(x->view == V_STDIN ? "fd.num=0 and evt.is_io=true" :
		    x->view == V_STDOUT ? "fd.num=1 and evt.is_io=true" :
		    "fd.num=2 and evt.is_io=true");
		break;
	case V_NONE:
		return;
	}
	if (flt == NULL)
		tool_errx(1, "out of memory");
	if ((x->vfilter = scap_filter_compile(flt, err)) == NULL)
		tool_errx(EXIT_USAGE, "-c: %s: %s", flt, err);
	free(flt);
	x->f_isread = field("evt.is_io_read");
	x->f_iswrite = field("evt.is_io_write");
	x->f_res = field("evt.rawarg.res");
	x->f_fdname = field("fd.name");
	x->f_pname = field("proc.name");
	x->f_pid = field("proc.pid");
	x->f_time = field("evt.time");
}

/* The text of evt.arg.data in the view's format, or NULL if absent. */
static const char *
view_data(struct scap_fmt *df, const struct scap_event *ev, size_t *len)
{
	const char *s = scap_fmt_event(df, ev, len);

	if (s != NULL)
		(*len)--;	/* the newline */
	return s;
}

static void
view_event(struct hex *x, struct scap *h, struct scap_fmt *df,
    const struct scap_event *ev)
{
	char name[4096], pname[256], sz[32], ts[64];
	const char *data;
	const void *buf;
	uint32_t blen;
	size_t dlen;
	int64_t res = 0, isread = 0, pid = 0;
	int hasres;

	if (!scap_filter_match(x->vfilter, h, ev))
		return;
	switch (x->view) {
	case V_ECHO_FDS:
		if (!field_str(h, ev, x->f_fdname, name, sizeof(name)))
			strcpy(name, "<NA>");
		if (!field_str(h, ev, x->f_pname, pname, sizeof(pname)))
			strcpy(pname, "nil");
		field_num(h, ev, x->f_res, &res);
		field_num(h, ev, x->f_isread, &isread);
		if (res > 0) {
			const char *c = color(x, isread ? RED : BLUE);

			format_bytes(sz, sizeof(sz), res);
			out_s(c);
			out_s(isread ? "------ Read " : "------ Write ");
			out_s(sz);
			out_s(isread ? " from  " : " to  ");
			out_s(c);
			out_s(" ");
			out_s(name);
			out_s(" (");
			out_s(pname);
			out_s(")\n");
		}
		if ((data = view_data(df, ev, &dlen)) != NULL) {
			tool_write(data, dlen);
			tool_write("\n", 1);
		}
		break;
	case V_SPY_FILE: {
		/* a field the event lacks prints as Lua prints nil */
		int64_t isw = 0;
		char head[4096 + 512], spid[32];

		if (!field_num(h, ev, x->f_res, &res))
			break;
		if (!field_str(h, ev, x->f_time, ts, sizeof(ts)))
			strcpy(ts, "nil");
		if (!field_str(h, ev, x->f_pname, pname, sizeof(pname)))
			strcpy(pname, "nil");
		if (field_num(h, ev, x->f_pid, &pid))
			snprintf(spid, sizeof(spid), "%lld", (long long)pid);
		else
			strcpy(spid, "nil");
		if (!field_str(h, ev, x->f_fdname, name, sizeof(name)))
			strcpy(name, "nil");
		if ((data = view_data(df, ev, &dlen)) == NULL) {
			data = "nil";
			dlen = 3;
		}
		field_num(h, ev, x->f_iswrite, &isw);
		format_bytes(sz, sizeof(sz), res);
		snprintf(head, sizeof(head), "%s %s(%s) %s %s %s ", ts, pname,
		    spid, isw ? "W" : "R", sz, name);
		out_s(head);
		tool_write(data, dlen);
		tool_write("\n", 1);
		break;
	}
	case V_SPY_IP:
	case V_SPY_PORT:
		hasres = field_num(h, ev, x->f_res, &res);
		if (!hasres || res <= 0)
			break;
		if ((data = view_data(df, ev, &dlen)) == NULL)
			break;
		field_num(h, ev, x->f_isread, &isread);
		format_bytes(sz, sizeof(sz), res);
		/* as the chisels: the header changes with the direction
		 * only, and is printed again, unchanged, for every event */
		if (isread && x->direction != 'R') {
			x->infolen = (size_t)snprintf(x->info, sizeof(x->info),
			    "%s------ Read %s", color(x, RED), sz);
			x->direction = 'R';
		} else if (!isread && x->direction != 'W') {
			x->infolen = (size_t)snprintf(x->info, sizeof(x->info),
			    "%s------ %s %s", color(x, BLUE),
			    x->view == V_SPY_IP ? "Read" : "Write", sz);
			x->direction = 'W';
		}
		tool_write(x->info, x->infolen);
		tool_write("\n", 1);
		tool_write(data, dlen);
		tool_write("\n", 1);
		break;
	case V_STDIN:
	case V_STDOUT:
	case V_STDERR:
		if (!scap_event_is_exit(ev) ||
		    scap_event_buffer(ev, &buf, &blen) != 0)
			break;
		tool_write(buf, blen);
		tool_write("\n", 1);
		break;
	case V_NONE:
		break;
	}
}

/* The end of the capture: the chisels that colour reset the terminal. */
static void
view_end(struct hex *x)
{
	switch (x->view) {
	case V_ECHO_FDS:
	case V_SPY_IP:
	case V_SPY_PORT:
		out_s(color(x, RESET));
		out_s("\n");
		break;
	default:
		break;
	}
}

/*
 * -o: streams.
 */
static uint32_t
hash_key(const char *s, size_t n)
{
	uint32_t hv = 2166136261u;

	while (n-- > 0)
		hv = (hv ^ (uint8_t)*s++) * 16777619u;
	return hv;
}

static char *
xstrdup(const char *s)
{
	char *p = strdup(s);

	if (p == NULL)
		tool_errx(1, "out of memory");
	return p;
}

/* A file name part: the characters that need no quoting, others as _. */
static void
name_part(char *o, size_t size, const char *s)
{
	size_t k = 0;

	for (; *s != 0 && k + 1 < size; s++) {
		char c = *s;

		if (s[0] == '-' && s[1] == '>') {
			if (k + 2 >= size)
				break;
			o[k++] = '-';
			o[k++] = '-';
			s++;
			continue;
		}
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '+' ||
		    c == '=' || c == ',')
			o[k++] = c;
		else if (c == ':')
			o[k++] = '.';
		else
			o[k++] = '_';
	}
	o[k] = 0;
}

static int
file_used(struct hex *x, const char *file)
{
	struct stream *s;

	for (s = x->first; s != NULL; s = s->order)
		if (strcmp(s->file, file) == 0)
			return 1;
	return 0;
}

static struct stream *
stream_get(struct hex *x, struct scap *h, const struct scap_event *ev,
    int wr)
{
	char key[4096 + 64], name[4096], pname[256], type[32], proto[16];
	char np[128], pp[64], file[512];
	int64_t pid = -1, fdnum = -1;
	struct stream *s;
	uint32_t b;
	size_t klen;
	int i;

	if (!field_str(h, ev, x->f_fdname, name, sizeof(name)))
		name[0] = 0;
	field_num(h, ev, x->f_pid, &pid);
	field_num(h, ev, x->f_fdnum, &fdnum);
	klen = (size_t)snprintf(key, sizeof(key), "%lld %lld %d %s",
	    (long long)pid, (long long)fdnum, wr, name);
	if (klen >= sizeof(key))
		klen = sizeof(key) - 1;
	b = hash_key(key, klen) % NHASH;
	for (s = x->hash[b]; s != NULL; s = s->next)
		if (s->keylen == klen && memcmp(s->key, key, klen) == 0)
			return s;
	if (!field_str(h, ev, x->f_pname, pname, sizeof(pname)))
		strcpy(pname, "NA");
	if (!field_str(h, ev, x->f_fdtype, type, sizeof(type)))
		type[0] = 0;
	if (!field_str(h, ev, x->f_proto, proto, sizeof(proto)) ||
	    strcmp(proto, "<NA>") == 0)
		proto[0] = 0;
	if ((s = calloc(1, sizeof(*s))) == NULL)
		tool_errx(1, "out of memory");
	s->key = malloc(klen + 1);
	if (s->key == NULL)
		tool_errx(1, "out of memory");
	memcpy(s->key, key, klen + 1);
	s->keylen = klen;
	s->proc = xstrdup(pname);
	s->name = xstrdup(name);
	s->type = xstrdup(type);
	s->proto = xstrdup(proto);
	s->pid = pid;
	s->fdnum = fdnum;
	s->write = wr;
	s->fd = -1;
	name_part(pp, sizeof(pp), pname);
	name_part(np, sizeof(np), name[0] ? name : "noname");
	snprintf(file, sizeof(file), "%s-%lld-fd%lld-%s.%s", pp,
	    (long long)pid, (long long)fdnum, np, wr ? "write" : "read");
	for (i = 2; file_used(x, file) || strcmp(file, "index.csv") == 0;
	    i++)
		snprintf(file, sizeof(file), "%s-%lld-fd%lld-%s~%d.%s", pp,
		    (long long)pid, (long long)fdnum, np, i,
		    wr ? "write" : "read");
	s->file = xstrdup(file);
	s->next = x->hash[b];
	x->hash[b] = s;
	if (x->last != NULL)
		x->last->order = s;
	else
		x->first = s;
	x->last = s;
	return s;
}

static char *
out_path(const struct hex *x, const char *file)
{
	size_t n = strlen(x->outdir) + strlen(file) + 2;
	char *p = malloc(n);

	if (p == NULL)
		tool_errx(1, "out of memory");
	snprintf(p, n, "%s/%s", x->outdir, file);
	return p;
}

/* Open a stream's file: created on its first use, appended to later. */
static void
stream_open(struct hex *x, struct stream *s)
{
	char *path;
	int flags = O_WRONLY | O_CREAT | O_APPEND;

	if (s->fd >= 0)
		return;
	if (x->nopen >= MAXOPEN) {
		struct stream *t, *old = NULL;

		for (t = x->first; t != NULL; t = t->order)
			if (t->fd >= 0 && (old == NULL ||
			    t->lastuse < old->lastuse))
				old = t;
		if (old != NULL) {
			close(old->fd);
			old->fd = -1;
			x->nopen--;
		}
	}
	path = out_path(x, s->file);
	if (tool_is_input(path))
		tool_errx(1, "%s: is an input; not overwriting it", path);
	if (s->events == 0)
		flags |= O_TRUNC;
	if ((s->fd = open(path, flags, 0666)) < 0)
		tool_errx(1, "%s: %s", path, strerror(errno));
	free(path);
	x->nopen++;
}

static void
write_all(int fd, const void *p, size_t n, const char *file)
{
	while (n > 0) {
		ssize_t k = write(fd, p, n);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			tool_errx(1, "%s: %s", file, strerror(k < 0 ? errno : EIO));
		p = (const char *)p + k;
		n -= (size_t)k;
	}
}

static void
extract_event(struct hex *x, struct scap *h, const struct scap_event *ev)
{
	int64_t res = 0, isread = 0, iswrite = 0;
	const void *buf;
	uint32_t blen;
	struct stream *s;
	uint64_t take;

	if (!scap_event_is_exit(ev))
		return;
	/* sendfile, copy_file_range, ...: the bytes moved are all missing */
	if (scap_event_buffer(ev, &buf, &blen) != 0) {
		buf = NULL;
		blen = 0;
	}
	field_num(h, ev, x->f_isread, &isread);
	field_num(h, ev, x->f_iswrite, &iswrite);
	if ((!isread && !iswrite) || !field_num(h, ev, x->f_res, &res) ||
	    res <= 0)
		return;
	/* (events such as copy_file_range count as both: their fd is
	 * the one written) */
	s = stream_get(x, h, ev, iswrite != 0);
	stream_open(x, s);
	/* a write may have taken fewer bytes than it was given */
	take = (uint64_t)res < blen ? (uint64_t)res : blen;
	if (take > 0)
		write_all(s->fd, buf, (size_t)take, s->file);
	if ((uint64_t)res > take) {
		if (s->ngaps == s->gapcap) {
			size_t nc = s->gapcap ? s->gapcap * 2 : 8;
			struct gap *g = realloc(s->gaps, nc * sizeof(*g));

			if (g == NULL)
				tool_errx(1, "out of memory");
			s->gaps = g;
			s->gapcap = nc;
		}
		s->gaps[s->ngaps].off = s->captured + take;
		s->gaps[s->ngaps].len = (uint64_t)res - take;
		s->gaps[s->ngaps].evnum = scap_event_num(ev);
		s->ngaps++;
	}
	s->events++;
	s->bytes += (uint64_t)res;
	s->captured += take;
	s->lastuse = ++x->tick;
}

static void
csv_field(FILE *fp, const char *s, int last)
{
	csv_fwrite(fp, s, strlen(s));
	fputc(last ? '\n' : ',', fp);
}

static void
csv_num(FILE *fp, long long v, int last)
{
	char b[32];

	snprintf(b, sizeof(b), "%lld", v);
	csv_field(fp, b, last);
}

/* index.csv: a line per file written. */
static int
write_index(struct hex *x)
{
	char *path = out_path(x, "index.csv"), *miss = NULL;
	size_t mcap = 0;
	struct stream *s;
	FILE *fp;
	int status = 0;

	if (tool_is_input(path))
		tool_errx(1, "%s: is an input; not overwriting it", path);
	if ((fp = fopen(path, "w")) == NULL)
		tool_errx(1, "%s: %s", path, strerror(errno));
	fputs("\"file\",\"proc.name\",\"proc.pid\",\"fd.num\",\"fd.type\","
	    "\"fd.l4proto\",\"fd.name\",\"direction\",\"events\",\"bytes\","
	    "\"captured\",\"missing\",\"missing_at\"\n", fp);
	for (s = x->first; s != NULL; s = s->order) {
		size_t i, k = 0;

		if (s->fd >= 0) {
			if (close(s->fd) != 0) {
				tool_warnx("%s: %s", s->file, strerror(errno));
				status = 1;
			}
			s->fd = -1;
		}
		csv_field(fp, s->file, 0);
		csv_field(fp, s->proc, 0);
		csv_num(fp, s->pid, 0);
		csv_num(fp, s->fdnum, 0);
		csv_field(fp, s->type, 0);
		csv_field(fp, s->proto, 0);
		csv_field(fp, s->name, 0);
		csv_field(fp, s->write ? "write" : "read", 0);
		csv_num(fp, (long long)s->events, 0);
		csv_num(fp, (long long)s->bytes, 0);
		csv_num(fp, (long long)s->captured, 0);
		csv_num(fp, (long long)(s->bytes - s->captured), 0);
		/* "OFFSET+COUNT@EVT" for each cut: COUNT bytes missing at
		 * OFFSET of the file, cut from event EVT */
		for (i = 0; i < s->ngaps; i++) {
			if (mcap - k < 80) {
				char *p = realloc(miss, mcap = mcap * 2 + 256);

				if (p == NULL)
					tool_errx(1, "out of memory");
				miss = p;
			}
			k += (size_t)snprintf(miss + k, mcap - k, "%s%llu+%llu@%llu",
			    i ? " " : "", (unsigned long long)s->gaps[i].off,
			    (unsigned long long)s->gaps[i].len,
			    (unsigned long long)s->gaps[i].evnum);
		}
		csv_field(fp, k ? miss : "", 1);
	}
	free(miss);
	if (fclose(fp) != 0) {
		tool_warnx("%s: %s", path, strerror(errno));
		status = 1;
	}
	free(path);
	return status;
}

static int
hex_one(struct scap *h, const char *name, void *arg)
{
	struct hex *x = arg;
	char err[SCAP_ERRBUF_SIZE];
	struct scap_fmt *f = NULL;
	const struct scap_event *ev;
	int r;

	scap_set_filter(h, x->filter);
	if (x->view != V_NONE)
		/* a chisel's formatter: buffers whole, as sysdig's */
		f = scap_fmt_new_flags(h, "%evt.arg.data",
		    x->vmode | SCAP_FMT_WHOLE, err);
	else if (x->outdir == NULL)
		f = scap_fmt_new_flags(h, NULL, x->mode, err);
	if (f == NULL && x->outdir == NULL) {
		tool_warnx("%s: %s", name, err);
		return -1;
	}
	while ((r = scap_next(h, &ev)) == SCAP_OK) {
		const char *line;
		size_t len;

		if (scap_event_filtered(ev))
			continue;
		if (x->outdir != NULL) {
			/* what a reader shows: not the state-only events of
			 * sysdig -F files, nor a piece's replayed entries */
			if (scap_event_visible(ev))
				extract_event(x, h, ev);
		} else if (x->view != V_NONE) {
			if (scap_event_counted(ev))
				view_event(x, h, f, ev);
		} else if ((line = scap_fmt_event(f, ev, &len)) != NULL)
			tool_write(line, len);
	}
	scap_fmt_free(f);
	return tool_read_status(h, name, r) ? -1 : 0;
}

/* Free what main() and the views allocated (for leak checkers). */
static void
hex_free(struct hex *x)
{
	struct stream *s, *next;

	for (s = x->first; s != NULL; s = next) {
		next = s->order;
		free(s->key);
		free(s->file);
		free(s->proc);
		free(s->name);
		free(s->type);
		free(s->proto);
		free(s->gaps);
		free(s);
	}
	scap_field_free(x->f_isread);
	scap_field_free(x->f_res);
	scap_field_free(x->f_fdname);
	scap_field_free(x->f_pname);
	scap_field_free(x->f_pid);
	scap_field_free(x->f_time);
	scap_field_free(x->f_iswrite);
	scap_field_free(x->f_fdnum);
	scap_field_free(x->f_fdtype);
	scap_field_free(x->f_proto);
	scap_filter_free(x->filter);
	scap_filter_free(x->vfilter);
	free(x);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "color", optional_argument, NULL, 'C' },
		TOOL_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct hex *x;
	const char *when = "auto", *viewspec = NULL, *nc;
	char err[SCAP_ERRBUF_SIZE], *path;
	int ch, status, i;

	if ((x = calloc(1, sizeof(*x))) == NULL)
		return 1;
	x->mode = SCAP_FMT_HEXASCII;
	tool_init(argc, argv);
	while ((ch = getopt_long(argc, argv, "Ac:f:ho:VXxq", longopts, NULL)) !=
	    -1) {
		switch (ch) {
		case 'A':
		case 'X':
		case 'x':
			if (x->mode_given && x->mode != (ch == 'A' ?
			    SCAP_FMT_ASCII : ch == 'X' ? SCAP_FMT_HEXASCII :
			    SCAP_FMT_HEX))
				tool_errx(EXIT_USAGE, "-A, -X and -x exclude "
				    "each other");
			x->mode = ch == 'A' ? SCAP_FMT_ASCII : ch == 'X' ?
			    SCAP_FMT_HEXASCII : SCAP_FMT_HEX;
			x->mode_given = 1;
			break;
		case 'C':
			when = optarg ? optarg : "always";
			if (strcmp(when, "always") != 0 &&
			    strcmp(when, "never") != 0 && strcmp(when, "auto") != 0)
				tool_errx(EXIT_USAGE, "--color: '%s': use always, "
				    "never or auto", when);
			break;
		case 'c':
			viewspec = optarg;
			break;
		case 'f':
			if ((x->filter = scap_filter_compile(optarg, err)) == NULL)
				tool_errx(EXIT_USAGE, "-f: %s", err);
			break;
		case 'h':
			usage(stdout, 0);
			break;
		case 'o':
			x->outdir = optarg;
			break;
		case 'V':
			printf("%s %s\n", progname, SCAP_VERSION_STRING);
			return 0;
		default:
			if (tool_option(ch))
				break;
			usage(stderr, EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if (viewspec != NULL) {
		/* "-c view" or "-c 'view arg'" */
		const char *sp = strchr(viewspec, ' ');
		size_t n = sp ? (size_t)(sp - viewspec) : strlen(viewspec);
		size_t k;

		for (k = 0; k < sizeof(views) / sizeof(views[0]); k++)
			if (strlen(views[k].name) == n &&
			    strncmp(views[k].name, viewspec, n) == 0)
				break;
		if (k == sizeof(views) / sizeof(views[0]))
			tool_errx(EXIT_USAGE, "-c: unknown view '%.*s' (use "
			    "echo_fds, spy_file, spy_ip, spy_port, stdin, "
			    "stdout or stderr)", (int)n, viewspec);
		x->view = views[k].v;
		if (sp != NULL) {
			while (*sp == ' ')
				sp++;
			if (*sp != 0)
				x->viewarg = sp;
		}
		if (x->viewarg != NULL && views[k].arg == 0)
			tool_errx(EXIT_USAGE, "-c: %s takes no argument",
			    views[k].name);
		if (x->viewarg == NULL && views[k].arg == 2) {
			if (argc == 0)
				tool_errx(EXIT_USAGE, "-c: %s needs an argument",
				    views[k].name);
			x->viewarg = argv[0];
			argc--;
			argv++;
		}
		if (x->outdir != NULL)
			tool_errx(EXIT_USAGE, "-c and -o exclude each other");
	}
	if (x->outdir != NULL && x->mode_given)
		tool_errx(EXIT_USAGE, "-A, -X and -x do not go with -o");
	nc = getenv("NO_COLOR");
	x->color = strcmp(when, "always") == 0 || (strcmp(when, "auto") == 0 &&
	    isatty(1) && (nc == NULL || nc[0] == 0));
	if (x->outdir != NULL) {
		if (mkdir(x->outdir, 0777) != 0 && errno != EEXIST)
			tool_errx(1, "%s: %s", x->outdir, strerror(errno));
		for (i = 0; i < argc; i++)
			tool_note_input(argv[i]);
		if (argc == 0)
			tool_note_input("-");
		path = out_path(x, "index.csv");
		if (tool_is_input(path))
			tool_errx(1, "%s: is an input; not overwriting it", path);
		free(path);
		x->f_isread = field("evt.is_io_read");
		x->f_iswrite = field("evt.is_io_write");
		x->f_res = field("evt.rawarg.res");
		x->f_fdname = field("fd.name");
		x->f_pname = field("proc.name");
		x->f_pid = field("proc.pid");
		x->f_fdnum = field("fd.num");
		x->f_fdtype = field("fd.type");
		x->f_proto = field("fd.l4proto");
	} else
		view_init(x);
	status = tool_inputs(argc, argv, hex_one, x);
	if (x->view != V_NONE)
		view_end(x);
	if (x->outdir != NULL && write_index(x) != 0)
		status = 1;
	status = tool_exit(status);
	hex_free(x);
	return status;
}
