/*
 * test_filter.c - the filter engine: sysdig 0.29.3's grammar, its
 * compile errors (with their columns), and matches over a real capture.
 *
 * The expected counts were obtained with Debian 12's sysdig 0.29.3:
 *	TZ=UTC sysdig -r tests/data/corpus/FILE -p %evt.num "FILTER" | wc -l
 */
#include <stdlib.h>

#include "harness.h"
#include "scap.h"

#define CORPUS "tests/data/corpus/"

/* Events of a capture that sysdig would print with the filter, or -1. */
static long
count(const char *file, const char *expr)
{
	char err[SCAP_ERRBUF_SIZE];
	struct scap_filter *f = scap_filter_compile(expr, err);
	struct scap *h;
	const struct scap_event *ev;
	long n = 0;

	if (f == NULL) {
		printf("compile \"%s\": %s\n", expr, err);
		return -1;
	}
	h = scap_open(file, err);
	if (h == NULL) {
		scap_filter_free(f);
		return -1;
	}
	while (scap_next(h, &ev) == SCAP_OK)
		if (scap_event_visible(ev) && scap_filter_match(f, h, ev))
			n++;
	scap_close(h);
	scap_filter_free(f);
	return n;
}

/* The compile error of expr ("" if it compiles). */
static const char *
error_of(const char *expr)
{
	static char err[SCAP_ERRBUF_SIZE];
	struct scap_filter *f = scap_filter_compile(expr, err);

	if (f != NULL) {
		scap_filter_free(f);
		return "";
	}
	return err;
}

DEFINE_TEST(test_filter_errors)
{
	ASSERT_STR(error_of("proc.nme=cat"), "column 1: unknown field 'proc.nme'");
	ASSERT_STR(error_of("evt.num=1 and proc.namex=cat"),
	    "column 15: unknown field 'proc.namex'");
	ASSERT_STR(error_of("evt.num=abc"),
	    "column 9: 'abc' is not a valid number");
	ASSERT_STR(error_of("evt.num="),
	    "column 9: expected a value after '='");
	ASSERT_STR(error_of("evt.type="),
	    "column 10: expected a value after '='");
	ASSERT_STR(error_of("evt.type=opne"),
	    "column 10: unknown event type 'opne'");
	ASSERT_STR(error_of("evt.failed=1"),
	    "column 12: expected 'true' or 'false', not '1'");
	ASSERT_STR(error_of("proc.name"),
	    "column 10: expected an operator after 'proc.name'");
	ASSERT_STR(error_of("proc.name is cat"),
	    "column 11: unknown operator 'is'");
	ASSERT_STR(error_of("proc.name intersects (cat)"),
	    "column 11: operator 'intersects' is not supported");
	ASSERT_STR(error_of("proc.name in cat"),
	    "column 14: expected '(' after 'in'");
	ASSERT_STR(error_of("proc.name in (cat bash)"),
	    "column 19: expected ',' or ')' in the list of 'in'");
	ASSERT_STR(error_of("proc.name in (cat,"),
	    "column 19: expected ',' or ')' in the list of 'in'");
	ASSERT_STR(error_of("evt.num pmatch (1)"),
	    "column 9: 'pmatch' needs a string field");
	ASSERT_STR(error_of("evt.num contains 1"),
	    "column 9: 'contains' is not supported for numeric fields");
	ASSERT_STR(error_of("evt.buffer glob a*"),
	    "column 12: 'glob' is not supported for buffer fields");
	ASSERT_STR(error_of("proc.name='cat"), "column 11: unclosed quote");
	ASSERT_STR(error_of("proc.name=a\\xZZ"),
	    "column 12: bad escape sequence (use \\\\, \\\" or \\xHH)");
	ASSERT_STR(error_of("fd.sip=1.2"), "column 8: bad IPv4 address '1.2'");
	ASSERT_STR(error_of("fd.ip contains 1.2.3.4"),
	    "column 7: 'contains' is not supported for fd.ip (only '=', '!=' "
	    "and 'in')");
	ASSERT_STR(error_of("fd.port=nosuchservice"),
	    "column 9: unknown port name 'nosuchservice'");
	ASSERT_STR(error_of("proc.name regex 'a('"),
	    "column 18: bad regular expression (at offset 2): missing closing "
	    "parenthesis");
	/* the end, and parentheses */
	ASSERT_STR(error_of(""), "column 1: unexpected end of filter");
	ASSERT_STR(error_of("  "), "column 3: unexpected end of filter");
	ASSERT_STR(error_of("evt.num=1 and"),
	    "column 14: unexpected end of filter");
	ASSERT_STR(error_of("not"), "column 4: unexpected end of filter");
	ASSERT_STR(error_of("()"), "column 3: unexpected end of filter");
	ASSERT_STR(error_of("(evt.num=1"), "column 11: missing ')'");
	ASSERT_STR(error_of("evt.num=1)"), "column 10: unexpected ')'");
	ASSERT_STR(error_of("evt.num=1) and evt.num=2"),
	    "column 10: unexpected ')'");
	ASSERT_STR(error_of("(evt.num=1) (evt.num=2)"),
	    "column 13: unexpected '('; expected 'and' or 'or'");
	/* trailing garbage */
	ASSERT_STR(error_of("evt.type=openat xyz"),
	    "column 17: expected 'and' or 'or', not 'xyz'");
	ASSERT_STR(error_of("proc.name existsx"),
	    "column 17: expected 'and' or 'or', not 'x'");
	ASSERT_STR(error_of("evt.num=1 abc"),
	    "column 11: expected 'and' or 'or', not 'abc'");
	ASSERT_STR(error_of("=cat"), "column 1: expected a field name");
	ASSERT_STR(error_of("nope"), "column 1: syntax error at 'nope'");
}

