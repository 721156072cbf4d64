"""Who acts when one party reports another's ("X said Y had ..."): a past deed of the party the
messenger names is the party's own (GUIDELINES: relayed positions credit the original actor); the
messenger's own charge stays his. Sentences written for these tests."""
from __future__ import annotations

from conftest import labels


def actors(statements, relation: str) -> set[str]:
    return {st.actor.label for st in statements if st.relation.value == relation}


def test_a_past_deed_told_by_a_messenger_is_the_doers(extract):
    got = extract("A government spokesman said the rebels had rejected the peace proposal.")
    assert "Rebels" in actors(got, "rejects"), labels(got)


def test_a_pronoun_doer_under_a_named_speaker_stays_the_speakers(extract):
    got = extract("Smith said it had rejected the pay offer.")
    assert "Smith" in actors(got, "rejects"), labels(got)


def test_a_charge_the_reporter_makes_stays_his(extract):
    got = extract("Pence said Trump was lying about the deal.")
    assert ("Mike Pence", "accuses", "Donald Trump") in labels(got), labels(got)


def test_a_plurals_stance_told_by_a_speaker_is_the_plurals(extract):
    got = extract("The minister said farmers were strongly opposed to the deal.")
    assert "Farmers" in actors(got, "opposes"), labels(got)
    assert "Minister" not in actors(got, "opposes"), labels(got)
