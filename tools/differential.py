#!/usr/bin/env python3
"""Random differential test: generated OEL expressions through `oel eval --jsonl` and
through the SpEL oracle (`run.sh --lenient`, Spring 4.3.30), compared case by case.

Usage:
  tools/differential.py [--seed N] [--count N] [--oel PATH] [--oracle PATH] [--save DIR] [-v]

The generator is type-directed: most of the time it builds an expression of a wanted
result type (int, long, double, string, boolean, null, list, map) out of smaller typed
pieces, so most cases produce values; a controlled share (about 1 in 12 pieces at the
leaves) are error cases: division by zero, null in a Boolean position, a property of
null, an out-of-range index, incomparable operands, unsupported operand types.

It covers literals of every kind (int with its boundaries, long, hex, real with exponents
and `d` suffixes, strings with both quotes and doubled quotes, true/false/null in mixed
case), every operator in symbol and word form (in mixed case), unary chains, every
precedence level (with minimal and with redundant parentheses, with and without spaces),
ternary, Elvis, `?.`, indexing of lists, strings and maps, inline lists and maps,
projection and selection over the context's lists of maps, and property access on a
fixed context (`user` with attributes of every type, `groups` a list of maps, `app`, `org`).
Constructs that Okta rejects (between, instanceof, T(), new, #this, =, ++, --) and float
`f` suffixes are not generated: they are deliberate differences already in the corpus.

What is compared (the logic of tools/oracle-diff.py): error vs value; the result type
(Integer / Long / Double / String / Boolean / Array / Map / null); the JSON value (typed:
1 and 1.0 differ). Error messages and codes are not compared.

A disagreement is *deliberate* when one of the rules in RULES matches it; each rule names
the row of grammar/decisions.md that justifies it. Anything else is *unexplained*.
Exit status: 0 when nothing is unexplained, 1 otherwise, 2 on a usage or tool failure.

Larger run with a random seed (the seed is printed so a failure can be replayed):
  python3 tools/differential.py --seed random --count 20000
"""

import argparse
import importlib.util
import json
import math
import os
import random
import re
import sys
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SEED = 20261129


def _load_oracle_diff():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "oracle-diff.py")
    spec = importlib.util.spec_from_file_location("oracle_diff", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


oracle_diff = _load_oracle_diff()
compare = oracle_diff.compare
describe = oracle_diff.describe
run_lines = oracle_diff.run_lines

# ---------------------------------------------------------------------------------------
# The context every case runs against.

CONTEXT = {
    "user": {
        "firstName": "Ann",
        "lastName": "O'Neil",
        "email": "ann.oneil@example.com",
        "department": "Sales",
        "title": "",
        "numStr": "42",
        "boolStr": "true",
        "age": 34,
        "count": 0,
        "big": 2147483647,
        "small": -2147483648,
        "long": 3000000000,
        "negLong": -5000000000,
        "score": 2.5,
        "ratio": 0.1,
        "zero": 0.0,
        "active": True,
        "isContractor": False,
        "nothing": None,
        "tags": ["a", "b", "c"],
        "nums": [1, 2, 3],
        "mixed": [1, "x", 2.5, None, True],
        "empty": [],
        "manager": {"name": "Bo", "level": 3, "email": None},
    },
    "groups": [
        {"id": "g1", "name": "Admins", "size": 3, "weight": 1.5, "active": True, "tags": ["x", "y"], "owner": None},
        {"id": "g2", "name": "Everyone", "size": 120, "weight": 0.25, "active": True, "tags": [], "owner": None},
        {"id": "g3", "name": "Sales", "size": 0, "weight": -2.0, "active": False, "tags": ["x"], "owner": None},
        {"id": "g4", "name": "sales", "size": 7, "weight": 10.0, "active": False, "tags": ["z"], "owner": None},
    ],
    "app": {"name": "aws", "id": "0oa1", "port": 443},
    "org": {"subdomain": "example", "name": "Example Inc"},
}

USER_BY_TYPE = {
    "int": ["age", "count", "big", "small"],
    "long": ["long", "negLong"],
    "double": ["score", "ratio", "zero"],
    "string": ["firstName", "lastName", "email", "department", "title", "numStr", "boolStr"],
    "bool": ["active", "isContractor"],
    "null": ["nothing", "missing", "unset"],
    "list": ["tags", "nums", "mixed", "empty"],
    "map": ["manager"],
}
LIST_LENGTHS = {"tags": 3, "nums": 3, "mixed": 5, "empty": 0}
ELEMENT_BY_TYPE = {
    "int": ["size"],
    "double": ["weight"],
    "string": ["id", "name"],
    "bool": ["active"],
    "null": ["owner"],
    "list": ["tags"],
}
ROOT_NAMES = ("user", "groups", "app", "org")

TYPES = ["int", "long", "double", "string", "bool", "null", "list", "map"]
TYPE_WEIGHTS = [18, 8, 14, 18, 22, 5, 9, 6]
NUMERIC = ("int", "long", "double")

# Precedence levels of the generated text (higher binds tighter).
TERNARY, OR, AND, REL, SUM, PRODUCT, POWER, UNARY, POSTFIX = range(9)


class Piece:
    __slots__ = ("text", "level")

    def __init__(self, text, level):
        self.text = text
        self.level = level


def mixed_case(rng, word):
    roll = rng.random()
    if roll < 0.6:
        return word.lower()
    if roll < 0.85:
        return word.upper()
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in word)


