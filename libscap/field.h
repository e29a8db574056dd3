/*
 * field.h - filter and format fields (evt.*, proc.*, fd.*, ...): their
 * table, parsing a field reference, and extracting a value from an
 * event.  Shared by the filter (filter.c) and the formats (fmt.c).
 * Internal to libscap.
 */
#ifndef SCAP_FIELD_H
#define SCAP_FIELD_H

#include <stddef.h>
#include <stdint.h>

struct scap;
struct scap_event;

/* How a field's values compare and print. */
enum fieldtype {
	FT_STR,		/* text: =, contains, glob, ... compare strings */
	FT_INT,		/* signed number */
	FT_UINT,	/* unsigned number */
	FT_BOOL,	/* true/false, compared as 1/0 */
	FT_IPADDR,	/* an IP address (compares with addresses, nets) */
	FT_PORT,	/* a port number */
	FT_TIME,	/* nanoseconds (evt.rawtime, ...) printed as numbers */
	FT_RELTIME,	/* a duration in nanoseconds */
	FT_BUF		/* bytes (evt.buffer): string operators, raw bytes */
};

/* A parsed field reference: which field, and its argument if any. */
struct fieldref {
	uint16_t id;		/* index in the field table */
	uint8_t type;		/* enum fieldtype of this reference */
	int32_t argidx;		/* evt.arg[N]: N; otherwise -1 */
	char arg[64];		/* evt.arg.NAME: NAME; proc.aname[N]: "" */
};

/*
 * Parse the field that starts s (e.g. "proc.name", "evt.arg.fd",
 * "evt.arg[0]").  The longest known field name is taken, as sysdig
 * does.  Returns the number of bytes used, or 0 with a message in err
 * when s does not start with a known field.
 */
size_t	scapint_field_parse(const char *s, struct fieldref *ref, char *err,
	    size_t errlen);

/* The same for -p formats, which accept any evt.arg name. */
size_t	scapint_field_parse_fmt(const char *s, struct fieldref *ref,
	    char *err, size_t errlen);

/* A value extracted from an event. */
struct fieldval {
	uint8_t type;		/* enum fieldtype; meaningless if absent */
	uint8_t absent;		/* the event has no such value */
	int64_t i;		/* numbers, booleans, times */
	const char *s;		/* text (not NUL-terminated), or buffer bytes */
	size_t len;
	uint8_t ip[16];		/* FT_IPADDR: address, and family 4 or 6 */
	uint8_t family;
};

/*
 * Extract ref's value for ev, which scap_next() just returned from h.
 * Text the value points to stays valid until the next call for the same
 * slot (slot: 0..7 lets a caller keep several values at once).
 */
void	scapint_field_get(struct scap *h, const struct scap_event *ev,
	    const struct fieldref *ref, int slot, struct fieldval *out);

/* fd.ip and fd.port have two values, one per end of the socket: the
 * client's comes from scapint_field_get(), the server's from this. */
void	scapint_field_get_server(struct scap *h, const struct scap_event *ev,
	    const struct fieldref *ref, struct fieldval *out);

/*
 * The value as text, as sysdig prints it in -p formats and compares it
 * as a string (numbers in decimal, times formatted, ...).  Returns the
 * text (valid as for scapint_field_get()) and its length in *len.
 */
const char *scapint_field_text(struct scap *h, const struct scap_event *ev,
	    const struct fieldref *ref, const struct fieldval *v, int slot,
	    size_t *len);

/* The field table, for listings (-l). */
struct fieldinfo {
	const char *name;	/* "proc.name"; "evt.arg" takes .NAME or [N] */
	uint8_t type;		/* enum fieldtype */
	uint8_t arg;		/* FA_* */
	const char *desc;	/* one line */
};
#define FA_NONE		0
#define FA_NAME		1	/* field.NAME */
#define FA_INDEX	2	/* field[N] */
#define FA_NAME_INDEX	3	/* either */

extern const struct fieldinfo scapint_fields[];
extern const size_t scapint_nfields;

#endif
