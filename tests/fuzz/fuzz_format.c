/*
 * fuzz_format.c - the -p format parser: the input is one byte of options
 * (output kind, buffer rendering, time format) then a format string.
 * When the format compiles, the first events of the fixed capture
 * (fuzz_common.h) are formatted with it.
 */
#include "fuzz_common.h"

#define NEVENTS 48

static volatile unsigned fuzz_sink;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int kinds[4] = { 0, SCAP_FMT_JSON, SCAP_FMT_CSV, 0 };
	static const int bufs[4] = { 0, SCAP_FMT_HEX, SCAP_FMT_HEXASCII,
	    SCAP_FMT_ASCII };
	static const enum scap_timefmt times[8] = { SCAP_TIME_HUMAN,
	    SCAP_TIME_ABS, SCAP_TIME_REL, SCAP_TIME_LATENCY, SCAP_TIME_DELTA,
	    SCAP_TIME_HUMAN, SCAP_TIME_HUMAN, SCAP_TIME_HUMAN };
	char err[SCAP_ERRBUF_SIZE];
	struct scap *h;
	struct scap_fmt *f;
	const struct scap_event *ev;
	char *fmt;
	size_t len;
	int i, opt = 0;

	fuzz_load_capture();
	if (size > 0) {
		opt = data[0];
		data++;
		size--;
	}
	if ((h = scap_open_mem(fuzz_cap, fuzz_caplen, err)) == NULL)
		abort();
	fmt = fuzz_string(data, size);
	err[0] = '\0';
	/* bit 7: the default line (NULL format) with these flags */
	f = scap_fmt_new_flags(h, (opt & 0x80) ? NULL : fmt,
	    kinds[opt & 3] | bufs[(opt >> 2) & 3], err);
	free(fmt);
	if (f == NULL) {
		if (err[0] == '\0')
			abort();	/* a refusal always says why */
		scap_close(h);
		return 0;
	}
	scap_fmt_set_time(f, times[(opt >> 4) & 7]);
	(void)scap_fmt_header(f, &len);
	for (i = 0; i < NEVENTS && scap_next(h, &ev) == SCAP_OK; i++) {
		const char *line = scap_fmt_event(f, ev, &len);

		if (line != NULL) {
			size_t k;
			unsigned sum = 0;

			for (k = 0; k < len; k++)	/* every byte is readable */
				sum += (unsigned char)line[k];
			fuzz_sink += sum;
		}
	}
	scap_fmt_free(f);
	scap_close(h);
	return 0;
}
