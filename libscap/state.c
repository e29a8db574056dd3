/*
 * state.c - threads, file descriptors and users, as libsinsp keeps them:
 * seeded from the metadata blocks (PL, FDL, UL, IL) and updated by
 * events before they are formatted.  The rules are those of scap(5),
 * "reconstructing thread and fd state".
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scap_private.h"

/* Event ids the state follows (see scap(5), the event table). */
enum {
	E_OPEN_E = 2, E_OPEN_X = 3, E_CLOSE_E = 4, E_CLOSE_X = 5,
	E_EXECVE_8_X = 13, E_CLONE_11_X = 15, E_PROCEXIT_E = 16,
	E_SOCKET_E = 18, E_SOCKET_X = 19, E_BIND_X = 21, E_CONNECT_E = 22,
	E_CONNECT_X = 23, E_ACCEPT_X = 27, E_SEND_X = 29, E_SENDTO_E = 30,
	E_SENDTO_X = 31, E_RECV_X = 33, E_RECVFROM_X = 35,
	E_SOCKETPAIR_X = 43, E_SENDMSG_E = 48, E_SENDMSG_X = 49,
	E_RECVMSG_X = 53, E_ACCEPT4_X = 57, E_CREAT_E = 58, E_CREAT_X = 59,
	E_PIPE_X = 61, E_EVENTFD_E = 62, E_EVENTFD_X = 63,
	E_CHDIR_E = 94, E_CHDIR_X = 95, E_FCHDIR_E = 96, E_FCHDIR_X = 97,
	E_OPENAT_E = 102, E_OPENAT_X = 103, E_READ_X = 7, E_WRITE_X = 9,
	E_PREAD_X = 113, E_PWRITE_X = 115, E_READV_X = 117, E_WRITEV_X = 119,
	E_PREADV_X = 121, E_PWRITEV_X = 123, E_DUP_X = 125,
	E_SIGNALFD_X = 127, E_TIMERFD_CREATE_X = 137, E_INOTIFY_INIT_X = 139,
	E_SWITCH_1_E = 146, E_FCNTL_E = 150, E_FCNTL_X = 151,
	E_SWITCH_6_E = 152, E_EXECVE_13_X = 155, E_CLONE_16_X = 157,
	E_EXECVE_14_X = 173, E_FORK_X = 183, E_VFORK_X = 185,
	E_PROCEXIT_1_E = 186, E_SETRESUID_E = 192, E_SETRESUID_X = 193,
	E_SETRESGID_E = 194, E_SETRESGID_X = 195, E_SETUID_E = 198,
	E_SETUID_X = 199, E_SETGID_E = 200, E_SETGID_X = 201,
	E_EXECVE_15_X = 215, E_CLONE_17_X = 217, E_FORK_17_X = 219,
	E_VFORK_17_X = 221, E_CLONE_20_X = 223, E_FORK_20_X = 225,
	E_VFORK_20_X = 227, E_CONTAINER_E = 228, E_EXECVE_16_X = 231,
	E_ACCEPT_5_X = 247, E_ACCEPT4_5_X = 249, E_CHROOT_X = 267,
	E_CONTAINER_JSON_E = 272, E_EXECVE_17_X = 283, E_EXECVE_18_E = 288,
	E_EXECVE_18_X = 289, E_EXECVE_19_E = 292, E_EXECVE_19_X = 293,
	E_SETPGID_E = 294, E_OPENAT_2_E = 306, E_OPENAT_2_X = 307,
	E_CONTAINER_JSON_2_E = 324, E_OPENAT2_E = 326, E_OPENAT2_X = 327,
	E_EXECVEAT_E = 330, E_EXECVEAT_X = 331, E_CLONE3_X = 335,
	E_GETRLIMIT_E = 236, E_SETRLIMIT_E = 238, E_PRLIMIT_E = 264,
	E_SHUTDOWN_E = 36, E_SENDFILE_E = 144, E_TRACER_E = 268,
	E_GETSOCKOPT_X = 47, E_GETCWD_X = 93
};

#define PPM_O_DIRECTORY		(1u << 10)
#define PPM_AT_FDCWD		(-100)
#define PPM_AF_UNIX		1
#define PPM_AF_INET		2
#define PPM_AF_INET6		10
#define PPM_AF_NETLINK		16
#define PPM_FCNTL_F_DUPFD	1
#define PPM_FCNTL_F_DUPFD_CLOEXEC 26
#define CL_CHILD_IN_PIDNS	(1u << 29)
#define CL_CLONE_INVERTED	(1u << 16)
#define CL_NAME_CHANGED		(1u << 17)
#define CL_ACTIVE		(1u << 19)
#define CL_PIPE_SRC		(1u << 21)
#define CL_PIPE_DST		(1u << 22)
#define MAX_PATH		1024	/* SCAP_MAX_PATH_SIZE */

/* fd tables: fd number -> struct scap_fd. */
struct fdtable {
	struct i64map *m;
};

static struct fdtable *
fdtable_new(void)
{
	struct fdtable *t = calloc(1, sizeof(*t));

	if (t == NULL)
		abort();
	t->m = scapint_map_new();
	return t;
}

/*
 * Closed fds are kept (with their name buffers) for the next opens of
 * this thread, so that opening and closing files allocates nothing.  The
 * pool is emptied when the thread's last state is freed, so that a
 * thread that ends leaves nothing behind.
 */
#define FD_POOL_MAX	256
static _Thread_local struct scap_fd *fd_pool[FD_POOL_MAX];
static _Thread_local unsigned fd_npool;
static _Thread_local int fd_pool_users;

static void
fd_pool_drain(void)
{
	while (fd_npool > 0) {
		struct scap_fd *f = fd_pool[--fd_npool];

		sbuf_free(&f->name);
		free(f);
	}
}

static struct scap_fd *
fd_alloc(void)
{
	struct scap_fd *f;
	struct sbuf keep;

	if (fd_npool == 0) {
		if ((f = calloc(1, sizeof(*f))) == NULL)
			abort();
		return f;
	}
	f = fd_pool[--fd_npool];
	keep = f->name;
	memset(f, 0, sizeof(*f));
	f->name = keep;
	f->name.len = 0;
	return f;
}

static void
fd_free(struct scap_fd *f)
{
	if (fd_npool < FD_POOL_MAX) {
		fd_pool[fd_npool++] = f;
		return;
	}
	sbuf_free(&f->name);
	free(f);
}

static void
fdtable_free(struct fdtable *t)
{
	size_t it = 0;
	struct scap_fd *f;

	if (t == NULL)
		return;
	while ((f = scapint_map_next(t->m, &it, NULL)) != NULL)
		fd_free(f);
	scapint_map_free(t->m);
	free(t);
}

static struct fdtable *
fdtable_copy(const struct fdtable *src)
{
	struct fdtable *t = fdtable_new();
	size_t it = 0;
	struct scap_fd *f;
	int64_t k;

	while ((f = scapint_map_next(src->m, &it, &k)) != NULL) {
		struct scap_fd *n = fd_alloc();
		struct sbuf keep = n->name;

		*n = *f;
		n->name = keep;
		sbuf_set(&n->name, f->name.s ? f->name.s : "", f->name.len);
		scapint_map_put(t->m, k, n);
	}
	return t;
}

/* Insert or replace fd (its content copied from proto). */
static struct scap_fd *
fdtable_add(struct fdtable *t, int64_t fd, const struct scap_fd *proto)
{
	struct scap_fd *f = scapint_map_get(t->m, fd);
	struct sbuf keep;

	if (f == NULL) {
		f = fd_alloc();
		scapint_map_put(t->m, fd, f);
	}
	if (f == proto)
		return f;
	keep = f->name;
	*f = *proto;
	f->name = keep;
	f->fd = fd;
	sbuf_set(&f->name, proto->name.s ? proto->name.s : "",
	    proto->name.len);
	return f;
}

struct scap_fd *
scapint_fd_next(struct fdtable *ft, size_t *it)
{
	return scapint_map_next(ft->m, it, NULL);
}

static void
fdtable_del(struct fdtable *t, int64_t fd)
{
	struct scap_fd *f = scapint_map_del(t->m, fd);

	if (f != NULL)
		fd_free(f);
}

/* Threads. */

/*
 * A thread as state.c allocates it: the shared structure, plus what only
 * the state needs.  Every thread comes from thread_new().
 */
struct thread_ext {
	struct scap_thread t;	/* first: a thread pointer is one to this */
	uint64_t clone_ts;	/* when a clone exit created it, or 0 */
};
#define CLONE_STALE_NS	2000000000ull	/* sysdig's CLONE_STALE_TIME_NS */

