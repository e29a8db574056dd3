// SPDX-License-Identifier: GPL-2.0
/*
 * scaprec: a minimal syscall recorder for scap-record(8).
 *
 * It hooks the sys_enter and sys_exit raw tracepoints and
 * sched_process_exit, and sched_switch while a reader asks for it
 * (SCAPREC_IOC_SWITCH), encodes each event in the layout of a .scap event
 * (header, u16 parameter lengths, parameter data; ids and parameters of
 * the 2022 event table) and appends it to a per-CPU ring buffer.  The
 * character device /dev/scaprec (root only, one reader at a time) hands
 * the records out through read().  A traced thread never waits: when
 * its CPU's buffer is full the event is dropped and counted.
 *
 * Record in the stream read() returns, 8-byte aligned:
 *	u32 size (of the record, prefix and padding included)
 *	u16 cpu
 *	u16 0
 *	the event (its own u32 len at offset 16)
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/version.h>
#include <linux/tracepoint.h>
#include <linux/miscdevice.h>
#include <linux/fs.h>
#include <linux/vmalloc.h>
#include <linux/uaccess.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/sched/signal.h>
#include <linux/fs_struct.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/net.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/un.h>
#include <net/sock.h>
#include <net/inet_sock.h>
#include <linux/percpu.h>
#include <linux/mutex.h>
#include <linux/delay.h>
#include <linux/utsname.h>
#include <linux/audit.h>
#include <linux/compat.h>
#include <linux/mman.h>
#include <linux/uio.h>
#include <linux/socket.h>
#include <linux/openat2.h>
#include <linux/fcntl.h>
#include <asm/syscall.h>
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 12, 0)
#include <linux/unaligned.h>
#else
#include <asm/unaligned.h>
#endif
#include <trace/events/syscalls.h>
#include "scaprec.h"

#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 1, 0)
#error "scaprec needs Linux 6.1 or later"
#endif
#ifndef CONFIG_X86_64
#error "scaprec supports x86_64 only"
#endif

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("minimal syscall recorder for scap-record");

static unsigned int bufsize_kb = 8192;
module_param(bufsize_kb, uint, 0444);
MODULE_PARM_DESC(bufsize_kb, "ring buffer per CPU, KiB (power of two)");

/* event ids of the 2022 table */
enum {
	EV_GENERIC_E = 0, EV_GENERIC_X = 1,
	EV_OPEN_E = 2, EV_OPEN_X = 3,
	EV_CLOSE_E = 4, EV_CLOSE_X = 5,
	EV_READ_E = 6, EV_READ_X = 7,
	EV_WRITE_E = 8, EV_WRITE_X = 9,
	EV_SOCKET_E = 18, EV_SOCKET_X = 19,
	EV_CONNECT_E = 22, EV_CONNECT_X = 23,
	EV_PROCEXIT_1_E = 186,
	EV_SCHEDSWITCH_6_E = 152,
	EV_EXECVE_19_E = 292, EV_EXECVE_19_X = 293,
	EV_OPENAT_2_E = 306, EV_OPENAT_2_X = 307,
	EV_BIND_E = 20, EV_BIND_X = 21,
	EV_LISTEN_E = 24, EV_LISTEN_X = 25,
	EV_SENDTO_E = 30, EV_SENDTO_X = 31,
	EV_RECVFROM_E = 34, EV_RECVFROM_X = 35,
	EV_SENDMSG_E = 48, EV_SENDMSG_X = 49,
	EV_RECVMSG_E = 52, EV_RECVMSG_X = 53,
	EV_CREAT_E = 58, EV_CREAT_X = 59,
	EV_PIPE_E = 60, EV_PIPE_X = 61,
	EV_CHDIR_E = 94, EV_CHDIR_X = 95,
	EV_FCHDIR_E = 96, EV_FCHDIR_X = 97,
	EV_PREAD_E = 112, EV_PREAD_X = 113,
	EV_PWRITE_E = 114, EV_PWRITE_X = 115,
	EV_READV_E = 116, EV_READV_X = 117,
	EV_WRITEV_E = 118, EV_WRITEV_X = 119,
	EV_DUP_E = 124, EV_DUP_X = 125,
	EV_KILL_E = 128, EV_KILL_X = 129,
	EV_FCNTL_E = 150, EV_FCNTL_X = 151,
	EV_MMAP_E = 160, EV_MMAP_X = 161,
	EV_IOCTL_3_E = 170, EV_IOCTL_3_X = 171,
	EV_RENAME_E = 174, EV_RENAME_X = 175,
	EV_RENAMEAT_E = 176, EV_RENAMEAT_X = 177,
	EV_SETUID_E = 198, EV_SETUID_X = 199,
	EV_SETGID_E = 200, EV_SETGID_X = 201,
	EV_CLONE_20_E = 222, EV_CLONE_20_X = 223,
	EV_FORK_20_E = 224, EV_FORK_20_X = 225,
	EV_VFORK_20_E = 226, EV_VFORK_20_X = 227,
	EV_ACCEPT_E = 246, EV_ACCEPT_X = 247,
	EV_ACCEPT4_E = 248, EV_ACCEPT4_X = 249,
	EV_MKDIR_2_E = 276, EV_MKDIR_2_X = 277,
	EV_RMDIR_2_E = 278, EV_RMDIR_2_X = 279,
	EV_UNLINK_2_E = 300, EV_UNLINK_2_X = 301,
	EV_UNLINKAT_2_E = 302, EV_UNLINKAT_2_X = 303,
	EV_MKDIRAT_E = 304, EV_MKDIRAT_X = 305,
	EV_OPENAT2_E = 326, EV_OPENAT2_X = 327,
	EV_EXECVEAT_E = 330, EV_EXECVEAT_X = 331,
	EV_CLONE3_E = 334, EV_CLONE3_X = 335,
};

#define HDR_LEN		26
#define MAX_PARAMS	20
#define SCRATCH		(64 * 1024)	/* the largest record */
#define EV_MAX		(SCRATCH - 16)	/* bytes an event may fill */
#define MAX_STR		4096

/*
 * One CPU's ring.  A probe builds its event in place at head when the
 * ring has SCRATCH bytes free (any event fits; a record that runs past
 * the end is written on into the overrun area after it, SCRATCH bytes,
 * and its tail moved to the start at commit), else in the scratch area,
 * copied in at commit if it then fits.  head moves only at commit: the
 * reader never sees a record being built.
 */
struct ring {
	char *buf;		/* size bytes, then SCRATCH of overrun */
	u64 size;		/* power of two */
	u64 head;		/* written by the producer (this CPU) */
	u64 tail;		/* written by the reader */
	u64 events;
	u64 drops;
	char *scratch;
	/* the event being built */
	char *ev;		/* the record: buf + head's offset, or scratch */
	u32 len;		/* bytes of the record so far */
	u16 nparams, cur;
	bool full;		/* longer than EV_MAX: drop */
	bool in_place;		/* ev is in buf */
};

static DEFINE_PER_CPU(struct ring, rings);
static DEFINE_MUTEX(open_lock);
static bool capturing;		/* a reader has the device open */
static pid_t reader_tgid;
static u32 snaplen = 80;
static bool tp_enter, tp_exit, tp_pexit, tp_switch;
static struct tracepoint *tp_sys_enter, *tp_sys_exit, *tp_proc_exit,
    *tp_sched_switch;

/* strncpy_from_user() that fails instead of faulting pages in (the
 * kernel's _nofault variant is not exported to modules). */
static long ustrncpy(char *dst, const char __user *src, long count)
{
	long n;

	if (!access_ok(src, 1))
		return -EFAULT;
	pagefault_disable();
	n = strncpy_from_user(dst, src, count);
	pagefault_enable();
	return n;
}

/* ---- event assembly ---- */

