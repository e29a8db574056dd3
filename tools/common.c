/*
 * common.c - the shared skeleton of the scap-* tools.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <time.h>

#include "common.h"

const char *progname = "scap";

/* Standard output, buffered here: one write(2) per 256 KiB. */
static char outbuf[256 * 1024];
static size_t outlen;
static int outerr;

static void
out_flush(void)
{
	size_t off = 0;

	while (off < outlen && !outerr) {
		ssize_t n = write(1, outbuf + off, outlen - off);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			outerr = n < 0 ? errno : EIO;
		else
			off += (size_t)n;
	}
	outlen = 0;
}

void
tool_write(const void *p, size_t n)
{
	if (outlen + n > sizeof(outbuf)) {
		out_flush();
		if (n > sizeof(outbuf)) {
			outlen = 0;
			while (n > 0 && !outerr) {
				size_t k = n < sizeof(outbuf) ? n : sizeof(outbuf);

				memcpy(outbuf, p, k);
				outlen = k;
				out_flush();
				p = (const char *)p + k;
				n -= k;
			}
			return;
		}
	}
	memcpy(outbuf + outlen, p, n);
	outlen += n;
}

void
tool_init(int argc, char **argv)
{
	const char *p;

	(void)argc;
	if (argv[0] != NULL) {
		p = strrchr(argv[0], '/');
		progname = p ? p + 1 : argv[0];
	}
}

/*
 * Damage and progress.  The progress line is shown on a terminal for
 * work that lasts more than two seconds, redrawn at most four times a
 * second, and erased before any message and at the end.
 */
int tool_recover, tool_quiet, tool_progress_on_tty;
size_t tool_bufsize;
volatile sig_atomic_t *tool_stop;
unsigned long long tool_damaged;

static struct {
	int on;			/* decided at the first open */
	int shown;		/* a line is on the terminal */
	double start, last;
	uint64_t total;		/* bytes of all inputs, 0: unknown */
	uint64_t *consumed;	/* per opened input */
	size_t n, cap;
	const char **names;
} prog;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
progress_erase(void)
{
	if (prog.shown) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
		prog.shown = 0;
	}
}

static void
on_progress(void *arg, uint64_t consumed)
{
	size_t i = (size_t)(uintptr_t)arg;
	double t = now();
	uint64_t sum = 0;
	char line[160];

	prog.consumed[i] = consumed;
	if (t - prog.start < 2.0 || t - prog.last < 0.25)
		return;
	prog.last = t;
	for (i = 0; i < prog.n; i++)
		sum += prog.consumed[i];
	if (prog.total >= sum && prog.total > 0)
		snprintf(line, sizeof(line), "%s: %s: %llu of %llu MB (%u%%)",
		    progname, prog.names[(size_t)(uintptr_t)arg],
		    (unsigned long long)(sum >> 20),
		    (unsigned long long)(prog.total >> 20),
		    (unsigned)(sum * 100 / prog.total));
	else
		snprintf(line, sizeof(line), "%s: %s: %llu MB read", progname,
		    prog.names[(size_t)(uintptr_t)arg],
		    (unsigned long long)(sum >> 20));
	fprintf(stderr, "\r%s\033[K", line);
	fflush(stderr);
	prog.shown = 1;
}

static void
on_damage(void *arg, uint64_t off, uint64_t len, const char *why)
{
	tool_damaged++;
	tool_warnx("%s: offset %llu: skipped %llu bytes: %s",
	    prog.names[(size_t)(uintptr_t)arg], (unsigned long long)off,
	    (unsigned long long)len, why);
}

int
tool_option(int ch)
{
	switch (ch) {
	case TOOL_OPT_RECOVER:
		tool_recover = 1;
		return 1;
	case 'q':
		tool_quiet = 1;
		return 1;
	}
	return 0;
}

void
tool_progress_total(int argc, char **argv)
{
	struct stat sb;
	int i;

	prog.total = 0;
	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0 || stat(argv[i], &sb) != 0 ||
		    !S_ISREG(sb.st_mode)) {
			prog.total = 0;
			return;
		}
		prog.total += (uint64_t)sb.st_size;
	}
}

static int
on_interrupt(void *arg)
{
	(void)arg;
	return *tool_stop != 0;
}

