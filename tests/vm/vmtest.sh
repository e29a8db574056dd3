#!/bin/bash
# make vmtest: build scaprec.ko against Debian's 6.1 kernel headers, boot
# that kernel under qemu with a small initramfs (busybox, the module,
# static scap-record and tests/vm/workload), record the workload, bring
# the capture out over a serial port and check it with scap-cat,
# scap-grep and (when installed) sysdig -r; the same for recordings
# with -f FILTER (alone, with -e/-W, with -n).
#
# Env: VMWORK (default /var/tmp/scap-vmtest), ACCEL=tcg|kvm, KVER (the
# guest kernel, default: the one linux-image-amd64 depends on).
# BENCH=1 (make vmbench): instead of the checks, time tests/vm/bench.c's
# loop without a recorder, with scaprec + scap-record and, when sysdig
# and the falcosecurity-scap-dkms sources are installed, with scap.ko +
# sysdig -w; BENCH_ROUNDS loop iterations (default 100000), BENCH_R
# interleaved rounds (default 7), BENCH_CLOCK the guest's clocksource
# (default tsc: under TCG hpet makes every clock read an emulated MMIO).
# Prints ok/FAIL lines and ends with "N passed, N failed".
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
W=${VMWORK:-/var/tmp/scap-vmtest}
ACCEL=${ACCEL:-tcg}
mkdir -p "$W"
export DEBIAN_FRONTEND=noninteractive

need=""
for p in qemu-system-x86 busybox-static linux-libc-dev make gcc; do
	dpkg-query -W -f='${Status}' $p 2>/dev/null | grep -q 'install ok installed' || need="$need $p"
done
if [ -z "${KVER:-}" ]; then
	KVER=$(apt-cache depends linux-image-amd64 2>/dev/null |
	    sed -n 's/^ *Depends: linux-image-\([0-9].*-amd64\)$/\1/p' | head -1)
fi
[ -n "$KVER" ] || { echo "vmtest: cannot tell the guest kernel (set KVER)"; exit 1; }
case $KVER in 6.*) ;; *) echo "vmtest: kernel $KVER is not 6.x"; exit 1;; esac
dpkg-query -W -f='${Status}' linux-headers-$KVER 2>/dev/null | grep -q 'install ok installed' ||
	need="$need linux-headers-$KVER"
if [ -n "$need" ]; then
	echo "vmtest: installing$need"
	apt-get update -qq >/dev/null
	apt-get install -y -qq --no-install-recommends $need >/dev/null
fi

# the guest kernel, from Debian's package
if [ ! -f "$W/vmlinuz-$KVER" ]; then
	(cd "$W" && rm -f linux-image-*.deb && apt-get download -qq "linux-image-$KVER" 2>&1 | grep -v unsandboxed || true)
	rm -rf "$W/kimg" && dpkg-deb -x "$W"/linux-image-"$KVER"_*.deb "$W/kimg"
	cp "$W/kimg/boot/vmlinuz-$KVER" "$W/vmlinuz-$KVER"
	rm -rf "$W/kimg" "$W"/linux-image-*.deb
fi

# the module, scap-record and the workload
echo "vmtest: building for $KVER"
B=$W/build
rm -rf "$B" && mkdir -p "$B/kmod"
cp "$ROOT"/recorder/kmod/{scaprec.c,scaprec.h,Kbuild,Makefile} "$B/kmod/"
make -s -C "$B/kmod" KDIR="/usr/src/linux-headers-$KVER" >"$B/kmod.log" 2>&1 ||
	{ cat "$B/kmod.log"; echo "vmtest: module build failed"; exit 1; }
