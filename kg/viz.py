"""Self-contained interactive HTML views of who stands where.

The graph is laid out with pyvis/vis-network; the page inlines vis-network's
script and stylesheet from the pyvis package, so it opens from a file with no
network. Every string from an article reaches the page as JSON data inside a
script block (``</`` escaped) and is shown through vis-network's text titles
or ``textContent``, never as HTML.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from pathlib import Path

STANCE_COLOURS = {
    "demands": "#2e7d32", "proposes": "#2e7d32", "supports": "#2e7d32", "accepts": "#2e7d32", "praises": "#2e7d32",
    "rejects": "#c62828", "opposes": "#c62828", "threatens": "#c62828", "accuses": "#c62828",
    "conditions": "#f9a825", "consults": "#9e9e9e", "says": "#9e9e9e",
}
KIND_COLOURS = {"person": "#1565c0", "organisation": "#6a1b9a", "country": "#00838f", "group": "#ef6c00",
                "media": "#5d4037"}


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _script_json(data: object) -> str:
    """JSON safe inside <script>: no '</' and no HTML comment openers."""
    return (json.dumps(data, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def graph_data(rows: list[dict], topic: str | None = None, actor: str | None = None) -> dict:
    """statements.jsonl rows → vis nodes and edges (one edge per actor·relation·target)."""
    if topic:
        rows = [r for r in rows if topic.casefold() in {(r["target"] or "").casefold(), (r["condition_of"] or "").casefold()}]
    if actor:
        rows = [r for r in rows if actor.casefold() in {r["actor"].casefold(), (r["target"] or "").casefold()}]
    nodes: dict[str, dict] = {}
    edges: dict[tuple, dict] = {}
    actor_iris = {r["actor_iri"] for r in rows}
    for r in rows:
        if not r["target"]:
            continue
        a, t = r["actor_iri"], r["target_iri"]
        nodes.setdefault(a, {"id": a, "label": r["actor"], "shape": "dot", "group": "actor",
                             "color": KIND_COLOURS["group" if r["members"] else "person"], "size": 14})
        is_actor = t in actor_iris or r["relation"] in {"accuses", "praises", "consults"}
        nodes.setdefault(t, {"id": t, "label": r["target"], "shape": "dot" if is_actor else "box",
                             "group": "actor" if is_actor else "topic",
                             "color": KIND_COLOURS["country"] if is_actor else "#eceff1", "size": 14})
        key = (a, r["relation"], t)
        e = edges.setdefault(key, {"from": a, "to": t, "label": r["relation"], "relation": r["relation"],
                                   "color": STANCE_COLOURS.get(r["relation"], "#9e9e9e"), "arrows": "to",
                                   "count": 0, "outlets": [], "evidence": []})
        e["count"] += 1
        outlet = r.get("outlet") or r["doc"]
        if outlet not in e["outlets"]:
            e["outlets"].append(outlet)
        e["evidence"].append({"doc": r["doc"], "outlet": r.get("outlet") or "", "date": r.get("published") or "",
                              "sentence": r["sentence"], "quote": r["quote"] or "", "start": r["start"], "end": r["end"]})
    out_edges = []
    for i, e in enumerate(edges.values()):
        ev = e["evidence"][0]
        e["id"] = f"e{i}"
        e["width"] = 1 + 1.5 * (len(e["outlets"]) - 1) + 0.5 * (e["count"] - 1)
        e["title"] = (f"{nodes[e['from']]['label']} {e['relation']} {nodes[e['to']]['label']}\n"
                      f"{e['count']} statement(s) in {len(e['outlets'])} source(s)\n"
                      + (f"“{ev['quote']}”\n" if ev["quote"] else f"{ev['sentence'][:300]}\n")
                      + f"— {ev['outlet'] or ev['doc']} {ev['date']}")
        out_edges.append(e)
    for node in nodes.values():
        node["title"] = node["label"]
    return {"nodes": list(nodes.values()), "edges": out_edges}


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<style>{vis_css}</style>
<style>
body {{ margin: 0; font: 14px system-ui, sans-serif; display: flex; height: 100vh; }}
#main {{ flex: 1; display: flex; flex-direction: column; }}
#controls {{ padding: 6px 10px; border-bottom: 1px solid #ddd; display: flex; gap: 12px; flex-wrap: wrap; align-items: center; }}
#net {{ flex: 1; }}
#side {{ width: 340px; border-left: 1px solid #ddd; padding: 10px; overflow: auto; }}
.legend span {{ display: inline-block; margin-right: 10px; }}
.sw {{ display: inline-block; width: 12px; height: 12px; vertical-align: middle; margin-right: 3px; }}
.ev {{ border-bottom: 1px solid #eee; padding: 6px 0; }}
.ev mark {{ background: #fff59d; }}
</style></head>
<body><div id="main"><div id="controls"><strong>{title}</strong>
<label>relation <select id="f-relation"><option value="">all</option></select></label>
<label>source <select id="f-outlet"><option value="">all</option></select></label>
<span class="legend"><span><i class="sw" style="background:#2e7d32"></i>for</span><span><i class="sw" style="background:#c62828"></i>against</span><span><i class="sw" style="background:#f9a825"></i>conditional</span><span><i class="sw" style="background:#9e9e9e"></i>neutral</span><span>● actor</span><span>▭ topic</span></span>
</div><div id="net"></div></div>
<div id="side"><p>Click an edge to read the sentences it rests on.</p><div id="evidence"></div></div>
<script>{vis_js}</script>
<script>
const DATA = {data};
const nodes = new vis.DataSet(DATA.nodes);
const edges = new vis.DataSet(DATA.edges);
const fRel = document.getElementById('f-relation'), fOut = document.getElementById('f-outlet');
function fill(sel, values) {{ [...new Set(values)].sort().forEach(v => {{ const o = document.createElement('option'); o.value = v; o.textContent = v; sel.appendChild(o); }}); }}
fill(fRel, DATA.edges.map(e => e.relation));
fill(fOut, DATA.edges.flatMap(e => e.outlets));
const view = new vis.DataView(edges, {{ filter: e => (!fRel.value || e.relation === fRel.value) && (!fOut.value || e.outlets.includes(fOut.value)) }});
[fRel, fOut].forEach(s => s.addEventListener('change', () => view.refresh()));
const network = new vis.Network(document.getElementById('net'), {{ nodes: nodes, edges: view }}, {options});
window.kgNetwork = network; window.kgData = DATA;
network.on('click', params => {{
  const box = document.getElementById('evidence'); box.replaceChildren();
  if (!params.edges.length) return;
  const e = edges.get(params.edges[0]);
  const h = document.createElement('h3'); h.textContent = e.title.split('\\n')[0]; box.appendChild(h);
  e.evidence.forEach(ev => {{
    const d = document.createElement('div'); d.className = 'ev';
    const src = document.createElement('div'); src.textContent = (ev.outlet || ev.doc) + ' ' + ev.date + ' [' + ev.start + '–' + ev.end + ']'; d.appendChild(src);
    const s = document.createElement('div'); s.textContent = ev.sentence; d.appendChild(s);
    if (ev.quote) {{ const q = document.createElement('mark'); q.textContent = '“' + ev.quote + '”'; d.appendChild(q); }}
    box.appendChild(d);
  }});
}});
</script></body></html>
"""

