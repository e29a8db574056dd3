/*
 * fuzz_writer.c - the writer's round trip: the input is a capture (plain
 * or gzip).  Its events are read (with the enters kept), written after a
 * state snapshot with scap_writer_* to a temporary file (gzip when the
 * input's length is odd), and the file is read back: it must read
 * without error and give the same events, field for field and byte for
 * byte (type, time, thread, cpu, every parameter).  The events the
 * writer drops on purpose (enter copies made by an earlier writer, which
 * it makes anew) are left out of the comparison.
 */
#include <unistd.h>

#include "fuzz_common.h"

struct evsum {
	uint64_t ts, hash;
	int64_t tid;
	uint16_t type, cpu;
	unsigned nparams;
};

static char fuzz_dir[64];

static uint64_t
fnv(uint64_t h, const void *p, size_t n)
{
	const uint8_t *b = p;

	while (n-- > 0)
		h = (h ^ *b++) * 0x100000001b3ull;
	return h;
}

static void
summarise(const struct scap_event *ev, struct evsum *s)
{
	unsigned i;

	memset(s, 0, sizeof(*s));
	s->ts = scap_event_ts(ev);
	s->tid = scap_event_tid(ev);
	s->type = scap_event_type(ev);
	s->cpu = scap_event_cpu(ev);
	s->nparams = scap_event_nparams(ev);
	s->hash = 0xcbf29ce484222325ull;
	for (i = 0; i < s->nparams; i++) {
		const char *name;
		const void *val;
		uint32_t len;

		if (scap_event_param(ev, i, &name, &val, &len) < 0) {
			s->hash = fnv(s->hash, "-", 1);
			continue;
		}
		s->hash = fnv(s->hash, &len, sizeof(len));
		s->hash = fnv(s->hash, val, len);
	}
}

static void
differ(const char *what, size_t i)
{
	fprintf(stderr, "fuzz_writer: event %zu: %s differs after the round "
	    "trip\n", i + 1, what);
	abort();
}

static void
wfail(struct scap_writer *w, const char *what)
{
	fprintf(stderr, "fuzz_writer: writing the %s: %s\n", what,
	    scap_writer_error(w));
	abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[SCAP_ERRBUF_SIZE], path[96];
	struct scap *h;
	struct scap_writer *w;
	const struct scap_event *ev;
	struct evsum *sums = NULL, s;
	size_t n = 0, cap = 0, i;
	uint64_t before;
	int r, snap = 0;

	if (fuzz_dir[0] == '\0') {
		const char *t = getenv("TMPDIR");

		snprintf(fuzz_dir, sizeof(fuzz_dir), "%s/scapfuzzXXXXXX",
		    t != NULL && strlen(t) < 40 ? t : "/tmp");
		if (mkdtemp(fuzz_dir) == NULL)
			abort();
	}
	if ((h = scap_open_mem(data, size, err)) == NULL)
		return 0;
	scap_keep_enters(h);
	snprintf(path, sizeof(path), "%s/rt.scap", fuzz_dir);
	if ((w = scap_writer_open(path, (size & 1) ? SCAP_W_GZIP : 0,
	    err)) == NULL) {
		fprintf(stderr, "fuzz_writer: %s\n", err);
		abort();
	}
	for (;;) {
		if ((r = scap_peek(h, &ev)) != SCAP_OK)
			break;
		if (!snap) {
			if (scap_writer_state(w, h) != SCAP_OK)
				wfail(w, "state");
			snap = 1;
		}
		if ((r = scap_next(h, &ev)) != SCAP_OK)
			break;
		before = scap_writer_nevents(w);
		if (scap_write(w, ev) != SCAP_OK)
			wfail(w, "event");
		/* An enter copied by an earlier writer (an EVF block whose
		 * flags have bit 31) is not written again: a writer makes
		 * such copies anew from its state snapshot. */
		if (scap_writer_nevents(w) == before)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			if ((sums = realloc(sums, cap * sizeof(*sums))) == NULL)
				abort();
		}
		summarise(ev, &sums[n++]);
	}
	if (!snap && scap_writer_state(w, h) != SCAP_OK)
		wfail(w, "state");
	if (scap_writer_nevents(w) != n) {
		fprintf(stderr, "fuzz_writer: %zu events written, the writer "
		    "counts %llu\n", n,
		    (unsigned long long)scap_writer_nevents(w));
		abort();
	}
	if (scap_writer_close(w, err) != SCAP_OK) {
		fprintf(stderr, "fuzz_writer: close: %s\n", err);
		abort();
	}
	scap_close(h);

	if ((h = scap_open(path, err)) == NULL) {
		fprintf(stderr, "fuzz_writer: reopen: %s\n", err);
		abort();
	}
	for (i = 0; (r = scap_next(h, &ev)) == SCAP_OK; i++) {
		if (i >= n)
			differ("the count", i);
		summarise(ev, &s);
		if (s.type != sums[i].type)
			differ("the type", i);
		if (s.ts != sums[i].ts)
			differ("the time", i);
		if (s.tid != sums[i].tid)
			differ("the thread", i);
		if (s.cpu != sums[i].cpu)
			differ("the cpu", i);
		if (s.nparams != sums[i].nparams)
			differ("the parameter count", i);
		if (s.hash != sums[i].hash)
			differ("a parameter's bytes", i);
	}
	if (r != SCAP_EOF) {
		fprintf(stderr, "fuzz_writer: the written capture does not "
		    "read back: %s\n", scap_error(h));
		abort();
	}
	if (i != n)
		differ("the count", i);
	scap_close(h);
	unlink(path);
	free(sums);
	return 0;
}
