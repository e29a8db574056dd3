/*
 * mkbig.c - make a big capture out of a small one, for tests/big/run.sh.
 *
 *	mkbig [-z] SOURCE SIZE OUT
 *
 * SOURCE is a capture of one section (plain or gzip-compressed), SIZE
 * the wanted size of OUT in bytes, with an optional suffix k, m or g
 * (powers of 1024), or xN for exactly N repetitions.  OUT gets the
 * blocks of SOURCE that come before its first event block (section
 * header, machine info, interface, user, process and fd lists) once,
 * then the event blocks of SOURCE repeated as many times as brings OUT
 * nearest to SIZE (at least once).  The time stamps of repetition r
 * (from 0) are moved by r * (D + 1 s), D the span of SOURCE's time
 * stamps, so that time keeps going forward from one repetition to the
 * next.  Nothing else is changed: thread ids, fds and parameters are
 * those of SOURCE.  With -z, OUT is written gzip-compressed (level 1).
 * OUT is written under OUT.tmp and renamed.
 *
 * The blocks are copied by their framing only (u32 type, u32 total
 * length, body, u32 total length, little-endian; the format reference,
 * sections 3 and 10); libscap is not used, so that the test's input
 * does not depend on the reader it tests.  On success mkbig prints, on
 * standard output,
 *
 *	reps R
 *	events_per_rep E
 *	events N
 *	bytes B
 *	shift_ns S
 *
 * with E the event blocks of SOURCE, N = R * E and B the size of OUT
 * before compression.  Exit status 0 on success, 1 on a SOURCE it
 * cannot use, 2 on usage or I/O errors.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define SHB_TYPE	0x0A0D0D0AUL
#define NS_PER_S	1000000000ULL

struct buf {
	unsigned char	*p;
	size_t		 len, cap;
};

static const char *src_name;

static void
die(int status, const char *fmt, const char *arg)
{
	fprintf(stderr, "mkbig: ");
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	exit(status);
}

static void
buf_add(struct buf *b, const void *p, size_t n)
{
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap : 1 << 16;
		while (cap < b->len + n)
			cap *= 2;
		if ((b->p = realloc(b->p, cap)) == NULL)
			die(2, "%s", "out of memory");
		b->cap = cap;
	}
	memcpy(b->p + b->len, p, n);
	b->len += n;
}

static uint32_t
ld32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 |
	    (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t
ld64(const unsigned char *p)
{
	return (uint64_t)ld32(p) | (uint64_t)ld32(p + 4) << 32;
}

static void
st64(unsigned char *p, uint64_t v)
{
	int i;

	for (i = 0; i < 8; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

/* Offset of the event header in the body of an event block, or 0 for a
 * block that is not an event. */
static size_t
event_offset(uint32_t type)
{
	switch (type) {
	case 0x204: case 0x216: case 0x221: case 0x8010ABCDUL:
		return 2;		/* u16 cpu */
	case 0x208: case 0x217: case 0x222:
		return 6;		/* u16 cpu, u32 flags */
	}
	return 0;
}

static uint64_t
parse_size(const char *s)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		die(2, "bad size: %s", s);
	switch (*end) {
	case 'k': case 'K': v <<= 10; end++; break;
	case 'm': case 'M': v <<= 20; end++; break;
	case 'g': case 'G': v <<= 30; end++; break;
	}
	if (*end != '\0')
		die(2, "bad size: %s", s);
	return v;
}