OPTIONS = {
    "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300},
                "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120}},
    "layout": {"randomSeed": 7},
    "edges": {"smooth": {"type": "dynamic"}, "font": {"size": 10, "align": "middle"}},
    "interaction": {"hover": True, "tooltipDelay": 150},
}


def render(data: dict, title: str = "kg: who stands where") -> str:
    """A complete, self-contained HTML page for vis data."""
    js, css = _vis_assets()
    options = dict(OPTIONS)
    if len(data["nodes"]) > 300:  # large graphs: cheaper physics, stop early
        options = {**OPTIONS, "physics": {"solver": "barnesHut", "stabilization": {"iterations": 100}}}
    return PAGE.format(title=html.escape(title), vis_css=css.replace("</", "<\\/"), vis_js=js.replace("</script", "<\\/script"),
                       data=_script_json(data), options=_script_json(options))


def write_view(rows: list[dict], path: Path, *, topic: str | None = None, actor: str | None = None,
               title: str | None = None) -> dict:
    from kg.store import atomic_write

    data = graph_data(rows, topic=topic, actor=actor)
    title = title or ("who stands where" + (f" on {topic}" if topic else "") + (f": {actor}" if actor else ""))
    atomic_write(Path(path), render(data, title))
    return data


def summary(rows: list[dict]) -> dict[str, int]:
    by_rel: dict[str, int] = defaultdict(int)
    for r in rows:
        by_rel[r["relation"]] += 1
    return dict(sorted(by_rel.items()))
