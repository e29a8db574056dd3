/*
 * scap-record - record system calls from the scaprec kernel module into a
 * .scap capture.  See scap-record(8).
 *
 * The capture starts when the device opens; then the machine info and
 * the interface, user, process and fd lists are read from /proc and the
 * system databases and written, then the events as they come, until -n
 * events were written or SIGINT/SIGTERM arrives.
 */
#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <grp.h>
#include <ifaddrs.h>
#include <limits.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
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
	fprintf(stderr, "usage: %s -w FILE [-n N] [-s SNAPLEN] [-z] "
	    "[-e N | -C MB | -G S] [-W N] [-D DEVICE]\n", prog);
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

/* A record of one read(), for the merge by time. */
struct rec {
	uint8_t *p;
	uint64_t ts;
	size_t seq;
};

static int
cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;

	if (x->ts != y->ts)
		return x->ts < y->ts ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static uint64_t
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec;
}

int
main(int argc, char **argv)
{
	const char *out = NULL, *dev = "/dev/scaprec";
	long long maxev = -1;
	long snap = -1;
	int flags = 0, c, fd, rc = 0;
	char errbuf[SCAP_ERRBUF_SIZE];
	struct scap_writer *w;
	struct sigaction sa;
	struct scaprec_stats st;
	uint8_t *rbuf;
	const size_t rsize = 4 << 20;
	uint64_t nev = 0, rot_events = 0, rot_bytes = 0, rot_secs = 0;
	uint64_t file_ev = 0, file_t0 = 0;
	unsigned ring = 0, fileno = 0;
	int rotate;
	char path[PATH_MAX];
	struct rec *recs = NULL;
	size_t nrec, caprec = 0, i;

	while ((c = getopt(argc, argv, "w:n:s:zD:e:C:G:W:h")) != -1) {
		switch (c) {
		case 'e': rot_events = strtoull(optarg, NULL, 10); break;
		case 'C': rot_bytes = strtoull(optarg, NULL, 10) * 1000000; break;
		case 'G': rot_secs = strtoull(optarg, NULL, 10); break;
		case 'W': ring = (unsigned)strtoul(optarg, NULL, 10); break;
		case 'w': out = optarg; break;
		case 'n': maxev = strtoll(optarg, NULL, 10); break;
		case 's': snap = strtol(optarg, NULL, 10); break;
		case 'z': flags |= SCAP_W_GZIP; break;
		case 'D': dev = optarg; break;
		default: usage();
		}
	}
	if (out == NULL || optind != argc)
		usage();
	rotate = rot_events || rot_bytes || rot_secs;
	if (ring && !rotate) {
		fprintf(stderr, "%s: -W needs -e, -C or -G\n", prog);
		return 2;
	}
	if (snap > 65000) {
		fprintf(stderr, "%s: snaplen %ld: at most 65000\n", prog, snap);
		return 2;
	}
	/* captures hold what processes read and write: owner only */
	umask(umask(077) | 077);
	init_sc_codes();
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;	/* no SA_RESTART: read() returns */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	fd = open(dev, O_RDONLY);
	if (fd < 0) {
		fprintf(stderr, "%s: %s: %s%s\n", prog, dev, strerror(errno),
		    errno == ENOENT ? " (is the scaprec module loaded?)" : "");
		return 1;
	}
	if (snap >= 0 && ioctl(fd, SCAPREC_IOC_SNAPLEN, (unsigned long)snap)) {
		fprintf(stderr, "%s: set snaplen: %s\n", prog, strerror(errno));
		return 1;
	}
	if (rotate)
		snprintf(path, sizeof(path), "%s0", out);
	else
		snprintf(path, sizeof(path), "%s", out);
	w = scap_writer_open(path, flags, errbuf);
	if (w == NULL) {
		fprintf(stderr, "%s: %s\n", prog, errbuf);
		return 1;
	}
	if (write_header(w) != SCAP_OK) {
		fprintf(stderr, "%s: %s\n", prog, scap_writer_error(w));
		scap_writer_abort(w);
		return 1;
	}
	file_t0 = now_s();

	rbuf = malloc(rsize);
	if (rbuf == NULL) {
		fprintf(stderr, "%s: out of memory\n", prog);
		return 1;
	}
	while (!stop && (maxev < 0 || nev < (uint64_t)maxev)) {
		ssize_t n = read(fd, rbuf, rsize);
		size_t off = 0;

		if (n < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "%s: %s: %s\n", prog, dev,
			    strerror(errno));
			rc = 1;
			break;
		}
		/* one read() brings each CPU's records in order; interleave
		 * them by time as readers expect */
		nrec = 0;
		while (off + 8 + 26 <= (size_t)n) {
			uint32_t size, evlen;

			memcpy(&size, rbuf + off, 4);
			memcpy(&evlen, rbuf + off + 8 + 16, 4);
			if (size < 8 + evlen || size % 8 || off + size > (size_t)n) {
				fprintf(stderr, "%s: malformed record at %zu\n",
				    prog, off);
				rc = 1;
				stop = 1;
				break;
			}
			if (nrec == caprec) {
				caprec = caprec ? caprec * 2 : 4096;
				recs = realloc(recs, caprec * sizeof(*recs));
				if (recs == NULL) {
					fprintf(stderr, "%s: out of memory\n", prog);
					return 1;
				}
			}
			recs[nrec].p = rbuf + off;
			memcpy(&recs[nrec].ts, rbuf + off + 8, 8);
			recs[nrec].seq = nrec;
			nrec++;
			off += size;
		}
		qsort(recs, nrec, sizeof(*recs), cmp_rec);
		for (i = 0; i < nrec && (maxev < 0 || nev < (uint64_t)maxev); i++) {
			uint8_t *ev = recs[i].p + 8;
			uint32_t evlen, np;
			uint16_t cpu, type;

			memcpy(&cpu, recs[i].p + 4, 2);
			memcpy(&evlen, ev + 16, 4);
			memcpy(&type, ev + 20, 2);
			memcpy(&np, ev + 22, 4);
			if ((type == 0 || type == 1) && np >= 2) {
				/* generic: the PPM_SC code from nativeID */
				uint8_t *data = ev + 26 + 2 * np;
				uint16_t nat;

				memcpy(&nat, data + 2, 2);
				if (nat < 1024)
					memcpy(data, &sc_code[nat], 2);
			}
			if (rotate && file_ev > 0 &&
			    ((rot_events && file_ev >= rot_events) ||
			    (rot_bytes && scap_writer_size(w) >= rot_bytes) ||
			    (rot_secs && now_s() - file_t0 >= rot_secs))) {
				/* the next file of the series */
				if (scap_writer_close(w, errbuf) != SCAP_OK) {
					fprintf(stderr, "%s: %s\n", prog, errbuf);
					return 1;
				}
				fileno++;
				snprintf(path, sizeof(path), "%s%u", out,
				    ring ? fileno % ring : fileno);
				w = scap_writer_open(path, flags, errbuf);
				if (w == NULL) {
					fprintf(stderr, "%s: %s\n", prog, errbuf);
					return 1;
				}
				if (write_header(w) != SCAP_OK) {
					rc = 1;
					stop = 1;
					break;
				}
				file_ev = 0;
				file_t0 = now_s();
			}
			if (scap_write_raw(w, cpu, ev, evlen) != SCAP_OK) {
				rc = 1;
				stop = 1;
				break;
			}
			nev++;
			file_ev++;
		}
	}
	free(recs);
	memset(&st, 0, sizeof(st));
	if (ioctl(fd, SCAPREC_IOC_STATS, &st) != 0)
		fprintf(stderr, "%s: stats: %s\n", prog, strerror(errno));
	close(fd);
	free(rbuf);
	if (scap_writer_close(w, errbuf) != SCAP_OK) {
		fprintf(stderr, "%s: %s\n", prog, errbuf);
		return 1;
	}
	if (rotate)
		fprintf(stderr, "%s: %llu events written to %u files %s0.., "
		    "%llu dropped\n", prog, (unsigned long long)nev,
		    fileno + 1, out, (unsigned long long)st.drops);
	else
		fprintf(stderr, "%s: %llu events written to %s, %llu dropped\n",
		    prog, (unsigned long long)nev, out,
		    (unsigned long long)st.drops);
	return rc;
}
