/*
 * scap-stat - what capinfos is for pcaps, for captures: format, blocks,
 * machine, times, events, state, drops and damage; sysdig's -S summary;
 * a check pass; a timeline of events by category.
 */
#include <csv.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include "common.h"

enum mode { M_REPORT, M_SUMMARY, M_JSON, M_CSV, M_CHECK, M_TIMELINE };

/* A set of int64 keys (open addressing; 0 is stored aside). */
struct set {
	int64_t *k;
	size_t cap, n;
	int zero;
};

/* What is learnt of one capture (or of all of them, for the total). */
struct rec {
	const char *name;		/* NULL: the total */
	int have_size;
	uint64_t file_size;		/* on disk, for regular files */
	struct scap_stats st;
	int have_mi;
	struct scap_machine mi;
	char host[129];
	uint64_t events;		/* returned by the reader */
	uint64_t counted;		/* those sysdig counts */
	uint64_t first_ts, last_ts;	/* of the counted events */
	struct scap_state_counts start, end;
	uint64_t threads_seen, procs_seen, users_seen;
	uint64_t drops;			/* drop (sampling) events */
	uint64_t na_events;		/* events of unused ("NA") ids */
	uint16_t na_ids[SCAP_UNKNOWN_IDS];
	unsigned n_na;
	int status;			/* SCAP_EOF, the error, or: */
#define ST_RECOVERED	100	/* the end, after skipping damage */
	char err[SCAP_ERRBUF_SIZE + 256];
	unsigned nfiles;
};

/* Timeline categories: columns of the chart. */
static const char *const cat_names[] = {
	"file", "net", "ipc", "process", "memory", "sched", "wait", "other"
};
#define NCAT	(sizeof(cat_names) / sizeof(cat_names[0]))
static const char cat_chars[NCAT] = { 'f', 'n', 'i', 'p', 'm', 's', 'w', 'o' };
static const char *const cat_colors[NCAT] = {
	"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
	"#b07aa1", "#9c755f"
};

struct stat_opts {
	enum mode mode;
	uint64_t interval;		/* -i, ns; 0: chosen */
	const char *svg;		/* --svg */
	struct rec total;
	unsigned nrec;
	/* --summary: counts by event id, and by system call of generic
	 * events (enter, exit) */
	uint64_t *ecount, *gcount;
	const char **ename, **gname;
	/* seen sets, of each file (cleared) and of all of them */
	struct set tids, pids, uids;
	struct set all_tids, all_pids, all_uids;
	struct scap_field *f_pid, *f_uid, *f_cat;
	/* timeline: counts per bucket of width bw ns, NCAT a bucket */
	uint64_t *tl;
	size_t tl_n, tl_cap;
	uint64_t bw, tl_first;
	int tl_started;
	/* --partial: where the partial result goes; --merge */
	FILE *pout;
	int merge;
	char **kept;			/* names read by --merge */
	size_t nkept, capkept;
};

static void	emit(struct stat_opts *, const struct rec *);
static void	part_rec(struct stat_opts *, const struct rec *);
static void	outf(const char *fmt, ...)
		    __attribute__((format(printf, 1, 2)));

static void
usage(FILE *fp, int code)
{
	fprintf(fp, "usage: %s [-chjqSTV] [--csv] [--recover] [-i seconds] "
	    "[--svg file]\n\t[file ...]\n"
	    "       %s [-S] --partial [-w out] [file ...]\n"
	    "       %s [-jS] [--csv] --merge partial ...\n",
	    progname, progname, progname);
	exit(code);
}

static void *
xcalloc(size_t n, size_t sz)
{
	void *p = calloc(n, sz);

	if (p == NULL)
		tool_errx(1, "out of memory");
	return p;
}

/* Sets. */

static int
set_add(struct set *s, int64_t k)
{
	size_t i;

	if (k == 0) {
		if (s->zero)
			return 0;
		s->zero = 1;
		s->n++;
		return 1;
	}
	if ((s->n + 1) * 2 > s->cap) {
		size_t oc = s->cap, nc = oc ? oc * 2 : 1024, j;
		int64_t *ok = s->k;

		s->k = xcalloc(nc, sizeof(*s->k));
		s->cap = nc;
		for (j = 0; j < oc; j++) {
			if (ok[j] == 0)
				continue;
			i = ((uint64_t)ok[j] * 0x9e3779b97f4a7c15ull) >> 20;
			for (i &= nc - 1; s->k[i] != 0; i = (i + 1) & (nc - 1))
				;
			s->k[i] = ok[j];
		}
		free(ok);
	}
	i = ((uint64_t)k * 0x9e3779b97f4a7c15ull) >> 20;
	for (i &= s->cap - 1; s->k[i] != 0; i = (i + 1) & (s->cap - 1))
		if (s->k[i] == k)
			return 0;
	s->k[i] = k;
	s->n++;
	return 1;
}

static void
set_clear(struct set *s)
{
	if (s->k != NULL)
		memset(s->k, 0, s->cap * sizeof(*s->k));
	s->n = 0;
	s->zero = 0;
}

/* Timeline buckets. */

static void
tl_add(struct stat_opts *o, uint64_t ts, unsigned cat)
{
	size_t b;

	if (!o->tl_started) {
		o->tl_started = 1;
		o->tl_first = ts;
	}
	b = ts < o->tl_first ? 0 : (size_t)((ts - o->tl_first) / o->bw);
	while (b >= o->tl_cap) {
		size_t nc = o->tl_cap ? o->tl_cap * 2 : 256;

		if (o->interval == 0 && nc > 8192) {
			/* no -i: make the buckets 10 times wider */
			size_t i, c;

			for (i = 0; i < o->tl_cap; i++)
				for (c = 0; c < NCAT; c++) {
					uint64_t v = o->tl[i * NCAT + c];

					o->tl[i * NCAT + c] = 0;
					o->tl[(i / 10) * NCAT + c] += v;
				}
			o->tl_n = (o->tl_n + 9) / 10;
			o->bw *= 10;
			b = (size_t)((ts - o->tl_first) / o->bw);
			continue;
		}
		if (nc > (1u << 24))
			tool_errx(1, "--timeline: too many intervals; give a "
			    "larger -i");
		o->tl = realloc(o->tl, nc * NCAT * sizeof(*o->tl));
		if (o->tl == NULL)
			tool_errx(1, "out of memory");
		memset(o->tl + o->tl_cap * NCAT, 0,
		    (nc - o->tl_cap) * NCAT * sizeof(*o->tl));
		o->tl_cap = nc;
	}
	if (b + 1 > o->tl_n)
		o->tl_n = b + 1;
	o->tl[b * NCAT + cat]++;
}

static unsigned
category(struct stat_opts *o, struct scap *h, const struct scap_event *ev)
{
	struct scap_value v;
	unsigned c;

	if (!scap_field_value(h, ev, o->f_cat, 0, &v))
		return NCAT - 1;
	if (v.len == 3 && strncasecmp(v.str, "ipc", 3) == 0)
		return 2;
	if (v.len == 9 && memcmp(v.str, "scheduler", 9) == 0)
		return 5;
	if ((v.len == 5 && memcmp(v.str, "sleep", 5) == 0))
		return 6;
	for (c = 0; c < NCAT - 1; c++)
		if (strlen(cat_names[c]) == v.len &&
		    memcmp(cat_names[c], v.str, v.len) == 0)
			return c;
	return NCAT - 1;
}

