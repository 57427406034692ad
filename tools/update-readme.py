#!/usr/bin/env python3
"""Keeps the README's transcripts and figures equal to what the code prints.

Every `$ ...` line in a fenced block of README.md is a command, and the lines after it, up to
the next `$` line or the end of the block, are its output (`$ echo $?` prints the status of the
command before it). This script runs them (`oel` is .build/debug/oel, or --oel PATH) from a
scratch folder that sees the repository's examples/ and corpus/, and rewrites each output from
the run; it also rewrites the corpus counts in the prose ("N `oel check` cases", "N documented
idioms"). The `python3 tools/...` lines need the SpEL oracle and run only with --oracle.

    python3 tools/update-readme.py            # rewrite README.md from a run
    python3 tools/update-readme.py --check    # exit 1 and show what differs, change nothing

`swift test` runs the same transcripts (ReadmeTests) and fails when one differs, naming this script.
"""
import argparse
import difflib
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def transcripts(lines):
    """(first output line index, end index, command) for each command; `echo $?` joins the one before."""
    found, fenced, current = [], False, None
    for index, line in enumerate(lines):
        if line.startswith("```"):
            if fenced and current:
                current[1] = index
                found.append(current)
            fenced, current = not fenced, None
            continue
        if fenced and line.startswith("$ "):
            command = line[2:]
            if command == "echo $?" and current:
                current[2] += "\necho $?"
                continue
            if current:
                current[1] = index
                found.append(current)
            current = [index + 1, None, command]
    return [tuple(entry) for entry in found]


def run(command, oel, scratch):
    oracle = command.startswith("python3 ")
    status = command.endswith("\necho $?")
    body = command[: -len("\necho $?")] if status else command
    script = 'oel() { "%s" "$@"; }\n{ %s\n} 2>&1' % (oel, body)
    if status:  # the `$ echo $?` line stays in the transcript, followed by the status
        script += "\nstatus=$?\necho '$ echo $?'\necho $status"
    result = subprocess.run(["/bin/sh", "-c", script], cwd=ROOT if oracle else scratch, capture_output=True, text=True,
                            env=dict(os.environ, NO_COLOR="1"))
    return result.stdout.rstrip("\n").split("\n") if result.stdout else []


def shape(line):
    """A line with its figures blanked, to find the run's line the README shows."""
    return re.sub(r"[0-9][0-9.,%]*", "#", line).split()[:3]


def summary_lines(shown, output):
    """For a tool that prints more than the README shows: the run's lines shaped like the shown ones."""
    return [next((line for line in output if shape(line) == shape(old)), old) for old in shown]


def corpus_counts():
    check, idioms = 0, 0
    for path in glob.glob(os.path.join(ROOT, "corpus/**/*.json"), recursive=True):
        if "/schemas/" in path:
            continue
        cases = json.load(open(path, encoding="utf-8")).get("cases", [])
        check += sum(1 for case in cases if "check" in case)
        if path.endswith("check/idioms.json"):
            idioms = len(cases)
    return check, idioms


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="report differences and exit 1; do not write")
    parser.add_argument("--oracle", action="store_true", help="also run the python3 tools/ lines (needs the SpEL oracle)")
    parser.add_argument("--oel", default=os.path.join(ROOT, ".build/debug/oel"))
    arguments = parser.parse_args()
    path = os.path.join(ROOT, "README.md")
    original = open(path, encoding="utf-8").read().split("\n")
    lines = list(original)
    with tempfile.TemporaryDirectory() as scratch:
        for name in ("examples", "corpus"):
            os.symlink(os.path.join(ROOT, name), os.path.join(scratch, name))
        # Back to front, so the indices of the earlier transcripts stay valid.
        for start, end, command in reversed(transcripts(lines)):
            if command.startswith("python3 ") and not arguments.oracle:
                continue
            output = run(command, arguments.oel, scratch)
            if command.startswith("python3 "):
                output = summary_lines(lines[start:end], output)
            lines[start:end] = output
    check, idioms = corpus_counts()
    text = "\n".join(lines)
    text = re.sub(r"\b\d+ `oel check` cases", "%d `oel check` cases" % check, text)
    text = re.sub(r"\b\d+ documented idioms", "%d documented idioms" % idioms, text)
    if text == "\n".join(original):
        return 0
    if arguments.check:
        sys.stdout.writelines(difflib.unified_diff([l + "\n" for l in original], [l + "\n" for l in text.split("\n")],
                                                   "README.md", "README.md (from a run)"))
        return 1
    open(path, "w", encoding="utf-8").write(text)
    print("README.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
