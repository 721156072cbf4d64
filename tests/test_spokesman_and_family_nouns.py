"""Misses the probebbc6 writer found on BBC-style politics news it wrote; each sentence here is written
for its test."""
from __future__ import annotations

from conftest import labels


def test_the_spokesman_is_the_unnamed_one_just_brought_in(extract_learned):
    text = ("Liberal Democrat health spokesman Paul Burstow criticised the plan.\n\n"
            "A Downing Street spokesman said the prime minister fully backed the health secretary.\n\n"
            "\"The reforms remain the right way to cut waiting lists,\" the spokesman said.")
    got = extract_learned(text)
    quoted = [st for st in got if st.quote and "waiting lists" in st.quote.text]
    assert quoted, labels(got)
    assert all(st.actor.label != "Paul Burstow" for st in quoted), labels(quoted)


def test_a_bereaved_relative_described_by_kin_is_an_actor(extract_learned):
    got = labels(extract_learned("Inquiry call\n\nThe widow of Sergeant Steven Roberts, who was killed in Basra, "
                                 "has demanded a full public inquiry."))
    assert any(a.startswith("Widow of") and r == "demands" for a, r, _ in got), got
    got = labels(extract_learned("Inquiry call\n\nThe mother of a soldier killed in Iraq has called for the "
                                 "defence secretary to resign."))
    assert any(a.startswith("Mother of") and r == "demands" for a, r, _ in got), got