/* Reading one capture. */

/* Add id to a list of at most SCAP_UNKNOWN_IDS ids, if not there. */
static void
add_id(uint16_t *ids, unsigned *n, uint16_t id)
{
	unsigned k;

	for (k = 0; k < *n; k++)
		if (ids[k] == id)
			return;
	if (*n < SCAP_UNKNOWN_IDS)
		ids[(*n)++] = id;
}

static void
note_thread(struct stat_opts *o, struct scap *h, const struct scap_event *ev)
{
	struct scap_value v;

	if (scap_event_tid(ev) <= 0 || !set_add(&o->tids,
	    scap_event_tid(ev)))
		return;
	/* a thread met for the first time: its process and user */
	set_add(&o->all_tids, scap_event_tid(ev));
	if (scap_field_value(h, ev, o->f_pid, 0, &v) && v.numeric) {
		set_add(&o->pids, v.num);
		set_add(&o->all_pids, v.num);
	}
	if (scap_field_value(h, ev, o->f_uid, 1, &v) && v.numeric) {
		set_add(&o->uids, v.num);
		set_add(&o->all_uids, v.num);
	}
}

/* Add a capture's record to the total (the seen sets are the union of
 * the captures', counted apart). */
static void
total_add(struct stat_opts *o, const struct rec *r)
{
	struct rec *t = &o->total;
	unsigned i;

	t->nfiles++;
	t->have_size += r->have_size;
	t->file_size += r->file_size;
	for (i = 0; i < SCAP_BLOCK_TYPES; i++) {
		t->st.blocks[i] += r->st.blocks[i];
		t->st.block_bytes[i] += r->st.block_bytes[i];
	}
	t->st.bytes += r->st.bytes;
	t->st.skipped_events += r->st.skipped_events;
	t->events += r->events;
	t->counted += r->counted;
	if (r->first_ts != 0 && (t->first_ts == 0 ||
	    r->first_ts < t->first_ts))
		t->first_ts = r->first_ts;
	if (r->last_ts > t->last_ts)
		t->last_ts = r->last_ts;
	t->drops += r->drops;
	t->na_events += r->na_events;
	for (i = 0; i < r->st.nskipped_ids; i++)
		add_id(t->st.skipped_ids, &t->st.nskipped_ids,
		    r->st.skipped_ids[i]);
	for (i = 0; i < r->n_na; i++)
		add_id(t->na_ids, &t->n_na, r->na_ids[i]);
	if (r->status != SCAP_EOF && t->status == SCAP_EOF) {
		t->status = r->status;
		snprintf(t->err, sizeof(t->err), "%.200s: %.500s",
		    r->name, r->err);
	}
}

static int
stat_one(struct scap *h, const char *name, void *arg)
{
	struct stat_opts *o = arg;
	struct rec *r = xcalloc(1, sizeof(*r));
	const struct scap_event *ev;
	struct stat sb;
	int res, ret;

	r->name = name;
	if (strcmp(name, "<stdin>") == 0 ? fstat(0, &sb) == 0 :
	    stat(name, &sb) == 0) {
		if (S_ISREG(sb.st_mode)) {
			r->have_size = 1;
			r->file_size = (uint64_t)sb.st_size;
		}
	}
	set_clear(&o->tids);
	set_clear(&o->pids);
	set_clear(&o->uids);
	if (o->mode == M_CHECK) {
		/* headers and parameters only: the state is not needed to
		 * find damage */
		while ((res = scap_peek(h, &ev)) == SCAP_OK)
			scap_skip(h);
		ret = res == SCAP_EOF ? 0 : -1;
		if (ret < 0)
			tool_warnx("%s: %s", name, scap_error(h));
		free(r);
		return ret;
	}
	if (o->mode == M_SUMMARY) {
		/* counts only: the state is not needed */
		while ((res = scap_next_stateless(h, &ev)) == SCAP_OK) {
			uint16_t t;

			if (!scap_event_counted(ev))
				continue;
			if ((t = scap_event_type(ev)) <= 1) {
				const void *p;
				uint32_t n;
				uint16_t id = 0;

				if (scap_event_param(ev, 0, NULL, &p,
				    &n) == 0 && n >= 2)
					memcpy(&id, p, 2);
				if (o->gcount[id * 2 + t]++ == 0)
					o->gname[id * 2 + t] =
					    scap_event_typename(ev);
			} else if (o->ecount[t]++ == 0)
				o->ename[t] = scap_event_name(ev);
		}
		free(r);
		return tool_read_status(h, name, res) ? -1 : 0;
	}
	/* the state as the metadata blocks seed it, before the first
	 * event is applied */
	if ((res = scap_peek(h, &ev)) == SCAP_OK)
		scap_state_counts(h, &r->start);
	while (res == SCAP_OK && (res = scap_next(h, &ev)) == SCAP_OK) {
		uint16_t t = scap_event_type(ev);
		uint64_t ts;

		r->events++;
		if (!scap_event_counted(ev))
			continue;
		r->counted++;
		ts = scap_event_ts(ev);
		if (r->first_ts == 0 || ts < r->first_ts)
			r->first_ts = ts;
		if (ts > r->last_ts)
			r->last_ts = ts;
		if (o->mode == M_TIMELINE) {
			tl_add(o, ts, category(o, h, ev));
			continue;
		}
		note_thread(o, h, ev);
		if (t == 148 || t == 149) {
			if (t == 148)
				r->drops++;
		} else if (strcmp(scap_event_name(ev), "NA") == 0) {
			r->na_events++;
			add_id(r->na_ids, &r->n_na, t);
		}
	}
	r->status = res;
	if (res != SCAP_EOF)
		snprintf(r->err, sizeof(r->err), "%s", scap_error(h));
	scap_get_stats(h, &r->st);
	if (res == SCAP_EOF && r->st.damaged_ranges > 0) {
		r->status = ST_RECOVERED;
		snprintf(r->err, sizeof(r->err), "%llu damaged range%s "
		    "skipped (%llu bytes)",
		    (unsigned long long)r->st.damaged_ranges,
		    r->st.damaged_ranges > 1 ? "s" : "",
		    (unsigned long long)r->st.damaged_bytes);
	}
	r->have_mi = scap_machine_info(h, &r->mi) == 0;
	snprintf(r->host, sizeof(r->host), "%s", r->mi.hostname);
	scap_state_counts(h, &r->end);
	r->threads_seen = o->tids.n;
	r->procs_seen = o->pids.n;
	r->users_seen = o->uids.n;
	r->nfiles = 1;
	if (o->mode == M_REPORT || o->mode == M_JSON || o->mode == M_CSV)
		o->nrec++;
	ret = tool_read_status(h, name, res);
	total_add(o, r);
	/* records are printed (or saved) as they come */
	if (o->pout != NULL)
		part_rec(o, r);
	else if (o->mode == M_REPORT || o->mode == M_JSON ||
	    o->mode == M_CSV)
		emit(o, r);
	free(r);
	return ret ? -1 : 0;
}

/* Output helpers. */