/*
 * Start an event.  Record layout: u32 size, u16 cpu, u16 0 (set at
 * commit), then the event: u64 ts, u64 tid, u32 len (at commit), u16
 * type, u32 nparams, u16 lengths, data.  Every parameter writes its own
 * length; ev_commit() fills in the ones not given.
 */
static struct ring *ev_begin(u16 type, u16 nparams, pid_t tid)
{
	struct ring *r = this_cpu_ptr(&rings);
	u64 head, tail;
	char *e;

	if (!r->buf)
		return NULL;
	head = r->head;
	/* acquire: the reader is done with the bytes it has freed */
	tail = smp_load_acquire(&r->tail);
	r->in_place = r->size - (head - tail) >= SCRATCH;
	e = r->in_place ? r->buf + (head & (r->size - 1)) : r->scratch;
	r->ev = e;
	r->nparams = nparams;
	r->cur = 0;
	r->full = false;
	put_unaligned(ktime_get_real_ns(), (u64 *)(e + 8));
	put_unaligned((u64)(s64)tid, (u64 *)(e + 8 + 8));
	put_unaligned(type, (u16 *)(e + 8 + 20));
	put_unaligned((u32)nparams, (u32 *)(e + 8 + 22));
	r->len = 8 + HDR_LEN + 2 * nparams;
	return r;
}

static inline void ev_setlen(struct ring *r, u32 n)
{
	put_unaligned((u16)n, (u16 *)(r->ev + 8 + HDR_LEN + 2 * r->cur));
	r->cur++;
}

static void ev_param(struct ring *r, const void *p, u32 n)
{
	if (r->cur >= r->nparams)
		return;
	if (r->len + n > EV_MAX || n > 65000) {
		r->full = true;
		n = 0;
	}
	if (n && p != r->ev + r->len)
		memcpy(r->ev + r->len, p, n);
	r->len += n;
	ev_setlen(r, n);
}

/* A number of n bytes (1, 2, 4, 8): stored directly when there is room,
 * else through ev_param(), which marks the event full. */
static __always_inline void p_num(struct ring *r, u64 v, u32 n)
{
	char *d = r->ev + r->len;

	if (unlikely(r->cur >= r->nparams || r->len + n > EV_MAX)) {
		ev_param(r, &v, n);	/* little-endian: the low n bytes */
		return;
	}
	switch (n) {
	case 1: *(u8 *)d = (u8)v; break;
	case 2: put_unaligned((u16)v, (u16 *)d); break;
	case 4: put_unaligned((u32)v, (u32 *)d); break;
	default: put_unaligned(v, (u64 *)d); break;
	}
	r->len += n;
	ev_setlen(r, n);
}

static void p_u8(struct ring *r, u8 v) { p_num(r, v, 1); }
static void p_u16(struct ring *r, u16 v) { p_num(r, v, 2); }
static void p_u32(struct ring *r, u32 v) { p_num(r, v, 4); }
static void p_u64(struct ring *r, u64 v) { p_num(r, v, 8); }
static void p_empty(struct ring *r) { ev_param(r, NULL, 0); }

static void p_kstr(struct ring *r, const char *s)
{
	ev_param(r, s, strlen(s) + 1);
}

/* A NUL-terminated string from user memory; "(NULL)" or "<NA>" as the
 * 2022 driver writes them. */
static void p_ustr(struct ring *r, const char __user *s)
{
	long n;
	u32 room;

	if (!s) {
		p_kstr(r, "(NULL)");
		return;
	}
	room = EV_MAX - r->len;
	if (room > MAX_STR)
		room = MAX_STR;
	if (r->cur >= r->nparams || room < 2) {
		p_empty(r);
		return;
	}
	n = ustrncpy(r->ev + r->len, s, room - 1);
	if (n < 0) {
		p_kstr(r, "<NA>");
		return;
	}
	r->ev[r->len + n] = 0;
	r->len += n + 1;
	ev_setlen(r, n + 1);
}

/* Up to max bytes of user memory. */
static void p_ubuf(struct ring *r, const void __user *p, u64 n, u32 max)
{
	if (n > max)
		n = max;
	if (r->cur >= r->nparams || r->len + n > EV_MAX || !p) {
		p_empty(r);
		return;
	}
	if (copy_from_user_nofault(r->ev + r->len, p, n)) {
		p_empty(r);
		return;
	}
	r->len += n;
	ev_setlen(r, n);
}

/* Finish the event and publish it, or count a drop. */
static void ev_commit(struct ring *r)
{
	char *e = r->ev;
	u32 total, off, first;
	u64 head = r->head, tail;

	while (r->cur < r->nparams)
		p_empty(r);
	if (r->full) {
		r->drops++;
		return;
	}
	total = (r->len + 7) & ~7u;
	/* zero the padding (len <= EV_MAX leaves room for the 8 bytes) */
	put_unaligned(0ULL, (u64 *)(e + r->len));
	put_unaligned(total, (u32 *)e);
	put_unaligned((u32)(u16)smp_processor_id(), (u32 *)(e + 4));
	put_unaligned(r->len - 8, (u32 *)(e + 8 + 16));
	off = head & (r->size - 1);
	if (r->in_place) {
		/* built in the free space: only a part in the overrun area
		 * moves, to the start of the ring */
		if (off + total > r->size)
			memcpy(r->buf, r->buf + r->size, off + total - r->size);
	} else {
		tail = smp_load_acquire(&r->tail);
		if (head - tail + total > r->size) {
			r->drops++;
			return;
		}
		first = min_t(u32, total, r->size - off);
		memcpy(r->buf + off, e, first);
		if (first < total)
			memcpy(r->buf, e + first, total - first);
	}
	r->events++;
	/* release: the record is complete before the reader sees head */
	smp_store_release(&r->head, head + total);
}

/* ---- parameter helpers ---- */

static u32 open_flags(unsigned long f)
{
	u32 v = 0;

	switch (f & O_ACCMODE) {
	case O_RDONLY: v |= 1; break;
	case O_WRONLY: v |= 2; break;
	case O_RDWR: v |= 3; break;
	}
	if (f & O_CREAT) v |= 4;
	if (f & O_APPEND) v |= 8;
	if (f & O_DSYNC) v |= 16;
	if (f & O_EXCL) v |= 32;
	if (f & O_NONBLOCK) v |= 64;
	if ((f & __O_SYNC) == __O_SYNC) v |= 128;
	if (f & O_TRUNC) v |= 256;
	if (f & O_DIRECT) v |= 512;
	if (f & O_DIRECTORY) v |= 1024;
	if (f & O_LARGEFILE) v |= 2048;
	if (f & O_CLOEXEC) v |= 0x1000;
	if ((f & __O_TMPFILE) == __O_TMPFILE) v |= 0x2000;
	return v;
}

/* the mode argument means something only when a file may be created */
static u32 open_mode(unsigned long flags, unsigned long mode)
{
	if ((flags & O_CREAT) || (flags & __O_TMPFILE) == __O_TMPFILE)
		return (u32)mode;
	return 0;
}

static u32 fd_dev(long fd)
{
	struct file *f;
	u32 dev = 0;

	if (fd < 0)
		return 0;
	f = fget_raw(fd);
	if (f) {
		dev_t d = file_inode(f)->i_sb->s_dev;

		dev = (MAJOR(d) << 20) | MINOR(d);
		fput(f);
	}
	return dev;
}

