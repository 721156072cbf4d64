"""Wrong actors: the speaker of a quotation with no verb of its own, ... Each sentence here is
written for its test or taken from train."""
from __future__ import annotations

from conftest import labels


def test_a_quotation_after_a_reported_sentence_is_its_speakers(extract):
    # (train) the quotation follows "..., he argued."; the spokesman after it reports words of his own
    text = ("Labour campaign spokesman Fraser Kemp said the poster had been misunderstood. The image simply "
            "portrayed Mr Howard as a hypnotist, he argued. \"Concern has been expressed and clearly we have to "
            "take those views on board but I would emphasise that if you see the posters, the common theme... is "
            "that the Tories are trying to con you.\" A Labour spokesman later said the timing of removing the "
            "controversial image from the party's website was not affected by the row.")
    got = labels(extract(text))
    assert any(a == "Fraser Kemp" and r == "demands" for a, r, _ in got), got
    assert not any(a == "Labour spokesman" for a, _, _ in got), got


def test_she_after_a_mans_quotation_does_not_continue_it(extract):
    # the article lost the woman's name: "she" is no reason to credit the man quoted before
    text = ("Writing in a newspaper column, Peter Walsh urged his party to unite.\n"
            "\"We must reach out to those who lost, and we must build bridges,\" he wrote.\n"
            "On Monday she said that she would \"of course\" oppose the new budget.")
    got = labels(extract(text))
    assert ("Peter Walsh", "demands", "bridges") in got, got
    assert not any(a == "Peter Walsh" and r == "says" for a, r, _ in got), got


def test_a_role_noun_capitalised_at_the_start_of_a_sentence_leaves_the_name(extract):
    # "Backbencher" opens the sentence and the tagger takes it into the name
    got = labels(extract("Backbencher Stephen Hale said the plan was unworkable."))
    assert any(a == "Stephen Hale" for a, _, _ in got), got
    assert not any(a.startswith("Backbencher") for a, _, _ in got), got


def test_a_name_after_a_role_and_a_comma_is_the_subject(extract):
    # no comma closes the apposition, so the parser makes the role and the name two subjects
    # (the same two-subject parse as "... QC warned there was a danger of unfair trials", which since the
    # thirty-fifth session reads no threat: a danger warned of at no one is a forecast, as train's gold codes it)
    got = labels(extract("The new president of the Law Society, Anna Brooks QC warned that the bill would "
                         "undermine fair trials."))
    assert any(a == "Anna Brooks" for a, _, _ in got), got
    assert not any("president" in a.lower() for a, _, _ in got), got


def test_mr_and_a_surname_tagged_as_one_organisation_is_the_person(extract):
    # the tagger reads "Mr Balls" as an organisation; the article named Tom Balls in full before
    got = labels(extract("Tom Balls, a former adviser, praised the budget. During an interview with BBC Radio 4's "
                         "Today programme, Mr Balls criticised the plan."))
    assert ("Tom Balls", "opposes", "plan") in got, got
    assert not any(a == "Mr Balls" for a, _, _ in got), got
