"""Said-clauses whose speaker kg read nothing of (copular48): a means called the only way to an end,
and a refusal for the country a leader calls his own. Sentences from the probes (bench/probes) or
written for the test."""
from __future__ import annotations

from conftest import labels


def rels(statements, actor: str) -> set[str]:
    return {st.relation.value for st in statements if st.actor.label == actor}


def test_the_only_way_is_called_for(extract):
    # probebbc14
    got = extract("Plaid Cymru MP Adam Price, who is leading the campaign, said impeachment was the only way "
                  "to hold Mr Blair to account.")
    assert ("Adam Price", "demands", "impeachment") in labels(got), labels(got)


def test_not_the_only_way_is_no_stance(extract):
    got = extract("Adam Price said impeachment was not the only way to hold Mr Blair to account.")
    assert not rels(got, "Adam Price") & {"demands", "opposes", "supports"}, labels(got)


def test_refusal_for_his_country_is_his(extract):
    # probe25y
    got = extract("Slovakia's Prime Minister Robert Fico said his country would not take part in a new arms race.")
    assert ("Robert Fico", "rejects", "arms race") in labels(got), labels(got)


def test_another_leaders_country_is_a_forecast(extract):
    got = extract("Robert Fico said Orban's country would not join the alliance.")
    assert "rejects" not in rels(got, "Robert Fico"), labels(got)


def test_a_measure_said_not_to_be_enough_is_opposed(extract):
    # probe (world2016): the reversal judged wanting
    got = extract("The opposition Social Democrats said the reversal was not enough.")
    assert ("Social Democrats", "opposes", "reversal") in labels(got), labels(got)
    got = extract("Hamas said the aid was not enough and accused Israel of using starvation as a weapon of war.")
    assert ("Hamas", "opposes", "aid") in labels(got), labels(got)


def test_enough_said_plainly_or_of_a_thing_lacking_is_no_verdict(extract):
    got = extract("Labour said the pay rise was enough.")
    assert not rels(got, "Labour Party") & {"supports", "opposes"}, labels(got)
    got = extract("Tony Woodley welcomed the money but said it was not enough.")
    assert "opposes" not in rels(got, "Tony Woodley"), labels(got)