static uint64_t
thread_clone_ts(const struct scap_thread *t)
{
	return ((const struct thread_ext *)(const void *)t)->clone_ts;
}

static void
thread_set_clone_ts(struct scap_thread *t, uint64_t ts)
{
	((struct thread_ext *)(void *)t)->clone_ts = ts;
}

static struct scap_thread *
thread_new(int64_t tid)
{
	struct thread_ext *x = calloc(1, sizeof(*x));
	struct scap_thread *t = x != NULL ? &x->t : NULL;

	if (t == NULL)
		abort();
	t->tid = tid;
	t->pid = tid;
	t->ptid = -1;
	t->vtid = t->vpid = -1;
	t->uid = t->gid = t->loginuid = 0xffffffffu;
	t->fds = fdtable_new();
	t->last_fd = 0;		/* as sinsp initialises a thread */
	return t;
}

static void
thread_free(struct scap_thread *t)
{
	sbuf_free(&t->comm);
	sbuf_free(&t->exe);
	sbuf_free(&t->exepath);
	sbuf_free(&t->args);
	sbuf_free(&t->cwd);
	sbuf_free(&t->cgroups);
	sbuf_free(&t->enter);
	sbuf_free(&t->lastenter);
	fdtable_free(t->fds);
	free(t);
}

void
scapint_state_init(struct state *st)
{
	memset(st, 0, sizeof(*st));
	fd_pool_users++;
	st->threads = scapint_map_new();
	st->tid_to_remove = -1;
}

void
scapint_state_free(struct state *st)
{
	size_t it = 0, i;
	struct scap_thread *t;

	if (st->threads != NULL) {
		while ((t = scapint_map_next(st->threads, &it, NULL)) != NULL)
			thread_free(t);
		scapint_map_free(st->threads);
	}
	for (i = 0; i < st->nusers; i++) {
		free(st->users[i].name);
		free(st->users[i].home);
		free(st->users[i].shell);
	}
	free(st->users);
	for (i = 0; i < st->ngroups; i++)
		free(st->groups[i].name);
	free(st->groups);
	free(st->il);
	for (i = 0; i < st->nctrs; i++) {
		free(st->ctrs[i].id);
		free(st->ctrs[i].name);
		free(st->ctrs[i].json);
	}
	free(st->ctrs);
	sbuf_free(&st->tmpa);
	sbuf_free(&st->tmpb);
	if (st->threads != NULL && --fd_pool_users <= 0)
		fd_pool_drain();
	memset(st, 0, sizeof(*st));
}

struct scap_thread *
scapint_thread_get(struct state *st, int64_t tid)
{
	struct scap_thread *t;

	if (st->last_thread != NULL && st->last_tid == tid)
		return st->last_thread;
	t = scapint_map_get(st->threads, tid);
	if (t != NULL) {
		st->last_tid = tid;
		st->last_thread = t;
	}
	return t;
}

static bool
is_main(const struct scap_thread *t)
{
	return t->pid == t->tid || (t->flags & CL_IS_MAIN_THREAD);
}

static struct scap_thread *thread_get_or_make(struct state *st, int64_t tid);

/* The main thread of t's process.  Like sysdig, looking for a main thread
 * that is not there creates a placeholder for it. */
struct scap_thread *
scapint_thread_main(struct state *st, struct scap_thread *t)
{
	if (is_main(t))
		return t;
	return thread_get_or_make(st, t->pid);
}

struct fdtable *
scapint_thread_fds(struct state *st, struct scap_thread *t)
{
	struct scap_thread *m;

	if (!(t->flags & CL_CLONE_FILES))
		return t->fds;
	m = scapint_thread_main(st, t);
	return m != NULL ? m->fds : NULL;
}

struct scap_fd *
scapint_fd_get(struct state *st, struct scap_thread *t, int64_t fd)
{
	struct fdtable *ft = scapint_thread_fds(st, t);

	return ft != NULL ? scapint_map_get(ft->m, fd) : NULL;
}

struct scap_fd *
scapint_thread_add_fd(struct state *st, struct scap_thread *t, int64_t fd,
    const struct scap_fd *proto)
{
	struct fdtable *ft = scapint_thread_fds(st, t);

	t->last_fd = fd;
	if (ft == NULL)
		return NULL;
	return fdtable_add(ft, fd, proto);
}

static const struct sbuf dot_slash = { "./", 2, 3 };

const struct sbuf *
scapint_thread_cwd(struct state *st, struct scap_thread *t)
{
	struct scap_thread *m = scapint_thread_main(st, t);

	return m != NULL ? &m->cwd : &dot_slash;
}

static void
thread_set_cwd(struct state *st, struct scap_thread *t, const char *p,
    size_t n)
{
	struct scap_thread *m = scapint_thread_main(st, t);
	struct sbuf tmp = { 0 };

	if (m == NULL)
		return;
	if (m->cwd.len + n + 1 > MAX_PATH)
		sbuf_setz(&tmp, "/PATH_TOO_LONG");
	else
		scapint_path_join(&tmp, m->cwd.s ? m->cwd.s : "", m->cwd.len,
		    p, n);
	if (tmp.len == 0 || tmp.s[tmp.len - 1] != '/') {
		sbuf_reserve(&tmp, tmp.len + 1);
		tmp.s[tmp.len++] = '/';
		tmp.s[tmp.len] = 0;
	}
	sbuf_free(&m->cwd);
	m->cwd = tmp;
}

static void
child_count(struct state *st, struct scap_thread *t, bool create);

static void
thread_add(struct state *st, struct scap_thread *t, bool count)
{
	struct scap_thread *old = scapint_map_get(st->threads, t->tid);

	if (old != NULL && old != t)
		thread_free(old);
	scapint_map_put(st->threads, t->tid, t);
	st->last_thread = NULL;
	if (count)
		child_count(st, t, true);
}

/* A placeholder for a thread the capture never described. */
static struct scap_thread *
thread_placeholder(struct state *st, int64_t tid)
{
	struct scap_thread *t = thread_new(tid);
	size_t it = 0;
	struct scap_thread *o;

	sbuf_setz(&t->comm, "<NA>");
	sbuf_setz(&t->exe, "<NA>");
	while ((o = scapint_map_next(st->threads, &it, NULL)) != NULL)
		if (o->pid == tid)
			t->nchilds++;
	thread_add(st, t, true);
	return t;
}

/* get_thread_ref(tid, query_os=true): create a placeholder if needed. */
static struct scap_thread *
thread_get_or_make(struct state *st, int64_t tid)
{
	struct scap_thread *t = scapint_thread_get(st, tid);

	return t != NULL ? t : thread_placeholder(st, tid);
}

static void
child_count(struct state *st, struct scap_thread *t, bool create)
{
	struct scap_thread *m;

	if (!(t->flags & CL_CLONE_THREAD))
		return;
	m = create ? thread_get_or_make(st, t->pid) :
	    scapint_thread_get(st, t->pid);
	if (m != NULL)
		m->nchilds++;
}

static void
recount_children(struct state *st)
{
	size_t it = 0;
	struct scap_thread *t;

	while ((t = scapint_map_next(st->threads, &it, NULL)) != NULL)
		t->nchilds = 0;
	it = 0;
	while ((t = scapint_map_next(st->threads, &it, NULL)) != NULL)
		child_count(st, t, true);
}

static void
thread_remove(struct state *st, int64_t tid, bool force)
{
	struct scap_thread *t = scapint_map_get(st->threads, tid);
	uint32_t nchilds;

	if (t == NULL)
		return;
	nchilds = t->nchilds;
	if (nchilds != 0 && !force)
		return;
	if (t->flags & CL_CLONE_THREAD) {
		struct scap_thread *m = scapint_thread_get(st, t->pid);

		if (m != NULL && m->nchilds > 0)
			m->nchilds--;
	}
	scapint_map_del(st->threads, tid);
	st->last_thread = NULL;
	thread_free(t);
	if (nchilds != 0)
		recount_children(st);
}


void
scapint_state_seeded(struct state *st)
{
	recount_children(st);
	scapint_sock_fix_from_list(st);
}

/* Users and groups. */

const struct user *
scapint_user_get(const struct state *st, uint32_t uid)
{
	size_t i;

	for (i = 0; i < st->nusers; i++)
		if (st->users[i].uid == uid)
			return &st->users[i];
	return NULL;
}

const struct group *
scapint_group_get(const struct state *st, uint32_t gid)
{
	size_t i;

	for (i = 0; i < st->ngroups; i++)
		if (st->groups[i].gid == gid)
			return &st->groups[i];
	return NULL;
}

/*
 * Metadata blocks.  A cursor walks a body; every read is bounds-checked
 * and a short read marks the cursor failed.
 */
