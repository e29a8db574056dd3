/*
 * scap-split - cut a capture into pieces that each read alone: by event
 * count, size or capture time, as a ring, or one time window; or one
 * piece per process tree (--by).
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

struct split {
	const char *name;		/* -w */
	uint64_t per_events;		/* -e */
	uint64_t per_bytes;		/* -C */
	uint64_t per_ns;		/* -G */
	unsigned ring;			/* -W */
	int gzip, verbose;
	int by;				/* --by: BY_PID, BY_PROC */
	struct scap_filter *filter;	/* -f */
	int rotate;			/* any of -e -C -G */
	const char *since, *until;	/* as given */
	uint64_t t_since, t_until;
	/* the piece being written */
	struct scap_writer *w;
	char path[PATH_MAX];
	unsigned index;
	uint64_t start_ts, last_ts;
	uint64_t nev;			/* events of the piece (not the
					 * state-only ones -f adds) */
	unsigned files;
};

static volatile sig_atomic_t stop_signal;

static void
on_signal(int sig)
{
	stop_signal = sig;
}

static void
usage(FILE *fp, int code)
{
	fprintf(fp, "usage: %s [-hqVvz] [--recover] [-C megabytes] "
	    "[-e events] [-f filter]\n\t[-G seconds] [-W files] "
	    "[--since time] [--until time] [-w name]\n\t[file]\n"
	    "       %s --by pid|proc [-hqVvz] [--recover] [-f filter]\n"
	    "\t[--since time] [--until time] [-w name] [file]\n",
	    progname, progname);
	exit(code);
}

/*
 * A time for --since/--until: seconds since the epoch ("1795303041.5"),
 * or "+S" seconds after the first event.  Returns 0 on success.
 */
static int
parse_time(const char *s, uint64_t first, uint64_t *ns)
{
	char *end;
	int rel = (*s == '+');
	double v;

	errno = 0;
	v = strtod(s + rel, &end);
	if (end == s + rel || *end != 0 || errno != 0 || v < 0)
		return -1;
	*ns = (uint64_t)(v * 1e9 + 0.5) + (rel ? first : 0);
	return 0;
}

/* The name of piece number idx whose first event is at ts. */
static void
piece_name(struct split *sp, unsigned idx, uint64_t ts, char *out, size_t n)
{
	if (strchr(sp->name, '%') != NULL) {
		/* a template: %n is the piece number, the rest strftime(3)
		 * of the piece's first event, in local time */
		char fmt[PATH_MAX], num[16];
		const char *p;
		size_t k = 0;
		time_t t = (time_t)(ts / 1000000000);
		struct tm tm;

		snprintf(num, sizeof(num), "%u", idx);
		for (p = sp->name; *p && k + 16 < sizeof(fmt); p++) {
			if (p[0] == '%' && p[1] == '%') {
				fmt[k++] = *p++;	/* "%%" stays for strftime */
				fmt[k++] = *p;
			} else if (p[0] == '%' && p[1] == 'n') {
				memcpy(fmt + k, num, strlen(num));
				k += strlen(num);
				p++;
			} else
				fmt[k++] = *p;
		}
		fmt[k] = 0;
		localtime_r(&t, &tm);
		if (strftime(out, n, fmt, &tm) == 0)
			snprintf(out, n, "%s", fmt);
	} else if (sp->rotate)
		snprintf(out, n, "%s%u", sp->name, idx);
	else
		snprintf(out, n, "%s", sp->name);
}

static int
close_piece(struct split *sp)
{
	char err[SCAP_ERRBUF_SIZE];
	uint64_t nev, size;

	if (sp->w == NULL)
		return 0;
	nev = sp->nev;
	size = scap_writer_size(sp->w);
	if (scap_writer_close(sp->w, err) != SCAP_OK) {
		sp->w = NULL;
		tool_warnx("%s", err);
		return -1;
	}
	sp->w = NULL;
	sp->files++;
	if (sp->verbose)
		printf("%s\t%llu events\t%llu bytes\n", sp->path,
		    (unsigned long long)nev, (unsigned long long)size);
	return 0;
}