struct scap *
tool_open(const char *path, char *errbuf)
{
	struct scap_open_options o;
	struct stat sb;

	if (prog.n == 0) {
		prog.on = !tool_quiet && isatty(2) &&
		    (tool_progress_on_tty || !isatty(1));
		prog.start = now();
	}
	if (prog.n == prog.cap) {
		size_t cap = prog.cap ? prog.cap * 2 : 16;
		uint64_t *c = realloc(prog.consumed, cap * sizeof(*c));
		const char **nm = c ? realloc(prog.names, cap * sizeof(*nm)) :
		    NULL;

		if (c != NULL)
			prog.consumed = c;
		if (c == NULL || nm == NULL)
			tool_errx(1, "out of memory");
		prog.names = nm;
		prog.cap = cap;
	}
	prog.consumed[prog.n] = 0;
	prog.names[prog.n] = strcmp(path, "-") == 0 ? "<stdin>" : path;
	if (prog.total == 0 && prog.n == 0 && strcmp(path, "-") != 0 &&
	    stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
		prog.total = (uint64_t)sb.st_size;
	memset(&o, 0, sizeof(o));
	o.arg = (void *)(uintptr_t)prog.n;
	o.bufsize = tool_bufsize;
	if (tool_recover)
		o.damage = on_damage;
	if (prog.on)
		o.progress = on_progress;
	if (tool_stop != NULL)
		o.interrupted = on_interrupt;
	prog.n++;
	return scap_open_opts(path, &o, errbuf);
}

void
tool_warnx(const char *fmt, ...)
{
	va_list ap;

	progress_erase();
	out_flush();
	fflush(stdout);
	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
tool_errx(int code, const char *fmt, ...)
{
	va_list ap;

	progress_erase();
	out_flush();
	fflush(stdout);
	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(code);
}

unsigned long long
tool_count(const char *opt, const char *s)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (*s == 0 || *end != 0 || errno != 0 || s[0] == '-')
		tool_errx(EXIT_USAGE, "-%s: bad number: %s", opt, s);
	return v;
}

/* Inputs seen, by device and inode: outputs must never be one of them. */
static struct { dev_t dev; ino_t ino; } inputs[256];
static size_t ninputs;

void
tool_note_input(const char *path)
{
	struct stat sb;
	int r = strcmp(path, "-") == 0 ? fstat(0, &sb) : stat(path, &sb);

	if (r == 0 && S_ISREG(sb.st_mode) &&
	    ninputs < sizeof(inputs) / sizeof(inputs[0])) {
		inputs[ninputs].dev = sb.st_dev;
		inputs[ninputs++].ino = sb.st_ino;
	}
}

int
tool_is_input(const char *path)
{
	struct stat sb;
	size_t i;

	if (stat(path, &sb) != 0)
		return 0;
	for (i = 0; i < ninputs; i++)
		if (inputs[i].dev == sb.st_dev && inputs[i].ino == sb.st_ino)
			return 1;
	return 0;
}

void
tool_warnings(struct scap *h, const char *name)
{
	const char *w;

	while ((w = scap_take_warning(h)) != NULL)
		tool_warnx("%s: warning: %s", name, w);
}

int
tool_read_status(struct scap *h, const char *name, int r)
{
	tool_warnings(h, name);
	if (r == SCAP_EOF || r == SCAP_OK || r == SCAP_EINTR)
		return 0;	/* SCAP_EINTR: stopped by tool_stop's signal */
	tool_warnx("%s: %s", name, scap_error(h));
	return 1;
}

int
tool_inputs(int argc, char **argv, tool_fn fn, void *arg)
{
	static char *dash[] = { "-", NULL };
	char errbuf[SCAP_ERRBUF_SIZE];
	int i, status = 0;

	if (argc == 0) {
		argc = 1;
		argv = dash;
	}
	tool_progress_total(argc, argv);
	for (i = 0; i < argc && !(tool_stop != NULL && *tool_stop); i++) {
		const char *name = strcmp(argv[i], "-") == 0 ? "<stdin>" :
		    argv[i];
		struct scap *h;
		int r;

		tool_note_input(argv[i]);
		h = tool_open(argv[i], errbuf);
		if (h == NULL) {
			if (tool_stop != NULL && *tool_stop)
				break;	/* the signal ends the run */
			tool_warnx("%s: %s", name, errbuf);
			status = 1;
			continue;
		}
		r = fn(h, name, arg);
		scap_close(h);
		if (r < 0)
			status = 1;
		if (r > 0)
			break;
	}
	return status;
}

int
tool_exit(int status)
{
	progress_erase();
	out_flush();
	free(prog.consumed);
	free(prog.names);
	prog.consumed = NULL;
	prog.names = NULL;
	prog.n = prog.cap = 0;
	if (tool_damaged > 0 && status == 0)
		status = 1;
	if (outerr) {
		fprintf(stderr, "%s: writing to standard output failed: %s\n",
		    progname, strerror(outerr));
		return 1;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "%s: writing to standard output failed: %s\n",
		    progname, strerror(errno));
		return 1;
	}
	return status;
}

char *
tool_format(const char *arg)
{
	char *f;

	if (strcmp(arg, "p") == 0) {
		printf("%s\n", SCAP_FMT_DEFAULT);
		exit(tool_exit(0));
	}
	if (strcmp(arg, "c") == 0 || strcmp(arg, "container") == 0)
		arg = "*%evt.num %evt.outputtime %evt.cpu %container.name "
		    "(%container.id) %proc.name (%thread.tid:%thread.vtid) "
		    "%evt.dir %evt.type %evt.info";
	else if (strcmp(arg, "k") == 0 || strcmp(arg, "kubernetes") == 0 ||
	    strcmp(arg, "m") == 0 || strcmp(arg, "mesos") == 0)
		tool_errx(2, "-p%s: Kubernetes and Mesos names are not read "
		    "from captures (try -pc)", arg);
	if ((f = tool_unescape(arg)) == NULL)
		tool_errx(1, "out of memory");
	return f;
}

