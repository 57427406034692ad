#!/usr/bin/env python3
"""Side-by-side benchmark: oel (Swift, release) against SpEL (interpreted and bytecode-compiled)
on the shared workload, in one run. Prints per expression the ns per evaluation of each and
the ratios, the parse/compile times, allocations per evaluation, and the totals.

Usage (from Benchmarks/): python3 compare.py [--iterations N] [--rounds N] [--workload FILE] [--markdown] [--runs N]
With --runs N the whole comparison runs N times, one after another; each run's headline figures
are printed, then their ranges and medians, then the full table of the run nearest the medians.
Needs a JDK and Debian's libspring-expression-java / libgoogle-gson-java for the SpEL side."""
import argparse, json, os, re, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def spel(workload, iterations, rounds, compiled):
    oracle = os.path.join(ROOT, "..", "shared", "tools", "spel-oracle", "run.sh")
    args = [oracle, "bench", workload, str(iterations), "--rounds", str(rounds), "--warmup-sec", "5"]
    if compiled:
        args.append("--compile")
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    rows = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 4 and not line.startswith("#") and parts[0] not in ("id", "TOTAL"):
            try:
                rows[parts[0]] = {"eval": float(parts[1]), "parse": float(parts[3])}
            except ValueError:
                pass
    return rows, out

def measure(options):
    """One side-by-side run: the table rows, the summary lines and the headline figures."""
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "oel.json")
        ours_text = subprocess.run([os.path.join(HERE, ".build", "release", "oel-bench"), options.workload,
                                    "--iterations", str(options.iterations), "--rounds", str(options.rounds), "--json", report],
                                   capture_output=True, text=True, check=True).stdout
        ours = json.load(open(report))
    interpreted, _ = spel(options.workload, options.iterations, options.rounds, False)
    compiled, compiled_text = spel(options.workload, options.iterations, options.rounds, True)
    compiled_ids = set()
    for line in compiled_text.splitlines():
        parts = line.split()
        if len(parts) >= 5 and not line.startswith("#") and parts[4] == "yes":
            compiled_ids.add(parts[0])
    faster_than_compiled = []
    rows = []
    totals = {"oel": 0, "spel": 0, "spelc": 0, "oelc_rows": 0, "spelc_rows": 0, "oelcompile": 0, "spelparse": 0}
    for row in ours["rows"]:
        key = row["id"]
        s = interpreted.get(key, {}).get("eval", float("nan"))
        c = compiled.get(key, {}).get("eval", float("nan"))
        p = interpreted.get(key, {}).get("parse", float("nan"))
        totals["oel"] += row["evalNs"]; totals["spel"] += s; totals["spelc"] += c
        totals["oelcompile"] += row["compileNs"]; totals["spelparse"] += p
        if key in compiled_ids:
            totals["oelc_rows"] += row["evalNs"]; totals["spelc_rows"] += c
            if row["evalNs"] < c:
                faster_than_compiled.append(key)
        rows.append([key, "%.0f" % row["evalNs"], "%.0f" % s, "%.1fx" % (s / row["evalNs"]), ("%.0f" % c) + ("" if key in compiled_ids else " (interpreted)"),
                     "%.1fx" % (c / row["evalNs"]), "%.0f" % row["compileNs"], "%.0f" % p, "%.1fx" % (p / row["compileNs"]),
                     "%.1f" % row["allocationsPerEval"], "%.1f" % row.get("allocationsPerCompile", float("nan"))])
    rows.append(["**total**", "%.0f" % totals["oel"], "%.0f" % totals["spel"], "%.1fx" % (totals["spel"] / totals["oel"]),
                 "%.0f" % totals["spelc"], "%.1fx" % (totals["spelc"] / totals["oel"]), "%.0f" % totals["oelcompile"],
                 "%.0f" % totals["spelparse"], "%.1fx" % (totals["spelparse"] / totals["oelcompile"]), "", ""])
    throughput = [l for l in ours_text.splitlines() if l.startswith("throughput")][0]
    zero = [row["id"] for row in ours["rows"] if row["allocationsPerEval"] == 0]
    summary = [
        throughput,
        "rows SpEL compiles to bytecode: %d; oel faster than compiled SpEL on %d of them (%s)" % (
            len(compiled_ids), len(faster_than_compiled), ", ".join(faster_than_compiled) or "none"),
        "on those rows in total: oel %.0f ns, compiled SpEL %.0f ns (%.2fx)" % (
            totals["oelc_rows"], totals["spelc_rows"], totals["spelc_rows"] / totals["oelc_rows"]),
        "rows with zero allocations per evaluation: %d of %d" % (len(zero), len(ours["rows"])),
        "evaluation: %.1fx interpreted SpEL in total (target 10x); parse + compile: %.1fx SpEL's parse in total (target 5x)" % (
            totals["spel"] / totals["oel"], totals["spelparse"] / totals["oelcompile"]),
    ]
    scaling = float(re.search(r"scaling ([\d.]+)x", throughput).group(1))
    figures = {"evaluation vs interpreted SpEL": totals["spel"] / totals["oel"],
               "evaluation vs compiled SpEL (its rows, total)": totals["spelc_rows"] / totals["oelc_rows"],
               "parse + compile vs SpEL's parse": totals["spelparse"] / totals["oelcompile"],
               "two threads vs one": scaling,
               "oel compile total (us)": totals["oelcompile"] / 1000,
               "rows faster than compiled SpEL": len(faster_than_compiled)}
    return {"rows": rows, "summary": summary, "figures": figures}

