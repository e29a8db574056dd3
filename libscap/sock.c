/*
 * sock.c - socket state: what sysdig records about a socket fd from the
 * fd list and from socket, bind, connect, accept and the I/O calls that
 * carry addresses, and the names it derives from that.
 *
 * The addresses live in a byte array laid out as libsinsp's sockinfo
 * union: the IPv4 tuple, IPv6 tuple and server views overlap, and sysdig
 * sometimes reads one view after writing another.  Keeping the same
 * layout makes the names we print the names sysdig prints.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

#include "scap_private.h"

/* Offsets in struct scap_fd.sock. */
#define V4_SIP		0	/* IPv4 tuple: u32 sip, dip; u16 sport, dport; u8 l4 */
#define V4_DIP		4
#define V4_SPORT	8
#define V4_DPORT	10
#define V4_L4		12
#define V6_SIP		0	/* IPv6 tuple: 16-byte sip, dip; ports; l4 */
#define V6_DIP		16
#define V6_SPORT	32
#define V6_DPORT	34
#define V6_L4		36
#define S4_IP		0	/* IPv4 server: u32 ip; u16 port; u8 l4 */
#define S4_PORT		4
#define S4_L4		6
#define S6_IP		0	/* IPv6 server: 16-byte ip; u16 port; u8 l4 */
#define S6_PORT		16
#define S6_L4		18
#define UX_SRC		0	/* unix: u64 source, u64 destination */
#define UX_DST		8

#define AF_UNIX_	1
#define AF_INET_	2
#define AF_INET6_	10
#define AF_NETLINK_	16
#define LOOPBACK4	0x0100007fu	/* 127.0.0.1 as stored */

static void swap_addrs(struct scap_fd *f);
static uint16_t g16(const struct scap_fd *f, int o) { return ld16(f->sock + o); }
static uint32_t g32(const struct scap_fd *f, int o) { return ld32(f->sock + o); }
static void s16(struct scap_fd *f, int o, uint16_t v) { memcpy(f->sock + o, &v, 2); }
static void s32(struct scap_fd *f, int o, uint32_t v) { memcpy(f->sock + o, &v, 4); }

static bool
v4mapped(const uint8_t *a)
{
	static const uint8_t z[10];

	if (memcmp(a, z, 10) != 0)
		return false;
	if (a[10] == 0xff && a[11] == 0xff)
		return true;
	return a[10] == 0 && a[11] == 0 && a[12] == 0 && a[13] == 0 &&
	    a[14] == 0 && a[15] == 0;
}

static bool
v6zero(const uint8_t *a)
{
	static const uint8_t z[16];

	return memcmp(a, z, 16) == 0;
}

uint8_t
scapint_sock_l4proto(const struct scap_fd *f)
{
	switch (f->type) {
	case FD_IPV4_SOCK:
		if (f->sock[V4_L4] == L4_RAW)
			return L4_RAW;
		return f->role == 0 ? L4_NA : f->sock[V4_L4];
	case FD_IPV4_SERVSOCK:
		return f->sock[S4_L4];
	case FD_IPV6_SOCK:
		if (f->sock[V6_L4] == L4_RAW)
			return L4_RAW;
		return f->role == 0 ? L4_NA : f->sock[V6_L4];
	case FD_IPV6_SERVSOCK:
		return f->sock[S6_L4];
	}
	return L4_UNKNOWN;
}

/* Text forms. */

static int
ip4(char *b, size_t n, const uint8_t *ip)
{
	return snprintf(b, n, "%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3]);
}

static int
ip6(char *b, size_t n, const uint8_t *ip)
{
	if (inet_ntop(AF_INET6, ip, b, (socklen_t)n) == NULL)
		return snprintf(b, n, "<NA>");
	return (int)strlen(b);
}

static size_t
put(char *buf, size_t cap, size_t at, const char *fmt, const void *a,
    const void *b)
{
	int n = snprintf(buf + at, at < cap ? cap - at : 0, fmt, a, b);

	if (n < 0)
		return at;
	at += (size_t)n;
	return at < cap ? at : cap - 1;
}

static size_t
v4port(char *buf, size_t cap, size_t at, const uint8_t *ip, uint16_t port)
{
	char a[32];

	ip4(a, sizeof(a), ip);
	at = put(buf, cap, at, "%s", a, NULL);
	return (size_t)snprintf(buf + at, cap - at, ":%u", port) + at;
}

static size_t
v6port(char *buf, size_t cap, size_t at, const uint8_t *ip, uint16_t port)
{
	char a[64];

	ip6(a, sizeof(a), ip);
	at = put(buf, cap, at, "%s", a, NULL);
	return (size_t)snprintf(buf + at, cap - at, ":%u", port) + at;
}

/* sysdig's sanitize_string(): drop bytes that are not printable. */
static size_t
sanitized(char *buf, size_t cap, size_t at, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i] != 0 && at + 1 < cap; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c < 0x7f)
			buf[at++] = (char)c;
	}
	buf[at] = 0;
	return at;
}

