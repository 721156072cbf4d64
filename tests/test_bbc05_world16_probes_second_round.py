"""Fixes found by reading kg's statements on news written in the manner of BBC politics pages of
2004-05 and of 2016 world news wires; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_neither_nor_denies_both_verbs(extract, extract_learned):
    # "neither accepted nor recognised the award" rejects it; it had read as acceptance of the
    # statement the clause hangs on
    text = "The foreign ministry said in a statement that Beijing neither accepted nor recognised the verdict."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(r == "accepts" for _, r, _ in got), got
        assert any(r == "rejects" and t == "verdict" for _, r, t in got), got


def test_neither_on_the_subject_denies_the_verb(extract):
    text = "Neither Labour nor the Liberal Democrats support the new runway."
    got = labels(extract(text))
    assert not any(r == "supports" for _, r, _ in got), got


def test_an_infinitive_hung_past_a_date_is_what_is_asked(extract, extract_learned):
    # the parser hangs "to extradite" as an adverbial when a date and a long object follow
    text = ("Greece formally asked the United States on Monday to extradite U.S.-based banker John Miller, "
            "whom it blames for last year's collapse of a bank, as police widened an inquiry into the fraud.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Greece" and r == "demands" and t and "extradite" in t for a, r, t in got), got


def test_whom_with_its_own_subject_states_its_act(extract, extract_learned):
    # "whom Ankara blames": the relative pronoun is the object, and the clause is stated (not wanted)
    # although it hangs on the object of a demand
    text = "Greece wants the businessman John Miller, whom Athens blames for the collapse of a bank."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Greece", "accuses", "John Miller") in got, got


def test_a_reporters_act_hung_deep_in_the_reported_clause(extract, extract_learned):
    # the parser hangs "demanded" on "beaten", inside "evidence that ...": the reporter demands
    text = ("Human Rights Watch said it had clear evidence that prisoners had been beaten and starved and "
            "demanded access for foreign doctors.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Human Rights Watch" and r == "demands" and t and "access" in t for a, r, t in got), got


def test_a_pledges_conjunct_shares_its_would(extract):
    # "would abolish X and replace it with Y": the second act is pledged too
    text = "The Green Party would abolish student fees and replace them with a graduate tax."
    got = labels(extract(text))
    assert any(a == "Green Party" and r == "proposes" and t and "graduate tax" in t for a, r, t in got), got


def test_a_negated_pledge_rules_the_act_out(extract):
    # "would not raise VAT": a pledge against the rise, which had been dropped
    text = "Shadow chancellor Mark Field said a Conservative government would freeze council tax and would not raise VAT."
    got = labels(extract(text))
    assert any(r == "rejects" and t and "VAT" in t for _, r, t in got), got
    assert not any(r == "proposes" and t and "VAT" in t for _, r, t in got), got
    # another's act foretold is no refusal of the speaker's or theirs
    assert not any(r == "rejects" for _, r, _ in labels(extract("The Liberal Democrats said Labour would not raise VAT."))), got