/* PT_SOCKADDR from a user sockaddr. */
static void p_usockaddr(struct ring *r, const void __user *p, int len)
{
	struct sockaddr_storage ss;
	u8 out[1 + 16 + 2 + UNIX_PATH_MAX];
	u32 n = 0;

	if (!p || len < 2 || len > (int)sizeof(ss) ||
	    copy_from_user_nofault(&ss, p, len)) {
		p_empty(r);
		return;
	}
	switch (ss.ss_family) {
	case AF_INET: {
		struct sockaddr_in *a = (struct sockaddr_in *)&ss;
		u16 port = ntohs(a->sin_port);

		out[0] = 2;
		memcpy(out + 1, &a->sin_addr.s_addr, 4);
		memcpy(out + 5, &port, 2);
		n = 7;
		break;
	}
	case AF_INET6: {
		struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
		u16 port = ntohs(a->sin6_port);

		out[0] = 10;
		memcpy(out + 1, &a->sin6_addr, 16);
		memcpy(out + 17, &port, 2);
		n = 19;
		break;
	}
	case AF_UNIX: {
		struct sockaddr_un *a = (struct sockaddr_un *)&ss;
		int pl = len - (int)offsetof(struct sockaddr_un, sun_path);

		if (pl < 0)
			pl = 0;
		if (pl > UNIX_PATH_MAX - 1)
			pl = UNIX_PATH_MAX - 1;
		out[0] = 1;
		memcpy(out + 1, a->sun_path, pl);
		if (pl > 0 && out[1] == 0)
			out[1] = '@';
		out[1 + pl] = 0;
		n = 1 + strnlen((char *)out + 1, pl) + 1;
		break;
	}
	}
	ev_param(r, out, n);
}

/* PT_SOCKTUPLE of a connected inet socket, local end first. */
static void p_socktuple_addr(struct ring *r, long fd, bool inbound,
    const void __user *uaddr, int ualen);

static void p_socktuple(struct ring *r, long fd, bool inbound)
{
	p_socktuple_addr(r, fd, inbound, NULL, 0);
}

/* The tuple of socket fd; when it has no peer (an unconnected datagram
 * socket) the peer is the address the call names, uaddr. */
static void p_socktuple_addr(struct ring *r, long fd, bool inbound,
    const void __user *uaddr, int ualen)
{
	struct socket *sock;
	int err;
	u8 out[37];
	u32 n = 0;

	if (fd < 0) {
		p_empty(r);
		return;
	}
	sock = sockfd_lookup(fd, &err);
	if (!sock) {
		p_empty(r);
		return;
	}
	/* outbound: local end first; inbound (accept, recv*): peer first */
	if (sock->sk && sock->sk->sk_family == AF_INET) {
		struct inet_sock *in = inet_sk(sock->sk);
		u16 lp = ntohs(in->inet_sport), rp = ntohs(in->inet_dport);
		__be32 la = in->inet_saddr, ra = in->inet_daddr;
		struct sockaddr_in ua;

		if (ra == 0 && uaddr && ualen >= (int)sizeof(ua) &&
		    !copy_from_user_nofault(&ua, uaddr, sizeof(ua)) &&
		    ua.sin_family == AF_INET) {
			ra = ua.sin_addr.s_addr;
			rp = ntohs(ua.sin_port);
		}

		out[0] = 2;
		memcpy(out + 1, inbound ? &ra : &la, 4);
		memcpy(out + 5, inbound ? &rp : &lp, 2);
		memcpy(out + 7, inbound ? &la : &ra, 4);
		memcpy(out + 11, inbound ? &lp : &rp, 2);
		n = 13;
	} else if (sock->sk && sock->sk->sk_family == AF_INET6) {
		struct inet_sock *in = inet_sk(sock->sk);
		u16 lp = ntohs(in->inet_sport), rp = ntohs(in->inet_dport);
		const void *la = &sock->sk->sk_v6_rcv_saddr;
		const void *ra = &sock->sk->sk_v6_daddr;

		out[0] = 10;
		memcpy(out + 1, inbound ? ra : la, 16);
		memcpy(out + 17, inbound ? &rp : &lp, 2);
		memcpy(out + 19, inbound ? la : ra, 16);
		memcpy(out + 35, inbound ? &lp : &rp, 2);
		n = 37;
	}
	sockfd_put(sock);
	ev_param(r, out, n);
}

/* NUL-separated strings from the current mm, [start, end). */
static void p_mmstrings(struct ring *r, unsigned long start,
    unsigned long end, u32 max)
{
	if (end <= start) {
		p_empty(r);
		return;
	}
	p_ubuf(r, (const void __user *)start, end - start, max);
}

static void p_cwd(struct ring *r)
{
	struct fs_struct *fs = current->fs;
	char *buf, *p;
	u32 room = EV_MAX - r->len;
	size_t n;

	if (!fs || room < 256 || r->cur >= r->nparams) {
		p_kstr(r, "<NA>");
		return;
	}
	/* d_path() writes from the end of the buffer it gets; it does not
	 * sleep, so it runs under fs->lock and no reference is taken (a
	 * path_put() could sleep) */
	buf = r->ev + r->len;
	if (room > PATH_MAX)
		room = PATH_MAX;
	spin_lock(&fs->lock);
	p = d_path(&fs->pwd, buf, room - 1);
	if (!IS_ERR(p)) {
		n = strlen(p);
		memmove(buf, p, n);
	}
	spin_unlock(&fs->lock);
	if (IS_ERR(p)) {
		p_kstr(r, "<NA>");
		return;
	}
	/* sysdig's cwd ends with a slash */
	if (n > 1)
		buf[n++] = '/';
	buf[n] = 0;
	ev_param(r, buf, n + 1);
}

/* ---- more parameter helpers ---- */

static u32 clone_flags(u64 f)
{
	static const struct { u64 lx; u32 ppm; } map[] = {
		{ CLONE_FILES, 1 }, { CLONE_FS, 2 }, { CLONE_IO, 4 },
		{ CLONE_NEWIPC, 8 }, { CLONE_NEWNET, 16 }, { CLONE_NEWNS, 32 },
		{ CLONE_NEWPID, 64 }, { CLONE_NEWUTS, 128 },
		{ CLONE_PARENT, 256 }, { CLONE_PARENT_SETTID, 512 },
		{ CLONE_PTRACE, 1024 }, { CLONE_SIGHAND, 2048 },
		{ CLONE_SYSVSEM, 0x1000 }, { CLONE_THREAD, 0x2000 },
		{ CLONE_UNTRACED, 0x4000 }, { CLONE_VM, 0x8000 },
		{ CLONE_NEWUSER, 0x100000 }, { CLONE_CHILD_CLEARTID, 0x800000 },
		{ CLONE_CHILD_SETTID, 0x1000000 }, { CLONE_SETTLS, 0x2000000 },
		{ CLONE_VFORK, 0x8000000 }, { CLONE_NEWCGROUP, 0x10000000 },
	};
	u32 v = 0;
	int i;

	for (i = 0; i < ARRAY_SIZE(map); i++)
		if (f & map[i].lx)
			v |= map[i].ppm;
	return v;
}

static u8 fcntl_cmd(unsigned long c)
{
	switch (c) {
	case F_DUPFD: return 1;
	case F_GETFD: return 2;
	case F_SETFD: return 3;
	case F_GETFL: return 4;
	case F_SETFL: return 5;
	case F_GETLK: return 6;
	case F_SETLK: return 8;
	case F_SETLKW: return 9;
	case F_SETOWN: return 10;
	case F_GETOWN: return 12;
	case F_SETSIG: return 13;
	case F_GETSIG: return 15;
	case F_SETOWN_EX: return 21;
	case F_GETOWN_EX: return 22;
	case F_SETLEASE: return 23;
	case F_GETLEASE: return 24;
	case F_CANCELLK: return 25;
	case F_DUPFD_CLOEXEC: return 26;
	case F_NOTIFY: return 27;
	case F_SETPIPE_SZ: return 28;
	case F_GETPIPE_SZ: return 29;
	case F_OFD_GETLK: return 30;
	case F_OFD_SETLK: return 31;
	case F_OFD_SETLKW: return 32;
	}
	return 0;
}

