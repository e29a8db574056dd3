/*
 * scap-top - the top-N tables of sysdig's chisels (topfiles_bytes,
 * topprocs_cpu, topscalls, ...) for captures, with the same output.
 *
 * A table view groups the events that pass the view's filter by one or
 * more key fields and sums a value field; at the end of the capture (or
 * of each -i interval) the groups are sorted by value, largest first,
 * ties by key, and the first rows printed.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

enum kind { K_TABLE, K_CPU, K_FDCOUNT, K_IOBYTES, K_SPY, K_SHELLS };
enum units { U_NONE, U_BYTES, U_TIME, U_TIMEPCT };
enum varg { A_NONE, A_NEEDED, A_OPTIONAL };

struct viewdef {
	const char *name;
	int kind;
	const char *keys;	/* comma-separated; NULL: the view's argument */
	const char *descs;	/* column titles of the keys */
	const char *value;	/* summed field; "evt.count" counts events */
	const char *vdesc;
	const char *filter;
	int top;		/* rows shown; 0: all */
	int units;
	int arg;
	const char *help;
};

#define NET_IO	"(fd.type=ipv4 or fd.type=ipv6) and evt.is_io=true"
#define FILE_IO	"fd.type=file and evt.is_io=true"

static const struct viewdef views[] = {
	{ "fdbytes_by", K_TABLE, NULL, NULL, "evt.rawarg.res", "Bytes",
	    "evt.is_io=true and evt.failed=false", 30, U_BYTES, A_NEEDED,
	    "I/O bytes, grouped by a field (argument)" },
	{ "fdcount_by", K_FDCOUNT, NULL, NULL, NULL, NULL, NULL, 0, U_NONE,
	    A_NEEDED, "fds used, grouped by a field (argument)" },
	{ "fdtime_by", K_TABLE, NULL, NULL, "evt.latency", "Time",
	    "evt.is_io=true", 10, U_TIME, A_NEEDED,
	    "time spent in I/O, grouped by a field (argument)" },
	{ "iobytes", K_IOBYTES, NULL, NULL, NULL, NULL, "evt.is_io=true", 0,
	    U_NONE, A_NONE, "bytes read and written on any fd, per second" },
	{ "iobytes_file", K_IOBYTES, NULL, NULL, NULL, NULL,
	    "evt.is_io=true and fd.type=file", 0, U_NONE, A_NONE,
	    "bytes read and written on files, per second" },
	{ "iobytes_net", K_IOBYTES, NULL, NULL, NULL, NULL,
	    "evt.is_io=true and (fd.type=ipv4 or fd.type=ipv6)", 0, U_NONE,
	    A_NONE, "bytes read and written on the network, per second" },
	{ "list_login_shells", K_SHELLS, NULL, NULL, NULL, NULL,
	    "evt.type=execve", 0, U_NONE, A_OPTIONAL,
	    "the login shell id (optional arguments: command, arguments)" },
	{ "spy_users", K_SPY, NULL, NULL, NULL, NULL,
	    "((evt.type=execve and evt.dir=<) or (evt.type=chdir and "
	    "evt.dir=< and proc.name contains sh and not proc.name contains "
	    "sshd)) and evt.failed=false", 0, U_NONE, A_OPTIONAL,
	    "commands run from shells (optional argument: max depth)" },
	{ "topconns", K_TABLE, "fd.l4proto,fd.name", "Proto,Conn",
	    "evt.rawarg.res", "Bytes", NET_IO, 30, U_BYTES, A_NONE,
	    "network connections by bytes" },
	{ "topfiles_bytes", K_TABLE, "fd.name", "Filename", "evt.rawarg.res",
	    "Bytes", FILE_IO, 10, U_BYTES, A_NONE,
	    "files by bytes read and written" },
	{ "topfiles_errors", K_TABLE, "fd.name", "Filename", "evt.count",
	    "#Errors", "fd.type=file and evt.failed=true", 100, U_NONE,
	    A_NONE, "files by number of errors" },
	{ "topfiles_time", K_TABLE, "fd.name", "Filename", "evt.latency",
	    "Time", FILE_IO, 10, U_TIME, A_NONE, "files by time spent in I/O" },
	{ "topports_server", K_TABLE, "fd.sport", "Srv Port",
	    "evt.rawarg.res", "Bytes", NET_IO, 100, U_BYTES, A_NONE,
	    "server ports by bytes" },
	{ "topprocs_cpu", K_CPU, "proc.name,proc.pid", "Process,PID",
	    "thread.cpu", "CPU%", "evt.type=procinfo", 10, U_TIMEPCT, A_NONE,
	    "processes by CPU use" },
	{ "topprocs_errors", K_TABLE, "proc.name,proc.pid", "Process,PID",
	    "evt.count", "#Errors", "evt.failed=true", 100, U_NONE, A_NONE,
	    "processes by number of failed calls" },
	{ "topprocs_file", K_TABLE, "proc.name,proc.pid", "Process,PID",
	    "evt.rawarg.res", "Bytes", FILE_IO, 10, U_BYTES, A_NONE,
	    "processes by file bytes read and written" },
	{ "topprocs_net", K_TABLE, "proc.name,proc.pid", "Process,PID",
	    "evt.rawarg.res", "Bytes", NET_IO, 100, U_BYTES, A_NONE,
	    "processes by network bytes" },
	{ "topscalls", K_TABLE, "evt.type", "Syscall", "evt.count",
	    "# Calls", "evt.type!=switch", 30, U_NONE, A_NONE,
	    "system calls by number of calls" },
	{ "topscalls_time", K_TABLE, "evt.type", "Syscall", "evt.latency",
	    "Time", NULL, 30, U_TIME, A_NONE, "system calls by time spent" },
};
#define NVIEWS	(sizeof(views) / sizeof(views[0]))
#define DEFAULT_VIEW	"topfiles_bytes"

#define MAXKEYS	4
#define MAXANC	64		/* ancestors looked at for a login shell */
#define SPY_ANC	16		/* ancestors spy_users looks at */

/* A growing hash table of keys (byte strings) with a sum each. */
struct row {
	size_t off;		/* key in the arena */
	uint32_t len, hash;
	int64_t val;
};
struct table {
	struct row *rows;
	size_t nrows, caprows;
	uint32_t *slots;	/* row index + 1; 0: empty */
	size_t nslots;
	char *arena;
	size_t alen, acap;
};

/* Per-thread CPU ticks of the last procinfo event (thread.cpu). */
struct cpuent {
	int64_t tid;		/* 0: empty */
	uint64_t last;
};

/* spy_users' process tree: pid -> (depth, shell pid). */
struct pnode {
	int64_t pid;
	int used;
	int depth;
	int64_t shell;
};

struct top {
	const struct viewdef *v;
	const char *viewarg;
	int top;			/* rows */
	int json, csv;
	uint64_t interval;		/* ns; 0: one table at the end */
	struct scap_filter *cmdfilter;	/* -f */
	struct scap_filter *filter;	/* the view's */
	struct scap_field *kf[MAXKEYS];
	const char *kdesc[MAXKEYS];
	char *keyspec, *descspec;
	int nkeys;
	struct scap_field *vf;		/* value; NULL: count events */
	int count_only;
	struct table t, pairs;
	char *kbuf;
	size_t klen, kcap;
	/* fields of the other views */
	struct scap_field *f_fdnum, *f_fdname, *f_isread, *f_times;
	struct scap_field *f_pid, *f_ppid, *f_user, *f_exe, *f_args;
	struct scap_field *f_path, *f_type, *f_aexe, *f_aargs, *f_res;
	struct scap_field *f_aname[MAXANC], *f_apid[MAXANC];
	/* time */
	int have_first, have_last, tick_started;
	uint64_t first_ts, last_ts;
	uint64_t sample, last_iv_ts;
	int tables;			/* tables printed */
	/* iobytes */
	int64_t tot, totin, totout;
	/* topprocs_cpu */
	struct cpuent *cpu;
	size_t ncpu, capcpu;
	/* spy_users */
	struct pnode *pt;
	size_t npt, cappt;
	long max_depth;
	int shift;			/* the chisel's ancestor list shift */
	/* list_login_shells */
	const char *match_cmd, *match_args;
	char *shells_arg;		/* (they point into it) */
	int have_sid;
	int64_t sid;
	int csv_header;
	/* the fast path: events of types that matter, by type id (0:
	 * unknown yet, 1: read, 2: skipped) */
	int fast;
	struct scap_field *f_isio;
	unsigned char need[65536];
	/* --partial: where the partial result goes; the -f text */
	FILE *pout;
	const char *cmdfilter_str;
};

