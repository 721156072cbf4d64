"""Reported speech and plain reports of positions the rules learned to read in the tenth round, one
test each, from train sentences or written for the test (never the seeds): an act of one's own to
come, announced under a reporting verb, and verbs and nouns of stance the lexicon lacked."""
from __future__ import annotations

import pytest

from conftest import triples


def test_an_act_of_ones_own_announced_under_a_reporting_verb_is_proposed(extract):
    # from a train article (world news 2016): "deploy" is no pledge verb, but they announce their own act
    got = triples(extract("South Korea and the United States said on Friday they would deploy an advanced "
                          "missile defense system in South Korea."))
    assert ("South Korea and United States", "proposes", "advanced missile defense system") in got


def test_an_announced_act_without_an_object_is_proposed_by_its_preposition(extract):
    # from a train article (world news 2016): "stand in" has no object, its preposition names the act's field
    got = triples(extract("While his parliamentary colleagues are set to discuss a no confidence motion against "
                          "Corbyn, the beleaguered leader has stated that he will stand in any future leadership "
                          "contests."))
    assert ("Jeremy Corbyn", "proposes", "stand in future leadership contests") in got


def test_no_proposal_where_the_speaker_forecasts_someone_elses_act(extract):
    # written for this test: Labour tells of the Tories' act, it proposes nothing
    got = triples(extract("Labour said the Tories would privatise the health service."))
    assert not [t for t in got if t[1] == "proposes"]


@pytest.mark.parametrize("text, expected", [
    # written for this test, after a train sentence ("the North expresses anger about toughened
    # international sanctions"): anger, as alarm, is a noun of opposition a light verb expresses
    ("North Korea expressed anger about toughened international sanctions over its recent nuclear test.",
     ("North Korea", "opposes", "sanctions")),
    # written for this test, after a train sentence ("Pena Nieto, contradicting Trump, said ...")
    ("Pena Nieto contradicted Donald Trump at the news conference.", ("Pena Nieto", "opposes", "Donald Trump")),
    # from a train article (world news 2016), shortened: the website's hackers taunted the president
    ("Hackers published the ID information of President Tayyip Erdogan and taunted the president.",
     ("Hackers", "opposes", "Recep Tayyip Erdogan")),
    # written for this test, after a train sentence ("Washington's blacklisting of the nation's leader")
    ("The United States blacklisted Kim Jong Un for alleged human rights abuses.",
     ("United States", "accuses", "Kim Jong-un")),
    # from a train article (world news 2016), shortened: indicted by a tribunal, a passive with its agent
    # (the accused are the members the tribunal indicted, a group, not the organisation in their name)
    ("Badreddine was one of five Hezbollah members indicted by the U.N.-backed Special Tribunal for Lebanon.",
     ("Special Tribunal for Lebanon", "accuses", "Hezbollah members")),
])
def test_verbs_and_nouns_of_stance_new_to_the_lexicon(extract, text, expected):
    assert expected in triples(extract(text))