static int
open_piece(struct split *sp, struct scap *h, uint64_t ts)
{
	char err[SCAP_ERRBUF_SIZE];
	unsigned idx = sp->ring ? sp->index % sp->ring : sp->index;

	piece_name(sp, idx, ts, sp->path, sizeof(sp->path));
	sp->index++;
	if (tool_is_input(sp->path)) {
		tool_warnx("%s: is an input; not overwriting it", sp->path);
		return -1;
	}
	sp->w = scap_writer_open(sp->path, sp->gzip ? SCAP_W_GZIP : 0, err);
	if (sp->w == NULL) {
		tool_warnx("%s", err);
		return -1;
	}
	sp->start_ts = ts;
	sp->nev = 0;
	if (scap_writer_state(sp->w, h) != SCAP_OK) {
		tool_warnx("%s", scap_writer_error(sp->w));
		return -1;
	}
	return 0;
}

static int
need_new(const struct split *sp, uint64_t ts)
{
	if (sp->per_events && sp->nev >= sp->per_events)
		return 1;
	if (sp->per_bytes && scap_writer_size(sp->w) >= sp->per_bytes)
		return 1;
	if (sp->per_ns && ts >= sp->start_ts + sp->per_ns)
		return 1;
	return 0;
}

static int
split(struct scap *h, const char *name, void *arg)
{
	struct split *sp = arg;
	const struct scap_event *ev;
	uint64_t first = 0;
	int r, bad = 0;

	scap_keep_enters(h);
	scap_set_filter(h, sp->filter);
	while (!stop_signal && (r = scap_peek(h, &ev)) == SCAP_OK) {
		uint64_t ts = scap_event_ts(ev);

		if (first == 0) {
			first = ts;
			if (sp->since)
				(void)parse_time(sp->since, first, &sp->t_since);
			if (sp->until)
				(void)parse_time(sp->until, first, &sp->t_until);
		}
		if (sp->until && ts > sp->t_until)
			break;
		if (sp->since && ts < sp->t_since) {
			(void)scap_next(h, &ev);
			continue;
		}
		if (sp->w != NULL && sp->rotate && need_new(sp, ts) &&
		    close_piece(sp) < 0) {
			bad = 1;
			break;
		}
		if (sp->w == NULL && open_piece(sp, h, ts) < 0) {
			bad = 1;
			break;
		}
		(void)scap_next(h, &ev);
		if (scap_event_filtered(ev)) {
			/* -f: what does not match only keeps the state */
			if ((scap_event_modifies_state(ev) ||
			    !scap_event_is_exit(ev)) &&
			    scap_write_state_only(sp->w, ev) != SCAP_OK) {
				tool_warnx("%s", scap_writer_error(sp->w));
				bad = 1;
				break;
			}
			continue;
		}
		sp->nev++;
		if (scap_write(sp->w, ev) != SCAP_OK) {
			tool_warnx("%s", scap_writer_error(sp->w));
			bad = 1;
			break;
		}
	}
	if (bad) {
		scap_writer_abort(sp->w);
		sp->w = NULL;
		return -1;
	}
	/* Whatever happened to the input, the piece holds whole events:
	 * finish it. */
	if (close_piece(sp) < 0)
		return -1;
	if (r == SCAP_OK || r == SCAP_EOF)
		return 0;
	return tool_read_status(h, name, r) ? -1 : 0;
}

/*
 * --by: one piece per process tree.  A tree is a root process and every
 * process created during the capture by it or its descendants; roots
 * are the processes not seen being created.  --by pid gives every tree
 * its piece, keyed by the root's pid; --by proc gives one piece to the
 * trees whose roots have the same name, keyed by that name.
 *
 * An event's tree is decided before the event is applied to the state
 * (the fields of a peeked event read its thread, found by its id, as the
 * state has it), so that a piece opened for the event starts with the
 * state before it, as the other modes' pieces do.  Where the state does
 * not know yet what the event will tell (a child that returns from a
 * clone before its parent, the name an execve gives), the event's own
 * parameters say it.
 */
#define BY_PID		1
#define BY_PROC		2
#define BY_CL_THREAD	(1u << 13)	/* PPM_CL_CLONE_THREAD */