# the guest's programs are built here, static, from the sources (the
# tree's objects may have been built with other flags, e.g. SAN=1)
sh "$ROOT/recorder/gen-sysnames.sh" >"$B/sysnames.h"
LIBSRC=$(ls "$ROOT"/libscap/*.c)
CF="-std=c11 -O2 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -I$ROOT/libscap -I$ROOT/recorder -I$B"
quiet() { grep -v 'getpw\|getgr\|statically linked\|in function' >&2 || true; }
cc $CF -static -o "$B/scap-record" "$ROOT/recorder/scap-record.c" $LIBSRC \
	-lz -lcsv -lpcre2-8 2> >(quiet)
cc $CF -static -o "$B/scap-cat" "$ROOT/tools/scap-cat.c" "$ROOT/tools/common.c" $LIBSRC \
	-lz -lcsv -lpcre2-8 2> >(quiet)
cc -O2 -static -o "$B/workload" "$ROOT/tests/vm/workload.c"
cc -O2 -static -o "$B/bench" "$ROOT/tests/vm/bench.c"

# the initramfs
I=$B/initramfs
mkdir -p "$I"/{bin,dev,proc,sys,tmp,etc}
cp /bin/busybox "$I/bin/busybox"
if [ -n "${BENCH:-}" ]; then cp "$ROOT/tests/vm/bench-init" "$I/init"
else cp "$ROOT/tests/vm/init" "$I/init"; fi
cp "$B/kmod/scaprec.ko" "$B/scap-record" "$B/scap-cat" "$B/workload" "$B/bench" "$I/"
printf 'root:x:0:0:root:/root:/bin/sh\nalice:x:1000:1000:alice:/home/alice:/bin/sh\n' >"$I/etc/passwd"
printf 'root:x:0:\nalice:x:1000:\n' >"$I/etc/group"
if [ -n "${BENCH:-}" ] && command -v sysdig >/dev/null 2>&1 &&
    SRC=$(ls -d /usr/src/scap-*/ 2>/dev/null | tail -1) && [ -n "$SRC" ]; then
	# the real driver (Debian's falcosecurity-scap-dkms sources) and
	# sysdig with the libraries it needs
	rm -rf "$B/scapdrv" && cp -r "$SRC" "$B/scapdrv"
	if make -C "/usr/src/linux-headers-$KVER" M="$B/scapdrv" modules >"$B/scapdrv.log" 2>&1; then
		cp "$B/scapdrv/scap.ko" "$I/scap.ko"
		for f in $(command -v sysdig) $(ldd "$(command -v sysdig)" | awk '/=>/ { print $3 } /^\t\/lib/ { print $1 }'); do
			mkdir -p "$I$(dirname "$f")" && cp -L "$f" "$I$f"
		done
	else
		echo "vmtest: the scap driver does not build; benchmarking scaprec only"
	fi
fi
(cd "$I" && find . | busybox cpio -o -H newc 2>/dev/null | gzip -1) >"$B/initramfs.gz"

APPEND="console=ttyS0 rdinit=/init panic=-1 quiet loglevel=4"
if [ -n "${BENCH:-}" ]; then
	APPEND="$APPEND N=${BENCH_ROUNDS:-100000} R=${BENCH_R:-7}"
	case ${BENCH_CLOCK:-tsc} in
	tsc) APPEND="$APPEND tsc=reliable clocksource=tsc" ;;
	*) APPEND="$APPEND clocksource=$BENCH_CLOCK" ;;
	esac
fi
# Under TCG, ERMS/FSRM make the guest kernel copy with "rep movsb",
# which TCG emulates a byte at a time: read() and write() of large
# buffers (scap-record's) would cost far more than on any real CPU.
if [ "$ACCEL" = kvm ]; then ACC="-accel kvm -cpu host"; else ACC="-accel tcg,thread=multi -cpu max,-erms,-fsrm"; fi
echo "vmtest: booting $KVER ($ACCEL)"
start=$(date +%s)
timeout "${VM_TIMEOUT:-600}" qemu-system-x86_64 $ACC -m 1024 -smp 2 -display none \
	-monitor none -no-reboot -nic none \
	-kernel "$W/vmlinuz-$KVER" -initrd "$B/initramfs.gz" \
	-append "$APPEND" \
	-serial file:"$B/console.log" -serial file:"$B/ttyS1.out" || echo "vmtest: qemu exit $?"
