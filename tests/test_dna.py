"""The .dna export (kg export --format dna-db): DNA 3's tables and columns,
statements anchored where kg found them (in DNA's offsets: LF line ends,
UTF-16 units), the same rows as the DNA CSV, --reviewed, no overwriting of a
coder's file; DNA's own sample written and read back; and, where java and the
jasypt and SQLite JDBC jars are installed, the file read from Java as DNA reads it."""
from __future__ import annotations

import base64
import contextlib
import csv
import datetime as dt
import io
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

from kg.export import issue_of

# DNA 3.0's SQLite tables and columns, as Sql.createTables in leifeld/dna
# (dna/src/main/java/sql/Sql.java, 03d7317) defines them; written out here, apart from kg/dna_db.py
DNA_TABLES = {
    "SETTINGS": "Property Value",
    "CODERS": "ID Name Red Green Blue Refresh FontSize Password PopupWidth ColorByCoder PopupDecoration "
              "PopupAutoComplete PermissionAddDocuments PermissionEditDocuments PermissionDeleteDocuments "
              "PermissionImportDocuments PermissionAddStatements PermissionEditStatements PermissionDeleteStatements "
              "PermissionEditAttributes PermissionEditRegex PermissionEditStatementTypes PermissionEditCoders "
              "PermissionEditCoderRelations PermissionViewOthersDocuments PermissionEditOthersDocuments "
              "PermissionViewOthersStatements PermissionEditOthersStatements",
    "DOCUMENTS": "ID Title Text Coder Author Source Section Notes Type Date",
    "STATEMENTTYPES": "ID Label Red Green Blue",
    "VARIABLES": "ID Variable DataType StatementTypeId",
    "VARIABLELINKS": "ID SourceVariableId TargetVariableId",
    "REGEXES": "Label Red Green Blue",
    "CODERRELATIONS": "ID Coder OtherCoder viewStatements editStatements viewDocuments editDocuments",
    "STATEMENTS": "ID StatementTypeId DocumentId Start Stop Coder",
    "DATABOOLEAN": "ID StatementId VariableId Value",
    "DATAINTEGER": "ID StatementId VariableId Value",
    "ENTITIES": "ID VariableId Value Red Green Blue ChildOf",
    "DATASHORTTEXT": "ID StatementId VariableId Entity",
    "DATALONGTEXT": "ID StatementId VariableId Value",
    "ATTRIBUTEVARIABLES": "ID VariableId AttributeVariable",
    "ATTRIBUTEVALUES": "ID EntityId AttributeVariableId AttributeValue",
}
SAMPLE = SHARED / "data" / "dna_sample"
JARS = [Path("/usr/share/java/jasypt.jar"), Path("/usr/share/java/xerial-sqlite-jdbc.jar")]


def kg(*args: object) -> tuple[int, str, str]:
    from kg.cli import main

    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8") for _ in range(2))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    out.flush(), err.flush()
    return code, out.buffer.getvalue().decode(), err.buffer.getvalue().decode()


