"""Speed guards: what a build does without, so that its CPU goes to reading the articles."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_view_inlines_vis_network_without_importing_pyvis():
    # pyvis's own import pulls in networkx, jinja2 and IPython (half a second of CPU per
    # build); the page needs only the two asset files that ship inside the package
    code = ("import sys; from kg.viz import render; "
            "page = render({'nodes': [], 'edges': []}); "
            "print('pyvis' in sys.modules, 'vis.Network' in page, len(page) > 100_000)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.stdout.split() == ["False", "True", "True"]


def test_view_assets_are_pyvis_own_files():
    import pyvis

    from kg.viz import _vis_assets

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    assert _vis_assets() == ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
                             (lib / "vis-network.css").read_text(encoding="utf-8"))


def _profiled(fn, source: str) -> dict[tuple[int, str], int]:
    """Calls ``fn()`` makes to spaCy's Cython functions in ``source`` (doc.pyx), by (line, name)."""
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.runcall(fn)
    return {(k[1], k[2]): v[1] for k, v in pstats.Stats(prof).stats.items() if k[0].endswith(source)}


def _calls(fn, source: str, name: str) -> int:
    return sum(n for (_, f), n in _profiled(fn, source).items() if f == name)


def _getter_calls(fn, source: str, probe) -> int:
    """How many times ``fn()`` runs the Cython property getter that ``probe()`` runs (``doc.ents``),
    found by the line a profiler names it by in ``source``."""
    line = next(ln for ln, f in _profiled(probe, source) if f == "__get__")
    return sum(n for (ln, f), n in _profiled(fn, source).items() if f == "__get__" and ln == line)


def _doc(text: str):
    from kg.config import Settings
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    return load_pipeline(s.model, s.ontology)(text)


def test_title_name_subject_still_found_and_plain_subject_builds_no_entities():
    from kg.extract.subjects import name_ending_title

    doc = _doc("Culture, Media and Sport Secretary Tessa Jowell backed the plan.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    subj = next((t for t in root.children if t.dep_ == "nsubj"), None)
    if subj is not None and subj.ent_type_ != "PERSON" and subj.is_title:
        assert name_ending_title(subj) is not None and name_ending_title(subj).text == "Jowell"
    plain = _doc("Housing Secretary plans were backed by the council.")
    first = plain[0]
    assert first.is_title and first.right_edge.ent_type_ != "PERSON"
    assert _getter_calls(lambda: name_ending_title(first), "doc.pyx", lambda: plain.ents) == 0


def test_common_word_opening_reads_no_sentence_for_a_word_never_written_lower():
    from kg.extract.mentions import common_word_opening

    doc = _doc("Turnout is predicted to be key. Labour said turnout matters.")
    ent = doc[0:1]
    assert common_word_opening(ent, {"turnout"}) is True
    assert common_word_opening(ent, {"labour"}) is False
    # ``span.sent`` asks the doc whether it has sentence starts (``Doc.has_annotation``) before its search
    assert _calls(lambda: common_word_opening(ent, {"labour"}), "doc.pyx", "has_annotation") == 0
    assert _calls(lambda: ent.sent, "doc.pyx", "has_annotation") > 0


def test_decide_reads_each_candidates_actor_features_once(monkeypatch, extract_learned):
    import kg.extract.learned as L

    made, decided = [], []
    actor_vector, decide = L.actor_vector, L.decide
    monkeypatch.setattr(L, "actor_vector", lambda unit, c: made.append(c) or actor_vector(unit, c))
    monkeypatch.setattr(L, "decide", lambda unit, c, *a, **k: decided.append(c) or decide(unit, c, *a, **k))
    out = extract_learned("Labour leader Keir Starmer accused the government of failing the NHS. "
                          "The Liberal Democrats demanded an inquiry into the contracts.")
    assert out and decided and len(made) == len(decided)