static void
usage(FILE *fp, int code)
{
	fprintf(fp, "usage: %s [-hjlqV] [--csv] [--recover] [-c view [arg]] "
	    "[-f filter]\n\t[-i seconds] [-n rows] [file ...]\n"
	    "       %s --partial [-c view [arg]] [-f filter] [-w out] "
	    "[file ...]\n"
	    "       %s [-j] [--csv] [-c view [arg]] [-f filter] [-n rows] "
	    "--merge\n\tpartial ...\n", progname, progname, progname);
	exit(code);
}

static void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL)
		tool_errx(1, "out of memory");
	return p;
}

static void
out(const char *s)
{
	tool_write(s, strlen(s));
}

static void
outn(const char *s, size_t n)
{
	tool_write(s, n);
}

static void
outf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void
outf(const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0)
		tool_write(buf, (size_t)n < sizeof(buf) ? (size_t)n :
		    sizeof(buf) - 1);
}

/*
 * The table.
 */
static uint32_t
hash(const char *p, size_t n)
{
	uint32_t h = 2166136261u;

	while (n--)
		h = (h ^ (unsigned char)*p++) * 16777619u;
	return h;
}

static void
table_grow(struct table *t)
{
	size_t i, n = t->nslots ? t->nslots * 2 : 1024;

	free(t->slots);
	t->slots = calloc(n, sizeof(*t->slots));
	if (t->slots == NULL)
		tool_errx(1, "out of memory");
	t->nslots = n;
	for (i = 0; i < t->nrows; i++) {
		size_t s = t->rows[i].hash & (n - 1);

		while (t->slots[s] != 0)
			s = (s + 1) & (n - 1);
		t->slots[s] = (uint32_t)i + 1;
	}
}

/* The row of key k (made if new; *isnew tells). */
static struct row *
table_get(struct table *t, const char *k, size_t n, int *isnew)
{
	uint32_t h = hash(k, n);
	size_t s;
	struct row *r;

	if (t->nslots == 0 || (t->nrows + 1) * 2 > t->nslots)
		table_grow(t);
	for (s = h & (t->nslots - 1); t->slots[s] != 0;
	    s = (s + 1) & (t->nslots - 1)) {
		r = &t->rows[t->slots[s] - 1];
		if (r->hash == h && r->len == n &&
		    (n == 0 || memcmp(t->arena + r->off, k, n) == 0)) {
			if (isnew)
				*isnew = 0;
			return r;
		}
	}
	if (t->nrows == t->caprows) {
		t->caprows = t->caprows ? t->caprows * 2 : 256;
		t->rows = xrealloc(t->rows, t->caprows * sizeof(*t->rows));
	}
	if (t->alen + n > t->acap) {
		while (t->alen + n > t->acap)
			t->acap = t->acap ? t->acap * 2 : 16384;
		t->arena = xrealloc(t->arena, t->acap);
	}
	if (n > 0)	/* (an empty key may have no bytes at all) */
		memcpy(t->arena + t->alen, k, n);
	r = &t->rows[t->nrows];
	r->off = t->alen;
	r->len = (uint32_t)n;
	r->hash = h;
	r->val = 0;
	t->alen += n;
	t->slots[s] = (uint32_t)++t->nrows;
	if (isnew)
		*isnew = 1;
	return r;
}

static void
table_clear(struct table *t)
{
	t->nrows = 0;
	t->alen = 0;
	if (t->slots != NULL)
		memset(t->slots, 0, t->nslots * sizeof(*t->slots));
}

static const struct table *sort_t;

/* Largest value first; ties by key, bytewise. */
static int
row_cmp(const void *a, const void *b)
{
	const struct row *x = &sort_t->rows[*(const size_t *)a];
	const struct row *y = &sort_t->rows[*(const size_t *)b];
	size_t n;
	int c;

	if (x->val != y->val)
		return x->val > y->val ? -1 : 1;
	n = x->len < y->len ? x->len : y->len;
	if ((c = memcmp(sort_t->arena + x->off, sort_t->arena + y->off,
	    n)) != 0)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

/*
 * Number formats of the chisels.
 */
static void
fmt_bytes(char *b, size_t n, int64_t v)
{
	double d = (double)v;
	const double K = 1024.0;

	if (d > K * K * K * K * K)
		snprintf(b, n, "%.2fP", d / (K * K * K * K * K));
	else if (d > K * K * K * K)
		snprintf(b, n, "%.2fT", d / (K * K * K * K));
	else if (d > K * K * K)
		snprintf(b, n, "%.2fG", d / (K * K * K));
	else if (d > K * K)
		snprintf(b, n, "%.2fM", d / (K * K));
	else if (d > K)
		snprintf(b, n, "%.2fKB", d / K);
	else
		snprintf(b, n, "%lldB", (long long)v);
}

static void
fmt_time(char *b, size_t n, int64_t v)
{
	unsigned long long u = (unsigned long long)v;

	if (u >= 1000000000ULL)
		snprintf(b, n, "%llu.%02llus", u / 1000000000ULL,
		    u % 1000000000ULL / 10000000ULL);
	else if (u >= 10000000ULL)
		snprintf(b, n, "%llums", u / 1000000ULL);
	else if (u >= 1000000ULL)
		snprintf(b, n, "%llu.%02llums", u / 1000000ULL,
		    u % 1000000ULL / 10000ULL);
	else if (u >= 10000ULL)
		snprintf(b, n, "%lluus", u / 1000ULL);
	else if (u >= 1000ULL)
		snprintf(b, n, "%llu.%02lluus", u / 1000ULL, u % 1000ULL / 10ULL);
	else
		snprintf(b, n, "%lluns", u);
}

static void
fmt_value(const struct top *t, char *b, size_t n, int64_t v, int64_t delta)
{
	switch (t->v->units) {
	case U_BYTES:
		fmt_bytes(b, n, v);
		break;
	case U_TIME:
		fmt_time(b, n, v);
		break;
	case U_TIMEPCT:
		if (delta > 0)
			snprintf(b, n, "%.2f%%", (double)v / (double)delta * 100);
		else
			snprintf(b, n, "0.00%%");
		break;
	default:
		snprintf(b, n, "%lld", (long long)v);
	}
}

/* The chisels' column: s padded to w, or cut to w - 1 and a space. */
static void
column(const char *s, size_t n, size_t w)
{
	static const char sp[] = "                                        ";

	if (n < w) {
		outn(s, n);
		outn(sp, w - n);
	} else {
		outn(s, w - 1);
		outn(" ", 1);
	}
}

static void
json_str(const char *s, size_t n)
{
	size_t i;

	outn("\"", 1);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\') {
			char e[2] = { '\\', (char)c };

			outn(e, 2);
		} else if (c < 0x20 || c == 0x7f) {
			outf("\\u%04x", c);
		} else
			outn(s + i, 1);
	}
	outn("\"", 1);
}

static void
csv_str(const char *s, size_t n)
{
	size_t i;

	outn("\"", 1);
	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			outn("\"", 1);
		outn(s + i, 1);
	}
	outn("\"", 1);
}

