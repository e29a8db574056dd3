/*
 * fuzz_filter.c - the filter compiler: the input is a filter expression.
 * When it compiles, it is matched against the first events of the fixed
 * capture (fuzz_common.h), once with scap_filter_match() and once as the
 * reading filter (scap_set_filter()).
 */
#include "fuzz_common.h"

#define NEVENTS 48

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap_filter *flt;
	struct scap *h;
	const struct scap_event *ev;
	char *expr;
	int i, pass;

	fuzz_load_capture();
	expr = fuzz_string(data, size);
	err[0] = '\0';
	flt = scap_filter_compile(expr, err);
	free(expr);
	if (flt == NULL) {
		if (err[0] == '\0')
			abort();	/* a refusal always says why */
		return 0;
	}
	for (pass = 0; pass < 2; pass++) {
		if ((h = scap_open_mem(fuzz_cap, fuzz_caplen, err)) == NULL)
			abort();
		if (pass == 1)
			scap_set_filter(h, flt);
		for (i = 0; i < NEVENTS && scap_next(h, &ev) == SCAP_OK; i++) {
			if (pass == 0) {
				int m = scap_filter_match(flt, h, ev);

				if (m != 0 && m != 1)
					abort();
			} else
				(void)scap_event_filtered(ev);
		}
		scap_close(h);
	}
	scap_filter_free(flt);
	return 0;
}