echo "vmtest: VM ran $(( $(date +%s) - start ))s"
sed -i 's/\r$//' "$B/console.log"
if [ -n "${BENCH:-}" ]; then
	# make vmbench: each round's loop time with a recorder over the
	# mean of that round's two times without one; the median, mean and
	# range of those ratios, over all rounds and over the rounds in
	# which the recorder dropped nothing (a round with drops is no
	# measure of the full cost), and the drops
	grep '^vmbench:' "$B/console.log"
	awk '/^vmbench: round [0-9]* (none|scaprec|sysdig) bench:/ { t[$4, $3] += $9; c[$4, $3]++; if ($3 > R) R = $3 }
	    /^vmbench: round [0-9]* scaprec-record scap-record:/ { d = $0; sub(/ dropped.*/, "", d); sub(/.*, /, "", d); drops["scaprec", $3] += d; seen["scaprec", $3] = 1 }
	    /^vmbench: round [0-9]* sysdig-record .*Driver Drops:/ { d = $0; sub(/.*Driver Drops:/, "", d); drops["sysdig", $3] += d + 0; seen["sysdig", $3] = 1 }
	    # ratios of the rounds (all, or only those without drops)
	    function ratios(name, clean, v,   i, k) {
		k = 0
		for (i = 1; i <= R; i++)
			if (c[name, i] && c["none", i] && (!clean || (seen[name, i] && drops[name, i] == 0)))
				v[++k] = (t[name, i] / c[name, i]) / (t["none", i] / c["none", i])
		return k
	    }
	    function stats(v, k,   i, j, x, s) {
		for (i = 2; i <= k; i++) { x = v[i]; for (j = i - 1; j >= 1 && v[j] > x; j--) v[j + 1] = v[j]; v[j + 1] = x }
		s = 0; for (i = 1; i <= k; i++) s += v[i]
		return sprintf("%.2f median, %.2f mean, %.2f-%.2f", k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2, s / k, v[1], v[k])
	    }
	    function report(name, label,   v, w, k, n, i, d, nd) {
		k = ratios(name, 0, v)
		if (!k) return 0
		d = nd = 0
		for (i = 1; i <= R; i++) if (seen[name, i]) { d += drops[name, i]; if (drops[name, i]) nd++ }
		printf "vmbench: %s = %s (%d rounds); drops: %d in %d of them\n", label, stats(v, k), k, d, nd
		n = ratios(name, 1, w)
		if (n) printf "vmbench: %s, rounds without drops: %s (%d rounds)\n", label, stats(w, n), n
		return 1
	    }
	    END { report("sysdig", "sysdig -w with scap.ko/none")
		  if (!report("scaprec", "scaprec/none")) { print "vmbench: no result"; exit 1 } }' "$B/console.log"
	exit
fi
grep '^vmtest:\|^dmesg:\|scap-record' "$B/console.log" | tr -d '\r' || true

extract() {	# name -> file
	tr -d '\r' <"$B/ttyS1.out" | sed -n "/^===BEGIN $1\$/,/^===END\$/p" |
	    sed '1d;$d' | base64 -d >"$2"
}
CAP=$B/cap.scap
extract cap.scap "$CAP" || true
extract cap2.scap.gz "$B/cap2.scap.gz" || true
extract rec.err "$B/rec.err" || true
for f in caps.scap capf.scap recf.err fn.scap frot.scap0 frot.scap1 frot.scap2; do
	rm -f "$B/$f"
	extract $f "$B/$f" || true
done

