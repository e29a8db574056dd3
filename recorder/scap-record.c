/*
 * scap-record - record system calls from the scaprec kernel module into a
 * .scap capture.  See scap-record(8).
 *
 * The capture starts when the device opens; then the machine info and
 * the interface, user, process and fd lists are read from /proc and the
 * system databases and written, then the events as they come, until -n
 * events were written or SIGINT/SIGTERM arrives.  With -f the events go
 * through libscap's reader and filter first (filter_thread()).
 */
#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <grp.h>
#include <ifaddrs.h>
#include <limits.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pthread.h>
#include <pwd.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "scap.h"
#include "evtable.h"
#include "kmod/scaprec.h"
#include "sysnames.h"

#ifndef F_SETPIPE_SZ
#define F_SETPIPE_SZ	1031	/* Linux's, without _GNU_SOURCE */
#endif

#define BT_SHB		0x0A0D0D0Au
#define BT_MI		0x201u
#define BT_FDL_V2	0x218u
#define BT_PL_V9	0x215u
#define BT_IL_V2	0x219u
#define BT_UL_V2	0x220u

static volatile sig_atomic_t stop;
static const char *prog = "scap-record";

static void
on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static void
usage(void)
{
	fprintf(stderr, "usage: %s -w FILE [-n N] [-s SNAPLEN] [-S] [-z] "
	    "[-e N | -C MB | -G S] [-W N]\n"
	    "\t[-f FILTER] [-D DEVICE]\n", prog);
	exit(2);
}

/* A growable byte buffer for block bodies. */
struct buf {
	uint8_t *p;
	size_t len, cap;
};

static void
put(struct buf *b, const void *p, size_t n)
{
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 65536;

		while (cap < b->len + n)
			cap *= 2;
		b->p = realloc(b->p, cap);
		if (b->p == NULL) {
			fprintf(stderr, "%s: out of memory\n", prog);
			exit(1);
		}
		b->cap = cap;
	}
	memcpy(b->p + b->len, p, n);
	b->len += n;
}

static void put8(struct buf *b, uint8_t v) { put(b, &v, 1); }
static void put16(struct buf *b, uint16_t v) { put(b, &v, 2); }
static void put32(struct buf *b, uint32_t v) { put(b, &v, 4); }
static void put64(struct buf *b, uint64_t v) { put(b, &v, 8); }

static void
putstr(struct buf *b, const char *s, size_t n, size_t max)
{
	if (n > max)
		n = max;
	put16(b, (uint16_t)n);
	put(b, s, n);
}

/* Patch the u32 entry length written at 'at' (mode: with itself or not). */
static void
patch(struct buf *b, size_t at, int self)
{
	uint32_t l = (uint32_t)(b->len - at - (self ? 0 : 4));

	memcpy(b->p + at, &l, 4);
}

/* Read a whole small file; returns bytes read or -1. */
static ssize_t
slurp(const char *path, char *out, size_t cap)
{
	int fd = open(path, O_RDONLY);
	ssize_t n, t = 0;

	if (fd < 0)
		return -1;
	while ((size_t)t < cap - 1 && (n = read(fd, out + t, cap - 1 - t)) > 0)
		t += n;
	close(fd);
	out[t] = 0;
	return t;
}

static int
wblock(struct scap_writer *w, uint32_t type, struct buf *b)
{
	int rc = scap_writer_block(w, type, b->p, b->len);

	b->len = 0;
	return rc;
}

static void
write_mi(struct scap_writer *w, struct buf *b)
{
	uint8_t mi[180] = { 0 };
	uint32_t ncpu = (uint32_t)sysconf(_SC_NPROCESSORS_ONLN);
	uint64_t mem = (uint64_t)sysconf(_SC_PHYS_PAGES) *
	    (uint64_t)sysconf(_SC_PAGESIZE);
	uint64_t maxpid = 32768;
	char s[256];

	if (slurp("/proc/sys/kernel/pid_max", s, sizeof(s)) > 0)
		maxpid = strtoull(s, NULL, 10);
	memcpy(mi, &ncpu, 4);
	memcpy(mi + 4, &mem, 8);
	memcpy(mi + 12, &maxpid, 8);
	gethostname((char *)mi + 20, 127);
	put(b, mi, sizeof(mi));
	wblock(w, BT_MI, b);
}

static void
write_il(struct scap_writer *w, struct buf *b)
{
	struct ifaddrs *ifa, *i;
	int pass;

	if (getifaddrs(&ifa) != 0)
		return;
	for (pass = 0; pass < 2; pass++)
		for (i = ifa; i != NULL; i = i->ifa_next) {
			size_t at, nl;

			if (i->ifa_addr == NULL)
				continue;
			nl = strlen(i->ifa_name);
			if (pass == 0 && i->ifa_addr->sa_family == AF_INET) {
				struct sockaddr_in *a = (void *)i->ifa_addr;
				struct sockaddr_in *m = (void *)i->ifa_netmask;
				struct sockaddr_in *d = (void *)i->ifa_broadaddr;

				at = b->len;
				put32(b, 0);
				put16(b, 1);
				put16(b, (uint16_t)nl);
				put(b, &a->sin_addr, 4);
				put32(b, m ? m->sin_addr.s_addr : 0);
				put32(b, d ? d->sin_addr.s_addr : 0);
				put64(b, 0);
				put(b, i->ifa_name, nl);
				patch(b, at, 0);
			} else if (pass == 1 &&
			    i->ifa_addr->sa_family == AF_INET6) {
				struct sockaddr_in6 *a = (void *)i->ifa_addr;
				struct sockaddr_in6 *m = (void *)i->ifa_netmask;
				uint8_t z[16] = { 0 };

				at = b->len;
				put32(b, 0);
				put16(b, 2);
				put16(b, (uint16_t)nl);
				put(b, &a->sin6_addr, 16);
				put(b, m ? (void *)&m->sin6_addr : (void *)z, 16);
				put(b, z, 16);
				put64(b, 0);
				put(b, i->ifa_name, nl);
				patch(b, at, 0);
			}
		}
	freeifaddrs(ifa);
	if (b->len)
		wblock(w, BT_IL_V2, b);
}

