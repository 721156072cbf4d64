"""The learned pipeline keeps what the rules read right: the eleventh round."""
from __future__ import annotations


def test_a_further_quotation_on_no_topic_holds_its_speakers_position_below_the_threshold(extract_unkept):
    # written for this test, BBC style: nothing kept (threshold above every confidence), so both
    # quotations fall to the fallback; the second names no issue and holds the position its speaker
    # has just taken ('still opposes the scheme', as the rules read it), not the learned stages'
    # reading of its sentence below their threshold ("protect children")
    text = ('"We strongly oppose the scheme," said Mr Hogg. '
            '"In Albania there is no statutory child care structure to protect these children."')
    sts = extract_unkept(text)
    later = [(s.relation.value, s.target.label if s.target else None) for s in sts
             if s.quote is not None and s.quote.text.startswith("In Albania")]
    assert later == [("opposes", "scheme")]

