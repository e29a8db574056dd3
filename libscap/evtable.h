/*
 * evtable.h - the event table and the name tables that render events.
 *
 * One table drives decoding, rendering, filtering and writing.  Ids,
 * parameter types and flag values are those of the capture format (see
 * scap(5)); the names follow the format's own vocabulary (PT_*, PF_*,
 * EC_*, EF_*).  Internal to libscap.
 */
#ifndef SCAP_EVTABLE_H
#define SCAP_EVTABLE_H

#include <stdint.h>

/* Parameter types, as stored in the file. */
enum scap_ptype {
	PT_NONE = 0, PT_INT8 = 1, PT_INT16 = 2, PT_INT32 = 3, PT_INT64 = 4,
	PT_UINT8 = 5, PT_UINT16 = 6, PT_UINT32 = 7, PT_UINT64 = 8,
	PT_CHARBUF = 9, PT_BYTEBUF = 10, PT_ERRNO = 11, PT_SOCKADDR = 12,
	PT_SOCKTUPLE = 13, PT_FD = 14, PT_PID = 15, PT_FDLIST = 16,
	PT_FSPATH = 17, PT_SYSCALLID = 18, PT_SIGTYPE = 19, PT_RELTIME = 20,
	PT_ABSTIME = 21, PT_PORT = 22, PT_L4PROTO = 23, PT_SOCKFAMILY = 24,
	PT_BOOL = 25, PT_IPV4ADDR = 26, PT_DYN = 27, PT_FLAGS8 = 28,
	PT_FLAGS16 = 29, PT_FLAGS32 = 30, PT_UID = 31, PT_GID = 32,
	PT_DOUBLE = 33, PT_SIGSET = 34, PT_CHARBUFARRAY = 35,
	PT_CHARBUF_PAIR_ARRAY = 36, PT_IPV4NET = 37, PT_IPV6ADDR = 38,
	PT_IPV6NET = 39, PT_IPADDR = 40, PT_IPNET = 41, PT_MODE = 42,
	PT_FSRELPATH = 43, PT_ENUMFLAGS8 = 44, PT_ENUMFLAGS16 = 45,
	PT_ENUMFLAGS32 = 46, PT_FD32 = 47, PT_PID32 = 48,
	PT_MAX = 49
};

/* Print formats of numeric parameters. */
enum scap_pfmt {
	PF_NA = 0, PF_DEC, PF_HEX, PF_10_PADDED_DEC, PF_ID, PF_DIR, PF_OCT
};

/* Event categories (the low bits; newer tables OR in origin bits). */
enum scap_ecat {
	EC_UNKNOWN = 0, EC_OTHER = 1, EC_FILE = 2, EC_NET = 3, EC_IPC = 4,
	EC_MEMORY = 5, EC_PROCESS = 6, EC_SLEEP = 7, EC_SYSTEM = 8,
	EC_SIGNAL = 9, EC_USER = 10, EC_TIME = 11, EC_PROCESSING = 12,
	EC_IO_READ = 32, EC_IO_WRITE = 33, EC_IO_OTHER = 34, EC_WAIT = 64,
	EC_SCHEDULER = 128, EC_INTERNAL = 256,
	EC_SYSCALL = 0x200, EC_TRACEPOINT = 0x400, EC_PLUGIN = 0x800,
	EC_METAEVENT = 0x1000, EC_ITER = 0x2000
};
#define EC_CLASS_MASK	0x1ff	/* the classic category without origin bits */

/* Event flags. */
enum scap_eflag {
	EF_NONE = 0,
	EF_CREATES_FD = 1 << 0,
	EF_DESTROYS_FD = 1 << 1,
	EF_USES_FD = 1 << 2,
	EF_READS_FROM_FD = 1 << 3,
	EF_WRITES_TO_FD = 1 << 4,
	EF_MODIFIES_STATE = 1 << 5,
	EF_UNUSED = 1 << 6,
	EF_WAITS = 1 << 7,
	EF_SKIPPARSERESET = 1 << 8,
	EF_OLD_VERSION = 1 << 9,
	EF_DROP_SIMPLE_CONS = 1 << 10,
	EF_LARGE_PAYLOAD = 1 << 11,
	EF_CONVERTER_MANAGED = 1 << 12
};

/* One name of a flag, enum or mode table.  Tables end with name NULL and
 * keep the stored order of the format's reference tables: rendering walks
 * them in that order. */
struct scap_flagname {
	const char *name;
	uint32_t value;
};

/* One member of a PT_DYN sub-table: the type its index selects. */
struct scap_dyntype {
	uint8_t type;	/* enum scap_ptype */
	uint8_t fmt;	/* enum scap_pfmt */
};

struct scap_paraminfo {
	const char *name;
	uint8_t type;		/* enum scap_ptype */
	uint8_t fmt;		/* enum scap_pfmt */
	int8_t dirfd;		/* PT_FSRELPATH: index of the dirfd param; else -1 */
	uint8_t ndyn;		/* PT_DYN: entries in dyn */
	const struct scap_flagname *names;	/* flags/enum/mode names or NULL */
	const struct scap_dyntype *dyn;		/* PT_DYN sub-table or NULL */
};

struct scap_eventinfo {
	const char *name;	/* evt.type */
	uint16_t category;	/* enum scap_ecat */
	uint16_t flags;		/* enum scap_eflag */
	/*
	 * nparams: the parameters sysdig 0.29.3 (libs 2022) knows and
	 * displays for this id; for ids it does not know, those of the
	 * newest libs.  nparams_max >= nparams also counts the parameters
	 * newer libs append (decoded for state, not displayed).
	 */
	uint8_t nparams;
	uint8_t nparams_max;
	const struct scap_paraminfo *params;
};

#define SCAP_EVENT_MAX		454	/* ids 0..453 (newest libs) */
#define SCAP_EVENT_MAX_2022	336	/* ids sysdig 0.29.3 knows */

extern const struct scap_eventinfo scapint_events[SCAP_EVENT_MAX];

/* Name tables, by number (NULL when the number has no name). */
const char *scapint_errno_name(int64_t err);	/* err > 0 */
const char *scapint_signal_name(uint32_t sig);
const char *scapint_syscall_name(uint32_t ppm_sc);	/* PPM_SC_* code */
uint16_t scapint_syscall_category(uint32_t ppm_sc);	/* its EC_* */

#endif