/* The next key of a stored key (keys are joined by "\1\1"). */
static size_t
key_part(const char *k, size_t n, size_t *next)
{
	size_t i;

	for (i = 0; i + 1 < n; i++)
		if (k[i] == 1 && k[i + 1] == 1) {
			*next = i + 2;
			return i;
		}
	*next = n;
	return n;
}

/* Print the table (ts: the time of its end; delta: the time it spans). */
static void
table_print(struct top *t, uint64_t ts, int64_t delta)
{
	struct table *tb = &t->t;
	size_t *idx, i, n;
	int j;

	idx = xrealloc(NULL, (tb->nrows + 1) * sizeof(*idx));
	for (i = 0; i < tb->nrows; i++)
		idx[i] = i;
	sort_t = tb;
	qsort(idx, tb->nrows, sizeof(*idx), row_cmp);
	n = tb->nrows;
	if (t->top > 0 && (size_t)t->top < n)
		n = (size_t)t->top;
	if (t->json) {
		outf("{\"view\":");
		json_str(t->v->name, strlen(t->v->name));
		outf(",\"ts\":%llu,\"delta\":%lld,\"info\":[",
		    (unsigned long long)ts, (long long)delta);
		for (j = 0; j < t->nkeys; j++) {
			outf("{\"name\":");
			json_str(scap_field_name(t->kf[j]),
			    strlen(scap_field_name(t->kf[j])));
			outf(",\"desc\":");
			json_str(t->kdesc[j], strlen(t->kdesc[j]));
			outf(",\"is_key\":true},");
		}
		outf("{\"name\":");
		json_str(t->v->value ? t->v->value : "fd.num",
		    strlen(t->v->value ? t->v->value : "fd.num"));
		outf(",\"desc\":");
		json_str(t->v->vdesc ? t->v->vdesc : "count",
		    strlen(t->v->vdesc ? t->v->vdesc : "count"));
		outf(",\"is_key\":false}],\"data\":[");
	} else if (t->csv) {
		if (!t->csv_header) {
			if (t->interval)
				out("\"ts\",");
			for (j = 0; j < t->nkeys; j++) {
				csv_str(t->kdesc[j], strlen(t->kdesc[j]));
				out(",");
			}
			csv_str(t->v->vdesc ? t->v->vdesc : "count",
			    strlen(t->v->vdesc ? t->v->vdesc : "count"));
			out("\n");
			t->csv_header = 1;
		}
	} else if (t->v->kind == K_FDCOUNT) {
		if (t->tables > 0)
			out("\n");
	} else {
		if (t->tables > 0)
			out("\n");
		column(t->v->vdesc, strlen(t->v->vdesc), 20);
		for (j = 0; j < t->nkeys; j++)
			column(t->kdesc[j], strlen(t->kdesc[j]), 20);
		out("\n");
		out("--------------------------------------------------------"
		    "------------------------\n");
	}
	for (i = 0; i < n; i++) {
		const struct row *r = &tb->rows[idx[i]];
		const char *k = tb->arena + r->off;
		size_t off = 0, next, len;
		char vb[64];

		if (t->json) {
			if (i > 0)
				out(",");
			out("[");
			for (j = 0; off <= r->len && j < t->nkeys; j++) {
				len = key_part(k + off, r->len - off, &next);
				json_str(k + off, len);
				out(",");
				off += next;
			}
			outf("%lld]", (long long)r->val);
			continue;
		}
		if (t->csv) {
			if (t->interval)
				outf("%llu,", (unsigned long long)ts);
			for (j = 0; off <= r->len && j < t->nkeys; j++) {
				len = key_part(k + off, r->len - off, &next);
				csv_str(k + off, len);
				out(",");
				off += next;
			}
			outf("%lld\n", (long long)r->val);
			continue;
		}
		if (t->v->kind == K_FDCOUNT) {
			outn(k, r->len);
			outf("\t%lld\n", (long long)r->val);
			continue;
		}
		fmt_value(t, vb, sizeof(vb), r->val, delta);
		column(vb, strlen(vb), 20);
		while (off < r->len) {
			len = key_part(k + off, r->len - off, &next);
			if (off + next < r->len)
				column(k + off, len < 20 ? len : 20, 20);
			else
				outn(k + off, len);
			off += next;
		}
		out("\n");
	}
	if (t->json)
		out("]}\n");
	free(idx);
	t->tables++;
}

/*
 * Intervals: as sysdig calls a chisel's on_interval(), when an event
 * crosses into a new multiple of the interval.
 */
static void
interval_end(struct top *t, const struct scap_event *ev, struct scap *h,
    uint64_t ts, int64_t delta)
{
	struct scap_value tv;

	switch (t->v->kind) {
	case K_IOBYTES:
		if (scap_field_value(h, ev, t->f_times, 0, &tv) != 1) {
			tv.str = "<NA>";
			tv.len = 4;
		}
		if (t->json) {
			outf("{\"ts\":%llu,\"time\":", (unsigned long long)ts);
			json_str(tv.str, tv.len);
			outf(",\"in\":%lld,\"out\":%lld,\"tot\":%lld}\n",
			    (long long)t->totin, (long long)t->totout,
			    (long long)t->tot);
		} else if (t->csv) {
			if (!t->csv_header) {
				out("\"ts\",\"time\",\"in\",\"out\",\"tot\"\n");
				t->csv_header = 1;
			}
			outf("%llu,", (unsigned long long)ts);
			csv_str(tv.str, tv.len);
			outf(",%lld,%lld,%lld\n", (long long)t->totin,
			    (long long)t->totout, (long long)t->tot);
		} else {
			outn(tv.str, tv.len);
			outf(" in:%lld out:%lld tot:%lld\n",
			    (long long)t->totin, (long long)t->totout,
			    (long long)t->tot);
		}
		t->tot = t->totin = t->totout = 0;
		break;
	case K_TABLE: case K_CPU: case K_FDCOUNT:
		table_print(t, ts, delta);
		table_clear(&t->t);
		table_clear(&t->pairs);
		break;
	}
}

static void
tick(struct top *t, struct scap *h, const struct scap_event *ev,
    uint64_t ts)
{
	uint64_t s;

	if (t->interval == 0)
		return;
	if (!t->tick_started) {
		t->sample = ts - ts % t->interval;
		t->tick_started = 1;
		return;
	}
	s = ts - ts % t->interval;
	if (s == t->sample)
		return;
	if (t->last_iv_ts != 0 && ts == t->last_iv_ts)
		return;
	/* (sysdig passes 0 the first time: the interval from the first
	 * event is more useful) */
	interval_end(t, ev, h, ts, (int64_t)(ts - (t->last_iv_ts ?
	    t->last_iv_ts : t->first_ts)));
	t->sample = s;
	t->last_iv_ts = ts;
}

/*
 * The key of an event, in t->kbuf; 0 if a key field is missing.
 */
static void
kput(struct top *t, const char *s, size_t n)
{
	if (n == 0)
		return;		/* (an empty value may have no bytes at all) */
	if (t->klen + n > t->kcap) {
		while (t->klen + n > t->kcap)
			t->kcap = t->kcap ? t->kcap * 2 : 256;
		t->kbuf = xrealloc(t->kbuf, t->kcap);
	}
	memcpy(t->kbuf + t->klen, s, n);
	t->klen += n;
}

static void
kput_value(struct top *t, const struct scap_value *v)
{
	char nb[32];

	if (v->numeric && !(v->len == 4 && memcmp(v->str, "true", 4) == 0) &&
	    !(v->len == 5 && memcmp(v->str, "false", 5) == 0)) {
		int n = snprintf(nb, sizeof(nb), "%lld", (long long)v->num);

		kput(t, nb, (size_t)n);
	} else
		kput(t, v->str, v->len);
}

