#!/usr/bin/env python3
"""Inputs for `make bench`'s findings case: time must grow linearly with the number of findings.

usage: findings.py OUT SAMPLE --unknown N... --keyring N...

--unknown N: OUT/unknown-N/, a copy of the SAMPLE assessment whose article-1.yaml has N extra
indicator ids that article 1 does not have (N unknown-indicator findings).
--keyring N: OUT/keyring-N.yaml, a keyring of N signatories with one Ed25519 key each, every key
revoked before it became valid (N warnings).
"""
import base64
import hashlib
import os
import shutil
import sys

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")


def unknown_keys(sample, folder, count):
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(sample, folder)
    path = os.path.join(folder, "article-1.yaml")
    with open(path, encoding="utf-8") as source:
        lines = source.read().splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("indicators:")) + 1
    extra = [f"  X{n}.{n % 97}:\n    answer: yes" for n in range(count)]
    with open(path, "w", encoding="utf-8") as target:
        target.write("\n".join(lines[:at] + extra + lines[at:]) + "\n")


def keyring(path, count):
    out = ["schema: selfassess.keyring/v1", "signatories:"]
    for n in range(count):
        raw = Ed25519PrivateKey.generate().public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        fingerprint = hashlib.sha256(SPKI_PREFIX + raw).hexdigest()
        out += [
            f"  signatory-{n}:",
            f"    name: Signatory {n}",
            "    keys:",
            f"      - key: {base64.b64encode(raw).decode()}",
            f"        fingerprint: sha256:{fingerprint}",
            "        valid-from: 2024-01-01",
            "        revoked:",
            "          date: 2023-06-01",
            "          reason: never used",
        ]
    with open(path, "w", encoding="utf-8") as target:
        target.write("\n".join(out) + "\n")


def main():
    out, sample = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    mode = None
    for argument in sys.argv[3:]:
        if argument.startswith("--"):
            mode = argument
        elif mode == "--unknown":
            unknown_keys(sample, os.path.join(out, f"unknown-{argument}"), int(argument))
        elif mode == "--keyring":
            keyring(os.path.join(out, f"keyring-{argument}.yaml"), int(argument))


if __name__ == "__main__":
    main()
