/*
 * field.c - the fields filters and formats use (evt.*, proc.*, thread.*,
 * user.*, group.*, fd.*, container.*): the table, parsing references,
 * and extracting values from an event and the state, with sysdig
 * 0.29.3's meanings (which event has which value, and how it prints).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

#include "scap_private.h"
#include "field.h"

enum fid {
	F_EVT_NUM, F_EVT_TIME, F_EVT_TIME_S, F_EVT_DATETIME, F_EVT_RAWTIME,
	F_EVT_RAWTIME_S, F_EVT_RAWTIME_NS, F_EVT_RELTIME, F_EVT_OUTPUTTIME,
	F_EVT_TYPE, F_EVT_DIR, F_EVT_CPU, F_EVT_RES, F_EVT_RAWRES,
	F_EVT_FAILED, F_EVT_IS_IO, F_EVT_IS_IO_READ, F_EVT_IS_IO_WRITE,
	F_EVT_BUFFER, F_EVT_BUFLEN, F_EVT_LATENCY, F_EVT_ARGS, F_EVT_INFO,
	F_EVT_ARG, F_EVT_RAWARG, F_EVT_CATEGORY,
	F_PROC_NAME, F_PROC_PID, F_PROC_PPID, F_PROC_PNAME, F_PROC_EXE,
	F_PROC_EXEPATH, F_PROC_CMDLINE, F_PROC_EXELINE, F_PROC_ARGS,
	F_PROC_CWD, F_PROC_ANAME, F_PROC_APID, F_THREAD_TID, F_THREAD_ISMAIN,
	F_THREAD_VTID, F_PROC_VPID, F_USER_NAME, F_USER_UID, F_GROUP_NAME, F_GROUP_GID,
	F_FD_NUM, F_FD_NAME, F_FD_TYPE, F_FD_TYPECHAR, F_FD_DIRECTORY,
	F_FD_FILENAME, F_FD_IP, F_FD_CIP, F_FD_SIP, F_FD_LIP, F_FD_RIP,
	F_FD_PORT, F_FD_CPORT, F_FD_SPORT, F_FD_LPORT, F_FD_RPORT,
	F_FD_L4PROTO, F_FD_SOCKFAMILY, F_FD_IS_SERVER, F_FD_NET,
	F_CONTAINER_ID, F_CONTAINER_NAME,
	F_MAX
};

const struct fieldinfo scapint_fields[] = {
	[F_EVT_NUM] = { "evt.num", FT_UINT, FA_NONE, "event number" },
	[F_EVT_TIME] = { "evt.time", FT_STR, FA_NONE, "event time, local, with nanoseconds" },
	[F_EVT_TIME_S] = { "evt.time.s", FT_STR, FA_NONE, "event time, local, without nanoseconds" },
	[F_EVT_DATETIME] = { "evt.datetime", FT_STR, FA_NONE, "event date and time, local" },
	[F_EVT_RAWTIME] = { "evt.rawtime", FT_TIME, FA_NONE, "event time, nanoseconds since the epoch" },
	[F_EVT_RAWTIME_S] = { "evt.rawtime.s", FT_TIME, FA_NONE, "seconds part of evt.rawtime" },
	[F_EVT_RAWTIME_NS] = { "evt.rawtime.ns", FT_TIME, FA_NONE, "nanoseconds part of evt.rawtime" },
	[F_EVT_RELTIME] = { "evt.reltime", FT_RELTIME, FA_NONE, "nanoseconds since the first event" },
	[F_EVT_OUTPUTTIME] = { "evt.outputtime", FT_STR, FA_NONE, "event time as chosen with -t" },
	[F_EVT_TYPE] = { "evt.type", FT_STR, FA_NONE, "event type: the system call name" },
	[F_EVT_DIR] = { "evt.dir", FT_STR, FA_NONE, "'>' for enter events, '<' for exit events" },
	[F_EVT_CPU] = { "evt.cpu", FT_INT, FA_NONE, "CPU number" },
	[F_EVT_RES] = { "evt.res", FT_STR, FA_NONE, "SUCCESS, or the error name (ENOENT...) of a failed call" },
	[F_EVT_RAWRES] = { "evt.rawres", FT_INT, FA_NONE, "return value of the call, as a number" },
	[F_EVT_FAILED] = { "evt.failed", FT_BOOL, FA_NONE, "true for calls that failed" },
	[F_EVT_IS_IO] = { "evt.is_io", FT_BOOL, FA_NONE, "true for events that read or write an fd" },
	[F_EVT_IS_IO_READ] = { "evt.is_io_read", FT_BOOL, FA_NONE, "true for events that read from an fd" },
	[F_EVT_IS_IO_WRITE] = { "evt.is_io_write", FT_BOOL, FA_NONE, "true for events that write to an fd" },
	[F_EVT_BUFFER] = { "evt.buffer", FT_BUF, FA_NONE, "the data buffer of read and write events" },
	[F_EVT_BUFLEN] = { "evt.buflen", FT_UINT, FA_NONE, "bytes read or written by an I/O event" },
	[F_EVT_LATENCY] = { "evt.latency", FT_RELTIME, FA_NONE, "nanoseconds between the enter and the exit of a call" },
	[F_EVT_ARGS] = { "evt.args", FT_STR, FA_NONE, "all the event's arguments, as one string" },
	[F_EVT_INFO] = { "evt.info", FT_STR, FA_NONE, "the event's arguments, as sysdig prints them" },
	[F_EVT_ARG] = { "evt.arg", FT_STR, FA_NAME_INDEX, "one argument, by name (evt.arg.fd) or position (evt.arg[0]), as printed" },
	[F_EVT_RAWARG] = { "evt.rawarg", FT_INT, FA_NAME, "one argument by name, raw (numbers compare as numbers)" },
	[F_EVT_CATEGORY] = { "evt.category", FT_STR, FA_NONE, "event category: file, net, process, ..." },
	[F_PROC_NAME] = { "proc.name", FT_STR, FA_NONE, "process name (command)" },
	[F_PROC_PID] = { "proc.pid", FT_INT, FA_NONE, "process id" },
	[F_PROC_PPID] = { "proc.ppid", FT_INT, FA_NONE, "parent process id" },
	[F_PROC_PNAME] = { "proc.pname", FT_STR, FA_NONE, "parent process name" },
	[F_PROC_EXE] = { "proc.exe", FT_STR, FA_NONE, "first command-line argument (argv[0])" },
	[F_PROC_EXEPATH] = { "proc.exepath", FT_STR, FA_NONE, "full path of the executable" },
	[F_PROC_CMDLINE] = { "proc.cmdline", FT_STR, FA_NONE, "process name and arguments" },
	[F_PROC_EXELINE] = { "proc.exeline", FT_STR, FA_NONE, "argv[0] and arguments" },
	[F_PROC_ARGS] = { "proc.args", FT_STR, FA_NONE, "command-line arguments" },
	[F_PROC_CWD] = { "proc.cwd", FT_STR, FA_NONE, "current working directory" },
	[F_PROC_ANAME] = { "proc.aname", FT_STR, FA_INDEX, "name of an ancestor: proc.aname[1] is the parent" },
	[F_PROC_APID] = { "proc.apid", FT_INT, FA_INDEX, "pid of an ancestor: proc.apid[1] is the parent" },
	[F_THREAD_TID] = { "thread.tid", FT_INT, FA_NONE, "thread id" },
	[F_THREAD_ISMAIN] = { "thread.ismain", FT_BOOL, FA_NONE, "true for the main thread of a process" },
	[F_THREAD_VTID] = { "thread.vtid", FT_INT, FA_NONE, "thread id in its pid namespace (container)" },
	[F_PROC_VPID] = { "proc.vpid", FT_INT, FA_NONE, "process id in its pid namespace (container)" },
	[F_USER_NAME] = { "user.name", FT_STR, FA_NONE, "user name" },
	[F_USER_UID] = { "user.uid", FT_UINT, FA_NONE, "user id" },
	[F_GROUP_NAME] = { "group.name", FT_STR, FA_NONE, "group name" },
	[F_GROUP_GID] = { "group.gid", FT_UINT, FA_NONE, "group id" },
	[F_FD_NUM] = { "fd.num", FT_INT, FA_NONE, "file descriptor number" },
	[F_FD_NAME] = { "fd.name", FT_STR, FA_NONE, "file path, or socket tuple, of the fd" },
	[F_FD_TYPE] = { "fd.type", FT_STR, FA_NONE, "fd type: file, directory, ipv4, ipv6, unix, pipe, ..." },
	[F_FD_TYPECHAR] = { "fd.typechar", FT_STR, FA_NONE, "fd type as one letter: f, d, 4, 6, u, p, ..." },
	[F_FD_DIRECTORY] = { "fd.directory", FT_STR, FA_NONE, "directory of a file fd" },
	[F_FD_FILENAME] = { "fd.filename", FT_STR, FA_NONE, "file name of a file fd, without its directory" },
	[F_FD_IP] = { "fd.ip", FT_IPADDR, FA_NONE, "either IP address of a socket (filters only)" },
	[F_FD_CIP] = { "fd.cip", FT_IPADDR, FA_NONE, "client IP address" },
	[F_FD_SIP] = { "fd.sip", FT_IPADDR, FA_NONE, "server IP address" },
	[F_FD_LIP] = { "fd.lip", FT_IPADDR, FA_NONE, "local IP address" },
	[F_FD_RIP] = { "fd.rip", FT_IPADDR, FA_NONE, "remote IP address" },
	[F_FD_PORT] = { "fd.port", FT_PORT, FA_NONE, "either port of a socket (filters only)" },
	[F_FD_CPORT] = { "fd.cport", FT_PORT, FA_NONE, "client port" },
	[F_FD_SPORT] = { "fd.sport", FT_PORT, FA_NONE, "server port" },
	[F_FD_LPORT] = { "fd.lport", FT_PORT, FA_NONE, "local port" },
	[F_FD_RPORT] = { "fd.rport", FT_PORT, FA_NONE, "remote port" },
	[F_FD_L4PROTO] = { "fd.l4proto", FT_STR, FA_NONE, "tcp, udp, icmp or raw" },
	[F_FD_SOCKFAMILY] = { "fd.sockfamily", FT_STR, FA_NONE, "ip or unix" },
	[F_FD_IS_SERVER] = { "fd.is_server", FT_BOOL, FA_NONE, "true if the process owns the server end of the socket" },
	[F_FD_NET] = { "fd.net", FT_IPADDR, FA_NONE, "either end's network, as in fd.net=10.0.0.0/8 (filters only)" },
	[F_CONTAINER_ID] = { "container.id", FT_STR, FA_NONE, "container id, or host" },
	[F_CONTAINER_NAME] = { "container.name", FT_STR, FA_NONE, "container name, or host" },
};
const size_t scapint_nfields = F_MAX;

static size_t field_parse(const char *s, struct fieldref *ref, char *err,
    size_t errlen, bool strict);

size_t
scapint_field_parse(const char *s, struct fieldref *ref, char *err,
    size_t errlen)
{
	return field_parse(s, ref, err, errlen, true);
}

/* In -p formats sysdig takes any evt.arg name (an unknown one is simply
 * absent from every event). */
