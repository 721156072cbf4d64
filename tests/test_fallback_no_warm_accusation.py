"""The quotation fallback's relation where no cue speaks: a quotation whose words are warm or mourn a
named person is no accusation of anyone (probe rounds on written news: tributes to a dead leader came out
as "accuses"). Each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_mourning_quote_accuses_nobody(extract_learned):
    got = labels(extract_learned("President William Ruto announced the death of Raila Odinga on Wednesday. "
                                 "\"Raila Odinga is gone. We mourn a giant of our democracy,\" Ruto said."))
    assert not any(r == "accuses" for _, r, _ in got), got
    assert any(a == "William Ruto" for a, _, _ in got), got  # the quotation keeps its speaker


def test_a_warm_quote_accuses_nobody():
    from kg.extract.quote_fallback import no_accusation
    from kg.records import Actor, Relation, Span, Statement

    st = Statement(doc_id="d", sentence=Span(0, 60, "x"), actor=Actor("Samia Suluhu Hassan", kind="person"),
                   relation=Relation.ACCUSES, target=Actor("East Africa", kind="place"),
                   quote=Span(10, 30, "a true pan-Africanist"), confidence=0.05)
    assert no_accusation(st).relation is Relation.SAYS
    angry = Statement(doc_id="d", sentence=Span(0, 60, "x"), actor=Actor("Dai Lloyd", kind="person"),
                      relation=Relation.ACCUSES, target=Actor("Labour", kind="party"),
                      quote=Span(10, 30, "Wales has been short changed yet again"), confidence=0.05)
    assert no_accusation(angry).relation is Relation.ACCUSES