pass=0 fail=0
ok() { echo "ok   $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1"; fail=$((fail + 1)); }
check() {	# description, command...
	local d=$1; shift
	if "$@" >/dev/null 2>&1; then ok "$d"; else bad "$d"; fi
}
T=$ROOT/tools
export TZ=UTC
check "module loaded" grep -q 'vmtest: insmod ok' "$B/console.log"
check "module unloaded" grep -q 'vmtest: rmmod ok' "$B/console.log"
check "no kernel warning" sh -c "! grep -q 'dmesg:.*\\(BUG\\|WARNING\\)' '$B/console.log'"
check "scap-record stopped by SIGINT with status 0" grep -q 'vmtest: scap-record exit 0' "$B/console.log"
check "scap-record -z stopped by SIGTERM with status 0" grep -q 'vmtest: scap-record -z exit 0' "$B/console.log"
check "overload: the writer was never blocked (dd finished)" grep -q 'vmtest: dd exit 0' "$B/console.log"
check "overload: drops were counted" grep -q 'scap-record: [0-9]* events written to /tmp/cap3.scap, [1-9][0-9]* dropped' "$B/console.log"
check "overload: the capture stays valid" grep -q 'vmtest: scap-cat overload exit 0' "$B/console.log"
check "overload: module unloads" grep -q 'vmtest: rmmod small ok' "$B/console.log"
check "-n 50 stops by itself after 50 events" sh -c "grep -q 'vmtest: scap-record -n exit 0' '$B/console.log' && grep -q '50 events written to /tmp/cap4.scap' '$B/console.log' && grep -q 'vmtest: -n lines 50' '$B/console.log'"
check "-e 40 -W 2: a ring of two files" grep -q 'vmtest: rotated files: rot.scap0 rot.scap1$' "$B/console.log"
check "-e 40: each rotated file reads alone, with at most 40 events" sh -c "grep 'vmtest: rotated rot.scap' '$B/console.log' | tr -d '\\r' | awk '{ if (\$5 > 40 || \$5 < 1 || \$7 != 0) bad = 1; n++ } END { exit bad || n != 2 }'"
check "capture came out" test -s "$CAP"
check "scap-record reported 0 drops" grep -q ', 0 dropped' "$B/rec.err"
"$T/scap-cat" "$CAP" >"$B/cat.txt" 2>"$B/cat.err" || true
check "scap-cat reads the capture" test -s "$B/cat.txt" -a ! -s "$B/cat.err"
check "scap-cat reads the gzip capture (cat opens the file)" sh -c "'$T/scap-cat' '$B/cap2.scap.gz' | grep -q ' < openat fd=3(<f>/etc/passwd) .*flags=1(O_RDONLY)'"
g() { "$T/scap-grep" -p "$1" "$2" "$CAP" 2>&1; }
check "openat of the file, with its path and flags" sh -c "'$T/scap-grep' -p '%proc.name %evt.args' 'evt.type=openat and evt.dir=< and fd.name=/tmp/vmtest-file.txt' '$CAP' | grep -q '^workload fd=3(<f>/tmp/vmtest-file.txt) dirfd=-100(AT_FDCWD) name=/tmp/vmtest-file.txt flags=.*O_CREAT'"
check "write of the known string to that file" sh -c "'$T/scap-grep' -p '%evt.res %evt.buffer' 'evt.type=write and evt.dir=< and fd.name=/tmp/vmtest-file.txt' '$CAP' | grep -q '^SUCCESS scap-vmtest-MARKER-4242'"
check "close of the file" sh -c "'$T/scap-grep' -p '%evt.res' 'evt.type=close and evt.dir=< and proc.name=workload' '$CAP' | grep -q '^SUCCESS'"
check "failing open: ENOENT with its path" sh -c "'$T/scap-grep' -p '%evt.res %evt.arg.name' 'evt.type=open and evt.dir=< and evt.failed=true' '$CAP' | grep -q '^ENOENT /nonexistent/vmtest-missing'"
check "socket returns an fd" sh -c "'$T/scap-grep' -p '%evt.rawarg.fd' 'evt.type=socket and evt.dir=< and proc.name=workload' '$CAP' | grep -q '^3'"
check "events are in time order" sh -c "'$T/scap-cat' -p '%evt.rawtime' '$CAP' | sort -c -n"
check "socket and connect to 127.0.0.1:4242" sh -c "'$T/scap-grep' -p '%evt.res %evt.arg.tuple' 'evt.type=connect and evt.dir=<' '$CAP' | grep -q '^SUCCESS 127.0.0.1:[0-9]*->127.0.0.1:4242'"
check "client's write on the socket" sh -c "'$T/scap-grep' -p '%fd.name %evt.buffer' 'evt.type=write and evt.dir=< and fd.type=ipv4' '$CAP' | grep -q '127.0.0.1:[0-9]*->127.0.0.1:4242 ping-vmtest'"
check "client's read of the reply" sh -c "'$T/scap-grep' -p '%evt.buffer' 'evt.type=read and evt.dir=< and fd.type=ipv4' '$CAP' | grep -q 'pong-vmtest'"
check "execve with its arguments" sh -c "'$T/scap-grep' -p '%evt.res %evt.arg.exe %proc.args %proc.name' 'evt.type=execve and evt.dir=<' '$CAP' | grep -q '^SUCCESS echo vmtest-arg1 vmtest-arg2 echo'"
check "execve enter with the path" sh -c "'$T/scap-grep' -p '%evt.arg.filename' 'evt.type=execve and evt.dir=>' '$CAP' | grep -q '^/bin/echo'"
check "procexit of the workload" sh -c "'$T/scap-grep' 'evt.type=procexit and proc.name=workload' '$CAP' | grep -q procexit"
check "generic syscall events are named" sh -c "'$T/scap-grep' -p '%evt.type' 'evt.type=bind or evt.type=listen or evt.type=accept' '$CAP' | grep -q ."
check "clone: the child is known as workload" sh -c "'$T/scap-grep' -p '%proc.name %evt.res %evt.arg.ptid' 'evt.type=clone and evt.dir=< and evt.rawres=0 and proc.name=workload' '$CAP' | grep -q '^workload SUCCESS '"
check "connect made by the cloned child" sh -c "'$T/scap-grep' -p '%proc.name' 'evt.type=connect and evt.dir=<' '$CAP' | grep -q '^workload'"
check "bind and listen on 127.0.0.1:4242" sh -c "'$T/scap-grep' -p '%evt.type %evt.res %evt.args' 'evt.type=bind and evt.dir=<' '$CAP' | grep -q 'bind SUCCESS res=0 addr=127.0.0.1:4242' && '$T/scap-grep' 'evt.type=listen and evt.dir=>' '$CAP' | grep -q 'backlog=1'"
check "accept with the peer->local tuple" sh -c "'$T/scap-grep' -p '%evt.args' 'evt.type=accept and evt.dir=<' '$CAP' | grep -q 'fd=4(<4t>127.0.0.1:[0-9]*->127.0.0.1:4242) tuple=127.0.0.1:[0-9]*->127.0.0.1:4242 queuepct=.* queuemax=1'"
# has DESCRIPTION FORMAT FILTER REGEX: the matching events, printed with
# FORMAT and joined into one line, match REGEX
has() {
	if "$T/scap-grep" -p "$2" "$3" "$CAP" 2>/dev/null | sed 's/ *$//' |
	    tr '\n' ' ' | grep -q -- "$4"; then ok "$1"; else bad "$1"; fi
}
has "pwrite and pread with offset and data" '%evt.type %evt.args' \
    '(evt.type=pwrite or evt.type=pread) and proc.name=workload' \
    'pwrite fd=3(<f>/tmp/vmtest-file.txt) size=13 pos=100 pwrite res=13 data=pwrite-vmtest pread fd=3(<f>/tmp/vmtest-file.txt) size=13 pos=100 pread res=13 data=pwrite-vmtest'
