"""kg's statements as a Discourse Network Analyzer database (a ``.dna`` file,
SQLite) that DNA 3 opens, so coders continue in DNA with kg's statements
pre-coded.

Schema: DNA 3.0 as ``Sql.createTables`` makes it for SQLite in leifeld/dna,
``dna/src/main/java/sql/Sql.java`` at commit 03d731712548e5f4640467df40f2250e812f291f
(the 3.0.x line: VARIABLES belong to a statement type, DATA* rows name their
variable), with the default content DNA writes into a new database: settings,
the statement types "DNA Statement" (person, organization, concept: short
text; agreement: boolean), "NPF Story Element" and "Annotation", and the
attribute variables Type, Alias and Notes. The Admin coder DNA creates is coder
1, here named ``kg``, password ``kg`` (hashed as DNA's jasypt
StrongPasswordEncryptor does). Entities are kept as DNA's addStatement keeps
them: one ENTITIES row per variable and distinct value (the empty value too),
each with an empty ATTRIBUTEVALUES row per attribute variable. A later
development schema in the same repository (commit fa58c74f9d96..., ROLES and
ROLEVARIABLELINKS, DOCUMENTS.Complete) is not followed.

Offsets: DNA shows a document with JTextPane.setText, which turns CRLF and CR
into LF, and counts positions in Java chars (UTF-16 code units); Python counts
code points. The text is written with LF line ends and Start/Stop converted,
so DNA highlights the span kg recorded. Dates: DNA keeps epoch seconds (UTC).
The statement mapping (person, organization, agreement) is kg.dna.code.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.dna import affiliations, code
from kg.errors import KGError
from kg.export import issue_of, select
from kg.rdf import SPARQL_PREFIXES

DNA_VERSION, DNA_DATE = "3.0.11", "2025-01-09"  # the 3.0 line the schema follows (SETTINGS)
MAX = 190  # DNA checks LENGTH(...) < 191 on titles, sources, entity values
_CHECK = lambda col: f"{col} INTEGER NOT NULL DEFAULT 0 CHECK ({col} BETWEEN 0 AND 255)"  # noqa: E731
_RGB = ", ".join(_CHECK(c) for c in ("Red", "Green", "Blue"))
_FLAG = lambda col, d=1: f"{col} INTEGER NOT NULL DEFAULT {d} CHECK ({col} BETWEEN 0 AND 1)"  # noqa: E731
_PERMISSIONS = ["AddDocuments", "EditDocuments", "DeleteDocuments", "ImportDocuments", "AddStatements",
                "EditStatements", "DeleteStatements", "EditAttributes", "EditRegex", "EditStatementTypes",
                "EditCoders", "EditCoderRelations", "ViewOthersDocuments", "EditOthersDocuments",
                "ViewOthersStatements", "EditOthersStatements"]
_DATA_FK = ("FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE, "
            "FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE")
SCHEMA = [
    "CREATE TABLE SETTINGS(Property TEXT PRIMARY KEY, Value TEXT NOT NULL)",
    "CREATE TABLE CODERS(ID INTEGER NOT NULL PRIMARY KEY, Name TEXT NOT NULL CHECK (LENGTH(Name) < 191), "
    f"{_RGB}, Refresh INTEGER NOT NULL DEFAULT 0 CHECK (Refresh BETWEEN 0 AND 9999), "
    "FontSize INTEGER NOT NULL DEFAULT 14 CHECK (FontSize BETWEEN 1 AND 99), "
    "Password TEXT NOT NULL CHECK (LENGTH(Password) < 191), "
    "PopupWidth INTEGER DEFAULT 300 CHECK (PopupWidth BETWEEN 100 AND 9999), "
    f"{_FLAG('ColorByCoder', 0)}, {_FLAG('PopupDecoration', 0)}, {_FLAG('PopupAutoComplete')}, "
    + ", ".join(_FLAG("Permission" + p) for p in _PERMISSIONS) + ")",
    "CREATE TABLE DOCUMENTS(ID INTEGER NOT NULL PRIMARY KEY, Title TEXT NOT NULL CHECK (LENGTH(Title) < 191), "
    "Text TEXT NOT NULL, Coder INTEGER, "
    + ", ".join(f"{c} TEXT NOT NULL DEFAULT '' CHECK (LENGTH({c}) < 191)" for c in ("Author", "Source", "Section"))
    + ", Notes TEXT NOT NULL DEFAULT '', Type TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Type) < 191), "
    "Date INTEGER NOT NULL, FOREIGN KEY(Coder) REFERENCES CODERS(ID) ON DELETE CASCADE)",
    f"CREATE TABLE STATEMENTTYPES(ID INTEGER NOT NULL PRIMARY KEY, Label TEXT NOT NULL CHECK (LENGTH(Label) < 191), {_RGB})",
    "CREATE TABLE VARIABLES(ID INTEGER NOT NULL PRIMARY KEY, Variable TEXT NOT NULL CHECK (LENGTH(Variable) < 191), "
    "DataType TEXT NOT NULL DEFAULT 'short text' CHECK (DataType IN ('boolean', 'integer', 'long text', 'short text')), "
    "StatementTypeId INTEGER, FOREIGN KEY(StatementTypeId) REFERENCES STATEMENTTYPES(ID) ON DELETE CASCADE, "
    "UNIQUE (Variable, StatementTypeId))",
    "CREATE TABLE VARIABLELINKS(ID INTEGER NOT NULL PRIMARY KEY, SourceVariableId INTEGER, TargetVariableId INTEGER, "
    "CHECK (TargetVariableId != SourceVariableId), "
    "FOREIGN KEY(SourceVariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE, "
    "FOREIGN KEY(TargetVariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE)",
    f"CREATE TABLE REGEXES(Label TEXT PRIMARY KEY CHECK (LENGTH(Label) < 191), {_RGB})",
    "CREATE TABLE CODERRELATIONS(ID INTEGER NOT NULL PRIMARY KEY, Coder INTEGER CHECK (Coder > 0), "
    "OtherCoder INTEGER CHECK (OtherCoder > 0), "
    + ", ".join(_FLAG(c) for c in ("viewStatements", "editStatements", "viewDocuments", "editDocuments"))
    + ", CHECK (Coder != OtherCoder), FOREIGN KEY(Coder) REFERENCES CODERS(ID) ON DELETE CASCADE, "
    "FOREIGN KEY(OtherCoder) REFERENCES CODERS(ID) ON DELETE CASCADE)",
    "CREATE TABLE STATEMENTS(ID INTEGER NOT NULL PRIMARY KEY, StatementTypeId INTEGER, DocumentId INTEGER, "
    "Start INTEGER NOT NULL CHECK (Start >= 0), Stop INTEGER NOT NULL CHECK (Stop >= 0), Coder INTEGER, "
    "CHECK (Start < Stop), FOREIGN KEY(StatementTypeId) REFERENCES STATEMENTTYPES(ID) ON DELETE CASCADE, "
    "FOREIGN KEY(Coder) REFERENCES CODERS(ID) ON DELETE CASCADE, "
    "FOREIGN KEY(DocumentId) REFERENCES DOCUMENTS(ID) ON DELETE CASCADE)",
    "CREATE TABLE DATABOOLEAN(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, "
    f"VariableId INTEGER NOT NULL, Value INTEGER NOT NULL DEFAULT 1, {_DATA_FK}, UNIQUE (StatementId, VariableId))",
    "CREATE TABLE DATAINTEGER(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, "
    f"VariableId INTEGER NOT NULL, Value INTEGER NOT NULL DEFAULT 0, {_DATA_FK}, UNIQUE (StatementId, VariableId))",
    "CREATE TABLE ENTITIES(ID INTEGER PRIMARY KEY NOT NULL, VariableId INTEGER NOT NULL, "
    "Value TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Value) < 191), "
    + ", ".join(f"{c} INTEGER CHECK ({c} BETWEEN 0 AND 255)" for c in ("Red", "Green", "Blue"))
    + ", ChildOf INTEGER CHECK (ChildOf > 0), UNIQUE (VariableId, Value), "
    "FOREIGN KEY(ChildOf) REFERENCES ENTITIES(ID) ON DELETE CASCADE, "
    "FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE)",
    "CREATE TABLE DATASHORTTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, "
    f"VariableId INTEGER NOT NULL, Entity INTEGER NOT NULL, {_DATA_FK}, "
    "FOREIGN KEY(Entity) REFERENCES ENTITIES(ID) ON DELETE CASCADE, UNIQUE (StatementId, VariableId))",
    "CREATE TABLE DATALONGTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, "
    f"VariableId INTEGER NOT NULL, Value TEXT DEFAULT '', {_DATA_FK}, UNIQUE (StatementId, VariableId))",
    "CREATE TABLE ATTRIBUTEVARIABLES(ID INTEGER PRIMARY KEY NOT NULL, VariableId INTEGER NOT NULL, "
    "AttributeVariable TEXT NOT NULL CHECK (LENGTH(AttributeVariable) < 191), UNIQUE (VariableId, AttributeVariable), "
    "FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE)",
    "CREATE TABLE ATTRIBUTEVALUES(ID INTEGER PRIMARY KEY NOT NULL, EntityId INTEGER NOT NULL, "
    "AttributeVariableId INTEGER NOT NULL, AttributeValue TEXT NOT NULL DEFAULT '' CHECK (LENGTH(AttributeValue) < 191), "
    "UNIQUE (EntityId, AttributeVariableId), FOREIGN KEY(EntityId) REFERENCES ENTITIES(ID) ON DELETE CASCADE, "
    "FOREIGN KEY(AttributeVariableId) REFERENCES ATTRIBUTEVARIABLES(ID) ON DELETE CASCADE)",
]
# DNA's default statement types and variables: (type id, label, colour, [(variable id, name, data type)])
STATEMENT_TYPES = [
    (1, "DNA Statement", (239, 208, 51), [(1, "person", "short text"), (2, "organization", "short text"),
                                          (3, "concept", "short text"), (4, "agreement", "boolean")]),
    (2, "NPF Story Element", (100, 200, 190), [(5, "narrator", "short text"), (6, "victim", "short text"),
                                               (7, "villain", "short text"), (8, "plot", "short text"),
                                               (9, "hero", "short text"), (10, "policy solution", "short text")]),
    (3, "Annotation", (211, 211, 211), [(11, "note", "long text")]),
]
PERSON, ORGANIZATION, CONCEPT, AGREEMENT = 1, 2, 3, 4
ATTRIBUTES = ["Type", "Alias", "Notes"]  # of person, organization and concept, in DNA's order
CODER_ID = 1


@dataclass(frozen=True)
class DnaDocument:
    """One DOCUMENTS row; ``text`` as kg holds it (offsets are converted on writing)."""

    title: str
    text: str
    date: int = 0  # epoch seconds, UTC; 0 when the article carries no date
    author: str = ""
    source: str = ""
    section: str = ""
    notes: str = ""
    type: str = ""


@dataclass(frozen=True)
class DnaStatement:
    """One "DNA Statement": ``doc`` indexes the document list; start/stop are
    Python offsets into its text."""

    doc: int
    start: int
    stop: int
    person: str
    organization: str
    concept: str
    agreement: int
    organization_type: str = ""  # the Type attribute of the organization entity, where kg knows it


def java_offsets(text: str) -> tuple[str, list[int] | None]:
    """(the text as DNA shows it, Python offset → DNA offset or None when they
    coincide). DNA's text pane turns CRLF and CR into LF; Java counts UTF-16 units."""
    shown = text.replace("\r\n", "\n").replace("\r", "\n")
    if shown == text and all(ord(c) < 0x10000 for c in text):
        return text, None
    table = [0] * (len(text) + 1)
    k = 0
    for i, c in enumerate(text):
        table[i] = k
        if c == "\r" and text[i + 1:i + 2] == "\n":
            continue  # the pair becomes one LF: the CR's offset and the LF's are the same
        k += 2 if ord(c) >= 0x10000 else 1
    table[len(text)] = k
    return shown, table