char *
tool_unescape(const char *s)
{
	char *o = malloc(strlen(s) + 1), *p = o;

	if (o == NULL)
		tool_errx(1, "out of memory");
	/* the escapes sysdig translates in -p formats */
	for (; *s; s++) {
		if (s[0] == '\\' && s[1] != 0) {
			switch (s[1]) {
			case 'n': *p++ = '\n'; s++; continue;
			case 't': *p++ = '\t'; s++; continue;
			case 'e': *p++ = '\033'; s++; continue;
			case '\\': *p++ = '\\'; s++; continue;
			}
		}
		*p++ = *s;
	}
	*p = 0;
	return o;
}

void
tool_list_fields(void)
{
	scap_list_fields(stdout);
}

const char *part_path;
unsigned long part_line;

void
part_bad(const char *what)
{
	tool_errx(1, "%s: line %lu: %s", part_path, part_line, what);
}

void
part_esc(FILE *fp, const char *s, size_t n)
{
	size_t i;

	if (n == 0) {
		fputs("\\e", fp);
		return;
	}
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c <= ' ' || c == 0x7f || c == '\\')
			fprintf(fp, "\\x%02x", c);
		else
			putc(c, fp);
	}
}

size_t
part_unesc(char *s)
{
	char *d = s, *p = s;

	if (strcmp(s, "\\e") == 0) {
		*s = 0;
		return 0;
	}
	while (*p) {
		if (*p == '\\') {
			unsigned v;

			if (p[1] != 'x' || !isxdigit((unsigned char)p[2]) ||
			    !isxdigit((unsigned char)p[3]) ||
			    sscanf(p + 2, "%2x", &v) != 1)
				part_bad("bad escape");
			*d++ = (char)v;
			p += 4;
		} else
			*d++ = *p++;
	}
	*d = 0;
	return (size_t)(d - s);
}

FILE *
part_open(const char *path)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");

	part_path = strcmp(path, "-") == 0 ? "<stdin>" : path;
	part_line = 0;
	if (fp == NULL)
		tool_errx(1, "%s: %s", path, strerror(errno));
	return fp;
}

char *
part_getline(FILE *fp, char **line, size_t *cap, int ended)
{
	ssize_t len = getline(line, cap, fp);

	if (len <= 0)
		return NULL;
	part_line++;
	if ((*line)[len - 1] != '\n')
		part_bad("cut short (no end of line)");
	(*line)[len - 1] = 0;
	if (ended)
		part_bad("text after the end");
	return *line;
}

void
part_close(FILE *fp, char *line, int ended)
{
	free(line);
	if (ferror(fp))
		tool_errx(1, "%s: %s", part_path, strerror(errno));
	if (part_line == 0)
		tool_errx(1, "%s: empty, not a partial result", part_path);
	if (!ended)
		tool_errx(1, "%s: cut short: no \"end\" line (was the run "
		    "that wrote it interrupted?)", part_path);
	if (fp != stdin)
		fclose(fp);
}

/* Id maps. */

static size_t
idmap_slot(const struct tool_idmap *m, int64_t id)
{
	uint64_t x = (uint64_t)id * 0x9e3779b97f4a7c15u;
	size_t i = (size_t)(x ^ (x >> 29)) & (m->cap - 1);

	while (m->slot[i].used && m->slot[i].id != id)
		i = (i + 1) & (m->cap - 1);
	return i;
}

int64_t
tool_idmap_get(const struct tool_idmap *m, int64_t id)
{
	size_t i;

	if (m->cap == 0)
		return -1;
	i = idmap_slot(m, id);
	return m->slot[i].used ? (int64_t)m->slot[i].val : -1;
}

int
tool_idmap_put(struct tool_idmap *m, int64_t id, uint32_t val)
{
	size_t i;

	if ((m->n + 1) * 2 > m->cap) {
		struct tool_idmap b = { NULL, m->cap ? m->cap * 2 : 1024, 0 };

		if ((b.slot = calloc(b.cap, sizeof(*b.slot))) == NULL)
			return -1;
		for (i = 0; i < m->cap; i++)
			if (m->slot[i].used)
				b.slot[idmap_slot(&b, m->slot[i].id)] = m->slot[i];
		b.n = m->n;
		free(m->slot);
		*m = b;
	}
	i = idmap_slot(m, id);
	if (!m->slot[i].used) {
		m->slot[i].used = 1;
		m->slot[i].id = id;
		m->n++;
	}
	m->slot[i].val = val;
	return 0;
}

void
tool_idmap_free(struct tool_idmap *m)
{
	free(m->slot);
	memset(m, 0, sizeof(*m));
}