static u32 mmap_prot(unsigned long p)
{
	u32 v = p & (PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM);

	if (p & PROT_GROWSDOWN) v |= 16;
	if (p & PROT_GROWSUP) v |= 32;
	return v;
}

static u32 mmap_flags(unsigned long f)
{
	u32 v = 0;

	if (f & MAP_SHARED) v |= 1;
	if (f & MAP_PRIVATE) v |= 2;
	if (f & MAP_FIXED) v |= 4;
	if (f & MAP_ANONYMOUS) v |= 8;
	if (f & MAP_32BIT) v |= 16;
	if (f & MAP_NORESERVE) v |= 64;
	if (f & MAP_POPULATE) v |= 128;
	if (f & MAP_NONBLOCK) v |= 256;
	if (f & MAP_GROWSDOWN) v |= 512;
	if (f & MAP_DENYWRITE) v |= 1024;
	if (f & MAP_EXECUTABLE) v |= 2048;
	if (f & MAP_LOCKED) v |= 0x4000;
	return v;
}

/* Up to max bytes gathered from a user iovec array (count entries). */
static void p_uiov(struct ring *r, const struct iovec __user *uiov,
    unsigned long count, u64 max)
{
	struct iovec iov;
	unsigned long i;
	u32 start = r->len;

	if (r->cur >= r->nparams)
		return;
	for (i = 0; i < count && i < UIO_MAXIOV && max > 0; i++) {
		u64 n;

		if (copy_from_user_nofault(&iov, uiov + i, sizeof(iov)))
			break;
		n = min_t(u64, iov.iov_len, max);
		if (r->len + n > EV_MAX)
			n = EV_MAX - r->len;
		if (n == 0)
			continue;
		if (copy_from_user_nofault(r->ev + r->len, iov.iov_base, n))
			break;
		r->len += n;
		max -= n;
	}
	ev_setlen(r, r->len - start);
}

static u64 uiov_size(const struct iovec __user *uiov, unsigned long count)
{
	struct iovec iov;
	unsigned long i;
	u64 t = 0;

	for (i = 0; i < count && i < UIO_MAXIOV; i++) {
		if (copy_from_user_nofault(&iov, uiov + i, sizeof(iov)))
			break;
		t += iov.iov_len;
	}
	return t;
}

/* The queue of a listening socket, for accept: pct, len, max. */
static void p_queue(struct ring *r, long lfd)
{
	struct socket *sock;
	u32 len = 0, max = 0;
	int err;

	sock = lfd >= 0 ? sockfd_lookup(lfd, &err) : NULL;
	if (sock) {
		if (sock->sk) {
			len = READ_ONCE(sock->sk->sk_ack_backlog);
			max = READ_ONCE(sock->sk->sk_max_ack_backlog);
		}
		sockfd_put(sock);
	}
	p_u8(r, max ? (u8)(len * 100 / max) : 0);
	p_u32(r, len);
	p_u32(r, max);
}

/* The fields the clone/fork/execve exits share (tid .. vm_swap). */
static void p_task_ids(struct ring *r, struct task_struct *t)
{
	p_u64(r, (u64)t->pid);
	p_u64(r, (u64)t->tgid);
	p_u64(r, (u64)rcu_dereference_raw(t->real_parent)->pid);
}

static void p_task_mem(struct ring *r, struct task_struct *t)
{
	struct mm_struct *mm = t->mm;

	p_u64(r, rlimit(RLIMIT_NOFILE));
	p_u64(r, t->maj_flt);
	p_u64(r, t->min_flt);
	if (mm) {
		p_u32(r, (u32)(mm->total_vm << (PAGE_SHIFT - 10)));
		p_u32(r, (u32)(get_mm_rss(mm) << (PAGE_SHIFT - 10)));
		p_u32(r, (u32)(get_mm_counter(mm, MM_SWAPENTS) <<
		    (PAGE_SHIFT - 10)));
	} else {
		p_u32(r, 0);
		p_u32(r, 0);
		p_u32(r, 0);
	}
}

/* exe (argv[0]) and args (the rest) from the current mm. */
static void p_exe_args(struct ring *r, bool ok)
{
	struct mm_struct *mm = current->mm;

	if (ok && mm && mm->arg_end > mm->arg_start) {
		unsigned long s = mm->arg_start, e = mm->arg_end;
		char a0[256];
		long n = ustrncpy(a0, (const char __user *)s, sizeof(a0));

		if (n < 0 || n >= (long)sizeof(a0))
			n = 0;
		a0[n] = 0;
		p_kstr(r, a0);
		p_mmstrings(r, s + n + 1, e, 4096);
	} else {
		p_kstr(r, ok ? current->comm : "<NA>");
		p_empty(r);
	}
}

static void ev_execve_x(struct ring *r, long ret)
{
	struct task_struct *t = current;

	p_u64(r, (u64)ret);
	p_exe_args(r, ret == 0);
	p_task_ids(r, t);
	p_cwd(r);
	p_task_mem(r, t);
	p_kstr(r, t->comm);
	p_empty(r);		/* cgroups */
	if (ret == 0 && t->mm)
		p_mmstrings(r, t->mm->env_start, t->mm->env_end, 4096);
	else
		p_empty(r);
	p_u32(r, 0);		/* tty */
	p_u64(r, (u64)task_pgrp_nr(t));
	p_u32(r, (u32)from_kuid(&init_user_ns, audit_get_loginuid(t)));
	p_u32(r, 0);		/* flags */
}

static void ev_clone_x(struct ring *r, long ret, u64 flags)
{
	struct task_struct *t = current;

	p_u64(r, (u64)ret);
	p_exe_args(r, true);
	p_task_ids(r, t);
	p_cwd(r);
	p_task_mem(r, t);
	p_kstr(r, t->comm);
	p_empty(r);		/* cgroups */
	p_u32(r, clone_flags(flags));
	p_u32(r, from_kuid(&init_user_ns, current_uid()));
	p_u32(r, from_kgid(&init_user_ns, current_gid()));
	p_u64(r, (u64)task_pid_vnr(t));
	p_u64(r, (u64)task_tgid_vnr(t));
}

static u64 clone3_flags(const void __user *args)
{
	u64 f = 0;

	if (copy_from_user_nofault(&f, args, sizeof(f)))
		return 0;
	return f;
}

#define FD(x)	((u64)(s64)(int)(x))

/* ---- the probes ---- */

static bool traced(void)
{
	if (!READ_ONCE(capturing) || current->tgid == READ_ONCE(reader_tgid))
		return false;
	if (in_compat_syscall())
		return false;
	return true;
}

