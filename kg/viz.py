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

from kg.export import issue_of

STANCE_COLOURS = {
    "demands": "#2e7d32", "proposes": "#2e7d32", "supports": "#2e7d32", "accepts": "#2e7d32", "praises": "#2e7d32",
    "rejects": "#c62828", "opposes": "#c62828", "threatens": "#c62828", "accuses": "#c62828",
    "conditions": "#f9a825", "consults": "#9e9e9e", "says": "#9e9e9e",
}
KIND_COLOURS = {"person": "#1565c0", "organisation": "#6a1b9a", "country": "#00838f", "group": "#ef6c00",
                "media": "#5d4037"}


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, read from the pyvis package's folder, found
    without importing pyvis: its import pulls in networkx, jinja2 and IPython, half a
    second of CPU in every build for two file names."""
    from importlib.util import find_spec

    spec = find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("No module named 'pyvis'", name="pyvis")
    lib = Path(spec.origin).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _script_json(data: object) -> str:
    """JSON safe inside <script>: no '</' and no HTML comment openers, and
    still JSON ("<\\u0021--", not the "<\\!--" only JavaScript would read)."""
    return (json.dumps(data, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\u0021--")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


FOR = {"demands", "proposes", "supports", "accepts", "praises"}
AGAINST = {"rejects", "opposes", "threatens", "accuses"}
STANCE_X = {"for": -380, "conditional": 0, "mixed": 0, "against": 380, "none": 0}


def _actor_node(iri: str, label: str, kind: str | None) -> dict:
    kind = kind or "person"
    return {"id": iri, "label": label, "shape": "dot", "group": kind, "kind": kind,
            "color": KIND_COLOURS.get(kind, KIND_COLOURS["person"]), "size": 14}


def graph_data(rows: list[dict], topic: str | None = None, actor: str | None = None) -> dict:
    """statements.jsonl rows → vis nodes and edges (one edge per actor·relation·target).
    With a topic, actors are laid out by their stance on it: for on the left,
    against on the right, conditional or mixed in the middle."""
    if topic:
        rows = [r for r in rows if topic.casefold() in {(r["target"] or "").casefold(), (issue_of(r) or "").casefold(),
                                                         (r["condition_of"] or "").casefold()}]
    if actor:
        rows = [r for r in rows if actor.casefold() in {r["actor"].casefold(), (r["target"] or "").casefold()}]
    nodes: dict[str, dict] = {}
    edges: dict[tuple, dict] = {}
    for r in rows:
        if not r["target"]:
            continue
        a, t = r["actor_iri"], r["target_iri"]
        nodes.setdefault(a, _actor_node(a, r["actor"], r.get("actor_kind") or ("group" if r["members"] else None)))
        target_kind = r.get("target_kind") or "topic"
        if target_kind == "topic":
            nodes.setdefault(t, {"id": t, "label": issue_of(r), "shape": "box", "group": "topic", "kind": "topic",
                                 "color": "#eceff1", "size": 14})
        else:
            nodes.setdefault(t, _actor_node(t, r["target"], target_kind))
        key = (a, r["relation"], t)
        e = edges.setdefault(key, {"from": a, "to": t, "label": r["relation"], "relation": r["relation"],
                                   "topic": r["target"], "color": STANCE_COLOURS.get(r["relation"], "#9e9e9e"),
                                   "arrows": "to", "count": 0, "outlets": [], "evidence": []})
        e["count"] += 1
        outlet = r.get("outlet") or r["doc"]
        if outlet not in e["outlets"]:
            e["outlets"].append(outlet)
        e["evidence"].append({"doc": r["doc"], "outlet": r.get("outlet") or "", "date": r.get("published") or "",
                              "sentence": r["sentence"], "quote": r["quote"] or "", "start": r["start"], "end": r["end"]})
    out_edges = []
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    for i, e in enumerate(edges.values()):
        ev = next((x for x in e["evidence"] if x["quote"]), e["evidence"][0])  # a quote says most
        e["id"] = f"e{i}"
        k = pairs[(e["from"], e["to"])]
        pairs[(e["from"], e["to"])] += 1
        if k:  # several relations between one pair: fan the curves out so none hides another
            e["smooth"] = {"type": "curvedCW" if k % 2 else "curvedCCW", "roundness": 0.2 + 0.15 * (k // 2)}
        e["width"] = 1 + 1.5 * (len(e["outlets"]) - 1) + 0.5 * (e["count"] - 1)
        e["title"] = (f"{nodes[e['from']]['label']} {e['relation']} {nodes[e['to']]['label']}\n"
                      f"{e['count']} statement(s) in {len(e['outlets'])} source(s)\n"
                      + (f"“{ev['quote']}”\n" if ev["quote"] else f"{ev['sentence'][:300]}\n")
                      + f"— {ev['outlet'] or ev['doc']} {ev['date']}")
        out_edges.append(e)
    for node in nodes.values():
        node["title"] = f"{node['label']} ({node['kind']})"
    data = {"nodes": list(nodes.values()), "edges": out_edges, "physics": True}
    if topic:
        _stance_layout(data, rows, topic)
    return data


def _stance_layout(data: dict, rows: list[dict], topic: str) -> None:
    """Fixed positions: the topic in the centre, each actor in its stance's column."""
    signs: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if topic.casefold() in {(r["target"] or "").casefold(), (issue_of(r) or "").casefold()}:
            signs[r["actor_iri"]].add("for" if r["relation"] in FOR else "against" if r["relation"] in AGAINST else "none")
        elif (r["condition_of"] or "").casefold() == topic.casefold():
            signs[r["actor_iri"]].add("conditional")
    counters: dict[str, int] = defaultdict(int)
    topic_ids = {r["target_iri"] for r in rows
                 if topic.casefold() in {(r["target"] or "").casefold(), (issue_of(r) or "").casefold()}}
    for node in data["nodes"]:
        if node["id"] in topic_ids:
            node.update(x=0, y=0, fixed=True, size=24, font={"size": 18})
            continue
        if node["id"] not in signs:  # conditions and other targets: a row along the bottom
            i = counters["other"]
            counters["other"] += 1
            node.update(x=-300 + 150 * (i % 5), y=320 + 80 * (i // 5))
            continue
        s = signs[node["id"]] - {"none"}
        stance = ("mixed" if {"for", "against"} <= s else next(iter(s)) if len(s) == 1 else
                  "conditional" if "conditional" in s else "none") if s else "none"
        node["stance"] = stance
        if stance in {"for", "against"}:
            i = counters[stance]
            counters[stance] += 1
            node.update(x=STANCE_X[stance], y=-240 + 80 * i)
        else:  # conditional, mixed or neutral: rows above the topic, in the middle
            i = counters["middle"]
            counters["middle"] += 1
            node.update(x=-150 + 150 * (i % 3), y=-220 - 90 * (i // 3))
    data["physics"] = False
    data["legend_note"] = f"left: for {topic} · right: against · middle: conditional, mixed or neutral"


def network_data(g, kind: str) -> dict:
    """A discourse network (kg.network) → vis nodes and edges: width by weight,
    green where actors agree, red where they conflict."""
    nodes = [{**_actor_node(n, d.get("label", n), d.get("kind")), "title": f"{d.get('label', n)} ({d.get('kind')})"}
             for n, d in g.nodes(data=True)]
    edges = []
    top = max((abs(float(d.get("weight", 1))) for *_, d in g.edges(data=True)), default=1.0) or 1.0
    for i, (a, b, d) in enumerate(g.edges(data=True)):
        w = float(d.get("weight", 1))
        colour = "#c62828" if kind == "conflict" or w < 0 else "#2e7d32"
        edges.append({"id": f"e{i}", "from": a, "to": b, "width": 1 + 6 * abs(w) / top,
                      "color": colour, "relation": kind, "topic": "", "outlets": [], "count": 1,
                      "title": f"{g.nodes[a].get('label', a)} – {g.nodes[b].get('label', b)}\n{kind} {w:g}\n"
                               f"on: {d.get('topics', '')}", "evidence": []})
    return {"nodes": nodes, "edges": edges, "physics": True,
            "legend_note": f"{kind} network: edge width by weight"}


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<style>{vis_css}</style>
<style>
body {{ margin: 0; font: 14px system-ui, sans-serif; display: flex; height: 100vh; }}
#main {{ flex: 1; display: flex; flex-direction: column; min-width: 0; height: 100vh; }}
#controls {{ padding: 6px 10px; border-bottom: 1px solid #ddd; display: flex; gap: 12px; flex-wrap: wrap; align-items: center; }}
#net {{ flex: 1 1 0; min-height: 0; position: relative; overflow: hidden; }}
#net canvas {{ display: block; }}
#side {{ width: 340px; border-left: 1px solid #ddd; padding: 10px; overflow: auto; }}
.legend span {{ display: inline-block; margin-right: 10px; }}
.sw {{ display: inline-block; width: 12px; height: 12px; vertical-align: middle; margin-right: 3px; }}
.ev {{ border-bottom: 1px solid #eee; padding: 6px 0; }}
.ev mark {{ background: #fff59d; }}
</style></head>
<body><div id="main"><div id="controls"><strong>{title}</strong>
<label>relation <select id="f-relation"><option value="">all</option></select></label>
<label>topic <select id="f-topic"><option value="">all</option></select></label>
<label>source <select id="f-outlet"><option value="">all</option></select></label>
<span class="legend"><span><i class="sw" style="background:#2e7d32"></i>for</span><span><i class="sw" style="background:#c62828"></i>against</span><span><i class="sw" style="background:#f9a825"></i>conditional</span><span><i class="sw" style="background:#9e9e9e"></i>neutral</span><span>▭ topic</span><span><i class="sw" style="background:#1565c0;border-radius:6px"></i>person</span><span><i class="sw" style="background:#6a1b9a;border-radius:6px"></i>organisation</span><span><i class="sw" style="background:#00838f;border-radius:6px"></i>country</span><span><i class="sw" style="background:#ef6c00;border-radius:6px"></i>group</span></span>
<span id="note"></span>
</div><div id="net"></div></div>
<div id="side"><p>Click an edge to read the sentences it rests on.</p><div id="evidence"></div></div>
<script>{vis_js}</script>
<script>
const DATA = {data};
const nodes = new vis.DataSet(DATA.nodes);
const edges = new vis.DataSet(DATA.edges);
const fRel = document.getElementById('f-relation'), fOut = document.getElementById('f-outlet'), fTop = document.getElementById('f-topic');
document.getElementById('note').textContent = DATA.legend_note || '';
function fill(sel, values) {{ [...new Set(values)].sort().forEach(v => {{ const o = document.createElement('option'); o.value = v; o.textContent = v; sel.appendChild(o); }}); }}
fill(fRel, DATA.edges.map(e => e.relation));
fill(fOut, DATA.edges.flatMap(e => e.outlets));
fill(fTop, DATA.edges.map(e => e.topic).filter(t => t));
const view = new vis.DataView(edges, {{ filter: e => (!fRel.value || e.relation === fRel.value) && (!fOut.value || e.outlets.includes(fOut.value)) && (!fTop.value || e.topic === fTop.value) }});
[fRel, fOut, fTop].forEach(s => s.addEventListener('change', () => view.refresh()));
const options = {options};
if (!DATA.physics) {{ options.physics = false; options.edges = Object.assign({{}}, options.edges, {{ smooth: {{ type: 'curvedCW', roundness: 0.12 }} }}); }}
const network = new vis.Network(document.getElementById('net'), {{ nodes: nodes, edges: view }}, options);
window.kgNetwork = network; window.kgData = DATA;
// draw once the page has its final size (the canvas is cleared when it is resized)
network.once('stabilizationIterationsDone', () => network.fit({{ animation: false }}));
window.addEventListener('load', () => {{ network.setSize('100%', '100%'); network.redraw(); network.fit({{ animation: false }}); }});
new ResizeObserver(() => network.redraw()).observe(document.getElementById('net'));

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


def write_network_view(g, kind: str, path: Path, title: str | None = None) -> dict:
    from kg.store import atomic_write

    data = network_data(g, kind)
    atomic_write(Path(path), render(data, title or f"who sides with whom: {kind}"))
    return data


def summary(rows: list[dict]) -> dict[str, int]:
    by_rel: dict[str, int] = defaultdict(int)
    for r in rows:
        by_rel[r["relation"]] += 1
    return dict(sorted(by_rel.items()))
