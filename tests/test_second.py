"""Second statements in covered sentences: the actor's other act beside the one kg read; each
sentence here is written for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_the_reporters_act_after_a_question_of_whether_is_asserted(extract):
    # "asked" is hung on the questioned clause's "had read"; the asker's own request is no question
    got = labels(extract("The opposition leader Mary Clarke questioned whether the minister had read the report "
                         "and asked the government to publish the full figures."))
    assert any(a == "Mary Clarke" and r == "demands" and "figures" in (t or "") for a, r, t in got), got
    # the question itself still asserts nothing of the minister's
    assert not any(r == "accepts" for _, r, _ in got), got
