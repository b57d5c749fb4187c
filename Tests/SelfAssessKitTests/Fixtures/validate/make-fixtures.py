#!/usr/bin/env python3
"""Writes the validate fixtures: each case is an overlay on a copy of Samples/acme-2025.

A case folder holds the files that replace (or add to) the sample's files, and optionally a
REMOVE file listing paths to delete. ValidateFixtureTests copies the sample, applies the overlay,
validates, and compares the text output with Golden/validate/<case>.txt.

Run from anywhere: python3 Tests/SelfAssessKitTests/Fixtures/validate/make-fixtures.py
"""
import os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "..", "..", "Samples", "acme-2025")


def read(name):
    with open(os.path.join(SAMPLE, name), encoding="utf-8") as f:
        return f.read()


def edit(name, old, new, count=1):
    text = read(name)
    assert text.count(old) >= 1, (name, old)
    return {name: text.replace(old, new, count)}


A2_1 = "  A2.1:\n    answer: yes\n"
CASES = {
    # YAML layer
    "yaml-syntax": edit("article-2.yaml", "    note: 65 critical", "    note: '65 critical"),
    "tab-indentation": edit("article-2.yaml", "  A2.2:\n    answer: yes", "  A2.2:\n\tanswer: yes"),
    "duplicate-key": edit("article-2.yaml", "  A2.2:\n", '  "A2.1":\n    answer: no\n  A2.2:\n'),
    "anchor-alias": edit("article-2.yaml", "  A2.2:\n    answer: yes", "  A2.2:\n    answer: *same"),
    "merge-key": edit("article-1.yaml", "  A1.2:\n", "  A1.2:\n    <<: {note: shared}\n"),
    "explicit-tag": edit("article-3.yaml", "answer: yes", "answer: !!bool yes"),
    "two-documents": {"article-6.yaml": read("article-6.yaml") + "---\narticle: 6\n"},
    "empty-file": {"article-7.yaml": "# nothing here yet\n"},
    "too-deep": {"article-7.yaml": "article: " + "[" * 70 + "]" * 70 + "\n"},
    # structure
    "unknown-key": edit("article-2.yaml", "    answer: yes\n    evidence:\n      - evidence/account", "    anwser: yes\n    evidence:\n      - evidence/account"),
    "wrong-type": edit("article-7.yaml", "indicators:\n", "indicators:\n  - A7.1\n  - A7.2\nold-indicators:\n"),
    "missing-article-file": {"REMOVE": "article-3.yaml\n"},
    "missing-assessment-file": {"REMOVE": "assessment.yaml\n"},
    "article-mismatch": edit("article-4.yaml", "article: 4", "article: 3"),
    "stray-file": {"article-8.yaml": "article: 8\n", "article-2.yml": "article: 2\n"},
    "framework-mismatch": edit("article-5.yaml", 'version: "1.1"', 'version: "0.9"'),
    "unknown-indicator": edit("article-2.yaml", "  A2.2:\n", "  A2.9:\n    answer: yes\n  A3.1:\n    answer: yes\n  A2.2:\n"),
    "missing-indicator": edit("article-6.yaml", "  A6.1:", "  A6.1-removed:"),
    # answers
    "unanswered": edit("article-2.yaml", "  A2.2:\n    answer: yes", "  A2.2:\n    answer:"),
    "invalid-answer": {**edit("article-2.yaml", "  A2.2:\n    answer: yes", "  A2.2:\n    answer: true"),
                       **edit("article-3.yaml", "answer: yes", "answer: 部分")},
    "maturity-out-of-range": edit("article-2.yaml", "  A2.6:\n    answer: 3", "  A2.6:\n    answer: 2.5"),
    "invalid-number": edit("article-2.yaml", "  A2.7:\n    answer: 81.5", "  A2.7:\n    answer: 81.5%"),
    "number-out-of-range": edit("article-2.yaml", "  A2.7:\n    answer: 81.5", "  A2.7:\n    answer: 181.5"),
    "invalid-date": edit("article-2.yaml", "  A2.4:\n    answer: 2025-06-12", "  A2.4:\n    answer: 2025-02-30"),
    "date-after-year": edit("article-2.yaml", "  A2.4:\n    answer: 2025-06-12", "  A2.4:\n    answer: 2026-02-01"),
    "na-not-allowed": edit("article-2.yaml", "  A2.3:\n    answer: yes", "  A2.3:\n    answer: not-applicable\n    justification: 不适用"),
    "na-without-justification": edit("article-2.yaml", "    justification: 2025年度未上线新的论坛", "    note-2: 2025年度未上线新的论坛"),
    "stray-justification": edit("article-2.yaml", A2_1, A2_1 + "    justification: 全部入口已实名\n"),
    "carried-forward": edit("article-2.yaml", A2_1, A2_1 + "    carried-forward: 2024\n"),
    # evidence
    "evidence-required": edit("article-2.yaml", "    evidence:\n      - evidence/real-name-policy.md\n      - evidence/vendor-contract-realname.md\n", ""),
    # a misspelt answer does not hide the missing evidence: both in one run
    "invalid-answer-no-evidence": {"article-2.yaml": read("article-2.yaml").replace(
        "    evidence:\n      - evidence/real-name-policy.md\n      - evidence/vendor-contract-realname.md\n", "", 1
    ).replace("  A2.1:\n    answer: yes\n", "  A2.1:\n    answer: yess\n", 1)},
    "evidence-future-date": edit("article-2.yaml", "        date: 2025-03-20\n", "        date: 2031-03-20\n"),
    "signatory-name-tab": edit("assessment.yaml", "  name: 北京艾克米科技有限公司\n", '  name: "北京艾克米科技有限公司\\t"\n'),
    "evidence-absolute": edit("article-2.yaml", "      - evidence/real-name-policy.md", "      - /home/wangli/real-name-policy.md"),
    "evidence-escapes": edit("article-2.yaml", "      - evidence/real-name-policy.md", "      - evidence/../../secret.md"),
    "evidence-missing": edit("article-2.yaml", "      - evidence/real-name-policy.md", "      - evidence/real-name-polcy.md"),
    "evidence-not-file": edit("article-2.yaml", "      - evidence/real-name-policy.md", "      - evidence"),
    "evidence-duplicate": edit("article-2.yaml", "      - evidence/vendor-contract-realname.md", "      - evidence/vendor-contract-realname.md\n      - ./evidence/vendor-contract-realname.md"),
    "evidence-backslash": edit("article-2.yaml", "      - evidence/real-name-policy.md", "      - evidence\\real-name-policy.md"),
    # assessment.yaml
    "signatory-id": edit("assessment.yaml", "  id: acme", "  id: ACME_Tech"),
    "implausible-year": edit("assessment.yaml", "year: 2025", "year: 25"),
    "unknown-category": edit("assessment.yaml", "category: social", "category: socail"),
    "invalid-email": edit("assessment.yaml", "compliance@acme.example.cn", "compliance at acme.example.cn"),
    "declaration-date": edit("assessment.yaml", "date: 2026-01-20", "date: 2024-12-20"),
    "unknown-framework": {**edit("assessment.yaml", 'version: "1.1"', 'version: "2.0"')},
    "missing-keys": edit("assessment.yaml", "contact:\n  name: 王丽\n", "contact:\n"),
}


def main():
    for entry in os.listdir(HERE):
        path = os.path.join(HERE, entry)
        if os.path.isdir(path):
            shutil.rmtree(path)
    for case, files in CASES.items():
        folder = os.path.join(HERE, case)
        os.makedirs(folder)
        for name, text in files.items():
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(text)
    print(f"wrote {len(CASES)} fixture cases")


if __name__ == "__main__":
    main()
