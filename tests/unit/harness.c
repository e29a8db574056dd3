/*
 * harness.c - runs every test of the generated list (tests.list) and
 * prints "ok NAME" or "FAIL NAME: ..." for each.
 */
#include <stdlib.h>

#include "harness.h"

int harness_failed;
const char *harness_test;

#define T(name) void name(void);
#include "tests.list"
#undef T

static const struct {
	const char *name;
	void (*fn)(void);
} tests[] = {
#define T(name) { #name, name },
#include "tests.list"
#undef T
};

unsigned char *
read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *b = NULL;
	size_t cap = 0, n = 0, r;

	if (fp == NULL)
		return NULL;
	do {
		if (n == cap) {
			cap = cap ? cap * 2 : 65536;
			b = realloc(b, cap);
			if (b == NULL)
				abort();
		}
		r = fread(b + n, 1, cap - n, fp);
		n += r;
	} while (r > 0);
	fclose(fp);
	*len = n;
	return b;
}

size_t
block_offsets(const unsigned char *b, size_t len, size_t *off, size_t max)
{
	size_t o = 0, k = 0;

	while (o + 8 <= len && k < max) {
		uint32_t t;

		memcpy(&t, b + o + 4, 4);
		off[k++] = o;
		if (t < 12)
			break;
		o += t;
	}
	return k;
}

int
main(int argc, char **argv)
{
	size_t i;
	int bad = 0;

	for (i = 0; i < sizeof(tests) / sizeof(tests[0]); i++) {
		if (argc > 1 && strcmp(argv[1], tests[i].name) != 0)
			continue;
		harness_test = tests[i].name;
		harness_failed = 0;
		tests[i].fn();
		if (!harness_failed)
			printf("ok %s\n", tests[i].name);
		bad |= harness_failed;
	}
	return bad;
}