static void
outf(const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	tool_write(buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

/* A time stamp as local date and time with nanoseconds. */
static const char *
fmt_time(uint64_t ns, char *buf, size_t n)
{
	time_t t = (time_t)(ns / 1000000000);
	struct tm tm;
	size_t k;

	localtime_r(&t, &tm);
	k = strftime(buf, n, "%Y-%m-%d %H:%M:%S", &tm);
	snprintf(buf + k, n - k, ".%09llu",
	    (unsigned long long)(ns % 1000000000));
	return buf;
}

static double
duration(const struct rec *r)
{
	return r->last_ts > r->first_ts ?
	    (double)(r->last_ts - r->first_ts) / 1e9 : 0;
}

static const char *
end_word(const struct rec *r)
{
	switch (r->status) {
	case SCAP_EOF: return "clean";
	case SCAP_ETRUNC: return "truncated";
	case SCAP_EFORMAT: return "damaged";
	case ST_RECOVERED: return "recovered";
	}
	return "error";
}

static uint64_t
nblocks(const struct rec *r)
{
	uint64_t n = 0;
	unsigned i;

	for (i = 0; i < SCAP_BLOCK_TYPES; i++)
		n += r->st.blocks[i];
	return n;
}

/* The unknown event ids: skipped by the reader, or of unused ids. */
static void
unknown_ids(const struct rec *r, char *buf, size_t n)
{
	size_t k = 0;
	unsigned i;

	buf[0] = 0;
	for (i = 0; i < r->st.nskipped_ids && k < n; i++)
		k += snprintf(buf + k, n - k, "%s%u", k ? " " : "",
		    r->st.skipped_ids[i]);
	for (i = 0; i < r->n_na && k < n; i++)
		k += snprintf(buf + k, n - k, "%s%u", k ? " " : "",
		    r->na_ids[i]);
}

static void
report(const struct rec *r)
{
	char b1[64], ids[256];
	unsigned i;
	double d = duration(r);
	uint64_t evb = 0, evbytes = 0;

	if (r->name == NULL)
		outf("Total of %u files\n", r->nfiles);
	else
		outf("File name:           %s\n", r->name);
	if (r->name != NULL)
		outf("File format:         scap %u.%u%s\n", r->st.major,
		    r->st.minor, r->st.gzip ? ", gzip-compressed" : "");
	if (r->have_size)
		outf("File size:           %llu bytes\n",
		    (unsigned long long)r->file_size);
	outf("Data size:           %llu bytes\n",
	    (unsigned long long)r->st.bytes);
	outf("Sections:            %llu\n",
	    (unsigned long long)r->st.blocks[0]);
	outf("Blocks:              %llu\n", (unsigned long long)nblocks(r));
	for (i = 0; i < SCAP_BLOCK_TYPES; i++) {
		const char *kind, *lab;
		uint32_t code;

		lab = scap_block_type(i, &code, &kind);
		if (strcmp(kind, "event") == 0) {
			evb += r->st.blocks[i];
			evbytes += r->st.block_bytes[i];
		}
		if (r->st.blocks[i] == 0)
			continue;
		if (code != 0)
			snprintf(b1, sizeof(b1), "0x%x", code);
		else if (r->st.unknown_block != 0)
			snprintf(b1, sizeof(b1), "0x%x...",
			    r->st.unknown_block);
		else
			snprintf(b1, sizeof(b1), "?");
		outf("  %-13s %-11s %9llu blocks %11llu bytes  %s\n", lab, b1,
		    (unsigned long long)r->st.blocks[i],
		    (unsigned long long)r->st.block_bytes[i], kind);
	}
	if (r->name != NULL) {
		outf("Machine:             %s\n", r->have_mi ? r->host :
		    "(no machine-info block)");
		if (r->have_mi) {
			outf("CPUs:                %u\n", r->mi.ncpus);
			outf("Memory:              %llu bytes (%.2f GiB)\n",
			    (unsigned long long)r->mi.memory,
			    (double)r->mi.memory / (1024.0 * 1024 * 1024));
			if (r->mi.max_pid != 0)
				outf("Max pid:             %llu\n",
				    (unsigned long long)r->mi.max_pid);
			outf("Boot time:           %s\n", r->mi.boot_ts ?
			    fmt_time(r->mi.boot_ts, b1, sizeof(b1)) :
			    "not recorded");
		}
	}
	if (r->counted > 0) {
		outf("First event:         %s\n",
		    fmt_time(r->first_ts, b1, sizeof(b1)));
		outf("Last event:          %s\n",
		    fmt_time(r->last_ts, b1, sizeof(b1)));
		outf("Duration:            %.6f seconds\n", d);
	} else {
		outf("First event:         none\n");
		outf("Last event:          none\n");
	}
	outf("Events:              %llu (%llu counted by sysdig)\n",
	    (unsigned long long)r->events, (unsigned long long)r->counted);
	if (d > 0)
		outf("Event rate:          %.2f events/s\n",
		    (double)r->counted / d);
	if (evb > 0)
		outf("Average event size:  %.2f bytes (event blocks: %llu "
		    "bytes)\n", (double)evbytes / (double)evb,
		    (unsigned long long)evbytes);
	if (d > 0)
		outf("Data rate:           %.2f bytes/s\n",
		    (double)evbytes / d);
	if (r->name != NULL) {
		outf("Threads:             %llu at start, %llu seen, %llu at "
		    "end\n", (unsigned long long)r->start.threads,
		    (unsigned long long)r->threads_seen,
		    (unsigned long long)r->end.threads);
		outf("Processes:           %llu at start, %llu seen, %llu at "
		    "end\n", (unsigned long long)r->start.processes,
		    (unsigned long long)r->procs_seen,
		    (unsigned long long)r->end.processes);
		outf("File descriptors:    %llu at start, %llu at end\n",
		    (unsigned long long)r->start.fds,
		    (unsigned long long)r->end.fds);
		outf("Users:               %llu in the user list, %llu seen\n",
		    (unsigned long long)r->start.users,
		    (unsigned long long)r->users_seen);
		outf("Groups:              %llu in the user list\n",
		    (unsigned long long)r->start.groups);
	}
	outf("Drop events:         %llu\n", (unsigned long long)r->drops);
	unknown_ids(r, ids, sizeof(ids));
	if (r->st.skipped_events + r->na_events == 0)
		outf("Unknown event types: none\n");
	else
		outf("Unknown event types: %llu events; ids %s\n",
		    (unsigned long long)(r->st.skipped_events + r->na_events),
		    ids);
	if (r->status == SCAP_EOF)
		outf("End:                 clean\n");
	else
		outf("End:                 %s: %s\n", end_word(r), r->err);
}

/* JSON. */

static void
json_str(const char *s)
{
	char buf[16];

	tool_write("\"", 1);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\') {
			buf[0] = '\\';
			buf[1] = (char)c;
			tool_write(buf, 2);
		} else if (c < 0x20) {
			snprintf(buf, sizeof(buf), "\\u%04x", c);
			tool_write(buf, 6);
		} else
			tool_write(s, 1);
	}
	tool_write("\"", 1);
}