size_t
scapint_field_parse_fmt(const char *s, struct fieldref *ref, char *err,
    size_t errlen)
{
	return field_parse(s, ref, err, errlen, false);
}

static size_t
field_parse(const char *s, struct fieldref *ref, char *err, size_t errlen,
    bool strict)
{
	size_t i, best = SIZE_MAX, blen = 0, n;

	memset(ref, 0, sizeof(*ref));
	ref->argidx = -1;
	/* the longest field name s starts with */
	for (i = 0; i < F_MAX; i++) {
		n = strlen(scapint_fields[i].name);
		/* the longest name that starts s, as sysdig matches them:
		 * whatever follows is not part of the field */
		if (n > blen && strncmp(s, scapint_fields[i].name, n) == 0) {
			best = i;
			blen = n;
		}
	}
	if (best == SIZE_MAX) {
		for (n = 0; s[n] && (s[n] == '.' || s[n] == '_' ||
		    (s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9') ||
		    (s[n] >= 'A' && s[n] <= 'Z')); n++)
			;
		snprintf(err, errlen, "unknown field '%.*s'", (int)(n ? n : 1),
		    s);
		return 0;
	}
	ref->id = (uint16_t)best;
	ref->type = scapint_fields[best].type;
	n = blen;
	switch (scapint_fields[best].arg) {
	case FA_NONE:
		return n;
	case FA_NAME:
	case FA_NAME_INDEX:
		if (s[n] == '.') {
			size_t k = n + 1;

			while ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' &&
			    s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9') ||
			    s[k] == '_')
				k++;
			if (k == n + 1 || k - n - 1 >= sizeof(ref->arg)) {
				snprintf(err, errlen, "'%s' needs an argument "
				    "name, as in %s.fd", scapint_fields[best].name,
				    scapint_fields[best].name);
				return 0;
			}
			memcpy(ref->arg, s + n + 1, k - n - 1);
			ref->arg[k - n - 1] = 0;
			if (strict && !scapint_param_name_known(ref->arg)) {
				snprintf(err, errlen, "no event has an argument "
				    "named '%s'", ref->arg);
				return 0;
			}
			if (best == F_EVT_RAWARG)
				ref->type = scapint_rawarg_type(ref->arg);
			return k;
		}
		if (scapint_fields[best].arg == FA_NAME) {
			snprintf(err, errlen, "'%s' needs an argument name, as "
			    "in %s.fd", scapint_fields[best].name,
			    scapint_fields[best].name);
			return 0;
		}
		/* FALLTHROUGH */
	case FA_INDEX:
		if (s[n] == '[') {
			char *end;
			long v = strtol(s + n + 1, &end, 10);

			if (end == s + n + 1 || *end != ']' || v < 0 ||
			    v > 1000) {
				snprintf(err, errlen, "bad index in '%s[...]'",
				    scapint_fields[best].name);
				return 0;
			}
			ref->argidx = (int32_t)v;
			return (size_t)(end + 1 - s);
		}
		if (best == F_PROC_ANAME || best == F_PROC_APID) {
			ref->argidx = -1;	/* any ancestor (filters) */
			return n;
		}
		snprintf(err, errlen, "'%s' needs an argument, as in %s.fd or "
		    "%s[0]", scapint_fields[best].name,
		    scapint_fields[best].name, scapint_fields[best].name);
		return 0;
	}
	return n;
}