static void probe_sys_enter(void *data, struct pt_regs *regs, long id)
{
	unsigned long a[6];
	struct ring *r;
	pid_t tid = current->pid;

	if (!traced() || id < 0)
		return;
	syscall_get_arguments(current, regs, a);
	switch (id) {
	case __NR_open:
		if (!(r = ev_begin(EV_OPEN_E, 3, tid))) return;
		p_ustr(r, (const char __user *)a[0]);
		p_u32(r, open_flags(a[1]));
		p_u32(r, open_mode(a[1], a[2]));
		break;
	case __NR_openat:
		if (!(r = ev_begin(EV_OPENAT_2_E, 4, tid))) return;
		p_u64(r, FD(a[0]));
		p_ustr(r, (const char __user *)a[1]);
		p_u32(r, open_flags(a[2]));
		p_u32(r, open_mode(a[2], a[3]));
		break;
	case __NR_openat2: {
		struct open_how how = { 0 };

		if (!(r = ev_begin(EV_OPENAT2_E, 5, tid))) return;
		if (copy_from_user_nofault(&how, (void __user *)a[2],
		    min_t(size_t, a[3], sizeof(how))))
			memset(&how, 0, sizeof(how));
		p_u64(r, FD(a[0]));
		p_ustr(r, (const char __user *)a[1]);
		p_u32(r, open_flags(how.flags));
		p_u32(r, open_mode(how.flags, how.mode));
		p_u32(r, (u32)how.resolve);
		break;
	}
	case __NR_creat:
		if (!(r = ev_begin(EV_CREAT_E, 2, tid))) return;
		p_ustr(r, (const char __user *)a[0]);
		p_u32(r, (u32)a[1]);
		break;
	case __NR_close:
		if (!(r = ev_begin(EV_CLOSE_E, 1, tid))) return;
		p_u64(r, FD(a[0]));
		break;
	case __NR_read:
	case __NR_write:
		if (!(r = ev_begin(id == __NR_read ? EV_READ_E : EV_WRITE_E,
		    2, tid))) return;
		p_u64(r, FD(a[0]));
		p_u32(r, (u32)a[2]);
		break;
	case __NR_pread64:
	case __NR_pwrite64:
		if (!(r = ev_begin(id == __NR_pread64 ? EV_PREAD_E :
		    EV_PWRITE_E, 3, tid))) return;
		p_u64(r, FD(a[0]));
		p_u32(r, (u32)a[2]);
		p_u64(r, (u64)a[3]);
		break;
	case __NR_readv:
		if (!(r = ev_begin(EV_READV_E, 1, tid))) return;
		p_u64(r, FD(a[0]));
		break;
	case __NR_writev:
		if (!(r = ev_begin(EV_WRITEV_E, 2, tid))) return;
		p_u64(r, FD(a[0]));
		p_u32(r, (u32)uiov_size((const struct iovec __user *)a[1], a[2]));
		break;
	case __NR_socket:
		if (!(r = ev_begin(EV_SOCKET_E, 3, tid))) return;
		p_u32(r, (u32)a[0]);
		p_u32(r, (u32)a[1]);
		p_u32(r, (u32)a[2]);
		break;
	case __NR_connect:
		if (!(r = ev_begin(EV_CONNECT_E, 2, tid))) return;
		p_u64(r, FD(a[0]));
		p_usockaddr(r, (const void __user *)a[1], (int)a[2]);
		break;
	case __NR_bind:
		if (!(r = ev_begin(EV_BIND_E, 1, tid))) return;
		p_u64(r, FD(a[0]));
		break;
	case __NR_listen:
		if (!(r = ev_begin(EV_LISTEN_E, 2, tid))) return;
		p_u64(r, FD(a[0]));
		p_u32(r, (u32)a[1]);
		break;
	case __NR_accept:
		if (!(r = ev_begin(EV_ACCEPT_E, 0, tid))) return;
		break;
	case __NR_accept4:
		if (!(r = ev_begin(EV_ACCEPT4_E, 1, tid))) return;
		p_u32(r, (u32)a[3]);
		break;
	case __NR_sendto:
		if (!(r = ev_begin(EV_SENDTO_E, 3, tid))) return;
		p_u64(r, FD(a[0]));
		p_u32(r, (u32)a[2]);
		p_socktuple_addr(r, (long)(int)a[0], false,
		    (const void __user *)a[4], (int)a[5]);
		break;
	case __NR_recvfrom:
		if (!(r = ev_begin(EV_RECVFROM_E, 2, tid))) return;
		p_u64(r, FD(a[0]));
		p_u32(r, (u32)a[2]);
		break;
	case __NR_sendmsg: {
		struct user_msghdr m;

		if (!(r = ev_begin(EV_SENDMSG_E, 3, tid))) return;
		p_u64(r, FD(a[0]));
		if (copy_from_user_nofault(&m, (void __user *)a[1], sizeof(m)))
			p_u32(r, 0);
		else
			p_u32(r, (u32)uiov_size(m.msg_iov, m.msg_iovlen));
		p_socktuple(r, (long)(int)a[0], false);
		break;
	}
	case __NR_recvmsg:
		if (!(r = ev_begin(EV_RECVMSG_E, 1, tid))) return;
		p_u64(r, FD(a[0]));
		break;
	case __NR_execve:
		if (!(r = ev_begin(EV_EXECVE_19_E, 1, tid))) return;
		p_ustr(r, (const char __user *)a[0]);
		break;
	case __NR_execveat:
		if (!(r = ev_begin(EV_EXECVEAT_E, 3, tid))) return;
		p_u64(r, FD(a[0]));
		p_ustr(r, (const char __user *)a[1]);
		p_u32(r, ((a[4] & AT_EMPTY_PATH) ? 1 : 0) |
		    ((a[4] & AT_SYMLINK_NOFOLLOW) ? 2 : 0));
		break;
	case __NR_clone:
	case __NR_fork:
	case __NR_vfork:
	case __NR_clone3:
		if (!(r = ev_begin(id == __NR_clone ? EV_CLONE_20_E :
		    id == __NR_fork ? EV_FORK_20_E : id == __NR_vfork ?
		    EV_VFORK_20_E : EV_CLONE3_E, 0, tid))) return;
		break;
	case __NR_chdir:
		if (!(r = ev_begin(EV_CHDIR_E, 0, tid))) return;
		break;
	case __NR_fchdir:
		if (!(r = ev_begin(EV_FCHDIR_E, 1, tid))) return;
		p_u64(r, FD(a[0]));
		break;
	case __NR_unlink:
		if (!(r = ev_begin(EV_UNLINK_2_E, 0, tid))) return;
		break;
	case __NR_unlinkat:
		if (!(r = ev_begin(EV_UNLINKAT_2_E, 0, tid))) return;
		break;
	case __NR_rename:
		if (!(r = ev_begin(EV_RENAME_E, 0, tid))) return;
		break;
	case __NR_renameat:
		if (!(r = ev_begin(EV_RENAMEAT_E, 0, tid))) return;
		break;
	case __NR_mkdir:
		if (!(r = ev_begin(EV_MKDIR_2_E, 1, tid))) return;
		p_u32(r, (u32)a[1]);
		break;
	case __NR_mkdirat:
		if (!(r = ev_begin(EV_MKDIRAT_E, 0, tid))) return;
		break;
	case __NR_rmdir:
		if (!(r = ev_begin(EV_RMDIR_2_E, 0, tid))) return;
		break;
	case __NR_kill:
		if (!(r = ev_begin(EV_KILL_E, 2, tid))) return;
		p_u64(r, (u64)(s64)(int)a[0]);
		p_u8(r, (u8)a[1]);
		break;
	case __NR_dup:
	case __NR_dup2:
	case __NR_dup3:
		if (!(r = ev_begin(EV_DUP_E, 1, tid))) return;
		p_u64(r, FD(a[0]));
		break;
	case __NR_pipe:
	case __NR_pipe2:
		if (!(r = ev_begin(EV_PIPE_E, 0, tid))) return;
		break;
	case __NR_setuid:
	case __NR_setgid:
		if (!(r = ev_begin(id == __NR_setuid ? EV_SETUID_E :
		    EV_SETGID_E, 1, tid))) return;
		p_u32(r, (u32)a[0]);
		break;
	case __NR_mmap:
		if (!(r = ev_begin(EV_MMAP_E, 6, tid))) return;
		p_u64(r, a[0]);
		p_u64(r, a[1]);
		p_u32(r, mmap_prot(a[2]));
		p_u32(r, mmap_flags(a[3]));
		p_u64(r, FD(a[4]));
		p_u64(r, a[5]);
		break;
	case __NR_ioctl:
		if (!(r = ev_begin(EV_IOCTL_3_E, 3, tid))) return;
		p_u64(r, FD(a[0]));
		p_u64(r, a[1]);
		p_u64(r, a[2]);
		break;
	case __NR_fcntl:
		if (!(r = ev_begin(EV_FCNTL_E, 2, tid))) return;
		p_u64(r, FD(a[0]));
		p_u8(r, fcntl_cmd(a[1]));
		break;
	default:
		if (!(r = ev_begin(EV_GENERIC_E, 2, tid))) return;
		p_u16(r, 0);		/* PPM_SC code: scap-record fills it */
		p_u16(r, (u16)id);
		break;
	}
	ev_commit(r);
}

