/*
 * scap-cat - print the events of captures as `sysdig -r' does.
 */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

struct cat {
	unsigned long long limit;	/* -n; 0: no limit */
	unsigned long long count;
	int timefmt;
	char *format;			/* -p (allocated) */
	struct scap_filter *filter;	/* -f */
	int json;			/* -j */
	int csv;			/* --csv */
	int header_done;
	const char *out;		/* -w */
	int append;			/* -a */
	int gzip;			/* -z */
};

/* Machines are told apart by host name; the thread ids of the k-th
 * machine met are moved by k * HOST_TID_STEP in a merged capture. */
#define HOST_TID_STEP	10000000LL

static void
usage(FILE *fp, int code)
{
	fprintf(fp, "usage: %s [-hjlqV] [--csv] [--recover] [-f filter] "
	    "[-n count] [-p format]\n\t[-t h|a|r|d|D] [file ...]\n"
	    "       %s -w out [-az] [-f filter] [-n count] [file ...]\n",
	    progname, progname);
	exit(code);
}

static int
cat_one(struct scap *h, const char *name, void *arg)
{
	struct cat *c = arg;
	char errbuf[SCAP_ERRBUF_SIZE];
	struct scap_fmt *f = scap_fmt_new_flags(h, c->format,
	    c->json ? SCAP_FMT_JSON : c->csv ? SCAP_FMT_CSV : 0, errbuf);
	const struct scap_event *ev;
	int r;

	if (f == NULL) {
		tool_warnx("%s: %s", name, errbuf);
		return -1;
	}
	scap_fmt_set_time(f, (enum scap_timefmt)c->timefmt);
	scap_set_filter(h, c->filter);
	if (!c->header_done) {
		const char *hd;
		size_t hl;

		if ((hd = scap_fmt_header(f, &hl)) != NULL)
			tool_write(hd, hl);
		c->header_done = 1;
	}
	while ((r = scap_next(h, &ev)) == SCAP_OK) {
		const char *line;
		size_t len;

		if (c->limit && c->count >= c->limit)
			break;
		if (scap_event_filtered(ev))
			continue;
		if (scap_event_counted(ev))
			c->count++;
		if ((line = scap_fmt_event(f, ev, &len)) != NULL)
			tool_write(line, len);
	}
	scap_fmt_free(f);
	if (r == SCAP_OK)	/* stopped by -n */
		return 1;
	return tool_read_status(h, name, r) ? -1 : 0;
}

/*
 * The visible events of pieces of one stream overlap in time only where
 * events of different CPUs came slightly out of order (well under a
 * millisecond in practice), and threads run on across the cut: an input
 * of a machine whose visible events end before another's begin, or no
 * later than this after with a thread in common, is read before it.
 * Others (the pieces of scap-split --by, whose threads are apart) are
 * merged by time.  (Hidden events do not count: a piece starts with
 * copies of the enter events still open, and procinfo events carry
 * rounded times.)
 */
#define MERGE_SKEW_NS	10000000u

/* Whether two sets of thread ids have one in common. */
static int
tidset_meet(const struct tool_idmap *a, const struct tool_idmap *b)
{
	size_t i;

	if (a->n > b->n) {
		const struct tool_idmap *t = a;

		a = b;
		b = t;
	}
	for (i = 0; i < a->cap; i++)
		if (a->slot[i].used && tool_idmap_get(b, a->slot[i].id) >= 0)
			return 1;
	return 0;
}

/* An input of a merge. */
struct input {
	struct scap *h;
	const char *name;
	const char *path;
	const struct scap_event *ev;	/* peeked, or NULL when done */
	int64_t off;
	uint64_t first;			/* time of its first event */
	struct tool_idmap tids;		/* every thread id of its events */
	struct tool_idmap vtids;	/* those of its visible events */
	uint64_t vfirst, vlast;		/* first and latest time of its
					 * visible events (0: none) */
	int scanned;
};

/* -w: SIGINT, SIGTERM or SIGHUP stops the merge (see write_merged()). */
static volatile sig_atomic_t stop_signal;

