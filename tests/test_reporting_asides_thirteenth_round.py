"""Speakers of quotations the rules find better in the thirteenth round, from train sentences
or written for the test (never the seeds): a reporting verb set as an aside in the clause
("As a result, says the committee, the government may need to ...") makes the quoted words
the aside's speaker's, not the clause subject's; the one who "was told" something hears it;
an institution in a reported clause ("Peskov said the government would not respond to "..."")
does not speak, its reporter does; and a headline's first-person words after a name and a
colon ("Bernie Sanders: I'm Not Much Of A Socialist ...") are that name's quotation."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, speaker, not_speaker", [
    # from a train article (BBC politics 2004-05): coded the committee, not the government
    ('As a result, says the committee, the government may need to re-legislate to "remove ambiguity" over how '
     'murderers should be sentenced.', "committee", "government"),
    # written for the test: the same aside with a named speaker
    ('For now, says Jane Smith, the council will have to "live with it" until May.', "Jane Smith", "council"),
])
def test_an_aside_reporting_verb_speaks_for_its_clause(extract, text, speaker, not_speaker):
    got = triples(extract(text))
    actors = {a for a, r, _ in got if r == "says"}
    assert any(speaker.lower() in a.lower() for a in actors)
    assert not any(a.lower() == not_speaker for a in actors)


@pytest.mark.parametrize("text, speaker, hearer", [
    # from a train article (BBC politics 2004-05): coded Simon Hughes's words
    ('For the Lib Dems, Simon Hughes said many pensioners are means tested for the money they needed and '
     'students who were told there wouldn\'t be tuition fees and more debt "have been given exactly the '
     'opposite".', "Simon Hughes", "students"),
    # written for the test: a passive "was asked" hears the question
    ('Jane Smith said voters who were asked about the plan "did not like it one bit".', "Jane Smith", "voters"),
])
def test_one_who_was_told_is_no_speaker(extract, text, speaker, hearer):
    got = triples(extract(text))
    actors = {a for a, _, _ in got}
    assert speaker in actors
    assert hearer not in {a.lower() for a in actors}


@pytest.mark.parametrize("text, speaker", [
    # from a train article (2016 campaign coverage): coded Bernie Sanders · says
    ("Bernie Sanders: I\u2019m Not Much Of A Socialist Compared To Eisenhower.\n\n"
     "On Monday, Sanders spoke in Vermont.", "Bernie Sanders"),
    # written for the test: a headline's first-person words after a name and a colon
    ("Jane Smith: We Will Fight The New Tax\n\nOn Monday, Jane Smith spoke to members.", "Jane Smith"),
])
def test_first_person_words_after_a_name_and_colon_are_its_own(extract, text, speaker):
    got = extract(text)
    assert any(s.actor.label == speaker and s.quote is not None for s in got)


def test_a_topic_before_a_colon_speaks_not(extract):
    # written for the test: a topic label and a colon open a headline with no first person
    got = extract("Brexit: UK government calls for calm\n\nThe pound fell on Monday.")
    assert not any(s.actor.label == "Brexit" for s in got)


@pytest.mark.parametrize("text, speaker, body", [
    # from a train article (2016 Panama Papers coverage): Peskov's words, not the government's
    ("Putin spokesman Dmitry Peskov said last week that the government would not respond to "
     "\u201choney-worded queries\u201d from the consortium.", "Dmitry Peskov", "government"),
    # written for the test: an administration in the reported clause
    ('Jane Smith said the administration would "never give in" on the tariffs.', "Jane Smith", "administration"),
])
def test_an_institution_in_a_reported_clause_does_not_speak(extract, text, speaker, body):
    got = triples(extract(text))
    actors = {a for a, r, _ in got if r == "says"}
    assert speaker in actors
    assert not any(a.lower() == body for a in actors)
