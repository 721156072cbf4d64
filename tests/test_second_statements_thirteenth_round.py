"""Second statements of an actor the rules already find, from train sentences: a list the parser
hangs on the verb's modifier just after the object is still a list of targets; a gerund the parser
coordinates with the verb after its object is a further object; "called Palin a clown" names and
judges her, with no "call on" demand; one who holds a stance ("an advocate for", "as a backer of")
holds it on what a "for" phrase names too, and with "as" before the verb of the sentence; "speak out
about" someone opposes them; to "distance oneself from" something rejects it."""
from __future__ import annotations

from conftest import triples


def test_a_list_after_a_modifier_hung_on_the_verb_gives_one_statement_per_item(extract):
    # adapted from a train article (BBC politics 2004-05): coded supports wider home ownership · welfare reform
    text = ("In the speech, Alan Milburn backed choice in schools and hospitals, wider home ownership and changes "
            "to the welfare system.")
    got = {t for a, r, t in triples(extract(text)) if a == "Alan Milburn" and r == "supports"}
    assert any("home ownership" in t for t in got)
    assert any("welfare system" in t for t in got)


def test_a_gerund_coordinated_with_the_verb_is_a_further_object(extract):
    # from a train article (PolNeAR, US politics 2016): coded accepts warrantless searches · registering Muslims
    text = ("In an interview with Yahoo News published Thursday, Donald Trump did not rule out warrantless searches "
            "or registering Muslims in a database.")
    got = {t for a, r, t in triples(extract(text)) if a == "Donald Trump" and r == "accepts"}
    assert any("searches" in t for t in got)
    assert any("Muslims" in t for t in got)


def test_calling_someone_a_clown_opposes_them_and_demands_nothing(extract):
    # from a train article (PolNeAR, US politics 2016): coded Glenn Beck · opposes · Sarah Palin
    text = "Last September, Glenn Beck called Sarah Palin a “clown” on his radio show."
    got = triples(extract(text))
    assert ("Glenn Beck", "opposes", "Sarah Palin") in got
    assert not any(r == "demands" for a, r, t in got)


def test_an_advocate_for_an_issue_supports_it(extract):
    # from a train article (PolNeAR, US politics 2016): coded Lindsey Graham · supports · mass migration
    text = ("Sen. Ted Cruz refuses to disavow the endorsement of Sen. Lindsey Graham, Congress’ most zealous advocate "
            "for wage-cutting mass migration, foreign military interventionism, and donor-driven attacks on GOP voters.")
    got = {t for a, r, t in triples(extract(text)) if a == "Lindsey Graham" and r == "supports"}
    assert any("mass migration" in t for t in got)


def test_as_a_backer_before_the_verb_is_the_subjects_stance(extract):
    # from a train article (PolNeAR, US politics 2016): coded Lindsey Graham · supports · the amnesty plans
    text = ("Graham, as a backer of the 2013 Rubio-Schumer amnesty plan and the 2007 McCain-Kennedy amnesty plan "
            "before that, is perhaps the Republican Party’s most outspoken proponent of open borders immigration policies.")
    got = {t for a, r, t in triples(extract(text)) if r == "supports"}
    assert any("Rubio-Schumer" in t for t in got)


def test_speaking_out_about_someone_opposes_them(extract):
    # from a train article (PolNeAR, US politics 2016): coded opposes police brutality · opposes Hillary Clinton
    text = ("Several hundred demonstrators aligned with the Black Lives Matter movement took to the streets of North "
            "Philadelphia on Tuesday afternoon to raise concerns about police brutality and speak out about  Democratic "
            "nominee Hillary Clinton.")
    got = triples(extract(text))
    assert any(r == "opposes" and t == "Hillary Clinton" for a, r, t in got)


def test_distancing_oneself_from_something_rejects_it(extract):
    # from a train article (Reuters world 2016): coded Vote Leave · rejects · the poster, supports · its focus
    text = ("The official 'Vote Leave' campaign sought to distance itself from the poster but defended its focus on "
            "immigration - an issue that has resonated with many voters.")
    got = {(r, t) for a, r, t in triples(extract(text))}
    assert ("rejects", "poster") in got
    assert any(r == "supports" and "immigration" in t for r, t in got)
