/*
 * filter.c - sysdig filter expressions: compiling them, and matching
 * events against them.
 *
 * The grammar and the meaning are those of sysdig 0.29.3 (libs 2022,
 * sinsp_filter_compiler in userspace/libsinsp/filter.cpp), scanner quirks
 * included, so that what sysdig accepts we accept with the same result,
 * and what it rejects we reject:
 *
 *	filter	:= item (boolop item)*
 *	item	:= "not"* check | "not"* "(" filter ")"
 *	check	:= field op value | field "exists"
 *		 | field ("in" | "pmatch") "(" value ("," value)* ")"
 *	boolop	:= "and" | "or"
 *	op	:= "=" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "contains"
 *		 | "icontains" | "startswith" | "endswith" | "glob"
 *		 | "regex"
 *
 * "==" and "regex" (pcre2) are ours; sysdig 0.29.3 has neither.  As in
 * sysdig, "and" and "or" may not be mixed at one level without
 * parentheses, and a "not" is remembered until the next check (so "not
 * not" is "not").  An expression is a list of checks, each with the
 * boolean operator before it, evaluated left to right with short
 * circuits (gen_event_filter_expression::compare()).
 *
 * A comparison with a field the event does not have is false, whatever
 * the operator ("!=" too); "not" applies to that result.
 *
 * Fields are read through field.h, except where sysdig's filter checks
 * compare by themselves: fd.ip, fd.port, fd.proto and fd.net look at both
 * ends of the event's socket, and proc.aname, proc.apid (without an
 * index) at every ancestor; fd.cnet, fd.snet, fd.lnet and fd.rnet are
 * fd.cip, ... compared with a network.
 *
 * Operators that sysdig accepts but throws on when it first compares
 * (contains on a number, < on a buffer, ...) are refused here.
 */
#include <ctype.h>
#include <fnmatch.h>
#include <limits.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "scap_private.h"
#include "field.h"

/* Comparison operators (cmpop). */
enum op {
	OP_EQ = 1, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_CONTAINS, OP_IN,
	OP_EXISTS, OP_ICONTAINS, OP_STARTSWITH, OP_GLOB, OP_PMATCH,
	OP_ENDSWITH, OP_REGEX
};

/* Boolean operators (boolop): the bit values matter. */
#define BO_NONE		0
#define BO_NOT		1
#define BO_OR		2
#define BO_AND		4

/* How a check's values compare. */
enum kind {
	K_STR,		/* text: C-string semantics, as sysdig's char buffers */
	K_BUF,		/* bytes (evt.buffer) */
	K_INT,		/* signed numbers */
	K_UINT,		/* unsigned numbers, booleans, times, ports */
	K_IP,		/* an address (fd.cip, ...) */
	K_FDIP,		/* fd.ip: either end of the socket */
	K_FDPORT,	/* fd.port, fd.proto: either end of the socket */
	K_NET,		/* fd.cnet, ...: an address in a network */
	K_FDNET		/* fd.net: either end of the socket in a network */
};

/*
 * Filter-only fields of sysdig the field table does not have: each is
 * read through a field of the table and compared as its kind says.
 */
static const struct {
	const char *name, *field;
	enum kind kind;
} netfields[] = {
	{ "fd.net", "fd.ip", K_FDNET },
	{ "fd.cnet", "fd.cip", K_NET },
	{ "fd.snet", "fd.sip", K_NET },
	{ "fd.lnet", "fd.lip", K_NET },
	{ "fd.rnet", "fd.rip", K_NET },
	{ "fd.proto", "fd.port", K_FDPORT },
};

/* Sysdig keeps a filter value in a 256-byte buffer. */
#define VALUE_MAX	255

struct value {
	char *s;		/* text or bytes, NUL-terminated */
	size_t len;
	int64_t i;		/* numbers */
	uint8_t ip[16];		/* addresses, as sysdig's value storage */
	uint16_t *comp;		/* pmatch: offset, length of each component */
	size_t ncomp;
};

struct node {
	uint8_t boolop;
	uint8_t is_expr;
	/* an expression */
	struct node *parent;
	struct node **kids;
	size_t nkids, capkids;
	/* a check */
	uint8_t op;
	uint8_t kind;
	uint8_t ancestors;	/* proc.aname / proc.apid: any ancestor */
	struct fieldref ref;
	struct value *vals;
	size_t nvals;
	pcre2_code *re;
	pcre2_match_data *md;
};

struct scap_filter {
	struct node *root;
	char *scratch;		/* glob: the value, NUL-terminated */
	size_t scratchcap;
};

/*
 * The compiler: a port of sinsp_filter_compiler's scanner (compile_(),
 * parse_check(), next_operand(), next_comparison_operator()).  pos is
 * m_scanpos, and moves exactly as it does there.
 */
#define ST_NEED_EXPRESSION	0
#define ST_EXPRESSION_DONE	1

struct parser {
	const char *s;
	int size;
	int pos;
	int state;
	int last_boolop;
	int boolop_col;		/* column of the word that set last_boolop */
	int nest;
	struct node *root, *cur;
	char *errbuf;
	int failed;
	char *tok;		/* the last operand read */
	size_t toklen, tokcap;
};