static void
write_ul(struct scap_writer *w, struct buf *b)
{
	struct passwd *pw;
	struct group *gr;

	setpwent();
	while ((pw = getpwent()) != NULL) {
		size_t at = b->len;

		put32(b, 0);
		put8(b, 0);
		put32(b, pw->pw_uid);
		put32(b, pw->pw_gid);
		putstr(b, pw->pw_name, strlen(pw->pw_name), 255);
		putstr(b, pw->pw_dir, strlen(pw->pw_dir), 255);
		putstr(b, pw->pw_shell, strlen(pw->pw_shell), 255);
		patch(b, at, 1);
	}
	endpwent();
	setgrent();
	while ((gr = getgrent()) != NULL) {
		size_t at = b->len;

		put32(b, 0);
		put8(b, 1);
		put32(b, gr->gr_gid);
		putstr(b, gr->gr_name, strlen(gr->gr_name), 255);
		patch(b, at, 1);
	}
	endgrent();
	if (b->len)
		wblock(w, BT_UL_V2, b);
}

/* ---- processes ---- */

struct proc {
	int64_t tid, pid, ptid;
};

static char big[65536];

/* "Name:\tvalue" from a status file. */
static const char *
status_field(const char *st, const char *name)
{
	size_t n = strlen(name);
	const char *p = st;

	while ((p = strstr(p, name)) != NULL) {
		if ((p == st || p[-1] == '\n') && p[n] == ':')
			return p + n + 1;
		p += n;
	}
	return NULL;
}

static void
write_thread(struct buf *b, int64_t pid, int64_t tid)
{
	char path[64], st[8192], comm[64] = "", exe[PATH_MAX] = "",
	    cwd[PATH_MAX] = "", *e;
	ssize_t n, an, en;
	const char *f;
	int64_t ptid = 0, sid = 0, pgid = 0;
	uint32_t uid = 0, gid = 0, vsz = 0, rss = 0, swp = 0,
	    loginuid = 0xffffffffu;
	uint64_t majflt = 0, minflt = 0, fdlimit = 1024;
	size_t at = b->len, a0;

	snprintf(path, sizeof(path), "/proc/%lld/task/%lld/status",
	    (long long)pid, (long long)tid);
	if (slurp(path, st, sizeof(st)) <= 0)
		return;
	if ((f = status_field(st, "Name")) != NULL) {
		sscanf(f, " %63[^\n]", comm);
	}
	if ((f = status_field(st, "PPid")) != NULL)
		ptid = strtoll(f, NULL, 10);
	if ((f = status_field(st, "Uid")) != NULL)
		sscanf(f, "%*u %u", &uid);
	if ((f = status_field(st, "Gid")) != NULL)
		sscanf(f, "%*u %u", &gid);
	if ((f = status_field(st, "VmSize")) != NULL)
		vsz = (uint32_t)strtoul(f, NULL, 10);
	if ((f = status_field(st, "VmRSS")) != NULL)
		rss = (uint32_t)strtoul(f, NULL, 10);
	if ((f = status_field(st, "VmSwap")) != NULL)
		swp = (uint32_t)strtoul(f, NULL, 10);
	snprintf(path, sizeof(path), "/proc/%lld/task/%lld/stat",
	    (long long)pid, (long long)tid);
	if (slurp(path, st, sizeof(st)) > 0 &&
	    (e = strrchr(st, ')')) != NULL) {
		unsigned long long mn = 0, mj = 0;
		long long pg = 0, se = 0;

		/* state ppid pgrp session tty tpgid flags minflt cminflt
		 * majflt */
		if (sscanf(e + 2, "%*c %*d %lld %lld %*d %*d %*u %llu %*u "
		    "%llu", &pg, &se, &mn, &mj) == 4) {
			pgid = pg;
			sid = se;
			minflt = mn;
			majflt = mj;
		}
	}
	snprintf(path, sizeof(path), "/proc/%lld/loginuid", (long long)pid);
	if (slurp(path, st, sizeof(st)) > 0)
		loginuid = (uint32_t)strtoul(st, NULL, 10);
	snprintf(path, sizeof(path), "/proc/%lld/limits", (long long)pid);
	if (slurp(path, st, sizeof(st)) > 0 &&
	    (f = strstr(st, "Max open files")) != NULL)
		fdlimit = strtoull(f + 14, NULL, 10);
	snprintf(path, sizeof(path), "/proc/%lld/exe", (long long)pid);
	if ((n = readlink(path, exe, sizeof(exe) - 1)) < 0)
		n = 0;
	exe[n] = 0;
	snprintf(path, sizeof(path), "/proc/%lld/cwd", (long long)pid);
	if ((n = readlink(path, cwd, sizeof(cwd) - 1)) < 0)
		n = 0;
	cwd[n] = 0;
	snprintf(path, sizeof(path), "/proc/%lld/cmdline", (long long)pid);
	an = slurp(path, big, sizeof(big));
	if (an < 0)
		an = 0;

	put32(b, 0);
	put64(b, (uint64_t)tid);
	put64(b, (uint64_t)pid);
	put64(b, (uint64_t)(tid == pid ? ptid : pid));
	put64(b, (uint64_t)sid);
	put64(b, (uint64_t)pgid);
	putstr(b, comm, strlen(comm), 1024);
	a0 = strnlen(big, (size_t)an);
	if (an == 0)	/* kernel threads: exe is the comm */
		putstr(b, comm, strlen(comm), 1024);
	else
		putstr(b, big, a0, 1024);
	putstr(b, exe, strlen(exe), 1024);
	if ((size_t)an > a0 + 1)
		putstr(b, big + a0 + 1, (size_t)an - a0 - 1, 4096);
	else
		putstr(b, "", 0, 0);
	putstr(b, cwd, strlen(cwd), 1024);
	put64(b, fdlimit);
	put32(b, tid == pid ? 0 : 0x10000 /* PPM_CL_CLONE_THREAD */);
	put32(b, uid);
	put32(b, gid);
	put32(b, vsz);
	put32(b, rss);
	put32(b, swp);
	put64(b, majflt);
	put64(b, minflt);
	snprintf(path, sizeof(path), "/proc/%lld/environ", (long long)pid);
	en = slurp(path, big, sizeof(big));
	putstr(b, big, en > 0 ? (size_t)en : 0, 4096);
	put64(b, (uint64_t)tid);	/* vtid */
	put64(b, (uint64_t)pid);	/* vpid */
	putstr(b, "", 0, 0);		/* cgroups */
	putstr(b, "/", 1, 1);		/* root */
	put32(b, loginuid);
	put8(b, 0);			/* exe_writable */
	patch(b, at, 1);
}

