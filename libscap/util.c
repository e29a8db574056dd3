/*
 * util.c - small helpers: growable strings, an int64-keyed hash map, and
 * the path rules sysdig applies (joining, normalising, sanitising).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "scap_private.h"

void
sbuf_reserve(struct sbuf *b, size_t n)
{
	if (n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 16;
		char *s;

		while (cap < n + 1)
			cap *= 2;
		s = realloc(b->s, cap);
		if (s == NULL)
			abort();	/* out of memory: nothing sane to do */
		b->s = s;
		b->cap = (uint32_t)cap;
	}
}

void
sbuf_set(struct sbuf *b, const char *s, size_t n)
{
	sbuf_reserve(b, n);
	if (n)
		memmove(b->s, s, n);
	b->s[n] = 0;
	b->len = (uint32_t)n;
}

/* Append n bytes. */
void
sbuf_add(struct sbuf *b, const char *s, size_t n)
{
	sbuf_reserve(b, b->len + n);
	if (n)
		memmove(b->s + b->len, s, n);
	b->len += (uint32_t)n;
	b->s[b->len] = 0;
}

void
sbuf_setz(struct sbuf *b, const char *s)
{
	sbuf_set(b, s, strlen(s));
}

void
sbuf_from_cstr(struct sbuf *b, const char *s, size_t n)
{
	sbuf_set(b, s, strnlen(s, n));
}

