#!/usr/bin/env python3
"""Checks that the kit's folders use each other only downward (docs/architecture.md).

Reads every Swift file under Sources/SelfAssessKit, finds the top-level type names each folder
declares, and then, for every file, which of the other folders' names it uses. A use is allowed
when the table below lets the file's folder use the other folder; otherwise the script names the
file, the line and the type, and exits 1. It also fails when the table itself, or the uses it
finds, form a cycle between folders.

    Scripts/layers.py             check (exit 0 when every use is allowed, 1 otherwise)
    Scripts/layers.py --graph     print which folder uses which, with counts

No dependencies beyond python3. Comments and the text of string literals are skipped (the code
inside an interpolation is read). A name that the using folder declares itself as a nested type
(such as `Format` inside a renderer) counts as that folder's own.
"""

import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
KIT = os.path.join(ROOT, "Sources", "SelfAssessKit")

# The files directly in Sources/SelfAssessKit (Version.swift) belong to this layer.
ROOT_FOLDER = "Support"

# Which folders each folder may use, besides itself: the layers of docs/architecture.md, lowest
# first. A folder uses only folders of lower layers, so the table has no cycle (checked below).
# Keep it and the document in step; a new use across folders is a decision, made here.
ALLOWED = {
    # Layer 0: no dependencies inside the kit.
    "Support": [],
    # Layer 1: diagnostics, formats and primitives.
    "Diagnostics": ["Support"],
    "JSON": ["Support", "Diagnostics"],
    "Signing": ["Support", "Diagnostics"],
    "Container": ["Support", "Diagnostics"],
    # Layer 2: YAML, which reports diagnostics.
    "YAML": ["Support", "Diagnostics"],
    # Layer 3: the framework.
    "Framework": ["Support", "Diagnostics", "YAML"],
    # Layer 4: the assessment.
    "Assessment": ["Support", "Diagnostics", "YAML", "Container", "Framework"],
    # Layer 5: what is computed from, or checked against, an assessment or a framework.
    "Validation": ["Support", "Diagnostics", "YAML", "Framework", "Assessment"],
    "Scoring": ["Support", "JSON", "Framework", "Assessment"],
    "Policy": ["Support", "Diagnostics", "YAML", "Framework", "Assessment"],
    "Keyring": ["Support", "Diagnostics", "YAML", "Signing", "Framework"],
    # Layer 6: what builds on a score or a validation.
    "Diff": ["Support", "Diagnostics", "JSON", "Framework", "Assessment", "Scoring"],
    "Templates": ["Support", "Diagnostics", "JSON", "YAML", "Framework", "Assessment", "Validation"],
    "Status": ["Support", "Diagnostics", "Framework", "Assessment", "Validation", "Scoring"],
    # Layer 7: the signed bundle.
    "Bundle": [
        "Support", "Diagnostics", "JSON", "YAML", "Signing", "Container", "Framework",
        "Assessment", "Validation", "Scoring", "Diff",
    ],
    # Layer 8: the sector.
    "Aggregate": [
        "Support", "Diagnostics", "JSON", "Container", "Framework", "Assessment", "Scoring",
        "Keyring", "Policy", "Bundle",
    ],
    # Layer 9: drawing for people; no other folder of the kit uses it but Catalogs.
    "Render": [
        "Support", "Diagnostics", "JSON", "Signing", "Container", "YAML", "Framework",
        "Assessment", "Validation", "Scoring", "Policy", "Keyring", "Diff", "Status", "Bundle",
        "Aggregate",
    ],
    # Layer 10: the list of every message catalog (translators, explain, the tests), Render's
    # wordings included.
    "Catalogs": [
        "Support", "Diagnostics", "JSON", "Signing", "Container", "YAML", "Framework",
        "Assessment", "Validation", "Policy", "Keyring", "Diff", "Templates", "Status", "Bundle",
        "Aggregate", "Render",
    ],
}

