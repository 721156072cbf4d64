"""A bare ``says`` on a phrase the narrator quotes in passing, beside a position its speaker takes in
the same sentence, is one statement too many; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_phrase_quoted_beside_a_position_is_no_says(extract_learned):
    got = labels(extract_learned('The governor praised the plan as a "bold step" toward "real reform".'))
    assert any(r == "praises" for _, r, _ in got), got
    assert not any(r == "says" for _, r, _ in got), got


def test_a_quotation_said_on_its_own_keeps_its_speaker():
    from kg.extract.quote_fallback import quoted_in_passing
    from kg.records import Actor, Relation, Span, Statement, Topic

    text = 'The governor backed the plan and added: "We will see."'
    sent = Span(0, len(text), text)
    gov = Actor(label="governor")
    q0 = text.index("We")
    says = Statement(doc_id="d", sentence=sent, actor=gov, relation=Relation.SAYS, target=Topic(label="plan"),
                     quote=Span(q0, q0 + 12, text[q0:q0 + 12]))
    backs = Statement(doc_id="d", sentence=sent, actor=gov, relation=Relation.SUPPORTS, target=Topic(label="plan"))
    assert not quoted_in_passing(says, [says, backs], text)
    text2 = 'The governor backed the plan, a "bold step" for the state.'
    sent2 = Span(0, len(text2), text2)
    q1 = text2.index("bold")
    says2 = Statement(doc_id="d", sentence=sent2, actor=gov, relation=Relation.SAYS, target=Topic(label="state"),
                      quote=Span(q1, q1 + 9, text2[q1:q1 + 9]))
    backs2 = Statement(doc_id="d", sentence=sent2, actor=gov, relation=Relation.SUPPORTS, target=Topic(label="plan"))
    assert quoted_in_passing(says2, [says2, backs2], text2)
    assert not quoted_in_passing(says2, [says2], text2)  # no position of its speaker there: who said it stays