static int
make_key(struct top *t, struct scap *h, const struct scap_event *ev)
{
	struct scap_value v;
	int j;

	t->klen = 0;
	for (j = 0; j < t->nkeys; j++) {
		if (scap_field_value(h, ev, t->kf[j], 0, &v) != 1)
			return 0;
		if (j > 0)
			kput(t, "\1\1", 2);
		kput_value(t, &v);
	}
	return 1;
}

/*
 * thread.cpu: CPU ticks used by the thread since its last procinfo
 * event (at most 100), 0 the first time; sysdig keeps the last total in
 * the thread, so a new thread starts again from 0.
 */
static struct cpuent *
cpu_get(struct top *t, int64_t tid)
{
	size_t i;

	if (t->capcpu == 0 || (t->ncpu + 1) * 2 > t->capcpu) {
		struct cpuent *old = t->cpu;
		size_t oc = t->capcpu;

		t->capcpu = oc ? oc * 2 : 1024;
		t->cpu = calloc(t->capcpu, sizeof(*t->cpu));
		if (t->cpu == NULL)
			tool_errx(1, "out of memory");
		for (i = 0; i < oc; i++)
			if (old[i].tid != 0) {
				size_t s = (uint64_t)old[i].tid * 2654435761u &
				    (t->capcpu - 1);

				while (t->cpu[s].tid != 0)
					s = (s + 1) & (t->capcpu - 1);
				t->cpu[s] = old[i];
			}
		free(old);
	}
	i = (uint64_t)tid * 2654435761u & (t->capcpu - 1);
	while (t->cpu[i].tid != 0 && t->cpu[i].tid != tid)
		i = (i + 1) & (t->capcpu - 1);
	if (t->cpu[i].tid == 0) {
		t->cpu[i].tid = tid;
		t->cpu[i].last = 0;
		t->ncpu++;
	}
	return &t->cpu[i];
}

/* Threads made by clone and fork start with no CPU total. */
static void
cpu_newthreads(struct top *t, struct scap *h, const struct scap_event *ev)
{
	const char *n = scap_event_name(ev);
	struct scap_value v;

	if (!scap_event_is_exit(ev) || (strcmp(n, "clone") != 0 &&
	    strcmp(n, "fork") != 0 && strcmp(n, "vfork") != 0 &&
	    strcmp(n, "clone3") != 0))
		return;
	if (scap_field_value(h, ev, t->f_res, 1, &v) != 1 || !v.numeric)
		return;
	if (v.num > 0)
		cpu_get(t, v.num)->last = 0;
	else if (v.num == 0)
		cpu_get(t, scap_event_tid(ev))->last = 0;
}

static int
thread_cpu(struct top *t, const struct scap_event *ev, int64_t *out)
{
	const void *p;
	uint32_t n;
	uint64_t usr, sys, tot;
	struct cpuent *c;

	if (scap_event_param(ev, 0, NULL, &p, &n) != 0 || n != 8)
		return 0;
	memcpy(&usr, p, 8);
	if (scap_event_param(ev, 1, NULL, &p, &n) != 0 || n != 8)
		return 0;
	memcpy(&sys, p, 8);
	tot = usr + sys;
	c = cpu_get(t, scap_event_tid(ev));
	if (c->last != 0) {
		*out = (int64_t)(tot - c->last);
		if (tot - c->last > 100)
			*out = 100;
	} else
		*out = 0;
	c->last = tot;
	return 1;
}

/*
 * spy_users
 */
static struct pnode *
pt_get(struct top *t, int64_t pid, int make)
{
	size_t i;

	if (make && (t->cappt == 0 || (t->npt + 1) * 2 > t->cappt)) {
		struct pnode *old = t->pt;
		size_t oc = t->cappt;

		t->cappt = oc ? oc * 2 : 256;
		t->pt = calloc(t->cappt, sizeof(*t->pt));
		if (t->pt == NULL)
			tool_errx(1, "out of memory");
		for (i = 0; i < oc; i++)
			if (old[i].used) {
				size_t s = (uint64_t)old[i].pid * 2654435761u &
				    (t->cappt - 1);

				while (t->pt[s].used)
					s = (s + 1) & (t->cappt - 1);
				t->pt[s] = old[i];
			}
		free(old);
	}
	if (t->cappt == 0)
		return NULL;
	i = (uint64_t)pid * 2654435761u & (t->cappt - 1);
	while (t->pt[i].used && t->pt[i].pid != pid)
		i = (i + 1) & (t->cappt - 1);
	if (t->pt[i].used)
		return &t->pt[i];
	if (!make)
		return NULL;
	t->pt[i].used = 1;
	t->pt[i].pid = pid;
	t->npt++;
	return &t->pt[i];
}

static struct scap_field *
mkfield(const char *name)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap_field *f = scap_field_new(name, err);

	if (f == NULL)
		tool_errx(EXIT_USAGE, "%s: %s", name, err);
	return f;
}

/* The ancestor fields spy_users' slot j reads after `shift' chdirs (the
 * chisel shifts its field lists on each chdir); NULL: none. */
static int
spy_anc(struct top *t, struct scap *h, const struct scap_event *ev, int j,
    struct scap_value *name, struct scap_value *pid, int *hn, int *hp)
{
	int a = j - t->shift;

	if (j < t->shift || a < 0 || a > SPY_ANC) {
		*hn = *hp = 0;
		return 0;
	}
	*hn = scap_field_value(h, ev, t->f_aname[a], 2, name) == 1;
	*hp = scap_field_value(h, ev, t->f_apid[a], 3, pid) == 1;
	return 1;
}

