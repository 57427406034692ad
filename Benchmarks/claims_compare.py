#!/usr/bin/env python3
"""Side-by-side benchmark of the claims engine: claims-bench (Swift, release) and, in the same
run, the SpEL oracle's `bench` over the same claim expressions with the same context (the roots
the engine evaluates the claims against: user, appuser, app, org, access, groups).

Usage (from Benchmarks/): python3 claims_compare.py [--iterations N] [--rounds N]
Rows SpEL cannot evaluate (the group-claim functions Groups.*, getFilteredGroups, which the
oracle does not define) are left out of both columns and listed: the expression comparison is
over exactly the rows both sides run, each timed alone, with the same context. The whole
preview's time is printed beside SpEL's total for those rows. Needs a JDK and the oracle's jars (see the oracle's README)."""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(os.path.dirname(HERE), "..", "shared", "tools", "spel-oracle", "run.sh")

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--oracle", default=os.environ.get("SPEL_ORACLE", ORACLE))
    options = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "claims-bench"], cwd=HERE, check=True,
                   stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as tmp:
        report, workload = os.path.join(tmp, "claims.json"), os.path.join(tmp, "spel.jsonl")
        ours = subprocess.run([os.path.join(HERE, ".build", "release", "claims-bench"), "--iterations", str(options.iterations),
                               "--rounds", str(options.rounds), "--json", report, "--spel-workload", workload],
                              capture_output=True, text=True, check=True).stdout
        print(ours.rstrip())
        results = json.load(open(report))
        rows = [json.loads(line) for line in open(workload) if line.strip()]
        # Which rows SpEL evaluates without an error.
        probe = subprocess.run([options.oracle], input="".join(json.dumps(r) + "\n" for r in rows),
                               capture_output=True, text=True, check=True).stdout
        ok, skipped = [], []
        for row, line in zip(rows, probe.splitlines()):
            (skipped if "error" in json.loads(line) else ok).append(row)
        supported = os.path.join(tmp, "spel-ok.jsonl")
        with open(supported, "w") as f:
            for row in ok:
                f.write(json.dumps(row) + "\n")
        spel = subprocess.run([options.oracle, "bench", supported, str(options.iterations), "--rounds", str(options.rounds),
                               "--warmup-sec", "5"], capture_output=True, text=True, check=True).stdout
        spel_ns = {}
        for line in spel.splitlines():
            parts = line.split()
            if len(parts) >= 2 and not line.startswith("#") and parts[0] not in ("id", "TOTAL"):
                try:
                    spel_ns[parts[0]] = float(parts[1])
                except ValueError:
                    pass
    print()
    print("Like for like: each expression alone, the same expressions (those SpEL runs) with the same context")
    print("  %-34s %10s %12s %7s" % ("expression", "oel ns", "SpEL ns", "ratio"))
    summary = {}
    for case in results["rows"]:
        name = case["name"]
        ours_ns = dict(zip(case["expressions"], case.get("expressionNs", [])))
        shared = [k for k in case["expressions"] if k in spel_ns]
        if not shared:
            continue
        for key in shared:
            print("  %-34s %10.0f %12.0f %6.1fx" % (key, ours_ns[key], spel_ns[key], spel_ns[key] / max(ours_ns[key], 1e-9)))
        oel_total, spel_total = sum(ours_ns[k] for k in shared), sum(spel_ns[k] for k in shared)
        summary[name] = (oel_total, spel_total, len(shared))
        print("  %-34s %10.0f %12.0f %6.1fx" % (name + " TOTAL (%d rows)" % len(shared), oel_total, spel_total,
                                                  spel_total / max(oel_total, 1e-9)))
    if skipped:
        print("  not run on SpEL (functions the oracle lacks), left out of both columns: " + ", ".join(r["id"] for r in skipped))
    print()
    for case in results["rows"]:
        name = case["name"]
        if name not in summary:
            continue
        oel_total, spel_total, count = summary[name]
        print("%s: expressions SpEL runs (%d): oel %.0f ns, SpEL %.0f ns: oel %.1fx faster (target 10x: %s); "
              "whole preview %.0f ns (all %d expressions + policy match + tokens) = %.2fx SpEL's total for those %d"
              % (name, count, oel_total, spel_total, spel_total / oel_total, "met" if spel_total / oel_total >= 10 else "not met",
                 case["previewNs"], len(case["expressions"]), case["previewNs"] / spel_total, count))
    example = next((c for c in results["rows"] if c["name"] == "example"), None)
    if example:
        print("target: preview of the example < 20 us: %.1f us without the trace, %.1f us with it (--explain) (%s)"
              % (example["previewNs"] / 1000, example.get("tracedPreviewNs", 0) / 1000,
                 "met" if example["previewNs"] < 20000 else "not met"))

if __name__ == "__main__":
    main()