/*
 * Extraction.  Values that point to text use per-slot storage.
 */
#define NSLOTS	8
struct fieldstore {
	struct sbuf s[NSLOTS];
};

static struct sbuf *
slot_buf(struct scap *h, int slot)
{
	if (h->fields == NULL) {
		h->fields = calloc(1, sizeof(struct fieldstore));
		if (h->fields == NULL)
			abort();
	}
	return &((struct fieldstore *)h->fields)->s[slot & (NSLOTS - 1)];
}

void
scapint_field_store_free(void *p)
{
	struct fieldstore *fs = p;
	int i;

	if (fs == NULL)
		return;
	for (i = 0; i < NSLOTS; i++)
		sbuf_free(&fs->s[i]);
	free(fs);
}

static void
val_str(struct fieldval *v, const char *s, size_t n)
{
	v->type = FT_STR;
	v->s = s;
	v->len = n;
}

static void
val_sbuf(struct fieldval *v, struct sbuf *b)
{
	val_str(v, b->s ? b->s : "", b->len);
}

static void
val_int(struct fieldval *v, uint8_t type, int64_t i)
{
	v->type = type;
	v->i = i;
}

/* The thread sysdig's fields use: the event's, or one found by tid. */
static struct scap_thread *
ev_thread(struct scap *h, const struct scap_event *ev)
{
	return ev->thread != NULL ? ev->thread :
	    scapint_thread_get(&h->st, ev->tid);
}

/* The fd sysdig's fd.* fields use (extract_fd()); *ok = fd-related. */
static struct scap_fd *
ev_fd(struct scap *h, const struct scap_event *ev, struct scap_thread **tp,
    bool *ok)
{
	struct scap_thread *t;
	struct scap_fd *f;

	*ok = false;
	*tp = NULL;
	if (!(ev->info->flags & (EF_CREATES_FD | EF_USES_FD | EF_DESTROYS_FD)))
		return NULL;
	t = ev_thread(h, ev);
	if (t == NULL)
		return NULL;
	*ok = true;
	*tp = t;
	f = ev->fd;
	if (f == NULL && t->last_fd != -1)
		f = scapint_fd_get(&h->st, t, t->last_fd);
	return f;
}

static const char *
fdtype_str(uint8_t type)
{
	switch (type) {
	case FD_FILE: case FD_FILE_V2: return "file";
	case FD_DIRECTORY: return "directory";
	case FD_IPV4_SOCK: case FD_IPV4_SERVSOCK: return "ipv4";
	case FD_IPV6_SOCK: case FD_IPV6_SERVSOCK: return "ipv6";
	case FD_UNIX_SOCK: return "unix";
	case FD_FIFO: return "pipe";
	case FD_EVENT: return "event";
	case FD_SIGNALFD: return "signalfd";
	case FD_EVENTPOLL: return "eventpoll";
	case FD_INOTIFY: return "inotify";
	case FD_TIMERFD: return "timerfd";
	case FD_NETLINK: return "netlink";
	case FD_BPF: return "bpf";
	case FD_USERFAULTFD: return "userfaultfd";
	case FD_IOURING: return "io_uring";
	case FD_MEMFD: return "memfd";
	case FD_PIDFD: return "pidfd";
	}
	return "<NA>";
}

/*
 * fd.name when the event has no fd (extract_fdname_from_creator): the
 * exits that create one name it from their own arguments.  Returns false
 * when there is no value.
 */
static bool
name_from_creator(struct scap *h, const struct scap_event *ev,
    struct sbuf *out)
{
	size_t n;
	const char *s;

	if (!(ev->type & 1))
		return false;
	switch (ev->type) {
	case 3: case 27: case 247: case 57: case 249: case 59: case 23:
		/* open, accept*, creat, connect: parameter 1, as printed */
		s = scapint_fmt_param_text(h, ev, 1, true, &n);
		if (s == NULL)
			return false;
		sbuf_set(out, s, n);
		return true;
	case 307: case 327:
		if (ev->nparams < 3)
			return false;
		scapint_openat_path(h, ev, out);
		return true;
	default:
		sbuf_set(out, "", 0);
		return true;
	}
}

/* The last '/' of b[0..n), or NULL. */
static const char *
last_slash(const char *b, size_t n)
{
	while (n > 0)
		if (b[--n] == '/')
			return b + n;
	return NULL;
}

static void
ip_val(struct fieldval *v, const uint8_t *ip, int family)
{
	v->type = FT_IPADDR;
	v->family = (uint8_t)family;
	memset(v->ip, 0, sizeof(v->ip));
	memcpy(v->ip, ip, family == 4 ? 4 : 16);
}

static bool container_id(const struct scap_thread *t, char id[13]);

/*
 * Is this address one of the machine's, as sysdig decides it for the
 * event's thread t (is_ipv4addr_in_local_machine)?  A thread in a
 * container that the capture's container events describe has that
 * container's address, or with none given, any described container's
 * (an address of 0 matches one given none); then the interfaces.
 */
static bool
local4(const struct scap *h, const struct scap_thread *t, const uint8_t *ip)
{
	const struct state *st = &h->st;
	const struct container *c;
	uint32_t a = ld32(ip);
	char id[13];
	size_t i;

	if (t != NULL && st->nctrs > 0 && container_id(t, id) &&
	    (c = scapint_container_get(st, id, 12)) != NULL) {
		if (c->ip != 0 && c->ip == a)
			return true;
		for (i = 0; c->ip == 0 && i < st->nctrs; i++)
			if (st->ctrs[i].ip == a)
				return true;
	}
	for (i = 0; i < st->nif4; i++)
		if (st->if4[i].addr == a)
			return true;
	return false;
}