struct cur {
	const uint8_t *p, *end;
	bool bad;
};

static const uint8_t *
take(struct cur *c, size_t n)
{
	const uint8_t *p = c->p;

	if (c->bad || (size_t)(c->end - c->p) < n) {
		c->bad = true;
		return NULL;
	}
	c->p += n;
	return p;
}

static uint8_t c8(struct cur *c) { const uint8_t *p = take(c, 1); return p ? *p : 0; }
static uint16_t c16(struct cur *c) { const uint8_t *p = take(c, 2); return p ? ld16(p) : 0; }
static uint32_t c32(struct cur *c) { const uint8_t *p = take(c, 4); return p ? ld32(p) : 0; }
static uint64_t c64(struct cur *c) { const uint8_t *p = take(c, 8); return p ? ld64(p) : 0; }

/* A u16-length string. */
static const char *
cstr(struct cur *c, uint16_t *len)
{
	*len = c16(c);
	return (const char *)take(c, *len);
}

/*
 * The next entry of a list with per-entry lengths (PL_V9, FDL_V2, UL_V2
 * count the length field in the length; IL_V2 does not: extra is 4).
 * On return c covers the entry and blk has moved past it.
 */
static int
entry(struct cur *blk, struct cur *c, uint32_t extra, uint64_t off,
    char *msg, size_t msglen)
{
	uint32_t el = ld32(blk->p);
	size_t left = (size_t)(blk->end - blk->p);

	if ((extra == 0 && el < 4) || (uint64_t)el + extra > left) {
		snprintf(msg, msglen, "entry at body offset %llu: bad length %u",
		    (unsigned long long)off, el);
		return -1;
	}
	c->p = blk->p + 4;
	c->end = blk->p + el + extra;
	blk->p += el + extra;
	return 0;
}

static void
sbuf_from(struct sbuf *b, const char *s, size_t n)
{
	/* Strings on disk carry no NUL; stop at an embedded one. */
	const char *z = s ? memchr(s, 0, n) : NULL;

	sbuf_set(b, s ? s : "", z ? (size_t)(z - s) : (s ? n : 0));
}

int
scapint_state_pl(struct state *st, uint32_t bt, const uint8_t *b,
    uint32_t len, char *msg, size_t msglen)
{
	struct cur blk = { b, b + len, false };
	int ver;

	switch (bt) {
	case BT_PL_V1: case BT_PL_V1_INT: ver = 1; break;
	case BT_PL_V2: case BT_PL_V2_INT: ver = 2; break;
	case BT_PL_V3: case BT_PL_V3_INT: ver = 3; break;
	case BT_PL_V4: ver = 4; break;
	case BT_PL_V5: ver = 5; break;
	case BT_PL_V6: ver = 6; break;
	case BT_PL_V7: ver = 7; break;
	case BT_PL_V8: ver = 8; break;
	default: ver = 9; break;
	}
	while (blk.end - blk.p >= 4 && !blk.bad) {
		struct cur c = blk;
		struct scap_thread *t;
		const char *s;
		uint16_t l;
		uint64_t off = (uint64_t)(blk.p - b);

		if (ver == 9) {
			if (entry(&blk, &c, 0, off, msg, msglen) < 0)
				return -1;
		}
		t = thread_new((int64_t)c64(&c));
		t->pid = (int64_t)c64(&c);
		t->ptid = (int64_t)c64(&c);
		if (ver >= 6)
			(void)c64(&c);		/* sid */
		if (ver >= 8)
			(void)c64(&c);		/* vpgid */
		s = cstr(&c, &l);
		sbuf_from(&t->comm, s, l);
		s = cstr(&c, &l);
		sbuf_from(&t->exe, s, l);
		if (ver >= 7) {
			s = cstr(&c, &l);
			sbuf_from(&t->exepath, s, l);
		}
		s = cstr(&c, &l);
		sbuf_set(&t->args, s ? s : "", s ? l : 0);
		s = cstr(&c, &l);
		if (t->pid == t->tid) {
			/* Only a main thread takes its cwd from the list;
			 * sysdig normalises it as a path (and ends it with
			 * '/'). */
			struct sbuf raw = { 0 };

			sbuf_from(&raw, s, l);
			scapint_path_join(&t->cwd, "", 0, raw.s, raw.len);
			sbuf_free(&raw);
			if (t->cwd.len == 0 || t->cwd.s[t->cwd.len - 1] != '/') {
				sbuf_reserve(&t->cwd, t->cwd.len + 1);
				t->cwd.s[t->cwd.len++] = '/';
				t->cwd.s[t->cwd.len] = 0;
			}
		}
		(void)c64(&c);			/* fdlimit */
		t->flags = c32(&c);
		t->uid = c32(&c);
		t->gid = c32(&c);
		if (ver >= 2) {
			(void)take(&c, 4 + 4 + 4 + 8 + 8);	/* vm, pf */
		}
		if (ver >= 3)
			(void)cstr(&c, &l);	/* env */
		if (ver >= 4) {
			t->vtid = (int64_t)c64(&c);
			t->vpid = (int64_t)c64(&c);
			s = cstr(&c, &l);	/* cgroups */
			sbuf_set(&t->cgroups, s ? s : "", s ? l : 0);
		}
		if (ver >= 5)
			(void)cstr(&c, &l);	/* root */
		if (c.bad) {
			thread_free(t);
			snprintf(msg, msglen, "entry at body offset %llu is "
			    "truncated", (unsigned long long)off);
			return -1;
		}
		if (ver == 9 && c.end - c.p >= 4)
			t->loginuid = c32(&c);
		if (ver != 9)
			blk.p = c.p;
		thread_add(st, t, false);
	}
	return 0;
}

int
scapint_state_fdl(struct state *st, uint32_t bt, const uint8_t *b,
    uint32_t len, char *msg, size_t msglen)
{
	struct cur blk = { b, b + len, false };
	struct scap_thread *t;
	int64_t tid = (int64_t)c64(&blk);
	bool v2 = (bt == BT_FDL_V2);

	if (blk.bad) {
		snprintf(msg, msglen, "too short for a thread id");
		return -1;
	}
	t = scapint_thread_get(st, tid);
	while (blk.end - blk.p >= 4 && !blk.bad) {
		struct cur c = blk;
		struct scap_fd f;
		const char *s;
		uint16_t l;
		uint64_t off = (uint64_t)(blk.p - b);
		int64_t fd;

		memset(&f, 0, sizeof(f));
		if (v2) {
			if (entry(&blk, &c, 0, off, msg, msglen) < 0)
				return -1;
		}
		fd = (int64_t)c64(&c);
		f.ino = c64(&c);
		f.type = c8(&c);
		switch (f.type) {
		case FD_IPV4_SOCK: case FD_IPV6_SOCK: case FD_IPV4_SERVSOCK:
		case FD_IPV6_SERVSOCK: {
			static const uint8_t sz[] = { [FD_IPV4_SOCK] = 13,
			    [FD_IPV6_SOCK] = 37, [FD_IPV4_SERVSOCK] = 7,
			    [FD_IPV6_SERVSOCK] = 19 };
			const uint8_t *d = take(&c, sz[f.type]);

			if (d != NULL)
				scapint_sock_from_list(st, &f, d);
			break;
		}
		case FD_UNIX_SOCK: {
			const uint8_t *d = take(&c, 16);

			s = cstr(&c, &l);
			if (d != NULL)
				memcpy(st->scratch, d, 16);
			memcpy(f.sock, st->scratch, sizeof(f.sock));
			sbuf_from(&f.name, s, l);
			f.role = f.name.len ? FDR_SERVER : FDR_CLIENT;
			break;
		}
		case FD_FILE_V2:
			f.openflags = c32(&c);
			s = cstr(&c, &l);
			sbuf_from(&f.name, s, l);
			memcpy(f.sock, st->scratch, sizeof(f.sock));
			break;
		case FD_FILE: case FD_DIRECTORY: case FD_FIFO: case FD_EVENT:
		case FD_UNSUPPORTED: case FD_SIGNALFD: case FD_EVENTPOLL:
		case FD_INOTIFY: case FD_TIMERFD: case FD_NETLINK:
		case FD_BPF: case FD_USERFAULTFD: case FD_IOURING: case FD_MEMFD:
		case FD_PIDFD:
			s = cstr(&c, &l);
			sbuf_from(&f.name, s, l);
			memcpy(f.sock, st->scratch, sizeof(f.sock));
			break;
		default:
			sbuf_free(&f.name);
			snprintf(msg, msglen, "entry at body offset %llu: unknown"
			    " fd type %u", (unsigned long long)off, f.type);
			return -1;
		}
		if (c.bad) {
			sbuf_free(&f.name);
			snprintf(msg, msglen, "entry at body offset %llu is "
			    "truncated", (unsigned long long)off);
			return -1;
		}
		if (!v2)
			blk.p = c.p;
		if (t != NULL)
			fdtable_add(t->fds, fd, &f);
		sbuf_free(&f.name);
	}
	return 0;
}

