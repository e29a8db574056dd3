/* SPDX-License-Identifier: GPL-2.0 */
/* The ioctls of /dev/scaprec, shared by the module and scap-record. */
#ifndef SCAPREC_H
#define SCAPREC_H

#ifdef __KERNEL__
#include <linux/types.h>
#include <linux/ioctl.h>
#else
#include <stdint.h>
#include <sys/ioctl.h>
typedef uint64_t __u64;
#endif

struct scaprec_stats {
	__u64 events;	/* records put in the buffers */
	__u64 drops;	/* events lost to full buffers */
};

#define SCAPREC_IOC_SNAPLEN	_IO('S', 1)	/* arg: bytes of I/O data */
#define SCAPREC_IOC_STATS	_IOR('S', 2, struct scaprec_stats)
#define SCAPREC_IOC_SWITCH	_IO('S', 3)	/* arg: 1 records sched_switch */

#endif
