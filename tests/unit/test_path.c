/*
 * test_path.c - path joining and sanitising, as sysdig does them.
 */
#include <stdlib.h>

#include "harness.h"
#include "scap_private.h"

static const char *
join(const char *cwd, const char *path)
{
	static struct sbuf out;

	scapint_path_join(&out, cwd, strlen(cwd), path, strlen(path));
	return out.s;
}

DEFINE_TEST(test_path_join)
{
	ASSERT_STR(join("/root/", "rel/x"), "/root/rel/x");
	ASSERT_STR(join("/root/", "/etc/passwd"), "/etc/passwd");
	ASSERT_STR(join("/a/b/", "../c"), "/a/c");
	ASSERT_STR(join("/a/b/", "./c"), "/a/b/c");
	ASSERT_STR(join("/a/b/", "c//d"), "/a/b/c/d");
	ASSERT_STR(join("/a/b/", "c/"), "/a/b/c");
	ASSERT_STR(join("/a/b/", ".."), "/a");
	ASSERT_STR(join("/", "../../x"), "/x");
	ASSERT_STR(join("/tmp/", "a\001b"), "/tmp/a.b");
}

DEFINE_TEST(test_sanitize)
{
	char out[32];
	size_t n = scapint_sanitize(out, "a\tb\xc3\xa9" "c\x7f" "d", 9);

	out[n] = 0;
	ASSERT_STR(out, "abcd");
}