static int
isnum(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* The pids in /proc, sorted. */
static int
cmp64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

static int64_t *
list_dir_ids(const char *dir, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int64_t *v = NULL;
	size_t cap = 0;

	*n = 0;
	if (d == NULL)
		return NULL;
	while ((de = readdir(d)) != NULL) {
		if (!isnum(de->d_name))
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 256;
			v = realloc(v, cap * sizeof(*v));
			if (v == NULL)
				exit(1);
		}
		v[(*n)++] = strtoll(de->d_name, NULL, 10);
	}
	closedir(d);
	if (*n)
		qsort(v, *n, sizeof(*v), cmp64);
	return v;
}

/* IPv4 TCP/UDP sockets by inode, from /proc/net. */
struct sk {
	uint64_t ino;
	uint32_t lip, rip;
	uint16_t lport, rport;
	uint8_t proto;	/* 2 tcp, 3 udp */
	uint8_t listen;
};
static struct sk *sks;
static size_t nsks, capsks;

static void
load_net(const char *path, uint8_t proto)
{
	FILE *fp = fopen(path, "r");
	char line[512];

	if (fp == NULL)
		return;
	if (fgets(line, sizeof(line), fp) == NULL) {
		fclose(fp);
		return;
	}
	while (fgets(line, sizeof(line), fp) != NULL) {
		unsigned lip, rip, lp, rp, st;
		unsigned long long ino;

		if (sscanf(line, " %*d: %x:%x %x:%x %x %*x:%*x %*x:%*x %*x "
		    "%*u %*d %llu", &lip, &lp, &rip, &rp, &st, &ino) != 6)
			continue;
		if (nsks == capsks) {
			capsks = capsks ? capsks * 2 : 64;
			sks = realloc(sks, capsks * sizeof(*sks));
			if (sks == NULL)
				exit(1);
		}
		sks[nsks].ino = ino;
		sks[nsks].lip = lip;	/* already network order in memory */
		sks[nsks].rip = rip;
		sks[nsks].lport = (uint16_t)lp;
		sks[nsks].rport = (uint16_t)rp;
		sks[nsks].proto = proto;
		sks[nsks].listen = proto == 2 ? st == 10 : rip == 0;
		nsks++;
	}
	fclose(fp);
}

static uint32_t
ppm_open_flags(unsigned long f)
{
	uint32_t v = 0;

	switch (f & O_ACCMODE) {
	case O_RDONLY: v |= 1; break;
	case O_WRONLY: v |= 2; break;
	case O_RDWR: v |= 3; break;
	}
	if (f & O_CREAT) v |= 4;
	if (f & O_APPEND) v |= 8;
	if (f & O_EXCL) v |= 32;
	if (f & O_NONBLOCK) v |= 64;
	if (f & O_TRUNC) v |= 256;
	if (f & O_DIRECTORY) v |= 1024;
	if (f & 0100000) v |= 2048;	/* O_LARGEFILE on x86_64 */
	if (f & O_CLOEXEC) v |= 0x1000;
	return v;
}