size_t
scapint_sockaddr_str(char *buf, size_t cap, const uint8_t *p, uint32_t n)
{
	buf[0] = 0;
	if (n == 0)
		return (size_t)snprintf(buf, cap, "NULL");
	if (p[0] == AF_UNIX_)
		return sanitized(buf, cap, 0, (const char *)p + 1, n - 1);
	if (p[0] == AF_INET_) {
		if (n == 7)
			return v4port(buf, cap, 0, p + 1, ld16(p + 5));
		return (size_t)snprintf(buf, cap, "INVALID IPv4");
	}
	if (p[0] == AF_INET6_) {
		if (n == 19)
			return v6port(buf, cap, 0, p + 1, ld16(p + 17));
		return (size_t)snprintf(buf, cap, "INVALID IPv6");
	}
	return (size_t)snprintf(buf, cap, "family %d", (int)(int8_t)p[0]);
}

size_t
scapint_socktuple_str(char *buf, size_t cap, const uint8_t *p, uint32_t n)
{
	size_t at;

	buf[0] = 0;
	if (n == 0)
		return (size_t)snprintf(buf, cap, "NULL");
	if (p[0] == AF_INET_) {
		if (n != 13)
			return (size_t)snprintf(buf, cap, "INVALID IPv4");
		at = v4port(buf, cap, 0, p + 1, ld16(p + 5));
		at = put(buf, cap, at, "%s", "->", NULL);
		return v4port(buf, cap, at, p + 7, ld16(p + 11));
	}
	if (p[0] == AF_INET6_) {
		if (n != 37)
			return (size_t)snprintf(buf, cap, "INVALID IPv6");
		if (v4mapped(p + 1) && v4mapped(p + 19)) {
			at = v4port(buf, cap, 0, p + 13, ld16(p + 17));
			at = put(buf, cap, at, "%s", "->", NULL);
			return v4port(buf, cap, at, p + 31, ld16(p + 35));
		}
		at = v6port(buf, cap, 0, p + 1, ld16(p + 17));
		at = put(buf, cap, at, "%s", "->", NULL);
		return v6port(buf, cap, at, p + 19, ld16(p + 35));
	}
	if (p[0] == AF_UNIX_) {
		uint8_t z[16] = { 0 };

		memcpy(z, p + 1, n - 1 < 16 ? n - 1 : 16);
		at = (size_t)snprintf(buf, cap, "%llx->%llx ",
		    (unsigned long long)ld64(z), (unsigned long long)ld64(z + 8));
		if (n > 17)
			at = sanitized(buf, cap, at, (const char *)p + 17, n - 17);
		return at;
	}
	return (size_t)snprintf(buf, cap, "family %d", (int)(int8_t)p[0]);
}

/* The name of an IP socket from its addresses (sockinfo_to_str). */
static void
sock_name(struct scap_fd *f)
{
	char b[256];
	size_t at = 0;
	uint8_t l4;

	if (f->type == FD_IPV4_SOCK) {
		l4 = f->sock[V4_L4];
		if (l4 == L4_TCP || l4 == L4_UDP) {
			at = v4port(b, sizeof(b), 0, f->sock + V4_SIP,
			    g16(f, V4_SPORT));
			at = put(b, sizeof(b), at, "%s", "->", NULL);
			v4port(b, sizeof(b), at, f->sock + V4_DIP,
			    g16(f, V4_DPORT));
		} else if (l4 == L4_ICMP || l4 == L4_RAW) {
			at = (size_t)ip4(b, sizeof(b), f->sock + V4_SIP);
			at = put(b, sizeof(b), at, "%s", "->", NULL);
			ip4(b + at, sizeof(b) - at, f->sock + V4_DIP);
		} else
			snprintf(b, sizeof(b), "<unknown>");
	} else if (f->type == FD_IPV6_SOCK) {
		const uint8_t *sip = f->sock + V6_SIP, *dip = f->sock + V6_DIP;

		l4 = f->sock[V6_L4];
		if (l4 == L4_TCP || l4 == L4_UDP) {
			if (v4mapped(sip) && v4mapped(dip)) {
				/* sysdig reads the ports through the IPv4
				 * view here. */
				at = v4port(b, sizeof(b), 0, sip + 12,
				    g16(f, V4_SPORT));
				at = put(b, sizeof(b), at, "%s", "->", NULL);
				v4port(b, sizeof(b), at, dip + 12,
				    g16(f, V4_DPORT));
			} else {
				at = v6port(b, sizeof(b), 0, sip,
				    g16(f, V6_SPORT));
				at = put(b, sizeof(b), at, "%s", "->", NULL);
				v6port(b, sizeof(b), at, dip, g16(f, V6_DPORT));
			}
		} else if (l4 == L4_ICMP) {
			if (v4mapped(sip) && v4mapped(dip)) {
				at = (size_t)ip4(b, sizeof(b), sip + 12);
				at = put(b, sizeof(b), at, "%s", "->", NULL);
				ip4(b + at, sizeof(b) - at, dip + 12);
			} else {
				at = (size_t)ip6(b, sizeof(b), sip);
				at = put(b, sizeof(b), at, "%s", "->", NULL);
				ip6(b + at, sizeof(b) - at, dip);
			}
		} else
			snprintf(b, sizeof(b), "<unknown>");
	} else
		return;
	sbuf_setz(&f->name, b);
}

