/*
 * evtable.c - the event table: for every event id its name, category,
 * flags and parameters, plus the flag, enum and mode name tables and the
 * PT_DYN sub-tables its parameters refer to.
 *
 * These are facts of the capture format (the falcosecurity/libs event
 * tables): ids 0..335 describe events as libs 2022 (sysdig 0.29.3)
 * renders them, with the parameters later libs append counted in
 * nparams_max; ids 336..453 are those of the newest libs.  Flag values
 * are the capture format's own (PPM_*) numbers, not the kernel's.  The
 * name tables keep the format's stored order, which rendering depends on.
 */
#include <stddef.h>

#include "evtable.h"

/*
 * Flag, enum and mode names.
 */

static const struct scap_flagname access_flags[] = {
	{"F_OK", 0},
	{"R_OK", 4},
	{"W_OK", 2},
	{"X_OK", 1},
	{NULL, 0}
};

static const struct scap_flagname anon_inode_fd_types[] = {
	{"ANON_INODE_FD_TYPE_UNKNOWN", 0},
	{"ANON_INODE_FD_TYPE_EVENTFD", 1},
	{"ANON_INODE_FD_TYPE_EVENTPOLL", 2},
	{"ANON_INODE_FD_TYPE_INOTIFY", 3},
	{"ANON_INODE_FD_TYPE_SIGNALFD", 4},
	{"ANON_INODE_FD_TYPE_TIMERFD", 5},
	{"ANON_INODE_FD_TYPE_IO_URING", 6},
	{"ANON_INODE_FD_TYPE_USERFAULTFD", 7},
	{"ANON_INODE_FD_TYPE_PIDFD", 8},
	{"ANON_INODE_FD_TYPE_BPF_MAP", 9},
	{"ANON_INODE_FD_TYPE_BPF_PROG", 10},
	{"ANON_INODE_FD_TYPE_BPF_LINK", 11},
	{"ANON_INODE_FD_TYPE_BPF_ITER", 12},
	{"ANON_INODE_FD_TYPE_PERF_EVENT", 13},
	{NULL, 0}
};

static const struct scap_flagname bpf_commands[] = {
	{"BPF_MAP_CREATE", 0},
	{"BPF_MAP_LOOKUP_ELEM", 1},
	{"BPF_MAP_UPDATE_ELEM", 2},
	{"BPF_MAP_DELETE_ELEM", 3},
	{"BPF_MAP_GET_NEXT_KEY", 4},
	{"BPF_PROG_LOAD", 5},
	{"BPF_OBJ_PIN", 6},
	{"BPF_OBJ_GET", 7},
	{"BPF_PROG_ATTACH", 8},
	{"BPF_PROG_DETACH", 9},
	{"BPF_PROG_TEST_RUN", 10},
	{"BPF_PROG_RUN", 10},
	{"BPF_PROG_GET_NEXT_ID", 11},
	{"BPF_MAP_GET_NEXT_ID", 12},
	{"BPF_PROG_GET_FD_BY_ID", 13},
	{"BPF_MAP_GET_FD_BY_ID", 14},
	{"BPF_OBJ_GET_INFO_BY_FD", 15},
	{"BPF_PROG_QUERY", 16},
	{"BPF_RAW_TRACEPOINT_OPEN", 17},
	{"BPF_BTF_LOAD", 18},
	{"BPF_BTF_GET_FD_BY_ID", 19},
	{"BPF_TASK_FD_QUERY", 20},
	{"BPF_MAP_LOOKUP_AND_DELETE_ELEM", 21},
	{"BPF_MAP_FREEZE", 22},
	{"BPF_BTF_GET_NEXT_ID", 23},
	{"BPF_MAP_LOOKUP_BATCH", 24},
	{"BPF_MAP_LOOKUP_AND_DELETE_BATCH", 25},
	{"BPF_MAP_UPDATE_BATCH", 26},
	{"BPF_MAP_DELETE_BATCH", 27},
	{"BPF_LINK_CREATE", 28},
	{"BPF_LINK_UPDATE", 29},
	{"BPF_LINK_GET_FD_BY_ID", 30},
	{"BPF_LINK_GET_NEXT_ID", 31},
	{"BPF_ENABLE_STATS", 32},
	{"BPF_ITER_CREATE", 33},
	{"BPF_LINK_DETACH", 34},
	{"BPF_PROG_BIND_MAP", 35},
	{NULL, 0}
};

static const struct scap_flagname chmod_mode[] = {
	{"S_IXOTH", 1},
	{"S_IWOTH", 2},
	{"S_IROTH", 4},
	{"S_IXGRP", 8},
	{"S_IWGRP", 16},
	{"S_IRGRP", 32},
	{"S_IXUSR", 64},
	{"S_IWUSR", 128},
	{"S_IRUSR", 256},
	{"S_ISVTX", 512},
	{"S_ISGID", 1024},
	{"S_ISUID", 2048},
	{NULL, 0}
};

static const struct scap_flagname clone_flags[] = {
	{"CLONE_FILES", 1},
	{"CLONE_FS", 2},
	{"CLONE_IO", 4},
	{"CLONE_NEWIPC", 8},
	{"CLONE_NEWNET", 16},
	{"CLONE_NEWNS", 32},
	{"CLONE_NEWPID", 64},
	{"CLONE_NEWUTS", 128},
	{"CLONE_PARENT", 256},
	{"CLONE_PARENT_SETTID", 512},
	{"CLONE_PTRACE", 1024},
	{"CLONE_SIGHAND", 2048},
	{"CLONE_SYSVSEM", 0x1000},
	{"CLONE_THREAD", 0x2000},
	{"CLONE_UNTRACED", 0x4000},
	{"CLONE_VM", 0x8000},
	{"CLONE_INVERTED", 0x10000},
	{"NAME_CHANGED", 0x20000},
	{"CLOSED", 0x40000},
	{"CLONE_NEWUSER", 0x100000},
	{"CLONE_CHILD_CLEARTID", 0x800000},
	{"CLONE_CHILD_SETTID", 0x1000000},
	{"CLONE_SETTLS", 0x2000000},
	{"CLONE_STOPPED", 0x4000000},
	{"CLONE_VFORK", 0x8000000},
	{"CLONE_NEWCGROUP", 0x10000000},
	{NULL, 0}
};

static const struct scap_flagname close_range_flags[] = {
	{"CLOSE_RANGE_UNSHARE", 2},
	{"CLOSE_RANGE_CLOEXEC", 4},
	{NULL, 0}
};

static const struct scap_flagname creat_flags[] = {
	{"FD_UPPER_LAYER_CREAT", 1},
	{"FD_LOWER_LAYER_CREAT", 2},
	{NULL, 0}
};

static const struct scap_flagname delete_module_flags[] = {
	{"O_NONBLOCK", 2},
	{"O_TRUNC", 1},
	{NULL, 0}
};

static const struct scap_flagname epoll_create1_flags[] = {
	{"EPOLL_CLOEXEC", 1},
	{NULL, 0}
};

static const struct scap_flagname execve_flags[] = {
	{"EXE_WRITABLE", 1},
	{NULL, 0}
};

static const struct scap_flagname execveat_flags[] = {
	{"AT_EMPTY_PATH", 1},
	{"AT_SYMLINK_NOFOLLOW", 2},
	{NULL, 0}
};

static const struct scap_flagname fchownat_flags[] = {
	{"AT_SYMLINK_NOFOLLOW", 1024},
	{"AT_EMPTY_PATH", 0x1000},
	{NULL, 0}
};

static const struct scap_flagname fcntl_commands[] = {
	{"F_GETPIPE_SZ", 29},
	{"F_SETPIPE_SZ", 28},
	{"F_NOTIFY", 27},
	{"F_DUPFD_CLOEXEC", 26},
	{"F_CANCELLK", 25},
	{"F_GETLEASE", 24},
	{"F_SETLEASE", 23},
	{"F_GETOWN_EX", 22},
	{"F_SETOWN_EX", 21},
	{"F_SETLKW64", 19},
	{"F_SETLK64", 18},
	{"F_GETLK64", 17},
	{"F_GETSIG", 15},
	{"F_SETSIG", 13},
	{"F_GETOWN", 12},
	{"F_SETOWN", 10},
	{"F_SETLKW", 9},
	{"F_SETLK", 8},
	{"F_GETLK", 6},
	{"F_SETFL", 5},
	{"F_GETFL", 4},
	{"F_SETFD", 3},
	{"F_GETFD", 2},
	{"F_DUPFD", 1},
	{"F_OFD_GETLK", 30},
	{"F_OFD_SETLK", 31},
	{"F_OFD_SETLKW", 32},
	{"UNKNOWN", 0},
	{NULL, 0}
};

static const struct scap_flagname file_flags[] = {
	{"O_LARGEFILE", 2048},
	{"O_DIRECTORY", 1024},
	{"O_DIRECT", 512},
	{"O_TRUNC", 256},
	{"O_SYNC", 128},
	{"O_NONBLOCK", 64},
	{"O_EXCL", 32},
	{"O_DSYNC", 16},
	{"O_APPEND", 8},
	{"O_CREAT", 4},
	{"O_RDWR", 3},
	{"O_WRONLY", 2},
	{"O_RDONLY", 1},
	{"O_CLOEXEC", 0x1000},
	{"O_NONE", 0},
	{"O_TMPFILE", 0x2000},
	{NULL, 0}
};

static const struct scap_flagname finit_module_flags[] = {
	{"MODULE_INIT_IGNORE_MODVERSIONS", 1},
	{"MODULE_INIT_IGNORE_VERMAGIC", 2},
	{"MODULE_INIT_COMPRESSED_FILE", 4},
	{NULL, 0}
};

static const struct scap_flagname flock_flags[] = {
	{"LOCK_SH", 1},
	{"LOCK_EX", 2},
	{"LOCK_NB", 4},
	{"LOCK_UN", 8},
	{"LOCK_NONE", 0},
	{NULL, 0}
};

static const struct scap_flagname fsconfig_cmds[] = {
	{"FSCONFIG_SET_FLAG", 0},
	{"FSCONFIG_SET_STRING", 1},
	{"FSCONFIG_SET_BINARY", 2},
	{"FSCONFIG_SET_PATH", 3},
	{"FSCONFIG_SET_PATH_EMPTY", 4},
	{"FSCONFIG_SET_FD", 5},
	{"FSCONFIG_CMD_CREATE", 6},
	{"FSCONFIG_CMD_RECONFIGURE", 7},
	{NULL, 0}
};

static const struct scap_flagname futex_operations[] = {
	{"FUTEX_CLOCK_REALTIME", 256},
	{"FUTEX_PRIVATE_FLAG", 128},
	{"FUTEX_CMP_REQUEUE_PI", 12},
	{"FUTEX_WAIT_REQUEUE_PI", 11},
	{"FUTEX_WAKE_BITSET", 10},
	{"FUTEX_WAIT_BITSET", 9},
	{"FUTEX_TRYLOCK_PI", 8},
	{"FUTEX_UNLOCK_PI", 7},
	{"FUTEX_LOCK_PI", 6},
	{"FUTEX_WAKE_OP", 5},
	{"FUTEX_CMP_REQUEUE", 4},
	{"FUTEX_REQUEUE", 3},
	{"FUTEX_FD", 2},
	{"FUTEX_WAKE", 1},
	{"FUTEX_WAIT", 0},
	{NULL, 0}
};

static const struct scap_flagname io_uring_enter_flags[] = {
	{"IORING_ENTER_GETEVENTS", 1},
	{"IORING_ENTER_SQ_WAKEUP", 2},
	{"IORING_ENTER_SQ_WAIT", 4},
	{"IORING_ENTER_EXT_ARG", 8},
	{NULL, 0}
};

static const struct scap_flagname io_uring_register_opcodes[] = {
	{"IORING_REGISTER_BUFFERS", 0},
	{"IORING_UNREGISTER_BUFFERS", 1},
	{"IORING_REGISTER_FILES", 2},
	{"IORING_UNREGISTER_FILES", 3},
	{"IORING_REGISTER_EVENTFD", 4},
	{"IORING_UNREGISTER_EVENTFD", 5},
	{"IORING_REGISTER_FILES_UPDATE", 6},
	{"IORING_REGISTER_EVENTFD_ASYNC", 7},
	{"IORING_REGISTER_PROBE", 8},
	{"IORING_REGISTER_PERSONALITY", 9},
	{"IORING_UNREGISTER_PERSONALITY", 10},
	{"IORING_REGISTER_RESTRICTIONS", 11},
	{"IORING_REGISTER_ENABLE_RINGS", 12},
	{"IORING_REGISTER_FILES2", 13},
	{"IORING_REGISTER_FILES_UPDATE2", 14},
	{"IORING_REGISTER_BUFFERS2", 15},
	{"IORING_REGISTER_BUFFERS_UPDATE", 16},
	{"IORING_REGISTER_IOWQ_AFF", 17},
	{"IORING_UNREGISTER_IOWQ_AFF", 18},
	{"IORING_REGISTER_IOWQ_MAX_WORKERS", 19},
	{"IORING_REGISTER_RING_FDS", 20},
	{"IORING_UNREGISTER_RING_FDS", 21},
	{NULL, 0}
};

static const struct scap_flagname io_uring_setup_feats[] = {
	{"IORING_FEAT_SINGLE_MMAP", 1},
	{"IORING_FEAT_NODROP", 2},
	{"IORING_FEAT_SUBMIT_STABLE", 4},
	{"IORING_FEAT_RW_CUR_POS", 8},
	{"IORING_FEAT_CUR_PERSONALITY", 16},
	{"IORING_FEAT_FAST_POLL", 32},
	{"IORING_FEAT_POLL_32BITS", 64},
	{"IORING_FEAT_SQPOLL_NONFIXED", 128},
	{"IORING_FEAT_ENTER_EXT_ARG", 256},
	{"IORING_FEAT_NATIVE_WORKERS", 512},
	{"IORING_FEAT_RSRC_TAGS", 1024},
	{NULL, 0}
};

static const struct scap_flagname io_uring_setup_flags[] = {
	{"IORING_SETUP_IOPOLL", 1},
	{"IORING_SETUP_SQPOLL", 2},
	{"IORING_SQ_NEED_WAKEUP", 4},
	{"IORING_SETUP_SQ_AFF", 8},
	{"IORING_SETUP_CQSIZE", 16},
	{"IORING_SETUP_CLAMP", 32},
	{"IORING_SETUP_ATTACH_RW", 64},
	{"IORING_SETUP_R_DISABLED", 128},
	{NULL, 0}
};

static const struct scap_flagname keyctl_operations[] = {
	{"KEYCTL_GET_KEYRING_ID", 0},
	{"KEYCTL_JOIN_SESSION_KEYRING", 1},
	{"KEYCTL_UPDATE", 2},
	{"KEYCTL_REVOKE", 3},
	{"KEYCTL_CHOWN", 4},
	{"KEYCTL_SETPERM", 5},
	{"KEYCTL_DESCRIBE", 6},
	{"KEYCTL_CLEAR", 7},
	{"KEYCTL_LINK", 8},
	{"KEYCTL_UNLINK", 9},
	{"KEYCTL_SEARCH", 10},
	{"KEYCTL_READ", 11},
	{"KEYCTL_INSTANTIATE", 12},
	{"KEYCTL_NEGATE", 13},
	{"KEYCTL_SET_REQKEY_KEYRING", 14},
	{"KEYCTL_SET_TIMEOUT", 15},
	{"KEYCTL_ASSUME_AUTHORITY", 16},
	{"KEYCTL_GET_SECURITY", 17},
	{"KEYCTL_SESSION_TO_PARENT", 18},
	{"KEYCTL_REJECT", 19},
	{"KEYCTL_INSTANTIATE_IOV", 20},
	{"KEYCTL_INVALIDATE", 21},
	{"KEYCTL_GET_PERSISTENT", 22},
	{"KEYCTL_DH_COMPUTE", 23},
	{"KEYCTL_PKEY_QUERY", 24},
	{"KEYCTL_PKEY_ENCRYPT", 25},
	{"KEYCTL_PKEY_DECRYPT", 26},
	{"KEYCTL_PKEY_SIGN", 27},
	{"KEYCTL_PKEY_VERIFY", 28},
	{"KEYCTL_RESTRICT_KEYRING", 29},
	{"KEYCTL_MOVE", 30},
	{"KEYCTL_CAPABILITIES", 31},
	{"KEYCTL_WATCH_KEY", 32},
	{NULL, 0}
};

static const struct scap_flagname linkat_flags[] = {
	{"AT_SYMLINK_FOLLOW", 1024},
	{"AT_EMPTY_PATH", 0x1000},
	{NULL, 0}
};

static const struct scap_flagname lseek_whence[] = {
	{"SEEK_END", 2},
	{"SEEK_CUR", 1},
	{"SEEK_SET", 0},
	{NULL, 0}
};

static const struct scap_flagname memfd_create_flags[] = {
	{"MFD_CLOEXEC", 1},
	{"MFD_ALLOW_SEALING", 2},
	{"MFD_HUGETLB", 4},
	{NULL, 0}
};

static const struct scap_flagname mknod_mode[] = {
	{"S_IXOTH", 1},
	{"S_IWOTH", 2},
	{"S_IROTH", 4},
	{"S_IXGRP", 8},
	{"S_IWGRP", 16},
	{"S_IRGRP", 32},
	{"S_IXUSR", 64},
	{"S_IWUSR", 128},
	{"S_IRUSR", 256},
	{"S_ISVTX", 512},
	{"S_ISGID", 1024},
	{"S_ISUID", 2048},
	{"S_IFREG", 0x8000},
	{"S_IFCHR", 0x2000},
	{"S_IFBLK", 0x6000},
	{"S_IFIFO", 0x1000},
	{"S_IFSOCK", 0xc000},
	{NULL, 0}
};

static const struct scap_flagname mlock2_flags[] = {
	{"MLOCK_ONFAULT", 1},
	{NULL, 0}
};

static const struct scap_flagname mlockall_flags[] = {
	{"MCL_CURRENT", 1},
	{"MCL_FUTURE", 2},
	{"MCL_ONFAULT", 4},
	{NULL, 0}
};

static const struct scap_flagname mmap_flags[] = {
	{"MAP_SHARED", 1},
	{"MAP_PRIVATE", 2},
	{"MAP_FIXED", 4},
	{"MAP_ANONYMOUS", 8},
	{"MAP_32BIT", 16},
	{"MAP_RENAME", 32},
	{"MAP_NORESERVE", 64},
	{"MAP_POPULATE", 128},
	{"MAP_NONBLOCK", 256},
	{"MAP_GROWSDOWN", 512},
	{"MAP_DENYWRITE", 1024},
	{"MAP_EXECUTABLE", 2048},
	{"MAP_INHERIT", 0x1000},
	{"MAP_FILE", 0x2000},
	{"MAP_LOCKED", 0x4000},
	{NULL, 0}
};

