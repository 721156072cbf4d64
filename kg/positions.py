"""Positions: each actor's aggregated stance on each topic, derived from the
statements by the guidelines' table, stored in a named graph of its own."""
from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
from pyoxigraph import Quad

from kg.export import select
from kg.lexicon import Lexicon
from kg.rdf import KG, RDF, RDFS, SPARQL_PREFIXES, XSD, Minter, lit, n, short_hash

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


def refresh(store: ox.Store, mint: Minter, lex: Lexicon) -> int:
    """Recompute the positions graph from every statement; returns its size."""
    g = mint.positions_graph
    store.remove_graph(g) if store.contains_named_graph(g) else None
    acc = aggregate(select(store, POSITION_INPUT), lex)
    quads = []
    for (actor, on), a in acc.items():
        p = n(f"{mint.base}position/{short_hash(actor, on)}")
        quads += [
            Quad(p, n(RDF + "type"), n(KG + "Position"), g),
            Quad(p, n(KG + "actor"), n(actor), g),
            Quad(p, n(KG + "topic"), n(on), g),
            Quad(p, n(KG + "stance"), lit(a["stance"]), g),
            Quad(p, n(KG + "statementCount"), lit(len(a["statements"])), g),
            Quad(p, n(KG + "outletCount"), lit(len(a["outlets"])), g),
            Quad(p, n(KG + "forCount"), lit(a["for"]), g),
            Quad(p, n(KG + "againstCount"), lit(a["against"]), g),
            Quad(p, n(KG + "conditionalCount"), lit(a["conditional"]), g),
            Quad(p, n(RDFS + "label"), lit(f"{a['stance']} position"), g),
        ]
        quads += [Quad(p, n(KG + "basedOn"), n(st), g) for st in sorted(set(a["statements"]))]
        quads += [Quad(p, n(KG + "reportedIn"), lit(o), g) for o in sorted(a["outlets"])]
        if a["dates"]:
            quads.append(Quad(p, n(KG + "firstDate"), lit(min(a["dates"]), XSD + "date"), g))
            quads.append(Quad(p, n(KG + "lastDate"), lit(max(a["dates"]), XSD + "date"), g))
    store.extend(quads)
    return len(acc)
