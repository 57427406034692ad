#!/usr/bin/env python3
"""Dumps `oel preview` for every scenario request under examples/orders/scenarios (with
`--format json --explain`, `--format json` and the text form, at a fixed clock), one file per
scenario and form, so the outputs of two builds can be diffed byte for byte:

    python3 preview_dump.py OEL_BEFORE before/ && python3 preview_dump.py OEL_AFTER after/ && diff -r before after
"""
import glob, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCENARIOS = os.path.join(ROOT, "examples", "orders", "scenarios")
FORMS = (["--format", "json", "--explain"], ["--format", "json"], [])

def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    oel, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    count = 0
    for path in sorted(glob.glob(os.path.join(SCENARIOS, "**", "*.json*"), recursive=True)):
        try:
            items = [json.loads(l) for l in open(path) if l.strip()] if path.endswith(".jsonl") else json.load(open(path))
        except ValueError:
            continue
        if not isinstance(items, list):
            continue
        folder = os.path.dirname(path)
        for index, scenario in enumerate(items):
            if not isinstance(scenario, dict) or "request" not in scenario or "config" not in scenario:
                continue
            request = os.path.join(out, "request.json")
            with open(request, "w") as f:
                json.dump(scenario["request"], f)
            config = os.path.join(folder, scenario["config"])
            directory = os.path.join(folder, scenario.get("directory", "directory.json"))
            for form in FORMS:
                run = subprocess.run([oel, "preview", "--server", config, "--directory", directory, "--request", request,
                                      "--now", "2015-07-31T17:18:37Z"] + form, capture_output=True, text=True)
                name = "%s-%d-%s-%s" % (os.path.relpath(path, SCENARIOS).replace(os.sep, "_"), index, scenario.get("id", ""),
                                        "_".join(form) or "text")
                with open(os.path.join(out, name), "w") as f:
                    f.write("rc=%d\n--stdout\n%s--stderr\n%s" % (run.returncode, run.stdout, run.stderr))
            count += 1
    os.remove(os.path.join(out, "request.json")) if count else None
    print(count, "scenarios dumped")

if __name__ == "__main__":
    main()