static void
json_rec(const struct rec *r)
{
	char ids[256];
	unsigned i;
	int first = 1;

	outf("{\"file\":");
	if (r->name != NULL)
		json_str(r->name);
	else
		outf("null");
	outf(",\"files\":%u", r->nfiles);
	if (r->name != NULL)
		outf(",\"format\":\"scap\",\"version\":\"%u.%u\","
		    "\"compressed\":%s", r->st.major, r->st.minor,
		    r->st.gzip ? "true" : "false");
	if (r->have_size)
		outf(",\"file_bytes\":%llu", (unsigned long long)r->file_size);
	else
		outf(",\"file_bytes\":null");
	outf(",\"bytes\":%llu,\"sections\":%llu,\"blocks\":%llu",
	    (unsigned long long)r->st.bytes,
	    (unsigned long long)r->st.blocks[0],
	    (unsigned long long)nblocks(r));
	outf(",\"block_types\":{");
	for (i = 0; i < SCAP_BLOCK_TYPES; i++) {
		if (r->st.blocks[i] == 0)
			continue;
		outf("%s\"%s\":{\"count\":%llu,\"bytes\":%llu}",
		    first ? "" : ",", scap_block_type(i, NULL, NULL),
		    (unsigned long long)r->st.blocks[i],
		    (unsigned long long)r->st.block_bytes[i]);
		first = 0;
	}
	outf("}");
	if (r->name != NULL) {
		outf(",\"hostname\":");
		if (r->have_mi) {
			json_str(r->host);
			outf(",\"cpus\":%u,\"memory\":%llu", r->mi.ncpus,
			    (unsigned long long)r->mi.memory);
			if (r->mi.boot_ts)
				outf(",\"boot_ts\":%llu",
				    (unsigned long long)r->mi.boot_ts);
			else
				outf(",\"boot_ts\":null");
		} else
			outf("null,\"cpus\":null,\"memory\":null,"
			    "\"boot_ts\":null");
	}
	if (r->counted > 0) {
		char t1[64], t2[64];

		/* the times also as text: JSON readers often hold numbers
		 * as doubles, which cannot keep nanoseconds */
		outf(",\"first_ts\":%llu,\"last_ts\":%llu,"
		    "\"first_time\":\"%s\",\"last_time\":\"%s\","
		    "\"duration\":%.9f",
		    (unsigned long long)r->first_ts,
		    (unsigned long long)r->last_ts,
		    fmt_time(r->first_ts, t1, sizeof(t1)),
		    fmt_time(r->last_ts, t2, sizeof(t2)), duration(r));
	} else
		outf(",\"first_ts\":null,\"last_ts\":null,"
		    "\"first_time\":null,\"last_time\":null,"
		    "\"duration\":0");
	outf(",\"events\":%llu,\"counted_events\":%llu,\"event_rate\":%.3f",
	    (unsigned long long)r->events, (unsigned long long)r->counted,
	    duration(r) > 0 ? (double)r->counted / duration(r) : 0.0);
	if (r->name != NULL)
		outf(",\"threads_start\":%llu,\"processes_start\":%llu,"
		    "\"fds_start\":%llu,\"users_start\":%llu,"
		    "\"threads_end\":%llu,\"processes_end\":%llu,"
		    "\"fds_end\":%llu",
		    (unsigned long long)r->start.threads,
		    (unsigned long long)r->start.processes,
		    (unsigned long long)r->start.fds,
		    (unsigned long long)r->start.users,
		    (unsigned long long)r->end.threads,
		    (unsigned long long)r->end.processes,
		    (unsigned long long)r->end.fds);
	outf(",\"threads_seen\":%llu,\"processes_seen\":%llu,"
	    "\"users_seen\":%llu,\"drop_events\":%llu",
	    (unsigned long long)r->threads_seen,
	    (unsigned long long)r->procs_seen,
	    (unsigned long long)r->users_seen, (unsigned long long)r->drops);
	unknown_ids(r, ids, sizeof(ids));
	outf(",\"unknown_events\":%llu,\"unknown_event_ids\":[",
	    (unsigned long long)(r->st.skipped_events + r->na_events));
	for (i = 0; ids[i]; i++)
		tool_write(ids[i] == ' ' ? "," : &ids[i], 1);
	outf("],\"end\":\"%s\",\"error\":", end_word(r));
	if (r->status == SCAP_EOF)
		outf("null");
	else
		json_str(r->err);
	outf("}");
}

/* CSV, through libcsv. */

static const char *const csv_cols[] = {
	"file", "version", "compressed", "file_bytes", "bytes", "sections",
	"blocks", "block_types", "hostname", "cpus", "memory", "boot_ts",
	"first_ts", "last_ts", "duration", "events", "counted_events",
	"event_rate", "threads_start", "processes_start", "fds_start",
	"users_start", "threads_seen", "processes_seen", "users_seen",
	"threads_end", "processes_end", "fds_end", "drop_events",
	"unknown_events", "unknown_event_ids", "end", "error"
};
#define NCOLS	(sizeof(csv_cols) / sizeof(csv_cols[0]))

static void
csv_field(int first, const char *s)
{
	static char *buf;
	static size_t cap;
	size_t n = strlen(s), need;

	if (!first)
		tool_write(",", 1);
	need = csv_write(buf, cap, s, n);
	if (need > cap) {
		free(buf);
		cap = need * 2;
		buf = xcalloc(1, cap);
		need = csv_write(buf, cap, s, n);
	}
	tool_write(buf, need);
}

static void
csv_num(uint64_t v)
{
	outf(",%llu", (unsigned long long)v);
}

static void
csv_rec(const struct rec *r)
{
	char buf[1024], ids[256];
	size_t k = 0;
	unsigned i;

	csv_field(1, r->name != NULL ? r->name : "");
	snprintf(buf, sizeof(buf), "%u.%u", r->st.major, r->st.minor);
	csv_field(0, r->name != NULL ? buf : "");
	outf(",%d", r->st.gzip);
	if (r->have_size)
		csv_num(r->file_size);
	else
		outf(",");
	csv_num(r->st.bytes);
	csv_num(r->st.blocks[0]);
	csv_num(nblocks(r));
	buf[0] = 0;
	for (i = 0; i < SCAP_BLOCK_TYPES && k < sizeof(buf); i++)
		if (r->st.blocks[i] != 0)
			k += snprintf(buf + k, sizeof(buf) - k, "%s%s=%llu",
			    k ? " " : "", scap_block_type(i, NULL, NULL),
			    (unsigned long long)r->st.blocks[i]);
	csv_field(0, buf);
	csv_field(0, r->name != NULL && r->have_mi ? r->host : "");
	if (r->name != NULL && r->have_mi) {
		csv_num(r->mi.ncpus);
		csv_num(r->mi.memory);
	} else
		outf(",,");
	if (r->name != NULL && r->have_mi && r->mi.boot_ts)
		csv_num(r->mi.boot_ts);
	else
		outf(",");
	if (r->counted > 0) {
		csv_num(r->first_ts);
		csv_num(r->last_ts);
	} else
		outf(",,");
	outf(",%.9f", duration(r));
	csv_num(r->events);
	csv_num(r->counted);
	outf(",%.3f", duration(r) > 0 ? (double)r->counted / duration(r) : 0.0);
	if (r->name != NULL) {
		csv_num(r->start.threads);
		csv_num(r->start.processes);
		csv_num(r->start.fds);
		csv_num(r->start.users);
	} else
		outf(",,,,");
	csv_num(r->threads_seen);
	csv_num(r->procs_seen);
	csv_num(r->users_seen);
	if (r->name != NULL) {
		csv_num(r->end.threads);
		csv_num(r->end.processes);
		csv_num(r->end.fds);
	} else
		outf(",,,");
	csv_num(r->drops);
	csv_num(r->st.skipped_events + r->na_events);
	unknown_ids(r, ids, sizeof(ids));
	csv_field(0, ids);
	csv_field(0, end_word(r));
	csv_field(0, r->status == SCAP_EOF ? "" : r->err);
	tool_write("\n", 1);
}