void
sbuf_free(struct sbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

/* Open-addressing hash map from int64 to non-NULL pointers. */
struct i64map {
	int64_t *keys;
	void **vals;	/* NULL: empty; TOMB: deleted */
	size_t cap, count, used;
};
static char tomb;
#define TOMB ((void *)&tomb)

static size_t
hash64(int64_t k)
{
	uint64_t x = (uint64_t)k;

	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return (size_t)x;
}

struct i64map *
scapint_map_new(void)
{
	struct i64map *m = calloc(1, sizeof(*m));

	if (m == NULL)
		abort();
	m->cap = 64;
	m->keys = calloc(m->cap, sizeof(*m->keys));
	m->vals = calloc(m->cap, sizeof(*m->vals));
	if (m->keys == NULL || m->vals == NULL)
		abort();
	return m;
}

void
scapint_map_free(struct i64map *m)
{
	if (m == NULL)
		return;
	free(m->keys);
	free(m->vals);
	free(m);
}

void *
scapint_map_get(const struct i64map *m, int64_t k)
{
	size_t i = hash64(k) & (m->cap - 1);

	for (;;) {
		void *v = m->vals[i];

		if (v == NULL)
			return NULL;
		if (v != TOMB && m->keys[i] == k)
			return v;
		i = (i + 1) & (m->cap - 1);
	}
}

static void
map_grow(struct i64map *m)
{
	struct i64map n = { 0 };
	size_t i;

	n.cap = m->count * 4 > m->cap ? m->cap * 2 : m->cap;
	n.keys = calloc(n.cap, sizeof(*n.keys));
	n.vals = calloc(n.cap, sizeof(*n.vals));
	if (n.keys == NULL || n.vals == NULL)
		abort();
	for (i = 0; i < m->cap; i++)
		if (m->vals[i] != NULL && m->vals[i] != TOMB)
			scapint_map_put(&n, m->keys[i], m->vals[i]);
	free(m->keys);
	free(m->vals);
	*m = n;
}

int
scapint_map_put(struct i64map *m, int64_t k, void *v)
{
	size_t i, tombi = SIZE_MAX;

	if ((m->used + 1) * 4 > m->cap * 3)
		map_grow(m);
	i = hash64(k) & (m->cap - 1);
	for (;;) {
		void *cur = m->vals[i];

		if (cur == NULL)
			break;
		if (cur == TOMB) {
			if (tombi == SIZE_MAX)
				tombi = i;
		} else if (m->keys[i] == k) {
			m->vals[i] = v;
			return 0;
		}
		i = (i + 1) & (m->cap - 1);
	}
	if (tombi != SIZE_MAX)
		i = tombi;
	else
		m->used++;
	m->keys[i] = k;
	m->vals[i] = v;
	m->count++;
	return 0;
}

void *
scapint_map_del(struct i64map *m, int64_t k)
{
	size_t i = hash64(k) & (m->cap - 1);

	for (;;) {
		void *v = m->vals[i];

		if (v == NULL)
			return NULL;
		if (v != TOMB && m->keys[i] == k) {
			m->vals[i] = TOMB;
			m->count--;
			return v;
		}
		i = (i + 1) & (m->cap - 1);
	}
}

void *
scapint_map_next(const struct i64map *m, size_t *it, int64_t *k)
{
	while (*it < m->cap) {
		size_t i = (*it)++;

		if (m->vals[i] != NULL && m->vals[i] != TOMB) {
			if (k != NULL)
				*k = m->keys[i];
			return m->vals[i];
		}
	}
	return NULL;
}

size_t
scapint_map_count(const struct i64map *m)
{
	return m->count;
}

/* sysdig's notion of a byte that does not belong in a path or name. */
static inline bool
invalid_char(unsigned char c)
{
	return c < 0x20 || c >= 0x7f;
}

size_t
scapint_sanitize(char *dst, const char *src, size_t n)
{
	size_t i = 0, k;

	/* Most names are clean: find the first byte that is not. */
	while (i < n && (unsigned char)(src[i] - 0x20) < 0x5f)
		i++;
	memcpy(dst, src, i);
	if (i == n || src[i] == 0)
		return i;
	for (k = i; i < n && src[i] != 0; i++)
		if (!invalid_char((unsigned char)src[i]))
			dst[k++] = src[i];
	return k;
}

/* Step back to the parent directory in the path being built. */
static void
rewind_parent(char *base, char **tc)
{
	if (*tc <= base + 1)
		return;
	(*tc)--;
	while ((*tc) - 1 >= base && *((*tc) - 1) != '/' && *tc >= base + 1)
		(*tc)--;
}

/*
 * Copy path (up to its NUL or n bytes) to t, collapsing "//", "./" and
 * "../" the way sysdig does; invalid bytes become '.'.  base is the start
 * of the whole path being built.  Returns the end.
 */
static char *
copy_path(char *t, char *base, const char *p, size_t n)
{
	const char *e = p + n;

	while (p < e && *p != 0) {
		char c1, c2;

		/* a run of plain characters goes as it is */
		while ((unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7f &&
		    *p != '.' && *p != '/') {
			*t++ = *p++;
			if (p == e)
				goto end;
		}
		if (*p == 0)
			break;
		c1 = p + 1 < e ? p[1] : 0;
		c2 = p + 2 < e ? p[2] : 0;
		if (invalid_char((unsigned char)*p)) {
			*t++ = '.';
			p++;
		} else if (*p == '.' && c1 == '.' && c2 == '/') {
			rewind_parent(base, &t);
			p += 3;
		} else if (*p == '.' && c1 == '.') {
			if (c2 == 0) {
				rewind_parent(base, &t);
				p += 2;
			} else {
				*t++ = '.';
				*t++ = '.';
				p += 2;
			}
		} else if (*p == '.' && c1 == '/') {
			p += 2;
		} else if (*p == '.') {
			if (c1 != 0)
				*t++ = '.';
			p++;
		} else if (*p == '/') {
			if (t > base && t[-1] == '/')
				p++;
			else
				*t++ = *p++;
		} else
			*t++ = *p++;
	}
end:
	if (t > base + 1 && t[-1] == '/')
		t--;
	return t;
}

void
scapint_path_join(struct sbuf *out, const char *cwd, size_t cwdlen,
    const char *path, size_t pathlen)
{
	char *t;

	sbuf_reserve(out, cwdlen + pathlen + 1);
	if (pathlen != 0 && path[0] != '/') {
		memcpy(out->s, cwd, cwdlen);
		t = copy_path(out->s + cwdlen, out->s, path, pathlen);
	} else
		t = copy_path(out->s, out->s, path, pathlen);
	*t = 0;
	out->len = (uint32_t)(t - out->s);
}

/*
 * A small JSON reader, enough for the container events' descriptions:
 * scapint_json_skip() passes one value, scapint_json_str() decodes a
 * string (escapes, and \\u with surrogate pairs, as UTF-8) into out
 * when out is not NULL, scapint_json_member() finds a member of an
 * object.  Each returns the position after what it read (the member:
 * its value's start), or NULL on malformed input.
 */
const char *
scapint_json_ws(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

static int
j_hex4(const char *p, const char *e)
{
	int v = 0, i;

	if (e - p < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		char c = p[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

static void
j_utf8(struct sbuf *out, unsigned long cp)
{
	char b[4];
	size_t n;

	if (cp < 0x80)
		b[0] = (char)cp, n = 1;
	else if (cp < 0x800)
		b[0] = (char)(0xc0 | cp >> 6), b[1] = (char)(0x80 | (cp & 0x3f)),
		    n = 2;
	else if (cp < 0x10000)
		b[0] = (char)(0xe0 | cp >> 12),
		    b[1] = (char)(0x80 | (cp >> 6 & 0x3f)),
		    b[2] = (char)(0x80 | (cp & 0x3f)), n = 3;
	else
		b[0] = (char)(0xf0 | cp >> 18),
		    b[1] = (char)(0x80 | (cp >> 12 & 0x3f)),
		    b[2] = (char)(0x80 | (cp >> 6 & 0x3f)),
		    b[3] = (char)(0x80 | (cp & 0x3f)), n = 4;
	sbuf_add(out, b, n);
}

const char *
scapint_json_str(const char *p, const char *e, struct sbuf *out)
{
	if (out != NULL)
		sbuf_set(out, "", 0);
	if (p >= e || *p != '"')
		return NULL;
	for (p++; p < e && *p != '"'; p++) {
		const char *q = p;
		unsigned long cp;
		int h;

		if (*p != '\\') {
			while (p + 1 < e && p[1] != '"' && p[1] != '\\')
				p++;
			if (out != NULL)
				sbuf_add(out, q, (size_t)(p - q + 1));
			continue;
		}
		if (++p >= e)
			return NULL;
		switch (*p) {
		case 'b': cp = '\b'; break;
		case 'f': cp = '\f'; break;
		case 'n': cp = '\n'; break;
		case 'r': cp = '\r'; break;
		case 't': cp = '\t'; break;
		case 'u':
			if ((h = j_hex4(p + 1, e)) < 0)
				return NULL;
			cp = (unsigned long)h;
			p += 4;
			if (cp >= 0xd800 && cp < 0xdc00 && e - p > 6 &&
			    p[1] == '\\' && p[2] == 'u' &&
			    (h = j_hex4(p + 3, e)) >= 0xdc00 && h < 0xe000) {
				cp = 0x10000 + ((cp - 0xd800) << 10) +
				    ((unsigned long)h - 0xdc00);
				p += 6;
			}
			break;
		default: cp = (unsigned char)*p; break;
		}
		if (out != NULL)
			j_utf8(out, cp);
	}
	return p < e ? p + 1 : NULL;
}

static const char *
j_skip(const char *p, const char *e, int depth)
{
	p = scapint_json_ws(p, e);
	if (p >= e || depth > 64)
		return NULL;
	if (*p == '"')
		return scapint_json_str(p, e, NULL);
	if (*p == '{' || *p == '[') {
		char close = *p == '{' ? '}' : ']';

		p = scapint_json_ws(p + 1, e);
		if (p < e && *p == close)
			return p + 1;
		for (;;) {
			if (close == '}') {
				p = scapint_json_str(scapint_json_ws(p, e), e,
				    NULL);
				if (p == NULL)
					return NULL;
				p = scapint_json_ws(p, e);
				if (p >= e || *p != ':')
					return NULL;
				p++;
			}
			if ((p = j_skip(p, e, depth + 1)) == NULL)
				return NULL;
			p = scapint_json_ws(p, e);
			if (p < e && *p == ',') {
				p++;
				continue;
			}
			return p < e && *p == close ? p + 1 : NULL;
		}
	}
	while (p < e && (isalnum((unsigned char)*p) || *p == '-' ||
	    *p == '+' || *p == '.'))
		p++;
	return p;
}

const char *
scapint_json_skip(const char *p, const char *e)
{
	return j_skip(p, e, 0);
}

/*
 * The value of the member key of the object at p (the last one, as
 * jsoncpp keeps the last of equal keys), or NULL if it has none or is
 * malformed; tmp is scratch space for the keys.
 */
const char *
scapint_json_member(const char *p, const char *e, const char *key,
    struct sbuf *tmp)
{
	const char *found = NULL;

	p = scapint_json_ws(p, e);
	if (p >= e || *p != '{')
		return NULL;
	p = scapint_json_ws(p + 1, e);
	if (p < e && *p == '}')
		return NULL;
	for (;;) {
		const char *v;

		if ((p = scapint_json_str(scapint_json_ws(p, e), e, tmp)) ==
		    NULL)
			return NULL;
		p = scapint_json_ws(p, e);
		if (p >= e || *p != ':')
			return NULL;
		v = scapint_json_ws(p + 1, e);
		if (strlen(key) == tmp->len && memcmp(tmp->s, key, tmp->len) == 0)
			found = v;
		if ((p = j_skip(v, e, 1)) == NULL)
			return NULL;
		p = scapint_json_ws(p, e);
		if (p < e && *p == ',') {
			p++;
			continue;
		}
		return p < e && *p == '}' ? found : NULL;
	}
}
