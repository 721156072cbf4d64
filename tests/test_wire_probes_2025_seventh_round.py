"""Errors found on 2025 news written in the style of outlets none of our sets has (The Economist,
Hurriyet Daily News, The Diplomat, VOA, Gulf News, Semafor); each sentence is from those probes."""
from __future__ import annotations

from conftest import labels


def test_a_move_called_unlawful_or_a_retreat_is_opposed(extract):
    # verdicts of illegality and of giving ground are criticism like "illegal"
    got = labels(extract("Harvard called the move unlawful."))
    assert ("Harvard", "opposes", "move") in got, got
    got = labels(extract('Larry Summers, a former treasury secretary, called the Chinese truce "a retreat dressed up as a victory".'))
    assert ("Larry Summers", "opposes", "Chinese truce") in got, got
    assert ("Larry Summers", "supports", "Chinese truce") not in got, got


def test_a_second_object_of_call_for_hung_on_the_verb_is_a_target(extract):
    # the parser makes "entry" the verb's conjunct, not the second object of "for"
    got = labels(extract("At a summit with Trump in Riyadh on Wednesday, GCC leaders called for an end to the war "
                         "in Gaza and the immediate entry of humanitarian aid."))
    assert any(r == "demands" and t and "aid" in t for _, r, t in got), got
    assert any(r == "demands" and t and "end to war" in t for _, r, t in got), got


def test_a_person_received_or_welcomed_as_a_guest_is_met(extract):
    # a leader received at a palace is met, not supported; a decision welcomed is still supported
    got = labels(extract("His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received Trump "
                         "at Qasr Al Watan in Abu Dhabi."))
    assert any(r == "consults" and t == "Donald Trump" for _, r, t in got), got
    assert not any(r == "supports" for _, r, _ in got), got
    got = labels(extract("The opposition welcomed the decision."))
    assert ("Opposition", "supports", "decision") in got, got


def test_a_sheikh_goes_by_the_first_name(extract):
    # "Sheikh Mohamed" after "Sheikh Mohamed bin Zayed Al Nahyan": the same man, as "Sir Digby" is
    text = ("His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received Trump at Qasr Al Watan "
            "in Abu Dhabi. Sheikh Mohamed praised Trump's vision for peace.")
    got = labels(extract(text))
    assert any(a == "Mohamed bin Zayed Al Nahyan" and r == "praises" for a, r, _ in got), got
    assert not any(a == "Mohamed" for a, _, _ in got), got


def test_whom_a_matter_is_discussed_with_is_met_where_with_hangs_on_the_matter(extract):
    text = ('"Istanbul has once again become a city of peace," Erdogan said, adding that he had discussed the issue '
            "with U.S. President Donald Trump in a phone call.")
    got = labels(extract(text))
    assert any(r == "consults" and t == "Donald Trump" for _, r, t in got), got


def test_it_as_the_object_of_a_demanded_act_takes_up_the_issue(extract):
    # "urged Congress to block it": the gift just criticised, not Congress
    text = "Democrats in Washington have criticised the gift. Senate Minority Leader Chuck Schumer has urged Congress to block it."
    got = labels(extract(text))
    assert ("Chuck Schumer", "demands", "gift") in got, got
