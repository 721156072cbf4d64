"""The nasty-input corpus (tests/data/bad/): every file gets a correct result
or a one-line reason, one bad file does not stop the others, and what is
built conforms, parses and stays escaped."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pyoxigraph import Literal

from conftest import ROOT, SHARED

BAD = ROOT / "tests" / "data" / "bad"
EXPECTED = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from kg.build import build

    out = tmp_path_factory.mktemp("bad")
    report = build([BAD], out, progress=False)
    return out, report


def problem_for(report, name: str) -> str | None:
    hits = [p.message for p in report.problems if p.path.endswith(name) or p.path.rsplit("/", 1)[-1].startswith(name + ":")]
    return hits[0] if hits else None


@pytest.mark.parametrize("name", sorted(k for k, v in EXPECTED.items() if "refused" in v))
def test_refused_with_a_reason(built, name):
    _, report = built
    msg = problem_for(report, name)
    assert msg is not None, f"{name} was not reported"
    assert EXPECTED[name]["refused"] in msg
    assert "\n" not in msg


@pytest.mark.parametrize("name", sorted(k for k, v in EXPECTED.items() if "built" in v))
def test_built_correctly(built, name):
    import kg

    out, report = built
    doc_id = name.rsplit(".", 1)[0]
    assert problem_for(report, name) is None
    g = kg.open(out)
    text = g.query('SELECT ?id ?text WHERE { ?d dcterms:identifier ?id ; nif:isString ?text }', id=Literal(doc_id))
    assert len(text) == 1, f"{name} is not in the graph"
    want = EXPECTED[name]
    if "contains" in want:
        assert want["contains"] in text[0]["text"]
    rows = [s for s in g.statements() if s["doc"] == doc_id]
    if want["built"]:
        assert any(want["built"] in s["actor"] for s in rows), rows
    for s in rows:  # offsets slice the stored text
        assert text[0]["text"][s["start"]:s["end"]] == s["sentence"]
    if "note" in want:
        assert any(name in n and want["note"] in n for n in report.notes), report.notes


def test_jsonl_keeps_good_records_and_reports_bad_lines(built):
    import kg

    out, report = built
    want = EXPECTED["records.jsonl"]
    ids = {r["id"] for r in kg.open(out).query("SELECT ?id WHERE { ?d a kg:Document ; dcterms:identifier ?id }")}
    assert set(want["built_ids"]) <= ids
    for line, needle in want["refused_lines"].items():
        msgs = [p.message for p in report.problems if p.path.endswith(f"records.jsonl:{line}")]
        assert msgs and needle in msgs[0], (line, msgs)


def test_what_is_built_conforms_and_exports_parse(built):
    from kg.validate import validate

    out, _ = built
    assert validate(out).conforms
    for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page


def test_cli_exit_codes_and_messages(tmp_path):
    run = lambda *a: subprocess.run([sys.executable, "-m", "kg.cli", "build", *a, "-o", str(tmp_path / "g"), "-q"],  # noqa: E731
                                    capture_output=True, text=True)
    nothing = run(str(BAD / "empty.txt"), str(BAD / "binary.txt"))
    assert nothing.returncode == 1
    assert "empty.txt: empty file" in nothing.stdout and "binary.txt" in nothing.stdout
    some = run(str(BAD / "empty.txt"), str(BAD / "bom.txt"))
    assert some.returncode == 0 and "skipped" in some.stdout and "empty.txt" in some.stdout


def test_oversize_file_is_refused(tmp_path):
    from kg.build import build
    from kg.config import Settings

    big = tmp_path / "big.txt"
    big.write_text("Angela Merkel called for a ceasefire. " * 100, encoding="utf-8")
    report = build([big], tmp_path / "g", Settings.from_env(max_bytes=1000), progress=False)
    assert report.added == 0 and "over the limit of 1,000" in report.problems[0].message


def test_eval_names_a_gold_it_cannot_read(tmp_path, seeds_graph):
    run = lambda gold: subprocess.run([sys.executable, "-m", "kg.cli", "eval", str(seeds_graph), "--gold", str(gold)],  # noqa: E731
                                      capture_output=True, text=True)
    missing = run(tmp_path / "nowhere.jsonl")
    assert missing.returncode == 2 and "nowhere.jsonl: no such file" in missing.stderr
    assert "Traceback" not in missing.stderr
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared/eval (the project's scorer) is not beside this clone")
    garbled = tmp_path / "garbled.jsonl"
    garbled.write_bytes(b"\xff\xfe\x00 not text")
    bad = run(garbled)
    assert bad.returncode == 2 and "cannot read the gold" in bad.stderr and "Traceback" not in bad.stderr
