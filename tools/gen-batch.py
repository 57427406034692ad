#!/usr/bin/env python3
"""Writes a large JSON Lines batch for `oel eval --jsonl` (memory and time of batch runs).

Each line is a request {"id", "expr", "context"} with a realistic user, a few groups and an
expression from a fixed set of claim, group-rule and mapping idioms; the output is the same
for the same --seed and --megabytes. Measure a file against standard input with:

    python3 tools/gen-batch.py --megabytes 200 > /tmp/batch.jsonl
    /usr/bin/time -v .build/release/oel eval --jsonl /tmp/batch.jsonl > /dev/null
    /usr/bin/time -v .build/release/oel eval --jsonl < /tmp/batch.jsonl > /dev/null
"""
import argparse
import json
import random
import sys

EXPRESSIONS = [
    'String.substringBefore(user.email, "@")',
    'user.firstName + " " + user.lastName',
    'isMemberOfGroupName("Admins") ? "admin" : "user"',
    'String.toUpperCase(user.department)',
    'user.groupCode > 100 AND user.department == "Engineering"',
    'Arrays.contains(access.scope, "groups")',
    'String.replace(Arrays.toCsvString(access.scope), ",", " ")',
    'Groups.startsWith("OKTA", "West", 10) ?: {}',
    'String.len(user.lastName) > 3 ? user.lastName : user.firstName',
    'user.manager.email',
]


def request(number: int, rng: random.Random) -> str:
    first = rng.choice(["John", "Ann", "Maria", "Wei", "Olu", "Sven"])
    last = rng.choice(["Doe", "Smith", "Okafor", "Chen", "Berg", "Garcia"])
    groups = [{"id": f"00g{rng.randrange(10**12):012d}", "name": name, "type": "OKTA_GROUP"}
              for name in rng.sample(["Admins", "West Coast Users", "Sales", "Engineering", "Help Desk", "EMEA"], 3)]
    context = {
        "user": {"firstName": first, "lastName": last, "email": f"{first}.{last}{number}@example.com".lower(),
                 "department": rng.choice(["Engineering", "Sales", "Help Desk"]), "groupCode": rng.randrange(300)},
        "groups": groups,
        "access": {"scope": ["openid", "profile", "groups"][: rng.randrange(1, 4)]},
    }
    return json.dumps({"id": number, "expr": rng.choice(EXPRESSIONS), "context": context}, separators=(",", ":"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=200, help="approximate size of the output (default 200)")
    parser.add_argument("--seed", type=int, default=15)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    limit = int(arguments.megabytes * 1_000_000)
    written = 0
    number = 0
    out = sys.stdout
    while written < limit:
        number += 1
        line = request(number, rng) + "\n"
        out.write(line)
        written += len(line.encode())


if __name__ == "__main__":
    main()