struct bypiece {
	char *key;			/* as put into the name */
	char *path;			/* once opened */
	struct scap_writer *w;
	uint64_t nev;			/* events (not the state-only ones) */
	uint64_t nvis;			/* of them, those a reader shows */
};

struct by {
	struct bypiece *p;
	uint32_t np, capp;
	uint32_t *order;		/* the opened pieces, in order */
	uint32_t nopen;
	struct tool_idmap map;		/* pid, and tid of threads -> piece */
	uint32_t *names;		/* --by proc: key -> piece + 1 */
	size_t namecap;
	struct scap_field *f_pid, *f_ppid, *f_name, *f_pname;
	int oom;
};

static size_t
by_hashstr(const char *s)
{
	uint64_t x = 0xcbf29ce484222325ULL;

	for (; *s; s++)
		x = (x ^ (unsigned char)*s) * 0x100000001b3ULL;
	return (size_t)(x ^ (x >> 32));
}

/* The piece of a pid or tid, or -1. */
static int64_t
by_get(const struct by *b, int64_t id)
{
	return tool_idmap_get(&b->map, id);
}

static void
by_put(struct by *b, int64_t id, uint32_t piece)
{
	if (tool_idmap_put(&b->map, id, piece) < 0)
		b->oom = 1;
}

/* A process name made safe as part of a file name, into out[n]. */
static void
by_safe(const char *s, size_t len, char *out, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < len && k + 1 < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '/' || c < 0x20 || c == 0x7f || (k == 0 && c == '.'))
			c = '_';
		out[k++] = (char)c;
	}
	if (k == 0)
		out[k++] = '_';
	out[k] = 0;
}

/* A new piece for key; its index, or -1 when out of memory. */
static int64_t
by_piece(struct by *b, const char *key)
{
	struct bypiece *p;

	if (b->np == b->capp) {
		uint32_t ncap = b->capp ? b->capp * 2 : 64;
		uint32_t *o;

		if ((p = realloc(b->p, ncap * sizeof(*p))) == NULL) {
			b->oom = 1;
			return -1;
		}
		b->p = p;
		if ((o = realloc(b->order, ncap * sizeof(*o))) == NULL) {
			b->oom = 1;
			return -1;
		}
		b->order = o;
		b->capp = ncap;
	}
	p = &b->p[b->np];
	memset(p, 0, sizeof(*p));
	if ((p->key = strdup(key)) == NULL) {
		b->oom = 1;
		return -1;
	}
	return b->np++;
}

/* The piece of a new root: its own (--by pid) or its name's. */
static int64_t
by_root(const struct split *sp, struct by *b, int64_t pid,
    const struct scap_value *name)
{
	char key[256];
	size_t i;
	int64_t k;

	if (sp->by == BY_PID) {
		snprintf(key, sizeof(key), "%lld", (long long)pid);
		return by_piece(b, key);
	}
	by_safe(name->str, name->len, key, sizeof(key));
	if (2 * ((size_t)b->np + 1) > b->namecap) {
		size_t ncap = b->namecap ? b->namecap * 2 : 256, j;
		uint32_t *t = calloc(ncap, sizeof(*t));

		if (t == NULL) {
			b->oom = 1;
			return -1;
		}
		for (j = 0; j < b->namecap; j++) {
			if (b->names[j] == 0)
				continue;
			for (i = by_hashstr(b->p[b->names[j] - 1].key) &
			    (ncap - 1); t[i] != 0; i = (i + 1) & (ncap - 1))
				;
			t[i] = b->names[j];
		}
		free(b->names);
		b->names = t;
		b->namecap = ncap;
	}
	for (i = by_hashstr(key) & (b->namecap - 1); b->names[i] != 0;
	    i = (i + 1) & (b->namecap - 1))
		if (strcmp(b->p[b->names[i] - 1].key, key) == 0)
			return (int64_t)b->names[i] - 1;
	if ((k = by_piece(b, key)) >= 0)
		b->names[i] = (uint32_t)k + 1;
	return k;
}