static void
write_fds(struct scap_writer *w, struct buf *b, int64_t pid)
{
	char dir[64], path[128], tgt[PATH_MAX], info[1024];
	size_t n, i;
	int64_t *fds;

	snprintf(dir, sizeof(dir), "/proc/%lld/fd", (long long)pid);
	fds = list_dir_ids(dir, &n);
	put64(b, (uint64_t)pid);
	for (i = 0; i < n; i++) {
		ssize_t l;
		struct stat st;
		size_t at = b->len;
		unsigned long flags = 0;
		const char *fl;

		snprintf(path, sizeof(path), "%s/%lld", dir, (long long)fds[i]);
		if ((l = readlink(path, tgt, sizeof(tgt) - 1)) < 0)
			continue;
		tgt[l] = 0;
		if (stat(path, &st) != 0)
			memset(&st, 0, sizeof(st));
		snprintf(path, sizeof(path), "/proc/%lld/fdinfo/%lld",
		    (long long)pid, (long long)fds[i]);
		if (slurp(path, info, sizeof(info)) > 0 &&
		    (fl = strstr(info, "flags:")) != NULL)
			flags = strtoul(fl + 6, NULL, 8);
		put32(b, 0);
		put64(b, (uint64_t)fds[i]);
		put64(b, (uint64_t)st.st_ino);
		if (strncmp(tgt, "socket:[", 8) == 0) {
			uint64_t ino = strtoull(tgt + 8, NULL, 10);
			size_t k;

			for (k = 0; k < nsks; k++)
				if (sks[k].ino == ino)
					break;
			if (k < nsks && sks[k].listen) {
				put8(b, 5);
				put32(b, sks[k].lip);
				put16(b, sks[k].lport);
				put8(b, sks[k].proto);
			} else if (k < nsks) {
				put8(b, 3);
				put32(b, sks[k].lip);
				put32(b, sks[k].rip);
				put16(b, sks[k].lport);
				put16(b, sks[k].rport);
				put8(b, sks[k].proto);
			} else {
				put8(b, 10);	/* unsupported */
				putstr(b, tgt, (size_t)l, 1023);
			}
		} else if (strncmp(tgt, "pipe:", 5) == 0) {
			put8(b, 7);
			putstr(b, tgt, (size_t)l, 1023);
		} else if (strncmp(tgt, "anon_inode:", 11) == 0) {
			uint8_t t = 10;

			if (strstr(tgt, "eventfd"))
				t = 9;
			else if (strstr(tgt, "eventpoll"))
				t = 12;
			else if (strstr(tgt, "inotify"))
				t = 13;
			else if (strstr(tgt, "signalfd"))
				t = 11;
			else if (strstr(tgt, "timerfd"))
				t = 14;
			put8(b, t);
			putstr(b, tgt, (size_t)l, 1023);
		} else if (tgt[0] == '/') {
			if (S_ISDIR(st.st_mode)) {
				put8(b, 2);
				putstr(b, tgt, (size_t)l, 1023);
			} else {
				put8(b, 16);
				put32(b, ppm_open_flags(flags));
				putstr(b, tgt, (size_t)l, 1023);
			}
		} else {
			put8(b, 10);
			putstr(b, tgt, (size_t)l, 1023);
		}
		patch(b, at, 1);
	}
	free(fds);
	wblock(w, BT_FDL_V2, b);
}

static void
write_procs(struct scap_writer *w, struct buf *b)
{
	size_t np, i, nt, j;
	int64_t *pids = list_dir_ids("/proc", &np);
	char dir[64];

	for (i = 0; i < np; i++) {
		int64_t *tids;

		snprintf(dir, sizeof(dir), "/proc/%lld/task",
		    (long long)pids[i]);
		tids = list_dir_ids(dir, &nt);
		for (j = 0; j < nt; j++)
			write_thread(b, pids[i], tids[j]);
		free(tids);
	}
	wblock(w, BT_PL_V9, b);
	load_net("/proc/net/tcp", 2);
	load_net("/proc/net/udp", 3);
	for (i = 0; i < np; i++)
		write_fds(w, b, pids[i]);
	free(pids);
}

/* A new file: section header, machine info, interface, user, process
 * and fd lists as they stand now, so that the file reads alone. */
static int
write_header(struct scap_writer *w)
{
	struct buf b = { 0 };
	uint8_t shb[16];
	uint32_t magic = 0x1A2B3C4Du;
	uint16_t maj = 1, min = 2;
	uint64_t sl = UINT64_MAX;

	memcpy(shb, &magic, 4);
	memcpy(shb + 4, &maj, 2);
	memcpy(shb + 6, &min, 2);
	memcpy(shb + 8, &sl, 8);
	scap_writer_block(w, BT_SHB, shb, sizeof(shb));
	write_mi(w, &b);
	write_il(w, &b);
	write_ul(w, &b);
	nsks = 0;
	write_procs(w, &b);
	free(b.p);
	return scap_writer_flush(w);
}

/* ---- events ---- */

/* PPM_SC code of each native x86_64 syscall number, by name.  Only the
 * codes of the 2022 table (0..328): sysdig 0.29.3 indexes its table with
 * the code unchecked, so a newer code would crash it; those syscalls
 * keep code 0 (unknown) and their native number. */
