#!/usr/bin/env python3
"""Checks that the kit's public surface is what the other modules use (docs/architecture.md).

A top-level type of Sources/SelfAssessKit declared `public` must be named by a file of another
module of the package (the tool, the registry, the sample generator, the fuzzing harnesses), or
be in CARRIED below: types that no other module names but that reach it through a public API it
does use (an error case's payload, a property's type). Everything else is internal, or `package`
where only the tests need it. Exits 1 naming each public type that no module needs.

    Scripts/surface.py        check (make lint runs it)
"""

import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
KIT = os.path.join(ROOT, "Sources", "SelfAssessKit")
CLIENTS = ["selfassess", "SelfAssessRegistry", "SelfAssessServer", "samplegen", "SampleSector", "selfassess-fuzz"]

# Public because a public API another module uses carries them, though no module names them.
CARRIED = {
    "AnswerSpec", "AnswerType", "ArticleChange", "AssessmentDecoder", "Bilingual",
    "BundleContainer", "BundleDraft", "BundlePath", "BundleReports", "ContainerEntry",
    "Ed25519Point", "FrameworkReference", "IndicatorChange", "JSONValue", "SnapshotError", "Trend",
    "YAMLFile", "YAMLNode",
}

DECLARATION = re.compile(
    r"^public (?:final |indirect )?(?:struct|enum|class|protocol|actor|typealias)\s+(\w+)", re.M)


def swift_files(folder):
    for path, _, names in os.walk(folder):
        for name in sorted(names):
            if name.endswith(".swift"):
                yield os.path.join(path, name)


def main():
    named = set()
    for client in CLIENTS:
        for file in swift_files(os.path.join(ROOT, "Sources", client)):
            with open(file, encoding="utf-8") as handle:
                named.update(re.findall(r"[A-Za-z_]\w*", handle.read()))
    problems = 0
    for file in swift_files(KIT):
        with open(file, encoding="utf-8") as handle:
            text = handle.read()
        for match in DECLARATION.finditer(text):
            name = match.group(1)
            if name not in named and name not in CARRIED:
                line = text.count("\n", 0, match.start()) + 1
                print(f"surface: {os.path.relpath(file, ROOT)}:{line}: {name} is public, but no "
                      "other module uses it: make it internal (or package for the tests)")
                problems += 1
    if problems:
        print(f"surface: {problems} public type(s) no module needs", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