/* res and one user path (unlink, rmdir, chdir...). */
static struct ring *ev_res_path(u16 type, pid_t tid, long ret,
    unsigned long path)
{
	struct ring *r = ev_begin(type, 2, tid);

	if (r) {
		p_u64(r, (u64)ret);
		p_ustr(r, (const char __user *)path);
	}
	return r;
}

static void probe_sys_exit(void *data, struct pt_regs *regs, long ret)
{
	unsigned long a[6];
	struct ring *r;
	pid_t tid = current->pid;
	long id = syscall_get_nr(current, regs);
	u32 sl = READ_ONCE(snaplen);

	if (!traced() || id < 0)
		return;
	syscall_get_arguments(current, regs, a);
	switch (id) {
	case __NR_open:
		if (!(r = ev_begin(EV_OPEN_X, 5, tid))) return;
		p_u64(r, (u64)ret);
		p_ustr(r, (const char __user *)a[0]);
		p_u32(r, open_flags(a[1]));
		p_u32(r, open_mode(a[1], a[2]));
		p_u32(r, fd_dev(ret));
		break;
	case __NR_openat:
		if (!(r = ev_begin(EV_OPENAT_2_X, 6, tid))) return;
		p_u64(r, (u64)ret);
		p_u64(r, FD(a[0]));
		p_ustr(r, (const char __user *)a[1]);
		p_u32(r, open_flags(a[2]));
		p_u32(r, open_mode(a[2], a[3]));
		p_u32(r, fd_dev(ret));
		break;
	case __NR_openat2: {
		struct open_how how = { 0 };

		if (!(r = ev_begin(EV_OPENAT2_X, 6, tid))) return;
		if (copy_from_user_nofault(&how, (void __user *)a[2],
		    min_t(size_t, a[3], sizeof(how))))
			memset(&how, 0, sizeof(how));
		p_u64(r, (u64)ret);
		p_u64(r, FD(a[0]));
		p_ustr(r, (const char __user *)a[1]);
		p_u32(r, open_flags(how.flags));
		p_u32(r, open_mode(how.flags, how.mode));
		p_u32(r, (u32)how.resolve);
		break;
	}
	case __NR_creat:
		if (!(r = ev_begin(EV_CREAT_X, 4, tid))) return;
		p_u64(r, (u64)ret);
		p_ustr(r, (const char __user *)a[0]);
		p_u32(r, (u32)a[1]);
		p_u32(r, fd_dev(ret));
		break;
	case __NR_close:
		if (!(r = ev_begin(EV_CLOSE_X, 1, tid))) return;
		p_u64(r, (u64)ret);
		break;
	case __NR_read:
	case __NR_write:
	case __NR_pread64:
	case __NR_pwrite64:
		if (!(r = ev_begin(id == __NR_read ? EV_READ_X :
		    id == __NR_write ? EV_WRITE_X : id == __NR_pread64 ?
		    EV_PREAD_X : EV_PWRITE_X, 2, tid))) return;
		p_u64(r, (u64)ret);
		if (ret > 0)
			p_ubuf(r, (const void __user *)a[1], ret, sl);
		else
			p_empty(r);
		break;
	case __NR_readv:
		if (!(r = ev_begin(EV_READV_X, 3, tid))) return;
		p_u64(r, (u64)ret);
		p_u32(r, ret > 0 ? (u32)ret : 0);
		if (ret > 0)
			p_uiov(r, (const struct iovec __user *)a[1], a[2],
			    min_t(u64, ret, sl));
		else
			p_empty(r);
		break;
	case __NR_writev:
		if (!(r = ev_begin(EV_WRITEV_X, 2, tid))) return;
		p_u64(r, (u64)ret);
		if (ret > 0)
			p_uiov(r, (const struct iovec __user *)a[1], a[2],
			    min_t(u64, ret, sl));
		else
			p_empty(r);
		break;
	case __NR_socket:
		if (!(r = ev_begin(EV_SOCKET_X, 1, tid))) return;
		p_u64(r, (u64)ret);
		break;
	case __NR_connect:
		if (!(r = ev_begin(EV_CONNECT_X, 2, tid))) return;
		p_u64(r, (u64)ret);
		if (ret == 0 || ret == -EINPROGRESS)
			p_socktuple(r, (long)(int)a[0], false);
		else
			p_empty(r);
		break;
	case __NR_bind:
		if (!(r = ev_begin(EV_BIND_X, 2, tid))) return;
		p_u64(r, (u64)ret);
		p_usockaddr(r, (const void __user *)a[1], (int)a[2]);
		break;
	case __NR_listen:
		if (!(r = ev_begin(EV_LISTEN_X, 1, tid))) return;
		p_u64(r, (u64)ret);
		break;
	case __NR_accept:
	case __NR_accept4:
		if (!(r = ev_begin(id == __NR_accept ? EV_ACCEPT_X :
		    EV_ACCEPT4_X, 5, tid))) return;
		p_u64(r, (u64)ret);
		if (ret >= 0)
			p_socktuple(r, ret, true);
		else
			p_empty(r);
		p_queue(r, (long)(int)a[0]);
		break;
	case __NR_sendto:
	case __NR_sendmsg:
		if (!(r = ev_begin(id == __NR_sendto ? EV_SENDTO_X :
		    EV_SENDMSG_X, 2, tid))) return;
		p_u64(r, (u64)ret);
		if (ret > 0 && id == __NR_sendto) {
			p_ubuf(r, (const void __user *)a[1], ret, sl);
		} else if (ret > 0) {
			struct user_msghdr m;

			if (copy_from_user_nofault(&m, (void __user *)a[1],
			    sizeof(m)))
				p_empty(r);
			else
				p_uiov(r, m.msg_iov, m.msg_iovlen,
				    min_t(u64, ret, sl));
		} else {
			p_empty(r);
		}
		break;
	case __NR_recvfrom:
		if (!(r = ev_begin(EV_RECVFROM_X, 3, tid))) return;
		p_u64(r, (u64)ret);
		if (ret > 0) {
			int alen = 0;

			p_ubuf(r, (const void __user *)a[1], ret, sl);
			if (a[5] && copy_from_user_nofault(&alen,
			    (const void __user *)a[5], sizeof(alen)))
				alen = 0;
			p_socktuple_addr(r, (long)(int)a[0], true,
			    (const void __user *)a[4], alen);
		} else {
			p_empty(r);
			p_empty(r);
		}
		break;
	case __NR_recvmsg:
		if (!(r = ev_begin(EV_RECVMSG_X, 4, tid))) return;
		p_u64(r, (u64)ret);
		p_u32(r, ret > 0 ? (u32)ret : 0);
		if (ret > 0) {
			struct user_msghdr m;

			if (copy_from_user_nofault(&m, (void __user *)a[1],
			    sizeof(m)))
				p_empty(r);
			else
				p_uiov(r, m.msg_iov, m.msg_iovlen,
				    min_t(u64, ret, sl));
			p_socktuple(r, (long)(int)a[0], true);
		} else {
			p_empty(r);
			p_empty(r);
		}
		break;
	case __NR_execve:
		if (!(r = ev_begin(EV_EXECVE_19_X, 20, tid))) return;
		ev_execve_x(r, ret);
		break;
	case __NR_execveat:
		if (!(r = ev_begin(EV_EXECVEAT_X, 20, tid))) return;
		ev_execve_x(r, ret);
		break;
	case __NR_clone:
		if (!(r = ev_begin(EV_CLONE_20_X, 20, tid))) return;
		ev_clone_x(r, ret, a[0]);
		break;
	case __NR_fork:
		if (!(r = ev_begin(EV_FORK_20_X, 20, tid))) return;
		ev_clone_x(r, ret, 0);
		break;
	case __NR_vfork:
		if (!(r = ev_begin(EV_VFORK_20_X, 20, tid))) return;
		ev_clone_x(r, ret, CLONE_VFORK | CLONE_VM);
		break;
	case __NR_clone3:
		if (!(r = ev_begin(EV_CLONE3_X, 20, tid))) return;
		ev_clone_x(r, ret, clone3_flags((const void __user *)a[0]));
		break;
	case __NR_chdir:
		if (!(r = ev_res_path(EV_CHDIR_X, tid, ret, a[0]))) return;
		break;
	case __NR_fchdir:
		if (!(r = ev_begin(EV_FCHDIR_X, 1, tid))) return;
		p_u64(r, (u64)ret);
		break;
	case __NR_unlink:
		if (!(r = ev_res_path(EV_UNLINK_2_X, tid, ret, a[0]))) return;
		break;
	case __NR_rmdir:
		if (!(r = ev_res_path(EV_RMDIR_2_X, tid, ret, a[0]))) return;
		break;
	case __NR_mkdir:
		if (!(r = ev_res_path(EV_MKDIR_2_X, tid, ret, a[0]))) return;
		break;
	case __NR_unlinkat:
		if (!(r = ev_begin(EV_UNLINKAT_2_X, 4, tid))) return;
		p_u64(r, (u64)ret);
		p_u64(r, FD(a[0]));
		p_ustr(r, (const char __user *)a[1]);
		p_u32(r, (a[2] & AT_REMOVEDIR) ? 512 : 0);
		break;
	case __NR_mkdirat:
		if (!(r = ev_begin(EV_MKDIRAT_X, 4, tid))) return;
		p_u64(r, (u64)ret);
		p_u64(r, FD(a[0]));
		p_ustr(r, (const char __user *)a[1]);
		p_u32(r, (u32)a[2]);
		break;
	case __NR_rename:
		if (!(r = ev_begin(EV_RENAME_X, 3, tid))) return;
		p_u64(r, (u64)ret);
		p_ustr(r, (const char __user *)a[0]);
		p_ustr(r, (const char __user *)a[1]);
		break;
	case __NR_renameat:
		if (!(r = ev_begin(EV_RENAMEAT_X, 5, tid))) return;
		p_u64(r, (u64)ret);
		p_u64(r, FD(a[0]));
		p_ustr(r, (const char __user *)a[1]);
		p_u64(r, FD(a[2]));
		p_ustr(r, (const char __user *)a[3]);
		break;
	case __NR_kill:
		if (!(r = ev_begin(EV_KILL_X, 1, tid))) return;
		p_u64(r, (u64)ret);
		break;
	case __NR_dup:
	case __NR_dup2:
	case __NR_dup3:
		if (!(r = ev_begin(EV_DUP_X, 1, tid))) return;
		p_u64(r, (u64)ret);
		break;
	case __NR_pipe:
	case __NR_pipe2: {
		int fds[2] = { -1, -1 };
		u64 ino = 0;

		if (!(r = ev_begin(EV_PIPE_X, 4, tid))) return;
		if (ret == 0 && !copy_from_user_nofault(fds,
		    (void __user *)a[0], sizeof(fds))) {
			struct file *f = fget_raw(fds[0]);

			if (f) {
				ino = file_inode(f)->i_ino;
				fput(f);
			}
		}
		p_u64(r, (u64)ret);
		p_u64(r, FD(fds[0]));
		p_u64(r, FD(fds[1]));
		p_u64(r, ino);
		break;
	}
	case __NR_setuid:
	case __NR_setgid:
		if (!(r = ev_begin(id == __NR_setuid ? EV_SETUID_X :
		    EV_SETGID_X, 1, tid))) return;
		p_u64(r, (u64)ret);
		break;
	case __NR_mmap:
		if (!(r = ev_begin(EV_MMAP_X, 4, tid))) return;
		p_u64(r, (u64)ret);
		if (current->mm) {
			struct mm_struct *mm = current->mm;

			p_u32(r, (u32)(mm->total_vm << (PAGE_SHIFT - 10)));
			p_u32(r, (u32)(get_mm_rss(mm) << (PAGE_SHIFT - 10)));
			p_u32(r, (u32)(get_mm_counter(mm, MM_SWAPENTS) <<
			    (PAGE_SHIFT - 10)));
		} else {
			p_u32(r, 0);
			p_u32(r, 0);
			p_u32(r, 0);
		}
		break;
	case __NR_ioctl:
		if (!(r = ev_begin(EV_IOCTL_3_X, 1, tid))) return;
		p_u64(r, (u64)ret);
		break;
	case __NR_fcntl:
		if (!(r = ev_begin(EV_FCNTL_X, 1, tid))) return;
		p_u64(r, (u64)ret);
		break;
	default:
		if (!(r = ev_begin(EV_GENERIC_X, 2, tid))) return;
		p_u16(r, 0);
		p_u16(r, (u16)id);
		break;
	}
	ev_commit(r);
}