static void
spy_event(struct top *t, struct scap *h, const struct scap_event *ev)
{
	struct scap_value user, tm, pid, ppid, a, b, an, ap;
	struct pnode *pp, *p;
	int chdir, icorr = 1, j, hn, hp, depth;
	int64_t ppidv, shell;
	char sp[256];

	chdir = strcmp(scap_event_name(ev), "chdir") == 0;
	if (scap_field_value(h, ev, t->f_user, 0, &user) != 1) {
		user.str = "<NA>";
		user.len = 4;
	}
	if (scap_field_value(h, ev, t->f_times, 1, &tm) != 1 ||
	    scap_field_value(h, ev, t->f_pid, 2, &pid) != 1)
		return;
	if (chdir) {
		ppid = pid;
		t->shift++;
		icorr = 0;
	} else if (scap_field_value(h, ev, t->f_ppid, 3, &ppid) != 1)
		return;
	ppidv = ppid.num;
	if ((pp = pt_get(t, ppidv, 0)) == NULL) {
		/* a new parent: is there a shell among its ancestors? */
		int depth_p = -1;
		int64_t sh = 0;

		pp = pt_get(t, ppidv, 1);
		pp->depth = -1;
		for (j = 1; j <= SPY_ANC; j++) {
			spy_anc(t, h, ev, j, &an, &ap, &hn, &hp);
			if (!hn) {
				if (!hp)
					break;
			} else if (an.len >= 2 &&
			    memcmp(an.str + an.len - 2, "sh", 2) == 0) {
				sh = hp ? ap.num : 0;
				depth_p = pt_get(t, sh, 0) != NULL ? j - 1 : 0;
			}
		}
		pp = pt_get(t, ppidv, 0);
		pp->depth = depth_p;
		pp->shell = sh;
	}
	if (pp->depth == -1)
		return;
	depth = pp->depth;
	shell = pp->shell;
	if ((p = pt_get(t, pid.num, 0)) == NULL) {
		p = pt_get(t, pid.num, 1);
		p->depth = 1 + depth;
		p->shell = shell;
	}
	/* (the table may have moved) */
	p = pt_get(t, pid.num, 0);
	if (t->max_depth != -1 && p->depth - icorr > t->max_depth)
		return;
	if (chdir) {
		if (scap_field_value(h, ev, t->f_path, 0, &a) != 1)
			return;
		b.str = NULL;
		b.len = 0;
	} else {
		if (scap_field_value(h, ev, t->f_exe, 0, &a) != 1 ||
		    scap_field_value(h, ev, t->f_args, 3, &b) != 1)
			return;
	}
	j = (chdir ? 4 : 3) * (p->depth - icorr);
	if (j < 0)
		j = 0;
	if (j > (int)sizeof(sp))
		j = sizeof(sp);
	memset(sp, ' ', (size_t)j);
	if (t->json || t->csv) {
		char nb[32];

		snprintf(nb, sizeof(nb), "%lld", (long long)p->shell);
		if (t->json) {
			outf("{\"shell\":%s,\"depth\":%d,\"time\":", nb,
			    p->depth - icorr);
			json_str(tm.str, tm.len);
			out(",\"user\":");
			json_str(user.str, user.len);
			out(",\"cd\":");
			out(chdir ? "true" : "false");
			out(",\"command\":\"");
		} else {
			if (!t->csv_header) {
				out("\"shell\",\"depth\",\"time\",\"user\","
				    "\"cd\",\"command\"\n");
				t->csv_header = 1;
			}
			outf("%s,%d,", nb, p->depth - icorr);
			csv_str(tm.str, tm.len);
			out(",");
			csv_str(user.str, user.len);
			out(chdir ? ",1,\"" : ",0,\"");
		}
		/* the command: exe and args, or the directory */
		{
			size_t i;
			const struct scap_value *parts[2] = { &a, &b };
			int k;

			for (k = 0; k < (chdir ? 1 : 2); k++) {
				if (k == 1)
					out(" ");
				for (i = 0; i < parts[k]->len; i++) {
					unsigned char c = parts[k]->str[i];

					if (t->json && (c == '"' || c == '\\'))
						outf("\\%c", c);
					else if (t->json && (c < 0x20 ||
					    c == 0x7f))
						outf("\\u%04x", c);
					else if (t->csv && c == '"')
						out("\"\"");
					else
						outn((const char *)&c, 1);
				}
			}
		}
		out(t->json ? "\"}\n" : "\"\n");
		return;
	}
	outn(sp, (size_t)j);
	outf("%lld ", (long long)p->shell);
	outn(tm.str, tm.len);
	out(" ");
	outn(user.str, user.len);
	if (chdir) {
		out(") cd ");
		outn(a.str, a.len);
	} else {
		out(") ");
		outn(a.str, a.len);
		out(" ");
		outn(b.str, b.len);
	}
	out("\n");
}

/* proc.loginshellid: the pid of the oldest shell among the process and
 * its ancestors. */
static int
loginshell(struct top *t, struct scap *h, const struct scap_event *ev,
    int64_t *sid)
{
	struct scap_value an, ap;
	int j, found = 0;

	for (j = 0; j < MAXANC; j++) {
		if (t->f_aname[j] == NULL) {
			char nm[32];

			snprintf(nm, sizeof(nm), "proc.aname[%d]", j);
			t->f_aname[j] = mkfield(nm);
			snprintf(nm, sizeof(nm), "proc.apid[%d]", j);
			t->f_apid[j] = mkfield(nm);
		}
		if (scap_field_value(h, ev, t->f_aname[j], 2, &an) != 1)
			break;
		if (an.len >= 2 && memcmp(an.str + an.len - 2, "sh", 2) == 0 &&
		    scap_field_value(h, ev, t->f_apid[j], 3, &ap) == 1) {
			*sid = ap.num;
			found = 1;
		}
	}
	return found;
}

static int
contains(const struct scap_value *v, const char *s)
{
	size_t n = strlen(s), i;

	if (n == 0)
		return 1;
	for (i = 0; i + n <= v->len; i++)
		if (memcmp(v->str + i, s, n) == 0)
			return 1;
	return 0;
}

static void
on_event(struct top *t, struct scap *h, const struct scap_event *ev)
{
	struct scap_value v, w;
	struct row *r;
	int64_t val;
	int isnew;

	switch (t->v->kind) {
	case K_TABLE:
		if (!make_key(t, h, ev))
			return;
		if (t->count_only)
			val = 1;
		else if (scap_field_value(h, ev, t->vf, 1, &v) != 1 ||
		    !v.numeric)
			return;
		else
			val = v.num;
		if (val > 0) {
			r = table_get(&t->t, t->kbuf, t->klen, NULL);
			r->val += val;
		}
		break;
	case K_CPU:
		if (!make_key(t, h, ev) || !thread_cpu(t, ev, &val))
			return;
		r = table_get(&t->t, t->kbuf, t->klen, NULL);
		r->val += val * 10000000;
		break;
	case K_FDCOUNT:
		if (!make_key(t, h, ev) ||
		    scap_field_value(h, ev, t->f_fdnum, 1, &v) != 1 ||
		    v.num <= 0 ||
		    scap_field_value(h, ev, t->f_fdname, 2, &w) != 1 ||
		    w.len == 0)
			return;
		{
			size_t kl = t->klen;
			char nb[32];
			int n = snprintf(nb, sizeof(nb), "\1%lld",
			    (long long)v.num);

			kput(t, nb, (size_t)n);
			kput(t, w.str, w.len);
			/* (a pair keeps the length of its group's key, for
			 * --partial) */
			table_get(&t->pairs, t->kbuf, t->klen, &isnew)->val =
			    (int64_t)kl;
			t->klen = kl;
		}
		r = table_get(&t->t, t->kbuf, t->klen, NULL);
		if (isnew)
			r->val++;
		break;
	case K_IOBYTES:
		if (scap_field_value(h, ev, t->f_res, 1, &v) != 1 ||
		    !v.numeric || v.num <= 0)
			return;
		t->tot += v.num;
		if (scap_field_value(h, ev, t->f_isread, 2, &w) == 1 && w.num)
			t->totin += v.num;
		else
			t->totout += v.num;
		break;
	case K_SPY:
		spy_event(t, h, ev);
		break;
	case K_SHELLS: {
		int64_t sid;

		if (!loginshell(t, h, ev, &sid) ||
		    scap_field_value(h, ev, t->f_aexe, 0, &v) != 1)
			return;
		if (t->match_cmd && !contains(&v, t->match_cmd))
			return;
		if (t->match_args && scap_field_value(h, ev, t->f_aargs, 1,
		    &w) == 1 && !contains(&w, t->match_args))
			return;
		t->have_sid = 1;
		t->sid = sid;
		break;
	}
	}
}

/*
 * The fast path's choice for an event: N_IO, N_STATE (applied to the
 * state only) or N_SKIP.  Closing an fd changes nothing an I/O view can
 * see (a read on a closed fd fails, and every call that makes an fd
 * replaces whatever had its number), nor does an fcntl() that does not
 * duplicate an fd.
 */
enum { N_UNKNOWN, N_IO, N_STATE, N_SKIP, N_FCNTL };
#define FCNTL_DUPFD		1	/* (as the event encodes them) */
#define FCNTL_DUPFD_CLOEXEC	26

static int
is_needed(struct top *t, struct scap *h, const struct scap_event *ev)
{
	uint16_t ty = scap_event_type(ev);
	struct scap_value v;
	const void *p;
	uint32_t n;

	if (t->need[ty] == N_UNKNOWN) {
		const char *nm = scap_event_name(ev);

		if (scap_field_value(h, ev, t->f_isio, 0, &v) == 1 &&
		    v.num != 0)
			t->need[ty] = N_IO;
		else if (strcmp(nm, "close") == 0)
			t->need[ty] = N_SKIP;
		else if (strcmp(nm, "fcntl") == 0 && !scap_event_is_exit(ev))
			t->need[ty] = N_FCNTL;
		else if (scap_event_modifies_state(ev))
			t->need[ty] = N_STATE;
		else
			t->need[ty] = N_SKIP;
	}
	if (t->need[ty] == N_FCNTL) {
		if (scap_event_param(ev, 1, NULL, &p, &n) != 0 || n == 0)
			return N_STATE;
		return *(const unsigned char *)p == FCNTL_DUPFD ||
		    *(const unsigned char *)p == FCNTL_DUPFD_CLOEXEC ?
		    N_STATE : N_SKIP;
	}
	return t->need[ty];
}