has "writev and readv gather their buffers" '%evt.type %evt.args' \
    '(evt.type=writev or evt.type=readv) and evt.dir=<' \
    'writev res=17 data=writev-a-writev-b readv res=17 size=17 data=writev-a-writev-b'
has "dup2 and fcntl" '%evt.type %evt.args' \
    '(evt.type=dup or evt.type=fcntl) and proc.name=workload' \
    'dup fd=3(<f>/tmp/vmtest-file.txt) dup res=7(<f>/tmp/vmtest-file.txt) fcntl fd=7(<f>/tmp/vmtest-file.txt) cmd=3(F_SETFD) fcntl res=0'
has "mkdir, chdir, rename, unlink, rmdir" '%evt.type %evt.args' \
    'evt.type in (mkdir, chdir, rename, unlink, rmdir) and evt.dir=< and proc.name=workload' \
    'mkdir res=0 path=/tmp/vmtest-dir chdir res=0 path=/tmp/vmtest-dir rename res=0 oldpath=/tmp/vmtest-file.txt newpath=/tmp/vmtest-dir/moved.txt unlink res=0 path=moved.txt(/tmp/vmtest-dir/moved.txt) chdir res=0 path=/ rmdir res=0 path=/tmp/vmtest-dir'
has "pipe gives two fds" '%evt.args' 'evt.type=pipe and evt.dir=< and proc.name=workload' \
    'res=0 fd1=3(<p>) fd2=4(<p>) ino=[1-9]'
