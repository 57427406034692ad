#!/usr/bin/env python3
"""Writes the fuzz seed corpora from corpus/: one file per expression (parse, check, eval; check and
eval seeds start with a selector byte) and one per context or schema (json). Usage: python3 Fuzz/seed.py [OUT]
(default Fuzz/seeds). Run from the repository root."""
import glob, hashlib, json, os, sys

out = sys.argv[1] if len(sys.argv) > 1 else "Fuzz/seeds"
expressions, documents = set(), set()
for path in glob.glob("corpus/**/*.json", recursive=True):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    documents.add(text)
    data = json.loads(text)
    if "context" in data:
        documents.add(json.dumps(data["context"]))
    for case in data.get("cases", []):
        if isinstance(case.get("expr"), str):
            expressions.add((case["expr"], 1 if case.get("dialect", data.get("dialect")) == "oie" else 0))
        if "context" in case:
            documents.add(json.dumps(case["context"]))

def write(folder, payload):
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(payload).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(payload)

for index, (expr, oie) in enumerate(sorted(expressions)):
    data = expr.encode("utf-8")[:4096]
    write(os.path.join(out, "parse"), data)
    write(os.path.join(out, "check"), bytes([index % 6 | (index & 0x80)]) + data)
    write(os.path.join(out, "eval"), bytes([oie | (index & 2)]) + data)
for doc in documents:
    if len(doc) < 65536:
        write(os.path.join(out, "json"), doc.encode("utf-8"))
print("seeds: %d expressions, %d JSON documents -> %s" % (len(expressions), len(documents), out))