/* (sysdig: the same first 64 bits as an interface's address; never for
 * a thread in a container) */
static bool
local6(const struct scap *h, const struct scap_thread *t, const uint8_t *ip)
{
	const struct state *st = &h->st;
	char id[13];
	size_t i;

	if (t != NULL && container_id(t, id))
		return false;
	for (i = 0; i < st->nif6; i++)
		if (memcmp(st->if6[i], ip, 8) == 0)
			return true;
	return false;
}

/* Client, server, local and remote ends of an IP socket. */
enum end { END_C, END_S, END_L, END_R };

static bool
sock_end(struct scap *h, const struct scap_thread *t, struct scap_fd *f,
    enum end e, bool port, struct fieldval *v)
{
	bool v4 = (f->type == FD_IPV4_SOCK), src;

	if (f->type == FD_IPV4_SERVSOCK || f->type == FD_IPV6_SERVSOCK) {
		if (e != END_S)
			return false;
		/* fd.sip wants a role even here; fd.sport does not */
		if (!port && f->role == 0)
			return false;
		if (port)
			val_int(v, FT_PORT, ld16(f->sock + (f->type ==
			    FD_IPV4_SERVSOCK ? 4 : 16)));
		else
			ip_val(v, f->sock, f->type == FD_IPV4_SERVSOCK ? 4 : 6);
		return true;
	}
	if (f->type != FD_IPV4_SOCK && f->type != FD_IPV6_SOCK)
		return false;
	if (f->role == 0)
		return false;
	if (e == END_C || e == END_S)
		src = (e == END_C);
	else {
		bool is_local = v4 ? local4(h, t, f->sock) :
		    local6(h, t, f->sock);

		src = (e == END_L) == is_local;
	}
	if (port)
		val_int(v, FT_PORT, ld16(f->sock + (v4 ? (src ? 8 : 10) :
		    (src ? 32 : 34))));
	else
		ip_val(v, f->sock + (v4 ? (src ? 0 : 4) : (src ? 0 : 16)),
		    v4 ? 4 : 6);
	return true;
}

static bool
ishex(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!((p[i] >= '0' && p[i] <= '9') || (p[i] >= 'a' && p[i] <= 'f')))
			return false;
	return true;
}

/*
 * The container a thread runs in, from its cgroups, as sysdig's docker
 * and CRI resolvers find it: a 64-hex-digit id after "/docker/",
 * "docker-", "crio-", "cri-containerd-" or "libpod-", or ending a
 * kubepods path.  The id is the first 12 digits.  False: the host.
 */
static bool
container_id(const struct scap_thread *t, char id[13])
{
	static const char *const pfx[] = { "/docker/", "docker-", "crio-",
	    "cri-containerd-", "libpod-" };
	const char *s = t->cgroups.s, *e = s + t->cgroups.len;

	while (s != NULL && s < e) {
		size_t n = strnlen(s, (size_t)(e - s)), i;
		const char *p;

		for (i = 0; i < sizeof(pfx) / sizeof(pfx[0]); i++) {
			size_t pl = strlen(pfx[i]);

			for (p = s; p + pl + 64 <= s + n; p++)
				if (memcmp(p, pfx[i], pl) == 0 &&
				    ishex(p + pl, 64)) {
					memcpy(id, p + pl, 12);
					id[12] = 0;
					return true;
				}
		}
		if (n >= 65 && strstr(s, "/kubepods") != NULL &&
		    s[n - 65] == '/' && ishex(s + n - 64, 64)) {
			memcpy(id, s + n - 64, 12);
			id[12] = 0;
			return true;
		}
		s += n + 1;
	}
	return false;
}

/* The param of ev named name, or -1 (first match, as sysdig). */
static int
param_by_name(const struct scap_event *ev, const char *name)
{
	unsigned i, n = ev->nparams < ev->info->nparams ? ev->nparams :
	    ev->info->nparams;

	for (i = 0; i < n; i++)
		if (strcmp(ev->info->params[i].name, name) == 0)
			return (int)i;
	return -1;
}

/*
 * The same for the names the fields look up on every event (res, fd,
 * data): found once per event type, then kept (per thread: 0 not yet
 * looked up, -1 none, else the index + 1).
 */
enum { PN_RES, PN_FD, PN_DATA, PN_N };
static const char *const pn_names[PN_N] = { "res", "fd", "data" };
static _Thread_local int16_t pn_index[PN_N][SCAP_EVENT_MAX];

static int
param_named(const struct scap_event *ev, int which)
{
	int16_t *c = &pn_index[which][ev->type];
	unsigned k;

	if (*c == 0) {
		*c = -1;
		for (k = 0; k < ev->info->nparams; k++)
			if (strcmp(ev->info->params[k].name,
			    pn_names[which]) == 0) {
				*c = (int16_t)(k + 1);
				break;
			}
	}
	if (*c < 0 || (unsigned)*c > ev->nparams)
		return -1;
	return *c - 1;
}

/* sysdig's evt.res / evt.failed / evt.rawres source: res, or fd of a
 * creating exit.  Returns the param index or -1. */
static int
res_param(const struct scap_event *ev)
{
	int i = param_named(ev, PN_RES);

	if (i >= 0)
		return ev->pl[i] == 8 ? i : -1;
	if ((ev->info->flags & EF_CREATES_FD) && (ev->type & 1)) {
		i = param_named(ev, PN_FD);
		return i >= 0 && ev->pl[i] == 8 ? i : -1;
	}
	return -1;
}

static void
ancestor(struct scap *h, struct scap_thread *t, int32_t n,
    struct scap_thread **out)
{
	int32_t i;

	*out = t;
	for (i = 0; i < n && *out != NULL; i++) {
		struct scap_thread *m = scapint_thread_main(&h->st, *out);

		if (m == NULL)
			break;
		*out = scapint_thread_get(&h->st, m->ptid);
	}
	if (i < n)
		*out = NULL;
}

