"""Cues of general English the lexicon lacked (the uncovered-statements round, a lexical pass); each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels

import pytest


@pytest.mark.parametrize("text, expected", [
    # asking, as "implore" and "urge"
    ("Theresa May begged the unions to call off the strike.", ("Theresa May", "demands", "call off strike")),
    ("Ted Cruz lobbied Congress to pass the bill.", ("Ted Cruz", "demands", "bill")),
    ("Unions clamoured for a pay rise.", ("Unions", "demands", "pay rise")),
    # refusing, as "spurn"
    ("The RMT union defied the ban on strikes.", ("RMT union", "rejects", "ban on strikes")),
    ("Greece shunned the proposal.", ("Greece", "rejects", "proposal")),
    ("The Labour Party boycotted the vote.", ("Labour Party", "rejects", "vote")),
    # praising, as "salute"
    ("Obama acclaimed the firefighters.", ("Barack Obama", "praises", "firefighters")),
    # giving way to what others ask
    ("Italy acceded to the request.", ("Italy", "accepts", "request")),
    ("The government gave in to the unions' demands, and later bowed to the pressure.",
     ("Government", "accepts", "pressure")),
])
def test_general_cues_the_lexicon_lacked(extract, text, expected):
    got = labels(extract(text))
    assert expected in got, got


def test_give_in_a_speech_is_no_giving_way(extract):
    # "gave details in a speech": "in" is a preposition there, not the particle of "give in"
    got = labels(extract("Alan Milburn gave more details of the reforms in a speech to the Fabian Society."))
    assert not any(r == "accepts" for _, r, _ in got), got


def test_honouring_a_truce_praises_nobody(extract):
    # "honour" in political news mostly keeps a promise or a deal: no praise of the truce
    got = labels(extract("The rebels said they would honour the truce if the army withdrew."))
    assert not any(r == "praises" for _, r, _ in got), got