static void
emit(struct stat_opts *o, const struct rec *r)
{
	unsigned i;

	switch (o->mode) {
	case M_REPORT:
		if (o->nrec > 1 || r->name == NULL)
			tool_write("\n", 1);
		report(r);
		break;
	case M_JSON:
		tool_write(o->nrec > 1 || r->name == NULL ? ",\n" : "[\n", 2);
		json_rec(r);
		break;
	case M_CSV:
		if (o->nrec == 1 && r->name != NULL)
			for (i = 0; i < NCOLS; i++)
				csv_field(i == 0, csv_cols[i]);
		if (o->nrec == 1 && r->name != NULL)
			tool_write("\n", 1);
		csv_rec(r);
		break;
	default:
		break;
	}
}

/* --summary: sysdig's -S table. */

struct row {
	const char *name;
	uint64_t n;
	int exit;
};

static int
row_cmp(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int c;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	/* sysdig leaves ties in no fixed order: ours go by name, the
	 * enter before the exit */
	if ((c = strcmp(x->name, y->name)) != 0)
		return c;
	return x->exit - y->exit;
}

static void
print_summary(struct stat_opts *o)
{
	struct row *rows = xcalloc(65536 * 3, sizeof(*rows));
	size_t n = 0, i;

	for (i = 0; i < 65536; i++)
		if (o->ecount[i] != 0) {
			rows[n].name = o->ename[i];
			rows[n].n = o->ecount[i];
			rows[n++].exit = (int)(i & 1);
		}
	for (i = 0; i < 65536 * 2; i++)
		if (o->gcount[i] != 0) {
			rows[n].name = o->gname[i];
			rows[n].n = o->gcount[i];
			rows[n++].exit = (int)(i & 1);
		}
	qsort(rows, n, sizeof(*rows), row_cmp);
	outf("----------------------\nEvent           #Calls\n"
	    "----------------------\n");
	/* sysdig prints the first 100 rows */
	for (i = 0; i < n && i < 100; i++)
		outf("%c %-16.16s%llu\n", rows[i].exit ? '<' : '>',
		    rows[i].name, (unsigned long long)rows[i].n);
	free(rows);
}

/* --timeline: a bar chart on the terminal, and maybe an SVG plot. */

/* A round interval (1, 2 or 5 times a power of ten ns) of at least ns. */
static uint64_t
nice_interval(uint64_t ns)
{
	uint64_t p = 1;

	for (;;) {
		if (p >= ns)
			return p;
		if (2 * p >= ns)
			return 2 * p;
		if (5 * p >= ns)
			return 5 * p;
		p *= 10;
	}
}

/* ns as seconds, with the decimals that multiples of unit need. */
static const char *
fmt_secs(uint64_t ns, uint64_t unit, char *buf, size_t n)
{
	uint64_t p = 1000000000;
	int d = 0;

	while (d < 9 && unit % p != 0) {
		p /= 10;
		d++;
	}
	if (d == 0)
		snprintf(buf, n, "%llu", (unsigned long long)(ns / 1000000000));
	else
		snprintf(buf, n, "%llu.%0*llu",
		    (unsigned long long)(ns / 1000000000), d,
		    (unsigned long long)(ns % 1000000000 / p));
	return buf;
}

static int
write_svg(const char *path, const uint64_t *rows, size_t nrows,
    uint64_t width_ns, uint64_t max)
{
	FILE *fp = fopen(path, "w");
	const double W = 900, H = 420, L = 70, R = 130, T = 30, B = 50;
	double pw = W - L - R, ph = H - T - B, bw;
	size_t i, c, k;
	char s1[64];
	int err;

	if (fp == NULL) {
		tool_warnx("--svg: %s: %s", path, strerror(errno));
		return -1;
	}
	bw = nrows ? pw / (double)nrows : pw;
	/* a round top for the axis, in four steps */
	max = max > 4 ? 4 * nice_interval((max + 3) / 4) : 4;
	fprintf(fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
	    "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
	    "font-family=\"sans-serif\" font-size=\"12\">\n"
	    "<title>Events per %s s by category</title>\n"
	    "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
	    W, H, W, H, fmt_secs(width_ns, width_ns, s1, sizeof(s1)));
	fprintf(fp, "<text x=\"%.0f\" y=\"18\" font-size=\"14\">Events per "
	    "%s s, by category</text>\n", L, s1);
	/* axes and horizontal grid lines with their counts */
	for (k = 0; k <= 4; k++) {
		double y = T + ph - ph * (double)k / 4;

		fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
		    "y2=\"%.1f\" stroke=\"#ddd\"/>\n<text x=\"%.1f\" "
		    "y=\"%.1f\" text-anchor=\"end\">%llu</text>\n", L, y,
		    L + pw, y, L - 6, y + 4,
		    (unsigned long long)(max * k / 4));
	}
	fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
	    "stroke=\"black\"/>\n", L, T + ph, L + pw, T + ph);
	fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
	    "stroke=\"black\"/>\n", L, T, L, T + ph);
	/* the stacked bars */
	for (i = 0; i < nrows; i++) {
		double y = T + ph;

		for (c = 0; c < NCAT; c++) {
			double h = max ? ph * (double)rows[i * NCAT + c] /
			    (double)max : 0;

			if (rows[i * NCAT + c] == 0)
				continue;
			y -= h;
			fprintf(fp, "<rect x=\"%.2f\" y=\"%.2f\" "
			    "width=\"%.2f\" height=\"%.2f\" fill=\"%s\">"
			    "<title>+%s s %s: "
			    "%llu</title></rect>\n", L + bw * (double)i, y,
			    bw > 2 ? bw - 1 : bw, h, cat_colors[c],
			    fmt_secs(width_ns * i, width_ns, s1, sizeof(s1)),
			    cat_names[c],
			    (unsigned long long)rows[i * NCAT + c]);
		}
	}
	/* time labels: about eight along the axis */
	k = nrows > 8 ? (nrows + 7) / 8 : 1;
	for (i = 0; i <= nrows; i += k)
		fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" "
		    "text-anchor=\"middle\">+%s</text>\n", L + bw * (double)i,
		    T + ph + 16,
		    fmt_secs(width_ns * i, width_ns, s1, sizeof(s1)));
	fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">"
	    "seconds since the first event</text>\n", L + pw / 2, H - 10);
	for (c = 0; c < NCAT; c++)
		fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" "
		    "height=\"12\" fill=\"%s\"/>\n<text x=\"%.1f\" y=\"%.1f\">"
		    "%s</text>\n", W - R + 20, T + 20.0 * (double)c,
		    cat_colors[c], W - R + 38, T + 20.0 * (double)c + 10,
		    cat_names[c]);
	fprintf(fp, "</svg>\n");
	err = ferror(fp);
	if (fclose(fp) != 0 || err) {
		tool_warnx("--svg: %s: write error", path);
		return -1;
	}
	return 0;
}

