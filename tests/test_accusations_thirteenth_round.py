"""Accusations the rules find better in the thirteenth round, from train sentences or written for
the test (never the seeds): one who sues another, or files a lawsuit or complaint against it,
accuses it, and the accused is whom the complaint is "against", not the relief it asks "for"."""
from __future__ import annotations

from conftest import triples


def test_suing_accuses_the_one_sued(extract):
    # written for the test
    got = triples(extract("Smith sued the city over the ban."))
    assert ("Smith", "accuses", "city") in got


def test_a_lawsuit_filed_against_an_actor_accuses_it(extract):
    # written for the test
    got = triples(extract("The company filed a lawsuit against Google."))
    assert any(r == "accuses" and t == "Google" for _, r, t in got)


def test_a_complaint_accuses_whom_it_is_against_not_the_relief_it_asks_for(extract):
    # from a train article (US politics 2016): coded North Carolina legislative leaders · accuses · DOJ
    text = ("Leaders of the North Carolina Senate and House of Representatives filed a separate complaint for "
            "declaratory relief against the DOJ, Lynch, and Gupta.")
    got = {(r, t) for _, r, t in triples(extract(text))}
    assert ("accuses", "DOJ") in got
    assert ("accuses", "declaratory relief") not in got


def test_a_speaker_who_says_another_will_con_people_accuses_it(extract):
    # written for the test, after a train sentence (BBC politics 2004-05): coded Nick Griffin · accuses · Tories
    got = triples(extract('"The Tories will con enough people to make a significant hole in our vote," Griffin said.'))
    assert any(a == "Griffin" and r == "accuses" and t in {"Tories", "Conservative Party"} for a, r, t in got)


def test_one_said_to_be_to_blame_is_accused_by_the_speaker(extract):
    # from a train article (Reuters, Bangladesh 2016): coded Asaduzzaman Khan · accuses · home-grown militants
    text = ("Khan told Reuters in an interview that home-grown militants responsible for a wave of killings against "
            "individual members of minority groups in the past year and a half were to blame.")
    got = triples(extract(text))
    assert any(a == "Khan" and r == "accuses" and "militants" in t.lower() for a, r, t in got)


def test_the_one_to_blame_is_no_accuser(extract):
    # written for the test
    got = triples(extract("The minister said Russia was to blame for the attack."))
    assert ("Minister", "accuses", "Russia") in got
    assert not any(a == "Russia" for a, _, _ in got)
