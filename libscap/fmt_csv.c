/*
 * fmt_csv.c - CSV quoting, through libcsv (the only user of libcsv).
 */
#include <csv.h>
#include <stdlib.h>

#include "scap_private.h"

/*
 * Quote s[0..n) as one CSV field into *buf (grown as needed, *cap its
 * size).  Returns the length written, or 0 on failure.
 */
size_t
scapint_csv_quote(char **buf, size_t *cap, const char *s, size_t n)
{
	size_t need = csv_write(*buf, *cap, s, n);

	if (need > *cap) {
		char *nb = realloc(*buf, need);

		if (nb == NULL)
			return 0;
		*buf = nb;
		*cap = need;
		need = csv_write(*buf, *cap, s, n);
	}
	return need;
}
