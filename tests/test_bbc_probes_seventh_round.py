"""UK politics sentences (BBC style) the probebbc7 writer found missed or misread; each sentence is
written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_title_carrying_its_own_name_is_not_the_last_holder(extract):
    got = labels(extract("BBC chairman Michael Grade welcomed the proposals. The chairman of the Commons culture "
                         "select committee, Gerald Kaufman, has called for the licence fee to be phased out."))
    assert any(a == "Gerald Kaufman" and r == "demands" for a, r, _ in got), got
    assert not any(a == "Michael Grade" and r == "demands" for a, r, _ in got), got


def test_a_second_passive_with_its_own_agent_shares_the_first_subject(extract):
    got = labels(extract("The cuts were recommended by Sir Peter Gershon in his review, and were accepted in "
                         "full by Chancellor Gordon Brown."))
    assert ("Gordon Brown", "accepts", "cuts") in got, got


def test_a_past_passive_without_agent_is_not_the_speakers_act(extract):
    got = labels(extract("Council leader Merrick Cockell said residents had been ignored."))
    assert not any(a == "Merrick Cockell" and r == "rejects" for a, r, _ in got), got
    got = labels(extract("Mr Howard said ID cards should be scrapped."))  # a modal passive stays his demand
    assert any(a == "Michael Howard" for a, _, _ in got), got


def test_time_had_to_do_something_is_no_obligation(extract):
    got = labels(extract('"Labour has had eight years to sort this out and it has made things worse by stopping heads '
                         'from excluding violent pupils," he told the BBC.'))
    assert not any(r == "demands" for _, r, _ in got), got
    got = labels(extract("Mr Collins said the government has to rethink its plans."))  # still an obligation
    assert any(r == "demands" for _, r, _ in got), got


def test_confirmed_plans_are_proposed(extract):
    got = labels(extract("London Mayor Ken Livingstone has confirmed plans to extend the congestion charge zone "
                         "westwards into Kensington and Chelsea."))
    assert any(a == "Ken Livingstone" and r == "proposes" for a, r, _ in got), got
    got = labels(extract("The ministry confirmed reports of the attack."))  # news confirmed: no proposal
    assert not any(r == "proposes" for _, r, _ in got), got
