"""The bench's results as the Markdown tables the README shows (``bench.py`` prints them after a run)."""
from __future__ import annotations

from bench import HAND_QUERIES, QUERY_BUDGET_S, questions


def table(r: dict) -> str:
    budget_s = r.get("budget_s", QUERY_BUDGET_S)  # the run's own budget (--budget), recorded with its results
    lines = [f"Machine: {r['machine']}; date {r['date']}."]
    if "extraction" in r:
        e = r["extraction"]
        lines += [f"Corpus {r['corpus_words']:,} words.", "",
                  "| extraction | seconds | words/s | ratio |", "|---|---:|---:|---:|",
                  f"| spaCy nlp.pipe (model load included) | {e['pipe']['seconds']:.1f} | {e['pipe']['words'] / e['pipe']['seconds']:,.0f} | 1.00 (baseline) |",
                  f"| kg build, 1 process (start-up included) | {e['build_1']['seconds']:.1f} | {e['build_1']['words'] / e['build_1']['seconds']:,.0f} | {e['build_vs_pipe']:.2f} × pipe (target ≥ 0.6) |",
                  f"| kg build, 2 processes | {e['build_2']['seconds']:.1f} | {e['build_2']['words'] / e['build_2']['seconds']:,.0f} | {e['two_vs_one']:.2f} × 1 process (target ≥ 1.7) |"]
        if "build_dask_2" in e:
            d = e["build_dask_2"]
            lines.append(f"| kg build, local Dask cluster of 2 workers (start-up included) | {d['seconds']:.1f} | "
                         f"{d['words'] / d['seconds']:,.0f} | {e['dask_two_vs_one']:.2f} × 1 process (target ≥ 1.7) |")
        if len(e.get("rounds", [])) > 1:
            lines += ["", f"Ratios are medians of {len(e['rounds'])} rounds (the table's seconds are the median Dask round's): "
                      + "; ".join(f"1 process {x['build_1']['seconds']:.1f} s, -j 2 {x['build_2']['seconds']:.1f} s "
                                  f"({x['two_vs_one']:.2f} ×), Dask {x['build_dask_2']['seconds']:.1f} s ({x['dask_two_vs_one']:.2f} ×)"
                                  for x in e["rounds"]) + "."]
    if r.get("load", {}).get("ratio"):
        w, b = r["load"]["whole"], r["load"]["bulkload"]
        lines += ["", "| whole build of ready-made statements | statements | quads | seconds | quads/s | peak RSS MB | ratio |",
                  "|---|---:|---:|---:|---:|---:|---:|",
                  f"| pyoxigraph bulk loader, same quads from N-Quads | | {b['quads']:,} | {b['seconds']:.1f} | {b['quads'] / b['seconds']:,.0f} | {b['rss_mb']:.0f} | 1.00 (baseline) |",
                  f"| kg build_records, exports included | {w['statements']:,} | {w['quads']:,} | {w['seconds']:.1f} | {w['quads'] / w['seconds']:,.0f} | {w['rss_mb']:.0f} | {r['load']['ratio']:.2f} × loader (target ≤ 3) |"]
    if "server" in r:
        from serve_load import table as serve_table

        lines += [""] + serve_table(r["server"])
    if "store" in r:
        lines += ["", "| store | statements | quads | load s | disk MB | peak RSS MB | slowest ready-made question, ms (median) | hand-written, ms (slowest of 3) |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for s in r.get("store", []):
        if "timeout_s" in s:
            lines.append(f"| {s['part'][2]} | {int(s['part'][1]):,} | over {s['timeout_s']:.0f} s: not measured | | | | | |")
            continue
        lat = s["latency_ms"]
        budget = budget_s * 1000
        ready = {k: (budget if v is None else v) for k, v in lat.items() if k not in HAND_QUERIES}
        hand = [budget if v is None else v for k, v in lat.items() if k in HAND_QUERIES]
        worst = max(ready, key=ready.get) if ready else "-"
        fmt = lambda v: f"> {budget_s:.0f} s" if v >= budget else f"{v:.1f}"  # noqa: E731
        under = sum(1 for v in ready.values() if v < 100)
        lines.append(f"| {s['engine']} | {s['statements']:,} | {s['quads']:,} | {s['load_s']:.1f} | {s.get('disk_mb', 0):.0f} | "
                     f"{s['rss_mb']:.0f} | {fmt(ready.get(worst, 0))} ({worst}); {under}/{len(ready)} under 100 ms | "
                     f"{fmt(max(hand)) if hand else '-'} |")
    oxi = [x for x in r.get("store", []) if x.get("engine") == "oxigraph" and "latency_ms" in x]
    if oxi:
        lines += ["", "Each ready-made question, median ms (rows returned), Oxigraph; bound questions target < 100 ms "
                  "and summaries < 1 s at 1M:", "",
                  "| question | " + " | ".join(f"{x['statements']:,}" for x in oxi) + " |",
                  "|---|" + "---:|" * len(oxi)]
        for label in questions():
            cells = []
            for x in oxi:
                v, k = x["latency_ms"].get(label), x["rows"].get(label)
                cells.append(f"> {budget_s:.0f} s" if v is None else f"{v:,.0f} ({k:,})")
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
    if "views" in r:
        lines += ["", "| view | nodes | edges | seconds | size KB |", "|---|---:|---:|---:|---:|"]
    for v in r.get("views", []):
        lines.append(f"| HTML | {v['nodes']:,} | {v['edges']:,} | {v['seconds']:.2f} | {v['size_kb']:,.0f} |")
    return "\n".join(lines)
