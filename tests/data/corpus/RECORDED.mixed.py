import os, socket, struct, threading, signal, resource, select, mmap, time, sys, ctypes, array, fcntl, subprocess
W = '/tmp/work'
os.chdir(W)
# unix sockets: socketpair, fd passing, named stream, abstract dgram
a, b = socket.socketpair()
a.sendall(b'helloworld over socketpair')
b.recv(100)
r, w = os.pipe()
a.sendmsg([b'fd'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array('i', [r]))])
msg, anc, flags, addr = b.recvmsg(10, socket.CMSG_LEN(4))
fds = array.array('i'); fds.frombytes(anc[0][2][:4])
os.write(w, b'through passed fd')
os.read(fds[0], 100)
os.close(fds[0]); os.close(r); os.close(w)
a.close(); b.close()
path = W + '/u.sock'
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); srv.bind(path); srv.listen(1)
cli = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); cli.connect(path)
con, _ = srv.accept()
cli.send(b'unix stream helloworld'); con.recv(100); con.send(b'reply'); cli.recv(10)
con.close(); cli.close(); srv.close(); os.unlink(path)
d1 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); d1.bind('\0abstract-scap')
d2 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); d2.sendto(b'abstract dgram', '\0abstract-scap'); d1.recvfrom(100)
d1.close(); d2.close()
# UDP v4 and v6: sendto/recvfrom, connected send/recv, sendmsg/recvmsg
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u1.bind(('127.0.0.1', 7001))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b'udp4 sendto', ('127.0.0.1', 7001)); u1.recvfrom(100)
u2.connect(('127.0.0.1', 7001)); u2.send(b'udp4 connected'); u1.recv(100)
u2.sendmsg([b'udp4 ', b'sendmsg']); u1.recvmsg(100)
u1.close(); u2.close()
v1 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); v1.bind(('::1', 7002))
v2 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
v2.sendto(b'udp6 sendto', ('::1', 7002)); v1.recvfrom(100)
v1.close(); v2.close()
# TCP v6 and v4 with shutdown, sendfile, splice
t6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM); t6.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
t6.bind(('::1', 7003)); t6.listen(1)
c6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM); c6.connect(('::1', 7003))
s6, _ = t6.accept()
f = os.open('/etc/services', os.O_RDONLY)
os.sendfile(s6.fileno(), f, 0, 3000)
os.close(f)
c6.recv(5000)
s6.shutdown(socket.SHUT_WR); c6.recv(10)
s6.close(); c6.close(); t6.close()
t4 = socket.socket(); t4.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); t4.bind(('127.0.0.1', 7004)); t4.listen(2)
c4 = socket.socket(); c4.setblocking(False)
try: c4.connect(('127.0.0.1', 7004))
except BlockingIOError: pass
select.select([], [c4], [], 2)
s4, _ = t4.accept()
c4.setblocking(True)
pr, pw = os.pipe()
os.write(pw, b'spliced helloworld')
os.splice(pr, s4.fileno(), 18)
c4.recv(100)
s4.close(); c4.close(); t4.close(); os.close(pr); os.close(pw)
c5 = socket.socket()
try: c5.connect(('127.0.0.1', 7999))
except ConnectionRefusedError: pass
c5.close()
# fd games: dup, dup2, dup3, F_DUPFD, F_DUPFD_CLOEXEC, pipe2, eventfd, epoll, inotify
fd = os.open('dupme.txt', os.O_CREAT | os.O_RDWR | os.O_TRUNC, 0o644)
d = os.dup(fd); os.dup2(fd, 50); os.dup2(fd, 51, inheritable=False)
e = fcntl.fcntl(fd, fcntl.F_DUPFD, 60); g = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 70)
for x in (d, 50, 51, e, g): os.write(x, b'x')
for x in (d, 50, 51, e, g): os.close(x)
os.close(fd)
p2r, p2w = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK); os.close(p2r); os.close(p2w)
ev = os.eventfd(0); os.eventfd_write(ev, 3); os.eventfd_read(ev); os.close(ev)
ep = select.epoll(); ep.close()
libc = ctypes.CDLL(None, use_errno=True)
ino = libc.inotify_init1(0); libc.inotify_add_watch(ino, b'/tmp/work', 0x100); os.close(ino)
# directories, *at calls, odd names
os.makedirs('deep/' + '/'.join(['d%02d' % i for i in range(30)]), exist_ok=True)
longdir = W + '/deep/' + '/'.join(['d%02d' % i for i in range(30)])
with open(longdir + '/file with spaces and \u00e9 accents.txt', 'w') as fh: fh.write('odd name helloworld')
dfd = os.open('deep', os.O_RDONLY | os.O_DIRECTORY)
x = os.open('rel.txt', os.O_CREAT | os.O_WRONLY, 0o600, dir_fd=dfd); os.write(x, b'rel'); os.close(x)
os.rename('rel.txt', 'rel2.txt', src_dir_fd=dfd, dst_dir_fd=dfd)
os.symlink('rel2.txt', 'rel.lnk', dir_fd=dfd)
os.mkdir('sub', dir_fd=dfd)
os.unlink('rel.lnk', dir_fd=dfd)
os.fchdir(dfd); open('after-fchdir.txt', 'w').close()
os.chdir('sub'); open('../up.txt', 'w').close(); os.chdir(W)
os.close(dfd)
open('nl\nname.txt', 'w').close()
try: os.open('/nonexistent/dir/x', os.O_RDONLY)
except OSError: pass
os.truncate('dupme.txt', 0); os.chmod('dupme.txt', 0o600); os.utime('dupme.txt'); os.access('dupme.txt', os.R_OK)
os.link('dupme.txt', 'hard.txt'); os.readlink('/proc/self/exe'); os.getcwd()
big = os.open('big.bin', os.O_CREAT | os.O_RDWR | os.O_TRUNC, 0o644)
os.write(big, os.urandom(100000)); os.lseek(big, 0, 0); os.read(big, 100000)
os.pwrite(big, b'helloworld', 5000); os.pread(big, 10, 5000)
os.writev(big, [b'vec1 ', b'vec2']); os.readv(big, [bytearray(4), bytearray(4)])
mm = mmap.mmap(big, 4096); mm[0:5] = b'MMAPD'; mm.close()
fcntl.flock(big, fcntl.LOCK_EX); fcntl.flock(big, fcntl.LOCK_UN)
os.close(big)
# limits, credentials, processes, threads, signals
resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
resource.prlimit(0, resource.RLIMIT_NOFILE)
pid = os.fork()
if pid == 0:
    try:
        os.setgroups([])
        os.setresgid(1000, 1000, 1000)
        os.setresuid(1000, 1000, 1000)
        try: open('/etc/shadow').read()
        except OSError: pass
        open('/tmp/as-alice.txt', 'w').write('alice')
    finally:
        os._exit(0)
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    os.setgid(1000); os.setuid(1000)
    try: os.execv('/nonexistent/prog', ['prog'])
    except OSError: pass
    os.execv('/bin/echo', ['echo', 'exec after setuid'])
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    os.chroot('/tmp/work'); os.chdir('/')
    try: open('/etc/passwd')
    except OSError: pass
    os._exit(3)
