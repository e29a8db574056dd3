/*
 * harness.h - a small unit-test harness.  A test is
 *	DEFINE_TEST(test_name) { ... assertions ... }
 * in a tests/unit/test_*.c file; tests/unit.sh builds the list of tests
 * from those lines, so the list cannot fall out of step with the sources.
 */
#ifndef HARNESS_H
#define HARNESS_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

extern int harness_failed;	/* set by a failing assertion */
extern const char *harness_test;

#define DEFINE_TEST(name)	void name(void); void name(void)

#define FAILF(...) do {							\
	printf("FAIL %s: %s:%d: ", harness_test, __FILE__, __LINE__);	\
	printf(__VA_ARGS__);						\
	printf("\n");							\
	harness_failed = 1;						\
	return;								\
} while (0)

#define ASSERT(c)	do { if (!(c)) FAILF("%s", #c); } while (0)
#define ASSERT_INT(a, b) do {						\
	long long a_ = (long long)(a), b_ = (long long)(b);		\
	if (a_ != b_) FAILF("%s == %lld, want %lld", #a, a_, b_);	\
} while (0)
#define ASSERT_STR(a, b) do {						\
	const char *a_ = (a), *b_ = (b);				\
	if (a_ == NULL || strcmp(a_, b_) != 0)				\
		FAILF("%s == \"%s\", want \"%s\"", #a,			\
		    a_ ? a_ : "(null)", b_);				\
} while (0)
#define ASSERT_CONTAINS(a, b) do {					\
	const char *a_ = (a), *b_ = (b);				\
	if (a_ == NULL || strstr(a_, b_) == NULL)			\
		FAILF("%s == \"%s\" lacks \"%s\"", #a,			\
		    a_ ? a_ : "(null)", b_);				\
} while (0)

/* Test data helpers (harness.c). */
/* Read a whole file; *len gets its size.  NULL on error. */
unsigned char	*read_file(const char *path, size_t *len);
/* Offsets of the blocks of a plain capture (up to max); returns count. */
size_t		 block_offsets(const unsigned char *b, size_t len, size_t *off,
		    size_t max);

#endif
