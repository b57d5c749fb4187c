#!/usr/bin/env python3
"""Generates benchmark inputs from Samples/acme-2025 (deterministic, seed 2014):

  OUT/large/        one assessment whose notes make each article file several MB
  OUT/many/NNNN/    1,000 small assessments (the sample with varied answers and notes)
"""
import os, random, shutil, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sample = os.path.join(root, "Samples", "acme-2025")
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "bench-out")
target_mb = float(sys.argv[2]) if len(sys.argv) > 2 else 4.0
count = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
rng = random.Random(2014)

PHRASES = [
    "实名核验覆盖全部发布入口，第三方登录首次发布前强制绑定手机号。",
    "Review staffing covers 24 hours with two shifts; sampling error rate 0.8%.",
    "日志统一留存 183 天，冷存储归档后可按工单调取。",
    "Consent flows were retested after the SDK update; no pre-ticked boxes remain.",
    "投诉工单 7 个工作日内办结并反馈，超期工单逐月复盘。",
]


def note_block(size):
    lines, total = [], 0
    while total < size:
        line = "".join(rng.choice(PHRASES) for _ in range(3))
        lines.append("      " + line)
        total += len(line.encode()) + 7
    return "    note: |-\n" + "\n".join(lines) + "\n"


def rewrite_notes(text, per_note):
    out, skip = [], False
    for line in text.split("\n"):
        if skip:
            if line.startswith("      ") or line == "":
                continue
            skip = False
        if line.startswith("    note:"):
            out.append(note_block(per_note).rstrip("\n"))
            skip = line.rstrip().endswith((">-", "|-", ">", "|"))
            continue
        out.append(line)
    return "\n".join(out)


def main():
    shutil.rmtree(out, ignore_errors=True)
    large = os.path.join(out, "large")
    shutil.copytree(sample, large)
    for n in range(1, 8):
        path = os.path.join(large, f"article-{n}.yaml")
        text = open(path, encoding="utf-8").read()
        notes = max(1, text.count("    note:"))
        open(path, "w", encoding="utf-8").write(rewrite_notes(text, int(target_mb * 1e6 / notes)))
    many = os.path.join(out, "many")
    os.makedirs(many)
    for i in range(count):
        folder = os.path.join(many, f"{i:04d}")
        shutil.copytree(sample, folder)
        path = os.path.join(folder, "article-2.yaml")
        text = open(path, encoding="utf-8").read()
        text = text.replace("  A2.7:\n    answer: 81.5", f"  A2.7:\n    answer: {rng.randint(40, 100)}")
        open(path, "w", encoding="utf-8").write(text)
    print(out)


if __name__ == "__main__":
    main()