int
scapint_state_ul(struct state *st, uint32_t bt, const uint8_t *b,
    uint32_t len, char *msg, size_t msglen)
{
	struct cur blk = { b, b + len, false };
	bool v2 = (bt == BT_UL_V2);

	while (blk.end - blk.p >= 4 && !blk.bad) {
		struct cur c = blk;
		uint64_t off = (uint64_t)(blk.p - b);
		const char *s;
		uint16_t l;
		uint8_t type;

		if (v2) {
			if (entry(&blk, &c, 0, off, msg, msglen) < 0)
				return -1;
		}
		type = c8(&c);
		if (type == 0) {
			struct user u = { 0 };
			struct sbuf sb = { 0 };

			u.uid = c32(&c);
			u.gid = c32(&c);
			s = cstr(&c, &l); sbuf_from(&sb, s, l); u.name = sb.s;
			memset(&sb, 0, sizeof(sb));
			s = cstr(&c, &l); sbuf_from(&sb, s, l); u.home = sb.s;
			memset(&sb, 0, sizeof(sb));
			s = cstr(&c, &l); sbuf_from(&sb, s, l); u.shell = sb.s;
			if (c.bad) {
				free(u.name); free(u.home); free(u.shell);
			} else {
				if (st->nusers == st->capusers) {
					st->capusers = st->capusers ?
					    st->capusers * 2 : 16;
					st->users = realloc(st->users,
					    st->capusers * sizeof(*st->users));
					if (st->users == NULL)
						abort();
				}
				st->users[st->nusers++] = u;
			}
		} else if (type == 1) {
			struct group g = { 0 };
			struct sbuf sb = { 0 };

			g.gid = c32(&c);
			s = cstr(&c, &l); sbuf_from(&sb, s, l); g.name = sb.s;
			if (c.bad)
				free(g.name);
			else {
				if (st->ngroups == st->capgroups) {
					st->capgroups = st->capgroups ?
					    st->capgroups * 2 : 16;
					st->groups = realloc(st->groups,
					    st->capgroups * sizeof(*st->groups));
					if (st->groups == NULL)
						abort();
				}
				st->groups[st->ngroups++] = g;
			}
		} else {
			snprintf(msg, msglen, "entry at body offset %llu: "
			    "unknown entry type %u", (unsigned long long)off,
			    type);
			return -1;
		}
		if (c.bad) {
			snprintf(msg, msglen, "entry at body offset %llu is "
			    "truncated", (unsigned long long)off);
			return -1;
		}
		if (!v2)
			blk.p = c.p;
	}
	return 0;
}

int
scapint_state_il(struct state *st, uint32_t bt, const uint8_t *b,
    uint32_t len, char *msg, size_t msglen)
{
	struct cur blk = { b, b + len, false };
	bool v2 = (bt == BT_IL_V2);

	while (blk.end - blk.p >= 4 && !blk.bad) {
		struct cur c = blk;
		uint64_t off = (uint64_t)(blk.p - b);
		uint16_t type, nl;

		if (v2) {
			if (entry(&blk, &c, 4, off, msg, msglen) < 0)
				return -1;
		}
		type = c16(&c);
		nl = c16(&c);
		switch (type) {
		case 1: case 3: {
			const uint8_t *a = take(&c, 12);

			if (type == 1)
				(void)c64(&c);
			if (a != NULL && st->nif4 < 64) {
				st->if4[st->nif4].addr = ld32(a);
				st->if4[st->nif4++].mask = ld32(a + 4);
			}
			break;
		}
		case 2: case 4: {
			const uint8_t *a = take(&c, 48);

			if (type == 2)
				(void)c64(&c);
			if (a != NULL && st->nif6 < 64)
				memcpy(st->if6[st->nif6++], a, 16);
			break;
		}
		default:
			snprintf(msg, msglen, "entry at body offset %llu: "
			    "unknown interface type %u",
			    (unsigned long long)off, type);
			return -1;
		}
		(void)take(&c, nl);
		if (c.bad) {
			snprintf(msg, msglen, "entry at body offset %llu is "
			    "truncated", (unsigned long long)off);
			return -1;
		}
		if (!v2)
			blk.p = c.p;
	}
	return 0;
}


/*
 * The last enter event of a thread, kept for its exit: sinsp stores only
 * some enter events (those whose exits need their arguments).
 * Layout: u16 type, u16 nparams, nparams x u32 length, data.
 */
static void
store_enter(struct scap_thread *t, const struct scap_event *ev)
{
	size_t need = 4 + 4 * (size_t)ev->nparams, i, off;

	for (i = 0; i < ev->nparams; i++)
		need += ev->pl[i];
	if (ev->len > 4096)	/* sinsp's stored-event buffer */
		return;
	sbuf_reserve(&t->enter, need);
	memcpy(t->enter.s, &ev->type, 2);
	memcpy(t->enter.s + 2, &ev->nparams, 2);
	off = 4 + 4 * (size_t)ev->nparams;
	for (i = 0; i < ev->nparams; i++) {
		memcpy(t->enter.s + 4 + 4 * i, &ev->pl[i], 4);
		memcpy(t->enter.s + off, ev->pv[i], ev->pl[i]);
		off += ev->pl[i];
	}
	t->enter.len = (uint32_t)off;
}

/* Decode the stored enter event into *e, if it matches exit ev. */
bool
scapint_retrieve_enter(struct scap_thread *t, const struct scap_event *ev,
    struct scap_event *e)
{
	uint16_t type, np;
	size_t off, i;

	if (!t->last_valid || t->enter.len == 0)
		return false;
	memcpy(&type, t->enter.s, 2);
	memcpy(&np, t->enter.s + 2, 2);
	if (type != ev->type - 1) {
		t->last_valid = false;
		return false;
	}
	e->type = type;
	e->info = &scapint_events[type];
	e->nparams = np;
	off = 4 + 4 * (size_t)np;
	for (i = 0; i < np; i++) {
		memcpy(&e->pl[i], t->enter.s + 4 + 4 * i, 4);
		e->pv[i] = (const uint8_t *)t->enter.s + off;
		off += e->pl[i];
	}
	return true;
}

static bool
has(const struct scap_event *ev, unsigned i)
{
	return i < ev->nparams;
}

static int64_t pi64(const struct scap_event *ev, unsigned i) { return scapint_param_i64(ev, i); }
static uint32_t pu32(const struct scap_event *ev, unsigned i) { return scapint_param_u32(ev, i); }

/* A string parameter: its bytes up to the NUL (or its length). */
static size_t
pstr(const struct scap_event *ev, unsigned i, const char **s)
{
	const char *z;

	if (!has(ev, i) || ev->pl[i] == 0) {
		*s = "";
		return 0;
	}
	*s = (const char *)ev->pv[i];
	z = memchr(*s, 0, ev->pl[i]);
	return z ? (size_t)(z - *s) : ev->pl[i];
}

/* Join a directory and a path for an fd name, as parse_open does. */
static void
full_path(struct sbuf *out, const char *dir, size_t dirlen, const char *name,
    size_t namelen_param)
{
	/* The parameter length, NUL included, decides as in sysdig: an
	 * empty name is relative and names the directory itself. */
	if (dirlen + namelen_param + 1 > MAX_PATH) {
		sbuf_setz(out, "/PATH_TOO_LONG");
		return;
	}
	scapint_path_join(out, dir, dirlen, name, namelen_param);
}

/* The base directory for a *at name: cwd, or the dirfd's path. */
static void
dirfd_base(struct state *st, struct scap_event *ev, const char *name,
    int64_t dirfd, struct sbuf *sdir)
{
	if (name[0] == '/')
		sbuf_setz(sdir, ".");
	else if (dirfd == PPM_AT_FDCWD) {
		const struct sbuf *cwd = scapint_thread_cwd(st, ev->thread);

		sbuf_set(sdir, cwd->s ? cwd->s : "", cwd->len);
	} else {
		ev->fd = scapint_fd_get(st, ev->thread, dirfd);
		if (ev->fd == NULL)
			sbuf_setz(sdir, "<UNKNOWN>");
		else {
			sbuf_set(sdir, ev->fd->name.s ? ev->fd->name.s : "",
			    ev->fd->name.len);
			sbuf_reserve(sdir, sdir->len + 1);
			sdir->s[sdir->len++] = '/';
			sdir->s[sdir->len] = 0;
		}
	}
}

