/*
 * common.h - the skeleton every scap-* tool shares: program name,
 * messages, the walk over input operands, and a checked exit.
 */
#ifndef TOOLS_COMMON_H
#define TOOLS_COMMON_H

#include <getopt.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>

#include "scap.h"

#define EXIT_USAGE	2

extern const char *progname;

void	tool_init(int argc, char **argv);
void	tool_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	tool_errx(int code, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3), noreturn));
/* Parse a non-negative count for an option; exits on a bad value. */
unsigned long long tool_count(const char *opt, const char *s);

/*
 * Call fn for every operand (none, or "-", is standard input), with the
 * capture opened.  fn returns 0 to go on, 1 to stop the walk.  Open and
 * read errors are reported as "progname: file: message" and make the
 * returned status 1.
 */
typedef int (*tool_fn)(struct scap *h, const char *name, void *arg);
int	tool_inputs(int argc, char **argv, tool_fn fn, void *arg);

/*
 * The options every reading tool takes: --recover (skip damaged ranges,
 * reporting each, and go on) and -q/--quiet (no progress line).  Put
 * TOOL_LONGOPTS in the tool's long options and "q" in its short ones,
 * and give tool_option() what getopt_long() returned before the tool's
 * own default case: it returns 1 if it took it.
 */
#define TOOL_OPT_RECOVER	0x1001
#define TOOL_LONGOPTS \
	{ "recover", no_argument, NULL, TOOL_OPT_RECOVER }, \
	{ "quiet", no_argument, NULL, 'q' }
extern int tool_recover, tool_quiet;
/* Set by tools whose output comes at the end (a progress line may then
 * share the terminal with standard output). */
extern int tool_progress_on_tty;
int	tool_option(int ch);

/*
 * Open a capture ("-" is standard input) with the common options: damage
 * reported as "progname: name: offset N: skipped L bytes: why" and
 * skipped with --recover, and a progress line on a terminal.  Damage
 * skipped makes tool_exit() return 1.
 */
struct scap *tool_open(const char *path, char *errbuf);
/* The inputs' total size, for the progress line (0: unknown). */
void	tool_progress_total(int argc, char **argv);
extern unsigned long long tool_damaged;
/* The input buffer of the captures tool_open() opens (0: the library's
 * default); merges of many inputs make it small. */
extern size_t tool_bufsize;
/* A tool that stops on signals points this at its flag: a read waiting
 * on a silent pipe then ends when a signal sets it, and tool_inputs()
 * opens no more inputs. */
extern volatile sig_atomic_t *tool_stop;

/* Remember an input file; tell whether a path names a remembered input
 * (outputs that are inputs are refused). */
void	tool_note_input(const char *path);
int	tool_is_input(const char *path);

/* Report a reader error/warnings for h (named name); returns 1 on error. */
int	tool_read_status(struct scap *h, const char *name, int r);
void	tool_warnings(struct scap *h, const char *name);

/* Buffered output to standard output (flushed by tool_exit()). */
void	tool_write(const void *p, size_t n);

/* A -p format with \\n, \\t, \\e and \\\\ translated, as sysdig does. */
char	*tool_unescape(const char *s);
/* A -p argument as sysdig takes it: its shortcuts ("c" or "container":
 * the default line with the container's name and id and the thread's id
 * in its namespace; "p": print the default format and exit), else the
 * format with its escapes translated.  Allocated. */
char	*tool_format(const char *arg);
/* Print every field with its description (-l). */
void	tool_list_fields(void);

/* Flush and check stdout; returns status, or 1 if writing failed. */
int	tool_exit(int status);

/*
 * A map of ids (thread or process ids) to small numbers, open addressing;
 * zero it to start.  tool_idmap_get() returns the number, or -1 when id
 * is not in it; tool_idmap_put() returns 0, or -1 when memory ran out.
 */
struct tool_idslot {
	int64_t id;
	uint32_t val;
	uint32_t used;
};
struct tool_idmap {
	struct tool_idslot *slot;
	size_t cap, n;
};
int64_t	tool_idmap_get(const struct tool_idmap *m, int64_t id);
int	tool_idmap_put(struct tool_idmap *m, int64_t id, uint32_t val);
void	tool_idmap_free(struct tool_idmap *m);

/*
 * Partial results (scap-stat and scap-top --partial/--merge): a string
 * as one word, bytes up to the space, DEL and the backslash as \xHH,
 * nothing as \e; part_unesc() undoes it in place and returns the length.
 * While a merge reads, part_path and part_line say where it is, and
 * part_bad() exits 1 with them.
 */
extern const char *part_path;
extern unsigned long part_line;
void	part_esc(FILE *fp, const char *s, size_t n);
size_t	part_unesc(char *s);
void	part_bad(const char *what) __attribute__((noreturn));
/* Open a partial ("-": stdin), read its lines (NULL at the end; a line
 * cut short or after "end" is fatal), and check it ended with "end". */
FILE	*part_open(const char *path);
char	*part_getline(FILE *fp, char **line, size_t *cap, int ended);
void	part_close(FILE *fp, char *line, int ended);

#endif