/* A little-endian integer parameter of 1 to 8 bytes. */
static int64_t
by_le(const void *val, uint32_t len)
{
	const unsigned char *p = val;
	uint64_t v = 0;
	uint32_t i;

	if (len == 0 || len > 8)
		return 0;
	for (i = 0; i < len; i++)
		v |= (uint64_t)p[i] << (8 * i);
	if (len < 8 && (p[len - 1] & 0x80))
		v |= ~(uint64_t)0 << (8 * len);	/* sign-extend */
	return (int64_t)v;
}

/*
 * What an event's tree depends on, from its parameters.  For the return
 * of a clone, fork, vfork or clone3 (clone): its result res (the child's
 * id in the parent, 0 in the child), whether it made a thread
 * (CLONE_THREAD), and the child's pid and parent thread (-1: none).  For
 * such a return and for that of an execve: the name it gives (comm, or
 * exe in old versions; NULL if none, or if the execve failed).
 */
struct byev {
	int clone, thread;
	int64_t res, pid, ptid;
	const char *name;
	size_t namelen;
};

static void
by_params(const struct scap_event *ev, struct byev *e)
{
	const char *n = scap_event_name(ev), *pname;
	const void *val, *comm = NULL, *exe = NULL;
	uint32_t len, lcomm = 0, lexe = 0;
	unsigned i;
	int clone, have = 0;

	memset(e, 0, sizeof(*e));
	e->pid = e->ptid = -1;
	if (!scap_event_is_exit(ev))
		return;
	clone = strcmp(n, "clone") == 0 || strcmp(n, "fork") == 0 ||
	    strcmp(n, "vfork") == 0 || strcmp(n, "clone3") == 0;
	if (!clone && strcmp(n, "execve") != 0 && strcmp(n, "execveat") != 0)
		return;
	for (i = 0; scap_event_param(ev, i, &pname, &val, &len) == 0; i++) {
		if (strcmp(pname, "res") == 0) {
			e->res = by_le(val, len);
			have = 1;
		} else if (strcmp(pname, "flags") == 0 && clone)
			e->thread = (by_le(val, len) & BY_CL_THREAD) != 0;
		else if (strcmp(pname, "pid") == 0 && clone)
			e->pid = by_le(val, len);
		else if (strcmp(pname, "ptid") == 0 && clone)
			e->ptid = by_le(val, len);
		else if (strcmp(pname, "comm") == 0)
			comm = val, lcomm = len;
		else if (strcmp(pname, "exe") == 0)
			exe = val, lexe = len;
	}
	if (!have || (!clone && e->res != 0))
		return;
	e->clone = clone;
	if (comm != NULL || exe != NULL) {
		e->name = comm != NULL ? comm : exe;
		e->namelen = strnlen(e->name, comm != NULL ? lcomm : lexe);
	}
}

/* Field f (slot 1) of ev as the state has it; nothing when the state
 * does not know the thread ("<NA>" for a placeholder). */
static int
by_field(struct scap *h, const struct scap_event *ev,
    const struct scap_field *f, struct scap_value *v)
{
	if (scap_field_value(h, ev, f, 1, v) && !(v->len == 4 &&
	    memcmp(v->str, "<NA>", 4) == 0))
		return 1;
	v->str = "";
	v->len = 0;
	return 0;
}

/*
 * The piece of an event of process pid, not the child's side of a clone.
 * A new root is named as a reader shows its first event: by the name
 * the state has, or the one an execve gives.
 */
static int64_t
by_process(const struct split *sp, struct by *b, struct scap *h,
    const struct scap_event *ev, const struct byev *e, int64_t pid)
{
	int64_t k = by_get(b, pid), tid = scap_event_tid(ev);
	struct scap_value name;

	if (k < 0) {
		if (e->name != NULL) {
			name.str = e->name;
			name.len = e->namelen;
		} else
			(void)by_field(h, ev, b->f_name, &name);
		if ((k = by_root(sp, b, pid, &name)) < 0)
			return -1;
		by_put(b, pid, (uint32_t)k);
	}
	/* a thread's id, for children whose parent is that thread */
	if (tid != pid)
		by_put(b, tid, (uint32_t)k);
	return b->oom ? -1 : k;
}

