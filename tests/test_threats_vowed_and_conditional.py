"""Threats the extractor missed on the probe sets: an answer a side says it will give ("will respond
firmly"), an act it will not hesitate to do if another acts, a hostile act it will do if another acts
("would leave the agreement if ..."), and a blow vowed ("pledging to bomb ..."). The sentences are
written for these tests, but for one from TRAIN."""
from __future__ import annotations


def threats(statements) -> set[tuple]:
    return {(st.actor.label, st.target.label if st.target else None, st.addressee.label if st.addressee else None)
            for st in statements if st.relation.value == "threatens"}


def test_an_answer_said_to_come_threatens(extract):
    got = threats(extract('"We will respond," the Chinese foreign ministry said.'))
    assert got, got
    got = threats(extract("Japan will respond firmly to the new tariffs, the trade minister said."))
    assert got, got


def test_a_reply_to_come_is_no_threat(extract):
    assert not threats(extract("The ministry said it would respond to the letter next week."))
    assert not threats(extract("The council will respond to questions from residents on Monday."))


def test_an_act_one_will_not_hesitate_to_do_if_another_acts_threatens(extract):
    got = threats(extract("The foreign minister said Paris would not hesitate to reimpose sanctions if Iran "
                          "broke the deal."))
    assert ("France", "sanctions", "Iran") in got, got


def test_a_hostile_act_to_come_if_another_acts_threatens(extract):
    got = threats(extract("Johnson said Britain would leave the agreement if the court ruled against it."))
    assert any(t == "leave agreement" for _, t, _ in got), got
    got = threats(extract("Trump said he would veto the bill if Congress passed it."))
    assert ("Donald Trump", "bill", "Congress") in got, got


def test_one_is_no_addressee_of_his_own_condition(extract):
    got = threats(extract("Trump said he would quit the race if he lost the vote."))
    assert not any(a == "Donald Trump" for _, _, a in got), got


def test_a_blow_vowed_threatens(extract):
    got = threats(extract('Trump warned against allowing in the refugees, pledging to "quickly and decisively bomb '
                          'the hell out of ISIS."'))  # train
    assert any(a == "Donald Trump" for a, _, _ in got), got
    got = threats(extract("The government vowed to destroy the drug cartels."))
    assert got, got