os.waitpid(pid, 0)
sp = os.posix_spawn('/bin/true', ['true'], dict(os.environ))
os.waitpid(sp, 0)
subprocess.run(['sh', '-c', 'echo spawned $$; ls /tmp/work > /dev/null'], close_fds=True)
def worker(n):
    with open('/tmp/work/thread%d.txt' % n, 'w') as fh:
        fh.write('thread helloworld %d\n' % n * 50)
    time.sleep(0.05)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
signal.signal(signal.SIGUSR1, lambda s, f: None)
os.kill(os.getpid(), signal.SIGUSR1)
pid = os.fork()
if pid == 0:
    time.sleep(10); os._exit(0)
os.kill(pid, signal.SIGTERM); os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    # the main thread leaves while another thread still runs
    def late():
        time.sleep(0.2); open('/tmp/work/late.txt', 'w').write('late'); os._exit(0)
    threading.Thread(target=late).start()
    libc.syscall(60, 0)   # exit() of the main thread only
os.waitpid(pid, 0)
# a working directory renamed under the process: getcwd tells the new name
os.makedirs('/tmp/work/before', exist_ok=True)
pid = os.fork()
if pid == 0:
    try:
        os.chdir('/tmp/work/before')
        open('one.txt', 'w').close()
        subprocess.run(['mv', '/tmp/work/before', '/tmp/work/after'])
        os.getcwd()
        open('two.txt', 'w').close()
        # a thread changes the process's directory
        threading.Thread(target=lambda: os.chdir('/tmp')).start()
        time.sleep(0.1)
        open('three.txt', 'w').close()
    finally:
        os._exit(0)
os.waitpid(pid, 0)
# execve from a thread that is not the main one
pid = os.fork()
if pid == 0:
    try:
        def ex():
            os.execv('/bin/echo', ['echo', 'exec from a thread'])
        threading.Thread(target=ex).start()
        time.sleep(2)
    finally:
        os._exit(0)
os.waitpid(pid, 0)
# long and odd arguments
subprocess.run(['/bin/echo', 'x' * 3000, 'tab\there', 'caf\u00e9', ''] + ['arg%d' % i for i in range(200)], stdout=subprocess.DEVNULL)
select.poll().poll(10)
time.sleep(0.01)
print('mixed done')