/*
 * The piece of the child's side of a clone.  The parent's return usually
 * came first and made the child's thread: the state knows its pid and
 * its parent.  Else the event itself says who it is.
 */
static int64_t
by_child(const struct split *sp, struct by *b, struct scap *h,
    const struct scap_event *ev, const struct byev *e)
{
	int64_t pid, ppid, k;
	struct scap_value v;

	if (scap_field_value(h, ev, b->f_pid, 0, &v) && v.numeric) {
		pid = v.num;
		ppid = scap_field_value(h, ev, b->f_ppid, 0, &v) &&
		    v.numeric ? v.num : -1;
	} else {
		pid = e->pid >= 0 ? e->pid : scap_event_tid(ev);
		ppid = e->ptid;
	}
	if (e->thread || ppid < 0)
		return by_process(sp, b, h, ev, e, pid);
	/* the parent's tree; else the one its return gave the child; else
	 * the parent is a root, named as the child is at its birth */
	if ((k = by_get(b, ppid)) < 0 && (k = by_get(b, pid)) < 0) {
		if (!by_field(h, ev, b->f_pname, &v) && e->name != NULL) {
			v.str = e->name;
			v.len = e->namelen;
		}
		if ((k = by_root(sp, b, ppid, &v)) < 0)
			return -1;
		by_put(b, ppid, (uint32_t)k);
	}
	by_put(b, pid, (uint32_t)k);
	if (scap_event_tid(ev) != pid)
		by_put(b, scap_event_tid(ev), (uint32_t)k);
	return b->oom ? -1 : k;
}

/* The pid of ev's process: proc.pid, or the thread id when the state
 * does not know the thread. */
static int64_t
by_pid(const struct by *b, struct scap *h, const struct scap_event *ev)
{
	struct scap_value v;

	if (scap_field_value(h, ev, b->f_pid, 0, &v) && v.numeric)
		return v.num;
	return scap_event_tid(ev);
}

/* The name of the piece of key, number num, first event at ts. */
static int
by_name(const struct split *sp, const char *key, unsigned num, uint64_t ts,
    char *out, size_t n)
{
	const char *name = sp->name, *base, *dot, *p;
	int len;

	if (strchr(name, '%') != NULL) {
		/* a template: %k the key, %n the number, the rest
		 * strftime(3) of the first event, in local time */
		char fmt[PATH_MAX], numb[16];
		size_t k = 0;
		time_t t = (time_t)(ts / 1000000000);
		struct tm tm;

		snprintf(numb, sizeof(numb), "%u", num);
		for (p = name; *p; p++) {
			const char *s = NULL;

			if (p[0] == '%' && (p[1] == 'n' || p[1] == 'k'))
				s = *++p == 'n' ? numb : key;
			else if (p[0] == '%' && p[1] == '%') {
				if (k + 2 >= sizeof(fmt))
					return -1;
				fmt[k++] = *p++;
				fmt[k++] = *p;
				continue;
			}
			if (s == NULL) {
				if (k + 1 >= sizeof(fmt))
					return -1;
				fmt[k++] = *p;
				continue;
			}
			for (; *s; s++) {	/* a '%' of the key stays one */
				if (k + 2 >= sizeof(fmt))
					return -1;
				if (*s == '%')
					fmt[k++] = '%';
				fmt[k++] = *s;
			}
		}
		fmt[k] = 0;
		localtime_r(&t, &tm);
		/* (never empty: there is a %k or a %n) */
		if (strftime(out, n, fmt, &tm) == 0)
			return -1;
		len = 0;
	} else {
		/* the key before the last extension: out-KEY.scap */
		base = strrchr(name, '/');
		base = base ? base + 1 : name;
		dot = strrchr(base, '.');
		if (dot == NULL || dot == base)
			len = snprintf(out, n, "%s-%s", name, key);
		else
			len = snprintf(out, n, "%.*s-%s%s", (int)(dot - name),
			    name, key, dot);
	}
	return len < 0 || (size_t)len >= n ? -1 : 0;
}