class Generator:
    def __init__(self, rng, error_rate=0.08):
        self.rng = rng
        self.error_rate = error_rate
        self.element_scope = 0

    # --- helpers -----------------------------------------------------------------------

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, items):
        return self.rng.choice(items)

    def wrap(self, piece, level):
        """The text of `piece` usable where precedence `level` is needed."""
        if piece.level < level or (piece.level < POSTFIX and self.chance(0.04)) or self.chance(0.01):
            return "(" + piece.text + ")"
        return piece.text

    def join(self, left, op, right, spaced=None):
        if op[0].isalpha() or spaced or (spaced is None and self.chance(0.8)):
            return left + " " + op + " " + right
        text = left + op
        # `--`, `++` and `-` followed by a digit after `e` would lex differently; keep them apart.
        if (text[-1] in "+-" and right[:1] in "+-") or (text[-1].isalnum() and right[:1].isalnum()):
            return text + " " + right
        return text + right

    def binary(self, level, op, left, right, left_level, right_level):
        return Piece(self.join(self.wrap(left, left_level), op, self.wrap(right, right_level)), level)

    def postfix_base(self, piece):
        if piece.level >= POSTFIX and not re.match(r"^-?[0-9]", piece.text):
            return piece.text
        return "(" + piece.text + ")"

    # --- literals ------------------------------------------------------------------------

    def int_literal(self):
        roll = self.rng.random()
        if roll < 0.55:
            return str(self.rng.choice([0, 1, 2, 3, 5, 7, 10, 42, 100, 255, 1000]))
        if roll < 0.7:
            return str(self.rng.randint(0, 99999))
        if roll < 0.85:
            return str(self.rng.choice([2147483647, 2147483646, 65536, 46341, 1000000, 123456789]))
        digits = self.rng.choice(["0", "1", "F", "1F", "ff", "7FFFFFFF", "10", "Ab", "FFFF"])
        return self.pick(["0x", "0X"]) + digits

    def long_literal(self):
        roll = self.rng.random()
        if roll < 0.4:
            body = str(self.rng.choice([0, 1, 2, 5, 10, 42, 1000]))
        elif roll < 0.75:
            body = str(self.rng.choice([2147483647, 2147483648, 3000000000, 4294967296, 9223372036854775807,
                                        1000000000000, 123456789012]))
        else:
            body = self.pick(["0x", "0X"]) + self.pick(["FF", "80000000", "FFFFFFFF", "7fffffffffffffff", "1"])
        return body + self.pick(["L", "L", "l"])

    def real_literal(self):
        roll = self.rng.random()
        if roll < 0.45:
            return self.pick(["0.0", "1.0", "0.5", "1.5", "2.5", "0.1", "0.2", "3.14", "10.0", "100.25", "1.25"])
        if roll < 0.7:
            return "%d.%d" % (self.rng.randint(0, 999), self.rng.randint(0, 99))
        if roll < 0.9:
            mantissa = self.pick(["1", "2", "1.5", "12", "9.99", "5"])
            exponent = self.pick(["e3", "E2", "e-3", "E+2", "e0", "e10", "E-1", "e308", "e-320", "e22", "e23"])
            return mantissa + exponent
        return self.pick(["1d", "2.5D", "1.0d", "1e2d", "2147483648.0", "1.7976931348623157E308", "4.9E-324"])

    STRING_POOL = ["", "a", "abc", "Ann", "Sales", "x y", "42", "3.5", "true", "false", "yes", "no", "on", "off",
                   "0", "1", "null", "Tony's", 'say "hi"', "a\\b", "%d", "caf\u00e9", " a ", "A", "B", "b", "ab",
                   "it''s", "a,b,c"]

    def string_literal(self, text=None):
        if text is None:
            if self.chance(0.75):
                text = self.pick(self.STRING_POOL)
            else:
                text = "".join(self.pick("abcXYZ _-'\"\\.,0159") for _ in range(self.rng.randint(0, 6)))
        quote = self.pick(["'", '"'])
        return quote + text.replace(quote, quote + quote) + quote

    def bool_literal(self):
        return mixed_case(self.rng, self.pick(["true", "false"]))

    def null_literal(self):
        return mixed_case(self.rng, "null")

    # --- context access ------------------------------------------------------------------

    def user_attribute(self, kind):
        name = self.pick(USER_BY_TYPE[kind])
        roll = self.rng.random()
        if roll < 0.75:
            return Piece("user." + name, POSTFIX)
        if roll < 0.85:
            return Piece("user?." + name, POSTFIX)
        return Piece("user[%s]" % self.string_literal(name), POSTFIX)

    def element_attribute(self, kind):
        """A name read from the current element of a projection or selection over groups."""
        names = ELEMENT_BY_TYPE.get(kind)
        if not names:
            return None
        return Piece(self.pick(names), POSTFIX)

    def group_attribute(self, kind):
        names = ELEMENT_BY_TYPE.get(kind)
        if not names:
            return None
        index = self.rng.randint(0, 3)
        return Piece("groups[%d]%s%s" % (index, self.pick([".", ".", "?."]), self.pick(names)), POSTFIX)

    # --- typed generation ----------------------------------------------------------------

    def gen(self, kind, depth):
        if kind == "any":
            kind = self.rng.choices(TYPES, TYPE_WEIGHTS)[0]
        if depth <= 0 or self.chance(0.25):
            piece = self.leaf(kind)
        else:
            piece = getattr(self, "gen_" + kind)(depth - 1)
        return piece

    def leaf(self, kind):
        if self.chance(self.error_rate * 0.3):
            return self.error_leaf()
        if self.element_scope and self.chance(0.45):
            piece = self.element_attribute(kind)
            if piece:
                return piece
        roll = self.rng.random()
        if self.element_scope and self.chance(0.85):
            # Root names inside a projection or selection are a deliberate difference (rule
            # element-name-falls-back-to-root); keep them rare there so the body is compared.
            roll = 1.0
        if roll < 0.3 and kind in USER_BY_TYPE:
            return self.user_attribute(kind)
        if roll < 0.38 and kind in ELEMENT_BY_TYPE:
            piece = self.group_attribute(kind)
            if piece:
                return piece
        if kind == "int":
            return Piece(self.int_literal(), POSTFIX)
        if kind == "long":
            return Piece(self.long_literal(), POSTFIX)
        if kind == "double":
            if self.chance(0.06):
                return Piece(self.pick(["(0.0 / 0)", "(1.0 / 0)", "(-1 / 0.0)", "(0.0 * -1)", "-0.0", "(1e308 * 10)",
                                        "(user.zero / user.zero)"]), POSTFIX)
            return Piece(self.real_literal(), POSTFIX)
        if kind == "string":
            return Piece(self.string_literal(), POSTFIX)
        if kind == "bool":
            if self.chance(0.05):
                # Spring converts these strings (and a list, by its first element) to a Boolean.
                return Piece(self.pick(["'true'", "'false'", "'yes'", "'no'", "'on'", "'OFF'", "'1'", "'0'",
                                        "user.boolStr", "{true}", "{false, true}"]), POSTFIX)
            return Piece(self.bool_literal(), POSTFIX)
        if kind == "null":
            if self.chance(0.05):
                # Documented roots absent from the context (rule absent-documented-roots): an
                # empty object for session and device, null for idpuser and appuser (the oracle
                # reads an absent appuser as an empty map, so only appuser?.x agrees).
                return Piece(self.pick(["session.id", "idpuser?.email", "appuser?.name", "device?.id"]), POSTFIX)
            return Piece(self.null_literal(), POSTFIX)
        if kind == "list":
            return self.inline_list(1)
        if kind == "map":
            return self.inline_map(1)
        raise ValueError(kind)

    def error_leaf(self):
        choices = [
            lambda: "1 / 0", lambda: "7 % 0", lambda: "5L / 0", lambda: "%s / (1 - 1)" % self.int_literal(),
            lambda: "user.nothing.name", lambda: "user.missing.x", lambda: "groups[9]", lambda: "user.tags[3]",
            lambda: "{1, 2}[-1]", lambda: "'abc'[3]", lambda: "'a' < 1", lambda: "{1} > {2}", lambda: "- 'x'",
            lambda: "null + null", lambda: "true + 1", lambda: "!user.nothing", lambda: "null and true",
            lambda: "user.nothing ? 1 : 2", lambda: "1 ? 1 : 2", lambda: "'abc' or false", lambda: "user.age.x",
            lambda: "'abc'.nope", lambda: "user.nothing[0]", lambda: "user.nothing.![id]",
            lambda: "groups.?[size]", lambda: "{1, 2} - 1", lambda: "user.nothing matches 'a'",
            lambda: "'a' * -1", lambda: "user.small - 1 > 'x'", lambda: "user.nums[user.nothing]",
        ]
        return Piece("(" + self.pick(choices)() + ")", POSTFIX)

    def conditional(self, kind, depth):
        """A ternary or an Elvis producing `kind`."""
        if self.chance(0.6):
            condition = self.gen("bool", depth)
            then, otherwise = self.gen(kind, depth), self.gen(kind, depth)
            text = "%s %s %s : %s" % (self.wrap(condition, OR), "?", self.wrap(then, TERNARY),
                                      self.wrap(otherwise, TERNARY))
            return Piece(text, TERNARY)
        first = self.gen(self.pick([kind, kind, "null"]) if kind != "string" else self.pick(["string", "null"]), depth)
        if kind == "string" and self.chance(0.3):
            first = Piece(self.string_literal(""), POSTFIX)
        return Piece(self.join(self.wrap(first, OR), "?:", self.wrap(self.gen(kind, depth), TERNARY), spaced=True),
                     TERNARY)

    def indexed(self, kind, depth):
        """An element of an inline list or of a context list, or a map value, of type `kind`."""
        roll = self.rng.random()
        if roll < 0.45:
            items = [self.gen(kind if self.chance(0.7) else "any", depth) for _ in range(self.rng.randint(1, 4))]
            target = self.rng.randint(0, len(items) - 1)
            items[target] = self.gen(kind, depth)
            index = self.index_expression(target, depth)
            return Piece("{%s}[%s]" % (", ".join(self.wrap(i, TERNARY) for i in items), index), POSTFIX)
        if roll < 0.75:
            key = self.pick(["a", "b", "k1", "name"])
            entries = [(key, self.gen(kind, depth))]
            for _ in range(self.rng.randint(0, 2)):
                entries.insert(self.rng.randint(0, len(entries)),
                               (self.pick(["x", "y", "z", "n2"]), self.gen("any", depth)))
            body = ", ".join("%s: %s" % (self.map_key(k), self.wrap(v, TERNARY)) for k, v in entries)
            access = self.pick(["[%s]" % self.string_literal(key), "." + key, "?." + key, "[%s]" % key])
            return Piece("{%s}%s" % (body, access), POSTFIX)
        if kind == "string":
            if self.chance(0.5):
                return Piece("user.tags[%s]" % self.index_expression(self.rng.randint(0, 2), depth), POSTFIX)
            text = self.pick(["abc", "Ann", "caf\u00e9", "x"])
            literal = self.string_literal(text)
            return Piece("%s[%s]" % (literal, self.index_expression(self.rng.randint(0, len(text) - 1), depth)),
                         POSTFIX)
        if kind == "int":
            return Piece("user.nums[%s]" % self.index_expression(self.rng.randint(0, 2), depth), POSTFIX)
        return self.leaf(kind)

    def index_expression(self, target, depth):
        roll = self.rng.random()
        if roll < 0.7 or depth <= 0:
            return str(target)
        if roll < 0.8:
            return "%d - 1" % (target + 1)
        if roll < 0.9:
            return self.string_literal(str(target))
        return "%dL" % target

    def map_key(self, key):
        roll = self.rng.random()
        if roll < 0.03:
            # A non-string key (rule map-keys-are-strings).
            return self.pick(["1", "2", "10", "true", "null", "1.5"])
        if roll < 0.6:
            return key
        return self.string_literal(key)

    def arithmetic(self, kind, depth):
        """kind is int, long or double: a sum, product, power or unary minus yielding it."""
        if kind == "int":
            left_kind = right_kind = "int"
        elif kind == "long":
            left_kind, right_kind = self.pick([("long", "int"), ("int", "long"), ("long", "long")])
        else:
            left_kind, right_kind = self.pick([("double", "int"), ("int", "double"), ("double", "double"),
                                               ("long", "double"), ("double", "long")])
        left, right = self.gen(left_kind, depth), self.gen(right_kind, depth)
        roll = self.rng.random()
        if roll < 0.3:
            return self.binary(SUM, self.pick(["+", "-"]), left, right, SUM, PRODUCT)
        if roll < 0.5:
            return self.binary(PRODUCT, "*", left, right, PRODUCT, POWER)
        if roll < 0.75:
            op = self.pick(["/", "%", "div", "mod", "DIV", "Mod"])
            if right_kind != "double" and self.chance(0.8):
                right = Piece(self.pick(["1", "2", "3", "7", "10", "-3", "16"]) + ("L" if right_kind == "long" else ""),
                              POSTFIX)
                if right.text.startswith("-"):
                    right.level = UNARY
            if op.isalpha():
                op = mixed_case(self.rng, op)
            return self.binary(PRODUCT, op, left, right, PRODUCT, POWER)
        if roll < 0.85:
            exponent = Piece(self.pick(["0", "1", "2", "3", "10", "31", "32", "-1", "0.5", "2L"]), POSTFIX)
            if exponent.text.startswith("-"):
                exponent.level = UNARY
            if kind == "double" and "." not in exponent.text:
                left = self.gen("double", depth)
            return self.binary(POWER, "^", left, exponent, UNARY, UNARY)
        text = self.wrap(self.gen(kind, depth), UNARY)
        for _ in range(self.rng.choice([1, 1, 1, 2, 3])):
            op = self.pick(["-", "-", "+"])
            sep = " " if text[:1] in "+-" or self.chance(0.2) else ""
            text = op + sep + text
        return Piece(text, UNARY)

    def gen_int(self, depth):
        roll = self.rng.random()
        if roll < 0.55:
            return self.arithmetic("int", depth)
        if roll < 0.7:
            return self.conditional("int", depth)
        if roll < 0.9:
            return self.indexed("int", depth)
        return self.leaf("int")

    def gen_long(self, depth):
        roll = self.rng.random()
        if roll < 0.6:
            return self.arithmetic("long", depth)
        if roll < 0.75:
            return self.conditional("long", depth)
        return self.leaf("long")

    def gen_double(self, depth):
        roll = self.rng.random()
        if roll < 0.6:
            return self.arithmetic("double", depth)
        if roll < 0.72:
            return self.conditional("double", depth)
        if roll < 0.85:
            return self.indexed("double", depth)
        return self.leaf("double")

    def gen_string(self, depth):
        roll = self.rng.random()
        if roll < 0.4:
            left = self.gen("string" if self.chance(0.6) else "any", depth)
            right = self.gen("string" if left.text[:1] not in "'\"" or self.chance(0.5) else "any", depth)
            if self.chance(0.5):
                left, right = right, left
            if not (self.looks_string(left) or self.looks_string(right)):
                left = self.gen("string", depth)
            return self.binary(SUM, "+", left, right, SUM, PRODUCT)
        if roll < 0.45:
            text = self.string_literal(self.pick(["a", "ab", "-", ""]))
            return self.binary(PRODUCT, "*", Piece(text, POSTFIX), Piece(self.pick(["0", "1", "3"]), POSTFIX),
                               PRODUCT, POWER)
        if roll < 0.65:
            return self.conditional("string", depth)
        if roll < 0.8:
            return self.indexed("string", depth)
        if roll < 0.88:
            return self.group_text(depth)
        return self.leaf("string")

    def group_text(self, depth):
        """A string read out of a selected group or a projection."""
        roll = self.rng.random()
        if roll < 0.5:
            body = self.with_element(lambda: self.wrap(self.gen("bool", depth), TERNARY))
            return Piece("groups.%s[%s]%s%s" % (self.pick(["^", "$"]), body, self.pick([".", "?.", "?."]),
                                                self.pick(["name", "id"])), POSTFIX)
        if roll < 0.8:
            return Piece("groups.![%s][%d]" % (self.pick(["name", "id"]), self.rng.randint(0, 3)), POSTFIX)
        return Piece(self.pick(["user.manager.name", "user['manager']['name']", "user.manager?.name",
                                "user.mixed[1]", "groups[1].owner"]), POSTFIX)

    @staticmethod
    def looks_string(piece):
        return piece.text[:1] in "'\"" or "user.firstName" in piece.text or "name" in piece.text

    def comparison(self, depth):
        roll = self.rng.random()
        if roll < 0.45:
            left, right = self.gen(self.pick(NUMERIC), depth), self.gen(self.pick(NUMERIC), depth)
        elif roll < 0.7:
            left, right = self.gen("string", depth), self.gen("string", depth)
        elif roll < 0.8:
            left, right = self.gen("bool", depth), self.gen("bool", depth)
        elif roll < 0.88:
            left, right = self.gen("null", depth), self.gen(self.pick(TYPES), depth)
            if self.chance(0.5):
                left, right = right, left
        else:
            left, right = self.gen("any", depth), self.gen("any", depth)
        equality = ["==", "!=", "eq", "ne"]
        relational = ["<", "<=", ">", ">=", "lt", "le", "gt", "ge"]
        op = self.pick(equality + relational)
        if op.isalpha():
            op = mixed_case(self.rng, op)
        return self.binary(REL, op, left, right, SUM, SUM)

    def gen_bool(self, depth):
        roll = self.rng.random()
        if roll < 0.35:
            return self.comparison(depth)
        if roll < 0.55:
            op = self.pick(["&&", "and", "||", "or"])
            level = AND if op in ("&&", "and") else OR
            if op.isalpha():
                op = mixed_case(self.rng, op)
            left, right = self.gen("bool", depth), self.gen("bool", depth)
            return self.binary(level, op, left, right, level, level + 1)
        if roll < 0.65:
            text = self.wrap(self.gen("bool", depth), UNARY)
            for _ in range(self.rng.choice([1, 1, 1, 2, 3])):
                text = self.pick(["!", "!", "not ", "NOT "]) + text
            return Piece(text, UNARY)
        if roll < 0.72:
            subject = self.gen("string" if self.chance(0.85) else "any", depth)
            pattern = self.string_literal(self.pick(["a.*", ".*", "[A-Z][a-z]+", "\\d+", "(?i)sales", "a|b", "x?",
                                                     "abc", ".*@example\\.com", "[^a]*"]))
            return Piece(self.join(self.wrap(subject, SUM), mixed_case(self.rng, "matches"), pattern), REL)
        if roll < 0.82:
            return self.conditional("bool", depth)
        if roll < 0.88:
            return self.indexed("bool", depth)
        return self.leaf("bool")

    def gen_null(self, depth):
        roll = self.rng.random()
        if roll < 0.25:
            return self.conditional("null", depth)
        if roll < 0.45:
            return Piece("user.nothing?." + self.pick(["name", "x", "length"]), POSTFIX)
        if roll < 0.55:
            return Piece("user.manager.email", POSTFIX)
        if roll < 0.65:
            return Piece("groups.^[%s]" % self.with_element(lambda: self.wrap(
                Piece("size > 1000", REL), TERNARY)), POSTFIX)
        return self.leaf("null")

    def inline_list(self, depth):
        count = self.rng.choice([0, 1, 2, 3, 3, 4])
        kind = self.pick(TYPES[:5] + ["any", "any"])
        items = [self.gen(kind if kind != "any" else "any", depth - 1) if depth > 0 else self.leaf(
            kind if kind != "any" else self.pick(TYPES[:6])) for _ in range(count)]
        return Piece("{%s}" % ", ".join(self.wrap(i, TERNARY) for i in items), POSTFIX)

    def inline_map(self, depth):
        count = self.rng.choice([0, 1, 2, 3])
        if count == 0:
            return Piece("{:}", POSTFIX)
        keys = self.rng.sample(["a", "b", "name", "k1", "x", "A", "$y", "_z"], count)
        entries = []
        for key in keys:
            value = self.gen("any", depth - 1) if depth > 0 else self.leaf(self.pick(TYPES[:6]))
            entries.append("%s: %s" % (self.map_key(key), self.wrap(value, TERNARY)))
        return Piece("{%s}" % ", ".join(entries), POSTFIX)

    def with_element(self, body):
        self.element_scope += 1
        try:
            return body()
        finally:
            self.element_scope -= 1

    def gen_list(self, depth):
        roll = self.rng.random()
        if roll < 0.3:
            return self.inline_list(depth)
        if roll < 0.5:
            sub = self.pick(["string", "int", "double", "bool", "list", "any"])
            body = self.with_element(lambda: self.wrap(self.gen(sub, depth), TERNARY))
            return Piece("groups%s![%s]" % (self.pick([".", ".", "?."]), body), POSTFIX)
        if roll < 0.7:
            body = self.with_element(lambda: self.wrap(self.gen("bool", depth), TERNARY))
            tail = ""
            if self.chance(0.4):
                tail = ".![%s]" % self.with_element(lambda: self.pick(["name", "id", "size", "weight"]))
            return Piece("groups%s?[%s]%s" % (self.pick([".", ".", "?."]), body, tail), POSTFIX)
        if roll < 0.8:
            return self.conditional("list", depth)
        if roll < 0.9:
            return Piece("{%s, %s}" % (self.wrap(self.inline_list(depth), TERNARY),
                                       self.wrap(self.gen("any", depth), TERNARY)), POSTFIX)
        return self.leaf("list")

    def gen_map(self, depth):
        roll = self.rng.random()
        if roll < 0.45:
            return self.inline_map(depth)
        if roll < 0.65:
            body = self.with_element(lambda: self.wrap(self.gen("bool", depth), TERNARY))
            return Piece("groups.%s[%s]" % (self.pick(["^", "$"]), body), POSTFIX)
        if roll < 0.75:
            return Piece("groups[%d]" % self.rng.randint(0, 3), POSTFIX)
        if roll < 0.85:
            return self.conditional("map", depth)
        return self.leaf("map")

    def expression(self, max_depth):
        kind = self.rng.choices(TYPES, TYPE_WEIGHTS)[0]
        piece = self.gen(kind, self.rng.randint(1, max_depth))
        return piece.text