static int
top_one(struct scap *h, const char *name, void *arg)
{
	struct top *t = arg;
	const struct scap_event *ev;
	int r;

	scap_set_filter(h, t->cmdfilter);
	/* a new capture has new threads */
	if (t->cpu != NULL) {
		memset(t->cpu, 0, t->capcpu * sizeof(*t->cpu));
		t->ncpu = 0;
	}
	for (;;) {
		uint64_t ts;
		int need = N_IO;

		if (t->fast) {
			/*
			 * A view of I/O events: only they, and the events
			 * that change the process and fd state, matter;
			 * the others are dropped unread.
			 */
			if ((r = scap_peek(h, &ev)) != SCAP_OK)
				break;
			if ((need = is_needed(t, h, ev)) == N_SKIP) {
				scap_skip(h);
				continue;
			}
		}
		if ((r = scap_next(h, &ev)) != SCAP_OK)
			break;
		if (need == N_STATE)
			continue;
		ts = scap_event_ts(ev);

		if (!t->have_first &&
		    strcmp(scap_event_name(ev), "container") != 0) {
			t->first_ts = ts;
			t->have_first = 1;
		}
		t->last_ts = ts;
		t->have_last = 1;
		if (t->v->kind == K_CPU)
			cpu_newthreads(t, h, ev);
		if (!scap_event_counted(ev)) {
			/* sysdig hands its chisels the time of the
			 * state-only events (sysdig -F) as of events its
			 * filter dropped; not of the leading container
			 * events, which it reads while opening */
			if (strcmp(scap_event_name(ev), "container") != 0)
				tick(t, h, ev, ts);
			continue;
		}
		tick(t, h, ev, ts);
		if (scap_event_filtered(ev))
			continue;
		if (t->filter != NULL && !scap_filter_match(t->filter, h, ev))
			continue;
		on_event(t, h, ev);
	}
	return tool_read_status(h, name, r) ? -1 : 0;
}

static void
list_views(void)
{
	size_t i;

	for (i = 0; i < NVIEWS; i++)
		outf("%-22s %s%s\n", views[i].name, views[i].help,
		    strcmp(views[i].name, DEFAULT_VIEW) == 0 ?
		    " (the default)" : "");
}

static const struct viewdef *
find_view(const char *name)
{
	size_t i;

	for (i = 0; i < NVIEWS; i++)
		if (strcmp(views[i].name, name) == 0)
			return &views[i];
	return NULL;
}

/* Split "a,b,c" in place. */
static int
split(char *s, char **out, int max)
{
	int n = 0;

	for (;;) {
		if (n == max)
			tool_errx(EXIT_USAGE, "too many keys");
		out[n++] = s;
		if ((s = strchr(s, ',')) == NULL)
			return n;
		*s++ = 0;
	}
}

static void
setup(struct top *t)
{
	const struct viewdef *v = t->v;
	char err[SCAP_ERRBUF_SIZE];
	char *keys[MAXKEYS], *descs[MAXKEYS];
	int j, nd;

	if (v->filter != NULL &&
	    (t->filter = scap_filter_compile(v->filter, err)) == NULL)
		tool_errx(EXIT_USAGE, "%s: %s", v->name, err);
	t->f_res = mkfield("evt.rawarg.res");
	switch (v->kind) {
	case K_TABLE: case K_CPU: case K_FDCOUNT:
		t->keyspec = strdup(v->keys ? v->keys : t->viewarg);
		t->descspec = strdup(v->descs ? v->descs : t->viewarg);
		if (t->keyspec == NULL || t->descspec == NULL)
			tool_errx(1, "out of memory");
		t->nkeys = split(t->keyspec, keys, MAXKEYS);
		nd = split(t->descspec, descs, MAXKEYS);
		if (nd != t->nkeys)
			tool_errx(EXIT_USAGE, "%s: keys and titles differ",
			    v->name);
		for (j = 0; j < t->nkeys; j++) {
			t->kf[j] = mkfield(keys[j]);
			t->kdesc[j] = descs[j];
		}
		if (v->value != NULL && strcmp(v->value, "evt.count") == 0)
			t->count_only = 1;
		else if (v->kind == K_TABLE)
			t->vf = mkfield(v->value);
		t->f_fdnum = mkfield("fd.num");
		t->f_fdname = mkfield("fd.name");
		break;
	case K_IOBYTES:
		t->f_isread = mkfield("evt.is_io_read");
		t->f_times = mkfield("evt.time.s");
		if (t->interval == 0)
			t->interval = 1000000000ULL;
		break;
	case K_SPY:
		t->f_times = mkfield("evt.time.s");
		t->f_pid = mkfield("proc.pid");
		t->f_ppid = mkfield("proc.ppid");
		t->f_user = mkfield("user.name");
		t->f_exe = mkfield("proc.exe");
		t->f_args = mkfield("proc.args");
		t->f_path = mkfield("evt.arg.path");
		for (j = 0; j <= SPY_ANC; j++) {
			char nm[32];

			snprintf(nm, sizeof(nm), "proc.aname[%d]", j);
			t->f_aname[j] = mkfield(nm);
			snprintf(nm, sizeof(nm), "proc.apid[%d]", j);
			t->f_apid[j] = mkfield(nm);
		}
		t->max_depth = -1;
		if (t->viewarg != NULL) {
			char *end;

			t->max_depth = strtol(t->viewarg, &end, 10);
			if (*t->viewarg == 0 || *end != 0)
				tool_errx(EXIT_USAGE, "spy_users: bad depth: "
				    "%s", t->viewarg);
		}
		break;
	case K_SHELLS:
		t->f_aexe = mkfield("evt.arg.exe");
		t->f_aargs = mkfield("evt.arg.args");
		if (t->viewarg != NULL) {
			char *a = strdup(t->viewarg), *sp;

			if (a == NULL)
				tool_errx(1, "out of memory");
			t->shells_arg = a;
			if ((sp = strchr(a, ' ')) != NULL) {
				*sp++ = 0;
				t->match_args = sp;
			}
			if (strcmp(a, "*") != 0)
				t->match_cmd = a;
		}
		break;
	}
}

static void
table_free(struct table *tb)
{
	free(tb->rows);
	free(tb->slots);
	free(tb->arena);
}

/* Free what setup() and the reading made. */
static void
top_free(struct top *t)
{
	struct scap_field *f[] = { t->vf, t->f_fdnum, t->f_fdname,
	    t->f_isread, t->f_times, t->f_pid, t->f_ppid, t->f_user,
	    t->f_exe, t->f_args, t->f_path, t->f_type, t->f_aexe,
	    t->f_aargs, t->f_res, t->f_isio };
	size_t i;

	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		scap_field_free(f[i]);
	for (i = 0; i < MAXKEYS; i++)
		scap_field_free(t->kf[i]);
	for (i = 0; i < MAXANC; i++) {
		scap_field_free(t->f_aname[i]);
		scap_field_free(t->f_apid[i]);
	}
	table_free(&t->t);
	table_free(&t->pairs);
	free(t->kbuf);
	free(t->keyspec);
	free(t->descspec);
	free(t->cpu);
	free(t->pt);
	free(t->shells_arg);
	scap_filter_free(t->filter);
	scap_filter_free(t->cmdfilter);
}