void
scapint_field_get(struct scap *h, const struct scap_event *ev,
    const struct fieldref *ref, int slot, struct fieldval *v)
{
	struct sbuf *b = slot_buf(h, slot);
	struct scap_thread *t = NULL;
	struct scap_fd *f = NULL;
	bool fdok;
	const char *s;
	size_t n;
	int i;

	memset(v, 0, sizeof(*v));
	v->type = ref->type;
	switch (ref->id) {
	case F_EVT_NUM:
		val_int(v, FT_UINT, (int64_t)ev->num);
		return;
	case F_EVT_TIME: case F_EVT_TIME_S: case F_EVT_DATETIME:
	case F_EVT_OUTPUTTIME:
		s = scapint_fmt_time_text(h, ev, ref->id == F_EVT_TIME ? 'h' :
		    ref->id == F_EVT_TIME_S ? 's' : ref->id == F_EVT_DATETIME ?
		    'y' : 'o', &n);
		sbuf_set(b, s, n);
		val_sbuf(v, b);
		return;
	case F_EVT_RAWTIME:
		val_int(v, FT_TIME, (int64_t)ev->ts);
		return;
	case F_EVT_RAWTIME_S:
		val_int(v, FT_TIME, (int64_t)(ev->ts / 1000000000));
		return;
	case F_EVT_RAWTIME_NS:
		val_int(v, FT_TIME, (int64_t)(ev->ts % 1000000000));
		return;
	case F_EVT_RELTIME:
		val_int(v, FT_RELTIME, (int64_t)(ev->ts - h->first_ts));
		return;
	case F_EVT_TYPE:
		s = scapint_event_typename(ev);
		val_str(v, s, strlen(s));
		return;
	case F_EVT_DIR:
		val_str(v, (ev->type & 1) ? "<" : ">", 1);
		return;
	case F_EVT_CPU:
		val_int(v, FT_INT, ev->cpu);
		return;
	case F_EVT_RES:
		if ((i = res_param(ev)) < 0) {
			v->absent = 1;
			return;
		}
		if ((int64_t)ld64(ev->pv[i]) >= 0) {
			val_str(v, "SUCCESS", 7);
			return;
		}
		s = scapint_fmt_param_text(h, ev, (unsigned)i, true, &n);
		sbuf_set(b, s ? s : "", s ? n : 0);
		val_sbuf(v, b);
		return;
	case F_EVT_RAWRES:
		if ((i = res_param(ev)) < 0) {
			v->absent = 1;
			return;
		}
		val_int(v, FT_INT, (int64_t)ld64(ev->pv[i]));
		return;
	case F_EVT_FAILED:
		i = res_param(ev);
		val_int(v, FT_BOOL, i >= 0 && (int64_t)ld64(ev->pv[i]) < 0);
		return;
	case F_EVT_IS_IO:
		val_int(v, FT_BOOL, (ev->info->flags & (EF_READS_FROM_FD |
		    EF_WRITES_TO_FD)) != 0);
		return;
	case F_EVT_IS_IO_READ:
		val_int(v, FT_BOOL, (ev->info->flags & EF_READS_FROM_FD) != 0);
		return;
	case F_EVT_IS_IO_WRITE:
		val_int(v, FT_BOOL, (ev->info->flags & EF_WRITES_TO_FD) != 0);
		return;
	case F_EVT_BUFFER:
		if ((i = param_named(ev, PN_DATA)) < 0) {
			v->absent = 1;
			return;
		}
		v->type = FT_BUF;
		v->s = (const char *)ev->pv[i];
		v->len = ev->pl[i];
		return;
	case F_EVT_BUFLEN:
		if (ev->fd == NULL || !(ev->type & 1) ||
		    !((ev->info->category & EC_CLASS_MASK) >= EC_IO_READ &&
		    (ev->info->category & EC_CLASS_MASK) <= EC_IO_OTHER) ||
		    ev->nparams < 1 || ev->pl[0] != 8 ||
		    (int64_t)ld64(ev->pv[0]) < 0) {
			v->absent = 1;
			return;
		}
		val_int(v, FT_UINT, (int64_t)ld64(ev->pv[0]));
		return;
	case F_EVT_LATENCY:
		if (ev->thread != NULL && (ev->info->category & EC_CLASS_MASK) ==
		    EC_INTERNAL) {
			v->absent = 1;
			return;
		}
		val_int(v, FT_RELTIME, ev->thread ? (int64_t)ev->thread->latency :
		    0);
		return;
	case F_EVT_ARGS:
	case F_EVT_INFO:
		s = scapint_fmt_args_text(h, ev, &n);
		sbuf_set(b, s, n);
		val_sbuf(v, b);
		return;
	case F_EVT_ARG:
		i = ref->argidx >= 0 ? ref->argidx : param_by_name(ev, ref->arg);
		if (i < 0 || (unsigned)i >= ev->nparams ||
		    (unsigned)i >= ev->info->nparams) {
			v->absent = 1;
			return;
		}
		s = scapint_fmt_param_text(h, ev, (unsigned)i, true, &n);
		sbuf_set(b, s ? s : "", s ? n : 0);
		val_sbuf(v, b);
		return;
	case F_EVT_RAWARG:
		if ((i = param_by_name(ev, ref->arg)) < 0) {
			v->absent = 1;
			return;
		}
		scapint_rawarg_value(ev, (unsigned)i, v);
		if (v->type == FT_STR || v->type == FT_BUF) {
			sbuf_set(b, v->s, v->len);
			val_sbuf(v, b);
		}
		return;
	case F_EVT_CATEGORY:
		if ((ev->type == 0 || ev->type == 1) && ev->nparams > 0 &&
		    ev->pl[0] >= 2) {
			/* a generic event: the system call's own category;
			 * I/O ones have no fd kind then */
			s = scapint_category_name(scapint_syscall_category(
			    ld16(ev->pv[0])));
			if (strcmp(s, "io") == 0)
				s = "unknown";
			val_str(v, s, strlen(s));
			return;
		}
		s = scapint_category_name(ev->info->category);
		if (strcmp(s, "io") == 0) {
			/* I/O events take the kind of their fd */
			switch (ev->fd ? ev->fd->type : FD_UNKNOWN) {
			case FD_FILE: case FD_FILE_V2: case FD_DIRECTORY:
				s = "file"; break;
			case FD_IPV4_SOCK: case FD_IPV6_SOCK:
			case FD_IPV4_SERVSOCK: case FD_IPV6_SERVSOCK:
				s = "net"; break;
			case FD_FIFO: case FD_UNIX_SOCK: case FD_EVENT:
			case FD_SIGNALFD: case FD_INOTIFY:
				s = "ipc"; break;
			default:
				s = "unknown"; break;
			}
		}
		val_str(v, s, strlen(s));
		return;
	case F_THREAD_TID:
		val_int(v, FT_INT, ev->tid);
		return;
	case F_CONTAINER_ID:
	case F_CONTAINER_NAME: {
		const struct container *c;
		char id[13];

		if ((t = ev_thread(h, ev)) == NULL) {
			v->absent = 1;
			return;
		}
		if (!container_id(t, id)) {
			val_str(v, "host", 4);
			return;
		}
		if (ref->id == F_CONTAINER_ID) {
			sbuf_set(b, id, 12);
			val_sbuf(v, b);
			return;
		}
		/* a name only from the capture's container events */
		c = scapint_container_get(&h->st, id, 12);
		if (c == NULL || c->name == NULL || c->name[0] == 0) {
			v->absent = 1;
			return;
		}
		val_str(v, c->name, strlen(c->name));
		return;
	}
	default:
		break;
	}

	if (ref->id >= F_PROC_NAME && ref->id <= F_GROUP_GID) {
		struct scap_thread *m;

		t = ev_thread(h, ev);
		if (t == NULL) {
			v->absent = 1;
			return;
		}
		switch (ref->id) {
		case F_PROC_NAME:
			val_sbuf(v, &t->comm);
			return;
		case F_PROC_PID:
			val_int(v, FT_INT, t->pid);
			return;
		case F_PROC_PPID:
			m = scapint_thread_main(&h->st, t);
			if (m == NULL) {
				v->absent = 1;
				return;
			}
			val_int(v, FT_INT, m->ptid);
			return;
		case F_PROC_PNAME:
			m = scapint_thread_get(&h->st, t->ptid);
			if (m == NULL) {
				v->absent = 1;
				return;
			}
			val_sbuf(v, &m->comm);
			return;
		case F_PROC_EXE:
			val_sbuf(v, &t->exe);
			return;
		case F_PROC_EXEPATH:
			val_sbuf(v, &t->exepath);
			return;
		case F_PROC_CWD:
			val_sbuf(v, (struct sbuf *)scapint_thread_cwd(&h->st, t));
			return;
		case F_PROC_ARGS:
		case F_PROC_CMDLINE:
		case F_PROC_EXELINE: {
			size_t off = 0, k = 0;
			const char *a = t->args.s ? t->args.s : "";

			b->len = 0;
			if (ref->id == F_PROC_CMDLINE)
				sbuf_set(b, t->comm.s, t->comm.len);
			else if (ref->id == F_PROC_EXELINE) {
				sbuf_set(b, t->exe.s, t->exe.len);
				sbuf_reserve(b, b->len + 1);
				b->s[b->len++] = ' ';
			} else
				sbuf_set(b, "", 0);
			while (off < t->args.len) {
				size_t l = strnlen(a + off, t->args.len - off);

				sbuf_reserve(b, b->len + l + 2);
				if (ref->id == F_PROC_CMDLINE ||
				    (k > 0))
					b->s[b->len++] = ' ';
				memcpy(b->s + b->len, a + off, l);
				b->len += (uint32_t)l;
				off += l + 1;
				k++;
			}
			sbuf_reserve(b, b->len);
			b->s[b->len] = 0;
			val_sbuf(v, b);
			return;
		}
		case F_PROC_ANAME:
		case F_PROC_APID:
			ancestor(h, t, ref->argidx < 0 ? 1 : ref->argidx, &m);
			if (m == NULL) {
				v->absent = 1;
				return;
			}
			if (ref->id == F_PROC_ANAME)
				val_sbuf(v, &m->comm);
			else
				val_int(v, FT_INT, m->pid);
			return;
		case F_THREAD_ISMAIN:
			val_int(v, FT_BOOL, t->pid == t->tid ||
			    (t->flags & CL_IS_MAIN_THREAD));
			return;
		case F_THREAD_VTID:
		case F_PROC_VPID: {
			int64_t id = ref->id == F_THREAD_VTID ? t->vtid : t->vpid;

			if (id == -1)
				v->absent = 1;
			else
				val_int(v, FT_INT, id);
			return;
		}
		case F_USER_UID:
			val_int(v, FT_UINT, t->uid);
			return;
		case F_USER_NAME: {
			const struct user *u = scapint_user_get(&h->st, t->uid);

			if (u == NULL) {
				v->absent = 1;
				return;
			}
			val_str(v, u->name, strlen(u->name));
			return;
		}
		case F_GROUP_GID:
			/*
			 * sysdig reads this 32-bit id as a 64-bit field: the
			 * upper half is the low half of the thread's child
			 * count, stored next to it (a main thread with one
			 * other thread shows gid 0 as 4294967296).  Printed
			 * and compared as sysdig does.
			 */
			val_int(v, FT_UINT, (int64_t)((uint64_t)t->gid |
			    (uint64_t)t->nchilds << 32));
			return;
		case F_GROUP_NAME: {
			const struct group *g = scapint_group_get(&h->st, t->gid);

			if (g == NULL) {
				v->absent = 1;
				return;
			}
			val_str(v, g->name, strlen(g->name));
			return;
		}
		}
	}

	/* fd.* */
	f = ev_fd(h, ev, &t, &fdok);
	if (!fdok) {
		v->absent = 1;
		return;
	}
	if (ref->id == F_FD_NUM) {
		val_int(v, FT_INT, t->last_fd);
		return;
	}
	if (f == NULL || (ref->id == F_FD_NAME && ev->type == 23 &&
	    ev->nparams > 0 && ev->pl[0] == 8 && (int64_t)ld64(ev->pv[0]) < 0)) {
		/* extract_from_null_fd() */
		switch (ref->id) {
		case F_FD_NAME:
			if (!name_from_creator(h, ev, b)) {
				v->absent = 1;
				return;
			}
			val_sbuf(v, b);
			return;
		case F_FD_DIRECTORY:
			if (f != NULL)
				break;
			if (!name_from_creator(h, ev, b)) {
				v->absent = 1;
				return;
			}
			s = b->len ? last_slash(b->s, b->len) : NULL;
			if (s != NULL && s != b->s) {
				if ((size_t)(s - b->s) < b->len - 1)
					b->len = (uint32_t)(s - b->s);
			} else
				sbuf_setz(b, "/");
			val_sbuf(v, b);
			return;
		case F_FD_FILENAME:
			if (f != NULL)
				break;
			if (ev->type != 2 && ev->type != 102 && ev->type != 306 &&
			    ev->type != 326 && ev->type != 58) {
				v->absent = 1;
				return;
			}
			if (!name_from_creator(h, ev, b)) {
				v->absent = 1;
				return;
			}
			val_sbuf(v, b);
			return;
		case F_FD_TYPECHAR: {
			static char c;

			if (f != NULL)
				break;
			switch (ev->type & ~1) {
			case 2: case 102: case 306: case 326: case 58:
				c = 'f'; break;
			case 18: case 26: case 246: case 56: case 248:
				c = '4'; break;
			case 60: c = 'p'; break;
			case 62: c = 'e'; break;
			case 126: c = 's'; break;
			case 136: c = 't'; break;
			case 138: c = 'i'; break;
			default: c = 'o'; break;
			}
			val_str(v, &c, 1);
			return;
		}
		default:
			if (f == NULL) {
				v->absent = 1;
				return;
			}
			break;
		}
	}
	switch (ref->id) {
	case F_FD_NAME:
		val_sbuf(v, &f->name);
		return;
	case F_FD_TYPE:
		s = fdtype_str(f->type);
		val_str(v, s, strlen(s));
		return;
	case F_FD_TYPECHAR: {
		static char c;

		c = scapint_fd_typechar(f);
		val_str(v, &c, 1);
		return;
	}
	case F_FD_DIRECTORY:
		if (f->type != FD_FILE && f->type != FD_FILE_V2 &&
		    f->type != FD_DIRECTORY) {
			v->absent = 1;
			return;
		}
		sbuf_set(b, f->name.s, f->name.len);
		if (f->type != FD_DIRECTORY) {
			s = b->len ? last_slash(b->s, b->len) : NULL;
			if (s != NULL && s != b->s) {
				if ((size_t)(s - b->s) < b->len - 1)
					b->len = (uint32_t)(s - b->s);
			} else
				sbuf_setz(b, "/");
		}
		val_sbuf(v, b);
		return;
	case F_FD_FILENAME:
		if (f->type != FD_FILE && f->type != FD_FILE_V2) {
			v->absent = 1;
			return;
		}
		s = f->name.len ? last_slash(f->name.s, f->name.len) : NULL;
		if (s != NULL) {
			if ((size_t)(s - f->name.s) < f->name.len - 1)
				val_str(v, s + 1, f->name.len - (size_t)(s -
				    f->name.s) - 1);
			else
				val_sbuf(v, &f->name);
		} else
			val_str(v, "/", 1);
		return;
	case F_FD_CIP: case F_FD_SIP: case F_FD_LIP: case F_FD_RIP:
	case F_FD_CPORT: case F_FD_SPORT: case F_FD_LPORT: case F_FD_RPORT: {
		static const enum end ends[] = { END_C, END_S, END_L, END_R };
		bool port = ref->id >= F_FD_CPORT;
		int e = port ? ref->id - F_FD_CPORT : ref->id - F_FD_CIP;

		if ((ref->id == F_FD_LIP || ref->id == F_FD_RIP ||
		    ref->id == F_FD_LPORT || ref->id == F_FD_RPORT) &&
		    f->type != FD_IPV4_SOCK && f->type != FD_IPV6_SOCK) {
			v->absent = 1;
			return;
		}
		if (ref->id == F_FD_CIP || ref->id == F_FD_CPORT) {
			if (f->type != FD_IPV4_SOCK && f->type != FD_IPV6_SOCK) {
				/* sysdig: a client port of any other fd with
				 * a role reads as 0 */
				if (ref->id == F_FD_CPORT && f->role != 0)
					val_int(v, FT_PORT, 0);
				else
					v->absent = 1;
				return;
			}
		}
		if (!sock_end(h, t, f, ends[e], port, v))
			v->absent = 1;
		return;
	}
	case F_FD_IP:
	case F_FD_NET:
	case F_FD_PORT:
		/* both ends, compared by the filter: the client end here,
		 * the server end through scapint_field_get2() */
		if (!sock_end(h, t, f, END_C, ref->id == F_FD_PORT, v) &&
		    !sock_end(h, t, f, END_S, ref->id == F_FD_PORT, v))
			v->absent = 1;
		return;
	case F_FD_L4PROTO:
		switch (scapint_sock_l4proto(f)) {
		case L4_TCP: val_str(v, "tcp", 3); break;
		case L4_UDP: val_str(v, "udp", 3); break;
		case L4_ICMP: val_str(v, "icmp", 4); break;
		case L4_RAW: val_str(v, "raw", 3); break;
		default: val_str(v, "<NA>", 4); break;
		}
		return;
	case F_FD_SOCKFAMILY:
		if (f->type == FD_IPV4_SOCK || f->type == FD_IPV6_SOCK ||
		    f->type == FD_IPV4_SERVSOCK || f->type == FD_IPV6_SERVSOCK)
			val_str(v, "ip", 2);
		else if (f->type == FD_UNIX_SOCK)
			val_str(v, "unix", 4);
		else
			v->absent = 1;
		return;
	case F_FD_IS_SERVER:
		if (f->type == FD_IPV4_SERVSOCK || f->type == FD_IPV6_SERVSOCK)
			val_int(v, FT_BOOL, 1);
		else if (f->type == FD_IPV4_SOCK)
			val_int(v, FT_BOOL, local4(h, t, f->sock + 4));
		else if (f->type == FD_IPV6_SOCK)
			val_int(v, FT_BOOL, local6(h, t, f->sock + 16));
		else
			val_int(v, FT_BOOL, 0);
		return;
	}
	v->absent = 1;
}