def number(value):
    """A figure as printed: counts without decimals, ratios with two."""
    return "%d" % value if float(value).is_integer() else "%.2f" % value

def print_table(measurement, markdown):
    header = ["expression", "oel ns", "SpEL ns", "SpEL/oel", "SpEL compiled ns", "compiled/oel", "oel compile ns", "SpEL parse ns", "parse ratio", "allocs/eval", "allocs/compile"]
    rows = measurement["rows"]
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("| " + " | ".join(["---"] + ["---:"] * (len(header) - 1)) + " |")
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
        for r in [header] + rows:
            print("  ".join(str(v).rjust(widths[i]) if i else str(v).ljust(widths[i]) for i, v in enumerate(r)))
    print()
    for line in measurement["summary"]:
        print(line)

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workload", default=os.path.join(ROOT, "bench", "bench-expressions.jsonl"))
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--runs", type=int, default=1, help="repeat the comparison N times and report ranges and medians")
    options = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--package-path", HERE], check=True, capture_output=True)
    runs = []
    for index in range(max(1, options.runs)):
        runs.append(measure(options))
        if options.runs > 1:
            print("run %d: " % (index + 1) + "; ".join("%s %s" % (k, number(v)) for k, v in runs[-1]["figures"].items()), flush=True)
    if len(runs) == 1:
        print_table(runs[0], options.markdown)
        return
    medians = {key: statistics.median(run["figures"][key] for run in runs) for key in runs[0]["figures"]}
    print()
    for key, median in medians.items():
        values = [run["figures"][key] for run in runs]
        print("%s: %s-%s, median %s" % (key, number(min(values)), number(max(values)), number(median)))
    # The run nearest the medians (relative distance over the headline ratios) is shown in full.
    ratios = ["evaluation vs interpreted SpEL", "evaluation vs compiled SpEL (its rows, total)", "parse + compile vs SpEL's parse", "two threads vs one"]
    nearest = min(range(len(runs)), key=lambda i: sum(abs(runs[i]["figures"][k] / medians[k] - 1) for k in ratios))
    print()
    print("run %d, the nearest to the medians:" % (nearest + 1))
    print()
    print_table(runs[nearest], options.markdown)

if __name__ == "__main__":
    main()
