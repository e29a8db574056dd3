/*
 * replay.c - runs saved inputs through a fuzz target without a fuzzer:
 * "replay-TARGET FILE..." calls LLVMFuzzerTestOneInput() once per file.
 * A crash, an abort or a sanitizer report is the finding; exit status 0
 * means every input ran through.  tests/fuzzreplay.sh builds it with the
 * plain compiler (and ASan/UBSan when they link).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
main(int argc, char **argv)
{
	int i, bad = 0;

	for (i = 1; i < argc; i++) {
		FILE *fp = fopen(argv[i], "rb");
		uint8_t *buf = NULL;
		size_t len = 0, cap = 0, n;

		if (fp == NULL) {
			perror(argv[i]);
			bad = 1;
			continue;
		}
		for (;;) {
			if (len == cap) {
				cap = cap ? cap * 2 : 65536;
				if ((buf = realloc(buf, cap)) == NULL) {
					fprintf(stderr, "out of memory\n");
					return 2;
				}
			}
			if ((n = fread(buf + len, 1, cap - len, fp)) == 0)
				break;
			len += n;
		}
		fclose(fp);
		/* the exact size, so that a read past the input is seen */
		{
			uint8_t *exact = malloc(len ? len : 1);

			if (exact == NULL)
				return 2;
			for (n = 0; n < len; n++)
				exact[n] = buf[n];
			free(buf);
			LLVMFuzzerTestOneInput(exact, len);
			free(exact);
		}
	}
	return bad;
}
