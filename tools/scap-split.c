/*
 * scap-split - cut a capture into pieces that each read alone: by event
 * count, size or capture time, as a ring, or one time window.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
	    "[--since time] [--until time] [-w name]\n\t[file]\n",
	    progname);
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
	if (sp.ring && !sp.rotate)
		tool_errx(EXIT_USAGE, "-W needs -C, -e or -G");
	if (!sp.rotate && !sp.since && !sp.until && sp.filter == NULL)
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
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	status = tool_inputs(argc, argv, split, &sp);
	status = tool_exit(status);
	if (stop_signal) {
		/* the finished pieces are whole; die of the signal */
		signal(stop_signal, SIG_DFL);
		raise(stop_signal);
	}
	return status;
}