static void
by_warn(const char *path, const char *err)
{
	size_t n = strlen(path);

	if (strncmp(err, path, n) == 0 && err[n] == ':')
		tool_warnx("%s", err);
	else
		tool_warnx("%s: %s", path, err);
}

/* Open piece k for its first event, at ts. */
static int
by_open(struct split *sp, struct by *b, struct scap *h, uint32_t k,
    uint64_t ts)
{
	struct bypiece *p = &b->p[k];
	char err[SCAP_ERRBUF_SIZE], path[PATH_MAX];
	int flags = SCAP_W_SMALLBUF | (sp->gzip ? SCAP_W_GZIP : 0);

	if (by_name(sp, p->key, b->nopen, ts, path, sizeof(path)) < 0) {
		tool_warnx("%s: the name of piece %s is too long", sp->name,
		    p->key);
		return -1;
	}
	if ((p->path = strdup(path)) == NULL) {
		tool_warnx("out of memory");
		return -1;
	}
	if (tool_is_input(path)) {
		tool_warnx("%s: is an input; not overwriting it", path);
		return -1;
	}
	if ((p->w = scap_writer_open(path, flags, err)) == NULL) {
		struct rlimit rl;

		if (strstr(err, strerror(EMFILE)) != NULL &&
		    getrlimit(RLIMIT_NOFILE, &rl) == 0)
			tool_warnx("%s (%u pieces open; at most %llu files "
			    "may be open)", err, b->nopen,
			    (unsigned long long)rl.rlim_cur);
		else
			by_warn(path, err);
		return -1;
	}
	b->order[b->nopen++] = k;
	if (scap_writer_state(p->w, h) != SCAP_OK) {
		by_warn(path, scap_writer_error(p->w));
		return -1;
	}
	return 0;
}

/*
 * Close every opened piece, in order (bad: discard them all).  A piece
 * that would show nothing (its events all hidden, such as procinfo
 * events, or filtered out by -f) is discarded too.  Returns 0, or -1 if
 * one could not be written (the later ones are then discarded).
 */
static int
by_finish(struct split *sp, struct by *b, int bad)
{
	char err[SCAP_ERRBUF_SIZE];
	uint32_t i;

	for (i = 0; i < b->nopen; i++) {
		struct bypiece *p = &b->p[b->order[i]];
		uint64_t size;

		if (bad || p->nvis == 0) {
			scap_writer_abort(p->w);
			p->w = NULL;
			continue;
		}
		size = scap_writer_size(p->w);
		if (scap_writer_close(p->w, err) != SCAP_OK) {
			p->w = NULL;
			by_warn(p->path, err);
			bad = 1;
			continue;
		}
		p->w = NULL;
		sp->files++;
		if (sp->verbose)
			printf("%s\t%llu events\t%llu bytes\n", p->path,
			    (unsigned long long)p->nev,
			    (unsigned long long)size);
	}
	return bad ? -1 : 0;
}

static void
by_free(struct by *b)
{
	uint32_t i;

	for (i = 0; i < b->np; i++) {
		scap_writer_abort(b->p[i].w);
		free(b->p[i].key);
		free(b->p[i].path);
	}
	free(b->p);
	free(b->order);
	tool_idmap_free(&b->map);
	free(b->names);
	scap_field_free(b->f_pid);
	scap_field_free(b->f_ppid);
	scap_field_free(b->f_name);
	scap_field_free(b->f_pname);
}

/*
 * Piece k gets an event at ts: open it if needed.  An internal event
 * does not open it, and is left out (*in = 0): the piece's state will
 * hold what it changed.
 */
static int
by_start(struct split *sp, struct by *b, struct scap *h,
    const struct scap_event *ev, int64_t k, int *in)
{
	if (b->p[k].w != NULL)
		return 0;
	if (scap_event_internal(ev)) {
		*in = 0;
		return 0;
	}
	return by_open(sp, b, h, (uint32_t)k, scap_event_ts(ev));
}

