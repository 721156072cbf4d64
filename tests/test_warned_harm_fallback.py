"""A warning of harm reported with no cue word (``kg.extract.unheard_reports``): "Publicans have warned
that hundreds of small bars could close" opposes the issue the article is about, not the bars; the
learned stages read the opposition there below the fallback's floor, on the harm's victims."""
from __future__ import annotations

from pathlib import Path

from conftest import labels

PROBES = Path(__file__).resolve().parent.parent / "bench" / "probes" / "bbc2004"


def test_a_warning_of_harm_opposes_the_articles_issue(extract_learned):
    # probe (BBC-style written news, probebbc9): the smoking ban the article is about
    text = (PROBES / "probebbc9" / "texts" / "probebbc9_4.txt").read_text()
    got = labels(extract_learned(text))
    mine = sorted(x for x in got if x[0] == "Publicans")
    assert any(r == "opposes" and t is not None and "ban" in t.lower() for _, r, t in mine), mine
    assert not any(t is not None and "bars" in t.lower() for _, _, t in mine), mine  # no victim as the target