has "kill with pid and signal 0" '%evt.args' 'evt.type=kill and evt.dir=> and proc.name=workload' \
    'pid=[0-9]*(workload) sig=0'
has "UDP sendto and recvfrom with data and tuples" '%evt.type %evt.args' \
    '(evt.type=sendto or evt.type=recvfrom) and proc.name=workload' \
    'sendto fd=4(<4>) size=10 tuple=0.0.0.0:0->127.0.0.1:4343 sendto res=10 data=udp-vmtest recvfrom fd=3(<4u>127.0.0.1:4343) size=64 recvfrom res=10 data=udp-vmtest tuple=127.0.0.1:[0-9]*->127.0.0.1:4343'
has "process and user lists from /proc: pid 1 is init, /bin/busybox, root" \
    '%proc.name %proc.exepath %user.name' 'thread.tid=1' '^init /bin/busybox root'
has "fd list from /proc: the workload's stdout (inherited) is /dev/console" \
    '%fd.name' 'evt.type=write and proc.name=workload and fd.num=1' '^/dev/console'
if command -v sysdig >/dev/null 2>&1; then
	sysdig -r "$CAP" >"$B/sysdig.txt" 2>"$B/sysdig.err" || true
	check "sysdig -r reads the capture" sh -c "test -s '$B/sysdig.txt' && grep -q 'scap-vmtest-MARKER' '$B/sysdig.txt'"
	TZ=UTC "$T/scap-cat" "$CAP" >"$B/scap-cat.txt" 2>&1 || true
	check "sysdig -r and scap-cat print the same lines" cmp -s "$B/sysdig.txt" "$B/scap-cat.txt"
	check "sysdig -r reads the gzip capture" sh -c "sysdig -r '$B/cap2.scap.gz' | grep -q /etc/passwd"
	check "sysdig -r sees the connect tuple" grep -q 'connect.*127.0.0.1:[0-9]*->127.0.0.1:4242' "$B/sysdig.txt"
fi

# sched_switch: off by default, on with -S (caps.scap)
CS=$B/caps.scap
check "sched_switch off by default: no switch event (also after a -S recording)" sh -c "
	test \"\$('$T/scap-grep' -c 'evt.type=switch' '$CAP')\" = 0 &&
	test \"\$('$T/scap-grep' -c 'evt.type=switch' '$B/cap2.scap.gz')\" = 0"
check "-S: scap-record stopped by SIGINT with status 0, 0 drops" sh -c "grep -q 'vmtest: scap-record -S exit 0' '$B/console.log' && grep -q 'events written to /tmp/caps.scap, 0 dropped' '$B/console.log'"
"$T/scap-cat" "$CS" >"$B/cats.txt" 2>"$B/cats.err" || true
check "-S: scap-cat reads the capture" test -s "$B/cats.txt" -a ! -s "$B/cats.err"
# (next shows the thread's name when the thread is known, as in sysdig)
check "-S: switch events, each with next, pgft_maj, pgft_min, vm_size, vm_rss, vm_swap" sh -c "
	n=\$(grep -c ' > switch ' '$B/cats.txt') && test \$n -ge 10 &&
	test \$(grep -c ' > switch next=\\(0\\|[1-9][0-9]*\\(([^ ]*)\\)\\?\\) pgft_maj=[0-9]* pgft_min=[0-9]* vm_size=[0-9]* vm_rss=[0-9]* vm_swap=[0-9]* \$' '$B/cats.txt') = \$n"
check "-S: the workload is switched out with its memory and faults (vm_size, vm_rss, pgft_min > 0)" sh -c "
	'$T/scap-grep' -p '%evt.arg.vm_size %evt.arg.vm_rss %evt.arg.pgft_min' 'evt.type=switch and proc.name=workload' '$CS' |
	    awk '\$1 > 0 && \$2 > 0 && \$3 > 0 { k++ } END { exit !k }'"
