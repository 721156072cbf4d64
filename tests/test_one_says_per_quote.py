"""One bare ``says`` for one quotation of one speaker: a quote its speaker said once is coded once,
under one topic; a second ``says`` of the same words on another target is one statement too many."""
from __future__ import annotations

UNISON = ("Unison, the public service union, blamed private cleaning firms for cutting corners to save money.\n\n"
          "A Unison spokesman said: \"You cannot clean a hospital properly on the cheap.\"\n")


def says_of(statements, actor: str):
    return [st for st in statements if st.relation.value == "says" and st.actor.label == actor]


def test_one_says_for_one_quotation(extract_learned):
    # written after bench/probes/bbc2004 probebbc4 ('A Unison spokesman said: "You cannot clean ..."')
    said = says_of(extract_learned(UNISON), "Unison spokesman")
    assert len(said) == 1
    assert said[0].quote is not None and said[0].quote.text.startswith("You cannot clean a hospital")
