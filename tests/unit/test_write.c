/*
 * test_write.c - the writer on a descriptor, and the reader's options:
 * recovery from damage, the progress callback and interrupted reads.
 */
#include <sys/time.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "harness.h"
#include "scap.h"

#define CORPUS "tests/data/corpus/"

static uint64_t
count(struct scap *h, int *last)
{
	const struct scap_event *ev;
	uint64_t n = 0;

	while ((*last = scap_next(h, &ev)) == SCAP_OK)
		n++;
	return n;
}

DEFINE_TEST(test_writer_fdopen)
{
	char err[SCAP_ERRBUF_SIZE], path[] = "/tmp/scap-unit-XXXXXX";
	struct scap *h = scap_open(CORPUS "filtered_cat.scap", err), *r;
	struct scap_writer *w;
	const struct scap_event *ev;
	int fd = mkstemp(path), last;

	ASSERT(h != NULL && fd >= 0);
	w = scap_writer_fdopen(fd, 0, err);
	ASSERT(w != NULL);
	ASSERT_INT(scap_writer_state(w, h), SCAP_OK);
	while (scap_next(h, &ev) == SCAP_OK)
		ASSERT_INT(scap_write(w, ev), SCAP_OK);
	ASSERT_INT(scap_writer_close(w, err), SCAP_OK);
	/* the writer owned fd and closed it */
	ASSERT(fcntl(fd, F_GETFD) == -1);
	r = scap_open(path, err);
	ASSERT(r != NULL);
	ASSERT_INT(count(r, &last), 2353);
	ASSERT_INT(last, SCAP_EOF);
	scap_close(r);
	scap_close(h);
	unlink(path);
	/* a bad descriptor is refused, with a message */
	ASSERT(scap_writer_fdopen(-1, 0, err) == NULL && err[0] != 0);
}

static int ndamage;
static uint64_t doff, dlen;

static void
on_damage(void *arg, uint64_t off, uint64_t len, const char *why)
{
	(void)arg;
	ndamage++;
	doff = off;
	dlen = len;
	(void)why;
}

DEFINE_TEST(test_read_recover)
{
	char err[SCAP_ERRBUF_SIZE];
	size_t len;
	unsigned char *b = read_file(CORPUS "filtered_cat.scap", &len);
	struct scap_open_options o;
	struct scap_stats st;
	struct scap *h;
	uint64_t n;
	int last;

	ASSERT(b != NULL && len > 100000);
	memset(b + 100000, 0, 300);	/* a hole */
	memset(&o, 0, sizeof(o));
	/* without recovery: the damage ends the reading */
	h = scap_open_mem(b, len, err);
	ASSERT(h != NULL);
	n = count(h, &last);
	ASSERT(last != SCAP_EOF && n < 2353);
	scap_close(h);
	/* with it: one range around the hole, every other event read */
	o.damage = on_damage;
	h = scap_open_mem_opts(b, len, &o, err);
	ASSERT(h != NULL);
	n = count(h, &last);
	ASSERT_INT(last, SCAP_EOF);
	ASSERT_INT(ndamage, 1);
	ASSERT(doff <= 100000 && doff + dlen >= 100300);
	ASSERT(n > 2353 - 20 && n < 2353);
	scap_get_stats(h, &st);
	ASSERT_INT(st.damaged_ranges, 1);
	ASSERT_INT(st.damaged_bytes, dlen);
	ASSERT_INT(st.bytes, len);
	scap_close(h);
	free(b);
}

static int nprogress;
static uint64_t lastprog;

static void
on_progress(void *arg, uint64_t consumed)
{
	(void)arg;
	nprogress++;
	lastprog = consumed;
}

DEFINE_TEST(test_read_progress)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap_open_options o;
	struct scap *h;
	uint64_t n;
	int last;

	/* the same events as without options */
	h = scap_open(CORPUS "502Error.scap", err);
	ASSERT(h != NULL);
	n = count(h, &last);
	scap_close(h);
	memset(&o, 0, sizeof(o));
	o.progress = on_progress;
	o.bufsize = 64 * 1024;		/* reads of 64 KiB at most */
	h = scap_open_opts(CORPUS "502Error.scap", &o, err);	/* 1.3 MB */
	ASSERT(h != NULL);
	ASSERT_INT(count(h, &last), n);
	ASSERT_INT(last, SCAP_EOF);
	/* about every MiB, the bytes read so far */
	ASSERT(nprogress >= 1 && nprogress <= 3);
	ASSERT(lastprog >= 1 << 20 && lastprog <= 1385388);
	scap_close(h);
}

static volatile sig_atomic_t nalarm;
static int ninterrupted;

static void
on_alarm(int sig)
{
	(void)sig;
	nalarm++;
}

/* The first interruption is retried, the second stops the reading. */
static int
on_interrupted(void *arg)
{
	(void)arg;
	return ++ninterrupted >= 2;
}

DEFINE_TEST(test_read_interrupted)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap_open_options o;
	struct sigaction sa, old;
	struct itimerval it = { { 0, 50000 }, { 0, 50000 } }, off = { 0 };
	unsigned char *b;
	size_t len, offs[4096], n, cut = 0, i;
	struct scap *h;
	uint64_t want;
	int p[2], last;

	/* a prefix of whole blocks that fits in a pipe, and its events */
	b = read_file(CORPUS "filtered_cat.scap", &len);
	ASSERT(b != NULL);
	n = block_offsets(b, len, offs, 4096);
	for (i = 0; i < n && offs[i] <= 60000; i++)
		cut = offs[i];
	ASSERT(cut > 0);
	h = scap_open_mem(b, cut, err);
	ASSERT(h != NULL);
	want = count(h, &last);
	scap_close(h);
	ASSERT(want > 0);

	/* the pipe stays open, silent after the prefix: signals end it */
	ASSERT(pipe(p) == 0);
	ASSERT(write(p[1], b, cut) == (ssize_t)cut);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;	/* no SA_RESTART */
	ASSERT(sigaction(SIGALRM, &sa, &old) == 0);
	memset(&o, 0, sizeof(o));
	o.interrupted = on_interrupted;
	h = scap_fdopen_opts(p[0], "pipe", &o, err);
	ASSERT(h != NULL);
	setitimer(ITIMER_REAL, &it, NULL);
	n = count(h, &last);
	setitimer(ITIMER_REAL, &off, NULL);
	sigaction(SIGALRM, &old, NULL);
	ASSERT_INT(n, want);
	ASSERT_INT(last, SCAP_EINTR);
	ASSERT_INT(ninterrupted, 2);
	ASSERT(nalarm >= 2);
	ASSERT_CONTAINS(scap_error(h), "interrupted");
	ASSERT_INT(scap_next(h, &(const struct scap_event *){ NULL }),
	    SCAP_EINTR);	/* sticky */
	scap_close(h);
	close(p[1]);
	free(b);
}