static void
parse_open_exit(struct state *st, struct scap_event *ev)
{
	struct scap_event e;
	/* scratch strings kept in the state: no allocation per event */
	struct sbuf sdir = st->tmpa, full = st->tmpb;
	const char *name = "";
	size_t namelen = 0;
	uint32_t flags = 0;
	int64_t fd, dirfd;
	bool got;
	struct scap_fd f;

	if (ev->thread == NULL)
		goto out;
	got = scapint_retrieve_enter(ev->thread, ev, &e);
	fd = pi64(ev, 0);
	switch (ev->type) {
	case E_OPEN_X:
		name = (const char *)ev->pv[1];
		namelen = ev->pl[1];
		flags = pu32(ev, 2);
		if (got && e.nparams >= 2 && e.pl[0] != 0 &&
		    strcmp((const char *)e.pv[0], "(NULL)") != 0) {
			name = (const char *)e.pv[0];
			namelen = e.pl[0];
			flags = pu32(&e, 1);
		}
		{
			const struct sbuf *cwd = scapint_thread_cwd(st,
			    ev->thread);
			sbuf_set(&sdir, cwd->s ? cwd->s : "", cwd->len);
		}
		break;
	case E_CREAT_X:
		name = (const char *)ev->pv[1];
		namelen = ev->pl[1];
		if (got && e.nparams >= 1 && e.pl[0] != 0 &&
		    strcmp((const char *)e.pv[0], "(NULL)") != 0) {
			name = (const char *)e.pv[0];
			namelen = e.pl[0];
		}
		{
			const struct sbuf *cwd = scapint_thread_cwd(st,
			    ev->thread);
			sbuf_set(&sdir, cwd->s ? cwd->s : "", cwd->len);
		}
		break;
	case E_OPENAT_X:
		/* The old openat exit carries nothing: all from the enter,
		 * stale or not (as sinsp does). */
		if (ev->thread->enter.len == 0)
			goto out;
		memset(&e, 0, sizeof(e));
		{
			uint16_t np;
			size_t off, i;

			memcpy(&np, ev->thread->enter.s + 2, 2);
			off = 4 + 4 * (size_t)np;
			for (i = 0; i < np; i++) {
				memcpy(&e.pl[i], ev->thread->enter.s + 4 + 4 * i,
				    4);
				e.pv[i] = (const uint8_t *)ev->thread->enter.s +
				    off;
				off += e.pl[i];
			}
			e.nparams = np;
		}
		if (e.nparams < 3)
			goto out;
		name = (const char *)e.pv[1];
		namelen = e.pl[1];
		flags = pu32(&e, 2);
		dirfd = pi64(&e, 0);
		if (namelen == 0)
			name = "";
		dirfd_base(st, ev, name, dirfd, &sdir);
		break;
	default:	/* openat 307, openat2 327 */
		name = (const char *)ev->pv[2];
		namelen = ev->pl[2];
		flags = pu32(ev, 3);
		dirfd = pi64(ev, 1);
		if (got && e.nparams >= 3 && e.pl[1] != 0 &&
		    strcmp((const char *)e.pv[1], "(NULL)") != 0) {
			name = (const char *)e.pv[1];
			namelen = e.pl[1];
			flags = pu32(&e, 2);
			dirfd = pi64(&e, 0);
		}
		if (namelen == 0)
			name = "";
		dirfd_base(st, ev, name, dirfd, &sdir);
		break;
	}
	if (namelen == 0)
		name = "";
	full_path(&full, sdir.s ? sdir.s : "", sdir.len, name, namelen);
	if (fd >= 0) {
		memset(&f, 0, sizeof(f));
		f.type = (flags & PPM_O_DIRECTORY) ? FD_DIRECTORY : FD_FILE_V2;
		f.openflags = flags;
		f.name = full;
		ev->fd = scapint_thread_add_fd(st, ev->thread, fd, &f);
		ev->fdnum = fd;
	}
out:
	st->tmpa = sdir;
	st->tmpb = full;
}

static void
add_simple_fd(struct state *st, struct scap_event *ev, int64_t fd,
    uint8_t type, uint64_t ino)
{
	struct scap_fd f;

	memset(&f, 0, sizeof(f));
	f.type = type;
	f.ino = ino;
	ev->fd = scapint_thread_add_fd(st, ev->thread, fd, &f);
}

/* Clone-family exits: parameter indexes by event version. */
static void
parse_clone_exit(struct state *st, struct scap_event *ev)
{
	int64_t tid = ev->tid, childtid = pi64(ev, 0), vtid = tid, vpid = -1;
	unsigned fi, ui, gi;
	uint32_t flags;
	bool inverted = false, valid_parent = true, in_container = false;
	bool comm13 = true, collision = false;
	struct scap_thread *pt, *child, *t;
	const char *s;
	size_t n;

	switch (ev->type) {
	case E_CLONE_11_X: fi = 8; ui = 9; gi = 10; comm13 = false; break;
	case E_CLONE_16_X: case E_FORK_X: case E_VFORK_X:
		fi = 13; ui = 14; gi = 15; comm13 = false; break;
	case E_CLONE_17_X: case E_FORK_17_X: case E_VFORK_17_X:
		fi = 14; ui = 15; gi = 16; break;
	default: fi = 15; ui = 16; gi = 17; break;
	}
	if (!has(ev, fi))
		return;
	flags = pu32(ev, fi);
	if (childtid < 0)
		return;
	if (fi == 15 && has(ev, 18))
		vtid = pi64(ev, 18);
	if (fi == 15 && has(ev, 19))
		vpid = pi64(ev, 19);
	if ((flags & CL_CHILD_IN_PIDNS) || tid != vtid)
		in_container = true;
	if (childtid == 0) {
		int64_t parent = pi64(ev, (flags & CL_CLONE_THREAD) ? 4 : 5);

		/* A thread cloned long ago with this tid is a leftover
		 * whose exit was lost: forget it. */
		if (ev->thread != NULL && thread_clone_ts(ev->thread) != 0 &&
		    ev->ts - thread_clone_ts(ev->thread) > CLONE_STALE_NS) {
			thread_remove(st, tid, true);
			ev->thread = NULL;
		}
		if (ev->thread != NULL) {
			/* the child's own return: in a container, it tells
			 * the ids the parent could not know */
			if (in_container) {
				ev->thread->vtid = vtid;
				ev->thread->vpid = vpid;
			}
			return;
		}
		inverted = true;
		childtid = tid;
		tid = parent;
	} else if (in_container)
		return;
	pt = thread_get_or_make(st, tid);
	if (pt->comm.len == 4 && memcmp(pt->comm.s, "<NA>", 4) == 0 &&
	    pt->uid == 0xffffffffu)
		valid_parent = false;
	child = scapint_thread_get(st, childtid);
	if (child != NULL) {
		if (child->flags & CL_CLONE_INVERTED)
			return;
		thread_remove(st, childtid, true);
		collision = true;
		/* (the caller may have been the one removed) */
		pt = thread_get_or_make(st, tid);
	}
	t = thread_new(childtid);
	t->ptid = tid;
	if (valid_parent) {
		sbuf_set(&t->comm, pt->comm.s, pt->comm.len);
		sbuf_set(&t->exe, pt->exe.s, pt->exe.len);
		sbuf_set(&t->exepath, pt->exepath.s, pt->exepath.len);
		sbuf_set(&t->args, pt->args.s, pt->args.len);
		t->loginuid = pt->loginuid;
	} else {
		/* An unknown caller: sysdig drops it, fails to find it in
		 * /proc (a capture has none), and names both caller and
		 * child from the event. */
		thread_remove(st, tid, true);
		collision = true;
		pt = thread_get_or_make(st, tid);
		n = pstr(ev, 1, &s);
		if (comm13)
			n = pstr(ev, 13, &s);
		sbuf_set(&pt->comm, s, n);
		n = pstr(ev, 1, &s);
		sbuf_set(&pt->exe, s, n);
		sbuf_set(&pt->exepath, "", 0);
		sbuf_set(&pt->args, has(ev, 2) ? (const char *)ev->pv[2] : "",
		    has(ev, 2) ? ev->pl[2] : 0);
	}
	t->pid = pi64(ev, 4);
	t->flags = flags;
	if (!(flags & CL_CLONE_THREAD)) {
		struct fdtable *pf = scapint_thread_fds(st, pt);
		const struct sbuf *cwd = scapint_thread_cwd(st, pt);

		t->pid = childtid;
		if (pf != NULL) {
			fdtable_free(t->fds);
			t->fds = fdtable_copy(pf);
		}
		sbuf_set(&t->cwd, cwd->s ? cwd->s : "", cwd->len);
	}
	if (inverted)
		t->flags |= CL_CLONE_INVERTED;
	/* the namespace's ids from the event in a container; else the ids */
	t->vtid = in_container ? vtid : t->tid;
	t->vpid = in_container ? vpid : t->pid;
	n = pstr(ev, 1, &s);
	sbuf_set(&t->exe, s, n);
	if (comm13)
		n = pstr(ev, 13, &s);
	sbuf_set(&t->comm, s, n);
	sbuf_set(&t->args, has(ev, 2) ? (const char *)ev->pv[2] : "",
	    has(ev, 2) ? ev->pl[2] : 0);
	t->uid = pu32(ev, ui);
	t->gid = pu32(ev, gi);
	if (fi == 15 && has(ev, 14))	/* the versions that carry cgroups */
		sbuf_set(&t->cgroups, (const char *)ev->pv[14], ev->pl[14]);
	thread_set_clone_ts(t, ev->ts);
	thread_add(st, t, true);
	/* Threads were replaced: look the event's thread up again, as
	 * sysdig does (its clone exits never create the caller). */
	if (collision || ev->thread == NULL)
		ev->thread = scapint_thread_get(st, ev->tid);
}