static void
on_signal(int sig)
{
	stop_signal = sig;
}

static void
no_report(void *arg, uint64_t off, uint64_t len, const char *why)
{
	(void)arg, (void)off, (void)len, (void)why;
}

/* The thread ids an input's events carry (a pass of its own; damage is
 * reported by the main pass). */
static void
scan_tids(struct input *in)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap *h;
	const struct scap_event *ev;
	int64_t last = INT64_MIN, vlast = INT64_MIN;
	struct scap_open_options o;
	int ok = 1;

	memset(&o, 0, sizeof(o));
	if (tool_recover)
		o.damage = no_report;
	if (strcmp(in->path, "-") == 0 ||
	    (h = scap_open_opts(in->path, &o, err)) == NULL)
		return;
	while (ok && !stop_signal && scap_next_stateless(h, &ev) == SCAP_OK) {
		int64_t t = scap_event_tid(ev);

		if (scap_event_visible(ev)) {
			if (t != vlast && tool_idmap_put(&in->vtids, t, 0) != 0)
				ok = 0;
			vlast = t;
			if (in->vfirst == 0)
				in->vfirst = scap_event_ts(ev);
			if (scap_event_ts(ev) > in->vlast)
				in->vlast = scap_event_ts(ev);
		}

		if (t != last) {
			ok = tool_idmap_put(&in->tids, t, 0) == 0;
			last = t;
		}
	}
	scap_close(h);
	in->scanned = ok;
}

struct keepctx {
	struct input *in;
	size_t nin;
};

/*
 * Which threads of input k the merged capture starts with.  An input
 * that starts later than another of the same machine is usually its
 * continuation: a thread the earlier one's events already know is left
 * for those events to make (as they did in the original), so only the
 * threads no earlier input mentions are added.
 */
static int
keep_thread(void *arg, size_t k, int64_t tid)
{
	struct keepctx *c = arg;
	struct input *me = &c->in[k];
	size_t j;

	for (j = 0; j < c->nin; j++) {
		struct input *o = &c->in[j];

		if (j == k || o->off != me->off || !o->scanned ||
		    o->first > me->first || (o->first == me->first && j > k))
			continue;
		if (tool_idmap_get(&o->tids, tid) >= 0)
			return 0;
	}
	return 1;
}

/* Whether a piece still has events that come before the next piece's:
 * any but hidden ones (procinfo, say) after its last visible event. */
static int
before(const struct input *in)
{
	return in->ev != NULL &&
	    (!in->scanned || scap_event_ts(in->ev) <= in->vlast);
}

/* Peek the next event of an input; report its errors.  Returns 0 or 1. */
static int
advance(struct input *in)
{
	int r = scap_peek(in->h, &in->ev);

	if (r == SCAP_OK)
		return 0;
	in->ev = NULL;
	return tool_read_status(in->h, in->name, r);
}

/* Write an event; with -f, one that does not match only keeps the state
 * (as a hidden state-only event), and only if it changes it. */
static void
put_event(struct scap_writer *w, const struct scap_event *ev, int64_t off,
    struct cat *c)
{
	if (!scap_event_filtered(ev)) {
		scap_write_shifted(w, ev, off);
		c->count++;
	} else if (off == 0 && (scap_event_modifies_state(ev) ||
	    !scap_event_is_exit(ev)))
		scap_write_state_only(w, ev);
}

/*
 * Write the input's peeked event.  Without a filter nothing needs the
 * state past the start: the event is copied as it is, unapplied.
 */
static void
take_event(struct scap_writer *w, struct input *in, struct cat *c)
{
	const struct scap_event *ev;

	if (c->filter == NULL) {
		scap_write_shifted(w, in->ev, in->off);
		c->count++;
		scap_skip(in->h);
		return;
	}
	(void)scap_next(in->h, &ev);
	put_event(w, ev, in->off, c);
}

