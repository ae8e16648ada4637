#!/usr/bin/env python3
"""Plot benchmark CSVs: throughput (mb_s) against request size, log x axis.

  plot.py -o OUT.png A.csv [B.csv ...]

Every CSV needs the columns size, mode and mb_s (algo is optional); the
end-to-end bench (report.py) writes them; the in-process bench's
device_mb_s and raw_mb_s columns become a device and a raw line for each
algorithm (session requests).  Each CSV gets its
own panel, titled by its file name; each distinct (algo, mode) a line.  A
mode "GROUP/VARIANT" (e.g. "ours/2 streams") takes its colour from GROUP and
its line style from VARIANT, so the same implementation keeps its colour.
"""
import argparse
import csv
import pathlib

import matplotlib

matplotlib.use("Agg")  # no display: write files only
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)
import matplotlib.ticker  # noqa: E402

STYLES = ["-", "--", ":", "-."]
MARKERS = ["o", "s", "^", "D", "v", "x"]


def device_and_raw(rows):
    """The in-process bench's session rows as "ALGO/device", "ALGO/raw" rows"""
    out = []
    sizes = {}
    for r in rows:
        sizes.setdefault(r["algo"], set()).add(r["size"])
    for r in rows:
        # one size (RSA) makes no line
        if r["mode"] != "session" or len(sizes[r["algo"]]) < 2:
            continue
        for side in ("device", "raw"):
            out.append({"size": r["size"], "mode": f"{r['algo']}/{side}",
                        "mb_s": r[f"{side}_mb_s"]})
    return out


def load(path):
    """-> {label: [(size, mb_s), ...] sorted by size}, in first-seen order"""
    series = {}
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    if rows and "device_mb_s" in rows[0]:
        rows = device_and_raw(rows)
    algos = {r.get("algo", "") for r in rows}
    load.algo = algos.pop() if len(algos) == 1 else ""
    for r in rows:
        if not r.get("mb_s"):
            continue
        label = r["mode"] if len(algos) <= 1 else f"{r.get('algo', '')} {r['mode']}"
        series.setdefault(label, []).append((float(r["size"]), float(r["mb_s"])))
    return {k: sorted(v) for k, v in series.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("csv", nargs="+")
    a = ap.parse_args()

    fig, axes = plt.subplots(1, len(a.csv), figsize=(7.5 * len(a.csv), 5), squeeze=False)
    for ax, path in zip(axes[0], a.csv):
        series = load(path)
        groups, variants = {}, {}
        for label, points in series.items():
            group, _, variant = label.rpartition("/") if "/" in label else (label, "", "")
            c = groups.setdefault(group, f"C{len(groups) % 10}")
            s = variants.setdefault(variant, len(variants))
            xs, ys = zip(*points)
            ax.plot(xs, ys, color=c, linestyle=STYLES[s % len(STYLES)],
                    marker=MARKERS[s % len(MARKERS)], label=label)
        ax.set_xscale("log", base=2)
        # the measured sizes as plain numbers, not powers of two
        sizes = sorted({x for points in series.values() for x, _ in points})
        ax.set_xticks(sizes, [f"{x:g}" for x in sizes])
        ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
        ax.set_yscale("log")
        ax.set_xlabel("request size (bytes)")
        ax.set_ylabel("throughput (MB/s, 10^6 bytes/s)")
        ax.set_title(f"{pathlib.Path(path).stem} {load.algo}".strip())
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize="small")
    fig.tight_layout()
    fig.savefig(a.output, dpi=110)


if __name__ == "__main__":
    main()
