#!/usr/bin/env python3
"""The floor under parse + compile, side by side with SpEL's parse and the engine's compile in one run.

Builds Experiments/flat-compile-floor.swift twice (a featureless, speed-tuned single-pass parser into
one buffer, and the same with the checks a real compiler cannot skip, `-D ESSENTIALS`: see its
header) and the benchmark package, runs SpEL's `bench` (its parse column), the engine's
`oel-bench --compile-only` and both floors on the same workload, and prints per row and in total
(over the rows both floors can parse) the times and SpEL's time over each.

Usage (from Benchmarks/): python3 Experiments/floor-vs-spel.py [--iterations N] [--workload FILE]"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, BENCH)
from compare import spel  # noqa: E402

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=20000)
    parser.add_argument("--workload", default=os.path.join(ROOT, "bench", "bench-expressions.jsonl"))
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        floor = os.path.join(tmp, "flat-compile-floor")
        essentials = os.path.join(tmp, "flat-compile-floor-essentials")
        subprocess.run(["swiftc", "-O", os.path.join(HERE, "flat-compile-floor.swift"), "-o", floor], check=True)
        subprocess.run(["swiftc", "-O", "-D", "ESSENTIALS", os.path.join(HERE, "flat-compile-floor.swift"), "-o", essentials], check=True)
        subprocess.run(["swift", "build", "-c", "release", "--package-path", BENCH], check=True, capture_output=True)
        report = os.path.join(tmp, "oel.json")
        subprocess.run([os.path.join(BENCH, ".build", "release", "oel-bench"), options.workload, "--compile-only",
                        "--iterations", str(options.iterations), "--json", report], check=True, capture_output=True)
        ours = {row["id"]: row["compileNs"] for row in json.load(open(report))["rows"]}
        spel_rows, _ = spel(options.workload, options.iterations, 5, False)
        floor_rows = times(floor, options)
        essential_rows = times(essentials, options)
    keys = [key for key in floor_rows if key in essential_rows]
    print("%-20s %9s %11s %12s %11s %11s %15s %9s" % ("expression", "floor ns", "+essentials", "oel compile", "SpEL parse",
                                                    "SpEL/floor", "SpEL/essentials", "SpEL/oel"))
    totals = [0.0, 0.0, 0.0, 0.0]
    for key in keys + ["total (%d rows)" % len(keys)]:
        if key in floor_rows:
            row = [floor_rows[key], essential_rows[key], ours.get(key, float("nan")), spel_rows.get(key, {}).get("parse", float("nan"))]
            totals = [t + v for t, v in zip(totals, row)]
        else:
            row = totals
        print("%-20s %9.0f %11.0f %12.0f %11.0f %10.1fx %14.1fx %8.1fx" % (key, row[0], row[1], row[2], row[3],
                                                                        row[3] / row[0], row[3] / row[1], row[3] / row[2]))

def times(binary, options):
    """Per row id, the median ns per compile the floor binary prints."""
    out = subprocess.run([binary, str(options.iterations), options.workload], capture_output=True, text=True, check=True).stdout
    rows = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and not line.startswith("#") and parts[0] != "TOTAL":
            rows[parts[0]] = float(parts[1])
    return rows

if __name__ == "__main__":
    main()
