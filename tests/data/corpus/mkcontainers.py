#!/usr/bin/env python3
# Makes containers_json.scap: 502Error.scap with the JSON of two of its
# container events replaced (nested members, escapes, a repeated key,
# null, an address).  python3 mkcontainers.py 502Error.scap containers_json.scap
import struct, sys
src, dst = sys.argv[1], sys.argv[2]
d = open(src, 'rb').read()
out = bytearray(); off = 0; n = 0
J = {
 b'59fd49aa4072': '{"container":{"Mounts":[{"Source":"/a","Destination":"/b","Mode":"","RW":true,"Propagation":""}],"labels":{"com.x":"y}","n":"[1,2]"},"name":"decoy","id":"59fd49aa4072","image":"dockercloud/haproxy","name":"lb \\"quoted\\" caf\\u00e9 \\/x \\ud83d\\ude00","type":0,"created_time":1506127469,"privileged":false,"port_mappings":[{"HostIp":0,"HostPort":80,"ContainerPort":80}],"ip":"192.168.0.3"}}\n',
 b'c78a447010cd': '{"container":{"id":"c78a447010cd","image":"python","name":null,"type":0,"ip":"0.0.0.0"}}\n',
}
while off < len(d):
    bt, tl = struct.unpack_from('<II', d, off)
    blk = d[off:off+tl]
    if bt == 0x204:
        cpu, ts, tid, ln, et = struct.unpack_from('<HQQIH', blk, 8)
        if et == 272:
            plen = struct.unpack_from('<H', blk, 8+24)[0]
            js = blk[8+24+2:8+24+2+plen]
            for k, v in J.items():
                if b'"id":"' + k + b'"' in js:
                    payload = v.encode() + b'\0'
                    ev = struct.pack('<QQIH', ts, tid, 22 + 2 + len(payload), et) + struct.pack('<H', len(payload)) + payload
                    body = struct.pack('<H', cpu) + ev
                    total = 8 + len(body) + 4
                    pad = (4 - total % 4) % 4
                    total += pad
                    blk = struct.pack('<II', bt, total) + body + b'\0'*pad + struct.pack('<I', total)
                    n += 1
    out += blk; off += tl
open(dst, 'wb').write(out)
print('replaced', n)
