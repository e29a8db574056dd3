/*
 * fuzz_common.h - what the fuzz targets of tests/fuzz share.
 *
 * Each target defines LLVMFuzzerTestOneInput(); the same source is built
 * with clang -fsanitize=fuzzer (libFuzzer), with afl-clang-fast and
 * AFL++'s libFuzzer-compatible driver, and with any C compiler plus
 * replay.c, which runs saved inputs (tests/fuzzreplay.sh).
 *
 * The filter and format targets need events to match and format: they
 * read a fixed capture, $SCAP_FUZZ_CAPTURE or by default
 * tests/data/corpus/curl_google.scap (relative to the working directory,
 * the top of the tree).
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_DEFAULT_CAPTURE "tests/data/corpus/curl_google.scap"

/* The fixed capture, read once; the harness stops when it is missing
 * (a broken set-up, not a finding). */
static const uint8_t *fuzz_cap;
static size_t fuzz_caplen;

static inline void
fuzz_load_capture(void)
{
	const char *path = getenv("SCAP_FUZZ_CAPTURE");
	FILE *fp;
	uint8_t *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (fuzz_cap != NULL)
		return;
	if (path == NULL || *path == '\0')
		path = FUZZ_DEFAULT_CAPTURE;
	if ((fp = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "fuzz: cannot open %s (set SCAP_FUZZ_CAPTURE)\n",
		    path);
		abort();
	}
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 65536;
			if ((buf = realloc(buf, cap)) == NULL)
				abort();
		}
		n = fread(buf + len, 1, cap - len, fp);
		if (n == 0)
			break;
		len += n;
	}
	fclose(fp);
	fuzz_cap = buf;
	fuzz_caplen = len;
}

/* The input as a NUL-terminated string (a NUL inside ends it early). */
static inline char *
fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

#endif /* FUZZ_COMMON_H */