def generate(seed, count, max_depth=4):
    rng = random.Random(seed)
    generator = Generator(rng)
    cases, seen = [], set()
    attempts = 0
    while len(cases) < count and attempts < count * 20:
        attempts += 1
        text = generator.expression(max_depth)
        if len(text) > 400 or text in seen:
            continue
        seen.add(text)
        cases.append({"id": "r%05d" % len(cases), "expr": text})
    return cases


# ---------------------------------------------------------------------------------------
# Deliberate-difference rules. Each rule: a name, the decisions.md row (topic) that
# justifies it, and a predicate on (expression, oel output, oracle output).

def strip_strings(text):
    """The expression with every string literal replaced by "S" (doubled quotes included)."""
    return re.sub(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"", "S", text)


def scoped_bodies(text):
    """The bodies of projections and selections (`.![...]`, `.?[...]`, `.^[...]`, `.$[...]`)."""
    plain = strip_strings(text)
    bodies = []
    for match in re.finditer(r"\.[!?^$]\[", plain):
        depth, start = 0, match.end()
        for position in range(start - 1, len(plain)):
            if plain[position] == "[":
                depth += 1
            elif plain[position] == "]":
                depth -= 1
                if depth == 0:
                    bodies.append(plain[start:position])
                    break
    return bodies


