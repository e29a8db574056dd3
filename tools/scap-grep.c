/*
 * scap-grep - print (or write) the events of captures that match a
 * sysdig filter and/or regular expressions, as grep(1) does for lines.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <getopt.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

#define MAXRE	64

/* Per-thread context for -A and -B. */
struct tctx {
	int64_t tid;
	unsigned long after;	/* -A lines still to print */
	char **lines;		/* -B ring */
	size_t *lens, *caps;
	unsigned head, n;
	struct tctx *next;
};

struct grep {
	const char *filter_text;
	char *inv_text;			/* -v: "not (filter)" */
	struct scap_filter *filter;
	pcre2_code *re[MAXRE];
	pcre2_match_data *md[MAXRE];
	const char *re_text[MAXRE];
	int nre;
	int icase, invert, count_only, quiet, buffers, json, csv;
	unsigned long max, before, after;
	char *format;
	int timefmt;
	const char *out;		/* -w */
	struct scap_writer *w;
	unsigned long long matches;
	int header_done;
	struct tctx *ctx[1024];		/* hash by tid */
};

static void
usage(FILE *fp, int code)
{
	fprintf(fp, "usage: %s [-bchijlqVv] [--csv] [--recover] [-A num] "
	    "[-B num] [-e regex]\n\t[-f filter] [-m num] [-p format] "
	    "[-t h|a|r|d|D] [-w file] [filter]\n\t[file ...]\n",
	    progname);
	exit(code);
}

static struct tctx *
thread_ctx(struct grep *g, int64_t tid)
{
	struct tctx **b = &g->ctx[(uint64_t)tid % 1024], *c;

	for (c = *b; c != NULL; c = c->next)
		if (c->tid == tid)
			return c;
	c = calloc(1, sizeof(*c));
	if (c == NULL)
		tool_errx(2, "out of memory");
	c->tid = tid;
	if (g->before) {
		c->lines = calloc(g->before, sizeof(*c->lines));
		c->lens = calloc(g->before, sizeof(*c->lens));
		c->caps = calloc(g->before, sizeof(*c->caps));
		if (!c->lines || !c->lens || !c->caps)
			tool_errx(2, "out of memory");
	}
	c->next = *b;
	*b = c;
	return c;
}

/* Keep a line as -B context of its thread. */
static void
remember(struct grep *g, struct tctx *c, const char *line, size_t len)
{
	unsigned i = (c->head + c->n) % g->before;

	if (c->n == g->before) {
		c->head = (c->head + 1) % g->before;
		c->n--;
		i = (c->head + c->n) % g->before;
	}
	if (c->caps[i] < len) {
		char *p = realloc(c->lines[i], len);

		if (p == NULL)
			tool_errx(2, "out of memory");
		c->lines[i] = p;
		c->caps[i] = len;
	}
	memcpy(c->lines[i], line, len);
	c->lens[i] = len;
	c->n++;
}

static int
regex_match(struct grep *g, const char *s, size_t n)
{
	int i;

	for (i = 0; i < g->nre; i++)
		if (pcre2_match(g->re[i], (PCRE2_SPTR)s, n, 0, 0, g->md[i],
		    NULL) >= 0)
			return 1;
	return 0;
}

