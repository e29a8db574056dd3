/*
 * fuzz_reader.c - the reader: the input is a whole capture (plain or
 * gzip, scap_open_mem sniffs it).  Every event is read, applied to the
 * state and formatted with the default line; the stats, warnings and
 * state counts are read too.  Each input is read twice: as it is, then
 * with recovery on, where the damaged ranges reported must follow each
 * other without overlapping.
 */
#include "fuzz_common.h"

static uint64_t next_off;

static void
on_damage(void *arg, uint64_t off, uint64_t len, const char *why)
{
	(void)arg;
	if (off < next_off || len == 0 || why == NULL || *why == 0)
		abort();
	next_off = off + len;
}

static void
read_all(const uint8_t *data, size_t size, int recover)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap *h;
	struct scap_fmt *f;
	const struct scap_event *ev;
	struct scap_stats st;
	struct scap_state_counts sc;
	struct scap_machine m;
	size_t len;
	struct scap_open_options o;
	int r;

	memset(&o, 0, sizeof(o));
	next_off = 0;
	if (recover)
		o.damage = on_damage;
	if ((h = scap_open_mem_opts(data, size, &o, err)) == NULL)
		return;
	if ((f = scap_fmt_new(h, NULL, err)) == NULL) {
		fprintf(stderr, "fuzz: default format refused: %s\n", err);
		abort();
	}
	while ((r = scap_next(h, &ev)) == SCAP_OK) {
		const char *line = scap_fmt_event(f, ev, &len);

		if (line != NULL && (len == 0 || line[len - 1] != '\n'))
			abort();	/* a line always ends with its newline */
		(void)scap_take_warning(h);
	}
	if (r != SCAP_EOF && scap_error(h) == NULL)
		abort();		/* an error always has its message */
	scap_get_stats(h, &st);
	if (recover && st.damaged_bytes > st.bytes)
		abort();
	scap_state_counts(h, &sc);
	(void)scap_machine_info(h, &m);
	(void)scap_hostname(h);
	(void)scap_warning(h);
	scap_fmt_free(f);
	scap_close(h);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	read_all(data, size, 0);
	read_all(data, size, 1);
	return 0;
}