def non_string_map_key(expr, ours, oracle):
    plain = strip_strings(expr)
    return re.search(r"[{,]\s*(?:[-+(]*\s*)?(?:[0-9][0-9A-Za-z.]*|true|false|null)\s*:", plain, re.I) is not None


def element_root_fallback(expr, ours, oracle):
    for body in scoped_bodies(expr):
        if re.search(r"(?<![.\w$])(?:%s)\b" % "|".join(ROOT_NAMES + ABSENT_ROOTS), body):
            return True
    return False


ABSENT_ROOTS = ("session", "idpuser", "appuser", "appUser", "source", "security", "device", "login", "accessRequest")


def absent_documented_root(expr, ours, oracle):
    """The oracle knows no session, idpuser, ... root; oel reads an absent documented root as an
    empty object, or as null for appuser, appUser and idpuser (grammar/decisions.md, "Absent roots")."""
    error = str((oracle or {}).get("error", ""))
    if not re.search(r"'(?:%s)' cannot be found on object of type 'oracle\.OelRoot'" % "|".join(ABSENT_ROOTS), error):
        return False
    return re.search(r"(?<![.\w$])(?:%s)\b" % "|".join(ABSENT_ROOTS), strip_strings(expr)) is not None


def string_literals(text):
    """(delimiter, raw body) of every string literal in the expression."""
    return [(m.group(0)[0], m.group(0)[1:-1]) for m in re.finditer(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"", text)]