static int
split_by(struct scap *h, const char *name, void *arg)
{
	struct split *sp = arg;
	const struct scap_event *ev;
	char err[SCAP_ERRBUF_SIZE];
	struct by b;
	uint64_t first = 0;
	int r = SCAP_OK, bad = 0;

	memset(&b, 0, sizeof(b));
	if ((b.f_pid = scap_field_new("proc.pid", err)) == NULL ||
	    (b.f_ppid = scap_field_new("proc.ppid", err)) == NULL ||
	    (b.f_name = scap_field_new("proc.name", err)) == NULL ||
	    (b.f_pname = scap_field_new("proc.pname", err)) == NULL)
		tool_errx(1, "%s", err);
	scap_keep_enters(h);
	scap_set_filter(h, sp->filter);
	while (!stop_signal && (r = scap_peek(h, &ev)) == SCAP_OK) {
		uint64_t ts = scap_event_ts(ev);
		struct byev e;
		struct bypiece *p;
		int64_t k;
		int in;

		if (first == 0) {
			first = ts;
			if (sp->since)
				(void)parse_time(sp->since, first,
				    &sp->t_since);
			if (sp->until)
				(void)parse_time(sp->until, first,
				    &sp->t_until);
		}
		if (sp->until && ts > sp->t_until)
			break;
		/* events before --since are not written, but their clones
		 * still make the trees */
		in = !(sp->since && ts < sp->t_since);
		/* the tree, from the state before the event */
		by_params(ev, &e);
		k = e.clone && e.res == 0 ? by_child(sp, &b, h, ev, &e) :
		    by_process(sp, &b, h, ev, &e, by_pid(&b, h, ev));
		if (k < 0 || (in && by_start(sp, &b, h, ev, k, &in) < 0)) {
			bad = 1;
			break;
		}
		(void)scap_next(h, &ev);
		if (e.clone && e.res > 0) {
			/* the parent's side: the child joins this tree */
			by_put(&b, e.res, (uint32_t)k);
			if (b.oom) {
				bad = 1;
				break;
			}
		}
		if (!in)
			continue;
		p = &b.p[k];
		if (scap_event_filtered(ev)) {
			/* -f: what does not match only keeps the state */
			if ((scap_event_modifies_state(ev) ||
			    !scap_event_is_exit(ev)) &&
			    scap_write_state_only(p->w, ev) != SCAP_OK) {
				by_warn(p->path, scap_writer_error(p->w));
				bad = 1;
				break;
			}
			continue;
		}
		p->nev++;
		p->nvis += scap_event_visible(ev) != 0;
		if (scap_write(p->w, ev) != SCAP_OK) {
			by_warn(p->path, scap_writer_error(p->w));
			bad = 1;
			break;
		}
	}
	if (b.oom)
		tool_warnx("out of memory");
	/* Whatever happened to the input, the pieces hold whole events:
	 * finish them, unless writing failed. */
	if (by_finish(sp, &b, bad) < 0)
		bad = 1;
	by_free(&b);
	if (bad)
		return -1;
	if (r == SCAP_OK || r == SCAP_EOF)
		return 0;
	return tool_read_status(h, name, r) ? -1 : 0;
}

/*
 * --by's checks of -w: a name for several files (not standard output),
 * and a template that tells the pieces apart.  Then as many files as
 * allowed may be open.
 */
static void
by_check(const char *name)
{
	const char *p;
	int key = 0;
	struct rlimit rl;

	if (strcmp(name, "-") == 0)
		tool_errx(EXIT_USAGE, "-w -: --by writes several files");
	if (strchr(name, '%') != NULL) {
		for (p = name; *p; p++)
			if (p[0] == '%' && p[1] != 0) {
				p++;
				key |= (*p == 'k' || *p == 'n');
			}
		if (!key)
			tool_errx(EXIT_USAGE, "-w: with --by, a template needs "
			    "%%k or %%n");
	}
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		(void)setrlimit(RLIMIT_NOFILE, &rl);
	}
}

/* A positive amount for an option, in units of unit (decimals allowed
 * where unit > 1: -C 0.5 is half a megabyte). */