check "-S: switches to the idle task (next=0) and to the workload" sh -c "
	'$T/scap-grep' -q 'evt.type=switch and evt.rawarg.next=0' '$CS' &&
	'$T/scap-grep' -p '%evt.rawarg.next' 'evt.type=switch' '$CS' | sort -u >'$B/next.txt' &&
	'$T/scap-grep' -p '%thread.tid' 'proc.name=workload' '$CS' | sort -u | comm -12 - '$B/next.txt' | grep -q ."
SP=$(sed -n 's/^vmtest: -S scap-record pid \([0-9]*\).*/\1/p' "$B/console.log")
check "-S: scap-record's own switches are not recorded" sh -c "test -n '$SP' && test \"\$('$T/scap-grep' -c 'evt.type=switch and thread.tid=$SP' '$CS')\" = 0 && test \"\$('$T/scap-grep' -c 'thread.tid=$SP' '$CS')\" = 0"
if command -v sysdig >/dev/null 2>&1; then
	st=0; sysdig -r "$CS" >"$B/sysdigs.txt" 2>"$B/sysdigs.err" || st=$?
	check "-S: sysdig -r reads the capture without error" test $st = 0 -a -s "$B/sysdigs.txt" -a ! -s "$B/sysdigs.err"
	check "-S: sysdig -r and scap-cat print the same lines (switch events included)" sh -c "cmp -s '$B/sysdigs.txt' '$B/cats.txt' && grep -q ' > switch next=' '$B/sysdigs.txt'"
fi

# -f FILTER: the filtered recording of the workload (capf.scap)
F='proc.name=workload and (evt.type=openat or evt.type=write)'
CF=$B/capf.scap
check "-f: a bad filter is refused with status 2 before the device is opened" sh -c "
	cd '$B' && rm -f bad.scap .bad.scap.*
	'$B/scap-record' -f 'proc.name=workload and (' -w bad.scap -D /nonexistent 2>bad.err
	test \$? = 2 && grep -q '^scap-record: -f: column [0-9]*: ' bad.err && ! ls -a | grep -q bad.scap"
check "-f: scap-record stopped by SIGINT with status 0" grep -q 'vmtest: scap-record -f exit 0' "$B/console.log"
check "-f: 0 drops, and the others kept as state only" sh -c "grep -q ', 0 dropped' '$B/recf.err' && grep -q '^scap-record: -f: [1-9][0-9]* of [1-9][0-9]* events matched, [1-9][0-9]* kept as state only' '$B/recf.err'"
"$T/scap-cat" "$CF" >"$B/catf.txt" 2>"$B/catf.err" || true
check "-f: scap-cat reads the filtered capture" test -s "$B/catf.txt" -a ! -s "$B/catf.err"
check "-f: every event shown matches the filter (scap-grep -v -c gives 0)" sh -c "test \"\$('$T/scap-grep' -v -c '$F' '$CF')\" = 0 && test \"\$('$T/scap-grep' -c '$F' '$CF')\" = \$(wc -l <'$B/catf.txt')"
check "-f: nothing else is shown (no close, socket, connect, execve, read)" sh -c "! grep -q ' \\(close\\|socket\\|connect\\|execve\\|clone\\|read\\|pwrite\\) ' '$B/catf.txt'"
has2() {	# has with another capture: DESCRIPTION CAPTURE FORMAT FILTER REGEX
	if "$T/scap-grep" -p "$3" "$4" "$2" 2>/dev/null | sed 's/ *$//' |
	    tr '\n' ' ' | grep -q -- "$5"; then ok "$1"; else bad "$1"; fi
}
has2 "-f: the workload's two opens, with file and process names" "$CF" \
    '%proc.name %evt.args' 'evt.type=openat and evt.dir=<' \
    '^workload fd=3(<f>/tmp/vmtest-file.txt) dirfd=-100(AT_FDCWD) name=/tmp/vmtest-file.txt flags=[0-9]*(O_TRUNC|O_CREAT|O_WRONLY) mode=0644 dev=[0-9a-f]* workload fd=3(<f>/tmp/vmtest-file.txt) dirfd=-100(AT_FDCWD) name=/tmp/vmtest-file.txt flags=[0-9]*(O_RDWR) mode=0 dev=[0-9a-f]* $'
