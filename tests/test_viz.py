"""The HTML view is self-contained and escapes article text."""
from __future__ import annotations

import re

from kg.viz import graph_data, render


def row(**kw):
    base = {"doc": "d", "actor": "A", "actor_iri": "http://x/a", "members": [], "relation": "demands",
            "target": "ceasefire", "target_iri": "http://x/t", "condition_of": None, "quote": None,
            "sentence": "A demands a ceasefire.", "start": 0, "end": 22, "outlet": None, "published": None}
    base.update(kw)
    return base


def test_no_remote_resources(seeds_graph):
    page = (seeds_graph / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "vis.Network" in page


def test_script_injection_is_neutralised():
    evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>'
    page = render(graph_data([row(quote=evil, sentence=evil, actor=evil)]))
    clean = render(graph_data([row()]))
    assert "</script><script>alert(1)" not in page
    assert page.count("</script>") == clean.count("</script>")  # nothing closes our script early
    data = page[page.index("const DATA = "):]
    assert "</" not in data.split("\n", 1)[0]


def test_nodes_and_edges():
    data = graph_data([row(), row(doc="e", outlet="O"), row(relation="rejects", actor="B", actor_iri="http://x/b")])
    assert len(data["nodes"]) == 3 and len(data["edges"]) == 2
    e = next(e for e in data["edges"] if e["relation"] == "demands")
    assert e["count"] == 2 and e["outlets"] == ["d", "O"]
