/*
 * scap-cat - print the events of captures as `sysdig -r' does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

struct cat {
	unsigned long long limit;	/* -n; 0: no limit */
	unsigned long long count;
	int timefmt;
};

static void
usage(FILE *fp, int code)
{
	fprintf(fp, "usage: %s [-hV] [-n count] [-t h|a|r|d|D] [file ...]\n",
	    progname);
	exit(code);
}

static int
cat_one(struct scap *h, const char *name, void *arg)
{
	struct cat *c = arg;
	char errbuf[SCAP_ERRBUF_SIZE];
	struct scap_fmt *f = scap_fmt_new(h, NULL, errbuf);
	const struct scap_event *ev;
	int r;

	if (f == NULL) {
		tool_warnx("%s: %s", name, errbuf);
		return -1;
	}
	scap_fmt_set_time(f, (enum scap_timefmt)c->timefmt);
	while ((r = scap_next(h, &ev)) == SCAP_OK) {
		const char *line;
		size_t len;

		if (c->limit && c->count >= c->limit)
			break;
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

int
main(int argc, char **argv)
{
	struct cat c = { 0, 0, SCAP_TIME_HUMAN };
	int ch, status;

	tool_init(argc, argv);
	while ((ch = getopt(argc, argv, "hn:t:V")) != -1) {
		switch (ch) {
		case 'h':
			usage(stdout, 0);
			break;
		case 'n':
			c.limit = tool_count("n", optarg);
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
		default:
			usage(stderr, EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	status = tool_inputs(argc, argv, cat_one, &c);
	status = tool_exit(status);
	return status;
}
