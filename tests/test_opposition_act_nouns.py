"""Acts named by nouns whose holder is a collective noun before them ("rejected opposition calls for
his resignation"): the holder asks for what the noun names (probe sentences, and one written)."""
from __future__ import annotations


def test_an_opposition_before_its_calls_is_their_holder(extract, extract_learned):
    cases = [
        ("Prime Minister Kyriakos Mitsotakis on Wednesday rejected opposition calls for his resignation, a day after "
         "hundreds of thousands of people took to the streets.", ("Opposition", "demands", "resignation")),
        ("The court ruled that President Jacob Zuma had violated the constitution, prompting opposition calls for "
         "his impeachment.", ("Opposition", "demands", "impeachment")),
        ("Ortega has said he is open to dialogue but has dismissed opposition demands for a new electoral council.",
         ("Opposition", "demands", "electoral council")),
    ]
    for text, want in cases:
        for run in (extract, extract_learned):
            got = {(st.actor.label, st.relation.value, st.target.label if st.target else None) for st in run(text + "\n")}
            assert want in got, (text, got)


def test_an_opposition_leader_is_no_collective_holder(extract):
    # "opposition" before a noun that is no act (a leader, a party) names no body of its own
    got = {(st.actor.label, st.relation.value) for st in extract("Opposition leader Ana Brnabic called for calm.\n")}
    assert ("Opposition", "demands") not in got, got