static int
grep_one(struct scap *h, const char *name, void *arg)
{
	struct grep *g = arg;
	char err[SCAP_ERRBUF_SIZE];
	struct scap_fmt *f = NULL;
	const struct scap_event *ev;
	int r, first = 1;

	scap_keep_enters(h);
	scap_set_filter(h, g->filter);
	if (g->out == NULL || g->nre > 0) {
		f = scap_fmt_new_flags(h, g->format, g->json ? SCAP_FMT_JSON :
		    g->csv ? SCAP_FMT_CSV : 0, err);
		if (f == NULL)
			tool_errx(2, "%s", err);
		scap_fmt_set_time(f, (enum scap_timefmt)g->timefmt);
		if (!g->header_done && g->out == NULL && !g->count_only) {
			const char *hd;
			size_t hl;

			if ((hd = scap_fmt_header(f, &hl)) != NULL)
				tool_write(hd, hl);
		}
		g->header_done = 1;
	}
	while (!(g->max && g->matches >= g->max)) {
		const char *line = NULL;
		size_t len = 0;
		int m;

		if (g->out != NULL && first) {
			/* the new capture starts with this one's state */
			if ((r = scap_peek(h, &ev)) != SCAP_OK)
				break;
			if (scap_writer_state(g->w, h) != SCAP_OK)
				tool_errx(2, "%s", scap_writer_error(g->w));
			first = 0;
		}
		if ((r = scap_next(h, &ev)) != SCAP_OK)
			break;
		m = !scap_event_filtered(ev);
		if (m && g->nre > 0) {
			if (g->buffers) {
				const void *p;
				uint32_t n;

				m = scap_event_buffer(ev, &p, &n) == 0 &&
				    regex_match(g, p, n);
			} else {
				line = f ? scap_fmt_event(f, ev, &len) : NULL;
				m = line != NULL && regex_match(g, line,
				    len ? len - 1 : 0);
			}
		}
		if (g->invert && g->nre > 0)
			m = !m;	/* (with a filter alone, -v is in the filter) */
		if (g->out != NULL) {
			if (m && scap_event_visible(ev)) {
				g->matches++;
				scap_write(g->w, ev);
			} else if (scap_event_modifies_state(ev) ||
			    !scap_event_is_exit(ev))
				/* keep the state and the enter/exit pairs */
				scap_write_state_only(g->w, ev);
			continue;
		}
		if (line == NULL && (m || g->before || g->after) &&
		    !g->count_only)
			line = scap_fmt_event(f, ev, &len);
		else if (g->count_only && m && line == NULL &&
		    scap_event_visible(ev))
			line = scap_fmt_event(f, ev, &len);
		if (line == NULL)
			continue;
		if (m) {
			g->matches++;
			if (g->count_only)
				continue;
			if (g->before || g->after) {
				struct tctx *c = thread_ctx(g,
				    scap_event_tid(ev));

				while (c->n > 0) {
					tool_write(c->lines[c->head],
					    c->lens[c->head]);
					c->head = (c->head + 1) % g->before;
					c->n--;
				}
				c->after = g->after;
			}
			tool_write(line, len);
		} else if (g->before || g->after) {
			struct tctx *c = thread_ctx(g, scap_event_tid(ev));

			if (c->after > 0) {
				c->after--;
				tool_write(line, len);
			} else if (g->before)
				remember(g, c, line, len);
		}
	}
	scap_fmt_free(f);
	if (r == SCAP_OK)
		return 1;	/* -m reached */
	return tool_read_status(h, name, r) ? -1 : 0;
}