static int
write_merged(struct cat *c, int argc, char **argv)
{
	static char *dash[] = { "-", NULL };
	char err[SCAP_ERRBUF_SIZE];
	struct input *in;
	struct scap **hs;
	int64_t *offs;
	const char *hosts[64];
	size_t nin = 0, nhosts = 0, i, k;
	struct scap_writer *w;
	int status = 0;

	if (argc == 0) {
		argc = 1;
		argv = dash;
	}
	in = calloc((size_t)argc, sizeof(*in));
	hs = calloc((size_t)argc, sizeof(*hs));
	offs = calloc((size_t)argc, sizeof(*offs));
	if (in == NULL || hs == NULL || offs == NULL)
		tool_errx(1, "out of memory");
	tool_progress_total(argc, argv);
	/* every input is open at once: small buffers */
	if (argc > 4)
		tool_bufsize = 64 * 1024;
	for (i = 0; i < (size_t)argc; i++) {
		const char *name = strcmp(argv[i], "-") == 0 ? "<stdin>" :
		    argv[i];
		struct scap *h;

		tool_note_input(argv[i]);
		if ((h = tool_open(argv[i], err)) == NULL) {
			if (stop_signal)
				break;
			tool_warnx("%s: %s", name, err);
			status = 1;
			continue;
		}
		scap_keep_enters(h);
		scap_set_filter(h, c->filter);
		in[nin].h = h;
		in[nin].name = name;
		in[nin].path = argv[i];
		nin++;
	}
	if (tool_is_input(c->out))
		tool_errx(1, "%s: is an input; not overwriting it", c->out);
	w = scap_writer_open(c->out, c->gzip ? SCAP_W_GZIP : 0, err);
	if (w == NULL)
		tool_errx(1, "%s", err);
	/* Peek every input: its state is then that of its start. */
	for (i = 0; i < nin; i++) {
		const char *host;

		status |= advance(&in[i]);
		/* its leading container events are state: the merged
		 * capture describes each container once, after its state */
		while (in[i].ev != NULL &&
		    strcmp(scap_event_name(in[i].ev), "container") == 0) {
			const struct scap_event *ev;

			(void)scap_next(in[i].h, &ev);
			status |= advance(&in[i]);
		}
		host = scap_hostname(in[i].h);
		for (k = 0; k < nhosts; k++)
			if (strcmp(hosts[k], host) == 0)
				break;
		if (k == nhosts && nhosts < 64)
			hosts[nhosts++] = host;
		in[i].off = (int64_t)k * HOST_TID_STEP;
		in[i].first = in[i].ev ? scap_event_ts(in[i].ev) : UINT64_MAX;
		hs[i] = in[i].h;
		offs[i] = in[i].off;
	}
	if (c->append) {
		/* one section per input, in the order given */
		for (i = 0; i < nin; i++) {
			if (in[i].ev == NULL)
				continue;
			scap_writer_state_merged(w, &in[i].h, &in[i].off, 1,
			    NULL, NULL);
			while (in[i].ev != NULL && !stop_signal &&
			    (!c->limit || c->count < c->limit)) {

				take_event(w, &in[i], c);
				status |= advance(&in[i]);
			}
		}
	} else {
		/*
		 * Every event in time order, equal times in operand order.
		 * The inputs of one machine are taken to be one stream cut
		 * in pieces (a rotated set, scap-split's pieces): they are
		 * read one after the other, in the order of their first
		 * events, so the stream's own order is kept even where
		 * events of different CPUs are slightly out of time order.
		 */
		struct keepctx kc = { in, nin };
		size_t *prev = malloc((nin + 1) * sizeof(*prev));

		if (prev == NULL)
			tool_errx(1, "out of memory");
		if (nin > 1)
			for (i = 0; i < nin; i++)
				scan_tids(&in[i]);
		for (i = 0; i < nin; i++) {
			prev[i] = SIZE_MAX;
			for (k = 0; k < nin; k++) {
				if (k == i || in[k].off != in[i].off ||
				    in[k].first > in[i].first ||
				    (in[k].first == in[i].first && k > i))
					continue;
				/* one that goes on past i's start is not a
				 * piece before it (scap-split --by pieces):
				 * they are merged by time */
				if (in[k].scanned && in[i].scanned &&
				    in[k].vlast > in[i].vfirst &&
				    (in[k].vlast > in[i].vfirst + MERGE_SKEW_NS ||
				    !tidset_meet(&in[k].vtids, &in[i].vtids)))
					continue;
				if (prev[i] == SIZE_MAX ||
				    in[k].first > in[prev[i]].first ||
				    (in[k].first == in[prev[i]].first &&
				    k > prev[i]))
					prev[i] = k;
			}
		}
		if (nin > 0)
			scap_writer_state_merged(w, hs, offs, nin, keep_thread,
			    &kc);
		while (!stop_signal && (!c->limit || c->count < c->limit)) {
			struct input *best = NULL;

			for (i = 0; i < nin; i++) {
				if (in[i].ev == NULL || (prev[i] != SIZE_MAX &&
				    before(&in[prev[i]])))
					continue;
				if (best == NULL || scap_event_ts(in[i].ev) <
				    scap_event_ts(best->ev))
					best = &in[i];
			}
			if (best == NULL)
				break;
			take_event(w, best, c);
			status |= advance(best);
		}
		free(prev);
	}
	if (stop_signal) {
		/* a merge cut short would pass for the whole: none is left */
		scap_writer_abort(w);
		status = 1;
	} else if (scap_writer_close(w, err) != SCAP_OK) {
		tool_warnx("%s", err);
		status = 1;
	}
	for (i = 0; i < nin; i++) {
		scap_close(in[i].h);
		tool_idmap_free(&in[i].tids);
		tool_idmap_free(&in[i].vtids);
	}
	free(in);
	free(hs);
	free(offs);
	return status;
}

