"""Actor labels and role holders: in an undated article "the prime minister" is the one who
held the office in the period the article's named people bound (their gazetteer terms of office
overlap), not the most recently named person who ever held it; "Tory" before a noun is the
Conservative Party in British news; "the UK government" is labelled as written, a government,
not the country."""
from __future__ import annotations

from conftest import triples


def test_the_prime_minister_beside_his_chancellor_is_the_prime_minister_of_then(extract):
    # from a train article (BBC politics 2004-05, undated): coded Tony Blair, who was prime minister
    # while Gordon Brown was chancellor; Brown became prime minister only after Blair left
    text = ("Labour MPs have angrily criticised Tony Blair and Gordon Brown amid renewed reports of a rift "
            "between the two men. The new book claims Mr Prescott hosted a dinner in "
            "November 2003 where the prime minister told Mr Brown he would stand down before the next election.")
    sts = [st for st in extract(text) if "stand down" in st.sentence.text]
    assert sts and all(st.actor.label != "Gordon Brown" for st in sts)
    assert any(st.actor.label == "Tony Blair" for st in sts)


def test_tory_before_a_noun_is_the_conservative_party(extract):
    # after a train article (BBC politics 2004-05, "in Britain" added): the headline is coded
    # Conservative Party · supports
    text = ("Tory backing for ID cards\n\nThe Tories are to back controversial government plans to introduce "
            "ID cards in Britain.")
    got = {(a, r) for a, r, _ in triples(extract(text))}
    assert ("Conservative Party", "supports") in {(a, r) for a, r in got}
    heads = [st for st in extract(text) if st.sentence.text.startswith("Tory backing")]
    assert heads and all(st.actor.label == "Conservative Party" for st in heads)


def test_the_uk_government_is_a_government_not_the_country(extract):
    # from a train article (BBC 2020s): coded "UK government" · proposes (the scorer does not
    # match the country's name "United Kingdom" to it)
    sts = extract("The UK government is planning to return asylum seeker children without parents to Albania.")
    assert sts and all(st.actor.label == "UK government" for st in sts)


def test_a_former_governor_is_not_the_governor(extract):
    # after a train article (US politics 2016): "the governor" is Christie, who holds the office,
    # not Whitman, named since as "the former New Jersey governor"
    text = ("Gov. Chris Christie endorsed Donald Trump on Friday. Republican Christine Todd Whitman, the former "
            "New Jersey governor, told reporters she would rather vote for Hillary Clinton than Trump. "
            "\u201cI believe he is the best person to beat Hillary Clinton,\u201d the governor said.")
    said = [st for st in extract(text) if "best person" in st.sentence.text]
    assert said and all(st.actor.label == "Chris Christie" for st in said)
