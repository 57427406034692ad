#!/usr/bin/env python3
"""Regenerates grammar/diagnostics.md from the diagnostic catalogue in the Swift sources.
Run from the repository root: python3 tools/gen-diagnostics-doc.py (GrammarExampleTests checks the result)."""
import re

codes = dict(re.findall(r'public static let (\w+): DiagnosticCode = "(OEL\d+)"',
                        open('Sources/OktaEL/Diagnostics/DiagnosticCode.swift').read()))
entries = re.findall(r'Entry\(code: \.(\w+), title: "([^"]*)", spel: (nil|"[^"]*")\)',
                     open('Sources/OktaEL/Diagnostics/DiagnosticCatalogue.swift').read())
groups = {'1': 'Lexical', '2': 'Syntax', '3': 'SpEL constructs Okta rejects', '4': 'Limits',
          '5': 'Names, calls and checks (compile time)', '6': 'Evaluation', '7': 'Input (contexts and batch requests)',
          '8': 'Warnings (oel check)'}
rows = {}
for name, title, spel in entries:
    code = codes[name]
    rows.setdefault(code[3], []).append((code, title, '' if spel == 'nil' else spel.strip('"')))
out = ["# Diagnostic codes", "",
       "Every diagnostic has a stable code; tools and tests match codes, never message text, so messages may be "
       "reworded. `OEL8xxx` codes are warnings, all others errors. `OEL51xx` come from `oel check` (schema, types, "
       "usage profiles). The SpEL column names the SpEL message code of the corresponding failure, for comparing "
       "with the oracle."]
for group in sorted(rows):
    out += ["", "## " + groups[group], "", "| code | meaning | SpEL |", "| --- | --- | --- |"]
    for code, title, spel in sorted(rows[group]):
        out.append("| `%s` | %s | %s |" % (code, title, spel))
open('grammar/diagnostics.md', 'w').write("\n".join(out) + "\n")
