/*
 * test_read.c - the reader through the public API: opening, event
 * counts, accessors, and the errors a damaged capture gives.
 */
#include <stdlib.h>

#include "harness.h"
#include "scap.h"

#define CORPUS "tests/data/corpus/"

/* Read every event; returns the last scap_next() code. */
static int
drain(struct scap *h, uint64_t *n, uint64_t *lastnum)
{
	const struct scap_event *ev;
	int r;

	*n = 0;
	while ((r = scap_next(h, &ev)) == SCAP_OK) {
		(*n)++;
		*lastnum = scap_event_num(ev);
	}
	return r;
}

DEFINE_TEST(test_read_corpus_file)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap *h = scap_open(CORPUS "filtered_cat.scap", err);
	uint64_t n, last = 0;

	ASSERT(h != NULL);
	/* 2353 event blocks, all of known types: each one numbered. */
	ASSERT_INT(drain(h, &n, &last), SCAP_EOF);
	ASSERT_INT(n, 2353);
	ASSERT_INT(last, 2353);
	ASSERT_INT(scap_offset(h), 184448);
	ASSERT_INT(scap_nwarnings(h), 0);
	scap_close(h);
}

DEFINE_TEST(test_read_mem_and_gzip)
{
	char err[SCAP_ERRBUF_SIZE];
	size_t len;
	unsigned char *b = read_file(CORPUS "curl_google.scap", &len);
	struct scap *h;
	uint64_t n, last = 0;

	ASSERT(b != NULL);
	ASSERT(b[0] == 0x1f && b[1] == 0x8b);	/* this one is gzip */
	h = scap_open_mem(b, len, err);
	ASSERT(h != NULL);
	ASSERT_INT(drain(h, &n, &last), SCAP_EOF);
	ASSERT(n > 1000);
	scap_close(h);
	free(b);
}

DEFINE_TEST(test_event_accessors)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap *h = scap_open(CORPUS "file_activity.scap", err);
	const struct scap_event *ev;
	const char *name;
	const void *val;
	uint32_t len;

	ASSERT(h != NULL);
	ASSERT_INT(scap_next(h, &ev), SCAP_OK);
	ASSERT_INT(scap_event_num(ev), 1);
	ASSERT_INT(scap_event_type(ev), 152);
	ASSERT_STR(scap_event_name(ev), "switch");
	ASSERT_INT(scap_event_tid(ev), 0);
	ASSERT_INT(scap_event_cpu(ev), 1);
	ASSERT_INT(scap_event_is_exit(ev), 0);
	ASSERT_INT(scap_event_visible(ev), 1);
	ASSERT_INT(scap_event_nparams(ev), 6);
	ASSERT_INT(scap_event_param(ev, 0, &name, &val, &len), 0);
	ASSERT_STR(name, "next");
	ASSERT_INT(len, 8);
	ASSERT_INT(scap_event_param(ev, 6, &name, &val, &len), -1);
	ASSERT_INT(scap_event_ts(ev) / 1000000000, 1795303041);
	scap_close(h);
}

DEFINE_TEST(test_open_errors)
{
	char err[SCAP_ERRBUF_SIZE];
	static const unsigned char text[] = "hello, this is not a capture\n";
	unsigned char shb[28];
	uint32_t v;

	ASSERT(scap_open_mem("", 0, err) == NULL);
	ASSERT_CONTAINS(err, "empty");
	ASSERT(scap_open_mem(text, sizeof(text), err) == NULL);
	ASSERT_CONTAINS(err, "not a capture");
	ASSERT(scap_open("tests/no/such/file", err) == NULL);
	ASSERT_CONTAINS(err, "No such file");
	/* A section header with a byte-order magic we do not know. */
	memset(shb, 0, sizeof(shb));
	v = 0x0A0D0D0A; memcpy(shb, &v, 4);
	v = 28; memcpy(shb + 4, &v, 4); memcpy(shb + 24, &v, 4);
	v = 0x4D3C2B1A; memcpy(shb + 8, &v, 4);
	ASSERT(scap_open_mem(shb, sizeof(shb), err) == NULL);
	ASSERT_CONTAINS(err, "offset 8: bad byte-order magic");
	scap_close(NULL);
}

DEFINE_TEST(test_truncated_event)
{
	char err[SCAP_ERRBUF_SIZE];
	size_t len, off[4096], nb;
	unsigned char *b = read_file(CORPUS "rot_events.scap3", &len);
	struct scap *h;
	uint64_t n, last = 0;
	char want[64];

	ASSERT(b != NULL);
	nb = block_offsets(b, len, off, 4096);
	ASSERT(nb > 100);
	/* Cut 5 bytes into block 100: the events of blocks before it
	 * are delivered, then an error that names the block's offset. */
	h = scap_open_mem(b, off[100] + 5, err);
	ASSERT(h != NULL);
	ASSERT_INT(drain(h, &n, &last), SCAP_ETRUNC);
	ASSERT_INT(n, 100 - 12);	/* 12 metadata blocks come first */
	snprintf(want, sizeof(want), "offset %zu: ", off[100]);
	ASSERT_CONTAINS(scap_error(h), want);
	/* The error sticks. */
	ASSERT_INT(drain(h, &n, &last), SCAP_ETRUNC);
	ASSERT_INT(n, 0);
	scap_close(h);
	free(b);
}