def java_slice(text: str, start: int, stop: int) -> str:
    """``text.substring(start, stop)`` as Java computes it (UTF-16 units)."""
    return text.encode("utf-16-le", "surrogatepass")[2 * start:2 * stop].decode("utf-16-le", "replace")


def password_hash(password: str, salt: bytes | None = None) -> str:
    """jasypt's StrongPasswordEncryptor, which DNA checks a coder's password
    with: SHA-256 of salt + UTF-8 (NFC) password, digested 100,000 times in
    all, base64 of salt + digest."""
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.sha256(salt + unicodedata.normalize("NFC", password).encode("utf-8")).digest()
    for _ in range(100_000 - 1):
        digest = hashlib.sha256(digest).digest()
    return base64.b64encode(salt + digest).decode("ascii")


def _short(value: str | None) -> str:
    return (value or "")[:MAX]


def _create(con: sqlite3.Connection, coder: str, password: str) -> None:
    for ddl in SCHEMA:
        con.execute(ddl)
    con.execute(f"INSERT INTO CODERS (ID, Name, Red, Green, Blue, Password) VALUES ({CODER_ID}, ?, 255, 255, 0, ?)",
                (coder, password_hash(password)))
    con.executemany("INSERT INTO SETTINGS (Property, Value) VALUES (?, ?)",
                    [("version", DNA_VERSION), ("date", DNA_DATE)])
    for type_id, label, (r, g, b), variables in STATEMENT_TYPES:
        con.execute("INSERT INTO STATEMENTTYPES (ID, Label, Red, Green, Blue) VALUES (?, ?, ?, ?, ?)",
                    (type_id, label, r, g, b))
        con.executemany("INSERT INTO VARIABLES (ID, Variable, DataType, StatementTypeId) VALUES (?, ?, ?, ?)",
                        [(v, name, kind, type_id) for v, name, kind in variables])
    con.executemany("INSERT INTO ATTRIBUTEVARIABLES (VariableId, AttributeVariable) VALUES (?, ?)",
                    [(v, a) for a in ATTRIBUTES for v in (PERSON, ORGANIZATION, CONCEPT)])