static int
print_timeline(struct stat_opts *o)
{
	uint64_t width = o->interval, max = 0, *rows;
	size_t nrows, i, c, k, f;
	char s1[64], bar[80];
	const size_t barw = 50;
	int ret = 0;

	if (width == 0) {
		/* about 40 intervals over the capture */
		uint64_t span = o->tl_n * o->bw;

		width = nice_interval(span / 40 > 0 ? span / 40 : 1);
		if (width < o->bw)
			width = o->bw;
		while (width % o->bw != 0)
			width = nice_interval(width + 1);
	}
	f = (size_t)(width / o->bw);
	nrows = (o->tl_n + f - 1) / f;
	rows = xcalloc(nrows ? nrows * NCAT : 1, sizeof(*rows));
	for (i = 0; i < o->tl_n; i++)
		for (c = 0; c < NCAT; c++)
			rows[(i / f) * NCAT + c] += o->tl[i * NCAT + c];
	for (i = 0; i < nrows; i++) {
		uint64_t t = 0;

		for (c = 0; c < NCAT; c++)
			t += rows[i * NCAT + c];
		if (t > max)
			max = t;
	}
	outf("Events per %s s since the first event; ",
	    fmt_secs(width, width, s1, sizeof(s1)));
	for (c = 0; c < NCAT; c++)
		outf("%c %s%s", cat_chars[c], cat_names[c],
		    c + 1 < NCAT ? ", " : "\n");
	for (i = 0; i < nrows; i++) {
		uint64_t t = 0, rem[NCAT];
		size_t done = 0, len, share[NCAT];

		for (c = 0; c < NCAT; c++)
			t += rows[i * NCAT + c];
		/* the bar's length is the total's; its letters go to the
		 * categories by their shares, the largest remainders first */
		len = max ? (size_t)((t * barw + max / 2) / max) : 0;
		if (len == 0 && t > 0)
			len = 1;
		for (c = 0; c < NCAT; c++) {
			uint64_t q = rows[i * NCAT + c] * len;

			share[c] = t ? (size_t)(q / t) : 0;
			rem[c] = t ? q % t : 0;
			done += share[c];
		}
		while (done < len) {
			size_t best = 0;

			for (c = 1; c < NCAT; c++)
				if (rem[c] > rem[best])
					best = c;
			share[best]++;
			rem[best] = 0;
			done++;
		}
		for (c = 0, done = 0; c < NCAT; c++)
			for (k = 0; k < share[c]; k++)
				bar[done++] = cat_chars[c];
		bar[done] = 0;
		outf("+%-12s %9llu |%s\n",
		    fmt_secs(width * i, width, s1, sizeof(s1)),
		    (unsigned long long)t, bar);
	}
	if (o->svg != NULL && write_svg(o->svg, rows, nrows, width, max) < 0)
		ret = 1;
	free(rows);
	return ret;
}

/*
 * Partial results (--partial) and their merge (--merge).
 *
 * A partial result is text, a record a line: a header line
 * "scap-stat-partial 1 KIND" (KIND: "report", for the report, --json and
 * --csv, or "summary", for --summary), then the records, then
 * "exit STATUS" and "end".  Words are separated by one space; strings
 * are escaped (see part_esc()).  It holds what the output is computed from,
 * so merging partials prints what one run over all their captures
 * prints.
 */

#define PART_MAGIC	"scap-stat-partial"
#define PART_VERSION	1

static void
pesc_str(FILE *fp, const char *s)
{
	part_esc(fp, s, strlen(s));
}

static char *
unesc_str(char *s)
{
	part_unesc(s);
	return s;
}

static uint64_t
mnum(const char *w)
{
	unsigned long long v;
	char *end;

	errno = 0;
	if (w == NULL || *w < '0' || *w > '9')
		part_bad("a number is missing");
	v = strtoull(w, &end, 10);
	if (*end != 0 || errno != 0)
		part_bad("bad number");
	return v;
}

/* Split a line into at most max words; returns their number. */
static int
words(char *s, char **w, int max)
{
	int n = 0;

	while (n < max) {
		w[n++] = s;
		if ((s = strchr(s, ' ')) == NULL)
			break;
		*s++ = 0;
	}
	if (s != NULL)
		part_bad("too many words");
	return n;
}

static void
part_set(FILE *fp, const char *tag, const struct set *s)
{
	size_t i;

	if (s->zero)
		fprintf(fp, "%s 0\n", tag);
	for (i = 0; i < s->cap; i++)
		if (s->k[i] != 0)
			fprintf(fp, "%s %lld\n", tag, (long long)s->k[i]);
}

static void
part_ids(FILE *fp, const char *tag, const uint16_t *ids, unsigned n)
{
	unsigned i;

	if (n == 0)
		return;
	fputs(tag, fp);
	for (i = 0; i < n; i++)
		fprintf(fp, " %u", ids[i]);
	putc('\n', fp);
}

static void
part_rec(struct stat_opts *o, const struct rec *r)
{
	FILE *fp = o->pout;
	unsigned i;

	fputs("file ", fp);
	pesc_str(fp, r->name);
	putc('\n', fp);
	if (r->have_size)
		fprintf(fp, "size %llu\n", (unsigned long long)r->file_size);
	fprintf(fp, "format %u %u %d %llu %u %llu\n", r->st.major,
	    r->st.minor, r->st.gzip, (unsigned long long)r->st.bytes,
	    r->st.unknown_block, (unsigned long long)r->st.skipped_events);
	for (i = 0; i < SCAP_BLOCK_TYPES; i++)
		if (r->st.blocks[i] != 0 || r->st.block_bytes[i] != 0)
			fprintf(fp, "block %s %llu %llu\n",
			    scap_block_type(i, NULL, NULL),
			    (unsigned long long)r->st.blocks[i],
			    (unsigned long long)r->st.block_bytes[i]);
	part_ids(fp, "skipped-ids", r->st.skipped_ids, r->st.nskipped_ids);
	if (r->have_mi) {
		fprintf(fp, "machine %u %llu %llu %llu ", r->mi.ncpus,
		    (unsigned long long)r->mi.memory,
		    (unsigned long long)r->mi.max_pid,
		    (unsigned long long)r->mi.boot_ts);
		pesc_str(fp, r->host);
		putc('\n', fp);
	}
	fprintf(fp, "events %llu %llu %llu %llu\n",
	    (unsigned long long)r->events, (unsigned long long)r->counted,
	    (unsigned long long)r->first_ts, (unsigned long long)r->last_ts);
	fprintf(fp, "start-state %llu %llu %llu %llu %llu\n",
	    (unsigned long long)r->start.threads,
	    (unsigned long long)r->start.processes,
	    (unsigned long long)r->start.fds,
	    (unsigned long long)r->start.users,
	    (unsigned long long)r->start.groups);
	fprintf(fp, "end-state %llu %llu %llu %llu %llu\n",
	    (unsigned long long)r->end.threads,
	    (unsigned long long)r->end.processes,
	    (unsigned long long)r->end.fds,
	    (unsigned long long)r->end.users,
	    (unsigned long long)r->end.groups);
	fprintf(fp, "seen %llu %llu %llu\n",
	    (unsigned long long)r->threads_seen,
	    (unsigned long long)r->procs_seen,
	    (unsigned long long)r->users_seen);
	fprintf(fp, "drops %llu %llu\n", (unsigned long long)r->drops,
	    (unsigned long long)r->na_events);
	part_ids(fp, "na-ids", r->na_ids, r->n_na);
	fprintf(fp, "status %d ", r->status);
	pesc_str(fp, r->status == SCAP_EOF ? "" : r->err);
	fputs("\n.\n", fp);
}