int
main(int argc, char **argv)
{
	struct cat c;
	int ch, status;

	static const struct option longopts[] = {
		{ "csv", no_argument, NULL, 'C' },
		TOOL_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};

	memset(&c, 0, sizeof(c));
	c.timefmt = SCAP_TIME_HUMAN;
	tool_init(argc, argv);
	while ((ch = getopt_long(argc, argv, "af:hjln:p:t:Vw:zq", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'a':
			c.append = 1;
			break;
		case 'C':
			c.csv = 1;
			break;
		case 'f': {
			char err[SCAP_ERRBUF_SIZE];

			if ((c.filter = scap_filter_compile(optarg, err)) == NULL)
				tool_errx(EXIT_USAGE, "-f: %s", err);
			break;
		}
		case 'h':
			usage(stdout, 0);
			break;
		case 'j':
			c.json = 1;
			break;
		case 'l':
			tool_list_fields();
			return tool_exit(0);
		case 'n':
			c.limit = tool_count("n", optarg);
			break;
		case 'p':
			free(c.format);
			c.format = tool_format(optarg);
			break;
		case 't':
			if (strlen(optarg) != 1 || strchr("hardD", optarg[0]) ==
			    NULL)
				tool_errx(EXIT_USAGE, "-t: unknown time format "
				    "'%s' (use h, a, r, d or D)", optarg);
			c.timefmt = optarg[0];
			break;
		case 'V':
			printf("%s %s\n", progname, SCAP_VERSION_STRING);
			return 0;
		case 'w':
			c.out = optarg;
			break;
		case 'z':
			c.gzip = 1;
			break;
		default:
			if (tool_option(ch))
				break;
			usage(stderr, EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	if ((c.append || c.gzip) && c.out == NULL)
		tool_errx(EXIT_USAGE, "-a and -z go with -w");
	if (c.out != NULL) {
		struct sigaction sa;

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_signal;	/* no SA_RESTART: see tool_stop */
		sigaction(SIGINT, &sa, NULL);
		sigaction(SIGTERM, &sa, NULL);
		sigaction(SIGHUP, &sa, NULL);
		tool_stop = &stop_signal;
		status = write_merged(&c, argc, argv);
	} else
		status = tool_inputs(argc, argv, cat_one, &c);
	status = tool_exit(status);
	scap_filter_free(c.filter);
	free(c.format);
	if (stop_signal) {
		/* the output is removed; die of the signal */
		signal(stop_signal, SIG_DFL);
		raise(stop_signal);
	}
	return status;
}