static const struct scap_flagname mount_flags[] = {
	{"RDONLY", 1},
	{"NOSUID", 2},
	{"NODEV", 4},
	{"NOEXEC", 8},
	{"SYNCHRONOUS", 16},
	{"REMOUNT", 32},
	{"MANDLOCK", 64},
	{"DIRSYNC", 128},
	{"NOATIME", 1024},
	{"NODIRATIME", 2048},
	{"BIND", 0x1000},
	{"MOVE", 0x2000},
	{"REC", 0x4000},
	{"SILENT", 0x8000},
	{"POSIXACL", 0x10000},
	{"UNBINDABLE", 0x20000},
	{"PRIVATE", 0x40000},
	{"SLAVE", 0x80000},
	{"SHARED", 0x100000},
	{"RELATIME", 0x200000},
	{"KERNMOUNT", 0x400000},
	{"I_VERSION", 0x800000},
	{"STRICTATIME", 0x1000000},
	{"LAZYTIME", 0x2000000},
	{"NOSEC", 0x10000000},
	{"BORN", 0x20000000},
	{"ACTIVE", 0x40000000},
	{"NOUSER", 0x80000000},
	{NULL, 0}
};

static const struct scap_flagname newfstatat_flags[] = {
	{"AT_EMPTY_PATH", 0x1000},
	{"AT_NO_AUTOMOUNT", 2048},
	{"AT_SYMLINK_NOFOLLOW", 256},
	{NULL, 0}
};

static const struct scap_flagname openat2_flags[] = {
	{"RESOLVE_BENEATH", 1},
	{"RESOLVE_IN_ROOT", 2},
	{"RESOLVE_NO_MAGICLINKS", 4},
	{"RESOLVE_NO_SYMLINKS", 8},
	{"RESOLVE_NO_XDEV", 16},
	{"RESOLVE_CACHED", 32},
	{NULL, 0}
};

static const struct scap_flagname pf_flags[] = {
	{"PROTECTION_VIOLATION", 1},
	{"PAGE_NOT_PRESENT", 2},
	{"WRITE_ACCESS", 4},
	{"READ_ACCESS", 8},
	{"USER_FAULT", 16},
	{"SUPERVISOR_FAULT", 32},
	{"RESERVED_PAGE", 64},
	{"INSTRUCTION_FETCH", 128},
	{NULL, 0}
};

static const struct scap_flagname pidfd_open_flags[] = {
	{"PIDFD_NONBLOCK", 1},
	{NULL, 0}
};

static const struct scap_flagname prctl_options[] = {
	{"PR_GET_DUMPABLE", 3},
	{"PR_SET_DUMPABLE", 4},
	{"PR_GET_KEEPCAPS", 7},
	{"PR_SET_KEEPCAPS", 8},
	{"PR_SET_NAME", 15},
	{"PR_GET_NAME", 16},
	{"PR_GET_SECCOMP", 21},
	{"PR_SET_SECCOMP", 22},
	{"PR_CAPBSET_READ", 23},
	{"PR_CAPBSET_DROP", 24},
	{"PR_GET_SECUREBITS", 27},
	{"PR_SET_SECUREBITS", 28},
	{"PR_MCE_KILL", 33},
	{"PR_MCE_KILL", 33},
	{"PR_SET_MM", 35},
	{"PR_SET_CHILD_SUBREAPER", 36},
	{"PR_GET_CHILD_SUBREAPER", 37},
	{"PR_SET_NO_NEW_PRIVS", 38},
	{"PR_GET_NO_NEW_PRIVS", 39},
	{"PR_GET_TID_ADDRESS", 40},
	{"PR_SET_THP_DISABLE", 41},
	{"PR_GET_THP_DISABLE", 42},
	{"PR_CAP_AMBIENT", 47},
	{NULL, 0}
};

static const struct scap_flagname prot_flags[] = {
	{"PROT_READ", 1},
	{"PROT_WRITE", 2},
	{"PROT_EXEC", 4},
	{"PROT_SEM", 8},
	{"PROT_GROWSDOWN", 16},
	{"PROT_GROWSUP", 32},
	{"PROT_SAO", 64},
	{"PROT_NONE", 0},
	{NULL, 0}
};

static const struct scap_flagname ptrace_requests[] = {
	{"PTRACE_SINGLEBLOCK", 38},
	{"PTRACE_SYSEMU_SINGLESTEP", 37},
	{"PTRACE_SYSEMU", 36},
	{"PTRACE_ARCH_PRCTL", 35},
	{"PTRACE_SET_THREAD_AREA", 34},
	{"PTRACE_GET_THREAD_AREA", 33},
	{"PTRACE_OLDSETOPTIONS", 32},
	{"PTRACE_SETFPXREGS", 31},
	{"PTRACE_GETFPXREGS", 30},
	{"PTRACE_SETFPREGS", 29},
	{"PTRACE_GETFPREGS", 28},
	{"PTRACE_SETREGS", 27},
	{"PTRACE_GETREGS", 26},
	{"PTRACE_SETSIGMASK", 25},
	{"PTRACE_GETSIGMASK", 24},
	{"PTRACE_PEEKSIGINFO", 23},
	{"PTRACE_LISTEN", 22},
	{"PTRACE_INTERRUPT", 21},
	{"PTRACE_SEIZE", 20},
	{"PTRACE_SETREGSET", 19},
	{"PTRACE_GETREGSET", 18},
	{"PTRACE_SETSIGINFO", 17},
	{"PTRACE_GETSIGINFO", 16},
	{"PTRACE_GETEVENTMSG", 15},
	{"PTRACE_SETOPTIONS", 14},
	{"PTRACE_SYSCALL", 13},
	{"PTRACE_DETACH", 12},
	{"PTRACE_ATTACH", 11},
	{"PTRACE_SINGLESTEP", 10},
	{"PTRACE_KILL", 9},
	{"PTRACE_CONT", 8},
	{"PTRACE_POKEUSR", 7},
	{"PTRACE_POKEDATA", 6},
	{"PTRACE_POKETEXT", 5},
	{"PTRACE_PEEKUSR", 4},
	{"PTRACE_PEEKDATA", 3},
	{"PTRACE_PEEKTEXT", 2},
	{"PTRACE_TRACEME", 1},
	{"PTRACE_UNKNOWN", 0},
	{NULL, 0}
};

static const struct scap_flagname quotactl_cmds[] = {
	{"Q_QUOTAON", 1},
	{"Q_QUOTAOFF", 2},
	{"Q_GETFMT", 4},
	{"Q_GETINFO", 8},
	{"Q_SETINFO", 16},
	{"Q_GETQUOTA", 32},
	{"Q_SETQUOTA", 64},
	{"Q_SYNC", 128},
	{"Q_XQUOTAON", 256},
	{"Q_XQUOTAOFF", 512},
	{"Q_XGETQUOTA", 1024},
	{"Q_XSETQLIM", 2048},
	{"Q_XGETQSTAT", 0x1000},
	{"Q_XQUOTARM", 0x2000},
	{"Q_XQUOTASYNC", 0x4000},
	{NULL, 0}
};

static const struct scap_flagname quotactl_dqi_flags[] = {
	{"DQF_NONE", 1},
	{"V1_DQF_RSQUASH", 2},
	{NULL, 0}
};

static const struct scap_flagname quotactl_quota_fmts[] = {
	{"QFMT_NOT_USED", 1},
	{"QFMT_VFS_OLD", 2},
	{"QFMT_VFS_V0", 4},
	{"QFMT_VFS_V1", 8},
	{NULL, 0}
};

static const struct scap_flagname quotactl_types[] = {
	{"USRQUOTA", 1},
	{"GRPQUOTA", 2},
	{NULL, 0}
};

static const struct scap_flagname renameat2_flags[] = {
	{"RENAME_NOREPLACE", 1},
	{"RENAME_EXCHANGE", 2},
	{"RENAME_WHITEOUT", 4},
	{NULL, 0}
};

static const struct scap_flagname rlimit_resources[] = {
	{"RLIMIT_UNKNOWN", 255},
	{"RLIMIT_RTTIME", 15},
	{"RLIMIT_RTPRIO", 14},
	{"RLIMIT_NICE", 13},
	{"RLIMIT_MSGQUEUE", 12},
	{"RLIMIT_SIGPENDING", 11},
	{"RLIMIT_LOCKS", 10},
	{"RLIMIT_AS", 9},
	{"RLIMIT_MEMLOCK", 8},
	{"RLIMIT_NOFILE", 7},
	{"RLIMIT_NPROC", 6},
	{"RLIMIT_RSS", 5},
	{"RLIMIT_CORE", 4},
	{"RLIMIT_STACK", 3},
	{"RLIMIT_DATA", 2},
	{"RLIMIT_FSIZE", 1},
	{"RLIMIT_CPU", 0},
	{NULL, 0}
};

static const struct scap_flagname semctl_commands[] = {
	{"IPC_STAT", 1},
	{"IPC_SET", 2},
	{"IPC_RMID", 4},
	{"IPC_INFO", 8},
	{"SEM_INFO", 16},
	{"SEM_STAT", 32},
	{"GETALL", 64},
	{"GETNCNT", 128},
	{"GETPID", 256},
	{"GETVAL", 512},
	{"GETZCNT", 1024},
	{"SETALL", 2048},
	{"SETVAL", 0x1000},
	{NULL, 0}
};

static const struct scap_flagname semget_flags[] = {
	{"IPC_EXCL", 0x4000},
	{"IPC_CREAT", 0x2000},
	{NULL, 0}
};

static const struct scap_flagname semop_flags[] = {
	{"IPC_NOWAIT", 1},
	{"SEM_UNDO", 2},
	{NULL, 0}
};

static const struct scap_flagname shutdown_how[] = {
	{"SHUT_RDWR", 2},
	{"SHUT_WR", 1},
	{"SHUT_RD", 0},
	{NULL, 0}
};

static const struct scap_flagname socket_families[] = {
	{"AF_NFC", 39},
	{"AF_ALG", 38},
	{"AF_CAIF", 37},
	{"AF_IEEE802154", 36},
	{"AF_PHONET", 35},
	{"AF_ISDN", 34},
	{"AF_RXRPC", 33},
	{"AF_IUCV", 32},
	{"AF_BLUETOOTH", 31},
	{"AF_TIPC", 30},
	{"AF_CAN", 29},
	{"AF_LLC", 26},
	{"AF_WANPIPE", 25},
	{"AF_PPPOX", 24},
	{"AF_IRDA", 23},
	{"AF_SNA", 22},
	{"AF_RDS", 21},
	{"AF_ATMSVC", 20},
	{"AF_ECONET", 19},
	{"AF_ASH", 18},
	{"AF_PACKET", 17},
	{"AF_ROUTE", 16},
	{"AF_NETLINK", 16},
	{"AF_KEY", 15},
	{"AF_SECURITY", 14},
	{"AF_NETBEUI", 13},
	{"AF_DECnet", 12},
	{"AF_ROSE", 11},
	{"AF_INET6", 10},
	{"AF_X25", 9},
	{"AF_ATMPVC", 8},
	{"AF_BRIDGE", 7},
	{"AF_NETROM", 6},
	{"AF_APPLETALK", 5},
	{"AF_IPX", 4},
	{"AF_AX25", 3},
	{"AF_INET", 2},
	{"AF_LOCAL", 1},
	{"AF_UNIX", 1},
	{"AF_UNSPEC", 0},
	{NULL, 0}
};

static const struct scap_flagname sockopt_levels[] = {
	{"SOL_SOCKET", 1},
	{"SOL_TCP", 2},
	{"UNKNOWN", 0},
	{NULL, 0}
};

static const struct scap_flagname sockopt_options[] = {
	{"SO_COOKIE", 53},
	{"SO_MEMINFO", 52},
	{"SO_PEERGROUPS", 51},
	{"SO_ATTACH_BPF", 50},
	{"SO_INCOMING_CPU", 49},
	{"SO_BPF_EXTENSIONS", 48},
	{"SO_MAX_PACING_RATE", 47},
	{"SO_BUSY_POLL", 46},
	{"SO_SELECT_ERR_QUEUE", 45},
	{"SO_LOCK_FILTER", 44},
	{"SO_NOFCS", 43},
	{"SO_PEEK_OFF", 42},
	{"SO_WIFI_STATUS", 41},
	{"SO_RXQ_OVFL", 40},
	{"SO_DOMAIN", 39},
	{"SO_PROTOCOL", 38},
	{"SO_TIMESTAMPING", 37},
	{"SO_MARK", 36},
	{"SO_TIMESTAMPNS", 35},
	{"SO_PASSSEC", 34},
	{"SO_PEERSEC", 31},
	{"SO_ACCEPTCONN", 30},
	{"SO_TIMESTAMP", 29},
	{"SO_PEERNAME", 28},
	{"SO_DETACH_FILTER", 27},
	{"SO_ATTACH_FILTER", 26},
	{"SO_BINDTODEVICE", 25},
	{"SO_SECURITY_ENCRYPTION_NETWORK", 24},
	{"SO_SECURITY_ENCRYPTION_TRANSPORT", 23},
	{"SO_SECURITY_AUTHENTICATION", 22},
	{"SO_SNDTIMEO", 21},
	{"SO_RCVTIMEO", 20},
	{"SO_SNDLOWAT", 19},
	{"SO_RCVLOWAT", 18},
	{"SO_PEERCRED", 17},
	{"SO_PASSCRED", 16},
	{"SO_REUSEPORT", 15},
	{"SO_BSDCOMPAT", 14},
	{"SO_LINGER", 13},
	{"SO_PRIORITY", 12},
	{"SO_NO_CHECK", 11},
	{"SO_OOBINLINE", 10},
	{"SO_KEEPALIVE", 9},
	{"SO_RCVBUFFORCE", 33},
	{"SO_SNDBUFFORCE", 32},
	{"SO_RCVBUF", 8},
	{"SO_SNDBUF", 7},
	{"SO_BROADCAST", 6},
	{"SO_DONTROUTE", 5},
	{"SO_ERROR", 4},
	{"SO_TYPE", 3},
	{"SO_REUSEADDR", 2},
	{"SO_DEBUG", 1},
	{"UNKNOWN", 0},
	{NULL, 0}
};

static const struct scap_flagname splice_flags[] = {
	{"SPLICE_F_MOVE", 1},
	{"SPLICE_F_NONBLOCK", 2},
	{"SPLICE_F_MORE", 4},
	{"SPLICE_F_GIFT", 8},
	{NULL, 0}
};

static const struct scap_flagname umount_flags[] = {
	{"FORCE", 1},
	{"DETACH", 2},
	{"EXPIRE", 4},
	{"NOFOLLOW", 8},
	{NULL, 0}
};

static const struct scap_flagname unlinkat_flags[] = {
	{"AT_REMOVEDIR", 512},
	{NULL, 0}
};

/*
 * PT_DYN sub-tables: the u8 index stored before the value selects the
 * value's type.
 */

static const struct scap_dyntype bpf_dynamic_param[] = {
	{PT_FD, PF_DEC},
	{PT_ERRNO, PF_DEC},
};

static const struct scap_dyntype keyctl_dynamic_param[] = {
	{PT_INT64, PF_DEC},
	{PT_CHARBUF, PF_NA},
};

static const struct scap_dyntype ptrace_dynamic_param[] = {
	{PT_UINT64, PF_HEX},
	{PT_SIGTYPE, PF_DEC},
};

static const struct scap_dyntype sockopt_dynamic_param[] = {
	{PT_BYTEBUF, PF_HEX},
	{PT_ERRNO, PF_DEC},
	{PT_UINT32, PF_DEC},
	{PT_UINT64, PF_DEC},
	{PT_RELTIME, PF_DEC},
};

/*
 * Parameters, one array per event id.  Members: name, type, print format,
 * dirfd param index (PT_FSRELPATH) or -1, entries in dyn, name table,
 * PT_DYN sub-table.
 */