/* Free what main() and the -A/-B contexts allocated (for leak checkers). */
static void
grep_free(struct grep *g)
{
	struct tctx *c, *next;
	size_t b;
	unsigned long i;
	int k;

	for (b = 0; b < sizeof(g->ctx) / sizeof(g->ctx[0]); b++)
		for (c = g->ctx[b]; c != NULL; c = next) {
			next = c->next;
			for (i = 0; c->lines != NULL && i < g->before; i++)
				free(c->lines[i]);
			free(c->lines);
			free(c->lens);
			free(c->caps);
			free(c);
		}
	for (k = 0; k < g->nre; k++) {
		pcre2_match_data_free(g->md[k]);
		pcre2_code_free(g->re[k]);
	}
	scap_filter_free(g->filter);
	free(g->inv_text);
	free(g->format);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "csv", no_argument, NULL, 'C' },
		TOOL_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct grep g;
	char err[SCAP_ERRBUF_SIZE];
	int ch, status, i;

	memset(&g, 0, sizeof(g));
	g.timefmt = SCAP_TIME_HUMAN;
	tool_init(argc, argv);
	while ((ch = getopt_long(argc, argv, "A:B:bce:f:hijlm:p:t:Vvw:q",
	    longopts, NULL)) != -1) {
		switch (ch) {
		case 'A':
			g.after = (unsigned long)tool_count("A", optarg);
			break;
		case 'B':
			g.before = (unsigned long)tool_count("B", optarg);
			break;
		case 'b':
			g.buffers = 1;
			break;
		case 'C':
			g.csv = 1;
			break;
		case 'c':
			g.count_only = 1;
			break;
		case 'e':
			if (g.nre == MAXRE)
				tool_errx(2, "too many -e");
			g.re_text[g.nre++] = optarg;
			break;
		case 'f':
			g.filter_text = optarg;
			break;
		case 'h':
			usage(stdout, 0);
			break;
		case 'i':
			g.icase = 1;
			break;
		case 'j':
			g.json = 1;
			break;
		case 'l':
			tool_list_fields();
			return tool_exit(0);
		case 'm':
			g.max = (unsigned long)tool_count("m", optarg);
			break;
		case 'p':
			free(g.format);
			g.format = tool_format(optarg);
			break;
		case 't':
			if (strlen(optarg) != 1 || strchr("hardD", optarg[0]) ==
			    NULL)
				tool_errx(2, "-t: unknown time format '%s' "
				    "(use h, a, r, d or D)", optarg);
			g.timefmt = optarg[0];
			break;
		case 'V':
			printf("%s %s\n", progname, SCAP_VERSION_STRING);
			return 0;
		case 'v':
			g.invert = 1;
			break;
		case 'w':
			g.out = optarg;
			break;
		default:
			if (tool_option(ch))
				break;
			usage(stderr, 2);
		}
	}
	argc -= optind;
	argv += optind;
	/* -q, as grep's: nothing printed, the exit status tells */
	if (tool_quiet) {
		if (g.out != NULL)
			tool_errx(2, "-q and -w do not go together");
		g.quiet = g.count_only = 1;
		g.max = 1;
	}
	/* as grep's pattern: the filter is the first operand unless given
	 * with -f, or unless -e gives the patterns */
	if (g.filter_text == NULL && g.nre == 0) {
		if (argc == 0)
			usage(stderr, 2);
		g.filter_text = argv[0];
		argc--;
		argv++;
	}
	if (g.filter_text != NULL) {
		if ((g.filter = scap_filter_compile(g.filter_text, err)) == NULL)
			tool_errx(2, "filter: %s", err);
		if (g.invert && g.nre == 0) {
			/* -v: the events the filter does not match */
			size_t n = strlen(g.filter_text) + 8;
			char *inv = malloc(n);

			if (inv == NULL)
				tool_errx(2, "out of memory");
			snprintf(inv, n, "not (%s)", g.filter_text);
			g.inv_text = inv;
			scap_filter_free(g.filter);
			if ((g.filter = scap_filter_compile(inv, err)) == NULL)
				tool_errx(2, "filter: %s", err);
		}
	}
	for (i = 0; i < g.nre; i++) {
		int ec;
		PCRE2_SIZE eo;

		g.re[i] = pcre2_compile((PCRE2_SPTR)g.re_text[i],
		    PCRE2_ZERO_TERMINATED, g.icase ? PCRE2_CASELESS : 0, &ec,
		    &eo, NULL);
		if (g.re[i] == NULL) {
			PCRE2_UCHAR msg[256];

			pcre2_get_error_message(ec, msg, sizeof(msg));
			tool_errx(2, "-e '%s': column %zu: %s", g.re_text[i],
			    (size_t)eo + 1, (char *)msg);
		}
		(void)pcre2_jit_compile(g.re[i], PCRE2_JIT_COMPLETE);
		g.md[i] = pcre2_match_data_create_from_pattern(g.re[i], NULL);
		if (g.md[i] == NULL)
			tool_errx(2, "out of memory");
	}
	if (g.out != NULL) {
		for (i = 0; i < argc; i++)
			tool_note_input(argv[i]);
		if (tool_is_input(g.out))
			tool_errx(2, "%s: is an input; not overwriting it", g.out);
		g.w = scap_writer_open(g.out, 0, err);
		if (g.w == NULL)
			tool_errx(2, "%s", err);
	}
	status = tool_inputs(argc, argv, grep_one, &g);
	if (g.w != NULL && scap_writer_close(g.w, err) != SCAP_OK) {
		tool_warnx("%s", err);
		status = 1;
	}
	if (g.count_only && !g.quiet) {
		char buf[32];

		snprintf(buf, sizeof(buf), "%llu\n", g.matches);
		tool_write(buf, strlen(buf));
	}
	status = tool_exit(status);
	grep_free(&g);
	if (status != 0)
		return 2;
	return g.matches > 0 ? 0 : 1;
}
