#!/usr/bin/env python3
"""fuzz.py - differential fuzzing of scap-cat against sysdig 0.29.3.

    python3 tests/fuzz/fuzz.py [-n CAPTURES] [-s FIRST_SEED] [-e EVENTS]
                               [-o OUTDIR] [-j JOBS]

For each seed, gencap.py writes a capture; `TZ=UTC sysdig -r` and
`TZ=UTC tools/scap-cat` read it; their outputs are compared line by line.
Captures that differ are kept in OUTDIR (default /tmp/scap-fuzz-out) with
both outputs and a diff.  Prints totals: captures, events, differing lines.
"""
import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gencap  # noqa: E402

ENV = dict(os.environ, TZ="UTC", LC_ALL="C")


def one(seed, nev, outdir):
    cap = os.path.join(outdir, "s%d.scap" % seed)
    with open(cap, "wb") as f:
        f.write(gencap.Gen(seed, nev).run())
    sd = subprocess.run(["sysdig", "-r", cap], env=ENV, capture_output=True)
    sc = subprocess.run([os.path.join(TOP, "tools", "scap-cat"), cap],
                        env=ENV, capture_output=True)
    a = sd.stdout.decode("latin-1").splitlines(True)
    b = sc.stdout.decode("latin-1").splitlines(True)
    refused = sd.returncode != 0
    ndiff = 0
    if a != b:
        d = list(difflib.unified_diff(a, b, "sysdig", "scap-cat", n=0))
        ndiff = sum(1 for x in d if x.startswith("-") and
                    not x.startswith("---"))
        ndiff = max(ndiff, sum(1 for x in d if x.startswith("+") and
                               not x.startswith("+++")))
        with open(cap + ".diff", "w", encoding="latin-1") as f:
            f.writelines(d)
        with open(cap + ".sysdig", "wb") as f:
            f.write(sd.stdout)
        with open(cap + ".err", "wb") as f:
            f.write(sd.stderr + b"\n----\n" + sc.stderr)
    else:
        os.unlink(cap)
    return seed, len(a), ndiff, refused, sd.stderr.decode("latin-1")[:200]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("-s", type=int, default=1)
    ap.add_argument("-e", type=int, default=300)
    ap.add_argument("-o", default="/tmp/scap-fuzz-out")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    a = ap.parse_args()
    os.makedirs(a.o, exist_ok=True)
    gencap.load_table()
    caps = events = diffs = bad = refused = 0
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        futs = [ex.submit(one, s, a.e, a.o) for s in range(a.s, a.s + a.n)]
        for fu in futs:
            seed, nl, nd, ref, err = fu.result()
            caps += 1
            events += nl
            diffs += nd
            if ref:
                refused += 1
                print("seed %d: sysdig refused: %s" % (seed, err.strip()))
            elif nd:
                bad += 1
                print("seed %d: %d differing lines" % (seed, nd))
    print("captures %d, events printed by sysdig %d, captures differing %d, "
          "differing lines %d, refused %d" % (caps, events, bad, diffs,
                                              refused))
    return 1 if diffs or refused else 0


if __name__ == "__main__":
    sys.exit(main())