has2 "-f: the write of the known string names its file" "$CF" \
    '%proc.name %fd.name %evt.buffer' 'evt.type=write and evt.dir=< and fd.type=file and fd.name contains vmtest' \
    '^workload /tmp/vmtest-file.txt scap-vmtest-MARKER-4242'
has2 "-f: state kept: the forked child's write names its TCP connection (socket, connect as state only)" "$CF" \
    '%proc.name %fd.name %evt.buffer' 'evt.type=write and evt.dir=< and fd.type=ipv4' \
    '^workload 127.0.0.1:[0-9]*->127.0.0.1:4242 ping-vmtest workload 127.0.0.1:[0-9]*->127.0.0.1:4242 pong-vmtest'
has2 "-f: state kept: the workload's stdout is /dev/console (the fd list and the exec)" "$CF" \
    '%proc.name %fd.name %evt.buffer' 'evt.type=write and evt.dir=< and fd.num=1' \
    '^workload /dev/console workload: done'
check "-f: the opens are those of the full capture" sh -c "test \"\$('$T/scap-grep' -p '%proc.name %fd.name' 'evt.type=openat and evt.dir=< and proc.name=workload' '$CAP')\" = \"\$('$T/scap-grep' -p '%proc.name %fd.name' 'evt.type=openat and evt.dir=<' '$CF')\""
# -f with -e 20 -W 3, stopped by SIGTERM
check "-f -e 20 -W 3: stopped by SIGTERM with status 0, more than 3 files" sh -c "grep -q 'vmtest: scap-record -f -e exit 0' '$B/console.log' && grep -q 'scap-record: [0-9]* events written to \([4-9]\|[1-9][0-9]\) files /tmp/frot.scap0\.\., 0 dropped' '$B/console.log'"
check "-f -e 20 -W 3: a ring of three files" grep -q 'vmtest: -f rotated files: frot.scap0 frot.scap1 frot.scap2$' "$B/console.log"
for f in frot.scap0 frot.scap1 frot.scap2; do
	# busybox's dd runs in a forked shell without exec: named init
	check "-f -e 20: $f reads alone, 1 to 20 events, all dd's reads of /dev/zero" sh -c "
		'$T/scap-cat' '$B/$f' >'$B/$f.txt' 2>'$B/$f.err' && test ! -s '$B/$f.err' &&
		n=\$(wc -l <'$B/$f.txt') && test \$n -ge 1 -a \$n -le 20 &&
		test \"\$('$T/scap-grep' -c 'evt.type=read and fd.name=/dev/zero' '$B/$f')\" = \$n &&
		test \"\$('$T/scap-cat' -p '%proc.name %fd.name' '$B/$f' | sort -u)\" = 'init /dev/zero'"
done
check "-f -n 30: stops by itself after 30 matching events" sh -c "grep -q 'vmtest: scap-record -f -n exit 0' '$B/console.log' && grep -q '^scap-record: 30 events written to /tmp/fn.scap' '$B/console.log' && grep -q 'vmtest: -f -n lines 30' '$B/console.log' && test \"\$('$T/scap-grep' -c 'evt.type=write and fd.name=/dev/null' '$B/fn.scap')\" = 30"
if command -v sysdig >/dev/null 2>&1; then
	st=0; sysdig -r "$CF" >"$B/sysdigf.txt" 2>"$B/sysdigf.err" || st=$?
	check "-f: sysdig -r reads the filtered capture without error" test $st = 0 -a -s "$B/sysdigf.txt" -a ! -s "$B/sysdigf.err"
	check "-f: sysdig -r and scap-cat print the same lines" cmp -s "$B/sysdigf.txt" "$B/catf.txt"
	check "-f: sysdig finds every event shown matching the filter" sh -c "sysdig -r '$CF' '$F' | cmp -s - '$B/sysdigf.txt'"
	check "-f -e: sysdig -r reads the rotated files" sh -c "for f in frot.scap0 frot.scap1 frot.scap2; do sysdig -r '$B'/\$f >'$B'/\$f.sysdig 2>&1 && cmp -s '$B'/\$f.sysdig '$B'/\$f.txt || exit 1; done"
fi
echo "vmtest: capture in $CAP ($(stat -c %s "$CAP" 2>/dev/null || echo 0) bytes)"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