DEFINE_TEST(test_filter_and_or_mix)
{
	/* sysdig: "expression mixes 'and' and 'or' in an ambiguous way" */
	ASSERT_STR(error_of("evt.num=1 and evt.num=2 or evt.num=3"),
	    "column 25: 'and' and 'or' mixed without parentheses");
	ASSERT_STR(error_of("evt.num=1 or evt.num=2 and not evt.num=3"),
	    "column 24: 'and' and 'or' mixed without parentheses");
	ASSERT_STR(error_of("(evt.num=1 or evt.num=2 and evt.num=3) or "
	    "evt.num=4"),
	    "column 25: 'and' and 'or' mixed without parentheses");
	ASSERT_STR(error_of("evt.num=1 and evt.num=2 or (evt.num=3)"),
	    "column 25: 'and' and 'or' mixed without parentheses");
	/* one operator per level is fine; "not" does not count */
	ASSERT_STR(error_of("evt.num=1 and not evt.num=2 and evt.num=3"), "");
	ASSERT_STR(error_of("(evt.num=1 and evt.num=2) or evt.num=3"), "");
	ASSERT_STR(error_of("evt.num=1 or (evt.num=2 and evt.num=3) or "
	    "evt.num=4"), "");
	ASSERT_STR(error_of("not (evt.num=1 or evt.num=2)"), "");
	/* ours: == as =, and regex */
	ASSERT_STR(error_of("proc.name==cat"), "");
	ASSERT_STR(error_of("proc.name regex '^c.t$'"), "");
}

#define FA CORPUS "file_activity.scap"

DEFINE_TEST(test_filter_match_basic)
{
	ASSERT_INT(count(FA, "evt.type=openat and evt.dir=<"), 769);
	ASSERT_INT(count(FA, "evt.type=openat"), 1538);
	ASSERT_INT(count(FA, "evt.type==openat"), 1538);	/* ours */
	ASSERT_INT(count(FA, "not evt.type=openat"), 7341);
	ASSERT_INT(count(FA, "evt.num>10 and evt.num<20"), 9);
	ASSERT_INT(count(FA, "evt.num in (1,2)"), 2);
	ASSERT_INT(count(FA, "proc.name in (cat)"), 1628);
	ASSERT_INT(count(FA, "proc.name in(cat,bash)"), 1628);
	ASSERT_INT(count(FA, "proc.name containscat"), 1628);
	ASSERT_INT(count(FA, "proc.name in ()"), 0);
	ASSERT_INT(count(FA, "proc.name exists"), 7847);
	ASSERT_INT(count(FA, "(proc.name exists)"), 7847);
	ASSERT_INT(count(FA, "proc.name=cat and evt.type in (openat, read)"),
	    480);
	ASSERT_INT(count(FA, "not (proc.name=cat or proc.name=bash)"), 7251);
	ASSERT_INT(count(FA, "fd.num>=3 and fd.num<=5"), 1740);
	ASSERT_INT(count(FA, "evt.failed=true"), 392);
	ASSERT_INT(count(FA, "evt.res=ENOENT"), 366);
	ASSERT_INT(count(FA, "evt.buffer contains root"), 9);
	ASSERT_INT(count(FA, "thread.tid>0 and user.name=root"), 7847);
}

DEFINE_TEST(test_filter_match_strings)
{
	ASSERT_INT(count(FA, "fd.name glob \"/etc/*\""), 184);
	ASSERT_INT(count(FA, "fd.name icontains ETC"), 184);
	ASSERT_INT(count(FA, "fd.name startswith /etc"), 184);
	ASSERT_INT(count(FA, "fd.name pmatch (/etc)"), 184);
	ASSERT_INT(count(FA, "evt.type=openat and (fd.name startswith /usr or "
	    "fd.name endswith .so.6)"), 677);
	ASSERT_INT(count(FA, "fd.directory=/etc and not fd.filename in "
	    "(passwd, group)"), 163);
	/* ours: regex over the same names as the glob above */
	ASSERT_INT(count(FA, "fd.name regex '^/etc/'"), 184);
}