DEFINE_TEST(test_corrupt_length)
{
	char err[SCAP_ERRBUF_SIZE];
	size_t len, off[4096];
	unsigned char *b = read_file(CORPUS "rot_events.scap3", &len);
	struct scap *h;
	uint64_t n, last = 0;
	uint32_t bad = 0x10000008;

	ASSERT(b != NULL);
	ASSERT(block_offsets(b, len, off, 4096) > 500);
	memcpy(b + off[500] + 4, &bad, 4);
	h = scap_open_mem(b, len, err);
	ASSERT(h != NULL);
	ASSERT_INT(drain(h, &n, &last), SCAP_EFORMAT);
	ASSERT_INT(n, 500 - 12);
	scap_close(h);
	free(b);
}

DEFINE_TEST(test_unknown_block_and_event)
{
	char err[SCAP_ERRBUF_SIZE];
	size_t len, off[4096], i;
	unsigned char *b = read_file(CORPUS "rot_events.scap3", &len);
	unsigned char *c;
	struct scap *h;
	uint64_t n, last = 0;
	uint32_t v;
	uint16_t type = 999;

	ASSERT(b != NULL);
	ASSERT(block_offsets(b, len, off, 4096) > 300);
	/* Insert an unknown 16-byte block before block 200, and give
	 * block 300's event an id no table knows. */
	c = malloc(len + 16);
	ASSERT(c != NULL);
	memcpy(c, b, off[200]);
	v = 0x7777; memcpy(c + off[200], &v, 4);
	v = 16; memcpy(c + off[200] + 4, &v, 4);
	memset(c + off[200] + 8, 0, 4); memcpy(c + off[200] + 12, &v, 4);
	memcpy(c + off[200] + 16, b + off[200], len - off[200]);
	i = off[300] + 16;
	memcpy(c + i + 8 + 2 + 20, &type, 2);
	h = scap_open_mem(c, len + 16, err);
	ASSERT(h != NULL);
	ASSERT_INT(drain(h, &n, &last), SCAP_EOF);
	ASSERT_INT(n, 1001 - 1);	/* the unknown event is skipped */
	ASSERT_INT(scap_nwarnings(h), 1);
	ASSERT_CONTAINS(scap_warning(h), "unknown block type 0x7777");
	scap_close(h);
	free(b);
	free(c);
}

DEFINE_TEST(test_format_default_line)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap *h = scap_open(CORPUS "file_activity.scap", err);
	struct scap_fmt *f;
	const struct scap_event *ev;
	const char *line;
	size_t len;

	ASSERT(h != NULL);
	f = scap_fmt_new(h, NULL, err);
	ASSERT(f != NULL);
	ASSERT_INT(scap_next(h, &ev), SCAP_OK);
	line = scap_fmt_event(f, ev, &len);
	ASSERT(line != NULL);
	ASSERT_INT(len, strlen("1 23:17:21.635889180 1 <NA> (0) > switch next=15 "
	    "pgft_maj=0 pgft_min=0 vm_size=0 vm_rss=0 vm_swap=0 \n"));
	scap_fmt_set_time(f, SCAP_TIME_ABS);
	ASSERT_INT(scap_next(h, &ev), SCAP_OK);
	line = scap_fmt_event(f, ev, &len);
	ASSERT(line != NULL && strncmp(line, "2 1795303041.636174380 1 ", 25) == 0);
	scap_fmt_free(f);
	scap_close(h);
}

/* scap_event_internal(): procinfo events are internal, known from the
 * peeked event already; internal events are never visible. */
DEFINE_TEST(test_event_internal)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap *h = scap_open(CORPUS "502Error.scap", err);
	const struct scap_event *ev;
	int procinfo = 0, other = 0, peeked;

	ASSERT(h != NULL);
	while (scap_peek(h, &ev) == SCAP_OK) {
		peeked = scap_event_internal(ev);
		ASSERT_INT(peeked, strcmp(scap_event_name(ev), "procinfo") == 0 ||
		    scap_event_type(ev) == 228 ||	/* container (old) */
		    strcmp(scap_event_name(ev), "drop") == 0);
		ASSERT_INT(scap_next(h, &ev), SCAP_OK);
		ASSERT_INT(scap_event_internal(ev), peeked);
		if (peeked)
			ASSERT_INT(scap_event_visible(ev), 0);
		if (strcmp(scap_event_name(ev), "procinfo") == 0)
			procinfo++;
		else if (!peeked)
			other++;
	}
	ASSERT(procinfo > 0);
	ASSERT(other > 0);
	scap_close(h);
}