static void
finish(struct top *t)
{
	int64_t delta = t->have_first ? (int64_t)(t->last_ts - t->first_ts) :
	    0;

	switch (t->v->kind) {
	case K_TABLE: case K_CPU: case K_FDCOUNT:
		if (t->interval == 0)
			table_print(t, t->last_ts, delta);
		else if (t->t.nrows > 0 || t->tables == 0)
			/* the last, partial, interval */
			table_print(t, t->last_ts, (int64_t)(t->last_ts -
			    (t->last_iv_ts ? t->last_iv_ts : t->first_ts)));
		break;
	case K_SPY:
		if (t->csv && !t->csv_header)
			out("\"shell\",\"depth\",\"time\",\"user\",\"cd\","
			    "\"command\"\n");
		else if (!t->json && !t->csv)
			out("\033[0m\n");
		break;
	case K_IOBYTES:
		if (t->csv && !t->csv_header)
			out("\"ts\",\"time\",\"in\",\"out\",\"tot\"\n");
		break;
	case K_SHELLS:
		if (t->json) {
			out("{\"loginshellid\":");
			if (t->have_sid)
				outf("%lld}\n", (long long)t->sid);
			else
				out("null}\n");
		} else if (t->csv) {
			out("\"loginshellid\"\n");
			if (t->have_sid)
				outf("%lld\n", (long long)t->sid);
		} else {
			if (t->match_cmd)
				outf("Shells containing %s:\n", t->match_cmd);
			else
				out("All shells:\n");
			/* (the chisel prints it once per entry of its
			 * table: id, container name and container id) */
			if (t->have_sid)
				outf("%lld\n%lld\n%lld\n", (long long)t->sid,
				    (long long)t->sid, (long long)t->sid);
		}
		break;
	}
}

/*
 * Partial results (--partial) and their merge (--merge).
 *
 * A partial result is text, a record a line: "scap-top-partial 1", then
 * the view, its argument and the -f filter it was made with, then what
 * the view's output is computed from (the sums of every group, or the
 * distinct fds of every group for fdcount_by; the times of the first
 * and the last event; the login shell found), then "exit STATUS" and
 * "end".  Words are separated by one space; strings are escaped (see
 * part_esc()).  Merging partials in the order of their captures prints what
 * one run over all the captures prints.
 */

#define PART_MAGIC	"scap-top-partial"
#define PART_VERSION	1

static int64_t
mnum(const char *w)
{
	long long v;
	char *end;

	errno = 0;
	if (*w == 0)
		part_bad("a number is missing");
	v = strtoll(w, &end, 10);
	if (*end != 0 || errno != 0)
		part_bad("bad number");
	return v;
}

/* Whether a view's result can be merged; if not, why. */
static const char *
unmergeable(const struct top *t)
{
	if (t->interval != 0 && t->v->kind != K_IOBYTES)
		return "intervals run across the captures";
	switch (t->v->kind) {
	case K_IOBYTES:
		return "its per-second lines run across the captures";
	case K_SPY:
		return "it prints the commands as they come, following "
		    "shells across the captures";
	}
	return NULL;
}

static void
part_str(FILE *fp, const char *tag, const char *s)
{
	if (s == NULL)
		return;
	fprintf(fp, "%s ", tag);
	part_esc(fp, s, strlen(s));
	putc('\n', fp);
}

/* Write the partial result; returns the exit status. */
static int
part_write(struct top *t, int status)
{
	FILE *fp = t->pout;
	size_t i;

	fprintf(fp, "%s %d\n", PART_MAGIC, PART_VERSION);
	part_str(fp, "view", t->v->name);
	part_str(fp, "arg", t->viewarg);
	part_str(fp, "filter", t->cmdfilter_str);
	if (t->have_first)
		fprintf(fp, "first %llu\n", (unsigned long long)t->first_ts);
	if (t->have_last)
		fprintf(fp, "last %llu\n", (unsigned long long)t->last_ts);
	if (t->v->kind == K_FDCOUNT) {
		/* the length of the group's key, and the group's key
		 * followed by the fd ("\1" number name) */
		for (i = 0; i < t->pairs.nrows; i++) {
			const struct row *r = &t->pairs.rows[i];

			fprintf(fp, "pair %lld ", (long long)r->val);
			part_esc(fp, t->pairs.arena + r->off, r->len);
			putc('\n', fp);
		}
	} else
		for (i = 0; i < t->t.nrows; i++) {
			const struct row *r = &t->t.rows[i];

			fprintf(fp, "row %lld ", (long long)r->val);
			part_esc(fp, t->t.arena + r->off, r->len);
			putc('\n', fp);
		}
	if (t->have_sid)
		fprintf(fp, "sid %lld\n", (long long)t->sid);
	fprintf(fp, "exit %d\nend\n", status);
	if (fflush(fp) != 0 || ferror(fp)) {
		tool_warnx("--partial: write error: %s", strerror(errno));
		return 1;
	}
	if (fp != stdout && fclose(fp) != 0) {
		tool_warnx("--partial: write error: %s", strerror(errno));
		return 1;
	}
	return status;
}