def stance_rows(graph: Path) -> list[dict]:
    rows = [json.loads(x) for x in (graph / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["polarity"] in (1, -1) and r["target"]]


@pytest.fixture(scope="module")
def exported(seeds_graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dna") / "seeds.dna"
    code, text, err = kg("export", seeds_graph, "--format", "dna-db", "-o", out)
    assert code == 0, err
    assert "left out" in err and "statements" in text
    return out


def test_the_file_has_dna_s_tables_columns_and_defaults(exported):
    con = sqlite3.connect(exported)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == set(DNA_TABLES)
    for table, columns in DNA_TABLES.items():
        assert [r[1] for r in con.execute(f"PRAGMA table_info({table})")] == columns.split(), table
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT ID, Label FROM STATEMENTTYPES WHERE ID = 1").fetchone() == (1, "DNA Statement")
    assert con.execute("SELECT Variable, DataType FROM VARIABLES WHERE StatementTypeId = 1 ORDER BY ID").fetchall() == [
        ("person", "short text"), ("organization", "short text"), ("concept", "short text"), ("agreement", "boolean")]
    assert con.execute("SELECT ID, Name FROM CODERS").fetchall() == [(1, "kg")]
    assert con.execute("SELECT Value FROM SETTINGS WHERE Property = 'version'").fetchone()[0].startswith("3.")
    assert {r[0] for r in con.execute("SELECT DISTINCT Coder FROM STATEMENTS")} == {1}


def test_each_statement_is_anchored_and_coded_as_kg_found_it(exported, seeds_graph):
    from kg.dna_db import java_slice

    con = sqlite3.connect(exported)
    stance = stance_rows(seeds_graph)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    docs = {notes.split()[2].rstrip(";"): (i, text, date) for i, notes, text, date
            in con.execute("SELECT ID, Notes, Text, Date FROM DOCUMENTS")}
    assert len(docs) == len(texts)
    for doc, (_, text, _) in docs.items():
        assert text == texts[doc]  # the seeds are plain BMP text with LF line ends: DNA's offsets are kg's
    value = {(sid, var): v for sid, var, v in con.execute(
        "SELECT x.StatementId, v.Variable, e.Value FROM DATASHORTTEXT x JOIN ENTITIES e ON e.ID = x.Entity "
        "JOIN VARIABLES v ON v.ID = x.VariableId")}
    agreement = dict(con.execute("SELECT StatementId, Value FROM DATABOOLEAN WHERE VariableId = 4"))
    got = []
    for sid, did, start, stop in con.execute("SELECT ID, DocumentId, Start, Stop FROM STATEMENTS WHERE StatementTypeId = 1"):
        doc = next(d for d, (i, _, _) in docs.items() if i == did)
        person, org = value[sid, "person"], value[sid, "organization"]
        got.append((doc, start, stop, person or org, "person" if person else "other", value[sid, "concept"],
                    agreement[sid]))
        assert java_slice(docs[doc][1], start, stop) == texts[doc][start:stop]
    for r in stance:
        assert texts[r["doc"]][r["start"]:r["end"]] == r["sentence"]
    expected = [(r["doc"], r["start"], r["end"], r["actor"], "person" if r["actor_kind"] == "person" else "other",
                 issue_of(r), 1 if r["polarity"] == 1 else 0) for r in stance]
    assert sorted(got) == sorted(expected) and {a for *_, a in got} == {0, 1}
    for doc, (_, _, date) in docs.items():
        meta = json.loads((ROOT / "seeds" / f"{doc}.meta.json").read_text(encoding="utf-8"))
        assert dt.datetime.fromtimestamp(date, dt.timezone.utc).date().isoformat() == meta["published"]


def test_entities_are_kept_as_dna_keeps_them(exported):
    con = sqlite3.connect(exported)
    used = set(con.execute("SELECT DISTINCT VariableId, Entity FROM DATASHORTTEXT"))
    entities = set(con.execute("SELECT VariableId, ID FROM ENTITIES"))
    assert used == entities  # one entity per variable and distinct value, each one used
    values = con.execute("SELECT VariableId, Value FROM ENTITIES").fetchall()
    assert len(values) == len(set(values))
    per_entity = con.execute("SELECT COUNT(*) FROM ATTRIBUTEVALUES GROUP BY EntityId").fetchall()
    assert per_entity and {n for (n,) in per_entity} == {3} and len(per_entity) == len(entities)  # Type, Alias, Notes
    types = dict(con.execute("SELECT e.Value, a.AttributeValue FROM ENTITIES e JOIN ATTRIBUTEVALUES a ON a.EntityId = e.ID "
                             "JOIN ATTRIBUTEVARIABLES v ON v.ID = a.AttributeVariableId "
                             "WHERE e.VariableId = 2 AND v.AttributeVariable = 'Type' AND a.AttributeValue != ''"))
    assert types.get("Russia") == "country"


def test_read_back_it_is_the_dna_csv(exported, seeds_graph):
    from kg.dna_db import read_db

    code, out, _ = kg("export", seeds_graph, "--format", "dna")
    assert code == 0
    fields = ["doc_title", "start", "stop", "text", "person", "organization", "concept", "agreement"]
    csv_rows = sorted(tuple(int(r[f]) if f in {"start", "stop", "agreement"} else r[f] for f in fields)
                      for r in csv.DictReader(io.StringIO(out)))
    db_rows = sorted(tuple(r[f] for f in fields) for r in read_db(exported))
    assert db_rows == csv_rows and len(db_rows) > 50


def test_reviewed_only_and_no_overwrite(seeds_graph, tmp_path):
    graph = tmp_path / "g"
    shutil.copytree(seeds_graph, graph)
    first = stance_rows(graph)[0]
    assert kg("correct", graph, first["id"], "accept", "--reviewer", "ann")[0] == 0
    out = tmp_path / "reviewed.dna"
    code, _, err = kg("export", graph, "--format", "dna-db", "-o", out, "--reviewed")
    assert code == 0, err
    from kg.dna_db import read_db

    rows = read_db(out)
    assert [(r["start"], r["stop"], r["concept"]) for r in rows] == [
        (first["start"], first["end"], first.get("target_concept") or first["target"])]
    before = out.read_bytes()
    code, _, err = kg("export", graph, "--format", "dna-db", "-o", out)
    assert code != 0 and "--force" in err and out.read_bytes() == before
    code, _, err = kg("export", graph, "--format", "dna-db", "-o", out, "--force")
    assert code == 0 and len(read_db(out)) == len(stance_rows(graph))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left behind
    code, _, err = kg("export", graph, "--format", "dna-db")
    assert code != 0 and "-o" in err


def test_offsets_count_as_dna_does():
    """CRLF becomes LF in DNA's text pane and Java counts a character outside
    the BMP as two: the written offsets are shifted by both."""
    from kg.dna_db import java_offsets

    text = "A \U0001F600 b\r\nPutin rejects it.\rEnd"
    shown, table = java_offsets(text)
    assert shown == "A \U0001F600 b\nPutin rejects it.\nEnd"
    i = text.index("Putin")
    assert table[i] == 7 and table[i + len("Putin rejects it.")] == 24  # "A " 2 + emoji 2 + " b" 2 + LF 1
    assert table[len(text)] == len(shown.encode("utf-16-le")) // 2
    assert java_offsets("plain text") == ("plain text", None)


@pytest.fixture(scope="module")
def crlf_graph(tmp_path_factory) -> tuple[Path, str]:
    """A seed with CRLF line ends and emoji before its statements, built."""
    from kg.build import build

    src = tmp_path_factory.mktemp("crlf-src")
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    text = "\U0001F1FA\U0001F1E6 Live \U0001F600\n\n" + seed.read_text(encoding="utf-8")
    (src / seed.name).write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    out = tmp_path_factory.mktemp("crlf") / "g"
    build([src], out, progress=False)
    return out, (src / seed.name).read_bytes().decode("utf-8")


def test_a_crlf_text_with_emoji_is_anchored_where_dna_shows_it(crlf_graph, tmp_path):
    from kg.dna_db import read_db

    graph, text = crlf_graph
    assert "\r\n" in text
    out = tmp_path / "crlf.dna"
    assert kg("export", graph, "--format", "dna-db", "-o", out)[0] == 0
    stance = stance_rows(graph)
    rows = read_db(out)
    assert stance and len(rows) == len(stance)
    expected = sorted(text[r["start"]:r["end"]].replace("\r\n", "\n") for r in stance)
    assert sorted(r["text"] for r in rows) == expected
    assert sorted((r["start"], r["stop"]) for r in rows) != sorted((r["start"], r["end"]) for r in stance)


@pytest.mark.skipif(not (shutil.which("javac") and all(j.exists() for j in JARS)),
                    reason="needs javac and the Debian packages libjasypt-java, libxerial-sqlite-jdbc-java")
def test_java_reads_it_as_dna_does(crlf_graph, tmp_path):
    """The coder's password as DNA checks it (jasypt), foreign keys as DNA
    enforces them (xerial JDBC), and each span as DNA's text pane holds it."""
    graph, text = crlf_graph
    out = tmp_path / "crlf.dna"
    assert kg("export", graph, "--format", "dna-db", "-o", out)[0] == 0
    cp = ":".join(map(str, JARS))
    subprocess.run(["javac", "-d", tmp_path, "-cp", cp, ROOT / "tests" / "data" / "DnaCheck.java"], check=True)
    run = lambda pw: subprocess.run(["java", "-Djava.awt.headless=true", "-cp", f"{tmp_path}:{cp}", "DnaCheck", out, pw],  # noqa: E731
                                    check=True, capture_output=True, text=True).stdout.splitlines()
    lines = run("kg")
    assert lines[:2] == ["password\ttrue", "fk\t0"]
    spans = sorted(base64.b64decode(x.split("\t")[2]).decode("utf-8") for x in lines[2:])
    assert spans == sorted(text[r["start"]:r["end"]].replace("\r\n", "\n") for r in stance_rows(graph))
    assert run("not kg")[0] == "password\tfalse"


@pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/data/dna_sample is not here")
def test_dna_s_sample_written_and_read_back(tmp_path):
    """DNA's own sample.dna, as extracted in ../shared/data/dna_sample, through
    the writer and the reader: the same statements, spans and dates."""
    from kg.dna_db import DnaDocument, DnaStatement, read_db, write_db

    docs = [json.loads(x) for x in (SAMPLE / "dna_sample_documents.jsonl").read_text(encoding="utf-8").splitlines()]
    sts = [json.loads(x) for x in (SAMPLE / "dna_sample_statements.jsonl").read_text(encoding="utf-8").splitlines()]
    sts = [s for s in sts if s["statement_type"] == "DNA Statement"]
    index = {d["doc_id"]: i for i, d in enumerate(docs)}
    epoch = lambda day: int(dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc).timestamp())  # noqa: E731
    out = tmp_path / "sample.dna"
    write_db(out, [DnaDocument(title=d["title"], text=d["text"], date=epoch(d["date"]), author=d["author"],
                               source=d["source"], section=d["section"]) for d in docs],
             [DnaStatement(doc=index[s["doc_id"]], start=s["start"], stop=s["stop"], person=s["person"],
                           organization=s["organization"], concept=s["concept"], agreement=int(s["agreement"]))
              for s in sts])
    rows = read_db(out)
    fields = ["doc_title", "start", "stop", "text", "person", "organization", "concept"]
    assert sorted(tuple(r[f] for f in fields) + (bool(r["agreement"]),) for r in rows) == \
        sorted(tuple(s[f] for f in fields) + (s["agreement"],) for s in sts)
    con = sqlite3.connect(out)
    assert {(t, a, s, dt.datetime.fromtimestamp(d, dt.timezone.utc).date().isoformat()) for t, a, s, d
            in con.execute("SELECT Title, Author, Source, Date FROM DOCUMENTS")} == \
        {(d["title"], d["author"], d["source"], d["date"]) for d in docs}
    assert con.execute("SELECT COUNT(*) FROM ENTITIES WHERE VariableId = 3").fetchone()[0] == len({s["concept"] for s in sts})
