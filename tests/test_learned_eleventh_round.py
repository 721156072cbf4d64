"""The learned pipeline keeps what the rules read right: the eleventh round."""
from __future__ import annotations


def test_a_further_quotation_on_no_topic_holds_its_speakers_position_below_the_threshold(monkeypatch):
    # written for this test, BBC style: nothing kept (threshold above every confidence), so both
    # quotations fall to the fallback; the second names no issue and holds the position its speaker
    # has just taken ('still opposes the scheme', as the rules read it), not the learned stages'
    # reading of its sentence below their threshold ("protect children")
    from dataclasses import replace

    import kg.extract.learned as learned
    from kg.config import Settings
    from kg.extract import extract_text

    strict = replace(learned.load_models(), threshold=1.01)
    monkeypatch.setattr(learned, "load_models", lambda *a, **k: strict)
    text = ('"We strongly oppose the scheme," said Mr Hogg. '
            '"In Albania there is no statutory child care structure to protect these children."')
    sts = extract_text(text, settings=Settings.from_env(learned=True))
    later = [(s.relation.value, s.target.label if s.target else None) for s in sts
             if s.quote is not None and s.quote.text.startswith("In Albania")]
    assert later == [("opposes", "scheme")]