int
main(int argc, char **argv)
{
	struct buf head = { 0 }, ev = { 0 };
	size_t *tsoff = NULL, nev = 0, capev = 0, i;
	uint64_t *ts0 = NULL, tmin = UINT64_MAX, tmax = 0, shift, target;
	uint64_t reps, r, off = 0;
	unsigned char hdr[8], *block = NULL;
	size_t blockcap = 0;
	const char *out;
	char tmp[4096];
	int gz = 0, by_reps = 0, n;
	gzFile in, zout = NULL;
	FILE *fout = NULL;

	if (argc > 1 && strcmp(argv[1], "-z") == 0) {
		gz = 1;
		argc--, argv++;
	}
	if (argc != 4) {
		fprintf(stderr, "usage: mkbig [-z] SOURCE SIZE OUT\n");
		return 2;
	}
	src_name = argv[1];
	if (argv[2][0] == 'x') {
		by_reps = 1;
		target = parse_size(argv[2] + 1);
	} else
		target = parse_size(argv[2]);
	out = argv[3];

	/* Read SOURCE: the blocks before the first event into head, the
	 * event blocks into ev, with where each time stamp is. */
	if ((in = gzopen(src_name, "rb")) == NULL)
		die(2, "cannot open %s", src_name);
	gzbuffer(in, 1 << 17);
	for (;;) {
		uint32_t type, total, trailer;
		size_t eo;

		n = gzread(in, hdr, sizeof hdr);
		if (n == 0)
			break;
		if (n != (int)sizeof hdr)
			die(1, "%s: truncated block header", src_name);
		type = ld32(hdr);
		total = ld32(hdr + 4);
		if (off == 0 && type != SHB_TYPE)
			die(1, "%s: does not start with a section header",
			    src_name);
		if (total < 12 || total % 4 != 0)
			die(1, "%s: bad block length", src_name);
		if (total > blockcap) {
			blockcap = total;
			if ((block = realloc(block, blockcap)) == NULL)
				die(2, "%s", "out of memory");
		}
		memcpy(block, hdr, 8);
		if (gzread(in, block + 8, total - 8) != (int)(total - 8))
			die(1, "%s: truncated block", src_name);
		trailer = ld32(block + total - 4);
		if (trailer != total)
			die(1, "%s: block trailer differs from its length",
			    src_name);
		if (off == 0 && ld32(block + 8) != 0x1A2B3C4DUL)
			die(1, "%s: not a little-endian capture", src_name);
		eo = event_offset(type);
		if (eo == 0) {
			if (nev > 0)
				die(1, "%s: more than one section "
				    "(a block that is not an event after "
				    "the events)", src_name);
			buf_add(&head, block, total);
		} else {
			uint64_t t;

			if (total < 8 + eo + 8 + 4)
				die(1, "%s: event block too short", src_name);
			if (nev == capev) {
				capev = capev ? 2 * capev : 4096;
				tsoff = realloc(tsoff, capev * sizeof *tsoff);
				ts0 = realloc(ts0, capev * sizeof *ts0);
				if (tsoff == NULL || ts0 == NULL)
					die(2, "%s", "out of memory");
			}
			t = ld64(block + 8 + eo);
			tsoff[nev] = ev.len + 8 + eo;
			ts0[nev] = t;
			nev++;
			if (t < tmin)
				tmin = t;
			if (t > tmax)
				tmax = t;
			buf_add(&ev, block, total);
		}
		off += total;
	}
	if (gzclose(in) != Z_OK)
		die(2, "error reading %s", src_name);
	if (nev == 0)
		die(1, "%s: no event blocks", src_name);
	if (head.len > INT_MAX || ev.len > INT_MAX)
		die(1, "%s: too big to tile", src_name);

	shift = tmax - tmin + NS_PER_S;
	reps = 1;
	if (by_reps)
		reps = target;
	else if (target > head.len)
		reps = (target - head.len + ev.len / 2) / ev.len;
	if (reps == 0)
		reps = 1;

	/* Write OUT. */
	if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", out) >= sizeof tmp)
		die(2, "name too long: %s", out);
	if (gz) {
		if ((zout = gzopen(tmp, "wb1")) == NULL)
			die(2, "cannot create %s", tmp);
		gzbuffer(zout, 1 << 17);
	} else {
		if ((fout = fopen(tmp, "wb")) == NULL)
			die(2, "cannot create %s", tmp);
		setvbuf(fout, NULL, _IOFBF, 1 << 20);
	}
	for (r = 0; r <= reps; r++) {
		const struct buf *b = r == 0 ? &head : &ev;

		if (r > 0)
			for (i = 0; i < nev; i++)
				st64(ev.p + tsoff[i], ts0[i] + (r - 1) * shift);
		if (gz ? gzwrite(zout, b->p, (unsigned)b->len) != (int)b->len
		    : fwrite(b->p, 1, b->len, fout) != b->len)
			die(2, "error writing %s", tmp);
	}
	if (gz ? gzclose(zout) != Z_OK : fclose(fout) != 0)
		die(2, "error writing %s", tmp);
	if (rename(tmp, out) != 0)
		die(2, "cannot rename to %s", out);

	printf("reps %llu\nevents_per_rep %zu\nevents %llu\nbytes %llu\n"
	    "shift_ns %llu\n", (unsigned long long)reps, nev,
	    (unsigned long long)(reps * nev),
	    (unsigned long long)(head.len + reps * ev.len),
	    (unsigned long long)shift);
	free(head.p);
	free(ev.p);
	free(block);
	free(tsoff);
	free(ts0);
	return 0;
}
