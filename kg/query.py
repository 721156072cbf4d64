"""SPARQL over a built graph, with parameters bound as RDF terms (never
spliced into the query text), and the ready-made questions of kg/queries/."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError, QueryError
from kg.export import _py
from kg.rdf import PREFIXES, SPARQL_PREFIXES
from kg.remote import RemoteStore
from kg.stores import locate

QUERIES_DIR = Path(__file__).parent / "queries"

LABELS = SPARQL_PREFIXES + """
SELECT DISTINCT ?x ?label WHERE {
  GRAPH ?gr { { ?x rdfs:label ?label } UNION { ?x skos:altLabel ?label } UNION { ?x skos:prefLabel ?label } }
  FILTER(isIRI(?x))
}
"""
# names live in the shared graphs: actors and topics in .../graph/entities, the
# relations and classes in .../graph/ontology (statements and positions have
# labels too, a million of them at 100k statements: not names to bind)
NAME_GRAPHS = ("/graph/entities", "/graph/ontology")


SUMMARY_LIMIT = 20
_LATERAL = re.compile(r"\bLATERAL\s*\{")


@dataclass(frozen=True)
class ReadyQuery:
    """A question of kg/queries/. A global one (agreement, conflict, ...) has a
    summary form, NAME.summary.rq, asked when no parameter is given: topics
    ranked by counts computed at build time (kg.summary), a page at a time;
    with a topic or actor, the listing itself."""
    name: str
    description: str
    params: tuple[str, ...]
    text: str
    variables: dict[str, str] = field(default_factory=dict)  # param -> the variable it binds
    summary: str | None = None


def _header(text: str) -> tuple[str, dict[str, str]]:
    desc, params = [], {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("# ").rstrip()
        if body.startswith("param:"):
            words = body.split(":", 1)[1].split()
            params[words[0]] = words[1][1:] if len(words) > 1 and words[1].startswith("?") else words[0]
        elif body:
            desc.append(body)
    return " ".join(desc), params


def ready_queries() -> dict[str, ReadyQuery]:
    """The .rq files: header comment lines ``# what it answers`` and
    ``# param: name [?variable] what it is`` (the variable defaults to the name)."""
    out = {}
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        if path.name.endswith(".summary.rq"):
            continue
        text = path.read_text(encoding="utf-8")
        desc, params = _header(text)
        summary = path.with_name(f"{path.stem}.summary.rq")
        out[path.stem] = ReadyQuery(path.stem, desc, tuple(params), text, params,
                                    summary.read_text(encoding="utf-8") if summary.exists() else None)
    return out


def paged(sparql: str, limit: int | None, offset: int) -> str:
    """LIMIT and OFFSET as integers (never text from the caller): where the
    query marks its page with ``{page}`` (a summary pages its ranking before
    it reads the rest of each row), else at the end."""
    if limit is not None and int(limit) < 0 or int(offset) < 0:
        raise QueryError("limit and offset must be 0 or more")
    page = (f"LIMIT {int(limit)}" if limit is not None else "") + (f" OFFSET {int(offset)}" if offset else "")
    return sparql.replace("{page}", page) if "{page}" in sparql else sparql + "\n" + page


def parse_error(exc: Exception, query: str) -> QueryError:
    """A readable syntax error: line and column, the line with a caret, and
    the parser's expectation cut short (it lists every Unicode range)."""
    msg = " ".join(str(exc).split())
    m = re.search(r"(\d+):(\d+)", msg)
    if not m:
        return QueryError(f"malformed SPARQL: {msg[:300]}")
    line, col = int(m.group(1)), int(m.group(2))
    text = query.splitlines()[line - 1] if 0 < line <= len(query.splitlines()) else ""
    expected = msg.split(": ", 1)[-1]
    expected = expected if len(expected) <= 160 else expected[:160] + " ..."
    caret = f"\n  {text}\n  {' ' * max(col - 1, 0)}^" if text else ""
    return QueryError(f"malformed SPARQL at line {line}, column {col}: {expected}{caret}")


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_values(sparql: str, subs: dict) -> tuple[str, dict]:
    """Bound terms as a VALUES block at the head of the WHERE clause.

    Oxigraph plans a query before it applies ``substitutions``, so a bound
    actor or topic is joined last: 2.7 s against 21 ms for ``positions`` on
    30,000 statements (bench/). The block holds the terms' own N-Triples form
    (an ``ox.NamedNode`` or ``ox.Literal`` the store validated), never the
    user's text, so no value can change the query. A query without a WHERE
    keyword keeps the substitutions."""
    m = _WHERE.search(sparql)
    if not subs or m is None:
        return sparql, subs
    block = " ".join(f"VALUES {var} {{ {term} }}" for var, term in subs.items())
    return sparql[:m.end()] + f" {block} " + sparql[m.end():], {}