/* Interfaces: guess the local address of a socket (ifinfo). */
static uint32_t
infer4(const struct state *st, uint32_t dst)
{
	size_t i;

	for (i = 0; i < st->nif4; i++)
		if (st->if4[i].addr == dst)
			return st->if4[i].addr;
	for (i = 0; i < st->nif4; i++)
		if ((st->if4[i].addr & st->if4[i].mask) ==
		    (dst & st->if4[i].mask))
			return st->if4[i].addr;
	for (i = 0; i < st->nif4; i++)
		if (st->if4[i].addr != LOOPBACK4)
			return st->if4[i].addr;
	return 0;
}

static const uint8_t *
infer6(const struct state *st, const uint8_t *dst)
{
	static const uint8_t zero[16], lo[16] = { [15] = 1 };
	size_t i;

	for (i = 0; i < st->nif6; i++)
		if (memcmp(st->if6[i], dst, 16) == 0)
			return st->if6[i];
	for (i = 0; i < st->nif6; i++)
		if (memcmp(st->if6[i], dst, 8) == 0)
			return st->if6[i];
	for (i = 0; i < st->nif6; i++)
		if (memcmp(st->if6[i], lo, 16) != 0)
			return st->if6[i];
	return zero;
}

static void
iface_update(const struct state *st, struct scap_fd *f)
{
	if (f->type == FD_IPV4_SOCK) {
		uint32_t sip = g32(f, V4_SIP), dip = g32(f, V4_DIP), n;

		if (sip != 0 && dip != 0)
			return;
		if (sip == 0) {
			n = infer4(st, dip);
			if (n == dip && g16(f, V4_SPORT) == g16(f, V4_DPORT))
				return;
			s32(f, V4_SIP, n);
		} else {
			n = infer4(st, sip);
			if (n == sip && g16(f, V4_SPORT) == g16(f, V4_DPORT))
				return;
			s32(f, V4_DIP, n);
		}
	} else if (f->type == FD_IPV6_SOCK) {
		uint8_t *sip = f->sock + V6_SIP, *dip = f->sock + V6_DIP;
		const uint8_t *n;

		if (!v6zero(sip) && !v6zero(dip))
			return;
		if (v6zero(sip)) {
			n = infer6(st, dip);
			if (memcmp(n, dip, 16) == 0 &&
			    g16(f, V6_SPORT) == g16(f, V6_DPORT))
				return;
			memmove(sip, n, 16);
		} else {
			n = infer6(st, sip);
			if (memcmp(n, sip, 16) == 0 &&
			    g16(f, V6_SPORT) == g16(f, V6_DPORT))
				return;
			memmove(dip, n, 16);
		}
	}
}

/*
 * A socket entry of the fd list.  sysdig decodes every entry through one
 * scratch sockinfo that is never cleared, so bytes an entry does not set
 * keep what an earlier entry wrote; st->scratch plays that part.
 */