static void
parse_execve_exit(struct state *st, struct scap_event *ev)
{
	struct scap_thread *t = ev->thread;
	struct scap_event e;
	const char *s;
	size_t n;
	uint32_t keep;

	if (pi64(ev, 0) < 0 || t == NULL)
		return;
	n = pstr(ev, 1, &s);
	sbuf_set(&t->exe, s, n);
	switch (ev->type) {
	case E_EXECVE_8_X: case E_EXECVE_13_X: case E_EXECVE_14_X:
		sbuf_set(&t->comm, s, n);
		break;
	default:
		n = pstr(ev, 13, &s);
		sbuf_set(&t->comm, s, n);
		break;
	}
	sbuf_set(&t->args, has(ev, 2) ? (const char *)ev->pv[2] : "",
	    has(ev, 2) ? ev->pl[2] : 0);
	t->pid = pi64(ev, 4);
	if (t->ptid == -1)
		t->ptid = pi64(ev, 5);
	switch (ev->type) {
	case E_EXECVE_16_X: case E_EXECVE_17_X: case E_EXECVE_18_X:
	case E_EXECVE_19_X: case E_EXECVEAT_X:
		if (has(ev, 14))
			sbuf_set(&t->cgroups, (const char *)ev->pv[14],
			    ev->pl[14]);
		break;
	}
	if ((ev->type == E_EXECVE_18_X || ev->type == E_EXECVE_19_X) &&
	    scapint_retrieve_enter(t, ev, &e) && e.nparams >= 1) {
		const char *fn = (const char *)e.pv[0];

		if (e.pl[0] >= 4 && strncmp(fn, "<NA>", 4) == 0)
			sbuf_setz(&t->exepath, "<NA>");
		else {
			struct sbuf out = { 0 };

			full_path(&out, t->cwd.s ? t->cwd.s : "", t->cwd.len,
			    e.pl[0] ? fn : "", e.pl[0]);
			sbuf_set(&t->exepath, out.s, out.len);
			sbuf_free(&out);
		}
	} else if (ev->type == E_EXECVEAT_X && scapint_retrieve_enter(t, ev, &e) &&
	    e.nparams >= 3) {
		const char *fn = e.pl[1] ? (const char *)e.pv[1] : "";
		struct sbuf sdir = { 0 }, out = { 0 };

		if (e.pl[1] >= 4 && strncmp(fn, "<NA>", 4) == 0)
			sbuf_setz(&t->exepath, "<NA>");
		else {
			dirfd_base(st, ev, fn, pi64(&e, 0), &sdir);
			if ((pu32(&e, 2) & 1) && fn[0] == 0)
				fn = sdir.s;
			full_path(&out, sdir.s, sdir.len, fn, e.pl[1]);
			sbuf_set(&t->exepath, out.s, out.len);
		}
		sbuf_free(&sdir);
		sbuf_free(&out);
	}
	if (has(ev, 18))
		t->loginuid = pu32(ev, 18);
	keep = t->flags & (CL_PIPE_SRC | CL_PIPE_DST | CL_IS_MAIN_THREAD |
	    CL_CLONE_INVERTED);
	t->flags = CL_ACTIVE | keep | CL_NAME_CHANGED;
}

static void
parse_dup_exit(struct state *st, struct scap_event *ev)
{
	int64_t res = pi64(ev, 0);

	if (ev->thread == NULL || res < 0)
		return;
	if (res == 0)
		ev->thread->flags |= CL_PIPE_DST;
	if (res == 1)
		ev->thread->flags |= CL_PIPE_SRC;
	if (ev->fd == NULL)
		return;
	ev->fd = scapint_thread_add_fd(st, ev->thread, res, ev->fd);
}

static void
parse_uid_exit(struct state *st, struct scap_event *ev, unsigned idx,
    bool gid, bool none_check)
{
	struct scap_event e;

	(void)st;
	if (pi64(ev, 0) >= 0 && ev->thread != NULL &&
	    scapint_retrieve_enter(ev->thread, ev, &e) && has(&e, idx)) {
		uint32_t v = pu32(&e, idx);

		if (none_check && v == 0xffffffffu)
			return;
		if (gid)
			ev->thread->gid = v;
		else
			ev->thread->uid = v;
	}
}