class Graph:
    """A built graph (a directory, or a SPARQL server's URL), opened read-only for queries."""

    def __init__(self, store: "ox.Store | RemoteStore", path: Path | str | None = None):
        self.store = store
        self.path = path
        self._labels: dict[str, list[str]] | None = None

    @classmethod
    def open(cls, path: str | Path, reviewed: bool = False) -> "Graph":
        loc = locate(path)
        store = loc.open_read()
        if reviewed:
            from kg.review.outputs import reviewed_store

            store = reviewed_store(store)
        return cls(store, loc.folder or str(loc))

    # -- parameters -----------------------------------------------------
    def labels(self) -> dict[str, list[str]]:
        """Folded label → IRIs, for binding parameters by name."""
        if self._labels is None:
            idx: dict[str, list[str]] = {}
            graphs = [gr for gr in self.store.named_graphs() if isinstance(gr, ox.NamedNode)
                      and gr.value.endswith(NAME_GRAPHS)]
            if not graphs:
                self._labels = idx
                return idx
            query = LABELS.replace("GRAPH ?gr {", "VALUES ?gr { " + " ".join(str(gr) for gr in graphs) + " } GRAPH ?gr {")
            for sol in self.store.query(query):
                key = str(sol["label"].value).casefold()
                idx.setdefault(key, [])
                if sol["x"].value not in idx[key]:
                    idx[key].append(sol["x"].value)
            self._labels = idx
        return self._labels

    def term(self, value: object) -> ox.NamedNode | ox.Literal:
        """A parameter value as an RDF term: ``<iri>`` as is, a label as the IRI it
        names (actors and topics first), other values as literals."""
        if isinstance(value, (ox.NamedNode, ox.Literal)):
            return value
        if type(value).__module__.startswith("rdflib"):  # rdflib.URIRef / rdflib.Literal
            import rdflib

            if isinstance(value, rdflib.URIRef):
                return ox.NamedNode(str(value))
            if isinstance(value, rdflib.Literal):
                if value.language:
                    return ox.Literal(str(value), language=value.language)
                return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)) if value.datatype else None)
        if isinstance(value, bool):
            return ox.Literal(str(value).lower(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
        if isinstance(value, int):
            return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        text = str(value).strip()
        if text.startswith("<") and text.endswith(">"):
            try:
                return ox.NamedNode(text[1:-1])
            except ValueError as exc:
                raise QueryError(f"not a valid IRI: {text}") from exc
        iris = self.labels().get(text.casefold())
        if iris:
            iris = sorted(iris, key=lambda i: ("/actor/" not in i and "/topic/" not in i, i))
            return ox.NamedNode(iris[0])
        near = difflib.get_close_matches(text.casefold(), list(self.labels()), n=5, cutoff=0.6)
        hint = f"; did you mean: {', '.join(near)}?" if near else ""
        raise QueryError(f"no actor or topic called {text!r} in the graph{hint}")

    # -- running ----------------------------------------------------------
    def raw(self, sparql: str, bindings: dict[str, object] | None = None):
        subs = {ox.Variable(k): self.term(v) for k, v in (bindings or {}).items() if v is not None}
        sparql, subs = with_values(sparql, subs)
        try:
            # the standard prefixes (kg, rdfs, skos, prov, nif, ...) are predeclared;
            # the query's own PREFIX lines win
            return self.store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                                    substitutions=subs or None)
        except SyntaxError as exc:
            raise parse_error(exc, sparql) from exc
        except (OSError, RuntimeError) as exc:
            raise QueryError(f"query failed: {exc}") from exc

    def query(self, sparql: str, **bindings: object) -> "Rows | bool | list":
        """Run SPARQL; SELECT gives Rows (list of dicts of Python values), ASK a
        bool, CONSTRUCT/DESCRIBE a list of (s, p, o) triples."""
        res = self.raw(sparql, bindings)
        if isinstance(res, ox.QueryBoolean):
            return bool(res)
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            return Rows([{n: _py(sol[n]) for n in names} for sol in res], names)
        return [(t.subject.value, t.predicate.value, _py(t.object)) for t in res]

    def ask(self, name: str, limit: int | None = None, offset: int = 0, **params: object) -> "Rows":
        """A ready-made question by name, e.g. ``g.ask("positions", topic="ceasefire")``.
        A global question without parameters answers with its ranked summary
        (``limit`` rows, default SUMMARY_LIMIT, from ``offset``); with a topic
        or actor, with its full listing for that topic or actor."""
        queries = ready_queries()
        if name not in queries:
            raise QueryError(f"no ready-made question {name!r}; there are: {', '.join(queries)}")
        q = queries[name]
        unknown = set(params) - set(q.params)
        if unknown:
            raise QueryError(f"{name} takes {', '.join(q.params) or 'no parameters'}, not {', '.join(sorted(unknown))}")
        given = {k: v for k, v in params.items() if v is not None}
        if q.summary is not None and not given:
            return self.query(self._portable(paged(q.summary, SUMMARY_LIMIT if limit is None else limit, offset)))  # type: ignore[return-value]
        bindings = {q.variables.get(k, k): v for k, v in given.items()}
        return self.query(self._portable(paged(q.text, limit, offset)), **bindings)  # type: ignore[return-value]

    def _portable(self, sparql: str) -> str:
        """A ready-made question for the store at hand. LATERAL (a nested loop,
        kg/queries/) is Oxigraph's, not SPARQL 1.1: a SPARQL server (kg.stores)
        gets the plain group. The questions' LATERAL groups are basic patterns
        (their FILTERs stand outside), so the join gives the same rows."""
        if isinstance(self.store, ox.Store):
            return sparql
        return _LATERAL.sub("{", sparql)

    def statements(self) -> list[dict]:
        from kg.export import statement_rows

        return statement_rows(self.store)

    def show(self, topic: str | None = None, actor: str | None = None, network: str | None = None,
             normalize: str = "none", height: int = 600):
        """An inline view for Jupyter (an iframe whose srcdoc is the self-contained
        page): the whole graph, one topic, one actor, or an actor network."""
        import html as _html

        from kg.viz import graph_data, network_data, render

        if network:
            from kg.network import network as build_network

            page = render(network_data(build_network(self.store, network, normalize), network),
                          f"who sides with whom: {network}")
        else:
            page = render(graph_data(self.statements(), topic=topic, actor=actor),
                          "who stands where" + (f" on {topic}" if topic else "") + (f": {actor}" if actor else ""))
        try:
            from IPython.display import HTML
        except ImportError:  # outside Jupyter: return the page
            return page
        return HTML(f'<iframe srcdoc="{_html.escape(page)}" style="width:100%;height:{height}px;border:0"></iframe>')

    def network(self, kind: str = "congruence", normalize: str = "none", duplicates: str = "document"):
        """A discourse network (networkx) of this graph: see kg.network."""
        from kg.network import network

        return network(self.store, kind, normalize, duplicates)


class Rows(list):
    """SELECT results: a list of dicts, with the variable names kept."""

    def __init__(self, rows: list[dict], names: list[str]):
        super().__init__(rows)
        self.names = names

    def df(self):
        """The rows as a pandas DataFrame (pandas comes with ``pip install 'kg[notebook]'``)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise KGError("rows as a DataFrame need pandas: pip install 'kg[notebook]' "
                          "(or iterate the rows as dicts)") from exc

        return pd.DataFrame(list(self), columns=self.names)

    to_dataframe = df
