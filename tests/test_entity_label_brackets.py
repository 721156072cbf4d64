"""An organisation's name followed by its acronym in brackets: the NER may take the opening bracket into the
entity ("Federal Office for the Protection of the Constitution (BfV)"); the actor's label must not keep it.
Sentences written for this test."""
from __future__ import annotations


def test_an_opening_bracket_the_ner_took_is_not_part_of_the_label(extract_learned):
    got = extract_learned("The Federal Office for the Protection of the Constitution (BfV) said the party's "
                          'understanding of the German people was "not compatible with the free democratic basic '
                          'order".')
    assert got, "no statement"
    assert all(not st.actor.label.rstrip().endswith(("(", "[")) for st in got), [st.actor.label for st in got]
    assert any(st.actor.label == "Federal Office for the Protection of the Constitution" for st in got), \
        [st.actor.label for st in got]