static void
parse_event(struct state *st, struct scap_event *ev)
{
	struct scap_event e;

	switch (ev->type) {
	case E_SENDTO_E:
		if (ev->fd == NULL && ev->thread != NULL)
			scapint_sock_infer_sendto(st, ev);
		/* FALLTHROUGH */
	case E_OPEN_E: case E_CREAT_E: case E_OPENAT_E:
	case E_OPENAT_2_E: case E_OPENAT2_E: case E_SOCKET_E:
	case E_EVENTFD_E: case E_CHDIR_E: case E_FCHDIR_E: case E_SHUTDOWN_E:
	case E_GETRLIMIT_E: case E_SETRLIMIT_E: case E_PRLIMIT_E:
	case E_SENDMSG_E: case E_SENDFILE_E: case E_SETRESUID_E:
	case E_SETRESGID_E: case E_SETUID_E: case E_SETGID_E:
	case E_EXECVE_18_E: case E_EXECVE_19_E: case E_EXECVEAT_E:
	case E_SETPGID_E:
		if (ev->thread != NULL)
			store_enter(ev->thread, ev);
		break;
	case E_READ_X: case E_WRITE_X: case E_RECV_X: case E_SEND_X:
	case E_RECVFROM_X: case E_RECVMSG_X: case E_SENDTO_X: case E_SENDMSG_X:
	case E_READV_X: case E_WRITEV_X: case E_PREAD_X: case E_PWRITE_X:
	case E_PREADV_X: case E_PWRITEV_X:
		scapint_sock_rw_exit(st, ev);
		break;
	case E_OPEN_X: case E_CREAT_X: case E_OPENAT_X: case E_OPENAT_2_X:
	case E_OPENAT2_X:
		parse_open_exit(st, ev);
		break;
	case E_CLONE_11_X: case E_CLONE_16_X: case E_CLONE_17_X:
	case E_CLONE_20_X: case E_FORK_X: case E_FORK_17_X: case E_FORK_20_X:
	case E_VFORK_X: case E_VFORK_17_X: case E_VFORK_20_X: case E_CLONE3_X:
		parse_clone_exit(st, ev);
		break;
	case E_EXECVE_8_X: case E_EXECVE_13_X: case E_EXECVE_14_X:
	case E_EXECVE_15_X: case E_EXECVE_16_X: case E_EXECVE_17_X:
	case E_EXECVE_18_X: case E_EXECVE_19_X: case E_EXECVEAT_X:
		parse_execve_exit(st, ev);
		break;
	case E_PROCEXIT_E: case E_PROCEXIT_1_E:
		if (ev->thread != NULL) {
			ev->thread->flags |= CL_CLOSED;
			st->tid_to_remove = ev->tid;
		}
		break;
	case E_PIPE_X:
		if (pi64(ev, 0) >= 0 && ev->thread != NULL) {
			uint64_t ino = has(ev, 3) ? (uint64_t)pi64(ev, 3) : 0;

			add_simple_fd(st, ev, pi64(ev, 1), FD_FIFO, ino);
			add_simple_fd(st, ev, pi64(ev, 2), FD_FIFO, ino);
		}
		break;
	case E_DUP_X:
		parse_dup_exit(st, ev);
		break;
	case E_SOCKET_X:
		scapint_sock_socket_exit(st, ev);
		break;
	case E_BIND_X:
		scapint_sock_bind_exit(st, ev);
		break;
	case E_CONNECT_E:
		scapint_sock_connect_enter(st, ev);
		break;
	case E_CONNECT_X:
		scapint_sock_connect_exit(st, ev);
		break;
	case E_ACCEPT_X: case E_ACCEPT_5_X: case E_ACCEPT4_X: case E_ACCEPT4_5_X:
		scapint_sock_accept_exit(st, ev);
		break;
	case E_CLOSE_X:
		if (pi64(ev, 0) >= 0 && ev->fd != NULL && ev->thread != NULL) {
			/* removed when the next event is read */
			st->fd_rm_tid = ev->thread->tid;
			st->fd_to_remove = ev->thread->last_fd;
			st->fd_rm_pending = true;
		}
		break;
	case E_FCNTL_E:
		if (ev->thread != NULL) {
			uint8_t cmd = (uint8_t)pu32(ev, 1);

			if (cmd == PPM_FCNTL_F_DUPFD ||
			    cmd == PPM_FCNTL_F_DUPFD_CLOEXEC)
				store_enter(ev->thread, ev);
		}
		break;
	case E_FCNTL_X:
		if (ev->thread != NULL && scapint_retrieve_enter(ev->thread, ev, &e) &&
		    pi64(ev, 0) >= 0 && ev->fd != NULL)
			ev->fd = scapint_thread_add_fd(st, ev->thread, pi64(ev, 0),
			    ev->fd);
		break;
	case E_EVENTFD_X:
		if (ev->thread != NULL && pi64(ev, 0) >= 0)
			add_simple_fd(st, ev, pi64(ev, 0), FD_EVENT, 0);
		break;
	case E_SIGNALFD_X:
		if (ev->thread != NULL && pi64(ev, 0) >= 0)
			add_simple_fd(st, ev, pi64(ev, 0), FD_SIGNALFD, 0);
		break;
	case E_TIMERFD_CREATE_X:
		if (ev->thread != NULL && pi64(ev, 0) >= 0)
			add_simple_fd(st, ev, pi64(ev, 0), FD_TIMERFD, 0);
		break;
	case E_INOTIFY_INIT_X:
		if (ev->thread != NULL && pi64(ev, 0) >= 0)
			add_simple_fd(st, ev, pi64(ev, 0), FD_INOTIFY, 0);
		break;
	case E_CHDIR_X:
		if (ev->thread != NULL && pi64(ev, 0) >= 0 && has(ev, 1)) {
			const char *s;
			size_t n = pstr(ev, 1, &s);

			(void)n;
			thread_set_cwd(st, ev->thread, s, ev->pl[1]);
		}
		break;
	case E_GETCWD_X:
		/* sinsp takes the answer as the thread's working directory */
		if (ev->thread != NULL && pi64(ev, 0) >= 0 && has(ev, 1)) {
			const char *s;

			(void)pstr(ev, 1, &s);
			thread_set_cwd(st, ev->thread, s, ev->pl[1]);
		}
		break;
	case E_GETSOCKOPT_X:
		/* its enter has no fd: the exit's fd parameter is the fd */
		if (ev->thread != NULL && has(ev, 1)) {
			ev->thread->last_fd = pi64(ev, 1);
			ev->fdnum = ev->thread->last_fd;
			ev->fd = scapint_fd_get(st, ev->thread, ev->fdnum);
		}
		break;
	case E_FCHDIR_X:
		if (pi64(ev, 0) >= 0 && ev->fd != NULL && ev->thread != NULL)
			thread_set_cwd(st, ev->thread, ev->fd->name.s ?
			    ev->fd->name.s : "", ev->fd->name.len);
		break;
	case E_SOCKETPAIR_X:
		scapint_sock_socketpair_exit(st, ev);
		break;
	case E_SETUID_X:
		parse_uid_exit(st, ev, 0, false, false);
		break;
	case E_SETGID_X:
		parse_uid_exit(st, ev, 0, true, false);
		break;
	case E_SETRESUID_X:
		parse_uid_exit(st, ev, 1, false, true);
		break;
	case E_SETRESGID_X:
		parse_uid_exit(st, ev, 1, true, true);
		break;
	default:
		break;
	}
}

/*
 * Containers.  sinsp keeps a table of the containers the capture's
 * container events describe (the JSON forms, 272 and 324, and the old
 * one, 228): an event replaces the description of its id.  container.name
 * and the local-address test of fd.is_server and fd.lip/fd.rip read it.
 */
const struct container *
scapint_container_get(const struct state *st, const char *id, size_t len)
{
	size_t i;

	for (i = 0; i < st->nctrs; i++)
		if (strlen(st->ctrs[i].id) == len &&
		    memcmp(st->ctrs[i].id, id, len) == 0)
			return &st->ctrs[i];
	return NULL;
}

static void
container_put(struct state *st, const struct sbuf *id, const struct sbuf *name,
    bool has_name, uint32_t ip, const char *json, size_t jsonlen, uint64_t ts)
{
	struct container *c = (struct container *)scapint_container_get(st,
	    id->s ? id->s : "", id->len);
	char *nid = NULL, *nname = NULL, *njson;

	if (c == NULL) {
		if (st->nctrs == st->capctrs) {
			size_t cap = st->capctrs ? st->capctrs * 2 : 8;
			struct container *n = realloc(st->ctrs,
			    cap * sizeof(*n));

			if (n == NULL)
				return;
			st->ctrs = n;
			st->capctrs = cap;
		}
		if ((nid = strndup(id->s ? id->s : "", id->len)) == NULL)
			return;
		c = &st->ctrs[st->nctrs++];
		c->id = nid;
		c->name = NULL;
		c->json = NULL;
		c->jsonlen = 0;
	}
	if ((njson = strndup(json, jsonlen)) != NULL) {
		free(c->json);
		c->json = njson;
		c->jsonlen = (uint32_t)jsonlen;
	}
	c->ts = ts;
	if (has_name && (nname = strndup(name->s ? name->s : "",
	    name->len)) == NULL)
		has_name = false;
	free(c->name);
	c->name = has_name ? nname : NULL;
	c->ip = ip;
}

/* A string member of the object at o, into out: false if absent. */
static bool
j_get_str(const char *o, const char *e, const char *name, struct sbuf *out)
{
	const char *v = scapint_json_member(o, e, name, out);

	if (v == NULL)
		return false;
	if (*v == 'n' && e - v >= 4 && memcmp(v, "null", 4) == 0) {
		sbuf_set(out, "", 0);	/* jsoncpp: null as a string is "" */
		return true;
	}
	return scapint_json_str(v, e, out) != NULL;
}

static void
parse_container_json(struct state *st, const struct scap_event *ev)
{
	const char *j, *e, *c, *end;
	struct sbuf *id = &st->tmpa, *name = &st->tmpb, ip = { 0 };
	bool has_name;
	uint32_t addr = 0;
	struct in_addr a;

	if (!has(ev, 0) || ev->pl[0] == 0)
		return;
	j = (const char *)ev->pv[0];
	e = j + ev->pl[0];
	if (e[-1] == 0)
		e = j + strnlen(j, ev->pl[0]);
	/* the whole text must be JSON (sinsp gives up on it otherwise) */
	if ((end = scapint_json_skip(j, e)) == NULL ||
	    scapint_json_ws(end, e) != e)
		return;
	if ((c = scapint_json_member(j, e, "container", id)) == NULL ||
	    *c != '{')
		return;
	if (!j_get_str(c, e, "id", id))
		sbuf_set(id, "", 0);
	has_name = j_get_str(c, e, "name", name);
	if (j_get_str(c, e, "ip", &ip) && ip.s != NULL &&
	    inet_pton(AF_INET, ip.s, &a) == 1)
		memcpy(&addr, &a, 4);
	sbuf_free(&ip);
	container_put(st, id, name, has_name, addr, j, (size_t)(e - j), ev->ts);
}

/* s as a JSON string, quoted, onto out. */
static void
j_quote(struct sbuf *out, const char *s, size_t n)
{
	size_t i;

	sbuf_add(out, "\"", 1);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char b[8];

		if (c == '"' || c == '\\') {
			b[0] = '\\', b[1] = (char)c;
			sbuf_add(out, b, 2);
		} else if (c < 0x20) {
			snprintf(b, sizeof(b), "\\u%04x", c);
			sbuf_add(out, b, 6);
		} else
			sbuf_add(out, (const char *)&c, 1);
	}
	sbuf_add(out, "\"", 1);
}