def doubled_other_quote(expr, ours, oracle):
    for delimiter, body in string_literals(expr):
        if ("''" if delimiter == '"' else '""') in body:
            return True
    return False


NUMBER_TEXT = re.compile(r"-?[0-9]+\.[0-9]+(?:E-?[0-9]+)?")


def double_text(expr, ours, oracle):
    """Both sides agree except for the digits of a printed double that denote the same value."""
    if not ours or not oracle or "value" not in ours or "value" not in oracle:
        return False
    a, b = json.dumps(ours["value"]), json.dumps(oracle["value"])
    if a == b:
        return False
    if NUMBER_TEXT.sub("#", a) == NUMBER_TEXT.sub("#", b) and all(
            float(x) == float(y) for x, y in zip(NUMBER_TEXT.findall(a), NUMBER_TEXT.findall(b))):
        return True
    # One difference inside text where the number touches other digits ('a1' + 1e23): widen the
    # differing middle by up to 25 characters each side until both middles are whole doubles.
    prefix = len(os.path.commonprefix([a, b]))
    suffix = len(os.path.commonprefix([a[prefix:][::-1], b[prefix:][::-1]]))
    for i in range(min(prefix, 25) + 1):
        for j in range(min(suffix, 25) + 1):
            x, y = a[prefix - i:len(a) - suffix + j], b[prefix - i:len(b) - suffix + j]
            if NUMBER_TEXT.fullmatch(x) and NUMBER_TEXT.fullmatch(y) and float(x) == float(y):
                return True
    return False