def _fill(con: sqlite3.Connection, docs: list[DnaDocument], statements: list[DnaStatement]) -> None:
    tables = []
    for i, d in enumerate(docs, 1):
        shown, table = java_offsets(d.text)
        tables.append(table)
        con.execute("INSERT INTO DOCUMENTS (ID, Title, Text, Coder, Author, Source, Section, Notes, Type, Date) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (i, _short(d.title), shown, CODER_ID, _short(d.author), _short(d.source), _short(d.section),
                     d.notes, _short(d.type), d.date))
    attribute_ids = {(v, a): i for i, v, a in con.execute("SELECT ID, VariableId, AttributeVariable FROM ATTRIBUTEVARIABLES")}
    entities: dict[tuple[int, str], int] = {}

    def entity(variable: int, value: str, type_: str = "") -> int:
        key = (variable, _short(value))
        if key not in entities:
            cur = con.execute("INSERT INTO ENTITIES (VariableId, Value, Red, Green, Blue) VALUES (?, ?, 0, 0, 0)", key)
            entities[key] = cur.lastrowid
            con.executemany("INSERT INTO ATTRIBUTEVALUES (EntityId, AttributeVariableId, AttributeValue) VALUES (?, ?, ?)",
                            [(cur.lastrowid, attribute_ids[variable, a], _short(type_) if a == "Type" else "")
                             for a in ATTRIBUTES])
        return entities[key]

    for s in statements:
        table = tables[s.doc]
        start, stop = (s.start, s.stop) if table is None else (table[s.start], table[s.stop])
        cur = con.execute("INSERT INTO STATEMENTS (StatementTypeId, DocumentId, Start, Stop, Coder) VALUES (1, ?, ?, ?, ?)",
                          (s.doc + 1, start, stop, CODER_ID))
        sid = cur.lastrowid
        con.executemany("INSERT INTO DATASHORTTEXT (StatementId, VariableId, Entity) VALUES (?, ?, ?)",
                        [(sid, PERSON, entity(PERSON, s.person)),
                         (sid, ORGANIZATION, entity(ORGANIZATION, s.organization, s.organization_type)),
                         (sid, CONCEPT, entity(CONCEPT, s.concept))])
        con.execute("INSERT INTO DATABOOLEAN (StatementId, VariableId, Value) VALUES (?, ?, ?)", (sid, AGREEMENT, s.agreement))


