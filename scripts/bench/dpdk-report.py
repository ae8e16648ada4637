#!/usr/bin/env python3
"""Summarise the DPDK benchmark's consoles (scripts/bench/dpdk.sh).

  dpdk-report.py --logs DIR --out OUT --rounds N --setup TEXT

DIR holds QEMU-ROUND.log per boot (QEMU: ours, ours-iothread, upstream),
each with dpdk-test-crypto-perf throughput runs between QVC-DPDK-BEGIN/END
markers.  Writes OUT.txt (medians with ranges, and each of ours over
upstream) and OUT.csv (algo, size, mode, mb_s, min_mb_s, max_mb_s, boots:
for plot.py).
"""
import argparse
import csv
import pathlib
import re
import statistics

BEGIN = re.compile(r"^QVC-DPDK-BEGIN perf-throughput-(\S+)-(\d+)$")
QEMUS = ("ours", "ours-iothread", "upstream")


def runs(path):
    """-> {(optype, size): [Mbit/s, ...]} of one console; a run that printed
    no result row (the PMD or the device refused it) gives nothing"""
    found = {}
    key = None
    for line in path.read_text(errors="replace").splitlines():
        m = BEGIN.match(line)
        if m:
            key = (m.group(1), int(m.group(2)))
            continue
        if key and line.startswith("QVC-DPDK-END"):
            key = None
            continue
        cols = line.split()
        # lcore, buf size, burst, enqueued, dequeued, failed enq, failed deq,
        # MOps, Gbps, cycles/buf
        if key and len(cols) == 10 and cols[0].isdigit() and int(cols[1]) == key[1]:
            found.setdefault(key, []).append(float(cols[8]) * 1000)
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--logs", required=True)
    ap.add_argument("--out", required=True, help="OUT.txt and OUT.csv are written")
    ap.add_argument("--rounds", type=int, required=True)
    ap.add_argument("--setup", required=True, help="how the guest ran, for the report")
    a = ap.parse_args()

    # (optype, size) -> qemu -> one value per boot (a boot's runs averaged)
    results = {}
    booted = set()
    for qemu in QEMUS:
        # QEMU-ROUND.log: "ours-2.log" is not one of ours-iothread's
        for log in sorted(pathlib.Path(a.logs).glob(f"{qemu}-[0-9]*.log")):
            booted.add(qemu)
            for key, values in runs(log).items():
                results.setdefault(key, {}).setdefault(qemu, []).append(
                    statistics.mean(values))

    rows, lines = [], []
    lines.append(f"dpdk-test-crypto-perf --ptest throughput, {a.setup}")
    lines.append(f"{a.rounds} boots of each QEMU, alternating; Mbit/s: median (min-max) of the boots")
    lines.append("")
    lines.append(f"{'operation':<18}{'size':>6}" +
                 "".join(f"  {q:>22}" for q in QEMUS) +
                 f"  {'ours/up':>8}  {'iothr/up':>8}")
    for (optype, size) in sorted(results, key=lambda k: (k[0], k[1])):
        per = results[(optype, size)]
        cells, med = [], {}
        for qemu in QEMUS:
            v = per.get(qemu, [])
            if not v:
                cells.append("n/a (refused)" if qemu in booted else "n/a")
                continue
            med[qemu] = statistics.median(v)
            cells.append(f"{med[qemu]:.0f} ({min(v):.0f}-{max(v):.0f}) x{len(v)}")
            rows.append({"algo": optype, "size": size, "mode": qemu,
                         "mb_s": f"{med[qemu]:.1f}", "min_mb_s": f"{min(v):.1f}",
                         "max_mb_s": f"{max(v):.1f}", "boots": len(v)})
        ratios = [f"{med[q] / med['upstream']:.2f}"
                  if q in med and "upstream" in med else "-"
                  for q in ("ours", "ours-iothread")]
        lines.append(f"{optype:<18}{size:>6}" +
                     "".join(f"  {c:>22}" for c in cells) +
                     "".join(f"  {r:>8}" for r in ratios))
    pathlib.Path(a.out + ".txt").write_text("\n".join(lines) + "\n")
    with open(a.out + ".csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["algo", "size", "mode", "mb_s",
                                          "min_mb_s", "max_mb_s", "boots"])
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
