#!/usr/bin/env python3
"""Differential check: run corpus cases (or JSONL requests) through `oel eval --jsonl`
and through the SpEL oracle (`run.sh --lenient`), and report where they disagree.

Usage:
  tools/oracle-diff.py [--oel PATH] [--oracle PATH] [--only-core] [--verbose] [PATH ...]

PATH is a corpus file (*.json), a directory of corpus files (searched recursively), or a
JSON Lines file (*.jsonl) of {"id", "expr", "context"?, "strict"?, "note"?} requests.
Without PATH the whole corpus/ of the repository is read (corpus/core with --only-core).

What is compared:
  * both sides fail            -> agree (messages and codes are not compared);
  * one fails, one gives value -> disagree;
  * both give values           -> agree when the JSON values are equal (1 and 1.0 differ) and
                                  the types match after mapping Java list classes to Array and
                                  Java map classes to Map.
Cases that cannot be compared are skipped: `canonical` cases (parse only) and Identity Engine
(`oie`) cases, which the classic-only oracle cannot run. Cases marked `"strict": true` go to the
oracle without --lenient (a missing map key is then an error there too).

A disagreement on a case that carries a `note` is deliberate; any other is unexplained.
Exit status: 0 when nothing is unexplained, 1 otherwise, 2 on a usage or tool failure.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def resolve_tools(oel, oracle, program):
    """The oel binary and the oracle's run.sh as absolute paths (relative ones are taken from the
    current folder when they exist there, else from the repository root); None, after a message,
    when one is missing."""
    def resolve(path):
        if os.path.isabs(path) or os.path.exists(path):
            return os.path.abspath(path)
        return os.path.join(REPO_ROOT, path)

    resolved = resolve(oel), resolve(oracle)
    for tool in resolved:
        if not os.path.exists(tool):
            sys.stderr.write("%s: %s not found\n" % (program, tool))
            return None
    return resolved


def load_corpus_file(path, display):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    file_dialect = data.get("dialect", "classic")
    file_context = data.get("context", {})
    cases = []
    for case in data.get("cases", []):
        name = case.get("name", "?")
        cases.append({
            "id": "%s/%s" % (display, name),
            "expr": case.get("expr", ""),
            "context": case["context"] if "context" in case else file_context,
            "dialect": case.get("dialect", file_dialect),
            "strict": bool(case.get("strict", False)),
            "note": case.get("note"),
            "canonical": "canonical" in case,
        })
    return cases


def load_jsonl_file(path, display):
    cases = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line:
                continue
            request = json.loads(line)
            cases.append({
                "id": str(request.get("id", "%s:%d" % (display, number))),
                "expr": request.get("expr", ""),
                "context": request.get("context", {}),
                "dialect": request.get("dialect", "classic"),
                "strict": bool(request.get("strict", False)),
                "note": request.get("note"),
                "canonical": False,
            })
    return cases


def load(paths):
    cases = []
    for path in paths:
        if os.path.isdir(path):
            for directory, subdirectories, files in os.walk(path):
                subdirectories.sort()
                for name in sorted(files):
                    if name.endswith(".json"):
                        full = os.path.join(directory, name)
                        display = os.path.relpath(full, path)[:-len(".json")]
                        cases.extend(load_corpus_file(full, display))
        elif path.endswith(".jsonl"):
            cases.extend(load_jsonl_file(path, os.path.basename(path)))
        else:
            display = os.path.basename(path)
            if display.endswith(".json"):
                display = display[:-len(".json")]
            cases.extend(load_corpus_file(path, display))
    return cases


def run_lines(command, requests):
    """Runs `command` over JSON Lines requests; returns {id: output object}."""
    if not requests:
        return {}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for request in requests:
            handle.write(json.dumps(request, ensure_ascii=False) + "\n")
        name = handle.name
    try:
        if command[-1] == "@FILE":
            completed = subprocess.run(command[:-1] + [name], capture_output=True, text=True)
        else:
            with open(name, encoding="utf-8") as stdin:
                completed = subprocess.run(command, stdin=stdin, capture_output=True, text=True)
    finally:
        os.unlink(name)
    results = {}
    for line in completed.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            output = json.loads(line)
        except ValueError:
            continue
        if "id" in output:
            results[str(output["id"])] = output
    if not results and completed.returncode != 0:
        sys.stderr.write("oracle-diff: %s failed (%d): %s\n" % (command[0], completed.returncode, completed.stderr[-2000:]))
        sys.exit(2)
    return results


def java_type(name):
    """Maps a Java class name (oracle) or an engine type name onto one vocabulary."""
    if name is None:
        return "null"
    simple = name.rsplit(".", 1)[-1].rsplit("$", 1)[-1]
    if simple in ("Array", "Map"):
        return simple
    if simple.endswith("List") or simple.endswith("Collection") or simple.endswith("Set"):
        return "Array"
    if simple.endswith("Map"):
        return "Map"
    return simple


def special_double(value):
    if isinstance(value, str) and value in ("Infinity", "-Infinity", "NaN"):
        return float(value.replace("Infinity", "inf").replace("NaN", "nan"))
    return value


def same_json(a, b):
    """Typed deep equality: 1 != 1.0, True != 1, NaN == NaN."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, float) or isinstance(b, float):
        if not (isinstance(a, float) and isinstance(b, float)):
            return False
        if math.isnan(a) and math.isnan(b):
            return True
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def shorten(text, limit=160):
    return text if len(text) <= limit else text[:limit] + "... (%d chars)" % len(text)


