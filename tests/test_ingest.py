"""Bad input gets a clear error and loses nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import Problem, read_file, read_paths


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("data,needle", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"<!DOCTYPE html><html><body>x</body></html>", "HTML"),
])
def test_refused_with_reason(tmp_path, data, needle):
    p = write(tmp_path, "a.txt", data)
    with pytest.raises(InputError, match=needle):
        read_file(p)


def test_bom_is_dropped(tmp_path):
    d = read_file(write(tmp_path, "a.txt", "\ufeffPutin spoke.".encode("utf-8")))
    assert d.text == "Putin spoke." and d.encoding == "utf-8-sig"


def test_cp1252_is_detected(tmp_path):
    text = "Fran\u00e7ois Hollande said \u201cnon\u201d to the plan, d\u00e9j\u00e0 vu for the caf\u00e9 owners in Par\u00eds."
    d = read_file(write(tmp_path, "a.txt", text.encode("cp1252")))
    assert "Hollande" in d.text and "\u00e7" in d.text


def test_too_large(tmp_path):
    with pytest.raises(InputError, match="over the limit"):
        read_file(write(tmp_path, "a.txt", b"a " * 100), max_bytes=50)


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path, "good.txt", b"Merkel called for a ceasefire.")
    write(tmp_path, "bad.txt", b"")
    items = list(read_paths([tmp_path]))
    assert [i.id for i in items if not isinstance(i, Problem)] == ["good"]
    assert [Path(i.path).name for i in items if isinstance(i, Problem)] == ["bad.txt"]


def test_sidecar_metadata(tmp_path):
    write(tmp_path, "a.txt", b"Text.")
    write(tmp_path, "a.meta.json", b'{"title": "T", "outlet": "O", "published": "2020-01-02T10:00", "url": "http://x"}')
    d = read_file(tmp_path / "a.txt")
    assert (d.title, d.outlet, d.published, d.source) == ("T", "O", "2020-01-02", "http://x")


def test_jsonl_input(tmp_path):
    write(tmp_path, "c.jsonl", b'{"id": "x1", "text": "Putin spoke."}\nnot json\n{"id": "x2"}\n')
    items = list(read_paths([tmp_path / "c.jsonl"]))
    assert [i.id for i in items if not isinstance(i, Problem)] == ["x1"]
    assert len([i for i in items if isinstance(i, Problem)]) == 2


def test_build_reports_bad_files(tmp_path):
    from kg.build import build

    src = tmp_path / "in"
    src.mkdir()
    write(src, "good.txt", b"Angela Merkel called for a ceasefire.")
    write(src, "bin.txt", b"\x00\x00\x00")
    rep = build([src], tmp_path / "g", progress=False)
    assert rep.documents == 1 and [Path(p.path).name for p in rep.problems] == ["bin.txt"]
