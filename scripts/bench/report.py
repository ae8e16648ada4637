#!/usr/bin/env python3
"""Turn the consoles of the end-to-end benchmark's boots into tables.

Reads LOGS/<qemu>-<round>.log (qemu: ours or upstream), each with lines
  QVC-BENCH impl=virtio|sw driver=D streams=S size=N ops=O bytes=B usec=U tail=HEX
and writes OUT.txt (a table for people) and OUT.csv (for plot.py and other
tools).  Per QEMU, impl, streams and size the median over the boots is
reported; the software rows come from every boot of both QEMUs (the guest's
software AES does not depend on the device).  MB/s means 10^6 bytes/s.

Exits 3 after writing when something went wrong in the guest: an error
line, a missing measurement, or a ciphertext that differs between drivers.
"""
import argparse
import csv
import os
import pathlib
import re
import statistics
import sys

LINE = re.compile(r"^QVC-BENCH (impl=.*)$")
QEMUS = ("ours", "upstream")
# the CSV's columns; the first six are those every bench CSV shares (plot.py)
COLUMNS = ["algo", "size", "mode", "ops_s", "mb_s", "ratio",
           "bench", "impl", "streams", "runs", "mb_s_min", "mb_s_max"]


def parse(logdir):
    """-> ({(qemu, impl, streams, size): [(ops_s, mb_s), ...]}, tails, problems)"""
    runs, tails, problems = {}, {}, []
    for log in sorted(pathlib.Path(logdir).glob("*.log")):
        qemu = log.stem.rsplit("-", 1)[0]
        if qemu not in QEMUS:
            continue
        for line in log.read_text(errors="replace").splitlines():
            if line.startswith("QVC-BENCH-ERROR"):
                problems.append(f"{log.name}: {line}")
            m = LINE.match(line)
            if not m:
                continue
            f = dict(kv.split("=", 1) for kv in m.group(1).split())
            usec = int(f["usec"])
            if usec <= 0:
                continue
            key = (qemu, f["impl"], int(f["streams"]), int(f["size"]))
            runs.setdefault(key, []).append(
                (int(f["ops"]) * 1e6 / usec, int(f["bytes"]) / usec))
            tails.setdefault(int(f["size"]), set()).add((f["impl"], qemu, f["tail"]))
    return runs, tails, problems


def summary(samples):
    """-> (median ops/s, median MB/s, min MB/s, max MB/s, n) or None"""
    if not samples:
        return None
    mbs = [s[1] for s in samples]
    return (statistics.median(s[0] for s in samples), statistics.median(mbs),
            min(mbs), max(mbs), len(samples))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--logs", required=True)
    ap.add_argument("--out", required=True, help="OUT.txt and OUT.csv are written")
    ap.add_argument("--msec", type=int, required=True)
    ap.add_argument("--rounds", type=int, required=True)
    ap.add_argument("--accel", required=True, help="QEMU's -accel value")
    ap.add_argument("--sizes", required=True, help="sizes, space-separated")
    ap.add_argument("--streams", required=True, help="stream counts, space-separated")
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split()]
    streams = [int(s) for s in a.streams.split()]
    runs, tails, problems = parse(a.logs)

    rows, table = [], []
    for st in streams:
        for size in sizes:
            ours = summary(runs.get(("ours", "virtio", st, size), []))
            up = summary(runs.get(("upstream", "virtio", st, size), []))
            sw = summary(runs.get(("ours", "sw", st, size), []) +
                         runs.get(("upstream", "sw", st, size), []))
            ratio = ours[1] / up[1] if ours and up and up[1] > 0 else None
            for name, res in (("ours", ours), ("upstream", up), ("guest-sw", sw)):
                if res is None:
                    problems.append(f"no measurement: {name} streams={st} size={size}")
                    continue
                rows.append({
                    "algo": "aes-128-cbc", "size": size,
                    "mode": f"{name}/{st} stream{'s' if st > 1 else ''}",
                    "ops_s": f"{res[0]:.1f}", "mb_s": f"{res[1]:.3f}",
                    "ratio": f"{ratio:.3f}" if name == "ours" and ratio else "",
                    "bench": "e2e", "impl": name, "streams": st, "runs": res[4],
                    "mb_s_min": f"{res[2]:.3f}", "mb_s_max": f"{res[3]:.3f}"})
            table.append((st, size, ours, up, ratio, sw))

    for size, seen in sorted(tails.items()):
        if len({t for _, _, t in seen}) > 1:
            problems.append(f"size={size}: drivers' ciphertexts differ: {sorted(seen)}")

    with open(a.out + ".csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)

    def mb(r):
        return f"{r[1]:10.3f}" if r else f"{'-':>10}"

    def spread(r):
        return f"{r[2]:.2f}-{r[3]:.2f}" if r else "-"

    def ops(r):
        return f"{r[0]:10.0f}" if r else f"{'-':>10}"

    out = [
        f"AES-128-CBC encryption through AF_ALG in a Linux guest, -accel {a.accel} -smp 2",
        f"MB/s = 10^6 bytes/s; median of {a.rounds} boots per QEMU (booted alternately),",
        f"{a.msec} ms per measurement; 2 streams = two processes, each its own socket and key.",
        "ours     = virtio_crypto_aes_cbc on build/qemu (our series)",
        "upstream = virtio_crypto_aes_cbc on build/qemu-upstream (same QEMU, no series)",
        "guest-sw = cbc(aes-generic) in the guest kernel (median of all boots)",
        "",
        f"{'streams':>7} {'size':>6} {'ours':>10} {'upstream':>10} {'ours/up':>8} "
        f"{'guest-sw':>10} {'ours op/s':>10} {'up op/s':>10}  {'ours range':>14} {'up range':>14}",
    ]
    for st, size, ours, up, ratio, sw in table:
        r = f"{ratio:8.2f}" if ratio else f"{'-':>8}"
        # only where the boots' ranges do not overlap is a ratio more than noise
        flag = ""
        if ours and up and ours[3] < up[2]:
            flag = "  <- ours slower (ranges apart)"
        elif ours and up and ours[2] > up[3]:
            flag = "  <- ours faster (ranges apart)"
        out.append(f"{st:>7} {size:>6} {mb(ours)} {mb(up)} {r} {mb(sw)} {ops(ours)} "
                   f"{ops(up)}  {spread(ours):>14} {spread(up):>14}{flag}")
    out.append("")
    out.append("range = slowest-fastest boot; where ours' and upstream's ranges overlap,")
    out.append("the ratio is within run-to-run noise.")
    out.append("ciphertexts: " + ("every driver gave the same (checked per size)"
                                  if not any("differ" in p for p in problems) else "MISMATCH"))
    # other jobs on the host skew every number: say how loaded it was
    loads = []
    lf = pathlib.Path(a.logs) / "loadavg"
    if lf.exists():
        loads = [float(x) for line in lf.read_text().split("\n") for x in line.split()[2:]]
    if loads:
        out.append(f"host load average (1 min) around the boots: {min(loads):.2f} to "
                   f"{max(loads):.2f} (this machine has {os.cpu_count()} CPUs)")
    out += [f"problem: {p}" for p in problems]
    pathlib.Path(a.out + ".txt").write_text("\n".join(out) + "\n")
    return 3 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