#define SC_2022_MAX	329
static uint16_t sc_code[1024];

static void
init_sc_codes(void)
{
	unsigned i, k;

	for (i = 0; i < sizeof(native_names) / sizeof(native_names[0]); i++)
		if (native_names[i].nr < 1024)
			for (k = 1; k < SC_2022_MAX; k++) {
				const char *n = scapint_syscall_name(k);

				if (n != NULL &&
				    strcmp(n, native_names[i].name) == 0) {
					sc_code[native_names[i].nr] = (uint16_t)k;
					break;
				}
			}
}

/*
 * One read() brings each CPU's records as one run, in the order they
 * were made: a record is its size (u32, a multiple of 8), the cpu (u16),
 * 2 bytes of padding and the event (V2 header first).  A run: its next
 * record, the end of its records, and the next record's time.
 */
struct run {
	uint8_t *next, *end;
	uint64_t ts;
};

static uint64_t
rec_ts(const uint8_t *p)
{
	uint64_t ts;

	memcpy(&ts, p + 8, 8);
	return ts;
}

/*
 * The runs of the n bytes one read() brought, every record checked;
 * *bad is the offset of the first malformed record (the runs end
 * before it), or n.  Returns the number of runs; exits when out of
 * memory.
 */
static size_t
split_runs(uint8_t *buf, size_t n, struct run **runs, size_t *cap,
    size_t *bad)
{
	size_t off = 0, nruns = 0;
	uint16_t cur = 0;

	*bad = n;
	while (off + 8 + 26 <= n) {
		uint32_t size, evlen;
		uint16_t cpu;

		memcpy(&size, buf + off, 4);
		memcpy(&evlen, buf + off + 8 + 16, 4);
		if (size < 8 + evlen || size % 8 || size > n - off) {
			*bad = off;
			break;
		}
		memcpy(&cpu, buf + off + 4, 2);
		if (nruns == 0 || cpu != cur) {
			if (nruns == *cap) {
				*cap = *cap ? *cap * 2 : 64;
				*runs = realloc(*runs, *cap * sizeof(**runs));
				if (*runs == NULL) {
					fprintf(stderr, "%s: out of memory\n",
					    prog);
					exit(1);
				}
			}
			(*runs)[nruns].next = buf + off;
			(*runs)[nruns].ts = rec_ts(buf + off);
			nruns++;
			cur = cpu;
		}
		off += size;
		(*runs)[nruns - 1].end = buf + off;
	}
	return nruns;
}

/*
 * The merge by time: the run whose next record is the earliest (on a
 * tie, the run that came first), every run holding records; *lim is the
 * latest time up to which its records still go before any other run's
 * next one.
 */
static size_t
merge_pick(const struct run *runs, size_t nruns, uint64_t *lim)
{
	size_t k, best = 0;

	*lim = UINT64_MAX;
	for (k = 1; k < nruns; k++)
		if (runs[k].ts < runs[best].ts) {
			/* best, before k, wins a tie with it; its time is
			 * later than k's: no wrap */
			if (runs[best].ts - 1 < *lim)
				*lim = runs[best].ts - 1;
			best = k;
		} else if (runs[k].ts < *lim)
			*lim = runs[k].ts;
	return best;
}

/*
 * The wait before the next read(), from what the last one brought: none
 * after a quarter of the read buffer or more (the buffers are filling);
 * 1 ms after 64 KiB or more; else twice the last wait, up to 16 ms, so
 * that a quiet machine costs a few wakeups a second and a busy one has
 * its buffers (8 MiB per CPU by default) emptied long before they fill.
 * A signal cuts the wait short.
 */
static void
nap(size_t got, size_t rsize, long *ms)
{
	struct timespec ts;

	if (got >= rsize / 4) {
		*ms = 1;
		return;
	}
	if (got >= 65536)
		*ms = 1;
	ts.tv_sec = 0;
	ts.tv_nsec = *ms * 1000000;
	nanosleep(&ts, NULL);
	if (got < 65536 && *ms < 16)
		*ms *= 2;
}

static uint64_t
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec;
}

/* ---- the file, or the series of files (-e, -C, -G, -W), written ---- */

struct series {
	const char *out;		/* -w */
	int flags;			/* SCAP_W_GZIP */
	int rotate;			/* any of -e -C -G */
	uint64_t per_events, per_bytes, per_secs;
	unsigned ring;			/* -W */
	unsigned fileno;		/* of the file being written */
	struct scap_writer *w;
	uint64_t file_ev, file_t0;	/* its events, its start */
	char path[PATH_MAX];
};

static int
series_open(struct series *s)
{
	char err[SCAP_ERRBUF_SIZE];

	if (s->rotate)
		snprintf(s->path, sizeof(s->path), "%s%u", s->out,
		    s->ring ? s->fileno % s->ring : s->fileno);
	else
		snprintf(s->path, sizeof(s->path), "%s", s->out);
	s->w = scap_writer_open(s->path, s->flags, err);
	if (s->w == NULL) {
		fprintf(stderr, "%s: %s\n", prog, err);
		return -1;
	}
	s->file_ev = 0;
	s->file_t0 = now_s();
	return 0;
}

/* Whether the next event starts a new file (never before the current
 * one holds an event). */