/* The other end of fd.ip / fd.port (absent if none). */
void
scapint_field_get_server(struct scap *h, const struct scap_event *ev,
    const struct fieldref *ref, struct fieldval *v)
{
	struct scap_thread *t;
	struct scap_fd *f;
	bool ok;

	memset(v, 0, sizeof(*v));
	v->absent = 1;
	f = ev_fd(h, ev, &t, &ok);
	if (f == NULL || (ref->id != F_FD_IP && ref->id != F_FD_NET &&
	    ref->id != F_FD_PORT))
		return;
	if (sock_end(h, t, f, END_S, ref->id == F_FD_PORT, v))
		v->absent = 0;
}

const char *
scapint_field_text(struct scap *h, const struct scap_event *ev,
    const struct fieldref *ref, const struct fieldval *v, int slot,
    size_t *len)
{
	struct sbuf *b = slot_buf(h, slot + NSLOTS / 2);
	char tmp[64];

	(void)ev;
	switch (v->type) {
	case FT_STR:
		*len = v->len;
		return v->s;
	case FT_BUF:
		/* as sysdig prints a buffer: non-printable bytes as dots */
		scapint_fmt_bytebuf_text(h, (const uint8_t *)v->s, v->len, b);
		*len = b->len;
		return b->s;
	case FT_BOOL:
		snprintf(tmp, sizeof(tmp), "%s", v->i ? "true" : "false");
		break;
	case FT_UINT:
	case FT_TIME:
	case FT_RELTIME:
		/* sysdig pads these two to nine digits */
		snprintf(tmp, sizeof(tmp), ref->id == F_EVT_RELTIME ||
		    ref->id == F_EVT_RAWTIME_NS ? "%09llu" : "%llu",
		    (unsigned long long)v->i);
		break;
	case FT_IPADDR:
		if (v->family == 4)
			snprintf(tmp, sizeof(tmp), "%u.%u.%u.%u", v->ip[0],
			    v->ip[1], v->ip[2], v->ip[3]);
		else if (inet_ntop(AF_INET6, v->ip, tmp, sizeof(tmp)) == NULL)
			snprintf(tmp, sizeof(tmp), "<NA>");
		break;
	default:
		snprintf(tmp, sizeof(tmp), "%lld", (long long)v->i);
		break;
	}
	(void)ref;
	sbuf_setz(b, tmp);
	*len = b->len;
	return b->s;
}

