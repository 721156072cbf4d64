"""Leftovers other helpers found and had no time to fix; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_repeated_preposition_brings_its_own_target(extract):
    # "called for X and for Y": the second "for" is the first's conjunct, its object a target too
    got = labels(extract("The nurses pressed for higher pay and for safer staffing levels."))
    assert ("Nurses", "demands", "higher pay") in got, got
    assert ("Nurses", "demands", "safer staffing levels") in got, got
    got = labels(extract("Spain called for a truce and for the return of the prisoners."))
    assert any(r == "demands" and "return of" in (t or "") for _, r, t in got), got


def test_curbing_a_thing_reads_as_its_curbing(extract):
    # "curbs of water use" is no English: the act's noun is "curbing"
    got = labels(extract("The mayor urged residents to curb water use during the heatwave."))
    assert any(r == "demands" and t == "curbing of water use" for _, r, t in got), got


def test_the_one_a_consequence_is_for_is_its_addressee(extract):
    # "consequences for Russia": Russia is the one threatened, no part of the consequence
    for text in ["NATO warned there would be severe consequences for Russia.",
                 "The chancellor warned of grave consequences for Iran if it enriched more uranium."]:
        got = [st for st in extract(text) if st.relation.value == "threatens"]
        assert got and all("Russia" not in st.target.label and "Iran" not in st.target.label for st in got), \
            [(st.target.label, st.addressee) for st in got]
        assert any(st.addressee is not None and st.addressee.label in {"Russia", "Iran"} for st in got), got


def test_a_hold_placed_on_a_nomination_blocks_it(extract):
    # a senator's "hold" stops a nomination going to the floor: a stance against it, no proposal
    got = labels(extract("Senator Reed placed a hold on the nominations over the budget row."))
    assert any(r == "opposes" and "nominations" in (t or "") for _, r, t in got), got
    got = labels(extract("The talks were put on hold after the border clash."))
    assert not any(r == "opposes" for _, r, t in got), got
