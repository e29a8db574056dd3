/*
 * make vmbench's loop: N rounds of write(64 bytes to /dev/null) and
 * read(64 bytes from /dev/zero), timed with CLOCK_MONOTONIC.  Prints
 * "bench: N rounds in S seconds, cpu U user S sys" (the loop's own CPU
 * time, from getrusage: less than S when something else ran on its CPU).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static double
tv(const struct timeval *t)
{
	return t->tv_sec + t->tv_usec / 1e6;
}

int
main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000, i;
	int out = open("/dev/null", O_WRONLY), in = open("/dev/zero", O_RDONLY);
	char buf[64] = "scap-vmbench";
	struct timespec a, b;
	struct rusage ra, rb;

	if (out < 0 || in < 0)
		return 1;
	getrusage(RUSAGE_SELF, &ra);
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (i = 0; i < n; i++)
		if (write(out, buf, sizeof(buf)) != sizeof(buf) ||
		    read(in, buf, sizeof(buf)) != sizeof(buf))
			return 1;
	clock_gettime(CLOCK_MONOTONIC, &b);
	getrusage(RUSAGE_SELF, &rb);
	printf("bench: %ld rounds in %.3f seconds, cpu %.3f user %.3f sys\n", n,
	    (double)(b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9,
	    tv(&rb.ru_utime) - tv(&ra.ru_utime), tv(&rb.ru_stime) - tv(&ra.ru_stime));
	return 0;
}