void
scapint_sock_from_list(struct state *st, struct scap_fd *f, const uint8_t *d)
{
	struct scap_fd tmp;

	memset(&tmp, 0, sizeof(tmp));
	tmp.type = f->type;
	memcpy(tmp.sock, st->scratch, sizeof(tmp.sock));
	switch (f->type) {
	case FD_IPV4_SOCK:
		memcpy(tmp.sock + V4_SIP, d, 8);
		memcpy(tmp.sock + V4_SPORT, d + 8, 4);
		tmp.sock[V4_L4] = d[12];
		/* no interface guess here: sysdig reads the fd lists
		 * before the interface list, whatever the file order */
		break;
	case FD_IPV4_SERVSOCK:
		memcpy(tmp.sock + S4_IP, d, 6);
		tmp.sock[S4_L4] = d[6];
		break;
	case FD_IPV6_SOCK:
		if (v4mapped(d) && v4mapped(d + 16)) {
			tmp.type = FD_IPV4_SOCK;
			memcpy(tmp.sock + V4_SIP, d + 12, 4);
			memcpy(tmp.sock + V4_DIP, d + 28, 4);
			memcpy(tmp.sock + V4_SPORT, d + 32, 4);
			tmp.sock[V4_L4] = d[36];
		} else {
			memcpy(tmp.sock + V6_SIP, d, 36);
			tmp.sock[V6_L4] = d[36];
		}
		break;
	case FD_IPV6_SERVSOCK:
		memcpy(tmp.sock + S6_IP, d, 18);
		tmp.sock[S6_L4] = d[18];
		break;
	}
	memcpy(st->scratch, tmp.sock, sizeof(tmp.sock));
	f->type = tmp.type;
	memcpy(f->sock, tmp.sock, sizeof(f->sock));
	if (f->type == FD_IPV4_SOCK) {
		char b[128];
		size_t at = v4port(b, sizeof(b), 0, f->sock + V4_SIP,
		    g16(f, V4_SPORT));

		at = put(b, sizeof(b), at, "%s", "->", NULL);
		v4port(b, sizeof(b), at, f->sock + V4_DIP, g16(f, V4_DPORT));
		sbuf_setz(&f->name, b);
	} else if (f->type == FD_IPV4_SERVSOCK) {
		char b[64];

		v4port(b, sizeof(b), 0, f->sock + S4_IP, g16(f, S4_PORT));
		sbuf_setz(&f->name, b);
	} else if (f->type == FD_IPV6_SOCK) {
		char b[160];
		size_t at = v6port(b, sizeof(b), 0, f->sock + V6_SIP,
		    g16(f, V6_SPORT));

		at = put(b, sizeof(b), at, "%s", "->", NULL);
		v6port(b, sizeof(b), at, f->sock + V6_DIP, g16(f, V6_DPORT));
		sbuf_setz(&f->name, b);
	} else {
		char b[80];

		v6port(b, sizeof(b), 0, f->sock + S6_IP, g16(f, S6_PORT));
		sbuf_setz(&f->name, b);
	}
}

/*
 * After the fd lists are read, sysdig decides the direction of every IPv4
 * connection they hold: one whose source port is a port some listening
 * socket of the fd lists is bound to (IPv4 or IPv6) is turned around and
 * becomes a server socket; every other one is a client.  (The role is what
 * makes the L4 letter show, as in <4t>.)  Declared in state.c too: the
 * private header is not ours to change.
 */

static bool
port_listed(const uint16_t *ports, size_t n, uint16_t port)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (ports[i] == port)
			return true;
	return false;
}

void
scapint_sock_fix_from_list(struct state *st)
{
	uint16_t *ports = NULL;
	size_t n = 0, cap = 0, it = 0, fit;
	struct scap_thread *t;
	struct scap_fd *f;

	while ((t = scapint_map_next(st->threads, &it, NULL)) != NULL) {
		for (fit = 0; t->fds != NULL &&
		    (f = scapint_fd_next(t->fds, &fit)) != NULL;) {
			uint16_t port;

			if (f->type == FD_IPV4_SERVSOCK)
				port = g16(f, S4_PORT);
			else if (f->type == FD_IPV6_SERVSOCK)
				port = g16(f, S6_PORT);
			else
				continue;
			if (port_listed(ports, n, port))
				continue;
			if (n == cap) {
				uint16_t *np;

				cap = cap ? cap * 2 : 16;
				np = realloc(ports, cap * sizeof(*ports));
				if (np == NULL)
					abort();
				ports = np;
			}
			ports[n++] = port;
		}
	}
	it = 0;
	while ((t = scapint_map_next(st->threads, &it, NULL)) != NULL) {
		for (fit = 0; t->fds != NULL &&
		    (f = scapint_fd_next(t->fds, &fit)) != NULL;) {
			char b[128];
			size_t at;

			if (f->type != FD_IPV4_SOCK)
				continue;
			if (!port_listed(ports, n, g16(f, V4_SPORT))) {
				f->role |= FDR_CLIENT;
				continue;
			}
			swap_addrs(f);
			at = v4port(b, sizeof(b), 0, f->sock + V4_SIP,
			    g16(f, V4_SPORT));
			at = put(b, sizeof(b), at, "%s", "->", NULL);
			v4port(b, sizeof(b), at, f->sock + V4_DIP, g16(f, V4_DPORT));
			sbuf_setz(&f->name, b);
			f->role |= FDR_SERVER;
		}
	}
	free(ports);
}