static int
same(const char *a, const char *b)
{
	return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

/* Check the view, argument and filter a partial was made with. */
static void
m_check(const struct top *t, const char *view, const char *arg,
    const char *filter)
{
	if (view == NULL)
		part_bad("no view");
	if (strcmp(view, t->v->name) != 0 || !same(arg, t->viewarg))
		tool_errx(1, "%s: made with -c '%s%s%s'; this merge has -c "
		    "'%s%s%s': give the same view", part_path, view,
		    arg ? " " : "", arg ? arg : "", t->v->name,
		    t->viewarg ? " " : "", t->viewarg ? t->viewarg : "");
	if (!same(filter, t->cmdfilter_str))
		tool_errx(1, "%s: made with %s%s%s; this merge has %s%s%s: "
		    "give the same -f", part_path,
		    filter ? "-f '" : "no -f", filter ? filter : "",
		    filter ? "'" : "", t->cmdfilter_str ? "-f '" : "no -f",
		    t->cmdfilter_str ? t->cmdfilter_str : "",
		    t->cmdfilter_str ? "'" : "");
}

/* Merge one partial result (path; "-": standard input); returns the
 * exit status of the run that made it. */
static int
merge_one(struct top *t, const char *path)
{
	FILE *fp = part_open(path);
	char *line = NULL, *view = NULL, *arg = NULL, *filter = NULL, *w;
	size_t cap = 0;
	int status = -1, ended = 0, checked = 0;

	while (part_getline(fp, &line, &cap, ended) != NULL) {
		if ((w = strchr(line, ' ')) != NULL)
			*w++ = 0;
		if (part_line == 1) {
			if (strcmp(line, PART_MAGIC) != 0 || w == NULL)
				tool_errx(1, "%s: not a scap-top partial "
				    "result", part_path);
			if (strcmp(w, "1") != 0)
				tool_errx(1, "%s: partial result of format "
				    "version %s; this scap-top reads version "
				    "%d", part_path, w, PART_VERSION);
			continue;
		}
		if (w == NULL && strcmp(line, "end") != 0)
			part_bad("not understood");
		if (!checked && (strcmp(line, "view") == 0 ||
		    strcmp(line, "arg") == 0 || strcmp(line, "filter") == 0)) {
			char **p = line[0] == 'v' ? &view : line[0] == 'a' ?
			    &arg : &filter;

			if (*p != NULL)
				part_bad("given twice");
			part_unesc(w);
			if ((*p = strdup(w)) == NULL)
				tool_errx(1, "out of memory");
			continue;
		}
		if (!checked) {
			m_check(t, view, arg, filter);
			checked = 1;
		}
		if (strcmp(line, "first") == 0) {
			/* the first capture's */
			if (!t->have_first)
				t->first_ts = (uint64_t)mnum(w);
			t->have_first = 1;
		} else if (strcmp(line, "last") == 0) {
			/* the last capture's */
			t->last_ts = (uint64_t)mnum(w);
			t->have_last = 1;
		} else if (strcmp(line, "row") == 0 &&
		    t->v->kind != K_FDCOUNT) {
			char *k = strchr(w, ' ');
			struct row *r;
			size_t kl;

			if (k == NULL)
				part_bad("no key");
			*k++ = 0;
			kl = part_unesc(k);
			r = table_get(&t->t, k, kl, NULL);
			r->val += mnum(w);
		} else if (strcmp(line, "pair") == 0 &&
		    t->v->kind == K_FDCOUNT) {
			char *k = strchr(w, ' ');
			int64_t gl;
			size_t kl;
			int isnew;

			if (k == NULL)
				part_bad("no key");
			*k++ = 0;
			gl = mnum(w);
			kl = part_unesc(k);
			if (gl < 0 || (size_t)gl > kl)
				part_bad("bad key length");
			table_get(&t->pairs, k, kl, &isnew)->val = gl;
			if (isnew)
				table_get(&t->t, k, (size_t)gl, NULL)->val++;
		} else if (strcmp(line, "sid") == 0 &&
		    t->v->kind == K_SHELLS) {
			/* the last capture's that has one */
			t->sid = mnum(w);
			t->have_sid = 1;
		} else if (strcmp(line, "exit") == 0 && status < 0) {
			status = (int)mnum(w);
		} else if (strcmp(line, "end") == 0 && w == NULL &&
		    status >= 0) {
			ended = 1;
		} else
			part_bad("not understood");
	}
	part_close(fp, line, ended);
	free(view);
	free(arg);
	free(filter);
	return status != 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "csv", no_argument, NULL, 'C' },
		{ "json", no_argument, NULL, 'j' },
		{ "merge", no_argument, NULL, 'M' },
		{ "partial", no_argument, NULL, 'P' },
		TOOL_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct top t;
	char err[SCAP_ERRBUF_SIZE];
	const char *view = DEFAULT_VIEW;
	char *vcopy = NULL;
	const char *wpath = NULL, *why;
	long long rows = -1;
	int ch, status, partial = 0, merge = 0;

	memset(&t, 0, sizeof(t));
	tool_init(argc, argv);
	while ((ch = getopt_long(argc, argv, "c:f:hi:jln:Vw:q", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'C':
			t.csv = 1;
			break;
		case 'c': {
			char *sp;

			free(vcopy);
			if ((vcopy = strdup(optarg)) == NULL)
				tool_errx(1, "out of memory");
			view = vcopy;
			t.viewarg = NULL;
			if ((sp = strchr(vcopy, ' ')) != NULL) {
				/* -c 'fdbytes_by proc.name' */
				*sp++ = 0;
				t.viewarg = sp;
			}
			if ((t.v = find_view(view)) == NULL)
				tool_errx(EXIT_USAGE, "-c: unknown view '%s' "
				    "(-l lists them)", view);
			if (t.v->arg == A_NEEDED && t.viewarg == NULL) {
				/* -c fdbytes_by proc.name, as sysdig takes it */
				if (optind >= argc)
					tool_errx(EXIT_USAGE, "-c %s: needs a "
					    "field", view);
				t.viewarg = argv[optind++];
			}
			if (t.v->arg == A_NONE && t.viewarg != NULL)
				tool_errx(EXIT_USAGE, "-c %s: takes no "
				    "argument", view);
			break;
		}
		case 'f':
			scap_filter_free(t.cmdfilter);
			if ((t.cmdfilter = scap_filter_compile(optarg, err)) ==
			    NULL)
				tool_errx(EXIT_USAGE, "-f: %s", err);
			t.cmdfilter_str = optarg;
			break;
		case 'h':
			usage(stdout, 0);
			break;
		case 'i': {
			char *end;
			double s = strtod(optarg, &end);

			if (*optarg == 0 || *end != 0 || !(s > 0) || s > 1e9)
				tool_errx(EXIT_USAGE, "-i: bad number of "
				    "seconds: %s", optarg);
			t.interval = (uint64_t)(s * 1e9 + 0.5);
			if (t.interval == 0)
				t.interval = 1;
			break;
		}
		case 'j':
			t.json = 1;
			break;
		case 'l':
			list_views();
			return tool_exit(0);
		case 'M':
			merge = 1;
			break;
		case 'n':
			rows = (long long)tool_count("n", optarg);
			if (rows > 1000000000)
				rows = 0;
			break;
		case 'P':
			partial = 1;
			break;
		case 'V':
			printf("%s %s\n", progname, SCAP_VERSION_STRING);
			return 0;
		case 'w':
			wpath = optarg;
			break;
		default:
			if (tool_option(ch))
				break;
			usage(stderr, EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if (t.json && t.csv)
		tool_errx(EXIT_USAGE, "--json and --csv exclude each other");
	if (t.v == NULL)
		t.v = find_view(view);
	if (t.interval && (t.v->kind == K_SPY || t.v->kind == K_SHELLS))
		tool_errx(EXIT_USAGE, "-i: %s has no intervals", t.v->name);
	if (t.v->kind == K_IOBYTES && rows >= 0)
		tool_errx(EXIT_USAGE, "-n: %s has no rows", t.v->name);
	t.top = rows >= 0 ? (int)rows : t.v->top;
	if (partial && merge)
		tool_errx(EXIT_USAGE, "give only one of --partial and --merge");
	if (wpath != NULL && !partial)
		tool_errx(EXIT_USAGE, "-w goes with --partial");
	if (partial && (t.json || t.csv))
		tool_errx(EXIT_USAGE, "--partial: the output format is "
		    "chosen at the merge; give --%s to --merge",
		    t.json ? "json" : "csv");
	if ((partial || merge) && (why = unmergeable(&t)) != NULL)
		tool_errx(EXIT_USAGE, "--%s: %s%s cannot be merged: %s",
		    partial ? "partial" : "merge",
		    t.interval != 0 && t.v->kind != K_IOBYTES ? "a view with " :
		    "", t.interval != 0 && t.v->kind != K_IOBYTES ? "-i" :
		    t.v->name, why);
	if (merge && argc == 0)
		tool_errx(EXIT_USAGE, "--merge: no partial results given");
	if (partial && wpath != NULL && strcmp(wpath, "-") != 0) {
		int i;

		for (i = 0; i < argc; i++)
			tool_note_input(argv[i]);
		if (tool_is_input(wpath))
			tool_errx(EXIT_USAGE, "-w: %s is an input; not "
			    "overwriting it", wpath);
		if ((t.pout = fopen(wpath, "w")) == NULL)
			tool_errx(1, "-w: %s: %s", wpath, strerror(errno));
	} else if (partial)
		t.pout = stdout;
	/* without intervals the tables come at the end: a progress line
	 * may share the terminal */
	tool_progress_on_tty = t.interval == 0 && t.v->kind != K_SPY;
	setup(&t);
	/* every table of I/O events reads only what it needs, unless a
	 * filter or intervals look at other events */
	t.fast = t.v->kind == K_TABLE && t.cmdfilter == NULL &&
	    t.interval == 0 && t.v->filter != NULL &&
	    strstr(t.v->filter, "evt.is_io=true") != NULL;
	if (t.fast)
		t.f_isio = mkfield("evt.is_io");
	if (merge) {
		int i;

		for (i = 0, status = 0; i < argc; i++)
			status |= merge_one(&t, argv[i]);
	} else
		status = tool_inputs(argc, argv, top_one, &t);
	if (t.pout != NULL)
		status = part_write(&t, status);
	else
		finish(&t);
	status = tool_exit(status);
	top_free(&t);
	free(vcopy);
	return status;
}