def write_db(path: Path, docs: list[DnaDocument], statements: list[DnaStatement], force: bool = False,
             coder: str = "kg", password: str = "kg") -> None:
    """A new .dna file, all or nothing: built beside ``path`` and moved into
    place. An existing file is a coder's work: kept unless ``force``."""
    path = Path(path)
    if path.exists() and not force:
        raise KGError(f"{path} exists (it may hold a coder's work); give --force to replace it")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA foreign_keys = ON")
            with con:
                _create(con, coder, password)
                _fill(con, docs, statements)
        finally:
            con.close()
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if a file appeared meanwhile, instead of replacing it
            except FileExistsError:
                raise KGError(f"{path} appeared while it was written; nothing replaced") from None
            except OSError:  # a file system without hard links
                if path.exists():
                    raise KGError(f"{path} appeared while it was written; nothing replaced") from None
                os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


DOCS = SPARQL_PREFIXES + """
SELECT DISTINCT ?id ?text ?title ?outlet ?issued ?source WHERE {
  ?d a kg:Document ; dcterms:identifier ?id ; nif:isString ?text .
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:publisher ?outlet }
  OPTIONAL { ?d dcterms:issued ?issued } OPTIONAL { ?d dcterms:source ?source }
} ORDER BY ?id
"""


def _epoch(date: object) -> int:
    if isinstance(date, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        return int(dt.datetime.fromisoformat(date).replace(tzinfo=dt.timezone.utc).timestamp())
    return 0


def from_graph(rows: list[dict], store: ox.Store) -> tuple[list[DnaDocument], list[DnaStatement], int]:
    """(documents, statements, statements left out for want of a stance) of
    a graph: every article, and each statement with a stance at its sentence."""
    docs, index = [], {}
    for r in select(store, DOCS):
        if r["id"] in index:
            continue
        index[r["id"]] = len(docs)
        notes = f"kg document {r['id']}" + (f"; {r['source']}" if r.get("source") else "")
        docs.append(DnaDocument(title=r.get("title") or r["id"], text=r["text"], date=_epoch(r.get("issued")),
                                source=r.get("outlet") or "", notes=notes))
    orgs = affiliations(store)
    statements, left_out = [], 0
    for r in rows:
        coded = code(r, orgs)
        if coded is None or r["doc"] not in index or r["start"] is None:
            left_out += 1
            continue
        person, org, agreement = coded
        statements.append(DnaStatement(doc=index[r["doc"]], start=r["start"], stop=r["end"], person=person,
                                       organization=org, concept=issue_of(r), agreement=agreement,
                                       organization_type="" if person else (r.get("actor_kind") or "")))
    return docs, statements, left_out


READ = """
SELECT s.ID, d.ID, d.Title, d.Notes, d.Text, s.Start, s.Stop, t.Label,
  (SELECT e.Value FROM DATASHORTTEXT x JOIN ENTITIES e ON e.ID = x.Entity JOIN VARIABLES v ON v.ID = x.VariableId
   WHERE x.StatementId = s.ID AND v.Variable = 'person'),
  (SELECT e.Value FROM DATASHORTTEXT x JOIN ENTITIES e ON e.ID = x.Entity JOIN VARIABLES v ON v.ID = x.VariableId
   WHERE x.StatementId = s.ID AND v.Variable = 'organization'),
  (SELECT e.Value FROM DATASHORTTEXT x JOIN ENTITIES e ON e.ID = x.Entity JOIN VARIABLES v ON v.ID = x.VariableId
   WHERE x.StatementId = s.ID AND v.Variable = 'concept'),
  (SELECT b.Value FROM DATABOOLEAN b JOIN VARIABLES v ON v.ID = b.VariableId
   WHERE b.StatementId = s.ID AND v.Variable = 'agreement')
FROM STATEMENTS s JOIN DOCUMENTS d ON d.ID = s.DocumentId JOIN STATEMENTTYPES t ON t.ID = s.StatementTypeId
ORDER BY s.ID
"""


def read_db(path: Path) -> list[dict]:
    """The DNA statements of a .dna file (DNA 3.0 schema) as rows, the text of
    each cut out as DNA cuts it: a reader independent of the writer's tables."""
    con = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        out = []
        for sid, did, title, notes, text, start, stop, label, person, org, concept, agreement in con.execute(READ):
            if label != "DNA Statement":
                continue
            out.append({"statement_id": sid, "doc_id": did, "doc_title": title, "doc_notes": notes, "start": start,
                        "stop": stop, "text": java_slice(text, start, stop), "person": person,
                        "organization": org, "concept": concept, "agreement": agreement})
        return out
    finally:
        con.close()
