"""A SPARQL 1.1 server as kg's store: the standard Query and Update protocols
over plain HTTP (urllib), answers parsed by pyoxigraph into the same objects
the embedded store returns, so every reader (questions, exports, networks,
``kg serve``) runs unchanged on either.

kg's questions read the default graph as the union of the named graphs (one
per document, plus entities, positions, ontology, runs): the server must be
configured so (Oxigraph: ``serve --union-default-graph``; Virtuoso does it by
default). ``RemoteStore.check`` says so clearly when it is not.
"""
from __future__ import annotations

import base64
import http.client
import io
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.rdf import PREFIXES

RESULTS_JSON = "application/sparql-results+json"
FORM = "application/x-www-form-urlencoded"
RDF_TYPES = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
             "text/turtle": ox.RdfFormat.TURTLE, "application/n-quads": ox.RdfFormat.N_QUADS,
             "application/trig": ox.RdfFormat.TRIG, "application/rdf+xml": ox.RdfFormat.RDF_XML}
_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:")
ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } %s}"
COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } %s}"


def is_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(("http://", "https://"))


def update_url(query_url: str) -> str:
    """The update endpoint beside a query endpoint: Oxigraph and Fuseki serve
    ``…/query`` and ``…/update``; Virtuoso and most others one ``…/sparql``."""
    parts = urllib.parse.urlsplit(query_url)
    if parts.path.endswith("/query"):
        parts = parts._replace(path=parts.path[: -len("query")] + "update")
    return urllib.parse.urlunsplit(parts)


def with_prefixes(sparql: str) -> str:
    """kg's standard prefixes declared ahead of the query, as the embedded
    store predeclares them; the query's own PREFIX lines are kept and win."""
    own = {m.group(1) or "" for m in _DECLARED.finditer(sparql)}
    head = " ".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in own)
    return head + "\n" + sparql  # one line more: server messages' line numbers are shifted back (post)