static uint64_t
count_arg(const char *opt, const char *s, uint64_t unit)
{
	char *end;
	double v;

	if (unit == 1) {
		unsigned long long n = tool_count(opt, s);

		if (n == 0)
			tool_errx(EXIT_USAGE, "-%s: must be at least 1", opt);
		return n;
	}
	errno = 0;
	v = strtod(s, &end);
	if (*s == 0 || *end != 0 || errno != 0 || !(v > 0) || v > 1e12)
		tool_errx(EXIT_USAGE, "-%s: bad number: %s", opt, s);
	return (uint64_t)(v * (double)unit + 0.5);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "by", required_argument, NULL, 'B' },
		{ "since", required_argument, NULL, 'S' },
		{ "until", required_argument, NULL, 'U' },
		TOOL_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct split sp;
	char defname[PATH_MAX];
	int ch, status;
	struct sigaction sa;

	memset(&sp, 0, sizeof(sp));
	tool_init(argc, argv);
	while ((ch = getopt_long(argc, argv, "C:e:f:G:hVvW:w:zq", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'B':
			if (strcmp(optarg, "pid") == 0)
				sp.by = BY_PID;
			else if (strcmp(optarg, "proc") == 0)
				sp.by = BY_PROC;
			else
				tool_errx(EXIT_USAGE, "--by: must be pid or "
				    "proc: %s", optarg);
			break;
		case 'C':
			sp.per_bytes = count_arg("C", optarg, 1000000);
			sp.rotate = 1;
			break;
		case 'e':
			sp.per_events = count_arg("e", optarg, 1);
			sp.rotate = 1;
			break;
		case 'f': {
			char err[SCAP_ERRBUF_SIZE];

			if ((sp.filter = scap_filter_compile(optarg, err)) == NULL)
				tool_errx(EXIT_USAGE, "-f: %s", err);
			break;
		}
		case 'G':
			sp.per_ns = count_arg("G", optarg, 1000000000);
			sp.rotate = 1;
			break;
		case 'h':
			usage(stdout, 0);
			break;
		case 'S':
			sp.since = optarg;
			break;
		case 'U':
			sp.until = optarg;
			break;
		case 'V':
			printf("%s %s\n", progname, SCAP_VERSION_STRING);
			return 0;
		case 'v':
			sp.verbose = 1;
			break;
		case 'W':
			sp.ring = (unsigned)count_arg("W", optarg, 1);
			break;
		case 'w':
			sp.name = optarg;
			break;
		case 'z':
			sp.gzip = 1;
			break;
		default:
			if (tool_option(ch))
				break;
			usage(stderr, EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		usage(stderr, EXIT_USAGE);
	{
		uint64_t t;

		if (sp.since && parse_time(sp.since, 0, &t) != 0)
			tool_errx(EXIT_USAGE, "--since: bad time: %s", sp.since);
		if (sp.until && parse_time(sp.until, 0, &t) != 0)
			tool_errx(EXIT_USAGE, "--until: bad time: %s", sp.until);
	}
	if (sp.by && (sp.rotate || sp.ring))
		tool_errx(EXIT_USAGE, "--by cannot be combined with -C, -e, -G "
		    "or -W");
	if (sp.ring && !sp.rotate)
		tool_errx(EXIT_USAGE, "-W needs -C, -e or -G");
	if (!sp.by && !sp.rotate && !sp.since && !sp.until &&
	    sp.filter == NULL)
		tool_errx(EXIT_USAGE, "nothing to do: give -C, -e, -G, -f, "
		    "--since or --until");
	if (sp.name == NULL) {
		/* default: the input's file name, in this directory */
		const char *in = argc ? argv[0] : "-";
		const char *b = strrchr(in, '/');

		snprintf(defname, sizeof(defname), "%s", strcmp(in, "-") == 0 ?
		    "split.scap" : b ? b + 1 : in);
		sp.name = defname;
	}
	if (sp.by)
		by_check(sp.name);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	tool_stop = &stop_signal;	/* and a read waiting on a pipe stops */
	status = tool_inputs(argc, argv, sp.by ? split_by : split, &sp);
	scap_filter_free(sp.filter);
	status = tool_exit(status);
	if (stop_signal) {
		/* the finished pieces are whole; die of the signal */
		signal(stop_signal, SIG_DFL);
		raise(stop_signal);
	}
	return status;
}