static int
series_due(const struct series *s)
{
	return s->rotate && s->file_ev > 0 &&
	    ((s->per_events && s->file_ev >= s->per_events) ||
	    (s->per_bytes && scap_writer_size(s->w) >= s->per_bytes) ||
	    (s->per_secs && now_s() - s->file_t0 >= s->per_secs));
}

/* Finish the file being written (renamed into place). */
static int
series_close(struct series *s)
{
	char err[SCAP_ERRBUF_SIZE];
	int r;

	if (s->w == NULL)
		return 0;
	r = scap_writer_close(s->w, err);
	s->w = NULL;
	if (r != SCAP_OK) {
		fprintf(stderr, "%s: %s\n", prog, err);
		return -1;
	}
	return 0;
}

/* Finish the file being written and open the next one of the series;
 * the caller then starts it with the state. */
static int
series_next(struct series *s)
{
	if (series_close(s) < 0)
		return -1;
	s->fileno++;
	return series_open(s);
}

/*
 * Write the records of one read(), the runs merged by time, until all
 * are written or *left (events still wanted; -1: no limit) reaches 0.
 * Returns 0, 1 on a write error, 2 when the next file of a series
 * does not open.
 */
static int
write_runs(struct series *rec, struct run *runs, size_t nruns,
    uint64_t *nev, long long *left)
{
	uint64_t lim;
	size_t b;

	while (*left != 0 && nruns > 0) {
		struct run *r = &runs[b = merge_pick(runs, nruns, &lim)];

		/* the records of run b that go before any other's */
		do {
			uint8_t *p = r->next, *ev = p + 8;
			uint32_t size, evlen, np;
			uint16_t cpu, type;

			memcpy(&size, p, 4);
			memcpy(&cpu, p + 4, 2);
			memcpy(&evlen, ev + 16, 4);
			memcpy(&type, ev + 20, 2);
			if (type <= 1) {
				memcpy(&np, ev + 22, 4);
				if (np >= 2) {
					/* generic: the PPM_SC code from
					 * nativeID */
					uint8_t *data = ev + 26 + 2 * np;
					uint16_t nat;

					memcpy(&nat, data + 2, 2);
					if (nat < 1024)
						memcpy(data, &sc_code[nat], 2);
				}
			}
			if (rec->rotate && series_due(rec)) {
				/* the next file of the series, with the
				 * lists of /proc as they stand */
				if (series_next(rec) < 0)
					return 2;
				if (write_header(rec->w) != SCAP_OK)
					return 1;
			}
			if (scap_write_raw(rec->w, cpu, ev, evlen) != SCAP_OK)
				return 1;
			r->next = p + size;
			++*nev;
			rec->file_ev++;
			if (*left > 0)
				--*left;
		} while (r->next < r->end && *left != 0 &&
		    rec_ts(r->next) <= lim);
		if (r->next < r->end)
			r->ts = rec_ts(r->next);
		else {
			/* run b is done: the others keep their order */
			memmove(r, r + 1, (nruns - b - 1) * sizeof(*r));
			nruns--;
		}
	}
	return 0;
}

/* ---- -f: the filter thread ----
 *
 * Filtering needs a reader's state (a process's name, the file behind
 * an fd), so with -f the recording goes as it is, header and all, into
 * a pipe; a second thread reads it back with libscap's reader, the
 * filter applied while reading, and writes the file as scap-split -f
 * does: the events that match, and of those that do not, the ones that
 * change the state (and the enter events) as hidden state-only events,
 * so that the file reads alone with the right names.  Each file of a
 * series starts with the reader's state as it stands.
 */
struct filt {
	struct scap_filter *filter;
	int rfd;			/* the pipe's read end */
	struct series *s;		/* opened by main, written here */
	long long maxev;		/* -n: matching events */
	uint64_t nev, nstate;		/* matching, state-only written */
	int rc;
};

/* Set by the filter thread when it needs no more events. */
static atomic_int filter_done;

static void *
filter_thread(void *arg)
{
	struct filt *f = arg;
	struct series *s = f->s;
	char err[SCAP_ERRBUF_SIZE];
	const struct scap_event *ev;
	struct scap *h;
	int r = SCAP_EOF, started = 0;
	static uint8_t sink[65536];

	h = scap_fdopen(f->rfd, "<recording>", err);
	if (h == NULL) {
		fprintf(stderr, "%s: -f: %s\n", prog, err);
		f->rc = 1;
		goto drain;
	}
	scap_keep_enters(h);
	scap_set_filter(h, f->filter);
	for (;;) {
		r = scap_peek(h, &ev);
		if (!started && (r == SCAP_OK || r == SCAP_EOF)) {
			/* the header is read: the file starts with the
			 * state it gave (and the machine info) */
			started = 1;
			if (scap_writer_state(s->w, h) != SCAP_OK)
				break;
		}
		if (r != SCAP_OK ||
		    (f->maxev >= 0 && f->nev >= (uint64_t)f->maxev))
			break;
		if (series_due(s)) {
			if (series_next(s) < 0) {
				f->rc = 1;
				break;
			}
			if (scap_writer_state(s->w, h) != SCAP_OK)
				break;
		}
		(void)scap_next(h, &ev);
		if (scap_event_filtered(ev)) {
			/* scap-split -f's rule: only the state is kept */
			if (scap_event_modifies_state(ev) ||
			    !scap_event_is_exit(ev)) {
				if (scap_write_state_only(s->w, ev) != SCAP_OK)
					break;
				f->nstate++;
			}
			continue;
		}
		if (scap_write(s->w, ev) != SCAP_OK)
			break;
		f->nev++;
		s->file_ev++;
	}
	if (r != SCAP_OK && r != SCAP_EOF) {
		fprintf(stderr, "%s: -f: %s: %s\n", prog, "<recording>",
		    scap_error(h));
		f->rc = 1;
	}
drain:
	/* stop the recording, and read what it still sends until it ends */
	atomic_store(&filter_done, 1);
	for (;;) {
		ssize_t n = read(f->rfd, sink, sizeof(sink));

		if (n == 0 || (n < 0 && errno != EINTR))
			break;
	}
	if (!started) {
		/* not even the recording's header came: no file */
		scap_writer_abort(s->w);
		s->w = NULL;
		f->rc = 1;
	} else if (s->rotate && s->fileno > 0 && s->file_ev == 0) {
		/* a file of a series started by an event that did not
		 * match, and none matched since: it would only replace
		 * a file of the ring with nothing to show */
		scap_writer_abort(s->w);
		s->w = NULL;
		s->fileno--;
	} else if (series_close(s) < 0)	/* prints a write error */
		f->rc = 1;
	if (h != NULL)
		scap_close(h);		/* closes rfd */
	else
		close(f->rfd);
	return NULL;
}