static const struct scap_paraminfo p_generic_e[] = {
	{"ID", PT_SYSCALLID, PF_DEC, -1, 0, NULL, NULL},
	{"nativeID", PT_UINT16, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_generic_x[] = {
	{"ID", PT_SYSCALLID, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"nativeID", PT_UINT16, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_open_e[] = {
	{"name", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
	{"mode", PT_UINT32, PF_OCT, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_open_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
	{"mode", PT_UINT32, PF_OCT, -1, 0, NULL, NULL},
	{"dev", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"ino", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_close_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_close_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_read_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_read_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_write_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_write_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_brk_1_e[] = {
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_brk_1_x[] = {
	{"res", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_execve_8_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_clone_11_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_socket_e[] = {
	{"domain", PT_FLAGS32, PF_DEC, -1, 0, socket_families, NULL},
	{"type", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"proto", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_socket_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"domain", PT_ENUMFLAGS32, PF_DEC, -1, 0, socket_families, NULL},
	{"type", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"proto", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
};

static const struct scap_paraminfo p_socket_bind_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_bind_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"addr", PT_SOCKADDR, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_connect_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"addr", PT_SOCKADDR, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_connect_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"addr", PT_SOCKADDR, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_listen_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"backlog", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_listen_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"backlog", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_accept_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
	{"queuepct", PT_UINT8, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_send_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_send_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_sendto_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_sendto_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_recv_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_recv_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_recvfrom_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_recvfrom_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_shutdown_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"how", PT_FLAGS8, PF_HEX, -1, 0, shutdown_how, NULL},
};

static const struct scap_paraminfo p_socket_shutdown_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"how", PT_ENUMFLAGS8, PF_HEX, -1, 0, shutdown_how, NULL},
};

static const struct scap_paraminfo p_socket_socketpair_e[] = {
	{"domain", PT_FLAGS32, PF_DEC, -1, 0, socket_families, NULL},
	{"type", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"proto", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_socketpair_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd1", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"fd2", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"source", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"peer", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"domain", PT_ENUMFLAGS32, PF_DEC, -1, 0, socket_families, NULL},
	{"type", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"proto", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_setsockopt_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"level", PT_FLAGS8, PF_DEC, -1, 0, sockopt_levels, NULL},
	{"optname", PT_FLAGS8, PF_DEC, -1, 0, sockopt_options, NULL},
	{"val", PT_DYN, PF_DEC, -1, 5, NULL, sockopt_dynamic_param},
	{"optlen", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_getsockopt_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"level", PT_FLAGS8, PF_DEC, -1, 0, sockopt_levels, NULL},
	{"optname", PT_FLAGS8, PF_DEC, -1, 0, sockopt_options, NULL},
	{"val", PT_DYN, PF_DEC, -1, 5, NULL, sockopt_dynamic_param},
	{"optlen", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_sendmsg_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_sendmsg_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_sendmmsg_x[] = {
	/* appended by newer libs */
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_recvmsg_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_recvmsg_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"msgcontrol", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_recvmmsg_x[] = {
	/* appended by newer libs */
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
	{"msgcontrol", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_accept4_e[] = {
	{"flags", PT_INT32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_accept4_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
	{"queuepct", PT_UINT8, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_creat_e[] = {
	{"name", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"mode", PT_UINT32, PF_OCT, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_creat_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"mode", PT_UINT32, PF_OCT, -1, 0, NULL, NULL},
	{"dev", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"ino", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"creat_flags", PT_FLAGS16, PF_HEX, -1, 0, creat_flags, NULL},
};

static const struct scap_paraminfo p_syscall_pipe_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd1", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"fd2", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"ino", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_eventfd_e[] = {
	{"initval", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_eventfd_x[] = {
	{"res", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"initval", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_futex_e[] = {
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"op", PT_FLAGS16, PF_HEX, -1, 0, futex_operations, NULL},
	{"val", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_futex_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"op", PT_FLAGS16, PF_HEX, -1, 0, futex_operations, NULL},
	{"val", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_stat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_lstat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_fstat_e[] = {
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_fstat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_stat64_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_lstat64_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_fstat64_e[] = {
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_fstat64_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_epollwait_e[] = {
	{"maxevents", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_epollwait_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"maxevents", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_poll_e[] = {
	{"fds", PT_FDLIST, PF_DEC, -1, 0, NULL, NULL},
	{"timeout", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_poll_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fds", PT_FDLIST, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"timeout", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_select_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_newselect_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_lseek_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"offset", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"whence", PT_FLAGS8, PF_DEC, -1, 0, lseek_whence, NULL},
};

static const struct scap_paraminfo p_syscall_lseek_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"offset", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"whence", PT_ENUMFLAGS8, PF_DEC, -1, 0, lseek_whence, NULL},
};

static const struct scap_paraminfo p_syscall_llseek_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"offset", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"whence", PT_FLAGS8, PF_DEC, -1, 0, lseek_whence, NULL},
};

static const struct scap_paraminfo p_syscall_llseek_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"offset", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"whence", PT_ENUMFLAGS8, PF_DEC, -1, 0, lseek_whence, NULL},
};

static const struct scap_paraminfo p_syscall_ioctl_2_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"request", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_ioctl_2_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_getcwd_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_chdir_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_fchdir_e[] = {
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_fchdir_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mkdir_e[] = {
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"mode", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mkdir_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_rmdir_e[] = {
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_rmdir_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_openat_e[] = {
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
	{"mode", PT_UINT32, PF_OCT, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_openat_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_link_e[] = {
	{"oldpath", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"newpath", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_link_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_linkat_e[] = {
	{"olddir", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"oldpath", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"newdir", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"newpath", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_linkat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_unlink_e[] = {
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_unlink_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_unlinkat_e[] = {
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_unlinkat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_pread_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"pos", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_pread_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"pos", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_pwrite_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"pos", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_pwrite_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"pos", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_readv_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_readv_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_writev_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_writev_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_preadv_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"pos", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_preadv_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"pos", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_pwritev_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"pos", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_pwritev_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"pos", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_dup_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_dup_x[] = {
	{"res", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_signalfd_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"mask", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS8, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_signalfd_x[] = {
	{"res", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"mask", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
	{"flags", PT_UINT8, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_kill_e[] = {
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"sig", PT_SIGTYPE, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_kill_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"sig", PT_SIGTYPE, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_tkill_e[] = {
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"sig", PT_SIGTYPE, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_tkill_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"sig", PT_SIGTYPE, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_tgkill_e[] = {
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"sig", PT_SIGTYPE, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_tgkill_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"sig", PT_SIGTYPE, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_nanosleep_e[] = {
	{"interval", PT_RELTIME, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_nanosleep_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"interval", PT_RELTIME, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_timerfd_create_e[] = {
	{"clockid", PT_UINT8, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS8, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_timerfd_create_x[] = {
	{"res", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"clockid", PT_UINT8, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_UINT8, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_inotify_init_e[] = {
	{"flags", PT_FLAGS8, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_inotify_init_x[] = {
	{"res", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"flags", PT_UINT8, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_getrlimit_e[] = {
	{"resource", PT_FLAGS8, PF_DEC, -1, 0, rlimit_resources, NULL},
};

static const struct scap_paraminfo p_syscall_getrlimit_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"cur", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"max", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"resource", PT_ENUMFLAGS8, PF_DEC, -1, 0, rlimit_resources, NULL},
};

static const struct scap_paraminfo p_syscall_setrlimit_e[] = {
	{"resource", PT_FLAGS8, PF_DEC, -1, 0, rlimit_resources, NULL},
};

static const struct scap_paraminfo p_syscall_setrlimit_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"cur", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"max", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"resource", PT_ENUMFLAGS8, PF_DEC, -1, 0, rlimit_resources, NULL},
};

static const struct scap_paraminfo p_syscall_prlimit_e[] = {
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"resource", PT_FLAGS8, PF_DEC, -1, 0, rlimit_resources, NULL},
};

static const struct scap_paraminfo p_syscall_prlimit_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"newcur", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"newmax", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"oldcur", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"oldmax", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"pid", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"resource", PT_ENUMFLAGS8, PF_DEC, -1, 0, rlimit_resources, NULL},
};

static const struct scap_paraminfo p_schedswitch_1_e[] = {
	{"next", PT_PID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_drop_e[] = {
	{"ratio", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_drop_x[] = {
	{"ratio", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_fcntl_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"cmd", PT_FLAGS8, PF_DEC, -1, 0, fcntl_commands, NULL},
};

static const struct scap_paraminfo p_syscall_fcntl_x[] = {
	{"res", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"cmd", PT_ENUMFLAGS8, PF_DEC, -1, 0, fcntl_commands, NULL},
	{"arg", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_schedswitch_6_e[] = {
	{"next", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_execve_13_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_clone_16_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_brk_4_e[] = {
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_brk_4_x[] = {
	{"res", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mmap_e[] = {
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"length", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"prot", PT_FLAGS32, PF_HEX, -1, 0, prot_flags, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, mmap_flags, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"offset", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mmap_x[] = {
	{"res", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"length", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"prot", PT_FLAGS32, PF_HEX, -1, 0, prot_flags, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, mmap_flags, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"offset", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mmap2_e[] = {
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"length", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"prot", PT_FLAGS32, PF_HEX, -1, 0, prot_flags, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, mmap_flags, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"pgoffset", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mmap2_x[] = {
	{"res", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"length", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"prot", PT_FLAGS32, PF_HEX, -1, 0, prot_flags, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, mmap_flags, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"pgoffset", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_munmap_e[] = {
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"length", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_munmap_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"length", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_splice_e[] = {
	{"fd_in", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"fd_out", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, splice_flags, NULL},
};

static const struct scap_paraminfo p_syscall_splice_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd_in", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"fd_out", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, splice_flags, NULL},
};

static const struct scap_paraminfo p_syscall_ptrace_e[] = {
	{"request", PT_FLAGS16, PF_DEC, -1, 0, ptrace_requests, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_ptrace_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"addr", PT_DYN, PF_HEX, -1, 2, NULL, ptrace_dynamic_param},
	{"data", PT_DYN, PF_HEX, -1, 2, NULL, ptrace_dynamic_param},
	/* appended by newer libs */
	{"request", PT_ENUMFLAGS16, PF_DEC, -1, 0, ptrace_requests, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_ioctl_3_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"request", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"argument", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_ioctl_3_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"request", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"argument", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_execve_14_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"env", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_rename_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"oldpath", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"newpath", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_renameat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"olddirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"oldpath", PT_FSRELPATH, PF_NA, 1, 0, NULL, NULL},
	{"newdirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"newpath", PT_FSRELPATH, PF_NA, 3, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_symlink_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"target", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"linkpath", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_symlinkat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"target", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"linkdirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"linkpath", PT_FSRELPATH, PF_NA, 2, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_fork_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_vfork_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_procexit_1_e[] = {
	{"status", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"ret", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"sig", PT_SIGTYPE, PF_DEC, -1, 0, NULL, NULL},
	{"core", PT_UINT8, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"reaper_tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_sendfile_e[] = {
	{"out_fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"in_fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"offset", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_sendfile_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"offset", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"out_fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"in_fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_quotactl_e[] = {
	{"cmd", PT_FLAGS16, PF_DEC, -1, 0, quotactl_cmds, NULL},
	{"type", PT_FLAGS8, PF_DEC, -1, 0, quotactl_types, NULL},
	{"id", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"quota_fmt", PT_FLAGS8, PF_DEC, -1, 0, quotactl_quota_fmts, NULL},
};

static const struct scap_paraminfo p_syscall_quotactl_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"special", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"quotafilepath", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"dqb_bhardlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"dqb_bsoftlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"dqb_curspace", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"dqb_ihardlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"dqb_isoftlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"dqb_btime", PT_RELTIME, PF_DEC, -1, 0, NULL, NULL},
	{"dqb_itime", PT_RELTIME, PF_DEC, -1, 0, NULL, NULL},
	{"dqi_bgrace", PT_RELTIME, PF_DEC, -1, 0, NULL, NULL},
	{"dqi_igrace", PT_RELTIME, PF_DEC, -1, 0, NULL, NULL},
	{"dqi_flags", PT_FLAGS8, PF_DEC, -1, 0, quotactl_dqi_flags, NULL},
	{"quota_fmt_out", PT_FLAGS8, PF_DEC, -1, 0, quotactl_quota_fmts, NULL},
	/* appended by newer libs */
	{"cmd", PT_FLAGS16, PF_DEC, -1, 0, quotactl_cmds, NULL},
	{"type", PT_FLAGS8, PF_DEC, -1, 0, quotactl_types, NULL},
	{"id", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"quota_fmt", PT_FLAGS8, PF_DEC, -1, 0, quotactl_quota_fmts, NULL},
};

static const struct scap_paraminfo p_syscall_setresuid_e[] = {
	{"ruid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
	{"euid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
	{"suid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_setresuid_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"ruid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
	{"euid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
	{"suid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_setresgid_e[] = {
	{"rgid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
	{"egid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
	{"sgid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_setresgid_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"rgid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
	{"egid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
	{"sgid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_sysdigevent_e[] = {
	{"event_type", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"event_data", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_setuid_e[] = {
	{"uid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_setuid_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"uid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_setgid_e[] = {
	{"gid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_setgid_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"gid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_getuid_x[] = {
	{"uid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_geteuid_x[] = {
	{"euid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_getgid_x[] = {
	{"gid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_getegid_x[] = {
	{"egid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_getresuid_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"ruid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
	{"euid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
	{"suid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_getresgid_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"rgid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
	{"egid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
	{"sgid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_execve_15_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"env", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_clone_17_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_fork_17_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_vfork_17_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_clone_20_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"cgroups", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vtid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"vpid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"pidns_init_start_ts", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_fork_20_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"cgroups", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vtid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"vpid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"pidns_init_start_ts", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_vfork_20_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"cgroups", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vtid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"vpid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"pidns_init_start_ts", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_container_e[] = {
	{"id", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"type", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"image", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_execve_16_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"cgroups", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"env", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_signaldeliver_e[] = {
	{"spid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"dpid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"sig", PT_SIGTYPE, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_procinfo_e[] = {
	{"cpu_usr", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"cpu_sys", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_getdents_e[] = {
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_getdents_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_getdents64_e[] = {
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_getdents64_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_setns_e[] = {
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
	{"nstype", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
};

static const struct scap_paraminfo p_syscall_setns_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
	{"nstype", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
};

static const struct scap_paraminfo p_syscall_flock_e[] = {
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
	{"operation", PT_FLAGS32, PF_HEX, -1, 0, flock_flags, NULL},
};

static const struct scap_paraminfo p_syscall_flock_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fd", PT_FD, PF_NA, -1, 0, NULL, NULL},
	{"operation", PT_FLAGS32, PF_HEX, -1, 0, flock_flags, NULL},
};

static const struct scap_paraminfo p_cpu_hotplug_e[] = {
	{"cpu", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"action", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_accept_5_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
	{"queuepct", PT_UINT8, PF_DEC, -1, 0, NULL, NULL},
	{"queuelen", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"queuemax", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_accept4_5_e[] = {
	{"flags", PT_INT32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_accept4_5_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
	{"queuepct", PT_UINT8, PF_DEC, -1, 0, NULL, NULL},
	{"queuelen", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"queuemax", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_semop_e[] = {
	{"semid", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_semop_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"nsops", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"sem_num_0", PT_UINT16, PF_DEC, -1, 0, NULL, NULL},
	{"sem_op_0", PT_INT16, PF_DEC, -1, 0, NULL, NULL},
	{"sem_flg_0", PT_FLAGS16, PF_HEX, -1, 0, semop_flags, NULL},
	{"sem_num_1", PT_UINT16, PF_DEC, -1, 0, NULL, NULL},
	{"sem_op_1", PT_INT16, PF_DEC, -1, 0, NULL, NULL},
	{"sem_flg_1", PT_FLAGS16, PF_HEX, -1, 0, semop_flags, NULL},
	/* appended by newer libs */
	{"semid", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_semctl_e[] = {
	{"semid", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
	{"semnum", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
	{"cmd", PT_FLAGS16, PF_HEX, -1, 0, semctl_commands, NULL},
	{"val", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_semctl_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"semid", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
	{"semnum", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
	{"cmd", PT_FLAGS16, PF_HEX, -1, 0, semctl_commands, NULL},
	{"val", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_ppoll_e[] = {
	{"fds", PT_FDLIST, PF_DEC, -1, 0, NULL, NULL},
	{"timeout", PT_RELTIME, PF_DEC, -1, 0, NULL, NULL},
	{"sigmask", PT_SIGSET, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_ppoll_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fds", PT_FDLIST, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"timeout", PT_RELTIME, PF_DEC, -1, 0, NULL, NULL},
	{"sigmask", PT_SIGSET, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mount_e[] = {
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, mount_flags, NULL},
};

static const struct scap_paraminfo p_syscall_mount_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"dev", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"dir", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"type", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, mount_flags, NULL},
};

static const struct scap_paraminfo p_syscall_umount_e[] = {
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, umount_flags, NULL},
};

static const struct scap_paraminfo p_syscall_umount_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_k8s_e[] = {
	{"json", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_semget_e[] = {
	{"key", PT_INT32, PF_HEX, -1, 0, NULL, NULL},
	{"nsems", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
	{"semflg", PT_FLAGS32, PF_HEX, -1, 0, semget_flags, NULL},
};

static const struct scap_paraminfo p_syscall_semget_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"key", PT_INT32, PF_HEX, -1, 0, NULL, NULL},
	{"nsems", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
	{"semflg", PT_FLAGS32, PF_HEX, -1, 0, semget_flags, NULL},
};

static const struct scap_paraminfo p_syscall_access_e[] = {
	{"mode", PT_FLAGS32, PF_HEX, -1, 0, access_flags, NULL},
};

static const struct scap_paraminfo p_syscall_access_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"mode", PT_FLAGS32, PF_HEX, -1, 0, access_flags, NULL},
};

static const struct scap_paraminfo p_syscall_chroot_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_tracer_e[] = {
	{"id", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"tags", PT_CHARBUFARRAY, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_CHARBUF_PAIR_ARRAY, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_tracer_x[] = {
	{"id", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"tags", PT_CHARBUFARRAY, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_CHARBUF_PAIR_ARRAY, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_mesos_e[] = {
	{"json", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_container_json_e[] = {
	{"json", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_setsid_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mkdir_2_e[] = {
	{"mode", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mkdir_2_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"mode", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_rmdir_2_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_notification_e[] = {
	{"id", PT_CHARBUF, PF_DEC, -1, 0, NULL, NULL},
	{"desc", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_execve_17_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"cgroups", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"env", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tty", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_unshare_e[] = {
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
};

static const struct scap_paraminfo p_syscall_unshare_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
};

static const struct scap_paraminfo p_infrastructure_event_e[] = {
	{"source", PT_CHARBUF, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"description", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"scope", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_execve_18_e[] = {
	{"filename", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_execve_18_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"cgroups", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"env", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tty", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_page_fault_e[] = {
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"ip", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"error", PT_FLAGS32, PF_HEX, -1, 0, pf_flags, NULL},
};

static const struct scap_paraminfo p_syscall_execve_19_e[] = {
	{"filename", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_execve_19_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"cgroups", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"env", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tty", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
	{"pgid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"loginuid", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, execve_flags, NULL},
	/* appended by newer libs */
	{"cap_inheritable", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"cap_permitted", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"cap_effective", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"exe_ino", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"exe_ino_ctime", PT_ABSTIME, PF_DEC, -1, 0, NULL, NULL},
	{"exe_ino_mtime", PT_ABSTIME, PF_DEC, -1, 0, NULL, NULL},
	{"uid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
	{"trusted_exepath", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"pgid", PT_PID, PF_NA, -1, 0, NULL, NULL},
	{"gid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
	{"filename", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_setpgid_e[] = {
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pgid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_setpgid_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pgid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_bpf_e[] = {
	{"cmd", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_bpf_x[] = {
	{"res_or_fd", PT_DYN, PF_DEC, -1, 2, NULL, bpf_dynamic_param},
};

static const struct scap_paraminfo p_syscall_seccomp_e[] = {
	{"op", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"flags", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_seccomp_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"op", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_unlink_2_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_unlinkat_2_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_FSRELPATH, PF_NA, 1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, unlinkat_flags, NULL},
};

static const struct scap_paraminfo p_syscall_mkdirat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSRELPATH, PF_NA, 1, 0, NULL, NULL},
	{"mode", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_openat_2_e[] = {
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_FSRELPATH, PF_NA, 0, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
	{"mode", PT_UINT32, PF_OCT, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_openat_2_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_FSRELPATH, PF_NA, 1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
	{"mode", PT_UINT32, PF_OCT, -1, 0, NULL, NULL},
	{"dev", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"ino", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_link_2_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"oldpath", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"newpath", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_linkat_2_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"olddir", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"oldpath", PT_FSRELPATH, PF_NA, 1, 0, NULL, NULL},
	{"newdir", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"newpath", PT_FSRELPATH, PF_NA, 3, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, linkat_flags, NULL},
};

static const struct scap_paraminfo p_syscall_fchmodat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"filename", PT_FSRELPATH, PF_NA, 1, 0, NULL, NULL},
	{"mode", PT_MODE, PF_OCT, -1, 0, chmod_mode, NULL},
};

static const struct scap_paraminfo p_syscall_chmod_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"filename", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"mode", PT_MODE, PF_OCT, -1, 0, chmod_mode, NULL},
};

static const struct scap_paraminfo p_syscall_fchmod_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"mode", PT_MODE, PF_OCT, -1, 0, chmod_mode, NULL},
};

static const struct scap_paraminfo p_syscall_renameat2_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"olddirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"oldpath", PT_FSRELPATH, PF_NA, 1, 0, NULL, NULL},
	{"newdirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"newpath", PT_FSRELPATH, PF_NA, 3, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, renameat2_flags, NULL},
};

static const struct scap_paraminfo p_syscall_userfaultfd_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
};

static const struct scap_paraminfo p_pluginevent_e[] = {
	{"plugin ID", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"event_data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_container_json_2_e[] = {
	{"json", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_openat2_e[] = {
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_FSRELPATH, PF_NA, 1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
	{"mode", PT_UINT32, PF_OCT, -1, 0, NULL, NULL},
	{"resolve", PT_FLAGS32, PF_HEX, -1, 0, openat2_flags, NULL},
};

static const struct scap_paraminfo p_syscall_openat2_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_FSRELPATH, PF_NA, 1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
	{"mode", PT_UINT32, PF_OCT, -1, 0, NULL, NULL},
	{"resolve", PT_FLAGS32, PF_HEX, -1, 0, openat2_flags, NULL},
	/* appended by newer libs */
	{"dev", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
	{"ino", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mprotect_e[] = {
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"length", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"prot", PT_FLAGS32, PF_HEX, -1, 0, prot_flags, NULL},
};

static const struct scap_paraminfo p_syscall_mprotect_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"length", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"prot", PT_FLAGS32, PF_HEX, -1, 0, prot_flags, NULL},
};

static const struct scap_paraminfo p_syscall_execveat_e[] = {
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"pathname", PT_FSRELPATH, PF_NA, 0, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, execveat_flags, NULL},
};

static const struct scap_paraminfo p_syscall_execveat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"cgroups", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"env", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tty", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
	{"pgid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"loginuid", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, execve_flags, NULL},
	/* appended by newer libs */
	{"cap_inheritable", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"cap_permitted", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"cap_effective", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"exe_ino", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"exe_ino_ctime", PT_ABSTIME, PF_DEC, -1, 0, NULL, NULL},
	{"exe_ino_mtime", PT_ABSTIME, PF_DEC, -1, 0, NULL, NULL},
	{"uid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
	{"trusted_exepath", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"pgid", PT_PID, PF_NA, -1, 0, NULL, NULL},
	{"gid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_copy_file_range_e[] = {
	{"fdin", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"offin", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"len", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_copy_file_range_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fdout", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"offout", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"fdin", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"offin", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"len", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_clone3_x[] = {
	{"res", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"exe", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"args", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"tid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"ptid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"cgroups", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, clone_flags, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vtid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"vpid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	/* appended by newer libs */
	{"pidns_init_start_ts", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_open_by_handle_at_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"mountfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"dev", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
	{"ino", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_io_uring_setup_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"entries", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"sq_entries", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"cq_entries", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, io_uring_setup_flags, NULL},
	{"sq_thread_cpu", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"sq_thread_idle", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"features", PT_FLAGS32, PF_HEX, -1, 0, io_uring_setup_feats, NULL},
};

static const struct scap_paraminfo p_syscall_io_uring_enter_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"to_submit", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"min_complete", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, io_uring_enter_flags, NULL},
	{"sig", PT_SIGSET, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_io_uring_register_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"opcode", PT_ENUMFLAGS16, PF_DEC,
	    -1, 0, io_uring_register_opcodes, NULL},
	{"arg", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"nr_args", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mlock_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"len", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_munlock_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"len", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mlockall_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, mlockall_flags, NULL},
};

static const struct scap_paraminfo p_syscall_munlockall_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_capset_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"cap_inheritable", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"cap_permitted", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"cap_effective", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_user_added_e[] = {
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"home", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"shell", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"container_id", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_user_deleted_e[] = {
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"home", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"shell", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"container_id", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_group_added_e[] = {
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"container_id", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_group_deleted_e[] = {
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"container_id", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_dup2_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_dup2_x[] = {
	{"res", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"oldfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"newfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_dup3_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_dup3_x[] = {
	{"res", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"oldfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"newfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
};

static const struct scap_paraminfo p_syscall_dup_1_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_dup_1_x[] = {
	{"res", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"oldfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_bpf_2_e[] = {
	{"cmd", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_bpf_2_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"cmd", PT_ENUMFLAGS32, PF_DEC, -1, 0, bpf_commands, NULL},
};

static const struct scap_paraminfo p_syscall_mlock2_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"addr", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"len", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, mlock2_flags, NULL},
};

static const struct scap_paraminfo p_syscall_fsconfig_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"cmd", PT_ENUMFLAGS32, PF_DEC, -1, 0, fsconfig_cmds, NULL},
	{"key", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"value_bytebuf", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"value_charbuf", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"aux", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_epoll_create_e[] = {
	{"size", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_epoll_create_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"size", PT_INT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_epoll_create1_e[] = {
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, epoll_create1_flags, NULL},
};

static const struct scap_paraminfo p_syscall_epoll_create1_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, epoll_create1_flags, NULL},
};

static const struct scap_paraminfo p_syscall_chown_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_lchown_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_fchown_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_fchownat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"pathname", PT_FSRELPATH, PF_NA, 1, 0, NULL, NULL},
	{"uid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"gid", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, fchownat_flags, NULL},
};

static const struct scap_paraminfo p_syscall_umount_1_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_accept4_6_e[] = {
	{"flags", PT_INT32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_socket_accept4_6_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"tuple", PT_SOCKTUPLE, PF_NA, -1, 0, NULL, NULL},
	{"queuepct", PT_UINT8, PF_DEC, -1, 0, NULL, NULL},
	{"queuelen", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"queuemax", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_INT32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_umount2_e[] = {
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, umount_flags, NULL},
};

static const struct scap_paraminfo p_syscall_umount2_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, umount_flags, NULL},
};

static const struct scap_paraminfo p_syscall_pipe2_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd1", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"fd2", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"ino", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
};

static const struct scap_paraminfo p_syscall_inotify_init1_x[] = {
	{"res", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS16, PF_HEX, -1, 0, file_flags, NULL},
};

static const struct scap_paraminfo p_syscall_eventfd2_e[] = {
	{"initval", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_eventfd2_x[] = {
	{"res", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS16, PF_HEX, -1, 0, file_flags, NULL},
	{"initval", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_signalfd4_e[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"mask", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_signalfd4_x[] = {
	{"res", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS16, PF_HEX, -1, 0, file_flags, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"mask", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_prctl_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"option", PT_ENUMFLAGS32, PF_DEC, -1, 0, prctl_options, NULL},
	{"arg2_str", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"arg2_int", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_asyncevent_e[] = {
	{"plugin_id", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_memfd_create_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, memfd_create_flags, NULL},
};

static const struct scap_paraminfo p_syscall_pidfd_getfd_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"pid_fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"target_fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_UINT32, PF_HEX, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_pidfd_open_x[] = {
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, pidfd_open_flags, NULL},
};

static const struct scap_paraminfo p_syscall_init_module_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"img", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
	{"length", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"uargs", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_finit_module_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"fd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"uargs", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, finit_module_flags, NULL},
};

static const struct scap_paraminfo p_syscall_mknod_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"mode", PT_MODE, PF_OCT, -1, 0, mknod_mode, NULL},
	{"dev", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_mknodat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSRELPATH, PF_NA, 1, 0, NULL, NULL},
	{"mode", PT_MODE, PF_OCT, -1, 0, mknod_mode, NULL},
	{"dev", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_newfstatat_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"dirfd", PT_FD, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSRELPATH, PF_NA, 1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, newfstatat_flags, NULL},
};

static const struct scap_paraminfo p_syscall_process_vm_readv_x[] = {
	{"res", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_process_vm_writev_x[] = {
	{"res", PT_INT64, PF_DEC, -1, 0, NULL, NULL},
	{"pid", PT_PID, PF_DEC, -1, 0, NULL, NULL},
	{"data", PT_BYTEBUF, PF_NA, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_delete_module_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"name", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, delete_module_flags, NULL},
};

static const struct scap_paraminfo p_syscall_setreuid_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"ruid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
	{"euid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_setregid_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"rgid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
	{"egid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_iter_task_e[] = {
	{"ppid", PT_PID32, PF_DEC, -1, 0, NULL, NULL},
	{"pgid", PT_PID32, PF_DEC, -1, 0, NULL, NULL},
	{"vpgid", PT_PID32, PF_DEC, -1, 0, NULL, NULL},
	{"sid", PT_PID32, PF_DEC, -1, 0, NULL, NULL},
	{"comm", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"argv", PT_CHARBUFARRAY, PF_NA, -1, 0, NULL, NULL},
	{"exepath", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, execve_flags, NULL},
	{"env", PT_CHARBUFARRAY, PF_NA, -1, 0, NULL, NULL},
	{"cwd", PT_CHARBUF, PF_NA, -1, 0, NULL, NULL},
	{"fdlimit", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"euid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
	{"egid", PT_GID, PF_DEC, -1, 0, NULL, NULL},
	{"cap_permitted", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"cap_effective", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"cap_inheritable", PT_UINT64, PF_HEX, -1, 0, NULL, NULL},
	{"exe_ino_num", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"exe_ino_ctime", PT_ABSTIME, PF_DEC, -1, 0, NULL, NULL},
	{"exe_ino_mtime", PT_ABSTIME, PF_DEC, -1, 0, NULL, NULL},
	{"vm_size", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_rss", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"vm_swap", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_maj", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"pgft_min", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"vtgid", PT_PID32, PF_DEC, -1, 0, NULL, NULL},
	{"vpid", PT_PID32, PF_DEC, -1, 0, NULL, NULL},
	{"pidns_init_start_ts", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
	{"cgroups", PT_CHARBUFARRAY, PF_NA, -1, 0, NULL, NULL},
	{"root", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"start_time", PT_ABSTIME, PF_DEC, -1, 0, NULL, NULL},
	{"tty", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"loginuid", PT_UID, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_iter_task_file_pipe_e[] = {
	{"fd", PT_FD32, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"ino_num", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_iter_task_file_memfd_e[] = {
	{"fd", PT_FD32, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"ino_num", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_iter_task_file_regular_e[] = {
	{"fd", PT_FD32, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, file_flags, NULL},
	{"mnt_id", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"ino_num", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_iter_task_file_directory_e[] = {
	{"fd", PT_FD32, PF_DEC, -1, 0, NULL, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"ino_num", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_iter_task_file_socket_inet_e[] = {
	{"fd", PT_FD32, PF_DEC, -1, 0, NULL, NULL},
	{"sk_type", PT_UINT16, PF_DEC, -1, 0, NULL, NULL},
	{"sk_proto", PT_UINT16, PF_DEC, -1, 0, NULL, NULL},
	{"local_ip", PT_IPV4ADDR, PF_HEX, -1, 0, NULL, NULL},
	{"local_port", PT_PORT, PF_HEX, -1, 0, NULL, NULL},
	{"remote_ip", PT_IPV4ADDR, PF_HEX, -1, 0, NULL, NULL},
	{"remote_port", PT_PORT, PF_HEX, -1, 0, NULL, NULL},
	{"ino_num", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_iter_task_file_socket_inet6_e[] = {
	{"fd", PT_FD32, PF_DEC, -1, 0, NULL, NULL},
	{"sk_type", PT_UINT16, PF_DEC, -1, 0, NULL, NULL},
	{"sk_proto", PT_UINT16, PF_DEC, -1, 0, NULL, NULL},
	{"local_ip", PT_IPV6ADDR, PF_HEX, -1, 0, NULL, NULL},
	{"local_port", PT_PORT, PF_HEX, -1, 0, NULL, NULL},
	{"remote_ip", PT_IPV6ADDR, PF_HEX, -1, 0, NULL, NULL},
	{"remote_port", PT_PORT, PF_HEX, -1, 0, NULL, NULL},
	{"ino_num", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_iter_task_file_socket_unix_e[] = {
	{"fd", PT_FD32, PF_DEC, -1, 0, NULL, NULL},
	{"sk_type", PT_UINT16, PF_DEC, -1, 0, NULL, NULL},
	{"sk_proto", PT_UINT16, PF_DEC, -1, 0, NULL, NULL},
	{"sk_pointer", PT_UINT64, PF_NA, -1, 0, NULL, NULL},
	{"sun_path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"ino_num", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_iter_task_file_socket_netlink_e[] = {
	{"fd", PT_FD32, PF_DEC, -1, 0, NULL, NULL},
	{"sk_type", PT_UINT16, PF_DEC, -1, 0, NULL, NULL},
	{"sk_proto", PT_UINT16, PF_DEC, -1, 0, NULL, NULL},
	{"ino_num", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_iter_task_file_anon_inode_e[] = {
	{"fd", PT_FD32, PF_DEC, -1, 0, NULL, NULL},
	{"fd_type", PT_FLAGS8, PF_DEC, -1, 0, anon_inode_fd_types, NULL},
	{"path", PT_FSPATH, PF_NA, -1, 0, NULL, NULL},
	{"ino_num", PT_UINT64, PF_DEC, -1, 0, NULL, NULL},
};

static const struct scap_paraminfo p_syscall_close_range_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"first", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"last", PT_UINT32, PF_DEC, -1, 0, NULL, NULL},
	{"flags", PT_FLAGS32, PF_HEX, -1, 0, close_range_flags, NULL},
};

static const struct scap_paraminfo p_syscall_keyctl_x[] = {
	{"res", PT_ERRNO, PF_DEC, -1, 0, NULL, NULL},
	{"operation", PT_ENUMFLAGS32, PF_DEC, -1, 0, keyctl_operations, NULL},
	{"arg2", PT_DYN, PF_DEC, -1, 2, NULL, keyctl_dynamic_param},
	{"arg3", PT_DYN, PF_DEC, -1, 2, NULL, keyctl_dynamic_param},
	{"arg4", PT_DYN, PF_DEC, -1, 2, NULL, keyctl_dynamic_param},
	{"arg5", PT_DYN, PF_DEC, -1, 2, NULL, keyctl_dynamic_param},
};

/*
 * The events, indexed by id: name, category, flags, nparams, nparams_max,
 * params.
 */
const struct scap_eventinfo scapint_events[SCAP_EVENT_MAX] = {
	/* 0 PPME_GENERIC_E */
	[0] = {"syscall", EC_OTHER, EF_NONE,
	    2, 2, p_generic_e},
	/* 1 PPME_GENERIC_X */
	[1] = {"syscall", EC_OTHER, EF_NONE,
	    1, 2, p_generic_x},
	/* 2 PPME_SYSCALL_OPEN_E */
	[2] = {"open", EC_FILE, EF_CREATES_FD | EF_MODIFIES_STATE,
	    3, 3, p_syscall_open_e},
	/* 3 PPME_SYSCALL_OPEN_X */
	[3] = {"open", EC_FILE, EF_CREATES_FD | EF_MODIFIES_STATE,
	    5, 6, p_syscall_open_x},
	/* 4 PPME_SYSCALL_CLOSE_E */
	[4] = {"close", EC_IO_OTHER,
	    EF_DESTROYS_FD | EF_USES_FD | EF_MODIFIES_STATE |
	    EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_close_e},
	/* 5 PPME_SYSCALL_CLOSE_X */
	[5] = {"close", EC_IO_OTHER,
	    EF_DESTROYS_FD | EF_USES_FD | EF_MODIFIES_STATE |
	    EF_DROP_SIMPLE_CONS,
	    1, 2, p_syscall_close_x},
	/* 6 PPME_SYSCALL_READ_E */
	[6] = {"read", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_read_e},
	/* 7 PPME_SYSCALL_READ_X */
	[7] = {"read", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_DROP_SIMPLE_CONS,
	    2, 4, p_syscall_read_x},
	/* 8 PPME_SYSCALL_WRITE_E */
	[8] = {"write", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_write_e},
	/* 9 PPME_SYSCALL_WRITE_X */
	[9] = {"write", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_DROP_SIMPLE_CONS,
	    2, 4, p_syscall_write_x},
	/* 10 PPME_SYSCALL_BRK_1_E */
	[10] = {"brk", EC_MEMORY, EF_OLD_VERSION,
	    1, 1, p_syscall_brk_1_e},
	/* 11 PPME_SYSCALL_BRK_1_X */
	[11] = {"brk", EC_MEMORY, EF_OLD_VERSION,
	    1, 1, p_syscall_brk_1_x},
	/* 12 PPME_SYSCALL_EXECVE_8_E */
	[12] = {"execve", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 13 PPME_SYSCALL_EXECVE_8_X */
	[13] = {"execve", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    8, 8, p_syscall_execve_8_x},
	/* 14 PPME_SYSCALL_CLONE_11_E */
	[14] = {"clone", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 15 PPME_SYSCALL_CLONE_11_X */
	[15] = {"clone", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    11, 11, p_syscall_clone_11_x},
	/* 16 PPME_PROCEXIT_E */
	[16] = {"procexit", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 17 PPME_PROCEXIT_X */
	[17] = {"NA1", EC_PROCESS, EF_UNUSED,
	    0, 0, NULL},
	/* 18 PPME_SOCKET_SOCKET_E */
	[18] = {"socket", EC_NET, EF_CREATES_FD | EF_MODIFIES_STATE,
	    3, 3, p_socket_socket_e},
	/* 19 PPME_SOCKET_SOCKET_X */
	[19] = {"socket", EC_NET, EF_CREATES_FD | EF_MODIFIES_STATE,
	    1, 5, p_socket_socket_x},
	/* 20 PPME_SOCKET_BIND_E */
	[20] = {"bind", EC_NET, EF_USES_FD | EF_MODIFIES_STATE,
	    1, 1, p_socket_bind_e},
	/* 21 PPME_SOCKET_BIND_X */
	[21] = {"bind", EC_NET, EF_USES_FD | EF_MODIFIES_STATE,
	    2, 3, p_socket_bind_x},
	/* 22 PPME_SOCKET_CONNECT_E */
	[22] = {"connect", EC_NET, EF_USES_FD | EF_MODIFIES_STATE,
	    2, 2, p_socket_connect_e},
	/* 23 PPME_SOCKET_CONNECT_X */
	[23] = {"connect", EC_NET, EF_USES_FD | EF_MODIFIES_STATE,
	    2, 4, p_socket_connect_x},
	/* 24 PPME_SOCKET_LISTEN_E */
	[24] = {"listen", EC_NET, EF_USES_FD,
	    2, 2, p_socket_listen_e},
	/* 25 PPME_SOCKET_LISTEN_X */
	[25] = {"listen", EC_NET, EF_USES_FD,
	    1, 3, p_socket_listen_x},
	/* 26 PPME_SOCKET_ACCEPT_E */
	[26] = {"accept", EC_NET,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 27 PPME_SOCKET_ACCEPT_X */
	[27] = {"accept", EC_NET,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    3, 3, p_socket_accept_x},
	/* 28 PPME_SOCKET_SEND_E */
	[28] = {"send", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_DROP_SIMPLE_CONS,
	    2, 2, p_socket_send_e},
	/* 29 PPME_SOCKET_SEND_X */
	[29] = {"send", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_DROP_SIMPLE_CONS,
	    2, 5, p_socket_send_x},
	/* 30 PPME_SOCKET_SENDTO_E */
	[30] = {"sendto", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_MODIFIES_STATE,
	    3, 3, p_socket_sendto_e},
	/* 31 PPME_SOCKET_SENDTO_X */
	[31] = {"sendto", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_MODIFIES_STATE,
	    2, 5, p_socket_sendto_x},
	/* 32 PPME_SOCKET_RECV_E */
	[32] = {"recv", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_DROP_SIMPLE_CONS,
	    2, 2, p_socket_recv_e},
	/* 33 PPME_SOCKET_RECV_X */
	[33] = {"recv", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_DROP_SIMPLE_CONS,
	    2, 5, p_socket_recv_x},
	/* 34 PPME_SOCKET_RECVFROM_E */
	[34] = {"recvfrom", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_MODIFIES_STATE,
	    2, 2, p_socket_recvfrom_e},
	/* 35 PPME_SOCKET_RECVFROM_X */
	[35] = {"recvfrom", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_MODIFIES_STATE,
	    3, 5, p_socket_recvfrom_x},
	/* 36 PPME_SOCKET_SHUTDOWN_E */
	[36] = {"shutdown", EC_NET,
	    EF_USES_FD | EF_MODIFIES_STATE | EF_DROP_SIMPLE_CONS,
	    2, 2, p_socket_shutdown_e},
	/* 37 PPME_SOCKET_SHUTDOWN_X */
	[37] = {"shutdown", EC_NET,
	    EF_USES_FD | EF_MODIFIES_STATE | EF_DROP_SIMPLE_CONS,
	    1, 3, p_socket_shutdown_x},
	/* 38 PPME_SOCKET_GETSOCKNAME_E */
	[38] = {"getsockname", EC_NET, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 39 PPME_SOCKET_GETSOCKNAME_X */
	[39] = {"getsockname", EC_NET, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 40 PPME_SOCKET_GETPEERNAME_E */
	[40] = {"getpeername", EC_NET, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 41 PPME_SOCKET_GETPEERNAME_X */
	[41] = {"getpeername", EC_NET, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 42 PPME_SOCKET_SOCKETPAIR_E */
	[42] = {"socketpair", EC_IPC, EF_CREATES_FD | EF_MODIFIES_STATE,
	    3, 3, p_socket_socketpair_e},
	/* 43 PPME_SOCKET_SOCKETPAIR_X */
	[43] = {"socketpair", EC_IPC, EF_CREATES_FD | EF_MODIFIES_STATE,
	    5, 8, p_socket_socketpair_x},
	/* 44 PPME_SOCKET_SETSOCKOPT_E */
	[44] = {"setsockopt", EC_NET, EF_NONE,
	    0, 0, NULL},
	/* 45 PPME_SOCKET_SETSOCKOPT_X */
	[45] = {"setsockopt", EC_NET, EF_USES_FD,
	    6, 6, p_socket_setsockopt_x},
	/* 46 PPME_SOCKET_GETSOCKOPT_E */
	[46] = {"getsockopt", EC_NET, EF_MODIFIES_STATE | EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 47 PPME_SOCKET_GETSOCKOPT_X */
	[47] = {"getsockopt", EC_NET,
	    EF_USES_FD | EF_MODIFIES_STATE | EF_DROP_SIMPLE_CONS,
	    6, 6, p_socket_getsockopt_x},
	/* 48 PPME_SOCKET_SENDMSG_E */
	[48] = {"sendmsg", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_MODIFIES_STATE,
	    3, 3, p_socket_sendmsg_e},
	/* 49 PPME_SOCKET_SENDMSG_X */
	[49] = {"sendmsg", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_MODIFIES_STATE,
	    2, 5, p_socket_sendmsg_x},
	/* 50 PPME_SOCKET_SENDMMSG_E */
	[50] = {"sendmmsg", EC_IO_WRITE, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 51 PPME_SOCKET_SENDMMSG_X */
	[51] = {"sendmmsg", EC_IO_WRITE, EF_DROP_SIMPLE_CONS,
	    0, 5, p_socket_sendmmsg_x},
	/* 52 PPME_SOCKET_RECVMSG_E */
	[52] = {"recvmsg", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_MODIFIES_STATE,
	    1, 1, p_socket_recvmsg_e},
	/* 53 PPME_SOCKET_RECVMSG_X */
	[53] = {"recvmsg", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_MODIFIES_STATE,
	    4, 6, p_socket_recvmsg_x},
	/* 54 PPME_SOCKET_RECVMMSG_E */
	[54] = {"recvmmsg", EC_IO_READ, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 55 PPME_SOCKET_RECVMMSG_X */
	[55] = {"recvmmsg", EC_IO_READ, EF_DROP_SIMPLE_CONS,
	    0, 6, p_socket_recvmmsg_x},
	/* 56 PPME_SOCKET_ACCEPT4_E */
	[56] = {"accept", EC_NET,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    1, 1, p_socket_accept4_e},
	/* 57 PPME_SOCKET_ACCEPT4_X */
	[57] = {"accept", EC_NET,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    3, 3, p_socket_accept4_x},
	/* 58 PPME_SYSCALL_CREAT_E */
	[58] = {"creat", EC_FILE, EF_CREATES_FD | EF_MODIFIES_STATE,
	    2, 2, p_syscall_creat_e},
	/* 59 PPME_SYSCALL_CREAT_X */
	[59] = {"creat", EC_FILE, EF_CREATES_FD | EF_MODIFIES_STATE,
	    4, 6, p_syscall_creat_x},
	/* 60 PPME_SYSCALL_PIPE_E */
	[60] = {"pipe", EC_IPC, EF_CREATES_FD | EF_MODIFIES_STATE,
	    0, 0, NULL},
	/* 61 PPME_SYSCALL_PIPE_X */
	[61] = {"pipe", EC_IPC, EF_CREATES_FD | EF_MODIFIES_STATE,
	    4, 4, p_syscall_pipe_x},
	/* 62 PPME_SYSCALL_EVENTFD_E */
	[62] = {"eventfd", EC_IPC,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_eventfd_e},
	/* 63 PPME_SYSCALL_EVENTFD_X */
	[63] = {"eventfd", EC_IPC,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_DROP_SIMPLE_CONS,
	    1, 3, p_syscall_eventfd_x},
	/* 64 PPME_SYSCALL_FUTEX_E */
	[64] = {"futex", EC_IPC, EF_DROP_SIMPLE_CONS,
	    3, 3, p_syscall_futex_e},
	/* 65 PPME_SYSCALL_FUTEX_X */
	[65] = {"futex", EC_IPC, EF_DROP_SIMPLE_CONS,
	    1, 4, p_syscall_futex_x},
	/* 66 PPME_SYSCALL_STAT_E */
	[66] = {"stat", EC_FILE, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 67 PPME_SYSCALL_STAT_X */
	[67] = {"stat", EC_FILE, EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_stat_x},
	/* 68 PPME_SYSCALL_LSTAT_E */
	[68] = {"lstat", EC_FILE, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 69 PPME_SYSCALL_LSTAT_X */
	[69] = {"lstat", EC_FILE, EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_lstat_x},
	/* 70 PPME_SYSCALL_FSTAT_E */
	[70] = {"fstat", EC_FILE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_fstat_e},
	/* 71 PPME_SYSCALL_FSTAT_X */
	[71] = {"fstat", EC_FILE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    1, 2, p_syscall_fstat_x},
	/* 72 PPME_SYSCALL_STAT64_E */
	[72] = {"stat64", EC_FILE, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 73 PPME_SYSCALL_STAT64_X */
	[73] = {"stat64", EC_FILE, EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_stat64_x},
	/* 74 PPME_SYSCALL_LSTAT64_E */
	[74] = {"lstat64", EC_FILE, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 75 PPME_SYSCALL_LSTAT64_X */
	[75] = {"lstat64", EC_FILE, EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_lstat64_x},
	/* 76 PPME_SYSCALL_FSTAT64_E */
	[76] = {"fstat64", EC_FILE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_fstat64_e},
	/* 77 PPME_SYSCALL_FSTAT64_X */
	[77] = {"fstat64", EC_FILE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_fstat64_x},
	/* 78 PPME_SYSCALL_EPOLLWAIT_E */
	[78] = {"epoll_wait", EC_WAIT, EF_WAITS | EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_epollwait_e},
	/* 79 PPME_SYSCALL_EPOLLWAIT_X */
	[79] = {"epoll_wait", EC_WAIT, EF_WAITS | EF_DROP_SIMPLE_CONS,
	    1, 2, p_syscall_epollwait_x},
	/* 80 PPME_SYSCALL_POLL_E */
	[80] = {"poll", EC_WAIT, EF_WAITS | EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_poll_e},
	/* 81 PPME_SYSCALL_POLL_X */
	[81] = {"poll", EC_WAIT, EF_WAITS | EF_DROP_SIMPLE_CONS,
	    2, 3, p_syscall_poll_x},
	/* 82 PPME_SYSCALL_SELECT_E */
	[82] = {"select", EC_WAIT, EF_WAITS | EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 83 PPME_SYSCALL_SELECT_X */
	[83] = {"select", EC_WAIT, EF_WAITS | EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_select_x},
	/* 84 PPME_SYSCALL_NEWSELECT_E */
	[84] = {"select", EC_WAIT, EF_WAITS | EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 85 PPME_SYSCALL_NEWSELECT_X */
	[85] = {"select", EC_WAIT, EF_WAITS | EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_newselect_x},
	/* 86 PPME_SYSCALL_LSEEK_E */
	[86] = {"lseek", EC_FILE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    3, 3, p_syscall_lseek_e},
	/* 87 PPME_SYSCALL_LSEEK_X */
	[87] = {"lseek", EC_FILE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    1, 4, p_syscall_lseek_x},
	/* 88 PPME_SYSCALL_LLSEEK_E */
	[88] = {"llseek", EC_FILE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    3, 3, p_syscall_llseek_e},
	/* 89 PPME_SYSCALL_LLSEEK_X */
	[89] = {"llseek", EC_FILE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    1, 4, p_syscall_llseek_x},
	/* 90 PPME_SYSCALL_IOCTL_2_E */
	[90] = {"ioctl", EC_IO_OTHER, EF_USES_FD | EF_OLD_VERSION,
	    2, 2, p_syscall_ioctl_2_e},
	/* 91 PPME_SYSCALL_IOCTL_2_X */
	[91] = {"ioctl", EC_IO_OTHER, EF_USES_FD | EF_OLD_VERSION,
	    1, 1, p_syscall_ioctl_2_x},
	/* 92 PPME_SYSCALL_GETCWD_E */
	[92] = {"getcwd", EC_FILE, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 93 PPME_SYSCALL_GETCWD_X */
	[93] = {"getcwd", EC_FILE, EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_getcwd_x},
	/* 94 PPME_SYSCALL_CHDIR_E */
	[94] = {"chdir", EC_FILE, EF_MODIFIES_STATE,
	    0, 0, NULL},
	/* 95 PPME_SYSCALL_CHDIR_X */
	[95] = {"chdir", EC_FILE, EF_MODIFIES_STATE,
	    2, 2, p_syscall_chdir_x},
	/* 96 PPME_SYSCALL_FCHDIR_E */
	[96] = {"fchdir", EC_FILE, EF_USES_FD | EF_MODIFIES_STATE,
	    1, 1, p_syscall_fchdir_e},
	/* 97 PPME_SYSCALL_FCHDIR_X */
	[97] = {"fchdir", EC_FILE, EF_USES_FD | EF_MODIFIES_STATE,
	    1, 2, p_syscall_fchdir_x},
	/* 98 PPME_SYSCALL_MKDIR_E */
	[98] = {"mkdir", EC_FILE, EF_NONE,
	    2, 2, p_syscall_mkdir_e},
	/* 99 PPME_SYSCALL_MKDIR_X */
	[99] = {"mkdir", EC_FILE, EF_NONE,
	    1, 1, p_syscall_mkdir_x},
	/* 100 PPME_SYSCALL_RMDIR_E */
	[100] = {"rmdir", EC_FILE, EF_NONE,
	    1, 1, p_syscall_rmdir_e},
	/* 101 PPME_SYSCALL_RMDIR_X */
	[101] = {"rmdir", EC_FILE, EF_NONE,
	    1, 1, p_syscall_rmdir_x},
	/* 102 PPME_SYSCALL_OPENAT_E */
	[102] = {"openat", EC_FILE,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    4, 4, p_syscall_openat_e},
	/* 103 PPME_SYSCALL_OPENAT_X */
	[103] = {"openat", EC_FILE,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    1, 1, p_syscall_openat_x},
	/* 104 PPME_SYSCALL_LINK_E */
	[104] = {"link", EC_FILE, EF_OLD_VERSION,
	    2, 2, p_syscall_link_e},
	/* 105 PPME_SYSCALL_LINK_X */
	[105] = {"link", EC_FILE, EF_OLD_VERSION,
	    1, 1, p_syscall_link_x},
	/* 106 PPME_SYSCALL_LINKAT_E */
	[106] = {"linkat", EC_FILE, EF_OLD_VERSION,
	    4, 4, p_syscall_linkat_e},
	/* 107 PPME_SYSCALL_LINKAT_X */
	[107] = {"linkat", EC_FILE, EF_OLD_VERSION,
	    1, 1, p_syscall_linkat_x},
	/* 108 PPME_SYSCALL_UNLINK_E */
	[108] = {"unlink", EC_FILE, EF_OLD_VERSION,
	    1, 1, p_syscall_unlink_e},
	/* 109 PPME_SYSCALL_UNLINK_X */
	[109] = {"unlink", EC_FILE, EF_OLD_VERSION,
	    1, 1, p_syscall_unlink_x},
	/* 110 PPME_SYSCALL_UNLINKAT_E */
	[110] = {"unlinkat", EC_FILE, EF_OLD_VERSION,
	    2, 2, p_syscall_unlinkat_e},
	/* 111 PPME_SYSCALL_UNLINKAT_X */
	[111] = {"unlinkat", EC_FILE, EF_OLD_VERSION,
	    1, 1, p_syscall_unlinkat_x},
	/* 112 PPME_SYSCALL_PREAD_E */
	[112] = {"pread", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_DROP_SIMPLE_CONS,
	    3, 3, p_syscall_pread_e},
	/* 113 PPME_SYSCALL_PREAD_X */
	[113] = {"pread", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_DROP_SIMPLE_CONS,
	    2, 5, p_syscall_pread_x},
	/* 114 PPME_SYSCALL_PWRITE_E */
	[114] = {"pwrite", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_DROP_SIMPLE_CONS,
	    3, 3, p_syscall_pwrite_e},
	/* 115 PPME_SYSCALL_PWRITE_X */
	[115] = {"pwrite", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_DROP_SIMPLE_CONS,
	    2, 5, p_syscall_pwrite_x},
	/* 116 PPME_SYSCALL_READV_E */
	[116] = {"readv", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_readv_e},
	/* 117 PPME_SYSCALL_READV_X */
	[117] = {"readv", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_DROP_SIMPLE_CONS,
	    3, 4, p_syscall_readv_x},
	/* 118 PPME_SYSCALL_WRITEV_E */
	[118] = {"writev", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_writev_e},
	/* 119 PPME_SYSCALL_WRITEV_X */
	[119] = {"writev", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_DROP_SIMPLE_CONS,
	    2, 4, p_syscall_writev_x},
	/* 120 PPME_SYSCALL_PREADV_E */
	[120] = {"preadv", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_preadv_e},
	/* 121 PPME_SYSCALL_PREADV_X */
	[121] = {"preadv", EC_IO_READ,
	    EF_USES_FD | EF_READS_FROM_FD | EF_DROP_SIMPLE_CONS,
	    3, 5, p_syscall_preadv_x},
	/* 122 PPME_SYSCALL_PWRITEV_E */
	[122] = {"pwritev", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_DROP_SIMPLE_CONS,
	    3, 3, p_syscall_pwritev_e},
	/* 123 PPME_SYSCALL_PWRITEV_X */
	[123] = {"pwritev", EC_IO_WRITE,
	    EF_USES_FD | EF_WRITES_TO_FD | EF_DROP_SIMPLE_CONS,
	    2, 5, p_syscall_pwritev_x},
	/* 124 PPME_SYSCALL_DUP_E */
	[124] = {"dup", EC_IO_OTHER,
	    EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE,
	    1, 1, p_syscall_dup_e},
	/* 125 PPME_SYSCALL_DUP_X */
	[125] = {"dup", EC_IO_OTHER,
	    EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE,
	    1, 1, p_syscall_dup_x},
	/* 126 PPME_SYSCALL_SIGNALFD_E */
	[126] = {"signalfd", EC_SIGNAL, EF_CREATES_FD | EF_MODIFIES_STATE,
	    3, 3, p_syscall_signalfd_e},
	/* 127 PPME_SYSCALL_SIGNALFD_X */
	[127] = {"signalfd", EC_SIGNAL, EF_CREATES_FD | EF_MODIFIES_STATE,
	    1, 4, p_syscall_signalfd_x},
	/* 128 PPME_SYSCALL_KILL_E */
	[128] = {"kill", EC_SIGNAL, EF_NONE,
	    2, 2, p_syscall_kill_e},
	/* 129 PPME_SYSCALL_KILL_X */
	[129] = {"kill", EC_SIGNAL, EF_NONE,
	    1, 3, p_syscall_kill_x},
	/* 130 PPME_SYSCALL_TKILL_E */
	[130] = {"tkill", EC_SIGNAL, EF_NONE,
	    2, 2, p_syscall_tkill_e},
	/* 131 PPME_SYSCALL_TKILL_X */
	[131] = {"tkill", EC_SIGNAL, EF_NONE,
	    1, 3, p_syscall_tkill_x},
	/* 132 PPME_SYSCALL_TGKILL_E */
	[132] = {"tgkill", EC_SIGNAL, EF_NONE,
	    3, 3, p_syscall_tgkill_e},
	/* 133 PPME_SYSCALL_TGKILL_X */
	[133] = {"tgkill", EC_SIGNAL, EF_NONE,
	    1, 4, p_syscall_tgkill_x},
	/* 134 PPME_SYSCALL_NANOSLEEP_E */
	[134] = {"nanosleep", EC_SLEEP, EF_WAITS | EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_nanosleep_e},
	/* 135 PPME_SYSCALL_NANOSLEEP_X */
	[135] = {"nanosleep", EC_SLEEP, EF_WAITS | EF_DROP_SIMPLE_CONS,
	    1, 2, p_syscall_nanosleep_x},
	/* 136 PPME_SYSCALL_TIMERFD_CREATE_E */
	[136] = {"timerfd_create", EC_TIME,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_timerfd_create_e},
	/* 137 PPME_SYSCALL_TIMERFD_CREATE_X */
	[137] = {"timerfd_create", EC_TIME,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_DROP_SIMPLE_CONS,
	    1, 3, p_syscall_timerfd_create_x},
	/* 138 PPME_SYSCALL_INOTIFY_INIT_E */
	[138] = {"inotify_init", EC_IPC, EF_CREATES_FD | EF_MODIFIES_STATE,
	    1, 1, p_syscall_inotify_init_e},
	/* 139 PPME_SYSCALL_INOTIFY_INIT_X */
	[139] = {"inotify_init", EC_IPC, EF_CREATES_FD | EF_MODIFIES_STATE,
	    1, 2, p_syscall_inotify_init_x},
	/* 140 PPME_SYSCALL_GETRLIMIT_E */
	[140] = {"getrlimit", EC_PROCESS, EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_getrlimit_e},
	/* 141 PPME_SYSCALL_GETRLIMIT_X */
	[141] = {"getrlimit", EC_PROCESS, EF_DROP_SIMPLE_CONS,
	    3, 4, p_syscall_getrlimit_x},
	/* 142 PPME_SYSCALL_SETRLIMIT_E */
	[142] = {"setrlimit", EC_PROCESS, EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_setrlimit_e},
	/* 143 PPME_SYSCALL_SETRLIMIT_X */
	[143] = {"setrlimit", EC_PROCESS, EF_DROP_SIMPLE_CONS,
	    3, 4, p_syscall_setrlimit_x},
	/* 144 PPME_SYSCALL_PRLIMIT_E */
	[144] = {"prlimit", EC_PROCESS, EF_NONE,
	    2, 2, p_syscall_prlimit_e},
	/* 145 PPME_SYSCALL_PRLIMIT_X */
	[145] = {"prlimit", EC_PROCESS, EF_NONE,
	    5, 7, p_syscall_prlimit_x},
	/* 146 PPME_SCHEDSWITCH_1_E */
	[146] = {"switch", EC_SCHEDULER,
	    EF_SKIPPARSERESET | EF_OLD_VERSION | EF_DROP_SIMPLE_CONS,
	    1, 1, p_schedswitch_1_e},
	/* 147 PPME_SCHEDSWITCH_1_X */
	[147] = {"NA2", EC_SCHEDULER,
	    EF_UNUSED | EF_SKIPPARSERESET | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 148 PPME_DROP_E */
	[148] = {"drop", EC_INTERNAL, EF_SKIPPARSERESET,
	    1, 1, p_drop_e},
	/* 149 PPME_DROP_X */
	[149] = {"drop", EC_INTERNAL, EF_SKIPPARSERESET,
	    1, 1, p_drop_x},
	/* 150 PPME_SYSCALL_FCNTL_E */
	[150] = {"fcntl", EC_IO_OTHER,
	    EF_USES_FD | EF_MODIFIES_STATE | EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_fcntl_e},
	/* 151 PPME_SYSCALL_FCNTL_X */
	[151] = {"fcntl", EC_IO_OTHER,
	    EF_USES_FD | EF_MODIFIES_STATE | EF_DROP_SIMPLE_CONS,
	    1, 4, p_syscall_fcntl_x},
	/* 152 PPME_SCHEDSWITCH_6_E */
	[152] = {"switch", EC_SCHEDULER, EF_DROP_SIMPLE_CONS,
	    6, 6, p_schedswitch_6_e},
	/* 153 PPME_SCHEDSWITCH_6_X */
	[153] = {"NA2", EC_SCHEDULER, EF_UNUSED,
	    0, 0, NULL},
	/* 154 PPME_SYSCALL_EXECVE_13_E */
	[154] = {"execve", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 155 PPME_SYSCALL_EXECVE_13_X */
	[155] = {"execve", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    13, 13, p_syscall_execve_13_x},
	/* 156 PPME_SYSCALL_CLONE_16_E */
	[156] = {"clone", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 157 PPME_SYSCALL_CLONE_16_X */
	[157] = {"clone", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    16, 16, p_syscall_clone_16_x},
	/* 158 PPME_SYSCALL_BRK_4_E */
	[158] = {"brk", EC_MEMORY, EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_brk_4_e},
	/* 159 PPME_SYSCALL_BRK_4_X */
	[159] = {"brk", EC_MEMORY, EF_DROP_SIMPLE_CONS,
	    4, 5, p_syscall_brk_4_x},
	/* 160 PPME_SYSCALL_MMAP_E */
	[160] = {"mmap", EC_MEMORY, EF_DROP_SIMPLE_CONS,
	    6, 6, p_syscall_mmap_e},
	/* 161 PPME_SYSCALL_MMAP_X */
	[161] = {"mmap", EC_MEMORY, EF_DROP_SIMPLE_CONS,
	    4, 10, p_syscall_mmap_x},
	/* 162 PPME_SYSCALL_MMAP2_E */
	[162] = {"mmap2", EC_MEMORY, EF_DROP_SIMPLE_CONS,
	    6, 6, p_syscall_mmap2_e},
	/* 163 PPME_SYSCALL_MMAP2_X */
	[163] = {"mmap2", EC_MEMORY, EF_DROP_SIMPLE_CONS,
	    4, 10, p_syscall_mmap2_x},
	/* 164 PPME_SYSCALL_MUNMAP_E */
	[164] = {"munmap", EC_MEMORY, EF_DROP_SIMPLE_CONS,
	    2, 2, p_syscall_munmap_e},
	/* 165 PPME_SYSCALL_MUNMAP_X */
	[165] = {"munmap", EC_MEMORY, EF_DROP_SIMPLE_CONS,
	    4, 6, p_syscall_munmap_x},
	/* 166 PPME_SYSCALL_SPLICE_E */
	[166] = {"splice", EC_IO_OTHER, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    4, 4, p_syscall_splice_e},
	/* 167 PPME_SYSCALL_SPLICE_X */
	[167] = {"splice", EC_IO_OTHER, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    1, 5, p_syscall_splice_x},
	/* 168 PPME_SYSCALL_PTRACE_E */
	[168] = {"ptrace", EC_PROCESS, EF_NONE,
	    2, 2, p_syscall_ptrace_e},
	/* 169 PPME_SYSCALL_PTRACE_X */
	[169] = {"ptrace", EC_PROCESS, EF_NONE,
	    3, 5, p_syscall_ptrace_x},
	/* 170 PPME_SYSCALL_IOCTL_3_E */
	[170] = {"ioctl", EC_IO_OTHER, EF_USES_FD,
	    3, 3, p_syscall_ioctl_3_e},
	/* 171 PPME_SYSCALL_IOCTL_3_X */
	[171] = {"ioctl", EC_IO_OTHER, EF_USES_FD,
	    1, 4, p_syscall_ioctl_3_x},
	/* 172 PPME_SYSCALL_EXECVE_14_E */
	[172] = {"execve", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 173 PPME_SYSCALL_EXECVE_14_X */
	[173] = {"execve", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    14, 14, p_syscall_execve_14_x},
	/* 174 PPME_SYSCALL_RENAME_E */
	[174] = {"rename", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 175 PPME_SYSCALL_RENAME_X */
	[175] = {"rename", EC_FILE, EF_NONE,
	    3, 3, p_syscall_rename_x},
	/* 176 PPME_SYSCALL_RENAMEAT_E */
	[176] = {"renameat", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 177 PPME_SYSCALL_RENAMEAT_X */
	[177] = {"renameat", EC_FILE, EF_NONE,
	    5, 5, p_syscall_renameat_x},
	/* 178 PPME_SYSCALL_SYMLINK_E */
	[178] = {"symlink", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 179 PPME_SYSCALL_SYMLINK_X */
	[179] = {"symlink", EC_FILE, EF_NONE,
	    3, 3, p_syscall_symlink_x},
	/* 180 PPME_SYSCALL_SYMLINKAT_E */
	[180] = {"symlinkat", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 181 PPME_SYSCALL_SYMLINKAT_X */
	[181] = {"symlinkat", EC_FILE, EF_NONE,
	    4, 4, p_syscall_symlinkat_x},
	/* 182 PPME_SYSCALL_FORK_E */
	[182] = {"fork", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 183 PPME_SYSCALL_FORK_X */
	[183] = {"fork", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    16, 16, p_syscall_fork_x},
	/* 184 PPME_SYSCALL_VFORK_E */
	[184] = {"vfork", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 185 PPME_SYSCALL_VFORK_X */
	[185] = {"vfork", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    16, 16, p_syscall_vfork_x},
	/* 186 PPME_PROCEXIT_1_E */
	[186] = {"procexit", EC_PROCESS, EF_MODIFIES_STATE,
	    4, 5, p_procexit_1_e},
	/* 187 PPME_PROCEXIT_1_X */
	[187] = {"NA1", EC_PROCESS, EF_UNUSED,
	    0, 0, NULL},
	/* 188 PPME_SYSCALL_SENDFILE_E */
	[188] = {"sendfile", EC_IO_WRITE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    4, 4, p_syscall_sendfile_e},
	/* 189 PPME_SYSCALL_SENDFILE_X */
	[189] = {"sendfile", EC_IO_WRITE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    2, 5, p_syscall_sendfile_x},
	/* 190 PPME_SYSCALL_QUOTACTL_E */
	[190] = {"quotactl", EC_USER, EF_NONE,
	    4, 4, p_syscall_quotactl_e},
	/* 191 PPME_SYSCALL_QUOTACTL_X */
	[191] = {"quotactl", EC_USER, EF_NONE,
	    14, 18, p_syscall_quotactl_x},
	/* 192 PPME_SYSCALL_SETRESUID_E */
	[192] = {"setresuid", EC_USER, EF_MODIFIES_STATE,
	    3, 3, p_syscall_setresuid_e},
	/* 193 PPME_SYSCALL_SETRESUID_X */
	[193] = {"setresuid", EC_USER, EF_MODIFIES_STATE,
	    1, 4, p_syscall_setresuid_x},
	/* 194 PPME_SYSCALL_SETRESGID_E */
	[194] = {"setresgid", EC_USER, EF_MODIFIES_STATE,
	    3, 3, p_syscall_setresgid_e},
	/* 195 PPME_SYSCALL_SETRESGID_X */
	[195] = {"setresgid", EC_USER, EF_MODIFIES_STATE,
	    1, 4, p_syscall_setresgid_x},
	/* 196 PPME_SYSDIGEVENT_E */
	[196] = {"sysdigevent", EC_INTERNAL, EF_SKIPPARSERESET,
	    2, 2, p_sysdigevent_e},
	/* 197 PPME_SYSDIGEVENT_X */
	[197] = {"sysdigevent", EC_INTERNAL, EF_UNUSED,
	    0, 0, NULL},
	/* 198 PPME_SYSCALL_SETUID_E */
	[198] = {"setuid", EC_USER, EF_MODIFIES_STATE,
	    1, 1, p_syscall_setuid_e},
	/* 199 PPME_SYSCALL_SETUID_X */
	[199] = {"setuid", EC_USER, EF_MODIFIES_STATE,
	    1, 2, p_syscall_setuid_x},
	/* 200 PPME_SYSCALL_SETGID_E */
	[200] = {"setgid", EC_USER, EF_MODIFIES_STATE,
	    1, 1, p_syscall_setgid_e},
	/* 201 PPME_SYSCALL_SETGID_X */
	[201] = {"setgid", EC_USER, EF_MODIFIES_STATE,
	    1, 2, p_syscall_setgid_x},
	/* 202 PPME_SYSCALL_GETUID_E */
	[202] = {"getuid", EC_USER, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 203 PPME_SYSCALL_GETUID_X */
	[203] = {"getuid", EC_USER, EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_getuid_x},
	/* 204 PPME_SYSCALL_GETEUID_E */
	[204] = {"geteuid", EC_USER, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 205 PPME_SYSCALL_GETEUID_X */
	[205] = {"geteuid", EC_USER, EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_geteuid_x},
	/* 206 PPME_SYSCALL_GETGID_E */
	[206] = {"getgid", EC_USER, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 207 PPME_SYSCALL_GETGID_X */
	[207] = {"getgid", EC_USER, EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_getgid_x},
	/* 208 PPME_SYSCALL_GETEGID_E */
	[208] = {"getegid", EC_USER, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 209 PPME_SYSCALL_GETEGID_X */
	[209] = {"getegid", EC_USER, EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_getegid_x},
	/* 210 PPME_SYSCALL_GETRESUID_E */
	[210] = {"getresuid", EC_USER, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 211 PPME_SYSCALL_GETRESUID_X */
	[211] = {"getresuid", EC_USER, EF_DROP_SIMPLE_CONS,
	    4, 4, p_syscall_getresuid_x},
	/* 212 PPME_SYSCALL_GETRESGID_E */
	[212] = {"getresgid", EC_USER, EF_DROP_SIMPLE_CONS,
	    0, 0, NULL},
	/* 213 PPME_SYSCALL_GETRESGID_X */
	[213] = {"getresgid", EC_USER, EF_DROP_SIMPLE_CONS,
	    4, 4, p_syscall_getresgid_x},
	/* 214 PPME_SYSCALL_EXECVE_15_E */
	[214] = {"execve", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 215 PPME_SYSCALL_EXECVE_15_X */
	[215] = {"execve", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    15, 15, p_syscall_execve_15_x},
	/* 216 PPME_SYSCALL_CLONE_17_E */
	[216] = {"clone", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 217 PPME_SYSCALL_CLONE_17_X */
	[217] = {"clone", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    17, 17, p_syscall_clone_17_x},
	/* 218 PPME_SYSCALL_FORK_17_E */
	[218] = {"fork", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 219 PPME_SYSCALL_FORK_17_X */
	[219] = {"fork", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    17, 17, p_syscall_fork_17_x},
	/* 220 PPME_SYSCALL_VFORK_17_E */
	[220] = {"vfork", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 221 PPME_SYSCALL_VFORK_17_X */
	[221] = {"vfork", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    17, 17, p_syscall_vfork_17_x},
	/* 222 PPME_SYSCALL_CLONE_20_E */
	[222] = {"clone", EC_PROCESS, EF_MODIFIES_STATE,
	    0, 0, NULL},
	/* 223 PPME_SYSCALL_CLONE_20_X */
	[223] = {"clone", EC_PROCESS, EF_MODIFIES_STATE,
	    20, 21, p_syscall_clone_20_x},
	/* 224 PPME_SYSCALL_FORK_20_E */
	[224] = {"fork", EC_PROCESS, EF_MODIFIES_STATE,
	    0, 0, NULL},
	/* 225 PPME_SYSCALL_FORK_20_X */
	[225] = {"fork", EC_PROCESS, EF_MODIFIES_STATE,
	    20, 21, p_syscall_fork_20_x},
	/* 226 PPME_SYSCALL_VFORK_20_E */
	[226] = {"vfork", EC_PROCESS, EF_MODIFIES_STATE,
	    0, 0, NULL},
	/* 227 PPME_SYSCALL_VFORK_20_X */
	[227] = {"vfork", EC_PROCESS, EF_MODIFIES_STATE,
	    20, 21, p_syscall_vfork_20_x},
	/* 228 PPME_CONTAINER_E */
	[228] = {"container", EC_INTERNAL,
	    EF_MODIFIES_STATE | EF_SKIPPARSERESET | EF_OLD_VERSION,
	    4, 4, p_container_e},
	/* 229 PPME_CONTAINER_X */
	[229] = {"container", EC_INTERNAL, EF_UNUSED | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 230 PPME_SYSCALL_EXECVE_16_E */
	[230] = {"execve", EC_PROCESS, EF_MODIFIES_STATE,
	    0, 0, NULL},
	/* 231 PPME_SYSCALL_EXECVE_16_X */
	[231] = {"execve", EC_PROCESS, EF_MODIFIES_STATE,
	    16, 16, p_syscall_execve_16_x},
	/* 232 PPME_SIGNALDELIVER_E */
	[232] = {"signaldeliver", EC_SIGNAL, EF_DROP_SIMPLE_CONS,
	    3, 3, p_signaldeliver_e},
	/* 233 PPME_SIGNALDELIVER_X */
	[233] = {"signaldeliver", EC_SIGNAL, EF_UNUSED,
	    0, 0, NULL},
	/* 234 PPME_PROCINFO_E */
	[234] = {"procinfo", EC_INTERNAL,
	    EF_SKIPPARSERESET | EF_DROP_SIMPLE_CONS,
	    2, 2, p_procinfo_e},
	/* 235 PPME_PROCINFO_X */
	[235] = {"NA2", EC_INTERNAL, EF_UNUSED,
	    0, 0, NULL},
	/* 236 PPME_SYSCALL_GETDENTS_E */
	[236] = {"getdents", EC_FILE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_getdents_e},
	/* 237 PPME_SYSCALL_GETDENTS_X */
	[237] = {"getdents", EC_FILE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    1, 2, p_syscall_getdents_x},
	/* 238 PPME_SYSCALL_GETDENTS64_E */
	[238] = {"getdents64", EC_FILE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_getdents64_e},
	/* 239 PPME_SYSCALL_GETDENTS64_X */
	[239] = {"getdents64", EC_FILE, EF_USES_FD | EF_DROP_SIMPLE_CONS,
	    1, 2, p_syscall_getdents64_x},
	/* 240 PPME_SYSCALL_SETNS_E */
	[240] = {"setns", EC_PROCESS, EF_USES_FD,
	    2, 2, p_syscall_setns_e},
	/* 241 PPME_SYSCALL_SETNS_X */
	[241] = {"setns", EC_PROCESS, EF_USES_FD,
	    1, 3, p_syscall_setns_x},
	/* 242 PPME_SYSCALL_FLOCK_E */
	[242] = {"flock", EC_FILE, EF_USES_FD,
	    2, 2, p_syscall_flock_e},
	/* 243 PPME_SYSCALL_FLOCK_X */
	[243] = {"flock", EC_FILE, EF_USES_FD,
	    1, 3, p_syscall_flock_x},
	/* 244 PPME_CPU_HOTPLUG_E */
	[244] = {"cpu_hotplug", EC_SYSTEM,
	    EF_MODIFIES_STATE | EF_SKIPPARSERESET,
	    2, 2, p_cpu_hotplug_e},
	/* 245 PPME_CPU_HOTPLUG_X */
	[245] = {"NA2", EC_SYSTEM, EF_UNUSED,
	    0, 0, NULL},
	/* 246 PPME_SOCKET_ACCEPT_5_E */
	[246] = {"accept", EC_NET, EF_CREATES_FD | EF_MODIFIES_STATE,
	    0, 0, NULL},
	/* 247 PPME_SOCKET_ACCEPT_5_X */
	[247] = {"accept", EC_NET, EF_CREATES_FD | EF_MODIFIES_STATE,
	    5, 5, p_socket_accept_5_x},
	/* 248 PPME_SOCKET_ACCEPT4_5_E */
	[248] = {"accept", EC_NET, EF_CREATES_FD | EF_MODIFIES_STATE,
	    1, 1, p_socket_accept4_5_e},
	/* 249 PPME_SOCKET_ACCEPT4_5_X */
	[249] = {"accept", EC_NET, EF_CREATES_FD | EF_MODIFIES_STATE,
	    5, 5, p_socket_accept4_5_x},
	/* 250 PPME_SYSCALL_SEMOP_E */
	[250] = {"semop", EC_PROCESS, EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_semop_e},
	/* 251 PPME_SYSCALL_SEMOP_X */
	[251] = {"semop", EC_PROCESS, EF_DROP_SIMPLE_CONS,
	    8, 9, p_syscall_semop_x},
	/* 252 PPME_SYSCALL_SEMCTL_E */
	[252] = {"semctl", EC_PROCESS, EF_DROP_SIMPLE_CONS,
	    4, 4, p_syscall_semctl_e},
	/* 253 PPME_SYSCALL_SEMCTL_X */
	[253] = {"semctl", EC_PROCESS, EF_DROP_SIMPLE_CONS,
	    1, 5, p_syscall_semctl_x},
	/* 254 PPME_SYSCALL_PPOLL_E */
	[254] = {"ppoll", EC_WAIT, EF_WAITS | EF_DROP_SIMPLE_CONS,
	    3, 3, p_syscall_ppoll_e},
	/* 255 PPME_SYSCALL_PPOLL_X */
	[255] = {"ppoll", EC_WAIT, EF_WAITS | EF_DROP_SIMPLE_CONS,
	    2, 4, p_syscall_ppoll_x},
	/* 256 PPME_SYSCALL_MOUNT_E */
	[256] = {"mount", EC_FILE, EF_MODIFIES_STATE,
	    1, 1, p_syscall_mount_e},
	/* 257 PPME_SYSCALL_MOUNT_X */
	[257] = {"mount", EC_FILE, EF_MODIFIES_STATE,
	    4, 5, p_syscall_mount_x},
	/* 258 PPME_SYSCALL_UMOUNT_E */
	[258] = {"umount", EC_FILE, EF_MODIFIES_STATE,
	    1, 1, p_syscall_umount_e},
	/* 259 PPME_SYSCALL_UMOUNT_X */
	[259] = {"umount", EC_FILE, EF_MODIFIES_STATE,
	    2, 2, p_syscall_umount_x},
	/* 260 PPME_K8S_E */
	[260] = {"k8s", EC_INTERNAL, EF_MODIFIES_STATE | EF_SKIPPARSERESET,
	    1, 1, p_k8s_e},
	/* 261 PPME_K8S_X */
	[261] = {"NA3", EC_SYSTEM, EF_UNUSED,
	    0, 0, NULL},
	/* 262 PPME_SYSCALL_SEMGET_E */
	[262] = {"semget", EC_PROCESS, EF_DROP_SIMPLE_CONS,
	    3, 3, p_syscall_semget_e},
	/* 263 PPME_SYSCALL_SEMGET_X */
	[263] = {"semget", EC_PROCESS, EF_DROP_SIMPLE_CONS,
	    1, 4, p_syscall_semget_x},
	/* 264 PPME_SYSCALL_ACCESS_E */
	[264] = {"access", EC_FILE, EF_DROP_SIMPLE_CONS,
	    1, 1, p_syscall_access_e},
	/* 265 PPME_SYSCALL_ACCESS_X */
	[265] = {"access", EC_FILE, EF_DROP_SIMPLE_CONS,
	    2, 3, p_syscall_access_x},
	/* 266 PPME_SYSCALL_CHROOT_E */
	[266] = {"chroot", EC_PROCESS, EF_MODIFIES_STATE,
	    0, 0, NULL},
	/* 267 PPME_SYSCALL_CHROOT_X */
	[267] = {"chroot", EC_PROCESS, EF_MODIFIES_STATE,
	    2, 2, p_syscall_chroot_x},
	/* 268 PPME_TRACER_E */
	[268] = {"tracer", EC_OTHER, EF_NONE,
	    3, 3, p_tracer_e},
	/* 269 PPME_TRACER_X */
	[269] = {"tracer", EC_OTHER, EF_NONE,
	    3, 3, p_tracer_x},
	/* 270 PPME_MESOS_E */
	[270] = {"mesos", EC_INTERNAL, EF_MODIFIES_STATE | EF_SKIPPARSERESET,
	    1, 1, p_mesos_e},
	/* 271 PPME_MESOS_X */
	[271] = {"NA4", EC_SYSTEM, EF_UNUSED,
	    0, 0, NULL},
	/* 272 PPME_CONTAINER_JSON_E */
	[272] = {"container", EC_PROCESS, EF_MODIFIES_STATE,
	    1, 1, p_container_json_e},
	/* 273 PPME_CONTAINER_JSON_X */
	[273] = {"container", EC_PROCESS, EF_UNUSED,
	    0, 0, NULL},
	/* 274 PPME_SYSCALL_SETSID_E */
	[274] = {"setsid", EC_PROCESS, EF_MODIFIES_STATE,
	    0, 0, NULL},
	/* 275 PPME_SYSCALL_SETSID_X */
	[275] = {"setsid", EC_PROCESS, EF_MODIFIES_STATE,
	    1, 1, p_syscall_setsid_x},
	/* 276 PPME_SYSCALL_MKDIR_2_E */
	[276] = {"mkdir", EC_FILE, EF_NONE,
	    1, 1, p_syscall_mkdir_2_e},
	/* 277 PPME_SYSCALL_MKDIR_2_X */
	[277] = {"mkdir", EC_FILE, EF_NONE,
	    2, 3, p_syscall_mkdir_2_x},
	/* 278 PPME_SYSCALL_RMDIR_2_E */
	[278] = {"rmdir", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 279 PPME_SYSCALL_RMDIR_2_X */
	[279] = {"rmdir", EC_FILE, EF_NONE,
	    2, 2, p_syscall_rmdir_2_x},
	/* 280 PPME_NOTIFICATION_E */
	[280] = {"notification", EC_OTHER, EF_SKIPPARSERESET,
	    2, 2, p_notification_e},
	/* 281 PPME_NOTIFICATION_X */
	[281] = {"NA4", EC_SYSTEM, EF_UNUSED,
	    0, 0, NULL},
	/* 282 PPME_SYSCALL_EXECVE_17_E */
	[282] = {"execve", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 283 PPME_SYSCALL_EXECVE_17_X */
	[283] = {"execve", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    17, 17, p_syscall_execve_17_x},
	/* 284 PPME_SYSCALL_UNSHARE_E */
	[284] = {"unshare", EC_PROCESS, EF_NONE,
	    1, 1, p_syscall_unshare_e},
	/* 285 PPME_SYSCALL_UNSHARE_X */
	[285] = {"unshare", EC_PROCESS, EF_NONE,
	    1, 2, p_syscall_unshare_x},
	/* 286 PPME_INFRASTRUCTURE_EVENT_E */
	[286] = {"infra", EC_INTERNAL, EF_SKIPPARSERESET,
	    4, 4, p_infrastructure_event_e},
	/* 287 PPME_INFRASTRUCTURE_EVENT_X */
	[287] = {"NA4", EC_SYSTEM, EF_UNUSED,
	    0, 0, NULL},
	/* 288 PPME_SYSCALL_EXECVE_18_E */
	[288] = {"execve", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    1, 1, p_syscall_execve_18_e},
	/* 289 PPME_SYSCALL_EXECVE_18_X */
	[289] = {"execve", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    17, 17, p_syscall_execve_18_x},
	/* 290 PPME_PAGE_FAULT_E */
	[290] = {"page_fault", EC_OTHER,
	    EF_SKIPPARSERESET | EF_DROP_SIMPLE_CONS,
	    3, 3, p_page_fault_e},
	/* 291 PPME_PAGE_FAULT_X */
	[291] = {"NA5", EC_OTHER, EF_UNUSED,
	    0, 0, NULL},
	/* 292 PPME_SYSCALL_EXECVE_19_E */
	[292] = {"execve", EC_PROCESS, EF_MODIFIES_STATE,
	    1, 1, p_syscall_execve_19_e},
	/* 293 PPME_SYSCALL_EXECVE_19_X */
	[293] = {"execve", EC_PROCESS, EF_MODIFIES_STATE,
	    20, 31, p_syscall_execve_19_x},
	/* 294 PPME_SYSCALL_SETPGID_E */
	[294] = {"setpgid", EC_PROCESS, EF_MODIFIES_STATE,
	    2, 2, p_syscall_setpgid_e},
	/* 295 PPME_SYSCALL_SETPGID_X */
	[295] = {"setpgid", EC_PROCESS, EF_MODIFIES_STATE,
	    1, 3, p_syscall_setpgid_x},
	/* 296 PPME_SYSCALL_BPF_E */
	[296] = {"bpf", EC_OTHER, EF_CREATES_FD,
	    1, 1, p_syscall_bpf_e},
	/* 297 PPME_SYSCALL_BPF_X */
	[297] = {"bpf", EC_OTHER, EF_CREATES_FD,
	    1, 1, p_syscall_bpf_x},
	/* 298 PPME_SYSCALL_SECCOMP_E */
	[298] = {"seccomp", EC_OTHER, EF_NONE,
	    1, 2, p_syscall_seccomp_e},
	/* 299 PPME_SYSCALL_SECCOMP_X */
	[299] = {"seccomp", EC_OTHER, EF_NONE,
	    1, 3, p_syscall_seccomp_x},
	/* 300 PPME_SYSCALL_UNLINK_2_E */
	[300] = {"unlink", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 301 PPME_SYSCALL_UNLINK_2_X */
	[301] = {"unlink", EC_FILE, EF_NONE,
	    2, 2, p_syscall_unlink_2_x},
	/* 302 PPME_SYSCALL_UNLINKAT_2_E */
	[302] = {"unlinkat", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 303 PPME_SYSCALL_UNLINKAT_2_X */
	[303] = {"unlinkat", EC_FILE, EF_NONE,
	    4, 4, p_syscall_unlinkat_2_x},
	/* 304 PPME_SYSCALL_MKDIRAT_E */
	[304] = {"mkdirat", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 305 PPME_SYSCALL_MKDIRAT_X */
	[305] = {"mkdirat", EC_FILE, EF_NONE,
	    4, 4, p_syscall_mkdirat_x},
	/* 306 PPME_SYSCALL_OPENAT_2_E */
	[306] = {"openat", EC_FILE, EF_CREATES_FD | EF_MODIFIES_STATE,
	    4, 4, p_syscall_openat_2_e},
	/* 307 PPME_SYSCALL_OPENAT_2_X */
	[307] = {"openat", EC_FILE, EF_CREATES_FD | EF_MODIFIES_STATE,
	    6, 7, p_syscall_openat_2_x},
	/* 308 PPME_SYSCALL_LINK_2_E */
	[308] = {"link", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 309 PPME_SYSCALL_LINK_2_X */
	[309] = {"link", EC_FILE, EF_NONE,
	    3, 3, p_syscall_link_2_x},
	/* 310 PPME_SYSCALL_LINKAT_2_E */
	[310] = {"linkat", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 311 PPME_SYSCALL_LINKAT_2_X */
	[311] = {"linkat", EC_FILE, EF_NONE,
	    6, 6, p_syscall_linkat_2_x},
	/* 312 PPME_SYSCALL_FCHMODAT_E */
	[312] = {"fchmodat", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 313 PPME_SYSCALL_FCHMODAT_X */
	[313] = {"fchmodat", EC_FILE, EF_NONE,
	    4, 4, p_syscall_fchmodat_x},
	/* 314 PPME_SYSCALL_CHMOD_E */
	[314] = {"chmod", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 315 PPME_SYSCALL_CHMOD_X */
	[315] = {"chmod", EC_FILE, EF_NONE,
	    3, 3, p_syscall_chmod_x},
	/* 316 PPME_SYSCALL_FCHMOD_E */
	[316] = {"fchmod", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 317 PPME_SYSCALL_FCHMOD_X */
	[317] = {"fchmod", EC_FILE, EF_NONE,
	    3, 3, p_syscall_fchmod_x},
	/* 318 PPME_SYSCALL_RENAMEAT2_E */
	[318] = {"renameat2", EC_FILE, EF_NONE,
	    0, 0, NULL},
	/* 319 PPME_SYSCALL_RENAMEAT2_X */
	[319] = {"renameat2", EC_FILE, EF_NONE,
	    6, 6, p_syscall_renameat2_x},
	/* 320 PPME_SYSCALL_USERFAULTFD_E */
	[320] = {"userfaultfd", EC_FILE, EF_CREATES_FD | EF_MODIFIES_STATE,
	    0, 0, NULL},
	/* 321 PPME_SYSCALL_USERFAULTFD_X */
	[321] = {"userfaultfd", EC_FILE, EF_CREATES_FD | EF_MODIFIES_STATE,
	    2, 2, p_syscall_userfaultfd_x},
	/* 322 PPME_PLUGINEVENT_E */
	[322] = {"pluginevent", EC_OTHER, EF_LARGE_PAYLOAD,
	    2, 2, p_pluginevent_e},
	/* 323 PPME_PLUGINEVENT_X */
	[323] = {"pluginevent", EC_OTHER, EF_UNUSED,
	    0, 0, NULL},
	/* 324 PPME_CONTAINER_JSON_2_E */
	[324] = {"container", EC_PROCESS, EF_MODIFIES_STATE | EF_LARGE_PAYLOAD,
	    1, 1, p_container_json_2_e},
	/* 325 PPME_CONTAINER_JSON_2_X */
	[325] = {"container", EC_PROCESS, EF_UNUSED,
	    0, 0, NULL},
	/* 326 PPME_SYSCALL_OPENAT2_E */
	[326] = {"openat2", EC_FILE, EF_CREATES_FD | EF_MODIFIES_STATE,
	    5, 5, p_syscall_openat2_e},
	/* 327 PPME_SYSCALL_OPENAT2_X */
	[327] = {"openat2", EC_FILE, EF_CREATES_FD | EF_MODIFIES_STATE,
	    6, 8, p_syscall_openat2_x},
	/* 328 PPME_SYSCALL_MPROTECT_E */
	[328] = {"mprotect", EC_MEMORY, EF_DROP_SIMPLE_CONS,
	    3, 3, p_syscall_mprotect_e},
	/* 329 PPME_SYSCALL_MPROTECT_X */
	[329] = {"mprotect", EC_MEMORY, EF_DROP_SIMPLE_CONS,
	    1, 4, p_syscall_mprotect_x},
	/* 330 PPME_SYSCALL_EXECVEAT_E */
	[330] = {"execveat", EC_PROCESS, EF_MODIFIES_STATE,
	    3, 3, p_syscall_execveat_e},
	/* 331 PPME_SYSCALL_EXECVEAT_X */
	[331] = {"execveat", EC_PROCESS, EF_MODIFIES_STATE,
	    20, 30, p_syscall_execveat_x},
	/* 332 PPME_SYSCALL_COPY_FILE_RANGE_E */
	[332] = {"copy_file_range", EC_FILE,
	    EF_USES_FD | EF_READS_FROM_FD | EF_WRITES_TO_FD,
	    3, 3, p_syscall_copy_file_range_e},
	/* 333 PPME_SYSCALL_COPY_FILE_RANGE_X */
	[333] = {"copy_file_range", EC_FILE,
	    EF_USES_FD | EF_READS_FROM_FD | EF_WRITES_TO_FD,
	    3, 6, p_syscall_copy_file_range_x},
	/* 334 PPME_SYSCALL_CLONE3_E */
	[334] = {"clone3", EC_PROCESS, EF_MODIFIES_STATE,
	    0, 0, NULL},
	/* 335 PPME_SYSCALL_CLONE3_X */
	[335] = {"clone3", EC_PROCESS, EF_MODIFIES_STATE,
	    20, 21, p_syscall_clone3_x},
	/* ids unknown to libs 2022 */
	/* 336 PPME_SYSCALL_OPEN_BY_HANDLE_AT_E */
	[336] = {"open_by_handle_at", EC_FILE,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 337 PPME_SYSCALL_OPEN_BY_HANDLE_AT_X */
	[337] = {"open_by_handle_at", EC_FILE,
	    EF_CREATES_FD | EF_MODIFIES_STATE,
	    6, 6, p_syscall_open_by_handle_at_x},
	/* 338 PPME_SYSCALL_IO_URING_SETUP_E */
	[338] = {"io_uring_setup", EC_IO_OTHER,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 339 PPME_SYSCALL_IO_URING_SETUP_X */
	[339] = {"io_uring_setup", EC_IO_OTHER,
	    EF_CREATES_FD | EF_MODIFIES_STATE,
	    8, 8, p_syscall_io_uring_setup_x},
	/* 340 PPME_SYSCALL_IO_URING_ENTER_E */
	[340] = {"io_uring_enter", EC_IO_OTHER, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 341 PPME_SYSCALL_IO_URING_ENTER_X */
	[341] = {"io_uring_enter", EC_IO_OTHER, EF_USES_FD,
	    6, 6, p_syscall_io_uring_enter_x},
	/* 342 PPME_SYSCALL_IO_URING_REGISTER_E */
	[342] = {"io_uring_register", EC_IO_OTHER, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 343 PPME_SYSCALL_IO_URING_REGISTER_X */
	[343] = {"io_uring_register", EC_IO_OTHER, EF_USES_FD,
	    5, 5, p_syscall_io_uring_register_x},
	/* 344 PPME_SYSCALL_MLOCK_E */
	[344] = {"mlock", EC_MEMORY, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 345 PPME_SYSCALL_MLOCK_X */
	[345] = {"mlock", EC_MEMORY, EF_NONE,
	    3, 3, p_syscall_mlock_x},
	/* 346 PPME_SYSCALL_MUNLOCK_E */
	[346] = {"munlock", EC_MEMORY, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 347 PPME_SYSCALL_MUNLOCK_X */
	[347] = {"munlock", EC_MEMORY, EF_NONE,
	    3, 3, p_syscall_munlock_x},
	/* 348 PPME_SYSCALL_MLOCKALL_E */
	[348] = {"mlockall", EC_MEMORY, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 349 PPME_SYSCALL_MLOCKALL_X */
	[349] = {"mlockall", EC_MEMORY, EF_NONE,
	    2, 2, p_syscall_mlockall_x},
	/* 350 PPME_SYSCALL_MUNLOCKALL_E */
	[350] = {"munlockall", EC_MEMORY, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 351 PPME_SYSCALL_MUNLOCKALL_X */
	[351] = {"munlockall", EC_MEMORY, EF_NONE,
	    1, 1, p_syscall_munlockall_x},
	/* 352 PPME_SYSCALL_CAPSET_E */
	[352] = {"capset", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 353 PPME_SYSCALL_CAPSET_X */
	[353] = {"capset", EC_PROCESS, EF_MODIFIES_STATE,
	    4, 4, p_syscall_capset_x},
	/* 354 PPME_USER_ADDED_E */
	[354] = {"useradded", EC_PROCESS, EF_MODIFIES_STATE,
	    6, 6, p_user_added_e},
	/* 355 PPME_USER_ADDED_X */
	[355] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 356 PPME_USER_DELETED_E */
	[356] = {"userdeleted", EC_PROCESS, EF_MODIFIES_STATE,
	    6, 6, p_user_deleted_e},
	/* 357 PPME_USER_DELETED_X */
	[357] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 358 PPME_GROUP_ADDED_E */
	[358] = {"groupadded", EC_PROCESS, EF_MODIFIES_STATE,
	    3, 3, p_group_added_e},
	/* 359 PPME_GROUP_ADDED_X */
	[359] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 360 PPME_GROUP_DELETED_E */
	[360] = {"groupdeleted", EC_PROCESS, EF_MODIFIES_STATE,
	    3, 3, p_group_deleted_e},
	/* 361 PPME_GROUP_DELETED_X */
	[361] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 362 PPME_SYSCALL_DUP2_E */
	[362] = {"dup2", EC_IO_OTHER,
	    EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    1, 1, p_syscall_dup2_e},
	/* 363 PPME_SYSCALL_DUP2_X */
	[363] = {"dup2", EC_IO_OTHER,
	    EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE,
	    3, 3, p_syscall_dup2_x},
	/* 364 PPME_SYSCALL_DUP3_E */
	[364] = {"dup3", EC_IO_OTHER,
	    EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    1, 1, p_syscall_dup3_e},
	/* 365 PPME_SYSCALL_DUP3_X */
	[365] = {"dup3", EC_IO_OTHER,
	    EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE,
	    4, 4, p_syscall_dup3_x},
	/* 366 PPME_SYSCALL_DUP_1_E */
	[366] = {"dup", EC_IO_OTHER,
	    EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    1, 1, p_syscall_dup_1_e},
	/* 367 PPME_SYSCALL_DUP_1_X */
	[367] = {"dup", EC_IO_OTHER,
	    EF_CREATES_FD | EF_USES_FD | EF_MODIFIES_STATE,
	    2, 2, p_syscall_dup_1_x},
	/* 368 PPME_SYSCALL_BPF_2_E */
	[368] = {"bpf", EC_OTHER, EF_CREATES_FD | EF_OLD_VERSION,
	    1, 1, p_syscall_bpf_2_e},
	/* 369 PPME_SYSCALL_BPF_2_X */
	[369] = {"bpf", EC_OTHER, EF_CREATES_FD,
	    2, 2, p_syscall_bpf_2_x},
	/* 370 PPME_SYSCALL_MLOCK2_E */
	[370] = {"mlock2", EC_MEMORY, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 371 PPME_SYSCALL_MLOCK2_X */
	[371] = {"mlock2", EC_MEMORY, EF_NONE,
	    4, 4, p_syscall_mlock2_x},
	/* 372 PPME_SYSCALL_FSCONFIG_E */
	[372] = {"fsconfig", EC_SYSTEM, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 373 PPME_SYSCALL_FSCONFIG_X */
	[373] = {"fsconfig", EC_SYSTEM, EF_USES_FD,
	    7, 7, p_syscall_fsconfig_x},
	/* 374 PPME_SYSCALL_EPOLL_CREATE_E */
	[374] = {"epoll_create", EC_WAIT,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION |
	    EF_CONVERTER_MANAGED,
	    1, 1, p_syscall_epoll_create_e},
	/* 375 PPME_SYSCALL_EPOLL_CREATE_X */
	[375] = {"epoll_create", EC_WAIT,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
	    2, 2, p_syscall_epoll_create_x},
	/* 376 PPME_SYSCALL_EPOLL_CREATE1_E */
	[376] = {"epoll_create1", EC_WAIT,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION |
	    EF_CONVERTER_MANAGED,
	    1, 1, p_syscall_epoll_create1_e},
	/* 377 PPME_SYSCALL_EPOLL_CREATE1_X */
	[377] = {"epoll_create1", EC_WAIT,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
	    2, 2, p_syscall_epoll_create1_x},
	/* 378 PPME_SYSCALL_CHOWN_E */
	[378] = {"chown", EC_FILE, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 379 PPME_SYSCALL_CHOWN_X */
	[379] = {"chown", EC_FILE, EF_NONE,
	    4, 4, p_syscall_chown_x},
	/* 380 PPME_SYSCALL_LCHOWN_E */
	[380] = {"lchown", EC_FILE, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 381 PPME_SYSCALL_LCHOWN_X */
	[381] = {"lchown", EC_FILE, EF_NONE,
	    4, 4, p_syscall_lchown_x},
	/* 382 PPME_SYSCALL_FCHOWN_E */
	[382] = {"fchown", EC_FILE, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 383 PPME_SYSCALL_FCHOWN_X */
	[383] = {"fchown", EC_FILE, EF_USES_FD,
	    4, 4, p_syscall_fchown_x},
	/* 384 PPME_SYSCALL_FCHOWNAT_E */
	[384] = {"fchownat", EC_FILE, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 385 PPME_SYSCALL_FCHOWNAT_X */
	[385] = {"fchownat", EC_FILE, EF_USES_FD,
	    6, 6, p_syscall_fchownat_x},
	/* 386 PPME_SYSCALL_UMOUNT_1_E */
	[386] = {"umount", EC_FILE, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 387 PPME_SYSCALL_UMOUNT_1_X */
	[387] = {"umount", EC_FILE, EF_MODIFIES_STATE,
	    2, 2, p_syscall_umount_1_x},
	/* 388 PPME_SOCKET_ACCEPT4_6_E */
	[388] = {"accept4", EC_NET,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION |
	    EF_CONVERTER_MANAGED,
	    1, 1, p_socket_accept4_6_e},
	/* 389 PPME_SOCKET_ACCEPT4_6_X */
	[389] = {"accept4", EC_NET,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
	    6, 6, p_socket_accept4_6_x},
	/* 390 PPME_SYSCALL_UMOUNT2_E */
	[390] = {"umount2", EC_FILE,
	    EF_MODIFIES_STATE | EF_OLD_VERSION | EF_CONVERTER_MANAGED,
	    1, 1, p_syscall_umount2_e},
	/* 391 PPME_SYSCALL_UMOUNT2_X */
	[391] = {"umount2", EC_FILE, EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
	    3, 3, p_syscall_umount2_x},
	/* 392 PPME_SYSCALL_PIPE2_E */
	[392] = {"pipe2", EC_IPC,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 393 PPME_SYSCALL_PIPE2_X */
	[393] = {"pipe2", EC_IPC, EF_CREATES_FD | EF_MODIFIES_STATE,
	    5, 5, p_syscall_pipe2_x},
	/* 394 PPME_SYSCALL_INOTIFY_INIT1_E */
	[394] = {"inotify_init1", EC_IPC,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 395 PPME_SYSCALL_INOTIFY_INIT1_X */
	[395] = {"inotify_init1", EC_IPC, EF_CREATES_FD | EF_MODIFIES_STATE,
	    2, 2, p_syscall_inotify_init1_x},
	/* 396 PPME_SYSCALL_EVENTFD2_E */
	[396] = {"eventfd2", EC_IPC,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION |
	    EF_CONVERTER_MANAGED,
	    1, 1, p_syscall_eventfd2_e},
	/* 397 PPME_SYSCALL_EVENTFD2_X */
	[397] = {"eventfd2", EC_IPC,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
	    3, 3, p_syscall_eventfd2_x},
	/* 398 PPME_SYSCALL_SIGNALFD4_E */
	[398] = {"signalfd4", EC_SIGNAL,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION |
	    EF_CONVERTER_MANAGED,
	    2, 2, p_syscall_signalfd4_e},
	/* 399 PPME_SYSCALL_SIGNALFD4_X */
	[399] = {"signalfd4", EC_SIGNAL,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_CONVERTER_MANAGED,
	    4, 4, p_syscall_signalfd4_x},
	/* 400 PPME_SYSCALL_PRCTL_E */
	[400] = {"prctl", EC_PROCESS, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 401 PPME_SYSCALL_PRCTL_X */
	[401] = {"prctl", EC_PROCESS, EF_MODIFIES_STATE,
	    4, 4, p_syscall_prctl_x},
	/* 402 PPME_ASYNCEVENT_E */
	[402] = {"asyncevent", EC_OTHER, EF_LARGE_PAYLOAD,
	    3, 3, p_asyncevent_e},
	/* 403 PPME_ASYNCEVENT_X */
	[403] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 404 PPME_SYSCALL_MEMFD_CREATE_E */
	[404] = {"memfd_create", EC_MEMORY,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 405 PPME_SYSCALL_MEMFD_CREATE_X */
	[405] = {"memfd_create", EC_MEMORY, EF_CREATES_FD | EF_MODIFIES_STATE,
	    3, 3, p_syscall_memfd_create_x},
	/* 406 PPME_SYSCALL_PIDFD_GETFD_E */
	[406] = {"pidfd_getfd", EC_PROCESS,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 407 PPME_SYSCALL_PIDFD_GETFD_X */
	[407] = {"pidfd_getfd", EC_PROCESS, EF_CREATES_FD | EF_MODIFIES_STATE,
	    4, 4, p_syscall_pidfd_getfd_x},
	/* 408 PPME_SYSCALL_PIDFD_OPEN_E */
	[408] = {"pidfd_open", EC_PROCESS,
	    EF_CREATES_FD | EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 409 PPME_SYSCALL_PIDFD_OPEN_X */
	[409] = {"pidfd_open", EC_PROCESS, EF_CREATES_FD | EF_MODIFIES_STATE,
	    3, 3, p_syscall_pidfd_open_x},
	/* 410 PPME_SYSCALL_INIT_MODULE_E */
	[410] = {"init_module", EC_OTHER, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 411 PPME_SYSCALL_INIT_MODULE_X */
	[411] = {"init_module", EC_OTHER, EF_NONE,
	    4, 4, p_syscall_init_module_x},
	/* 412 PPME_SYSCALL_FINIT_MODULE_E */
	[412] = {"finit_module", EC_OTHER, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 413 PPME_SYSCALL_FINIT_MODULE_X */
	[413] = {"finit_module", EC_OTHER, EF_USES_FD | EF_READS_FROM_FD,
	    4, 4, p_syscall_finit_module_x},
	/* 414 PPME_SYSCALL_MKNOD_E */
	[414] = {"mknod", EC_OTHER, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 415 PPME_SYSCALL_MKNOD_X */
	[415] = {"mknod", EC_OTHER, EF_NONE,
	    4, 4, p_syscall_mknod_x},
	/* 416 PPME_SYSCALL_MKNODAT_E */
	[416] = {"mknodat", EC_OTHER, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 417 PPME_SYSCALL_MKNODAT_X */
	[417] = {"mknodat", EC_OTHER, EF_USES_FD,
	    5, 5, p_syscall_mknodat_x},
	/* 418 PPME_SYSCALL_NEWFSTATAT_E */
	[418] = {"newfstatat", EC_FILE, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 419 PPME_SYSCALL_NEWFSTATAT_X */
	[419] = {"newfstatat", EC_FILE, EF_USES_FD,
	    4, 4, p_syscall_newfstatat_x},
	/* 420 PPME_SYSCALL_PROCESS_VM_READV_E */
	[420] = {"process_vm_readv", EC_IPC, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 421 PPME_SYSCALL_PROCESS_VM_READV_X */
	[421] = {"process_vm_readv", EC_IPC, EF_NONE,
	    3, 3, p_syscall_process_vm_readv_x},
	/* 422 PPME_SYSCALL_PROCESS_VM_WRITEV_E */
	[422] = {"process_vm_writev", EC_IPC, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 423 PPME_SYSCALL_PROCESS_VM_WRITEV_X */
	[423] = {"process_vm_writev", EC_IPC, EF_NONE,
	    3, 3, p_syscall_process_vm_writev_x},
	/* 424 PPME_SYSCALL_DELETE_MODULE_E */
	[424] = {"delete_module", EC_OTHER, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 425 PPME_SYSCALL_DELETE_MODULE_X */
	[425] = {"delete_module", EC_OTHER, EF_NONE,
	    3, 3, p_syscall_delete_module_x},
	/* 426 PPME_SYSCALL_SETREUID_E */
	[426] = {"setreuid", EC_USER, EF_MODIFIES_STATE | EF_OLD_VERSION,
	    0, 0, NULL},
	/* 427 PPME_SYSCALL_SETREUID_X */
	[427] = {"setreuid", EC_USER, EF_MODIFIES_STATE,
	    3, 3, p_syscall_setreuid_x},
	/* 428 PPME_SYSCALL_SETREGID_E */
	[428] = {"setregid", EC_USER, EF_OLD_VERSION,
	    0, 0, NULL},
	/* 429 PPME_SYSCALL_SETREGID_X */
	[429] = {"setregid", EC_USER, EF_MODIFIES_STATE,
	    3, 3, p_syscall_setregid_x},
	/* 430 PPME_ITER_TASK_E */
	[430] = {"task", EC_PROCESS, EF_MODIFIES_STATE,
	    32, 32, p_iter_task_e},
	/* 431 PPME_ITER_TASK_X */
	[431] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 432 PPME_ITER_TASK_FILE_PIPE_E */
	[432] = {"task_file_pipe", EC_FILE, EF_MODIFIES_STATE,
	    3, 3, p_iter_task_file_pipe_e},
	/* 433 PPME_ITER_TASK_FILE_PIPE_X */
	[433] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 434 PPME_ITER_TASK_FILE_MEMFD_E */
	[434] = {"task_file_memfd", EC_FILE, EF_MODIFIES_STATE,
	    3, 3, p_iter_task_file_memfd_e},
	/* 435 PPME_ITER_TASK_FILE_MEMFD_X */
	[435] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 436 PPME_ITER_TASK_FILE_REGULAR_E */
	[436] = {"task_file_regular", EC_FILE, EF_MODIFIES_STATE,
	    5, 5, p_iter_task_file_regular_e},
	/* 437 PPME_ITER_TASK_FILE_REGULAR_X */
	[437] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 438 PPME_ITER_TASK_FILE_DIRECTORY_E */
	[438] = {"task_file_directory", EC_FILE, EF_MODIFIES_STATE,
	    3, 3, p_iter_task_file_directory_e},
	/* 439 PPME_ITER_TASK_FILE_DIRECTORY_X */
	[439] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 440 PPME_ITER_TASK_FILE_SOCKET_INET_E */
	[440] = {"task_file_socket_inet", EC_FILE, EF_MODIFIES_STATE,
	    8, 8, p_iter_task_file_socket_inet_e},
	/* 441 PPME_ITER_TASK_FILE_SOCKET_INET_X */
	[441] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 442 PPME_ITER_TASK_FILE_SOCKET_INET6_E */
	[442] = {"task_file_socket_inet6", EC_FILE, EF_MODIFIES_STATE,
	    8, 8, p_iter_task_file_socket_inet6_e},
	/* 443 PPME_ITER_TASK_FILE_SOCKET_INET6_X */
	[443] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 444 PPME_ITER_TASK_FILE_SOCKET_UNIX_E */
	[444] = {"task_file_socket_unix", EC_FILE, EF_MODIFIES_STATE,
	    6, 6, p_iter_task_file_socket_unix_e},
	/* 445 PPME_ITER_TASK_FILE_SOCKET_UNIX_X */
	[445] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 446 PPME_ITER_TASK_FILE_SOCKET_NETLINK_E */
	[446] = {"task_file_socket_netlink", EC_FILE, EF_MODIFIES_STATE,
	    4, 4, p_iter_task_file_socket_netlink_e},
	/* 447 PPME_ITER_TASK_FILE_SOCKET_NETLINK_X */
	[447] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 448 PPME_ITER_TASK_FILE_ANON_INODE_E */
	[448] = {"task_file_anon_inode", EC_FILE, EF_MODIFIES_STATE,
	    4, 4, p_iter_task_file_anon_inode_e},
	/* 449 PPME_ITER_TASK_FILE_ANON_INODE_X */
	[449] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 450 PPME_SYSCALL_CLOSE_RANGE_E */
	[450] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 451 PPME_SYSCALL_CLOSE_RANGE_X */
	[451] = {"close_range", EC_IO_OTHER, EF_MODIFIES_STATE,
	    4, 4, p_syscall_close_range_x},
	/* 452 PPME_SYSCALL_KEYCTL_E */
	[452] = {"NA", EC_UNKNOWN, EF_UNUSED,
	    0, 0, NULL},
	/* 453 PPME_SYSCALL_KEYCTL_X */
	[453] = {"keyctl", EC_OTHER, EF_NONE,
	    6, 6, p_syscall_keyctl_x},
};
