#!/usr/bin/env python3
"""Side-by-side benchmark of the claims engine: claims-bench (Swift, release) and, in the same
run, the SpEL oracle's `bench` over the same claim expressions with the same context (the roots
the engine evaluates the claims against: user, appuser, app, org, access, groups).

Usage (from Benchmarks/): python3 claims_compare.py [--iterations N] [--rounds N]
Rows SpEL cannot evaluate (the group-claim functions Groups.*, getFilteredGroups, which the
oracle does not define) are left out of its column and listed; the comparison then puts the
whole preview (every claim, the policy match and the tokens) against SpEL evaluating only the
expressions it can. Needs a JDK and the oracle's jars (see the oracle's README)."""
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
    print("SpEL (interpreted) eval ns per expression, same expressions and context:")
    for key in sorted(spel_ns):
        print("  %-34s %8.0f" % (key, spel_ns[key]))
    if skipped:
        print("  not run on SpEL (functions the oracle lacks): " + ", ".join(r["id"] for r in skipped))
    print()
    for case in results["rows"]:
        name = case["name"]
        if name not in ("example", "large-50c-500g"):
            continue
        total = sum(v for k, v in spel_ns.items() if k.startswith(name + "/"))
        count = sum(1 for k in spel_ns if k.startswith(name + "/"))
        print("%s: oel preview %.0f ns (all %d expressions + policy match + tokens; eval-only %.0f ns); "
              "SpEL evaluating %d of the expressions %.0f ns: %.1fx (preview), %.1fx (eval-only, same %d rows not separated)"
              % (name, case["previewNs"], len(case["expressions"]), case["evalNs"], count, total,
                 total / case["previewNs"], total / case["evalNs"], count))
    example = next((c for c in results["rows"] if c["name"] == "example"), None)
    if example:
        print("target: preview of the example < 20 us: %.1f us (%s)" % (example["previewNs"] / 1000,
              "met" if example["previewNs"] < 20000 else "not met"))

if __name__ == "__main__":
    main()