@dataclass
class SparqlClient:
    """HTTP to one server. Credentials may ride in the URL (``http://user:pw@host/…``)."""

    url: str
    timeout: float = 600.0
    update: str = ""
    auth: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        parts = urllib.parse.urlsplit(self.url)
        if parts.username:
            token = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
            self.auth = "Basic " + base64.b64encode(token.encode()).decode()
            netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
            self.url = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
        self.update = self.update or update_url(self.url)

    def post(self, url: str, body: bytes, ctype: str, accept: str = "*/*"):
        """One POST; the response (a stream) or a StoreError/QueryError that says why."""
        headers = {"Content-Type": ctype, "Accept": accept}
        if self.auth:
            headers["Authorization"] = self.auth
        req = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            return urllib.request.urlopen(req, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            text = exc.read().decode("utf-8", "replace").strip()[:500]
            if exc.code == 400:  # the line numbers of the user's text, not of the prefixed one
                text = re.sub(r"\b(\d+):(\d+)\b", lambda m: f"line {int(m.group(1)) - 1}, column {m.group(2)}", text, count=1)
                raise QueryError(f"the server refused the query: {text}") from None
            raise StoreError(f"{url}: HTTP {exc.code} {exc.reason}: {text}") from None
        except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{url}: cannot reach the SPARQL server ({reason})") from None

    # as HTML forms: the one request form every server takes (Virtuoso 7.2 never
    # answers a POST of application/sparql-query)
    def query(self, sparql: str, accept: str = f"{RESULTS_JSON}, application/n-triples;q=0.9"):
        body = urllib.parse.urlencode({"query": with_prefixes(sparql)}).encode("ascii")
        return self.post(self.url, body, FORM, accept)

    def run_update(self, sparql: str) -> None:
        body = urllib.parse.urlencode({"update": with_prefixes(sparql)}).encode("ascii")
        with self.post(self.update, body, FORM) as r:
            r.read()


def _under(prefix: str) -> str:
    return f"FILTER(STRSTARTS(STR(?g), {ox.Literal(prefix)})) " if prefix else ""


def _trailing_values(subs: dict) -> str:
    names = " ".join(str(v) for v in subs)
    terms = " ".join(str(t) for t in subs.values())
    return f"\nVALUES ({names}) {{ ({terms}) }}"


class _Counted(io.RawIOBase):
    """A response read through, its bytes added to ``owner.received``."""

    def __init__(self, resp, owner: "RemoteStore"):
        self.resp, self.owner = resp, owner

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        data = self.resp.read(len(b))
        b[:len(data)] = data
        self.owner.received += len(data)
        return len(data)


class RemoteStore:
    """The read side of ``ox.Store`` (``query``, ``named_graphs``, ``dump``,
    ``len``) answered by a SPARQL server."""

    def __init__(self, url: str, base: str = "", timeout: float = 600.0):
        self.client = SparqlClient(url, timeout)
        self.url = self.client.url
        self.base = base  # kg's graphs are named under it (dump leaves the server's own graphs out)
        self.received = 0  # bytes of answers read (what a build costs the network, kg.delta)

    def query(self, sparql: str, use_default_graph_as_union: bool = True, prefixes: dict | None = None,
              substitutions: dict | None = None, **_: object):
        """Solutions, a boolean or triples, as pyoxigraph's own types. Bound
        terms (``substitutions``) become a trailing VALUES clause."""
        if substitutions:
            sparql += _trailing_values(substitutions)
        try:
            resp = self.client.query(sparql)
            ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
            with resp:
                data = resp.read()
            self.received += len(data)
        except (OSError, http.client.HTTPException) as exc:
            raise StoreError(f"{self.url}: the SPARQL server went away mid-answer ({exc})") from None
        try:
            if ctype in RDF_TYPES:
                return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=RDF_TYPES[ctype])]
            if ctype in {RESULTS_JSON, "application/json"}:
                return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
            if ctype in {"application/sparql-results+xml", "application/xml", "text/xml"}:
                return ox.parse_query_results(data, format=ox.QueryResultsFormat.XML)
        except SyntaxError as exc:
            raise StoreError(f"{self.url}: unreadable answer from the server ({exc})") from None
        raise StoreError(f"{self.url}: unexpected answer of type {ctype or '(none)'}; is this a SPARQL endpoint?")

    def named_graphs(self) -> list[ox.NamedNode]:
        return [s[0] for s in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")]

    def __len__(self) -> int:
        return self.count()

    def count(self, under: str = "") -> int:
        return int(next(iter(self.query(COUNT_QUADS % _under(under))))[0].value)

    def quads(self, under: str = "") -> Iterator[ox.Quad]:
        """Every quad of the named graphs (kg keeps nothing in the default
        graph) whose names start with ``under`` (kg's graphs, not the server's
        own), checked against the server's own count: a server that cuts long
        answers short (Virtuoso's ResultSetMaxRows) fails loudly."""
        expected = self.count(under)
        got = 0
        with self.client.query(ALL_QUADS % _under(under), accept=RESULTS_JSON) as resp:  # streamed, not held whole
            counted = io.BufferedReader(_Counted(resp, self), 1 << 16)
            try:
                for s in ox.parse_query_results(counted, format=ox.QueryResultsFormat.JSON):
                    got += 1
                    yield ox.Quad(s[0], s[1], s[2], s[3])
            except (OSError, SyntaxError, http.client.HTTPException) as exc:
                raise StoreError(f"{self.url}: the SPARQL server went away mid-answer ({exc})") from None
        if got != expected:
            raise StoreError(f"{self.url}: the server returned {got} of its {expected} quads; raise its result "
                             "limit (Virtuoso: ResultSetMaxRows in virtuoso.ini)")

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None) -> Iterator[ox.Quad]:
        """Quads matching a pattern (None: any), among kg's graphs."""
        bound = {"?s": subject, "?p": predicate, "?o": object, "?g": graph_name}
        if all(v is None for v in bound.values()):
            return self.quads(self.base)
        values = " ".join(f"VALUES {k} {{ {v} }}" for k, v in bound.items() if v is not None)
        query = f"SELECT ?s ?p ?o ?g WHERE {{ {values} GRAPH ?g {{ ?s ?p ?o }} {_under(self.base)}}}"
        return iter([ox.Quad(r[0], r[1], r[2], r[3]) for r in self.query(query)])

    def dump(self, format: ox.RdfFormat = ox.RdfFormat.N_QUADS, prefixes: dict | None = None, **_: object) -> bytes:
        kw = {"prefixes": prefixes} if prefixes else {}
        return ox.serialize(list(self.quads(self.base)), format=format, **kw)

    def check(self) -> "RemoteStore":
        """Reachable, and its default graph is the union of its named graphs."""
        one = list(self.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER(isIRI(?s) && !isBlank(?o)) } } LIMIT 1"))
        if one and not self.query(f"ASK {{ {one[0][0]} {one[0][1]} {one[0][2]} }}"):
            raise StoreError(f"{self.url}: the server's default graph is not the union of its named graphs, which "
                             "kg's questions read; start Oxigraph with `serve --union-default-graph` "
                             "(Virtuoso does this by default)")
        return self


def insert_data(graphs: dict[ox.NamedNode, Iterable[ox.Quad]], chunk: int = 500) -> list[str]:
    """``INSERT DATA`` operations for whole graphs, written as N-Triples (valid
    SPARQL terms), ``chunk`` triples each: Virtuoso compiles one operation to
    SQL and refuses one of more than about a thousand triples."""
    ops = []
    for g, quads in graphs.items():
        lines = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),
                             format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines(keepends=True)
        for i in range(0, len(lines), chunk):
            ops.append(f"INSERT DATA {{ GRAPH {g} {{\n{''.join(lines[i:i + chunk])}}} }}")
    return ops