def pow_last_ulp(expr, ours, oracle):
    """`^` with a double result that differs from SpEL's in the last bit only (Math.pow is specified within 1 ulp)."""
    if "^" not in expr or not ours or not oracle or "value" not in ours or "value" not in oracle:
        return False
    x, y = ours["value"], oracle["value"]
    if not isinstance(x, float) or not isinstance(y, float) or x == y or math.isnan(x) or math.isnan(y):
        return False
    return abs(x - y) <= math.ulp(max(abs(x), abs(y)))


RULES = [
    ("doubled-other-quote-kept", "a doubled quote of the other kind inside a string", doubled_other_quote),
    ("double-shortest-digits", "a double printed as text", double_text),
    ("map-keys-are-strings", "map keys", non_string_map_key),
    ("element-name-falls-back-to-root", "a name inside a projection or selection that the element lacks",
     element_root_fallback),
    ("absent-documented-roots", "documented roots absent from the context", absent_documented_root),
    ("pow-last-ulp", "a double power in its last bit", pow_last_ulp),
]


def classify(expr, ours, oracle):
    for name, _, predicate in RULES:
        if predicate(expr, ours, oracle):
            return name
    return None


# ---------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description="Random differential test of oel against the SpEL oracle.")
    parser.add_argument("--seed", default=str(DEFAULT_SEED),
                        help="random seed (default %d); 'random' picks one and prints it" % DEFAULT_SEED)
    parser.add_argument("--count", type=int, default=5000, help="number of expressions (default 5000)")
    parser.add_argument("--oel", default=".build/debug/oel", help="the oel binary (default .build/debug/oel, relative to the repo root)")
    parser.add_argument("--oracle", default="../shared/tools/spel-oracle/run.sh",
                        help="the oracle's run.sh (default ../shared/tools/spel-oracle/run.sh, relative to the repo root)")
    parser.add_argument("--save", metavar="DIR", help="write cases.jsonl, oel.jsonl, spel.jsonl and diff.jsonl to DIR")
    parser.add_argument("--show", type=int, default=10, help="unexplained cases printed in full (default 10)")
    parser.add_argument("--verbose", "-v", action="store_true", help="also print every deliberate difference")
    options = parser.parse_args()

    if options.seed == "random":
        seed = random.SystemRandom().randrange(1, 2 ** 31)
    else:
        try:
            seed = int(options.seed)
        except ValueError:
            sys.stderr.write("differential: --seed must be an integer or 'random'\n")
            return 2

    tools = oracle_diff.resolve_tools(options.oel, options.oracle, "differential")
    if tools is None:
        return 2
    oel, oracle = tools

    started = time.time()
    cases = generate(seed, options.count)
    requests = [{"id": c["id"], "expr": c["expr"], "context": CONTEXT} for c in cases]
    ours = run_lines([oel, "eval", "--jsonl", "@FILE"], [dict(r, dialect="classic") for r in requests])
    spel = run_lines([oracle, "--lenient"], requests)

    missing = [c for c in cases if c["id"] not in spel]
    if missing:
        sys.stderr.write("differential: the oracle gave no output for %d cases, first %s: %s\n"
                         % (len(missing), missing[0]["id"], missing[0]["expr"]))

    agree, deliberate, unexplained = 0, {}, []
    values = 0
    records = []
    for case in cases:
        mine, theirs = ours.get(case["id"]), spel.get(case["id"])
        if theirs is not None and "error" not in theirs:
            values += 1
        reason = compare(mine, theirs)
        if reason is None:
            agree += 1
            continue
        rule = classify(case["expr"], mine, theirs)
        records.append({"id": case["id"], "expr": case["expr"], "reason": reason, "rule": rule,
                        "oel": mine, "spel": theirs})
        if rule:
            deliberate.setdefault(rule, []).append(case)
            if options.verbose:
                print("DELIBERATE [%s] %s: %s\n       expr:  %s\n       oel:   %s\n       SpEL:  %s"
                      % (rule, case["id"], reason, case["expr"], describe(mine), describe(theirs)))
        else:
            unexplained.append((case, reason, mine, theirs))

    if options.save:
        os.makedirs(options.save, exist_ok=True)
        for name, rows in (("cases.jsonl", requests), ("oel.jsonl", [ours.get(c["id"]) for c in cases]),
                           ("spel.jsonl", [spel.get(c["id"]) for c in cases]), ("diff.jsonl", records)):
            with open(os.path.join(options.save, name), "w", encoding="utf-8") as handle:
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        with open(os.path.join(options.save, "context.json"), "w", encoding="utf-8") as handle:
            json.dump(CONTEXT, handle, indent=2)

    for case, reason, mine, theirs in unexplained[:options.show]:
        print("UNEXPLAINED %s: %s\n       expr:  %s\n       oel:   %s\n       SpEL:  %s"
              % (case["id"], reason, case["expr"], describe(mine), describe(theirs)))
    if len(unexplained) > options.show:
        print("... %d more unexplained (use --show N or --save DIR)" % (len(unexplained) - options.show))

    total = len(cases)
    compared = total
    percent = (100.0 * agree / compared) if compared else 100.0
    by_rule = ", ".join("%s %d" % (name, len(deliberate[name])) for name, _, _ in RULES if name in deliberate)
    print("seed %d: %d generated, %d compared, %d agree (%.2f%%), %d deliberate (by rule: %s), %d unexplained"
          % (seed, total, compared, agree, percent, sum(len(v) for v in deliberate.values()), by_rule or "none",
             len(unexplained)))
    print("SpEL gave a value for %d (%.1f%%), an error for %d; %.1fs"
          % (values, 100.0 * values / max(1, total), total - values, time.time() - started))
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
