"""Positions: each actor's aggregated stance on each topic, derived from the
statements by the guidelines' table, stored in a named graph of its own."""
from __future__ import annotations

from collections import defaultdict
from itertools import product

import pyoxigraph as ox

from kg.lexicon import Lexicon
from kg.rdf import DCT, KG, RDF, SPARQL_PREFIXES, XSD, Minter, short_hash

# what position_input reads, as SPARQL (for users and the tests that check the two agree)
POSITION_INPUT = SPARQL_PREFIXES + """
SELECT DISTINCT ?st ?actor ?rel ?target ?cond ?addr ?doc ?outlet ?issued WHERE {
  ?st a kg:Statement ; kg:actor ?actor ; kg:relation ?r ; kg:document ?doc .
  BIND(STRAFTER(STR(?r), STR(kg:)) AS ?rel)
  OPTIONAL { ?st kg:target ?target }
  OPTIONAL { ?st kg:conditionOf ?cond }
  OPTIONAL { ?st kg:addressee ?addr }
  OPTIONAL { ?doc dcterms:publisher ?outlet }
  OPTIONAL { ?doc dcterms:issued ?issued }
}
"""


def position_input(store: ox.Store) -> list[dict]:
    """The rows of POSITION_INPUT, read with one index scan per property and
    joined here: the SPARQL form spent 2.3 s of a 10,000-statement load
    planning OPTIONALs (bench/), the scans take a fraction of that."""
    def scan(iri: str) -> dict[str, list[str]]:
        # a one-pattern SELECT read by position: 3x faster than quads_for_pattern
        out: dict[str, list[str]] = defaultdict(list)
        for sol in store.query(f"SELECT ?s ?o WHERE {{ GRAPH ?g {{ ?s <{iri}> ?o }} }}"):
            out[sol[0].value].append(sol[1].value)
        return out

    statements = {sol[0].value for sol in store.query(f"SELECT ?s WHERE {{ GRAPH ?g {{ ?s a <{KG}Statement> }} }}")}
    props = {k: scan(KG + k) for k in ("actor", "relation", "document", "target", "conditionOf", "addressee")}
    outlet, issued = scan(DCT + "publisher"), scan(DCT + "issued")
    rows: dict[tuple, dict] = {}
    for st in statements:
        for actor, rel, doc in product(props["actor"].get(st, []), props["relation"].get(st, []), props["document"].get(st, [])):
            if not rel.startswith(KG):
                continue
            for target, cond, addr, out, day in product(props["target"].get(st) or [None], props["conditionOf"].get(st) or [None],
                                                        props["addressee"].get(st) or [None], outlet.get(doc) or [None],
                                                        issued.get(doc) or [None]):
                row = {"st": st, "actor": actor, "rel": rel[len(KG):], "target": target, "cond": cond, "addr": addr,
                       "doc": doc, "outlet": out, "issued": day}
                rows[tuple(row.values())] = row
    return list(rows.values())


def stance_on(rel: str, target: str | None, cond: str | None, addr: str | None,
              lex: Lexicon) -> tuple[str | None, str | None]:
    """(stance, what it is on) for one statement, per the guidelines' table."""
    info = lex.relations[rel]
    if info.stance == "none":
        return None, None
    if rel == "conditions":
        return ("conditional", cond) if cond else (None, None)
    if rel == "threatens":
        return ("against", addr) if addr else (None, None)
    return info.stance, target


def aggregate(rows: list[dict], lex: Lexicon) -> dict[tuple[str, str], dict]:
    acc: dict[tuple[str, str], dict] = defaultdict(lambda: {"stances": set(), "statements": [], "outlets": set(),
                                                            "dates": [], "for": 0, "against": 0, "conditional": 0})
    for r in rows:
        stance, on = stance_on(r["rel"], r["target"], r["cond"], r["addr"], lex)
        if stance is None or on is None or on == r["actor"]:
            continue
        a = acc[(r["actor"], on)]
        a["stances"].add(stance)
        a[stance] += 1
        a["statements"].append(r["st"])
        a["outlets"].add(r["outlet"] or r["doc"])
        if r["issued"]:
            a["dates"].append(str(r["issued"]))
    for a in acc.values():
        s = a["stances"]
        a["stance"] = s.pop() if len(s) == 1 else ("mixed" if {"for", "against"} <= s else
                                                  "conditional" if "conditional" in s else "mixed")
    return acc


def position_nquads(acc: dict[tuple[str, str], dict], mint: Minter):
    """The positions of ``aggregate`` as N-Quads text in the positions graph."""
    from kg.writer import integer, iri, text, typed

    gi = iri(mint.positions_graph.value)
    for (actor, on), a in acc.items():
        p = iri(f"{mint.base}position/{short_hash(actor, on)}")
        out = [(RDF + "type", iri(KG + "Position")), (KG + "actor", iri(actor)), (KG + "topic", iri(on)),
               (KG + "stance", text(a["stance"])), (KG + "statementCount", integer(len(a["statements"]))),
               (KG + "outletCount", integer(len(a["outlets"]))), (KG + "forCount", integer(a["for"])),
               (KG + "againstCount", integer(a["against"])), (KG + "conditionalCount", integer(a["conditional"]))]
        out += [(KG + "basedOn", iri(st)) for st in sorted(set(a["statements"]))]
        out += [(KG + "reportedIn", text(o)) for o in sorted(a["outlets"])]
        if a["dates"]:
            out += [(KG + "firstDate", typed(min(a["dates"]), XSD + "date")),
                    (KG + "lastDate", typed(max(a["dates"]), XSD + "date"))]
        yield "".join(f"{p} <{pred}> {o} {gi} .\n" for pred, o in out)


def refresh(store: ox.Store, mint: Minter, lex: Lexicon, rows: list[dict] | None = None) -> int:
    """Recompute the positions and summary graphs from every statement (``rows`` of
    position_input's form when the caller has them, else read from the store);
    returns its size. The quads go to the bulk loader as N-Quads text, which
    is safe here as every caller writes into a new store generation that is
    dropped on failure."""
    from kg.load import load_nquads
    from kg.summary import summarise, summary_nquads

    for old in (mint.positions_graph, mint.summary_graph):
        store.remove_graph(old) if store.contains_named_graph(old) else None
    rows = position_input(store) if rows is None else rows
    acc = aggregate(rows, lex)
    load_nquads(store, position_nquads(acc, mint))
    load_nquads(store, summary_nquads(summarise(acc, rows), mint))
    return len(acc)