def describe(output):
    if output is None:
        return "no output"
    if "error" in output:
        error = output["error"]
        if isinstance(error, dict):
            return "error %s: %s" % (error.get("code"), error.get("message"))
        return "error: %s" % shorten(str(error))
    return "%s (%s)" % (shorten(json.dumps(output.get("value"), ensure_ascii=False)), output.get("type"))


def compare(ours, oracle):
    """Returns None when the two outputs agree, else a reason."""
    if ours is None or oracle is None:
        return "missing output"
    ours_failed, oracle_failed = "error" in ours, "error" in oracle
    if ours_failed and oracle_failed:
        return None
    if ours_failed != oracle_failed:
        return "only %s fails" % ("oel" if ours_failed else "SpEL")
    our_type, oracle_type = java_type(ours.get("type")), java_type(oracle.get("type"))
    our_value, oracle_value = ours.get("value"), oracle.get("value")
    if oracle_type == "Double":
        oracle_value = special_double(oracle_value)
    if our_type == "Double":
        our_value = special_double(our_value)
    if our_type != oracle_type:
        return "type %s vs %s" % (our_type, oracle_type)
    if not same_json(our_value, oracle_value):
        return "value differs"
    return None


def main():
    parser = argparse.ArgumentParser(description="Compare oel with the SpEL oracle over corpus cases.")
    parser.add_argument("paths", nargs="*", help="corpus files/directories or JSONL request files")
    parser.add_argument("--oel", default=".build/debug/oel", help="the oel binary (default .build/debug/oel, relative to the repo root)")
    parser.add_argument("--oracle", default="../shared/tools/spel-oracle/run.sh",
                        help="the oracle's run.sh (default ../shared/tools/spel-oracle/run.sh, relative to the repo root)")
    parser.add_argument("--only-core", action="store_true", help="only corpus/core")
    parser.add_argument("--verbose", "-v", action="store_true", help="also print deliberate differences' notes and every case")
    options = parser.parse_args()

    tools = resolve_tools(options.oel, options.oracle, "oracle-diff")
    if tools is None:
        return 2
    oel, oracle = tools

    paths = options.paths
    if not paths:
        paths = [os.path.join(REPO_ROOT, "corpus", "core") if options.only_core else os.path.join(REPO_ROOT, "corpus")]
    elif options.only_core:
        paths = [p for p in paths if "core" in os.path.normpath(os.path.abspath(p)).split(os.sep)] or paths
    cases = load(paths)

    compared = [c for c in cases if not c["canonical"] and c["dialect"] == "classic"]
    skipped = len(cases) - len(compared)
    seen = set()
    for case in compared:
        if case["id"] in seen:
            sys.stderr.write("oracle-diff: duplicate case id %s\n" % case["id"])
        seen.add(case["id"])

    ours = run_lines([oel, "eval", "--jsonl", "@FILE"],
                     [{"id": c["id"], "expr": c["expr"], "context": c["context"], "dialect": "classic", "strict": c["strict"]}
                      for c in compared])
    spel = {}
    lenient = [{"id": c["id"], "expr": c["expr"], "context": c["context"]} for c in compared if not c["strict"]]
    strict = [{"id": c["id"], "expr": c["expr"], "context": c["context"]} for c in compared if c["strict"]]
    spel.update(run_lines([oracle, "--lenient"], lenient))
    spel.update(run_lines([oracle], strict))

    agree = deliberate = unexplained = 0
    for case in compared:
        mine, theirs = ours.get(case["id"]), spel.get(case["id"])
        reason = compare(mine, theirs)
        if reason is None:
            agree += 1
            if options.verbose:
                print("ok   %s: %s" % (case["id"], describe(mine)))
            continue
        if case["note"]:
            deliberate += 1
            if options.verbose:
                print("NOTE %s: %s\n       expr:  %s\n       oel:   %s\n       SpEL:  %s\n       note:  %s"
                      % (case["id"], reason, shorten(case["expr"]), describe(mine), describe(theirs), case["note"]))
            continue
        unexplained += 1
        print("DIFF %s: %s\n       expr:  %s\n       oel:   %s\n       SpEL:  %s"
              % (case["id"], reason, shorten(case["expr"]), describe(mine), describe(theirs)))

    total = len(compared)
    percent = (100.0 * agree / total) if total else 100.0
    print("%d compared, %d agree (%.1f%%), %d deliberate (have a note), %d unexplained"
          % (total, agree, percent, deliberate, unexplained))
    if skipped:
        print("%d skipped (canonical or Identity Engine cases)" % skipped)
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