static bool has(const struct scap_event *ev, unsigned i) { return i < ev->nparams; }

static void
add_socket(struct state *st, struct scap_event *ev, int64_t fd,
    uint32_t domain, uint32_t type, uint32_t proto)
{
	struct scap_fd f;

	memset(&f, 0, sizeof(f));
	if (domain == AF_UNIX_)
		f.type = FD_UNIX_SOCK;
	else if (domain == AF_INET_ || domain == AF_INET6_) {
		uint8_t l4 = L4_UNKNOWN;

		f.type = domain == AF_INET_ ? FD_IPV4_SOCK : FD_IPV6_SOCK;
		if (proto == 6)			/* IPPROTO_TCP */
			l4 = type == 3 ? L4_RAW : L4_TCP;
		else if (proto == 17)		/* IPPROTO_UDP */
			l4 = type == 3 ? L4_RAW : L4_UDP;
		else if (proto == 0) {		/* IPPROTO_IP */
			if ((type & 0xff) == 1)
				l4 = L4_TCP;
			else if ((type & 0xff) == 2)
				l4 = L4_UDP;
		} else if (proto == 1)		/* IPPROTO_ICMP */
			l4 = type == 3 ? L4_RAW : L4_ICMP;
		else if (proto == 255)		/* IPPROTO_RAW */
			l4 = L4_RAW;
		f.sock[domain == AF_INET_ ? V4_L4 : V6_L4] = l4;
	} else if (domain == AF_NETLINK_)
		f.type = FD_NETLINK;
	else
		f.type = FD_UNKNOWN;	/* sysdig keeps these too (<o>) */
	ev->fd = scapint_thread_add_fd(st, ev->thread, fd, &f);
}

void
scapint_sock_socket_exit(struct state *st, struct scap_event *ev)
{
	struct scap_event e;
	int64_t fd = scapint_param_i64(ev, 0);

	if (fd < 0 || ev->thread == NULL ||
	    !scapint_retrieve_enter(ev->thread, ev, &e))
		return;
	add_socket(st, ev, fd, scapint_param_u32(&e, 0),
	    scapint_param_u32(&e, 1), scapint_param_u32(&e, 2));
}

void
scapint_sock_infer_sendto(struct state *st, struct scap_event *ev)
{
	int64_t fd = scapint_param_i64(ev, 0);

	if (fd < 0 || !has(ev, 2) || ev->pl[2] == 0)
		return;
	if (ev->pv[2][0] == AF_INET_ || ev->pv[2][0] == AF_INET6_)
		add_socket(st, ev, fd, ev->pv[2][0], 2, 17);
}

void
scapint_sock_socketpair_exit(struct state *st, struct scap_event *ev)
{
	struct scap_fd f;

	if (scapint_param_i64(ev, 0) < 0 || ev->thread == NULL)
		return;
	memset(&f, 0, sizeof(f));
	f.type = FD_UNIX_SOCK;
	if (has(ev, 4) && ev->pl[3] == 8 && ev->pl[4] == 8) {
		memcpy(f.sock + UX_SRC, ev->pv[3], 8);
		memcpy(f.sock + UX_DST, ev->pv[4], 8);
	}
	ev->fd = scapint_thread_add_fd(st, ev->thread,
	    scapint_param_i64(ev, 1), &f);
	(void)scapint_thread_add_fd(st, ev->thread, scapint_param_i64(ev, 2),
	    &f);
}

static void
param_name(struct scap_fd *f, const struct scap_event *ev, unsigned i,
    bool tuple)
{
	char b[8192];

	if (tuple)
		scapint_socktuple_str(b, sizeof(b), ev->pv[i], ev->pl[i]);
	else
		scapint_sockaddr_str(b, sizeof(b), ev->pv[i], ev->pl[i]);
	sbuf_setz(&f->name, b);
}

/* The unix socket addresses sysdig takes from a packed address. */
static void
set_unix(struct scap_fd *f, const uint8_t *p, uint32_t n)
{
	uint8_t z[17] = { 0 };

	memcpy(z, p, n < 17 ? n : 17);
	memcpy(f->sock + UX_SRC, z + 1, 8);
	memcpy(f->sock + UX_DST, z + 9, 8);
}

