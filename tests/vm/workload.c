/*
 * The scripted workload of make vmtest, run in the VM while scap-record
 * records: each step leaves events the host then looks for.
 *   1. a file written with a known string (openat, write, close)
 *   2. a failing open(2) (ENOENT)
 *   3. a loopback TCP exchange on 127.0.0.1:4242 (socket, bind, listen,
 *      connect, accept, write, read)
 *   4. an execve with known arguments
 *   5. more file calls: pwrite/pread, writev/readv, mkdir, chdir,
 *      rename, unlink, rmdir, dup2, fcntl, pipe, kill
 *   6. a loopback UDP datagram with sendto/recvfrom on 127.0.0.1:4343
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#define MARK "scap-vmtest-MARKER-4242\n"

static void
die(const char *what)
{
	perror(what);
	exit(1);
}

int
main(void)
{
	int fd, ls, cs, one = 1;
	struct sockaddr_in sa;
	char buf[64];
	pid_t pid;
	ssize_t n;

	/* 1 */
	fd = open("/tmp/vmtest-file.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		die("open");
	if (write(fd, MARK, strlen(MARK)) != (ssize_t)strlen(MARK))
		die("write");
	close(fd);
	/* 2: the old open(2) system call, failing */
	if (syscall(SYS_open, "/nonexistent/vmtest-missing", O_RDONLY) >= 0)
		die("open of a missing file worked");
	/* 3 */
	ls = socket(AF_INET, SOCK_STREAM, 0);
	if (ls < 0)
		die("socket");
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons(4242);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(ls, (struct sockaddr *)&sa, sizeof(sa)) || listen(ls, 1))
		die("bind/listen");
	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		cs = socket(AF_INET, SOCK_STREAM, 0);
		if (cs < 0 || connect(cs, (struct sockaddr *)&sa, sizeof(sa)))
			die("connect");
		if (write(cs, "ping-vmtest", 11) != 11)
			die("client write");
		n = read(cs, buf, sizeof(buf));
		if (n != 11)
			die("client read");
		close(cs);
		_exit(0);
	}
	cs = accept(ls, NULL, NULL);
	if (cs < 0)
		die("accept");
	n = read(cs, buf, sizeof(buf));
	if (n != 11 || memcmp(buf, "ping-vmtest", 11) != 0)
		die("server read");
	if (write(cs, "pong-vmtest", 11) != 11)
		die("server write");
	close(cs);
	close(ls);
	waitpid(pid, NULL, 0);
	/* 4 */
	pid = fork();
	if (pid == 0) {
		char *argv[] = { "echo", "vmtest-arg1", "vmtest-arg2", NULL };
		char *envp[] = { "VMTEST=1", NULL };
		static char path[] = "/bin/echo";

		/* the recorder copies strings without faulting pages in
		 * (it runs where it may not sleep): after fork() the
		 * child's data pages are not mapped until touched, so
		 * touch the path, as a real program's stack would be */
		path[0] = '/';
		execve(path, argv, envp);
		_exit(127);
	}
	waitpid(pid, NULL, 0);
	/* 5 */
	fd = open("/tmp/vmtest-file.txt", O_RDWR);
	if (fd < 0)
		die("open rw");
	if (pwrite(fd, "pwrite-vmtest", 13, 100) != 13)
		die("pwrite");
	memset(buf, 0, sizeof(buf));
	if (pread(fd, buf, 13, 100) != 13 || memcmp(buf, "pwrite-vmtest", 13))
		die("pread");
	{
		struct iovec iv[2] = { { "writev-a-", 9 }, { "writev-b", 8 } };
		char r1[9], r2[8];
		struct iovec rv[2] = { { r1, 9 }, { r2, 8 } };

		off_t end = lseek(fd, 0, SEEK_END);

		if (writev(fd, iv, 2) != 17)
			die("writev");
		if (lseek(fd, end, SEEK_SET) != end || readv(fd, rv, 2) != 17)
			die("readv");
	}
	if (dup2(fd, 7) != 7 || fcntl(7, F_SETFD, FD_CLOEXEC) != 0)
		die("dup2/fcntl");
	close(7);
	close(fd);
	if (mkdir("/tmp/vmtest-dir", 0755) || chdir("/tmp/vmtest-dir"))
		die("mkdir/chdir");
	if (rename("/tmp/vmtest-file.txt", "/tmp/vmtest-dir/moved.txt"))
		die("rename");
	if (unlink("moved.txt") || chdir("/") || rmdir("/tmp/vmtest-dir"))
		die("unlink/rmdir");
	{
		int p[2];

		if (pipe(p))
			die("pipe");
		close(p[0]);
		close(p[1]);
	}
	if (kill(getpid(), 0))
		die("kill");
	/* 6 */
	{
		int us = socket(AF_INET, SOCK_DGRAM, 0), uc;
		struct sockaddr_in from;
		socklen_t fl = sizeof(from);

		sa.sin_port = htons(4343);
		if (us < 0 || bind(us, (struct sockaddr *)&sa, sizeof(sa)))
			die("udp bind");
		uc = socket(AF_INET, SOCK_DGRAM, 0);
		if (uc < 0 || sendto(uc, "udp-vmtest", 10, 0,
		    (struct sockaddr *)&sa, sizeof(sa)) != 10)
			die("sendto");
		if (recvfrom(us, buf, sizeof(buf), 0, (struct sockaddr *)&from,
		    &fl) != 10)
			die("recvfrom");
		close(uc);
		close(us);
	}
	printf("workload: done\n");
	return 0;
}