static void probe_proc_exit(void *data, struct task_struct *p)
{
	struct ring *r;
	int code = p->exit_code;

	if (!READ_ONCE(capturing) || p->tgid == READ_ONCE(reader_tgid))
		return;
	r = ev_begin(EV_PROCEXIT_1_E, 4, p->pid);
	if (!r)
		return;
	p_u64(r, (u64)(s64)code);
	p_u64(r, (u64)(s64)((code >> 8) & 0xff));
	p_u8(r, (u8)(code & 0x7f));
	p_u8(r, (code & 0x80) ? 1 : 0);
	ev_commit(r);
}

/*
 * The switch event of the task leaving this CPU (event tid: prev; next:
 * the tid of the task that runs next, 0 for the idle task), with prev's
 * page fault counts and memory in KiB.  It runs inside the scheduler,
 * with the runqueue locked and interrupts off: it only reads the two
 * tasks and appends to this CPU's buffer, never waits and never wakes
 * anyone.  prev is current, so its mm cannot go away under us.
 */
static void probe_sched_switch(void *data, bool preempt,
    struct task_struct *prev, struct task_struct *next,
    unsigned int prev_state)
{
	struct mm_struct *mm = READ_ONCE(prev->mm);
	struct ring *r;

	if (!READ_ONCE(capturing) || prev->tgid == READ_ONCE(reader_tgid))
		return;
	r = ev_begin(EV_SCHEDSWITCH_6_E, 6, prev->pid);
	if (!r)
		return;
	p_u64(r, (u64)(s64)next->pid);
	p_u64(r, prev->maj_flt);
	p_u64(r, prev->min_flt);
	if (mm) {
		p_u32(r, (u32)(mm->total_vm << (PAGE_SHIFT - 10)));
		p_u32(r, (u32)(get_mm_rss(mm) << (PAGE_SHIFT - 10)));
		p_u32(r, (u32)(get_mm_counter(mm, MM_SWAPENTS) <<
		    (PAGE_SHIFT - 10)));
	} else {
		p_u32(r, 0);
		p_u32(r, 0);
		p_u32(r, 0);
	}
	ev_commit(r);
}

/* ---- the device ---- */