static int
fail(struct parser *p, int col, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (p->failed)
		return -1;
	p->failed = 1;
	n = snprintf(p->errbuf, SCAP_ERRBUF_SIZE, "column %d: ", col);
	va_start(ap, fmt);
	vsnprintf(p->errbuf + n, SCAP_ERRBUF_SIZE - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

/* The character at i, 0 past either end. */
static char
ch(const struct parser *p, int i)
{
	return i >= 0 && i < p->size ? p->s[i] : 0;
}

static int
blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int
special(char c)
{
	return c == '(' || c == ')' || c == '!' || c == '=' || c == '<' ||
	    c == '>';
}

/* next(): the next non-blank character, 0 at the end. */
static char
next(struct parser *p)
{
	for (;;) {
		p->pos++;
		if (p->pos >= p->size)
			return 0;
		if (!blank(p->s[p->pos]))
			return p->s[p->pos];
	}
}

/* Length of the word at i, for messages (at most 32 bytes shown). */
static int
wordlen(const struct parser *p, int i)
{
	int n = 0;

	while (ch(p, i + n) != 0 && !blank(ch(p, i + n)) &&
	    (n == 0 || !special(ch(p, i + n))) && n < 32)
		n++;
	return n;
}

static void
tok_put(struct parser *p, char c)
{
	if (p->toklen + 1 >= p->tokcap) {
		size_t cap = p->tokcap ? p->tokcap * 2 : 64;
		char *t = realloc(p->tok, cap);

		if (t == NULL)
			abort();
		p->tok = t;
		p->tokcap = cap;
	}
	p->tok[p->toklen++] = c;
	p->tok[p->toklen] = 0;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * next_operand(): a field name (first), or a value, bare or quoted with
 * ' or " (either quote ends it), with the escapes \\ \" \xHH.  In a list
 * (inlist) a bare value also ends at ','.  The operand goes to p->tok;
 * *col gets the column where it starts.
 */
static int
next_operand(struct parser *p, int first, int inlist, int *col)
{
	enum { NORMAL, SLASH, NUMBER } esc = NORMAL;
	int quoted = 0, qcol = 0, slashcol = 0, nums[2], npos = 0;

	p->toklen = 0;
	tok_put(p, 0);
	p->toklen = 0;
	if (blank(ch(p, p->pos)))
		next(p);
	if (p->pos < p->size && (p->s[p->pos] == '"' || p->s[p->pos] == '\'')) {
		quoted = 1;
		qcol = p->pos + 1;
		p->pos++;
	}
	*col = p->pos + 1;
	while (p->pos < p->size) {
		char c = p->s[p->pos];
		int end;

		if (first)
			end = blank(c) || special(c);
		else
			end = (!quoted && (blank(c) || c == '(' || c == ')' ||
			    (inlist && c == ','))) ||
			    (quoted && esc != SLASH && (c == '"' || c == '\''));
		if (end) {
			if (esc != NORMAL)
				return fail(p, slashcol,
				    "bad escape sequence (use \\\\, \\\" or "
				    "\\xHH)");
			if (c == '(' || c == ')' || (inlist && c == ','))
				p->pos--;
			return 0;
		}
		switch (esc) {
		case NORMAL:
			if (c == '\\' && !first) {
				esc = SLASH;
				slashcol = p->pos + 1;
			} else
				tok_put(p, c);
			break;
		case SLASH:
			if (c == '\\' || c == '"') {
				esc = NORMAL;
				tok_put(p, c);
			} else if (c == 'x') {
				esc = NUMBER;
			} else {
				esc = NORMAL;
				tok_put(p, '\\');
				tok_put(p, c);
			}
			break;
		case NUMBER:
			if (hexval(c) < 0)
				return fail(p, slashcol,
				    "bad escape sequence (use \\\\, \\\" or "
				    "\\xHH)");
			nums[npos++] = hexval(c);
			if (npos == 2) {
				tok_put(p, (char)(nums[0] * 16 + nums[1]));
				npos = 0;
				esc = NORMAL;
			}
			break;
		}
		p->pos++;
	}
	if (quoted)
		return fail(p, qcol, "unclosed quote");
	return 0;
}

static const struct {
	const char *word;
	enum op op;
} ops[] = {
	/* sysdig's order: the first prefix of the text wins */
	{ "==", OP_EQ },	/* ours */
	{ "=", OP_EQ }, { "!=", OP_NE }, { "<=", OP_LE }, { "<", OP_LT },
	{ ">=", OP_GE }, { ">", OP_GT }, { "contains", OP_CONTAINS },
	{ "icontains", OP_ICONTAINS }, { "startswith", OP_STARTSWITH },
	{ "endswith", OP_ENDSWITH }, { "glob", OP_GLOB },
	{ "intersects", 0 },	/* sysdig reads "in", then wants '(' */
	{ "in", OP_IN }, { "pmatch", OP_PMATCH }, { "exists", OP_EXISTS },
	{ "regex", OP_REGEX },	/* ours */
};

static const char *
op_name(enum op op)
{
	size_t i;

	for (i = 1; i < sizeof(ops) / sizeof(ops[0]); i++)
		if (ops[i].op == op)
			return ops[i].word;
	return "?";
}

/* next_comparison_operator(); field is the field's text, for messages. */
static int
next_op(struct parser *p, const char *field, enum op *op)
{
	size_t i, n;

	if (blank(ch(p, p->pos)))
		next(p);
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		n = strlen(ops[i].word);
		if (p->pos + (int)n <= p->size &&
		    memcmp(p->s + p->pos, ops[i].word, n) == 0) {
			if (ops[i].op == 0)
				return fail(p, p->pos + 1, "operator "
				    "'intersects' is not supported");
			p->pos += (int)n;
			*op = ops[i].op;
			return 0;
		}
	}
	if (p->pos >= p->size)
		return fail(p, p->size + 1, "expected an operator after '%s'",
		    field);
	return fail(p, p->pos + 1, "unknown operator '%.*s'",
	    wordlen(p, p->pos), p->s + p->pos);
}

static struct node *
node_new(void)
{
	struct node *n = calloc(1, sizeof(*n));

	if (n == NULL)
		abort();
	return n;
}

static void
node_free(struct node *n)
{
	size_t i;

	if (n == NULL)
		return;
	for (i = 0; i < n->nkids; i++)
		node_free(n->kids[i]);
	free(n->kids);
	for (i = 0; i < n->nvals; i++) {
		free(n->vals[i].s);
		free(n->vals[i].comp);
	}
	free(n->vals);
	if (n->md != NULL)
		pcre2_match_data_free(n->md);
	if (n->re != NULL)
		pcre2_code_free(n->re);
	free(n);
}

/*
 * Add a check or a sub-expression to the current expression.  Sysdig
 * rejects an expression whose operators after the first differ (ignoring
 * "not"): get_expr_boolop() == -1, checked when the expression closes.
 * Whatever follows, such a filter is rejected, so we say so at once.
 */
static int
add_kid(struct parser *p, struct node *k, int col)
{
	struct node *e = p->cur;

	if (e->nkids >= 2 && (k->boolop & ~BO_NOT) !=
	    (e->kids[1]->boolop & ~BO_NOT)) {
		node_free(k);
		return fail(p, p->boolop_col ? p->boolop_col : col,
		    "'and' and 'or' mixed without parentheses");
	}
	if (e->nkids == e->capkids) {
		size_t cap = e->capkids ? e->capkids * 2 : 4;
		struct node **t = realloc(e->kids, cap * sizeof(*t));

		if (t == NULL)
			abort();
		e->kids = t;
		e->capkids = cap;
	}
	e->kids[e->nkids++] = k;
	return 0;
}

static enum kind
field_kind(const struct fieldref *ref)
{
	const char *name = scapint_fields[ref->id].name;

	if (strcmp(name, "fd.ip") == 0)
		return K_FDIP;
	if (strcmp(name, "fd.port") == 0)
		return K_FDPORT;
	switch (ref->type) {
	case FT_STR:
		return K_STR;
	case FT_BUF:
		return K_BUF;
	case FT_INT:
		return K_INT;
	case FT_IPADDR:
		return K_IP;
	default:
		return K_UINT;
	}
}

/* Is the operator one sysdig can apply to this kind of field?  (Sysdig
 * throws when it first compares; we refuse the filter.) */
static const char *
op_refused(enum kind k, enum op op)
{
	switch (k) {
	case K_STR:
		return NULL;
	case K_BUF:
		if (op == OP_ICONTAINS || op == OP_GLOB || op == OP_LT ||
		    op == OP_LE || op == OP_GT || op == OP_GE)
			return "buffer fields";
		return NULL;
	case K_INT:
	case K_UINT:
	case K_IP:
		if (op == OP_CONTAINS || op == OP_ICONTAINS ||
		    op == OP_STARTSWITH || op == OP_ENDSWITH || op == OP_GLOB ||
		    op == OP_REGEX)
			return k == K_IP ? "address fields" : "numeric fields";
		return NULL;
	case K_FDIP:
		if (op != OP_EQ && op != OP_NE && op != OP_IN)
			return "fd.ip (only '=', '!=' and 'in')";
		return NULL;
	case K_FDPORT:
		if (op != OP_EQ && op != OP_NE && op != OP_IN && op != OP_LT &&
		    op != OP_LE && op != OP_GT && op != OP_GE)
			return "fd.port and fd.proto";
		return NULL;
	case K_NET:
		if (op != OP_EQ && op != OP_NE && op != OP_IN &&
		    op != OP_EXISTS)
			return "networks (only '=', '!=' and 'in')";
		return NULL;
	case K_FDNET:
		if (op != OP_EQ && op != OP_NE && op != OP_IN)
			return "fd.net (only '=', '!=' and 'in')";
		return NULL;
	}
	return NULL;
}

/* Is name an event type or system call name sysdig 0.29.3 knows?
 * (sinsp_filter_check_event::validate_filter_value()) */
static int
known_evtype(const char *name)
{
	uint32_t i;
	const char *s;

	for (i = 0; i < SCAP_EVENT_MAX_2022; i++)
		if (scapint_events[i].name != NULL &&
		    strcmp(scapint_events[i].name, name) == 0)
			return 1;
	for (i = 0; i < 1024; i++)
		if ((s = scapint_syscall_name(i)) != NULL &&
		    strcmp(s, name) == 0)
			return 1;
	return 0;
}

/* sinsp_numparser: sscanf("%d%c") == 1, so no trailing characters. */
static int
parse_num(struct parser *p, const char *s, int col, int sign, int64_t *out)
{
	char c;

	if (sign) {
		long long v;

		if (sscanf(s, "%lld%c", &v, &c) != 1)
			return fail(p, col, "'%s' is not a valid number", s);
		*out = v;
	} else {
		unsigned long long v;

		if (sscanf(s, "%llu%c", &v, &c) != 1)
			return fail(p, col, "'%s' is not a valid number", s);
		*out = (int64_t)v;
	}
	return 0;
}

/* Split a pmatch path on '/', dropping empty components. */
static void
split_path(struct value *v)
{
	size_t i = 0, start, n = 0;

	v->comp = calloc(v->len + 1, 2 * sizeof(uint16_t));
	if (v->comp == NULL)
		abort();
	while (i < v->len) {
		while (i < v->len && v->s[i] == '/')
			i++;
		start = i;
		while (i < v->len && v->s[i] != '/')
			i++;
		if (i > start) {
			v->comp[2 * n] = (uint16_t)start;
			v->comp[2 * n + 1] = (uint16_t)(i - start);
			n++;
		}
	}
	v->ncomp = n;
}

/*
 * Turn the operand in p->tok (tlen bytes) into a value of the check
 * (sinsp_filter_check::parse_filter_value(), string_to_rawval()).
 */
static int
add_value(struct parser *p, struct node *k, int col)
{
	const char *name = scapint_fields[k->ref.id].name;
	const char *s = p->tok;
	struct value *v;
	size_t len;

	v = realloc(k->vals, (k->nvals + 1) * sizeof(*v));
	if (v == NULL)
		abort();
	k->vals = v;
	v = &k->vals[k->nvals];
	memset(v, 0, sizeof(*v));
	/* Sysdig sees the text up to its first NUL, except for buffers. */
	len = k->kind == K_BUF ? p->toklen : strlen(s);
	if (len == 0 && k->kind != K_BUF && k->kind != K_FDPORT &&
	    k->ref.type != FT_PORT && (k->kind != K_STR ||
	    strcmp(name, "evt.type") == 0)) {
		if (k->op == OP_IN)
			return fail(p, col, "expected a value in the list of "
			    "'in'");
		return fail(p, col, "expected a value after '%s'",
		    op_name((enum op)k->op));
	}
	if (k->kind == K_STR || k->kind == K_BUF) {
		if (len > VALUE_MAX)
			return fail(p, col, "value too long (%d bytes at most)",
			    VALUE_MAX);
		if (k->kind == K_STR && strcmp(name, "evt.type") == 0 &&
		    !known_evtype(s))
			return fail(p, col, "unknown event type '%s'", s);
	}
	v->s = malloc(len + 1);
	if (v->s == NULL)
		abort();
	memcpy(v->s, s, len);
	v->s[len] = 0;
	v->len = len;
	k->nvals++;

	switch (k->kind) {
	case K_STR:
		if (k->op == OP_PMATCH)
			split_path(v);
		return 0;
	case K_BUF:
		return 0;
	case K_INT:
		return parse_num(p, s, col, 1, &v->i);
	case K_UINT:
		if (k->ref.type == FT_BOOL) {
			if (strcmp(s, "true") == 0)
				v->i = 1;
			else if (strcmp(s, "false") == 0)
				v->i = 0;
			else
				return fail(p, col, "expected 'true' or "
				    "'false', not '%s'", s);
			return 0;
		}
		if (k->ref.type == FT_PORT)
			goto port;
		return parse_num(p, s, col, 0, &v->i);
	case K_FDPORT:
	port:
		/* digits, or a service name (getservbyname) */
		if (*s == 0)
			v->i = 0;
		else if (strspn(s, "0123456789") == len) {
			if (len > 10 || strtoll(s, NULL, 10) > INT_MAX)
				return fail(p, col, "port '%s' is out of range",
				    s);
			v->i = (uint16_t)strtol(s, NULL, 10);
		} else {
			struct servent *se = getservbyname(s, NULL);

			if (se == NULL)
				return fail(p, col, "unknown port name '%s'",
				    s);
			v->i = ntohs((uint16_t)se->s_port);
		}
		return 0;
	case K_NET:
	case K_FDNET:
		/*
		 * PT_IPNET: with a '.', an IPv4 network "a.b.c.d/bits",
		 * stored as the address and the mask; otherwise an IPv6
		 * address (of which 64 bits count).
		 */
		if (memchr(s, '.', len) != NULL) {
			char ip[64];
			const char *slash = strchr(s, '/');
			int64_t bits = 0;
			uint32_t mask = 0;
			int j;

			if (slash == NULL)
				return fail(p, col, "bad IP network '%s' "
				    "(a.b.c.d/bits)", s);
			snprintf(ip, sizeof(ip), "%.*s", (int)(slash - s), s);
			if (inet_pton(AF_INET, ip, v->ip) != 1)
				return fail(p, col, "bad IP address in '%s'", s);
			if (parse_num(p, slash + 1, col, 0, &bits) < 0)
				return -1;
			bits = (uint8_t)bits;	/* sinsp_numparser::parseu8 */
			if (bits > 32)
				return fail(p, col, "bad netmask in '%s'", s);
			for (j = 0; j < bits; j++)
				mask |= 1u << (31 - j);
			mask = htonl(mask);
			memcpy(v->ip + 4, &mask, 4);
		} else if (inet_pton(AF_INET6, s, v->ip) != 1)
			return fail(p, col, "bad IPv6 address '%s'", s);
		return 0;
	case K_IP:
	case K_FDIP:
		/* PT_IPADDR: IPv4 when there is a '.' */
		if (memchr(s, '.', len) != NULL) {
			if (inet_pton(AF_INET, s, v->ip) != 1)
				return fail(p, col, "bad IPv4 address '%s'", s);
		} else if (inet_pton(AF_INET6, s, v->ip) != 1)
			return fail(p, col, "bad IPv6 address '%s'", s);
		return 0;
	}
	return 0;
}

static int
compile_regex(struct parser *p, struct node *k, int col)
{
	int errcode;
	PCRE2_SIZE erroff;
	PCRE2_UCHAR msg[120];

	k->re = pcre2_compile((PCRE2_SPTR)k->vals[0].s, k->vals[0].len, 0,
	    &errcode, &erroff, NULL);
	if (k->re == NULL) {
		pcre2_get_error_message(errcode, msg, sizeof(msg));
		return fail(p, col, "bad regular expression (at offset %zu): %s",
		    (size_t)erroff, (char *)msg);
	}
	(void)pcre2_jit_compile(k->re, PCRE2_JIT_COMPLETE);
	k->md = pcre2_match_data_create_from_pattern(k->re, NULL);
	if (k->md == NULL)
		abort();
	return 0;
}

/* parse_check(): one field comparison, at p->pos. */
static int
parse_check(struct parser *p)
{
	char field[128], err[200];
	struct node *k;
	enum op op = OP_EQ;
	const char *why;
	size_t n;
	int col, opcol, kind, boolop = p->last_boolop;

	if (next_operand(p, 1, 0, &col) < 0)
		return -1;
	if (p->toklen == 0)
		return fail(p, col, "expected a field name");
	snprintf(field, sizeof(field), "%s", p->tok);
	k = node_new();
	k->boolop = (uint8_t)boolop;
	err[0] = 0;
	kind = -1;
	for (n = 0; n < sizeof(netfields) / sizeof(netfields[0]); n++)
		if (strcmp(p->tok, netfields[n].name) == 0) {
			kind = netfields[n].kind;
			snprintf(p->tok, p->tokcap, "%s", netfields[n].field);
			p->toklen = strlen(p->tok);
			break;
		}
	n = scapint_field_parse(p->tok, &k->ref, err, sizeof(err));
	if (n == 0 || n != p->toklen) {
		node_free(k);
		if (n == 0 && err[0] != 0)
			return fail(p, col, "%s", err);
		return fail(p, col, "unknown field '%s'", field);
	}
	if (add_kid(p, k, col) < 0)
		return -1;
	k->kind = kind >= 0 ? (uint8_t)kind : field_kind(&k->ref);
	if (k->ref.argidx < 0 && (strcmp(field, "proc.aname") == 0 ||
	    strcmp(field, "proc.apid") == 0))
		k->ancestors = 1;

	if (blank(ch(p, p->pos)))
		next(p);
	opcol = p->pos + 1;
	if (next_op(p, field, &op) < 0)
		return -1;
	k->op = op;
	if (op == OP_PMATCH && (k->kind != K_STR ||
	    strncmp(field, "evt.rawarg.", 11) == 0))
		return fail(p, opcol, "'pmatch' needs a string field");
	if (op == OP_REGEX && k->kind != K_STR && k->kind != K_BUF)
		return fail(p, opcol, "'regex' needs a string field");
	if ((why = op_refused(k->kind, op)) != NULL)
		return fail(p, opcol, "'%s' is not supported for %s",
		    op_name(op), why);
	/* string_to_rawval() knows no such parameter type */
	if (strncmp(field, "evt.rawarg.", 11) == 0 && k->kind == K_BUF &&
	    op != OP_EXISTS)
		return fail(p, col, "%s cannot be compared", field);

	/*
	 * Sysdig turns "in" on a field that is not a string into checks
	 * made by new_filter_check_from_another(), which copies the field
	 * but not its argument: proc.apid[N] becomes proc.apid[0], and
	 * evt.rawarg.NAME crashes sysdig.
	 */
	if (op == OP_IN && strncmp(field, "evt.rawarg.", 11) == 0)
		return fail(p, opcol, "'in' is not supported for evt.rawarg");
	if (op == OP_IN && strncmp(field, "proc.apid", 9) == 0) {
		k->ancestors = 0;
		k->ref.argidx = 0;
	}
	if (op == OP_IN || op == OP_PMATCH) {
		if (blank(ch(p, p->pos)))
			next(p);
		if (ch(p, p->pos) != '(')
			return fail(p, p->pos + 1, "expected '(' after '%s'",
			    op_name(op));
		p->pos++;
		for (;;) {
			if (next_operand(p, 0, 1, &col) < 0 ||
			    add_value(p, k, col) < 0)
				return -1;
			next(p);
			if (ch(p, p->pos) == ')')
				break;
			if (ch(p, p->pos) != ',')
				return fail(p, p->pos + 1 > p->size ?
				    p->size + 1 : p->pos + 1,
				    "expected ',' or ')' in the list of '%s'",
				    op_name(op));
			p->pos++;
		}
		/*
		 * For fields that are not text, sysdig makes the list a
		 * sub-expression "(f=a or f=b ...)", which leaves no
		 * boolean operator pending after it.
		 */
		if (k->kind != K_STR) {
			p->last_boolop = BO_NONE;
			p->boolop_col = 0;
		}
		return 0;
	}
	if (op == OP_EXISTS) {
		/* so that next() sees the character after "exists" */
		p->pos--;
		return 0;
	}
	if (next_operand(p, 0, 0, &col) < 0 || add_value(p, k, col) < 0)
		return -1;
	if (op == OP_REGEX)
		return compile_regex(p, k, col);
	return 0;
}

static int
push_expr(struct parser *p, int col)
{
	struct node *e = node_new();

	e->is_expr = 1;
	e->boolop = (uint8_t)p->last_boolop;
	e->parent = p->cur;
	if (add_kid(p, e, col) < 0)
		return -1;
	p->cur = e;
	p->last_boolop = BO_NONE;
	p->boolop_col = 0;
	p->nest++;
	return 0;
}

/* compile_(): the main loop. */
static int
parse(struct parser *p)
{
	char c;
	int col;

	for (;;) {
		c = next(p);
		col = p->pos + 1;
		switch (c) {
		case 0:
			if (p->nest != 0)
				return fail(p, p->size + 1, "missing ')'");
			if (p->state != ST_EXPRESSION_DONE)
				return fail(p, p->size + 1,
				    "unexpected end of filter");
			return 0;
		case '(':
			if (p->state != ST_NEED_EXPRESSION)
				return fail(p, col, "unexpected '('; expected "
				    "'and' or 'or'");
			if (push_expr(p, col) < 0)
				return -1;
			break;
		case ')':
			/* sysdig crashes or fails later */
			if (p->nest == 0)
				return fail(p, col, "unexpected ')'");
			p->cur = p->cur->parent;
			p->nest--;
			break;
		case 'o':
			if (p->state != ST_NEED_EXPRESSION) {
				if (next(p) != 'r')
					return fail(p, col, "expected 'and' or "
					    "'or', not '%.*s'", wordlen(p, col - 1),
					    p->s + col - 1);
				p->last_boolop = BO_OR;
				p->boolop_col = col;
				p->state = ST_NEED_EXPRESSION;
			} else {
				if (parse_check(p) < 0)
					return -1;
				p->state = ST_EXPRESSION_DONE;
			}
			break;
		case 'a':
			if (p->state != ST_NEED_EXPRESSION) {
				if (next(p) != 'n' || next(p) != 'd')
					return fail(p, col, "expected 'and' or "
					    "'or', not '%.*s'", wordlen(p, col - 1),
					    p->s + col - 1);
				p->last_boolop = BO_AND;
				p->boolop_col = col;
				p->state = ST_NEED_EXPRESSION;
			} else {
				if (parse_check(p) < 0)
					return -1;
				p->state = ST_EXPRESSION_DONE;
			}
			break;
		case 'n':
			/* "not", wherever it is (sysdig's quirk: after a
			 * check too) */
			if (next(p) != 'o' || next(p) != 't')
				return fail(p, col, "syntax error at '%.*s'",
				    wordlen(p, col - 1), p->s + col - 1);
			p->last_boolop |= BO_NOT;
			if (p->boolop_col == 0)
				p->boolop_col = col;
			p->state = ST_NEED_EXPRESSION;
			break;
		default:
			if (p->state != ST_NEED_EXPRESSION)
				return fail(p, col, "expected 'and' or 'or', "
				    "not '%.*s'", wordlen(p, col - 1),
				    p->s + col - 1);
			if (parse_check(p) < 0)
				return -1;
			p->state = ST_EXPRESSION_DONE;
			break;
		}
	}
}

struct scap_filter *
scap_filter_compile(const char *expr, char *errbuf)
{
	struct parser p;
	struct scap_filter *f;
	size_t len = strlen(expr);

	memset(&p, 0, sizeof(p));
	p.errbuf = errbuf;
	errbuf[0] = 0;
	if (len > INT_MAX / 2) {
		snprintf(errbuf, SCAP_ERRBUF_SIZE, "column 1: filter too long");
		return NULL;
	}
	p.s = expr;
	p.size = (int)len;
	p.pos = -1;
	p.state = ST_NEED_EXPRESSION;
	p.root = node_new();
	p.root->is_expr = 1;
	p.cur = p.root;
	if (parse(&p) < 0) {
		free(p.tok);
		node_free(p.root);
		return NULL;
	}
	free(p.tok);
	f = calloc(1, sizeof(*f));
	if (f == NULL)
		abort();
	f->root = p.root;
	return f;
}

void
scap_filter_free(struct scap_filter *f)
{
	if (f == NULL)
		return;
	node_free(f->root);
	free(f->scratch);
	free(f);
}

/*
 * Matching.
 */

/* memmem(), which POSIX lacks. */
static int
contains(const char *s, size_t n, const char *t, size_t m)
{
	const char *q;

	if (m == 0)
		return 1;
	while (n >= m && (q = memchr(s, t[0], n - m + 1)) != NULL) {
		if (memcmp(q, t, m) == 0)
			return 1;
		n -= (size_t)(q + 1 - s);
		s = q + 1;
	}
	return 0;
}

/* strcasestr() in the C locale, on counted strings. */
static int
icontains(const char *s, size_t n, const char *t, size_t m)
{
	size_t i, j;

	if (m == 0)
		return 1;
	for (i = 0; i + m <= n; i++) {
		for (j = 0; j < m; j++)
			if (tolower((unsigned char)s[i + j]) !=
			    tolower((unsigned char)t[j]))
				break;
		if (j == m)
			return 1;
	}
	return 0;
}

/* Every component of the pattern v starts the path s (path_prefix_search). */
static int
pmatch(const char *s, size_t n, const struct value *v)
{
	size_t i = 0, k = 0, start;

	while (k < v->ncomp) {
		while (i < n && s[i] == '/')
			i++;
		start = i;
		while (i < n && s[i] != '/')
			i++;
		if (i == start)
			return 0;	/* the path is shorter */
		if (i - start != v->comp[2 * k + 1] ||
		    memcmp(s + start, v->s + v->comp[2 * k], i - start) != 0)
			return 0;
		k++;
	}
	return 1;
}

static int
bytes_eq(const char *s, size_t n, const struct value *v)
{
	return n == v->len && (n == 0 || memcmp(s, v->s, n) == 0);
}

/* strcmp() on counted strings. */
static int
bytes_cmp(const char *s, size_t n, const struct value *v)
{
	size_t m = n < v->len ? n : v->len;
	int r = m ? memcmp(s, v->s, m) : 0;

	if (r != 0)
		return r;
	return n < v->len ? -1 : n > v->len;
}

static int
glob(struct scap_filter *f, const char *s, size_t n, const struct value *v)
{
	if (n + 1 > f->scratchcap) {
		size_t cap = f->scratchcap ? f->scratchcap : 256;
		char *t;

		while (cap < n + 1)
			cap *= 2;
		t = realloc(f->scratch, cap);
		if (t == NULL)
			abort();
		f->scratch = t;
		f->scratchcap = cap;
	}
	if (n)
		memcpy(f->scratch, s, n);
	f->scratch[n] = 0;
	return fnmatch(v->s, f->scratch, 0) == 0;
}

/* flt_compare_string() and flt_compare_buffer(). */
static int
cmp_text(struct scap_filter *f, const struct node *k, const char *s,
    size_t n)
{
	const struct value *v = k->vals;	/* NULL for "exists" */
	size_t i;

	if (s == NULL)
		s = "";
	if (k->kind == K_STR) {
		const char *z = memchr(s, 0, n);

		if (z != NULL)
			n = (size_t)(z - s);
	}
	switch (k->op) {
	case OP_EQ:
		return bytes_eq(s, n, v);
	case OP_NE:
		return !bytes_eq(s, n, v);
	case OP_LT:
		return bytes_cmp(s, n, v) < 0;
	case OP_LE:
		return bytes_cmp(s, n, v) <= 0;
	case OP_GT:
		return bytes_cmp(s, n, v) > 0;
	case OP_GE:
		return bytes_cmp(s, n, v) >= 0;
	case OP_CONTAINS:
		return contains(s, n, v->s, v->len);
	case OP_ICONTAINS:
		return icontains(s, n, v->s, v->len);
	case OP_STARTSWITH:
		return n >= v->len && memcmp(s, v->s, v->len) == 0;
	case OP_ENDSWITH:
		return n >= v->len && memcmp(s + n - v->len, v->s, v->len) == 0;
	case OP_GLOB:
		return glob(f, s, n, v);
	case OP_IN:
		for (i = 0; i < k->nvals; i++)
			if (bytes_eq(s, n, &k->vals[i]))
				return 1;
		return 0;
	case OP_PMATCH:
		for (i = 0; i < k->nvals; i++)
			if (pmatch(s, n, &k->vals[i]))
				return 1;
		return 0;
	case OP_EXISTS:
		return 1;
	case OP_REGEX:
		return pcre2_match(k->re, (PCRE2_SPTR)s, n, 0, 0, k->md,
		    NULL) >= 0;
	}
	return 0;
}

static int
cmp_num(enum op op, int sign, int64_t a, int64_t b)
{
	if (sign)
		switch (op) {
		case OP_EQ: case OP_IN: return a == b;
		case OP_NE: return a != b;
		case OP_LT: return a < b;
		case OP_LE: return a <= b;
		case OP_GT: return a > b;
		case OP_GE: return a >= b;
		default: return op == OP_EXISTS;
		}
	switch (op) {
	case OP_EQ: case OP_IN: return (uint64_t)a == (uint64_t)b;
	case OP_NE: return (uint64_t)a != (uint64_t)b;
	case OP_LT: return (uint64_t)a < (uint64_t)b;
	case OP_LE: return (uint64_t)a <= (uint64_t)b;
	case OP_GT: return (uint64_t)a > (uint64_t)b;
	case OP_GE: return (uint64_t)a >= (uint64_t)b;
	default: return op == OP_EXISTS;
	}
}

/*
 * An address against a value, as sysdig compares them: an IPv4 address
 * as the 32-bit word its bytes make in memory, against the first 4
 * bytes of the value; an IPv6 address, 16 bytes for = and != only.
 */
static int
cmp_ip(enum op op, const struct fieldval *fv, const struct value *v)
{
	if (op == OP_EXISTS)
		return 1;
	if (fv->family == 4)
		return cmp_num(op, 0, ld32(fv->ip), ld32(v->ip));
	switch (op) {
	case OP_EQ: case OP_IN: return memcmp(fv->ip, v->ip, 16) == 0;
	case OP_NE: return memcmp(fv->ip, v->ip, 16) != 0;
	default: return 0;	/* sysdig throws */
	}
}

/*
 * An address in a network (flt_compare_ipv4net(), ipv6addr::in_subnet()):
 * an IPv4 address under the value's mask; an IPv6 address by its first
 * 64 bits.
 */
static int
cmp_net(enum op op, const struct fieldval *fv, const struct value *v)
{
	int in;

	if (op == OP_EXISTS)
		return 1;
	if (fv->family == 4)
		in = (ld32(fv->ip) & ld32(v->ip + 4)) ==
		    (ld32(v->ip) & ld32(v->ip + 4));
	else
		in = memcmp(fv->ip, v->ip, 8) == 0;
	return op == OP_NE ? !in : in;
}

/* Any value of a list (a sub-expression of '=' in sysdig). */
static int
cmp_value(const struct node *k, const struct fieldval *fv)
{
	size_t i;

	switch (k->kind) {
	case K_INT:
	case K_UINT:
		if (k->op != OP_IN)
			return cmp_num((enum op)k->op, k->kind == K_INT, fv->i,
			    k->vals ? k->vals[0].i : 0);
		for (i = 0; i < k->nvals; i++)
			if (cmp_num(OP_EQ, k->kind == K_INT, fv->i,
			    k->vals[i].i))
				return 1;
		return 0;
	case K_IP:
		if (k->op != OP_IN)
			return cmp_ip((enum op)k->op, fv, k->vals ? &k->vals[0] :
			    NULL);
		for (i = 0; i < k->nvals; i++)
			if (cmp_ip(OP_EQ, fv, &k->vals[i]))
				return 1;
		return 0;
	case K_NET:
		if (k->op != OP_IN)
			return cmp_net((enum op)k->op, fv, k->vals ? &k->vals[0] :
			    NULL);
		for (i = 0; i < k->nvals; i++)
			if (cmp_net(OP_EQ, fv, &k->vals[i]))
				return 1;
		return 0;
	default:
		return 0;
	}
}

/*
 * The fd sysdig's fd checks look at (sinsp_filter_check_fd::extract_fd()):
 * that of an event that creates, uses or destroys one.
 */
static struct scap_fd *
event_fd(struct scap *h, const struct scap_event *ev)
{
	struct scap_thread *t;
	struct scap_fd *fd;

	if (!(ev->info->flags & (EF_CREATES_FD | EF_USES_FD | EF_DESTROYS_FD)))
		return NULL;
	t = ev->thread != NULL ? ev->thread : scapint_thread_get(&h->st,
	    ev->tid);
	if (t == NULL)
		return NULL;
	fd = ev->fd;
	if (fd == NULL && t->last_fd != -1)
		fd = scapint_fd_get(&h->st, t, t->last_fd);
	return fd;
}

/*
 * fd.ip, fd.port: compare_ip() and compare_port() of sysdig's fd checks.
 * They read both ends of an IP socket whatever its role (so an
 * unconnected socket has the address 0 and the port 0): '=' and the
 * ordered operators hold when either end does, '!=' when both do.  A
 * server socket has one end.
 */
static int
cmp_either(struct scap *h, const struct scap_event *ev, const struct node *k)
{
	struct scap_fd *fd = event_fd(h, ev);
	struct fieldval c, s;
	size_t i;
	int rc, rs;

	if (fd == NULL)
		return 0;
	memset(&c, 0, sizeof(c));
	memset(&s, 0, sizeof(s));
	switch (fd->type) {
	case FD_IPV4_SOCK:
		c.family = s.family = 4;
		memcpy(c.ip, fd->sock, 4);
		memcpy(s.ip, fd->sock + 4, 4);
		c.i = ld16(fd->sock + 8);
		s.i = ld16(fd->sock + 10);
		break;
	case FD_IPV4_SERVSOCK:
		c.family = 4;
		memcpy(c.ip, fd->sock, 4);
		c.i = ld16(fd->sock + 4);
		s = c;
		break;
	case FD_IPV6_SOCK:
		c.family = s.family = 6;
		memcpy(c.ip, fd->sock, 16);
		memcpy(s.ip, fd->sock + 16, 16);
		c.i = ld16(fd->sock + 32);
		s.i = ld16(fd->sock + 34);
		break;
	case FD_IPV6_SERVSOCK:
		c.family = 6;
		memcpy(c.ip, fd->sock, 16);
		c.i = ld16(fd->sock + 16);
		s = c;
		break;
	default:
		return 0;
	}
	for (i = 0; i < k->nvals; i++) {
		const struct value *v = &k->vals[i];
		enum op op = k->op == OP_IN ? OP_EQ : (enum op)k->op;

		if (k->kind == K_FDIP) {
			rc = cmp_ip(op, &c, v);
			rs = cmp_ip(op, &s, v);
		} else if (k->kind == K_FDNET) {
			rc = cmp_net(op, &c, v);
			rs = cmp_net(op, &s, v);
		} else {
			rc = cmp_num(op, 0, c.i, (uint16_t)v->i);
			rs = cmp_num(op, 0, s.i, (uint16_t)v->i);
		}
		if (op == OP_NE ? (rc && rs) : (rc || rs))
			return 1;
	}
	return 0;
}

/*
 * proc.aname, proc.apid without an index: compare_full_aname() and
 * compare_full_apid(), true when an ancestor of the process matches,
 * its parent first.  The walk is sinsp_threadinfo::traverse_parent_state()
 * (which stops where it finds a loop in the parents).
 */
static int
cmp_ancestors(struct scap_filter *f, struct scap *h,
    const struct scap_event *ev, const struct node *k)
{
	struct scap_thread *t, *slow, *fast;
	struct fieldval fv;
	int i;

	t = ev->thread != NULL ? ev->thread : scapint_thread_get(&h->st,
	    ev->tid);
	if (t == NULL || (t = scapint_thread_main(&h->st, t)) == NULL)
		return 0;
	slow = scapint_thread_get(&h->st, t->ptid);
	fast = slow != NULL ? scapint_thread_get(&h->st, slow->ptid) : NULL;
	memset(&fv, 0, sizeof(fv));
	while (slow != NULL && slow->tid != -1) {
		if (k->kind == K_STR) {
			if (cmp_text(f, k, slow->comm.s, slow->comm.len))
				return 1;
		} else {
			fv.i = slow->pid;
			if (cmp_value(k, &fv))
				return 1;
		}
		slow = scapint_thread_get(&h->st, slow->ptid);
		for (i = 0; i < 2; i++) {
			if (fast != NULL)
				fast = scapint_thread_get(&h->st, fast->ptid);
			if (slow != NULL && (slow == fast ||
			    slow->tid == slow->ptid))
				return 0;
		}
	}
	return 0;
}

static int
check(struct scap_filter *f, struct scap *h, const struct scap_event *ev,
    const struct node *k)
{
	struct fieldval fv;

	if (k->kind == K_FDIP || k->kind == K_FDPORT || k->kind == K_FDNET)
		return cmp_either(h, ev, k);
	if (k->ancestors)
		return cmp_ancestors(f, h, ev, k);
	scapint_field_get(h, ev, &k->ref, 0, &fv);
	if (fv.absent)
		return 0;
	if (k->kind == K_STR || k->kind == K_BUF)
		return cmp_text(f, k, fv.s, fv.len);
	return cmp_value(k, &fv);
}

static int
eval(struct scap_filter *f, struct scap *h, const struct scap_event *ev,
    const struct node *e);

static int
kid(struct scap_filter *f, struct scap *h, const struct scap_event *ev,
    const struct node *k)
{
	return k->is_expr ? eval(f, h, ev, k) : check(f, h, ev, k);
}

/* gen_event_filter_expression::compare(), operator quirks included. */
static int
eval(struct scap_filter *f, struct scap *h, const struct scap_event *ev,
    const struct node *e)
{
	int res = 1;
	size_t j;

	for (j = 0; j < e->nkids; j++) {
		const struct node *k = e->kids[j];

		if (j == 0) {
			if (k->boolop == BO_NONE)
				res = kid(f, h, ev, k);
			else if (k->boolop == BO_NOT)
				res = !kid(f, h, ev, k);
			continue;
		}
		switch (k->boolop) {
		case BO_OR:
			if (res)
				return res;
			res = kid(f, h, ev, k);
			break;
		case BO_AND:
			if (!res)
				return res;
			res = kid(f, h, ev, k);
			break;
		case BO_OR | BO_NOT:
			if (res)
				return res;
			res = !kid(f, h, ev, k);
			break;
		case BO_AND | BO_NOT:
			if (!res)
				return res;
			res = !kid(f, h, ev, k);
			break;
		default:
			/* "x not y": sysdig ignores the check */
			break;
		}
	}
	return res;
}

int
scap_filter_match(struct scap_filter *f, struct scap *h,
    const struct scap_event *ev)
{
	return eval(f, h, ev, f->root);
}