void
scapint_sock_bind_exit(struct state *st, struct scap_event *ev)
{
	struct scap_fd *f = ev->fd;
	const uint8_t *d;
	uint32_t n;

	(void)st;
	if (f == NULL || scapint_param_i64(ev, 0) < 0 || !has(ev, 1) ||
	    ev->pl[1] == 0)
		return;
	d = ev->pv[1];
	n = ev->pl[1];
	if (d[0] == AF_INET_ && n >= 7) {
		uint16_t port = ld16(d + 5);

		if (port > 0) {
			f->type = FD_IPV4_SERVSOCK;
			memcpy(f->sock + S4_IP, d + 1, 4);
			s16(f, S4_PORT, port);
			f->sock[S4_L4] = f->sock[V4_L4];
			f->role |= FDR_SERVER;
		}
	} else if (d[0] == AF_INET6_ && n >= 19) {
		uint16_t port = ld16(d + 17);

		if (port > 0) {
			if (v4mapped(d + 1)) {
				f->type = FD_IPV4_SERVSOCK;
				f->sock[S4_L4] = f->sock[V6_L4];
				memcpy(f->sock + S4_IP, d + 13, 4);
				s16(f, S4_PORT, port);
			} else {
				f->type = FD_IPV6_SERVSOCK;
				s16(f, S6_PORT, port);
				memcpy(f->sock + S6_IP, d + 1, 16);
				f->sock[S6_L4] = f->sock[V6_L4];
			}
			f->role |= FDR_SERVER;
		}
	}
	param_name(f, ev, 1, false);
}

void
scapint_sock_connect_enter(struct state *st, struct scap_event *ev)
{
	struct scap_fd *f = ev->fd;
	const uint8_t *d;
	uint32_t n;

	(void)st;
	if (f == NULL || !has(ev, 1) || ev->pl[1] == 0)
		return;
	d = ev->pv[1];
	n = ev->pl[1];
	if (d[0] == AF_INET_ && n >= 7) {
		f->type = FD_IPV4_SOCK;
		memcpy(f->sock + V4_DIP, d + 1, 4);
		memcpy(f->sock + V4_DPORT, d + 5, 2);
	} else if (d[0] == AF_INET6_ && n >= 19) {
		if (v4mapped(d + 1)) {
			f->type = FD_IPV4_SOCK;
			memcpy(f->sock + V4_DIP, d + 13, 4);
			memcpy(f->sock + V4_DPORT, d + 17, 2);
		} else {
			f->type = FD_IPV6_SOCK;
			memcpy(f->sock + V6_DPORT, d + 17, 2);
			memcpy(f->sock + V6_DIP, d + 1, 16);
		}
	} else if (d[0] != AF_INET_ && d[0] != AF_INET6_) {
		param_name(f, ev, 1, false);
		set_unix(f, d, n);
	}
}

/* set_ipv4_addresses_and_ports(): returns whether anything changed. */
static bool
set_v4(struct scap_fd *f, uint32_t sip, uint16_t sport, uint32_t dip,
    uint16_t dport)
{
	bool changed = false;

	if (f->type == FD_IPV4_SOCK &&
	    ((sip == g32(f, V4_SIP) && sport == g16(f, V4_SPORT) &&
	    dip == g32(f, V4_DIP) && dport == g16(f, V4_DPORT)) ||
	    (dip == g32(f, V4_SIP) && dport == g16(f, V4_SPORT) &&
	    sip == g32(f, V4_DIP) && sport == g16(f, V4_DPORT))))
		return false;
	if (g32(f, V4_SIP) != sip) {
		s32(f, V4_SIP, sip);
		changed = true;
	}
	if (g16(f, V4_SPORT) != sport) {
		s16(f, V4_SPORT, sport);
		changed = true;
	}
	if (g32(f, V4_DIP) == 0) {
		s32(f, V4_DIP, dip);
		changed = true;
	}
	if (g16(f, V4_DPORT) == 0) {
		s16(f, V4_DPORT, dport);
		changed = true;
	}
	return changed;
}

static bool
set_v4_tuple(struct scap_fd *f, const uint8_t *p)
{
	return set_v4(f, ld32(p + 1), ld16(p + 5), ld32(p + 7), ld16(p + 11));
}

static bool
set_v4mapped_tuple(struct scap_fd *f, const uint8_t *p)
{
	return set_v4(f, ld32(p + 13), ld16(p + 17), ld32(p + 31),
	    ld16(p + 35));
}

static bool
set_v6_tuple(struct scap_fd *f, const uint8_t *p)
{
	const uint8_t *sip = p + 1, *dip = p + 19;
	uint16_t sport = ld16(p + 17), dport = ld16(p + 35);
	uint8_t *fs = f->sock + V6_SIP, *fd = f->sock + V6_DIP;
	bool changed = false;

	if (f->type == FD_IPV6_SOCK &&
	    ((memcmp(sip, fs, 16) == 0 && sport == g16(f, V6_SPORT) &&
	    memcmp(dip, fd, 16) == 0 && dport == g16(f, V6_DPORT)) ||
	    (memcmp(dip, fs, 16) == 0 && dport == g16(f, V6_SPORT) &&
	    memcmp(sip, fd, 16) == 0 && sport == g16(f, V6_DPORT))))
		return false;
	if (memcmp(fs, sip, 16) != 0) {
		memcpy(fs, sip, 16);
		changed = true;
	}
	if (g16(f, V6_SPORT) != sport) {
		s16(f, V6_SPORT, sport);
		changed = true;
	}
	if (v6zero(fd)) {
		memcpy(fd, dip, 16);
		changed = true;
	}
	if (g16(f, V6_DPORT) == 0) {
		s16(f, V6_DPORT, dport);
		changed = true;
	}
	return changed;
}