DECLARATION = re.compile(
    r"\b(?:struct|enum|class|protocol|actor|typealias)\s+([A-Za-z_][A-Za-z0-9_]*)")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def strip(source):
    """The source with comments and string text replaced by spaces (newlines kept), so that
    line numbers stay right; the code inside string interpolations is kept."""
    out = []
    i = 0
    n = len(source)
    # A stack of open contexts: ("code", paren depth) inside an interpolation, ("string", quote,
    # hashes) inside a literal.
    stack = [("code", 0)]

    def blank(text):
        return "".join("\n" if c == "\n" else " " for c in text)

    while i < n:
        top = stack[-1]
        c = source[i]
        if top[0] == "code":
            if source.startswith("//", i):
                end = source.find("\n", i)
                end = n if end < 0 else end
                out.append(blank(source[i:end]))
                i = end
            elif source.startswith("/*", i):
                depth, j = 1, i + 2
                while j < n and depth:
                    if source.startswith("/*", j):
                        depth, j = depth + 1, j + 2
                    elif source.startswith("*/", j):
                        depth, j = depth - 1, j + 2
                    else:
                        j += 1
                out.append(blank(source[i:j]))
                i = j
            elif c == "#" or c == '"':
                j = i
                while j < n and source[j] == "#":
                    j += 1
                if j < n and source[j] == '"':
                    hashes = j - i
                    quote = '"""' if source.startswith('"""', j) else '"'
                    out.append(" " * (j - i + len(quote)))
                    i = j + len(quote)
                    stack.append(("string", quote, hashes))
                else:
                    out.append(source[i:j] or c)
                    i = max(j, i + 1)
            elif c == "(":
                stack[-1] = ("code", top[1] + 1)
                out.append(c)
                i += 1
            elif c == ")":
                if top[1] == 0 and len(stack) > 1:
                    stack.pop()  # the end of an interpolation
                    out.append(" ")
                else:
                    stack[-1] = ("code", top[1] - 1)
                    out.append(c)
                i += 1
            else:
                out.append(c)
                i += 1
        else:
            _, quote, hashes = top
            close = quote + "#" * hashes
            escape = "\\" + "#" * hashes
            if source.startswith(close, i):
                out.append(" " * len(close))
                i += len(close)
                stack.pop()
            elif source.startswith(escape + "(", i):
                out.append(" " * (len(escape) + 1))
                i += len(escape) + 1
                stack.append(("code", 0))
            elif source.startswith(escape, i) and i + len(escape) < n:
                out.append(blank(source[i:i + len(escape) + 1]))
                i += len(escape) + 1
            else:
                out.append("\n" if c == "\n" else " ")
                i += 1
    return "".join(out)


def swift_files():
    """(folder, relative path, stripped text) for every Swift file of the kit."""
    for directory, _, names in sorted(os.walk(KIT)):
        for name in sorted(names):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, KIT)
            parts = relative.split(os.sep)
            folder = parts[0] if len(parts) > 1 else ROOT_FOLDER
            with open(path, encoding="utf-8") as handle:
                yield folder, os.path.relpath(path, ROOT), strip(handle.read())


def declarations(text):
    """(top-level names, every declared name) of a stripped file."""
    top, every = set(), set()
    depth = 0
    for match in re.finditer(r"[{}]|" + DECLARATION.pattern, text):
        token = match.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        else:
            name = match.group(1)
            every.add(name)
            if depth == 0:
                top.add(name)
    return top, every


def find_cycle(edges):
    """A cycle in a folder graph as a list of folders, or None."""
    state = {}
    path = []

    def visit(node):
        state[node] = "open"
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == "open":
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = "done"
        return None

    for node in sorted(edges):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def main(arguments):
    files = list(swift_files())
    owner = {}  # top-level type name -> folder
    nested = {}  # folder -> names it declares at any depth
    problems = []
    for folder, path, text in files:
        top, every = declarations(text)
        nested.setdefault(folder, set()).update(every)
        for name in top:
            if name in owner and owner[name] != folder:
                problems.append(f"{path}: {name} is also declared in {owner[name]}/")
            owner.setdefault(name, folder)

    folders = sorted({folder for folder, _, _ in files})
    for folder in folders:
        if folder not in ALLOWED:
            problems.append(f"Sources/SelfAssessKit/{folder}/: a folder the layer table "
                            "does not list (add it to ALLOWED in Scripts/layers.py and to "
                            "docs/architecture.md)")
    cycle = find_cycle({folder: set(uses) for folder, uses in ALLOWED.items()})
    if cycle:
        problems.append("the layer table has a cycle: " + " → ".join(cycle))

    uses = {}  # (from, to) -> count
    for folder, path, text in files:
        allowed = set(ALLOWED.get(folder, ()))
        reported = set()
        for number, line in enumerate(text.split("\n"), start=1):
            for match in IDENTIFIER.finditer(line):
                name = match.group(0)
                other = owner.get(name)
                if other is None or other == folder or name in nested.get(folder, ()):
                    continue
                before = line[:match.start()].rstrip()
                if before.endswith(".") and not before.endswith(".."):
                    continue  # a member such as `Score.Format`, not the top-level type
                uses[(folder, other)] = uses.get((folder, other), 0) + 1
                if other not in allowed and (name, other) not in reported:
                    reported.add((name, other))
                    problems.append(
                        f"{path}:{number}: {folder}/ uses {name} from {other}/, "
                        f"which the layer table does not allow")
    cycle = find_cycle({a: {b for (x, b) in uses if x == a} for (a, _) in uses})
    if cycle:
        problems.append("the folders use each other in a cycle: " + " → ".join(cycle))

    if "--graph" in arguments:
        for folder in folders:
            targets = sorted((b, count) for (a, b), count in uses.items() if a == folder)
            print(f"{folder}: " + ", ".join(f"{b} ({count})" for b, count in targets))

    for problem in problems:
        print("layers: " + problem, file=sys.stderr)
    if problems:
        print(f"layers: {len(problems)} problem(s); the allowed direction is in "
              "docs/architecture.md and Scripts/layers.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