/* Hook or unhook sched_switch; open_lock held. */
static int set_switch(bool on)
{
	int err = 0;

	if (on && !tp_switch) {
		if (!tp_sched_switch)
			return -ENODEV;
		err = tracepoint_probe_register(tp_sched_switch,
		    probe_sched_switch, NULL);
		tp_switch = err == 0;
	} else if (!on && tp_switch) {
		tracepoint_probe_unregister(tp_sched_switch,
		    probe_sched_switch, NULL);
		tp_switch = false;
		tracepoint_synchronize_unregister();
	}
	return err;
}

static void reset_rings(void)
{
	int cpu;

	for_each_possible_cpu(cpu) {
		struct ring *r = per_cpu_ptr(&rings, cpu);

		r->head = r->tail = 0;
		r->events = r->drops = 0;
	}
}

static int rec_open(struct inode *ino, struct file *f)
{
	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	if (!mutex_trylock(&open_lock))
		return -EBUSY;
	if (capturing) {
		mutex_unlock(&open_lock);
		return -EBUSY;
	}
	reset_rings();
	WRITE_ONCE(reader_tgid, current->tgid);
	WRITE_ONCE(snaplen, 80);
	smp_wmb();
	WRITE_ONCE(capturing, true);
	mutex_unlock(&open_lock);
	return 0;
}

static int rec_release(struct inode *ino, struct file *f)
{
	mutex_lock(&open_lock);
	WRITE_ONCE(capturing, false);
	set_switch(false);
	/* let probes that saw capturing == true finish */
	synchronize_rcu();
	tracepoint_synchronize_unregister();
	mutex_unlock(&open_lock);
	return 0;
}

/* Copy whole records from the rings to the user's buffer: of each CPU,
 * the records that fit, in one or two copies (the ring may wrap). */
static ssize_t rec_read(struct file *f, char __user *ubuf, size_t count,
    loff_t *pos)
{
	size_t done = 0;
	int cpu;

	for (;;) {
		for_each_possible_cpu(cpu) {
			struct ring *r = per_cpu_ptr(&rings, cpu);
			u64 tail = r->tail, end = tail;
			u64 head = smp_load_acquire(&r->head);
			u64 off, first, n;

			if (!r->buf)
				continue;
			/* a record starts 8-aligned: its size never wraps */
			while (end < head) {
				u32 total;

				memcpy(&total, r->buf + (end & (r->size - 1)), 4);
				if (total < 8 + HDR_LEN || total > SCRATCH ||
				    total > head - end)
					return -EIO;
				if (done + (end - tail) + total > count)
					break;
				end += total;
			}
			if (end == tail)
				continue;
			n = end - tail;
			off = tail & (r->size - 1);
			first = min_t(u64, n, r->size - off);
			if (copy_to_user(ubuf + done, r->buf + off, first))
				return -EFAULT;
			if (first < n && copy_to_user(ubuf + done + first,
			    r->buf, n - first))
				return -EFAULT;
			done += n;
			smp_store_release(&r->tail, end);
		}
		if (done > 0)
			return done;
		if (count < SCRATCH)
			return -EINVAL;
		if (f->f_flags & O_NONBLOCK)
			return -EAGAIN;
		if (signal_pending(current))
			return -EINTR;
		msleep_interruptible(20);
	}
}

static long rec_ioctl(struct file *f, unsigned int cmd, unsigned long arg)
{
	switch (cmd) {
	case SCAPREC_IOC_SNAPLEN:
		if (arg > 65000)
			return -EINVAL;
		WRITE_ONCE(snaplen, (u32)arg);
		return 0;
	case SCAPREC_IOC_SWITCH: {
		int err;

		mutex_lock(&open_lock);
		err = set_switch(arg != 0);
		mutex_unlock(&open_lock);
		return err;
	}
	case SCAPREC_IOC_STATS: {
		struct scaprec_stats st = { 0 };
		int cpu;

		for_each_possible_cpu(cpu) {
			struct ring *r = per_cpu_ptr(&rings, cpu);

			st.events += READ_ONCE(r->events);
			st.drops += READ_ONCE(r->drops);
		}
		if (copy_to_user((void __user *)arg, &st, sizeof(st)))
			return -EFAULT;
		return 0;
	}
	}
	return -ENOTTY;
}

static const struct file_operations rec_fops = {
	.owner = THIS_MODULE,
	.open = rec_open,
	.release = rec_release,
	.read = rec_read,
	.unlocked_ioctl = rec_ioctl,
	.llseek = noop_llseek,
};

static struct miscdevice rec_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "scaprec",
	.fops = &rec_fops,
	.mode = 0400,
};

/* ---- load and unload ---- */

static void find_tp(struct tracepoint *tp, void *priv)
{
	if (strcmp(tp->name, "sys_enter") == 0)
		tp_sys_enter = tp;
	else if (strcmp(tp->name, "sys_exit") == 0)
		tp_sys_exit = tp;
	else if (strcmp(tp->name, "sched_process_exit") == 0)
		tp_proc_exit = tp;
	else if (strcmp(tp->name, "sched_switch") == 0)
		tp_sched_switch = tp;
}

static void free_rings(void)
{
	int cpu;

	for_each_possible_cpu(cpu) {
		struct ring *r = per_cpu_ptr(&rings, cpu);

		vfree(r->buf);
		kfree(r->scratch);
		r->buf = NULL;
		r->scratch = NULL;
	}
}

static void unhook(void)
{
	if (tp_enter)
		tracepoint_probe_unregister(tp_sys_enter, probe_sys_enter, NULL);
	if (tp_exit)
		tracepoint_probe_unregister(tp_sys_exit, probe_sys_exit, NULL);
	if (tp_pexit)
		tracepoint_probe_unregister(tp_proc_exit, probe_proc_exit, NULL);
	if (tp_switch)
		tracepoint_probe_unregister(tp_sched_switch, probe_sched_switch,
		    NULL);
	tp_enter = tp_exit = tp_pexit = tp_switch = false;
	tracepoint_synchronize_unregister();
}

static int __init scaprec_init(void)
{
	u64 size = (u64)bufsize_kb * 1024;
	int cpu, err;

	if (size < 2 * SCRATCH || (size & (size - 1))) {
		pr_err("scaprec: bufsize_kb must be a power of two >= 128\n");
		return -EINVAL;
	}
	for_each_kernel_tracepoint(find_tp, NULL);
	if (!tp_sys_enter || !tp_sys_exit || !tp_proc_exit) {
		pr_err("scaprec: kernel %s lacks the sys_enter/sys_exit/"
		    "sched_process_exit tracepoints; unsupported kernel\n",
		    init_utsname()->release);
		return -ENODEV;
	}
	for_each_possible_cpu(cpu) {
		struct ring *r = per_cpu_ptr(&rings, cpu);

		r->size = size;
		r->buf = vmalloc(size + SCRATCH);
		r->scratch = kmalloc(SCRATCH, GFP_KERNEL);
		if (!r->buf || !r->scratch) {
			free_rings();
			return -ENOMEM;
		}
	}
	err = tracepoint_probe_register(tp_sys_enter, probe_sys_enter, NULL);
	tp_enter = err == 0;
	if (!err) {
		err = tracepoint_probe_register(tp_sys_exit, probe_sys_exit, NULL);
		tp_exit = err == 0;
	}
	if (!err) {
		err = tracepoint_probe_register(tp_proc_exit, probe_proc_exit,
		    NULL);
		tp_pexit = err == 0;
	}
	if (!err)
		err = misc_register(&rec_misc);
	if (err) {
		unhook();
		free_rings();
		pr_err("scaprec: cannot load: error %d\n", err);
		return err;
	}
	pr_info("scaprec: loaded, %u KiB per CPU, /dev/scaprec\n", bufsize_kb);
	return 0;
}

static void __exit scaprec_exit(void)
{
	misc_deregister(&rec_misc);
	unhook();
	free_rings();
	pr_info("scaprec: unloaded\n");
}

module_init(scaprec_init);
module_exit(scaprec_exit);