static void
swap_addrs(struct scap_fd *f)
{
	uint8_t t[16];
	uint16_t p;

	if (f->type == FD_IPV4_SOCK) {
		memcpy(t, f->sock + V4_SIP, 4);
		memcpy(f->sock + V4_SIP, f->sock + V4_DIP, 4);
		memcpy(f->sock + V4_DIP, t, 4);
		p = g16(f, V4_SPORT);
		s16(f, V4_SPORT, g16(f, V4_DPORT));
		s16(f, V4_DPORT, p);
	} else {
		memcpy(t, f->sock + V6_SIP, 16);
		memcpy(f->sock + V6_SIP, f->sock + V6_DIP, 16);
		memcpy(f->sock + V6_DIP, t, 16);
		p = g16(f, V6_SPORT);
		s16(f, V6_SPORT, g16(f, V6_DPORT));
		s16(f, V6_DPORT, p);
	}
}

static bool
is_udp(const struct scap_fd *f)
{
	return f->type == FD_IPV4_SOCK && f->sock[V4_L4] == L4_UDP;
}

static bool
is_tcp(const struct scap_fd *f)
{
	return f->type == FD_IPV4_SOCK && f->sock[V4_L4] == L4_TCP;
}

void
scapint_sock_connect_exit(struct state *st, struct scap_event *ev)
{
	struct scap_fd *f = ev->fd;
	const uint8_t *d;
	int64_t res;

	(void)st;
	if (f == NULL)
		return;
	res = scapint_param_i64(ev, 0);
	if (res < 0 && res != -115)	/* EINPROGRESS */
		return;
	if (!has(ev, 1) || ev->pl[1] == 0)
		return;
	d = ev->pv[1];
	if ((d[0] == AF_INET_ && ev->pl[1] >= 13) ||
	    (d[0] == AF_INET6_ && ev->pl[1] >= 37)) {
		bool changed;

		if (d[0] == AF_INET6_ && !(v4mapped(d + 1) &&
		    v4mapped(d + 19))) {
			f->type = FD_IPV6_SOCK;
			changed = set_v6_tuple(f, d);
		} else if (d[0] == AF_INET6_) {
			f->type = FD_IPV4_SOCK;
			changed = set_v4mapped_tuple(f, d);
		} else {
			f->type = FD_IPV4_SOCK;
			changed = set_v4_tuple(f, d);
		}
		if (changed && (f->role & FDR_SERVER) && is_udp(f))
			swap_addrs(f);
		sock_name(f);
	} else if (d[0] != AF_INET_ && d[0] != AF_INET6_) {
		param_name(f, ev, 1, true);
		set_unix(f, d, ev->pl[1]);
	}
	if (f->role == 0)
		f->role = FDR_CLIENT;
}

void
scapint_sock_accept_exit(struct state *st, struct scap_event *ev)
{
	int64_t fd = scapint_param_i64(ev, 0);
	const uint8_t *d;
	uint32_t n;
	struct scap_fd f;

	if (ev->thread == NULL || fd < 0)
		return;
	ev->thread->last_fd = fd;
	if (!has(ev, 1) || ev->pl[1] == 0)
		return;
	d = ev->pv[1];
	n = ev->pl[1];
	memset(&f, 0, sizeof(f));
	if (d[0] == AF_INET_ && n >= 13) {
		set_v4_tuple(&f, d);
		f.type = FD_IPV4_SOCK;
		f.sock[V4_L4] = L4_TCP;
	} else if (d[0] == AF_INET6_ && n >= 37) {
		if (v4mapped(d + 1) && v4mapped(d + 19)) {
			set_v4mapped_tuple(&f, d);
			f.type = FD_IPV4_SOCK;
			f.sock[V4_L4] = L4_TCP;
		} else {
			set_v6_tuple(&f, d);
			f.type = FD_IPV6_SOCK;
			f.sock[V6_L4] = L4_TCP;
		}
	} else if (d[0] == AF_UNIX_) {
		f.type = FD_UNIX_SOCK;
		set_unix(&f, d, n);
	} else
		return;
	param_name(&f, ev, 1, true);
	f.role = FDR_SERVER;
	ev->fd = scapint_thread_add_fd(st, ev->thread, fd, &f);
	sbuf_free(&f.name);
}

