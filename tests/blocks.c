/*
 * blocks.c - list the blocks of a plain (not compressed) capture; a test
 * helper for tests/damaged.sh, built there with `cc -O2 -o ... blocks.c'.
 *
 *	blocks FILE
 *
 * Walks the blocks by their length fields only (u32 type, u32
 * total_length, body, u32 total_length, little-endian) and prints one
 * line per block:
 *
 *	OFFSET TYPE LENGTH EV
 *
 * OFFSET is the start of the block (decimal), TYPE its type (hex, 0x...),
 * LENGTH its total length (decimal) and EV 1 for an event block (types
 * 0x204, 0x208, 0x216, 0x217, 0x221, 0x222, 0x8010ABCD), else 0.
 * A last line "OFFSET end" gives the size of the file.  Exits 0 when the
 * file is a clean sequence of whole blocks, 1 if it is not (the offending
 * block is then listed as "OFFSET bad"), 2 on usage or I/O errors.
 */
#include <stdio.h>
#include <stdlib.h>

static unsigned long
ld32(const unsigned char *p)
{
	return (unsigned long)p[0] | (unsigned long)p[1] << 8 |
	    (unsigned long)p[2] << 16 | (unsigned long)p[3] << 24;
}

static int
is_event(unsigned long t)
{
	return t == 0x204 || t == 0x208 || t == 0x216 || t == 0x217 ||
	    t == 0x221 || t == 0x222 || t == 0x8010abcdUL;
}

int
main(int argc, char **argv)
{
	FILE *fp;
	unsigned char *buf = NULL;
	size_t len = 0, cap = 0, n, off = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: blocks FILE\n");
		return 2;
	}
	if ((fp = fopen(argv[1], "rb")) == NULL) {
		perror(argv[1]);
		return 2;
	}
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 1 << 20;
			if ((buf = realloc(buf, cap)) == NULL) {
				fprintf(stderr, "blocks: out of memory\n");
				return 2;
			}
		}
		n = fread(buf + len, 1, cap - len, fp);
		if (n == 0)
			break;
		len += n;
	}
	if (ferror(fp)) {
		perror(argv[1]);
		return 2;
	}
	fclose(fp);
	while (off < len) {
		unsigned long type, total;

		if (len - off < 8) {
			printf("%zu bad\n", off);
			return 1;
		}
		type = ld32(buf + off);
		total = ld32(buf + off + 4);
		if (total < 12 || total % 4 != 0 || total > len - off ||
		    ld32(buf + off + total - 4) != total) {
			printf("%zu bad\n", off);
			return 1;
		}
		printf("%zu 0x%lx %lu %d\n", off, type, total, is_event(type));
		off += total;
	}
	printf("%zu end\n", len);
	return 0;
}
