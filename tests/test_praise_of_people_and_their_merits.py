"""Praise read where news words it without a praise verb, or with one the cues lacked; each
sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_verdict_on_people_is_praise(extract):
    # "said the police had done a fantastic job", "described the nurses as heroes": the judged are
    # people, so the verdict praises them; it is no support of an issue
    got = labels(extract("The mayor said the police had done a fantastic job during the floods."))
    assert ("Mayor", "praises", "police") in got, got
    got = labels(extract("The Labour leader described the nurses as heroes."))
    assert any(r == "praises" and t == "nurses" for _, r, t in got), got


def test_a_verdict_making_a_person_of_the_judged_is_praise(extract):
    # "was a man of courage": the verdict lies in the of-phrase of a person noun
    got = labels(extract("Barack Obama said John McCain was a man of courage."))
    assert ("Barack Obama", "praises", "John McCain") in got, got


def test_a_positive_verdict_on_an_issue_stays_support(extract):
    got = labels(extract("The minister said the new rules were a great success."))
    assert not any(r == "praises" for _, r, _ in got), got


def test_credited_with_praises_the_one_credited(extract):
    got = labels(extract("Angela Merkel credited Emmanuel Macron with saving the talks."))
    assert ("Angela Merkel", "praises", "Emmanuel Macron") in got, got


def test_praise_heaped_on_someone(extract):
    # a light verb of abundance carries the noun "praise" to whom it is heaped on
    got = labels(extract("Joe Biden heaped praise on the firefighters after the blaze."))
    assert any(a == "Joe Biden" and r == "praises" and t == "firefighters" for a, r, t in got), got


def test_the_one_congratulated_not_the_occasion(extract):
    # "on his election victory" hung on the object: the unnamed minister is praised, not the election
    got = labels(extract("The president congratulated the new prime minister on his election victory."))
    assert not any(r == "praises" and t == "election" for _, r, t in got), got
    assert any(r == "praises" and t and "prime minister" in t for _, r, t in got), got


def test_admiration_is_praise(extract):
    got = labels(extract("The prime minister said she admired the rescue workers."))
    assert any(r == "praises" and t == "rescue workers" for _, r, t in got), got
    got = labels(extract("Joe Biden expressed admiration for Angela Merkel."))
    assert ("Joe Biden", "praises", "Angela Merkel") in got, got


def test_gratitude_to_a_party_is_praise(extract):
    # "grateful to Germany", "proud of the nurses": thanks held to a party praise it (to an act it stays
    # support: "grateful for the new grants")
    got = labels(extract("Volodymyr Zelensky said he was grateful to Germany."))
    assert ("Volodymyr Zelensky", "praises", "Germany") in got, got
    got = labels(extract("The health minister said she was proud of the nurses."))
    assert any(r == "praises" and t == "nurses" for _, r, t in got), got


def test_welcoming_a_partys_leadership_praises_the_party(extract):
    # "welcomed Obama's leadership on climate change": not support of climate change, praise of Obama
    got = labels(extract("The German chancellor welcomed Barack Obama's leadership on climate change."))
    assert any(r == "praises" and t == "Barack Obama" for _, r, t in got), got
    assert not any(t == "climate change" for _, _, t in got), got
