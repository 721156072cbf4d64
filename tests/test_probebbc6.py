"""Misses the probebbc6 writer found on BBC-style politics news it wrote; each sentence here is written
for its test."""
from __future__ import annotations


def labels(statements) -> set[tuple]:
    return {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in statements}


def test_the_spokesman_is_the_unnamed_one_just_brought_in(extract_learned):
    text = ("Liberal Democrat health spokesman Paul Burstow criticised the plan.\n\n"
            "A Downing Street spokesman said the prime minister fully backed the health secretary.\n\n"
            "\"The reforms remain the right way to cut waiting lists,\" the spokesman said.")
    got = extract_learned(text)
    quoted = [st for st in got if st.quote and "waiting lists" in st.quote.text]
    assert quoted, labels(got)
    assert all(st.actor.label != "Paul Burstow" for st in quoted), labels(quoted)