static uint8_t
ptype_field(uint8_t pt)
{
	switch (pt) {
	case PT_INT8: case PT_INT16: case PT_INT32: case PT_INT64:
	case PT_ERRNO: case PT_FD: case PT_PID: case PT_FD32: case PT_PID32:
		return FT_INT;
	case PT_UINT8: case PT_UINT16: case PT_UINT32: case PT_UINT64:
	case PT_FLAGS8: case PT_FLAGS16: case PT_FLAGS32: case PT_ENUMFLAGS8:
	case PT_ENUMFLAGS16: case PT_ENUMFLAGS32: case PT_UID: case PT_GID:
	case PT_MODE: case PT_SYSCALLID: case PT_SIGTYPE: case PT_BOOL:
	case PT_SIGSET: case PT_L4PROTO: case PT_SOCKFAMILY:
		return FT_UINT;
	case PT_PORT:
		return FT_PORT;
	case PT_RELTIME: case PT_ABSTIME:
		return FT_RELTIME;
	case PT_CHARBUF: case PT_FSPATH: case PT_FSRELPATH:
		return FT_STR;
	}
	return FT_BUF;
}

bool
scapint_param_name_known(const char *name)
{
	unsigned e, i;

	for (e = 0; e < SCAP_EVENT_MAX; e++)
		for (i = 0; i < scapint_events[e].nparams; i++)
			if (strcmp(scapint_events[e].params[i].name, name) == 0)
				return true;
	return false;
}