/* The end of a partial result: what is not written record by record. */
static int
part_finish(struct stat_opts *o, int status)
{
	FILE *fp = o->pout;
	size_t i;

	if (o->mode == M_SUMMARY) {
		for (i = 0; i < 65536; i++)
			if (o->ecount[i] != 0) {
				fprintf(fp, "event %zu %llu ", i,
				    (unsigned long long)o->ecount[i]);
				pesc_str(fp, o->ename[i]);
				putc('\n', fp);
			}
		for (i = 0; i < 65536 * 2; i++)
			if (o->gcount[i] != 0) {
				fprintf(fp, "generic %zu %llu ", i,
				    (unsigned long long)o->gcount[i]);
				pesc_str(fp, o->gname[i]);
				putc('\n', fp);
			}
	} else {
		part_set(fp, "tid", &o->all_tids);
		part_set(fp, "pid", &o->all_pids);
		part_set(fp, "uid", &o->all_uids);
	}
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

static void
mids(char **w, int n, uint16_t *ids, unsigned *nids)
{
	int i;

	for (i = 1; i < n; i++) {
		uint64_t v = mnum(w[i]);

		if (v > 65535)
			part_bad("bad event id");
		add_id(ids, nids, (uint16_t)v);
	}
}

/* Keep a name read from a partial result for the run. */
static const char *
keep(struct stat_opts *o, const char *s)
{
	char *p = strdup(s);

	if (p == NULL)
		tool_errx(1, "out of memory");
	if (o->nkept == o->capkept) {
		o->capkept = o->capkept ? o->capkept * 2 : 64;
		o->kept = realloc(o->kept, o->capkept * sizeof(*o->kept));
		if (o->kept == NULL)
			tool_errx(1, "out of memory");
	}
	o->kept[o->nkept++] = p;
	return p;
}

/* Merge one partial result (path; "-": standard input); returns the
 * exit status of the run that made it. */
static int
merge_one(struct stat_opts *o, const char *path)
{
	FILE *fp = part_open(path);
	const char *want = o->mode == M_SUMMARY ? "summary" : "report";
	char *line = NULL, *w[8], name[4096];
	size_t cap = 0;
	struct rec *r = NULL;
	int n, status = -1, ended = 0;

	while (part_getline(fp, &line, &cap, ended) != NULL) {
		n = words(line, w, 8);
		if (part_line == 1) {
			if (n != 3 || strcmp(w[0], PART_MAGIC) != 0)
				part_bad("not a scap-stat partial result");
			if (mnum(w[1]) != PART_VERSION)
				tool_errx(1, "%s: partial result of format "
				    "version %s; this scap-stat reads "
				    "version %d", part_path, w[1], PART_VERSION);
			if (strcmp(w[2], want) != 0)
				tool_errx(1, "%s: a partial result for %s; "
				    "merge it with%s", part_path,
				    strcmp(w[2], "summary") == 0 ?
				    "--summary" : "the report, --json or --csv",
				    strcmp(w[2], "summary") == 0 ?
				    " --summary" : "out --summary");
			continue;
		}
		if (r == NULL && strcmp(w[0], "file") == 0 && n == 2) {
			r = xcalloc(1, sizeof(*r));
			snprintf(name, sizeof(name), "%s", unesc_str(w[1]));
			r->name = name;
			r->nfiles = 1;
			r->status = SCAP_EOF;
		} else if (r != NULL && strcmp(w[0], "size") == 0 && n == 2) {
			r->have_size = 1;
			r->file_size = mnum(w[1]);
		} else if (r != NULL && strcmp(w[0], "format") == 0 &&
		    n == 7) {
			r->st.major = (uint16_t)mnum(w[1]);
			r->st.minor = (uint16_t)mnum(w[2]);
			r->st.gzip = (int)mnum(w[3]);
			r->st.bytes = mnum(w[4]);
			r->st.unknown_block = (uint32_t)mnum(w[5]);
			r->st.skipped_events = mnum(w[6]);
		} else if (r != NULL && strcmp(w[0], "block") == 0 &&
		    n == 4) {
			unsigned i;

			for (i = 0; i < SCAP_BLOCK_TYPES; i++)
				if (strcmp(scap_block_type(i, NULL, NULL),
				    w[1]) == 0)
					break;
			if (i == SCAP_BLOCK_TYPES)
				part_bad("unknown block type");
			r->st.blocks[i] += mnum(w[2]);
			r->st.block_bytes[i] += mnum(w[3]);
		} else if (r != NULL && strcmp(w[0], "skipped-ids") == 0) {
			mids(w, n, r->st.skipped_ids, &r->st.nskipped_ids);
		} else if (r != NULL && strcmp(w[0], "machine") == 0 &&
		    n == 6) {
			r->have_mi = 1;
			r->mi.ncpus = (uint32_t)mnum(w[1]);
			r->mi.memory = mnum(w[2]);
			r->mi.max_pid = mnum(w[3]);
			r->mi.boot_ts = mnum(w[4]);
			snprintf(r->host, sizeof(r->host), "%s",
			    unesc_str(w[5]));
		} else if (r != NULL && strcmp(w[0], "events") == 0 &&
		    n == 5) {
			r->events = mnum(w[1]);
			r->counted = mnum(w[2]);
			r->first_ts = mnum(w[3]);
			r->last_ts = mnum(w[4]);
		} else if (r != NULL && (strcmp(w[0], "start-state") == 0 ||
		    strcmp(w[0], "end-state") == 0) && n == 6) {
			struct scap_state_counts *c = w[0][0] == 's' ?
			    &r->start : &r->end;

			c->threads = mnum(w[1]);
			c->processes = mnum(w[2]);
			c->fds = mnum(w[3]);
			c->users = mnum(w[4]);
			c->groups = mnum(w[5]);
		} else if (r != NULL && strcmp(w[0], "seen") == 0 && n == 4) {
			r->threads_seen = mnum(w[1]);
			r->procs_seen = mnum(w[2]);
			r->users_seen = mnum(w[3]);
		} else if (r != NULL && strcmp(w[0], "drops") == 0 &&
		    n == 3) {
			r->drops = mnum(w[1]);
			r->na_events = mnum(w[2]);
		} else if (r != NULL && strcmp(w[0], "na-ids") == 0) {
			mids(w, n, r->na_ids, &r->n_na);
		} else if (r != NULL && strcmp(w[0], "status") == 0 &&
		    n == 3) {
			char *end;

			r->status = (int)strtol(w[1], &end, 10);
			if (*w[1] == 0 || *end != 0)
				part_bad("bad status");
			snprintf(r->err, sizeof(r->err), "%s", unesc_str(w[2]));
		} else if (r != NULL && strcmp(w[0], ".") == 0 && n == 1) {
			total_add(o, r);
			o->nrec++;
			emit(o, r);
			free(r);
			r = NULL;
		} else if (r == NULL && n == 2 && (strcmp(w[0], "tid") == 0 ||
		    strcmp(w[0], "pid") == 0 || strcmp(w[0], "uid") == 0)) {
			char *end;
			long long v = strtoll(w[1], &end, 10);

			if (*w[1] == 0 || *end != 0)
				part_bad("bad number");
			set_add(w[0][0] == 't' ? &o->all_tids : w[0][0] ==
			    'p' ? &o->all_pids : &o->all_uids, v);
		} else if (r == NULL && n == 4 &&
		    (strcmp(w[0], "event") == 0 ||
		    strcmp(w[0], "generic") == 0)) {
			uint64_t i = mnum(w[1]), c = mnum(w[2]);
			int gen = w[0][0] == 'g';

			if (i >= (gen ? 65536 * 2 : 65536) ||
			    o->mode != M_SUMMARY)
				part_bad("bad event id");
			if ((gen ? o->gcount : o->ecount)[i] == 0)
				(gen ? o->gname : o->ename)[i] = keep(o,
				    unesc_str(w[3]));
			(gen ? o->gcount : o->ecount)[i] += c;
		} else if (r == NULL && strcmp(w[0], "exit") == 0 && n == 2) {
			status = (int)mnum(w[1]);
		} else if (r == NULL && strcmp(w[0], "end") == 0 && n == 1 &&
		    status >= 0) {
			ended = 1;
		} else
			part_bad("not understood");
	}
	part_close(fp, line, ended);
	return status != 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "check", no_argument, NULL, 'c' },
		{ "csv", no_argument, NULL, 'C' },
		{ "help", no_argument, NULL, 'h' },
		{ "interval", required_argument, NULL, 'i' },
		{ "json", no_argument, NULL, 'j' },
		{ "merge", no_argument, NULL, 'M' },
		{ "partial", no_argument, NULL, 'P' },
		{ "summary", no_argument, NULL, 'S' },
		{ "svg", required_argument, NULL, 'G' },
		{ "timeline", no_argument, NULL, 'T' },
		{ "version", no_argument, NULL, 'V' },
		TOOL_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct stat_opts o;
	char err[SCAP_ERRBUF_SIZE];
	const char *wpath = NULL;
	int ch, status, nmodes = 0, partial = 0;
	size_t k;

	memset(&o, 0, sizeof(o));
	tool_init(argc, argv);
	while ((ch = getopt_long(argc, argv, "chi:jSTVw:q", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			o.mode = M_CHECK;
			nmodes++;
			break;
		case 'C':
			o.mode = M_CSV;
			nmodes++;
			break;
		case 'G':
			o.svg = optarg;
			break;
		case 'h':
			usage(stdout, 0);
			break;
		case 'i': {
			char *end;
			double v;

			errno = 0;
			v = strtod(optarg, &end);
			if (*optarg == 0 || *end != 0 || errno != 0 ||
			    !(v > 0) || v > 1e9 || !(v * 1e9 >= 1))
				tool_errx(EXIT_USAGE, "-i: bad number: %s",
				    optarg);
			o.interval = (uint64_t)(v * 1e9 + 0.5);
			break;
		}
		case 'j':
			o.mode = M_JSON;
			nmodes++;
			break;
		case 'M':
			o.merge = 1;
			break;
		case 'P':
			partial = 1;
			break;
		case 'S':
			o.mode = M_SUMMARY;
			nmodes++;
			break;
		case 'T':
			o.mode = M_TIMELINE;
			nmodes++;
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
	if (nmodes > 1)
		tool_errx(EXIT_USAGE, "give only one of --check, --csv, "
		    "--json, --summary and --timeline");
	if (o.svg != NULL && nmodes == 0)
		o.mode = M_TIMELINE;
	if ((o.interval || o.svg) && o.mode != M_TIMELINE)
		tool_errx(EXIT_USAGE, "-i and --svg go with --timeline");
	if (partial && o.merge)
		tool_errx(EXIT_USAGE, "give only one of --partial and --merge");
	/* --check reads past damage, to list every damaged range */
	if (o.mode == M_CHECK)
		tool_recover = 1;
	/* the report comes at the end: a progress line may share the
	 * terminal */
	tool_progress_on_tty = 1;
	if (wpath != NULL && !partial)
		tool_errx(EXIT_USAGE, "-w goes with --partial");
	if ((partial || o.merge) && (o.mode == M_CHECK ||
	    o.mode == M_TIMELINE))
		tool_errx(EXIT_USAGE, "--%s: %s cannot be merged (it "
		    "depends on the order and spacing of the events across "
		    "captures)", partial ? "partial" : "merge",
		    o.mode == M_CHECK ? "--check" : "--timeline");
	if (partial && (o.mode == M_JSON || o.mode == M_CSV))
		tool_errx(EXIT_USAGE, "--partial: the output format is "
		    "chosen at the merge; give --%s to --merge",
		    o.mode == M_JSON ? "json" : "csv");
	if (partial && (wpath == NULL || strcmp(wpath, "-") == 0))
		o.pout = stdout;
	else if (partial) {
		int i;

		for (i = 0; i < argc; i++)
			tool_note_input(argv[i]);
		if (tool_is_input(wpath))
			tool_errx(EXIT_USAGE, "-w: %s is an input; not "
			    "overwriting it", wpath);
		if ((o.pout = fopen(wpath, "w")) == NULL)
			tool_errx(1, "-w: %s: %s", wpath, strerror(errno));
	}
	if (o.pout != NULL)
		fprintf(o.pout, "%s %d %s\n", PART_MAGIC, PART_VERSION,
		    o.mode == M_SUMMARY ? "summary" : "report");
	if (o.svg != NULL && strcmp(o.svg, "-") != 0) {
		int i;

		for (i = 0; i < argc; i++)
			tool_note_input(argv[i]);
		if (tool_is_input(o.svg))
			tool_errx(EXIT_USAGE, "--svg: %s is an input; not "
			    "overwriting it", o.svg);
	}
	o.total.status = SCAP_EOF;
	if (o.mode == M_SUMMARY) {
		o.ecount = xcalloc(65536, sizeof(*o.ecount));
		o.ename = xcalloc(65536, sizeof(*o.ename));
		o.gcount = xcalloc(65536 * 2, sizeof(*o.gcount));
		o.gname = xcalloc(65536 * 2, sizeof(*o.gname));
	}
	if ((o.f_pid = scap_field_new("proc.pid", err)) == NULL ||
	    (o.f_uid = scap_field_new("user.uid", err)) == NULL ||
	    (o.f_cat = scap_field_new("evt.category", err)) == NULL)
		tool_errx(1, "%s", err);
	o.bw = o.interval ? o.interval : 1000000;
	if (o.merge) {
		int i;

		if (argc == 0)
			tool_errx(EXIT_USAGE, "--merge: no partial results "
			    "given");
		for (i = 0, status = 0; i < argc; i++)
			status |= merge_one(&o, argv[i]);
	} else
		status = tool_inputs(argc, argv, stat_one, &o);
	o.total.threads_seen = o.all_tids.n;
	o.total.procs_seen = o.all_pids.n;
	o.total.users_seen = o.all_uids.n;
	/* (a partial result has nothing more to print) */
	switch (o.pout != NULL ? M_CHECK : o.mode) {
	case M_SUMMARY:
		print_summary(&o);
		break;
	case M_TIMELINE:
		if (print_timeline(&o) != 0)
			status = 1;
		break;
	case M_REPORT:
	case M_JSON:
	case M_CSV:
		if (o.nrec > 1)
			emit(&o, &o.total);
		if (o.mode == M_JSON)
			tool_write(o.nrec ? "\n]\n" : "[]\n", 3);
		break;
	default:
		break;
	}
	if (o.pout != NULL)
		status = part_finish(&o, status);
	scap_field_free(o.f_pid);
	scap_field_free(o.f_uid);
	scap_field_free(o.f_cat);
	free(o.ecount);
	free(o.ename);
	free(o.gcount);
	free(o.gname);
	free(o.tl);
	free(o.tids.k);
	free(o.pids.k);
	free(o.uids.k);
	free(o.all_tids.k);
	free(o.all_pids.k);
	free(o.all_uids.k);
	for (k = 0; k < o.nkept; k++)
		free(o.kept[k]);
	free(o.kept);
	return tool_exit(status);
}