/* Does the thread's process own a socket bound to / using this port? */
static bool
bound_to_port(struct state *st, struct scap_thread *t, uint16_t port)
{
	struct fdtable *ft = scapint_thread_fds(st, t);
	struct scap_fd *f;
	size_t it = 0;

	if (ft == NULL)
		return false;
	while ((f = scapint_fd_next(ft, &it)) != NULL) {
		if (f->type == FD_IPV4_SOCK && g16(f, V4_DPORT) == port)
			return true;
		if (f->type == FD_IPV4_SERVSOCK && g16(f, S4_PORT) == port)
			return true;
	}
	return false;
}

static bool
uses_client_port(struct state *st, struct scap_thread *t, uint16_t port)
{
	struct fdtable *ft = scapint_thread_fds(st, t);
	struct scap_fd *f;
	size_t it = 0;

	if (ft == NULL)
		return false;
	while ((f = scapint_fd_next(ft, &it)) != NULL)
		if (f->type == FD_IPV4_SOCK && g16(f, V4_SPORT) == port)
			return true;
	return false;
}

static void
guess_role(struct state *st, struct scap_thread *t, struct scap_fd *f,
    bool incoming)
{
	if (bound_to_port(st, t, g16(f, V4_DPORT))) {
		if (!uses_client_port(st, t, g16(f, V4_SPORT))) {
			f->role |= FDR_SERVER;
			return;
		}
		if (f->role == 0)
			f->role |= incoming ? FDR_SERVER : FDR_CLIENT;
		return;
	}
	f->role |= FDR_CLIENT;
}

/* update_fd(): take the addresses of a tuple into the fd. */
static bool
update_from_tuple(struct state *st, struct scap_fd *f, const uint8_t *d,
    uint32_t n)
{
	if (n == 0)
		return false;
	if (d[0] == AF_INET_) {
		if (n < 13)
			return false;
		if (f->type == FD_IPV4_SERVSOCK)
			f->sock[V4_L4] = f->sock[S4_L4];
		f->type = FD_IPV4_SOCK;
		if (!set_v4_tuple(f, d))
			return false;
	} else if (d[0] == AF_INET6_) {
		if (n < 37)
			return false;
		if (v4mapped(d + 1) && v4mapped(d + 19)) {
			f->type = FD_IPV4_SOCK;
			if (!set_v4mapped_tuple(f, d))
				return false;
		} else if (!set_v6_tuple(f, d))
			return false;
	} else if (d[0] == AF_UNIX_) {
		f->type = FD_UNIX_SOCK;
		set_unix(f, d, n);
		if (n > 17)
			sbuf_from_cstr(&f->name, (const char *)d + 17, n - 17);
		else
			sbuf_setz(&f->name, "");
		return true;
	}
	if (f->type == FD_IPV4_SOCK && f->sock[V4_L4] == L4_UNKNOWN)
		f->sock[V4_L4] = L4_UDP;
	else if (f->type == FD_IPV6_SOCK && f->sock[V6_L4] == L4_UNKNOWN)
		f->sock[V6_L4] = L4_UDP;
	iface_update(st, f);
	return true;
}

void
scapint_sock_rw_exit(struct state *st, struct scap_event *ev)
{
	struct scap_fd *f = ev->fd;
	struct scap_event e;
	const struct scap_event *src = ev;
	bool rd = (ev->info->flags & EF_READS_FROM_FD) != 0;
	int tp = -1;

	if (f == NULL || scapint_param_i64(ev, 0) < 0)
		return;
	if (rd) {
		if (ev->type == 35)		/* recvfrom */
			tp = 2;
		else if (ev->type == 53)	/* recvmsg */
			tp = 3;
	} else if (ev->type == 31 || ev->type == 49)	/* sendto, sendmsg */
		tp = 2;
	if (tp < 0 || (f->name.len != 0 && is_tcp(f)))
		return;
	if (!rd) {
		if (!scapint_retrieve_enter(ev->thread, ev, &e))
			return;
		src = &e;
	}
	if (!has(src, (unsigned)tp) ||
	    !update_from_tuple(st, f, src->pv[tp], src->pl[tp]))
		return;
	if (f->type == FD_IPV4_SOCK || f->type == FD_IPV6_SOCK) {
		if (f->role == 0)
			guess_role(st, ev->thread, f, rd);
		if (rd ? (f->role & FDR_CLIENT) : (f->role & FDR_SERVER))
			swap_addrs(f);
		sock_name(f);
	} else
		param_name(f, src, (unsigned)tp, true);
}