/* The old container event: id, type, name, image, as C strings. */
static void
parse_container_old(struct state *st, const struct scap_event *ev)
{
	const char *s;
	size_t n;

	if (!has(ev, 2))
		return;
	struct sbuf j = { 0 };
	char num[16];

	n = pstr(ev, 0, &s);
	sbuf_set(&st->tmpa, s, n);
	n = pstr(ev, 2, &s);
	sbuf_set(&st->tmpb, s, n);
	/* the description writers give it, in the JSON form */
	sbuf_set(&j, "{\"container\":{\"id\":", 19);
	j_quote(&j, st->tmpa.s, st->tmpa.len);
	sbuf_add(&j, ",\"image\":", 9);
	n = pstr(ev, 3, &s);
	j_quote(&j, s, n);
	sbuf_add(&j, ",\"name\":", 8);
	j_quote(&j, st->tmpb.s, st->tmpb.len);
	snprintf(num, sizeof(num), "%u", has(ev, 1) ? pu32(ev, 1) : 0);
	sbuf_add(&j, ",\"type\":", 8);
	sbuf_add(&j, num, strlen(num));
	sbuf_add(&j, "}}", 2);
	container_put(st, &st->tmpa, &st->tmpb, true, 0, j.s, j.len, ev->ts);
	sbuf_free(&j);
}

static bool
is_clone_exit(uint16_t t)
{
	return t == E_CLONE_11_X || t == E_CLONE_16_X || t == E_CLONE_17_X ||
	    t == E_CLONE_20_X || t == E_FORK_X || t == E_FORK_17_X ||
	    t == E_FORK_20_X || t == E_VFORK_X || t == E_VFORK_17_X ||
	    t == E_VFORK_20_X || t == E_CLONE3_X;
}

/* Apply one event, the way sinsp's parser does before output. */
void
scapint_state_event(struct state *st, struct scap_event *ev)
{
	const struct scap_eventinfo *info = ev->info;
	struct scap_thread *t;
	bool noparse = false;

	ev->thread = NULL;
	ev->fd = NULL;
	ev->fdnum = -1;
	ev->errorcode = 0;
	ev->matched = false;
	ev->filtered = false;

	if (st->tid_to_remove != -1) {
		thread_remove(st, st->tid_to_remove, false);
		st->tid_to_remove = -1;
	}
	if (st->fd_rm_pending) {
		struct scap_thread *ft = thread_get_or_make(st, st->fd_rm_tid);
		struct fdtable *tab = scapint_thread_fds(st, ft);

		if (tab != NULL)
			fdtable_del(tab, st->fd_to_remove);
		st->fd_rm_pending = false;
	}

	if (info->flags & EF_SKIPPARSERESET) {
		if (ev->type == 234)	/* procinfo */
			ev->thread = scapint_thread_get(st, ev->tid);
		else if (ev->type == E_CONTAINER_E)
			parse_container_old(st, ev);
		noparse = true;
		goto filter;
	}
	if (ev->type == E_CONTAINER_JSON_E || ev->type == E_CONTAINER_JSON_2_E) {
		parse_container_json(st, ev);
		noparse = true;
		goto filter;
	}
	if (is_clone_exit(ev->type) || ev->type == E_SWITCH_6_E)
		t = scapint_thread_get(st, ev->tid);
	else
		t = thread_get_or_make(st, ev->tid);
	ev->thread = t;
	if (ev->type == E_SWITCH_6_E) {
		noparse = true;
		goto filter;
	}
	if (t == NULL)
		goto filter;
	if (!(ev->type & 1)) {
		if (st->keep_enters && !(scapint_events[ev->type | 1].flags &
		    EF_UNUSED) && !(ev->dflags & DF_REPLAY)) {
			sbuf_set(&t->lastenter, (const char *)ev->raw, ev->len);
			t->lastenter_cpu = ev->cpu;
			t->lastenter_hdr = ev->hdrlen;
			t->enter_pending = true;
		}
		t->last_fd = -1;
		t->last_type = ev->type;
		if ((info->flags & EF_USES_FD) && ev->nparams > 0) {
			t->last_fd = pi64(ev, 0);
			ev->fd = scapint_fd_get(st, t, t->last_fd);
			ev->fdnum = t->last_fd;
		}
		t->latency = 0;
		t->last_enter_ts = ev->ts;
	} else {
		t->enter_pending = false;
		if (t->last_enter_ts != 0)
			t->latency = ev->ts - t->last_enter_ts;
		if (ev->type == t->last_type + 1) {
			t->last_valid = true;
			ev->matched = true;
		} else {
			t->last_valid = false;
			if (t->last_type != E_TRACER_E)
				goto filter;
		}
		if (ev->nparams != 0) {
			const char *n0 = info->params[0].name;

			if (((n0[0] == 'r' && n0[1] == 'e' && n0[2] == 's' &&
			    n0[3] == 0) || (n0[0] == 'f' && n0[1] == 'd' &&
			    n0[2] == 0)) &&
			    pi64(ev, 0) < 0)
				/* negated as unsigned: INT64_MIN has no -x */
				ev->errorcode = (int32_t)(0 - (uint64_t)pi64(ev, 0));
		}
		if (info->flags & EF_USES_FD) {
			/* copy_file_range: the exit's fdout is the fd */
			if (ev->type == 333 && ev->nparams > 1)
				t->last_fd = pi64(ev, 1);
			ev->fd = scapint_fd_get(st, t, t->last_fd);
			ev->fdnum = t->last_fd;
		}
	}
filter:
	/*
	 * A filter set on the reader works as sysdig's: an event that
	 * changes no state is tested before it is parsed, and when it does
	 * not match it is not parsed and its thread forgets its enter event
	 * (so the exit that follows is unpaired); an event that changes
	 * state is parsed first and tested after.
	 */
	if (st->filter != NULL && ev->type == E_WRITE_X && ev->fd == NULL &&
	    ev->thread != NULL)	/* sysdig looks a write's fd up again */
		ev->fd = scapint_fd_get(st, ev->thread, ev->thread->last_fd);
	if (st->filter != NULL && !(info->flags & EF_MODIFIES_STATE) &&
	    !st->filter(st->filter_arg, ev)) {
		ev->filtered = true;
		if (ev->thread != NULL && !(info->flags & EF_SKIPPARSERESET) &&
		    ev->type != E_SWITCH_6_E)
			ev->thread->last_type = SCAP_EVENT_MAX_2022;
		return;
	}
	if (noparse) {
		if (st->filter != NULL && (info->flags & EF_MODIFIES_STATE) &&
		    !st->filter(st->filter_arg, ev))
			ev->filtered = true;
		return;
	}
	parse_event(st, ev);
	if (st->filter != NULL && (info->flags & EF_MODIFIES_STATE) &&
	    !st->filter(st->filter_arg, ev)) {
		ev->filtered = true;
		return;		/* sysdig skips its clean-up then */
	}
	/* sinsp drops the stored enter event after every exit. */
	if ((ev->type & 1) && ev->thread != NULL &&
	    !(ev->dflags & DF_STATE_ONLY)) {
		ev->thread->enter.len = 0;
		ev->thread->last_valid = false;
	}
}

/*
 * The path an openat/openat2 exit names, joined with its dirfd as sysdig
 * does for fd.name when the event has no fd.
 */
void
scapint_openat_path(struct scap *h, const struct scap_event *ev,
    struct sbuf *out)
{
	struct state *st = &h->st;
	struct scap_thread *t = ev->thread != NULL ? ev->thread :
	    scapint_thread_get(st, ev->tid);
	struct sbuf sdir = { 0 };
	const char *name = ev->pl[2] ? (const char *)ev->pv[2] : "";
	int64_t dirfd = pi64(ev, 1);

	if (name[0] == '/')
		sbuf_setz(&sdir, ".");
	else if (t == NULL)
		sbuf_setz(&sdir, "");
	else if (dirfd == PPM_AT_FDCWD) {
		const struct sbuf *cwd = scapint_thread_cwd(st, t);

		sbuf_set(&sdir, cwd->s ? cwd->s : "", cwd->len);
	} else {
		struct scap_fd *f = scapint_fd_get(st, t, dirfd);

		if (f == NULL)
			sbuf_setz(&sdir, "<UNKNOWN>");
		else {
			sbuf_set(&sdir, f->name.s ? f->name.s : "", f->name.len);
			sbuf_reserve(&sdir, sdir.len + 1);
			sdir.s[sdir.len++] = '/';
			sdir.s[sdir.len] = 0;
		}
	}
	full_path(out, sdir.s ? sdir.s : "", sdir.len, name, ev->pl[2]);
	sbuf_free(&sdir);
}
