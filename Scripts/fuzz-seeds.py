#!/usr/bin/env python3
"""Regenerates the fuzzers' seed corpora in Fuzz/Corpus/TARGET/ (docs/fuzzing.md).

Seeds come from the samples, the test fixtures and templates, a subset of the YAML test suite
(../shared/yaml-test-suite, when present) and, with --bundles DIR, from bundles signed with the
fuzzers' test key (Scripts/fuzz-seeds.sh makes them). Each seed is named by the SHA-1 of its
bytes, as libFuzzer names corpus entries, so a rerun adds nothing twice. The harnesses whose
first byte picks a parser get that byte prepended here.
"""
import argparse
import hashlib
import io
import pathlib
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Fuzz" / "Corpus"
SUITE = ROOT.parent / "shared" / "yaml-test-suite" / "data-2022-01-17"
MAX_SEED = 64 * 1024


def add(target, data, limit=MAX_SEED):
    if len(data) > limit:
        return
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def yaml_selector(name):
    if name == "assessment.yaml":
        return 0
    if name.startswith("article-") and name.endswith(".yaml"):
        number = name[len("article-"):-len(".yaml")]
        if number.isdigit() and 1 <= int(number) <= 7:
            return int(number)
    return None


def yaml_seeds():
    folders = [ROOT / "Samples" / "acme-2025", ROOT / "Samples" / "broken", ROOT / "Templates"]
    folders += sorted((ROOT / "Tests" / "SelfAssessKitTests" / "Fixtures" / "validate").iterdir())
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.y*ml")):
            selector = yaml_selector(path.name)
            if selector is not None:
                add("yaml", bytes([selector]) + path.read_bytes())
    add("yaml", bytes([8]) + (ROOT / "Templates" / "framework.yaml").read_bytes())
    if SUITE.is_dir():
        cases = sorted(SUITE.glob("*/in.yaml"))
        for index, path in enumerate(cases[::4]):  # a quarter of the suite, every kind of node
            add("yaml", bytes([1 + index % 7]) + path.read_bytes())


def keyring_and_policy_seeds():
    fixtures = ROOT / "Tests" / "SelfAssessKitTests" / "Fixtures"
    for selector in (0, 1):
        for path in [ROOT / "Templates" / "keyring.example.yaml", fixtures / "keyring" / "broken.yaml"]:
            data = path.read_bytes()
            add("keyring", data if selector == 0 else b"#" + data)
        for path in [ROOT / "Templates" / "policy.yaml", fixtures / "policy" / "broken.yaml"]:
            data = path.read_bytes()
            add("policy", data if selector == 0 else b"#" + data)


def json_seeds():
    for text in [b"{}", b"[]", b'{"a":[1,true,false,null,"x\\u0001"]}', b'"\\ud83d\\ude00"',
                 b'{"b":1,"a":2}', b" [ 1 , 2 ] ", b"9007199254740991", b"-0", b"1e5"]:
        add("json", text)
    if SUITE.is_dir():
        for path in sorted(SUITE.glob("*/in.json"))[::6]:
            add("json", path.read_bytes())


def zip_seeds():
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", method) as archive:
            for name, data in [("manifest.json", b'{"schema":"selfassess.bundle/v1"}'),
                               ("evidence/", b""), ("evidence/a.txt", b"a" * 300)]:
                info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
                info.compress_type = method
                archive.writestr(info, data)
        add("zip", buffer.getvalue())


def bundle_seeds(folder):
    bundles = sorted(pathlib.Path(folder).glob("*.sabundle"), key=lambda p: p.stat().st_size)
    for index, path in enumerate(bundles):
        if index == 0:  # the smallest only: every input is written, read and verified
            add("zip", path.read_bytes(), limit=512 * 1024)
        with zipfile.ZipFile(path) as archive:
            add("json", archive.read("manifest.json"))
            add("keys", bytes([2]) + archive.read("manifest.json.minisig"))
    for path in sorted(pathlib.Path(folder).glob("*.key")):
        add("keys", bytes([1]) + path.read_bytes())
    for path in sorted(pathlib.Path(folder).glob("*.pub")):
        add("keys", bytes([0]) + path.read_bytes())
    for path in sorted(pathlib.Path(folder).glob("*.minisign.pub")):
        add("keys", bytes([0]) + path.read_bytes())
        add("keys", bytes([3]) + path.read_bytes())
    for path in sorted(pathlib.Path(folder).glob("*.yaml")):
        add("keyring", path.read_bytes())


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundles", help="a folder of seed bundles, keys and keyrings")
    arguments = parser.parse_args()
    yaml_seeds()
    keyring_and_policy_seeds()
    json_seeds()
    zip_seeds()
    if arguments.bundles:
        bundle_seeds(arguments.bundles)
    for folder in sorted(CORPUS.iterdir()):
        files = list(folder.iterdir())
        size = sum(f.stat().st_size for f in files)
        print(f"fuzz-seeds: {folder.name}: {len(files)} seeds, {size} bytes")


if __name__ == "__main__":
    main()