/* evt.rawarg.NAME has the type of the first parameter of that name in
 * the event table (as sysdig looks it up). */
uint8_t
scapint_rawarg_type(const char *name)
{
	unsigned e, i;

	for (e = 0; e < SCAP_EVENT_MAX; e++)
		for (i = 0; i < scapint_events[e].nparams; i++)
			if (strcmp(scapint_events[e].params[i].name, name) == 0)
				return ptype_field(scapint_events[e].params[i].type);
	return FT_STR;
}

void
scapint_rawarg_value(const struct scap_event *ev, unsigned i,
    struct fieldval *v)
{
	uint8_t t = ptype_field(ev->info->params[i].type);
	const uint8_t *p = ev->pv[i];
	uint32_t n = ev->pl[i];

	if (t == FT_STR || t == FT_BUF) {
		const char *z = memchr(p, 0, n);

		v->type = t;
		v->s = (const char *)p;
		v->len = t == FT_STR && z ? (size_t)(z - (const char *)p) : n;
		return;
	}
	v->type = t;
	switch (n) {
	case 1: v->i = t == FT_INT ? (int8_t)p[0] : p[0]; break;
	case 2: v->i = t == FT_INT ? (int16_t)ld16(p) : ld16(p); break;
	case 4: v->i = t == FT_INT ? (int64_t)(int32_t)ld32(p) : (int64_t)ld32(p); break;
	case 8: v->i = (int64_t)ld64(p); break;
	default: v->absent = 1; break;
	}
}

const char *
scapint_category_name(uint16_t cat)
{
	switch (cat & EC_CLASS_MASK) {
	case EC_OTHER: return "other";
	case EC_FILE: return "file";
	case EC_NET: return "net";
	case EC_IPC: return "IPC";
	case EC_MEMORY: return "memory";
	case EC_PROCESS: return "process";
	case EC_SLEEP: return "sleep";
	case EC_SYSTEM: return "system";
	case EC_SIGNAL: return "signal";
	case EC_USER: return "user";
	case EC_TIME: return "time";
	case EC_PROCESSING: return "processing";
	case EC_IO_READ: case EC_IO_WRITE: case EC_IO_OTHER: return "io";
	case EC_WAIT: return "wait";
	case EC_SCHEDULER: return "scheduler";
	}
	return "unknown";
}

void
scap_list_fields(FILE *fp)
{
	static const char *const tn[] = { "string", "int", "uint", "bool",
	    "ipaddr", "port", "time", "reltime", "buffer" };
	size_t i;

	for (i = 0; i < F_MAX; i++) {
		const struct fieldinfo *fi = &scapint_fields[i];
		char name[48];

		snprintf(name, sizeof(name), "%s%s", fi->name,
		    fi->arg == FA_NAME ? ".NAME" : fi->arg == FA_INDEX ? "[N]" :
		    fi->arg == FA_NAME_INDEX ? ".NAME|[N]" : "");
		fprintf(fp, "%-22s %-8s %s\n", name, tn[fi->type], fi->desc);
	}
}

/*
 * The public face of fields (scap.h): a parsed field, and its value for
 * an event, as text and, for numeric fields, as a number.
 */
struct scap_field {
	struct fieldref ref;
	char name[96];
};

struct scap_field *
scap_field_new(const char *name, char *errbuf)
{
	struct scap_field *f = calloc(1, sizeof(*f));
	char err[256];
	size_t n;

	if (f == NULL) {
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "out of memory");
		return NULL;
	}
	n = scapint_field_parse_fmt(name, &f->ref, err, sizeof(err));
	if (n == 0 || name[n] != 0) {
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "%s", n == 0 ? err :
		    "unexpected text after the field name");
		free(f);
		return NULL;
	}
	snprintf(f->name, sizeof(f->name), "%s", name);
	return f;
}

void
scap_field_free(struct scap_field *f)
{
	free(f);
}

const char *
scap_field_name(const struct scap_field *f)
{
	return f->name;
}

int
scap_field_value(struct scap *h, const struct scap_event *ev,
    const struct scap_field *f, int slot, struct scap_value *out)
{
	struct fieldval v;

	scapint_field_get(h, ev, &f->ref, slot & 3, &v);
	memset(out, 0, sizeof(*out));
	if (v.absent)
		return 0;
	out->str = scapint_field_text(h, ev, &f->ref, &v, slot & 3,
	    &out->len);
	switch (v.type) {
	case FT_INT: case FT_UINT: case FT_BOOL: case FT_PORT: case FT_TIME:
	case FT_RELTIME:
		out->numeric = 1;
		out->num = v.i;
		break;
	}
	return 1;
}
