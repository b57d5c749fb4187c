#!/usr/bin/env python3
"""An independent check of the registry's Merkle tree (RFC 9162 section 2.1).

Written from the RFC's definitions, not from the Swift code: MTH, PATH and PROOF as the
recursive definitions state them, and the verification algorithms of 2.1.3.2 and 2.1.4.2.

Reads a file whose lines are
    E <entry hex>                 the entries, in order
    R <n> <root hex>              the root of the first n entries
    I <m> <n> <hash hex,...>      the inclusion proof of leaf m in the tree of n
    C <m> <n> <hash hex,...>      the consistency proof between the trees of m and n
and checks each claim against its own computation, and each proof with its own verifier.
Prints "ok roots=R inclusion=I consistency=C" and exits 0, or prints the first mismatches and
exits 1.
"""
import hashlib
import sys
from functools import lru_cache


def sha256(data):
    return hashlib.sha256(data).digest()


def main(path):
    entries = []
    claims = []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "E":
                entries.append(bytes.fromhex(parts[1]) if len(parts) > 1 else b"")
            else:
                claims.append(parts)
    leaves = [sha256(b"\x00" + e) for e in entries]

    @lru_cache(maxsize=None)
    def mth(lo, hi):
        n = hi - lo
        if n == 0:
            return sha256(b"")
        if n == 1:
            return leaves[lo]
        k = largest_power_of_two_below(n)
        return sha256(b"\x01" + mth(lo, lo + k) + mth(lo + k, hi))

    def path_(m, lo, hi):
        n = hi - lo
        if n == 1:
            return []
        k = largest_power_of_two_below(n)
        if m < k:
            return path_(m, lo, lo + k) + [mth(lo + k, hi)]
        return path_(m - k, lo + k, hi) + [mth(lo, lo + k)]

    def subproof(m, lo, hi, b):
        n = hi - lo
        if m == n:
            return [] if b else [mth(lo, hi)]
        k = largest_power_of_two_below(n)
        if m <= k:
            return subproof(m, lo, lo + k, b) + [mth(lo + k, hi)]
        return subproof(m - k, lo + k, hi, False) + [mth(lo, lo + k)]

    def proof(m, n):
        if m == 0 or m == n:
            return []
        return subproof(m, 0, n, True)

    failures = []
    counts = {"R": 0, "I": 0, "C": 0}
    for parts in claims:
        kind = parts[0]
        counts[kind] += 1
        if kind == "R":
            n, root = int(parts[1]), bytes.fromhex(parts[2])
            if mth(0, n) != root:
                failures.append(f"root of {n}")
            continue
        m, n = int(parts[1]), int(parts[2])
        hashes = [bytes.fromhex(h) for h in parts[3].split(",")] if len(parts) > 3 else []
        if kind == "I":
            if hashes != path_(m, 0, n):
                failures.append(f"inclusion proof of {m} in {n}")
            if not verify_inclusion(leaves[m], m, n, hashes, mth(0, n)):
                failures.append(f"inclusion proof of {m} in {n} does not verify")
        else:
            if hashes != proof(m, n):
                failures.append(f"consistency proof {m} -> {n}")
            if not verify_consistency(m, n, mth(0, m), mth(0, n), hashes):
                failures.append(f"consistency proof {m} -> {n} does not verify")
    if failures:
        for failure in failures[:20]:
            print(failure)
        print(f"{len(failures)} failures")
        return 1
    print(f"ok roots={counts['R']} inclusion={counts['I']} consistency={counts['C']}")
    return 0


def largest_power_of_two_below(n):
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def node(left, right):
    return sha256(b"\x01" + left + right)


def verify_inclusion(leaf_hash, index, size, path, root):
    """RFC 9162 2.1.3.2."""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf_hash
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(first, second, first_hash, second_hash, path):
    """RFC 9162 2.1.4.2 (with the trivial cases: the empty tree, equal sizes)."""
    if first == 0:
        return not path
    if first == second:
        return not path and first_hash == second_hash
    if not path:
        return False
    if first & (first - 1) == 0:
        path = [first_hash] + path
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node(c, fr)
            sr = node(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_hash and sr == second_hash and sn == 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