/* A writer on the pipe's write end (main calls this before starting the
 * thread). */
static struct scap_writer *
pipe_writer(int wfd)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap_writer *w = scap_writer_fdopen(wfd, 0, err);

	if (w == NULL)
		fprintf(stderr, "%s: pipe: %s\n", prog, err);
	return w;
}

static uint64_t
count_arg(int opt, const char *s)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != 0 || errno != 0) {
		fprintf(stderr, "%s: -%c: bad number: %s\n", prog, opt, s);
		exit(2);
	}
	return v;
}

int
main(int argc, char **argv)
{
	const char *dev = "/dev/scaprec";
	long long maxev = -1;
	long snap = -1;
	int c, fd, rc = 0, quit = 0, last = 0;
	struct sigaction sa;
	struct scaprec_stats st;
	uint8_t *rbuf;
	const size_t rsize = 4 << 20;
	uint64_t nev = 0;
	struct series out = { 0 }, pipe_s = { 0 }, *rec;
	struct filt filt = { 0 };
	struct scap_filter *filter = NULL;
	pthread_t thr;
	struct run *runs = NULL;
	size_t nruns, capruns = 0, bad;
	long long left;
	int sw = 0;
	long wait_ms = 1;	/* see nap() */

	while ((c = getopt(argc, argv, "w:n:s:SzD:e:C:G:W:f:h")) != -1) {
		switch (c) {
		case 'e': out.per_events = count_arg(c, optarg); break;
		case 'C': out.per_bytes = count_arg(c, optarg) * 1000000; break;
		case 'G': out.per_secs = count_arg(c, optarg); break;
		case 'W': out.ring = (unsigned)count_arg(c, optarg); break;
		case 'w': out.out = optarg; break;
		case 'n': maxev = (long long)count_arg(c, optarg); break;
		case 's': snap = (long)count_arg(c, optarg); break;
		case 'S': sw = 1; break;
		case 'z': out.flags |= SCAP_W_GZIP; break;
		case 'D': dev = optarg; break;
		case 'f': {
			char err[SCAP_ERRBUF_SIZE];

			scap_filter_free(filter);
			filter = scap_filter_compile(optarg, err);
			if (filter == NULL) {
				fprintf(stderr, "%s: -f: %s\n", prog, err);
				return 2;
			}
			break;
		}
		default: usage();
		}
	}
	if (out.out == NULL || optind != argc)
		usage();
	out.rotate = out.per_events || out.per_bytes || out.per_secs;
	if (out.ring && !out.rotate) {
		fprintf(stderr, "%s: -W needs -e, -C or -G\n", prog);
		return 2;
	}
	if (snap > 65000) {
		fprintf(stderr, "%s: snaplen %ld: at most 65000\n", prog, snap);
		return 2;
	}
	/* standard input, output and error exist: no file we open takes
	 * their place */
	while ((fd = open("/dev/null", O_RDWR)) >= 0 && fd <= 2)
		;
	if (fd > 2)
		close(fd);
	/* captures hold what processes read and write: owner only */
	umask(umask(077) | 077);
	init_sc_codes();
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;	/* no SA_RESTART: read() returns */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	fd = open(dev, O_RDONLY | O_NONBLOCK);
	if (fd < 0) {
		fprintf(stderr, "%s: %s: %s%s\n", prog, dev, strerror(errno),
		    errno == ENOENT ? " (is the scaprec module loaded?)" : "");
		return 1;
	}
	if (snap >= 0 && ioctl(fd, SCAPREC_IOC_SNAPLEN, (unsigned long)snap)) {
		fprintf(stderr, "%s: set snaplen: %s\n", prog, strerror(errno));
		return 1;
	}
	if (sw && ioctl(fd, SCAPREC_IOC_SWITCH, 1UL)) {
		fprintf(stderr, "%s: -S: %s\n", prog, errno == ENOTTY ?
		    "the scaprec module is too old for sched_switch" :
		    strerror(errno));
		return 1;
	}
	rbuf = malloc(rsize);
	if (rbuf == NULL) {
		fprintf(stderr, "%s: out of memory\n", prog);
		return 1;
	}
	if (series_open(&out) < 0)
		return 1;
	rec = &out;
	if (filter != NULL) {
		/* the recording goes into a pipe to the filter thread,
		 * which writes out (see filter_thread()) */
		int p[2], err;
		sigset_t block, old;

		if (pipe(p) != 0) {
			fprintf(stderr, "%s: pipe: %s\n", prog, strerror(errno));
			scap_writer_abort(out.w);
			return 1;
		}
		(void)fcntl(p[1], F_SETPIPE_SZ, 1 << 20);	/* or 64 KiB */
		signal(SIGPIPE, SIG_IGN);	/* write errors instead */
		pipe_s.w = pipe_writer(p[1]);	/* it owns p[1] then */
		if (pipe_s.w == NULL) {
			close(p[1]);
			close(p[0]);
			scap_writer_abort(out.w);
			return 1;
		}
		filt.filter = filter;
		filt.rfd = p[0];
		filt.s = &out;
		filt.maxev = maxev;
		maxev = -1;
		/* the signals stop the recording, in this thread */
		sigemptyset(&block);
		sigaddset(&block, SIGINT);
		sigaddset(&block, SIGTERM);
		pthread_sigmask(SIG_BLOCK, &block, &old);
		err = pthread_create(&thr, NULL, filter_thread, &filt);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		if (err != 0) {
			fprintf(stderr, "%s: thread: %s\n", prog, strerror(err));
			scap_writer_abort(pipe_s.w);
			close(p[0]);
			scap_writer_abort(out.w);
			return 1;
		}
		rec = &pipe_s;
	}
	if (write_header(rec->w) != SCAP_OK) {
		fprintf(stderr, "%s: %s\n", prog, scap_writer_error(rec->w));
		scap_writer_abort(rec->w);
		if (filter != NULL) {
			pthread_join(thr, NULL);
			scap_filter_free(filter);
		}
		return 1;
	}
	rec->file_t0 = now_s();
	while (!quit && !atomic_load(&filter_done) &&
	    (maxev < 0 || nev < (uint64_t)maxev)) {
		ssize_t n;

		/* after SIGINT or SIGTERM, one last read takes what the
		 * buffers held when it came */
		if (stop && last++)
			break;
		n = read(fd, rbuf, rsize);
		if (n < 0) {
			if (errno == EAGAIN && !stop) {
				nap(0, rsize, &wait_ms);
				continue;
			}
			if (errno == EAGAIN)
				break;
			if (errno == EINTR)
				continue;
			fprintf(stderr, "%s: %s: %s\n", prog, dev,
			    strerror(errno));
			rc = 1;
			break;
		}
		/* one read() brings each CPU's records in order; interleave
		 * them by time as readers expect */
		nruns = split_runs(rbuf, (size_t)n, &runs, &capruns, &bad);
		if (bad < (size_t)n) {
			fprintf(stderr, "%s: malformed record at %zu\n", prog,
			    bad);
			rc = 1;
			quit = 1;
		}
		left = maxev < 0 ? -1 : maxev - (long long)nev;
		switch (write_runs(rec, runs, nruns, &nev, &left)) {
		case 2:
			return 1;
		case 1:
			rc = 1;
			quit = 1;
			break;
		}
		if (filter != NULL && scap_writer_flush(rec->w) != SCAP_OK) {
			rc = 1;	/* the filter thread has gone */
			break;
		}
		if (!stop && !quit && (maxev < 0 || nev < (uint64_t)maxev))
			nap((size_t)n, rsize, &wait_ms);
	}
	free(runs);
	memset(&st, 0, sizeof(st));
	if (ioctl(fd, SCAPREC_IOC_STATS, &st) != 0)
		fprintf(stderr, "%s: stats: %s\n", prog, strerror(errno));
	close(fd);
	free(rbuf);
	if (filter != NULL) {
		/* the end of the pipe ends the filter thread's reading */
		char err[SCAP_ERRBUF_SIZE];

		if (scap_writer_close(pipe_s.w, err) != SCAP_OK &&
		    !atomic_load(&filter_done)) {
			fprintf(stderr, "%s: %s\n", prog, err);
			rc = 1;
		}
		pipe_s.w = NULL;
		pthread_join(thr, NULL);
		scap_filter_free(filter);
		if (filt.rc != 0)
			return 1;
	} else if (series_close(&out) < 0)
		return 1;
	fprintf(stderr, "%s: %llu events written to ", prog, (unsigned long long)
	    (filter != NULL ? filt.nev : nev));
	if (out.rotate)
		fprintf(stderr, "%u files %s0.., ", out.fileno + 1, out.out);
	else
		fprintf(stderr, "%s, ", out.out);
	fprintf(stderr, "%llu dropped\n", (unsigned long long)st.drops);
	if (filter != NULL)
		fprintf(stderr, "%s: -f: %llu of %llu events matched, "
		    "%llu kept as state only\n", prog,
		    (unsigned long long)filt.nev, (unsigned long long)nev,
		    (unsigned long long)filt.nstate);
	return rc;
}