/* Absent fields, and the quirks of sysdig's 2022 compiler. */
DEFINE_TEST(test_filter_match_quirks)
{
	/* != on an absent field is false; "not" of the = is true */
	ASSERT_INT(count(CORPUS "curl_google.scap", "fd.name != /etc/hosts"),
	    390);
	ASSERT_INT(count(CORPUS "curl_google.scap",
	    "not fd.name = /etc/hosts"), 1212);
	/* "not not" is "not" */
	ASSERT_INT(count(FA, "not not evt.type=openat"), 7341);
	/* a "not" between two checks: the second one is ignored */
	ASSERT_INT(count(FA, "evt.type=openat not evt.dir=<"), 1538);
	/* ... or joins with the pending operator */
	ASSERT_INT(count(FA, "evt.type=openat and evt.dir=> not "
	    "proc.name=cat"), 548);
	ASSERT_INT(count(FA, "evt.num>3 and evt.num<6 not evt.num=4"), 1);
	/* "and" is read a letter at a time, blanks skipped */
	ASSERT_INT(count(FA, "evt.type=openat a n d evt.dir=<"), 769);
	ASSERT_INT(count(FA, "evt.type=openat andevt.dir=<"), 769);
	/* an empty group is true, and a check after it is ignored */
	ASSERT_INT(count(FA, "() evt.num=3"), 8879);
	ASSERT_INT(count(FA, "(evt.num=3 and ) evt.num=4"), 0);
}

DEFINE_TEST(test_filter_match_net)
{
	const char *cg = CORPUS "curl_google.scap";

	/* fd.ip and fd.port look at both ends, of unconnected sockets too */
	ASSERT_INT(count(cg, "fd.ip != 172.217.20.68"), 31);
	ASSERT_INT(count(cg, "fd.port != 443"), 31);
	ASSERT_INT(count(cg, "fd.port < 1000"), 31);
	ASSERT_INT(count(cg, "fd.port = 80"), 11);
	ASSERT_INT(count(cg, "fd.port = domain"), 9);
	ASSERT_INT(count(cg, "fd.ip = 2001:4860:4860::8888"), 9);
	ASSERT_INT(count(cg, "fd.ip != 2001:4860:4860::8888"), 22);
	ASSERT_INT(count(cg, "fd.port in (53, 80)"), 20);
	ASSERT_INT(count(cg, "fd.sport in (80,443)"), 11);
	ASSERT_INT(count(cg, "fd.cport > 30000"), 20);
	ASSERT_INT(count(cg, "evt.buffer contains \"\\x00\""), 39);
	ASSERT_INT(count(cg, "evt.buffer startswith GET"), 1);
	ASSERT_INT(count(cg, "proc.aname=bash"), 1221);
	ASSERT_INT(count(cg, "proc.apid=1"), 1221);
	ASSERT_INT(count(cg, "evt.rawarg.fd>2"), 297);
	/* "in" on a number loses the field's argument: proc.apid[0] */
	ASSERT_INT(count(cg, "proc.apid in (17497)"), 1221);
	ASSERT_INT(count(cg, "proc.apid[1] in (3200)"), 0);
	ASSERT_INT(count(cg, "proc.apid[1] = 3200"), 1221);
}

DEFINE_TEST(test_filter_match_nets)
{
	const char *e = CORPUS "502Error.scap";

	ASSERT_INT(count(e, "fd.net=192.168.0.0/16"), 1860);
	ASSERT_INT(count(e, "fd.net!=192.168.0.0/16"), 173);
	ASSERT_INT(count(e, "fd.net in (145.0.0.0/8, 10.0.0.0/8)"), 73);
	ASSERT_INT(count(e, "fd.cnet=192.168.0.0/24"), 1787);
	ASSERT_INT(count(e, "fd.rnet=145.216.0.0/16"), 73);
	ASSERT_INT(count(e, "fd.net=192.168.0.0/264"), 1860);	/* /8 */
	ASSERT_INT(count(e, "fd.ip=192.168.0.2"), 1340);
	ASSERT_INT(count(e, "fd.ip!=192.168.0.2"), 693);
	ASSERT_INT(count(e, "fd.proto=http"), 1787);
	ASSERT_INT(count(e, "fd.port>=1000"), 1861);
	ASSERT_INT(count(e, "fd.sip>192.168.0.1"), 1860);
	ASSERT_INT(count(CORPUS "single_ipv6_conn.scap", "fd.net=2001:db8::"),
	    11);
	ASSERT_STR(error_of("fd.net=192.168.0.2"),
	    "column 8: bad IP network '192.168.0.2' (a.b.c.d/bits)");
	ASSERT_STR(error_of("fd.net=192.168.0.0/33"),
	    "column 8: bad netmask in '192.168.0.0/33'");
	ASSERT_STR(error_of("fd.net exists"),
	    "column 8: 'exists' is not supported for fd.net (only '=', '!=' "
	    "and 'in')");
	/* sysdig crashes on these */
	ASSERT_STR(error_of("evt.rawarg.fd in (3,4)"),
	    "column 15: 'in' is not supported for evt.rawarg");
	ASSERT_STR(error_of("evt.num=1) and evt.num=2"),
	    "column 10: unexpected ')'");
}
