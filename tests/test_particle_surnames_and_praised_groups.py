"""Misses of the probew16o world-2016 probe (wire news: THAAD, Bahrain, Zambia, the Dutch referendum,
the Geneva Syria talks), each a general English pattern on a sentence written for the probe."""
from __future__ import annotations

from conftest import labels


def test_a_particled_surname_capitalised_at_a_sentence_start_is_the_person(extract, extract_learned):
    # "De Mistura said he would meet ...": the small NER tags a sentence-initial "De Mistura" an
    # organisation, so "he" went to the last person named before (the Saudi minister)
    text = ("United Nations envoy Staffan de Mistura suspended Syria peace talks on Wednesday. "
            "Saudi Foreign Minister Adel al-Jubeir praised the opposition. "
            "De Mistura said he would meet members of the International Syria Support Group in Munich next week.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(a == "Staffan de Mistura" and r == "consults" for a, r, _ in got), got
        assert not any(a == "Adel al-Jubeir" and r == "consults" for a, r, _ in got), got


def test_a_particled_surname_tagged_a_person_is_the_one_named_in_full(extract):
    text = ("Belgian Prime Minister Bart De Wever rejected the plan on Thursday. "
            "Later, De Wever said he would block the decision.")
    got = labels(extract(text))
    assert not any(a == "De Wever" for a, _, _ in got), got


def test_a_conjunct_without_a_subject_shares_the_nearest_conjunct_subject_before_it(extract, extract_learned):
    # the parser hung "said" on the first clause's passive "was declared" rather than on "rejected":
    # "A was declared the winner, but B rejected the result and said he would challenge it": B says
    text = ("Zambian President Edgar Lungu was declared the winner of the election on Monday, but his main rival "
            "Hakainde Hichilema rejected the result and said he would challenge it in court.")
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Hakainde Hichilema", "rejects", "result") in got, got
        assert not any(a == "Edgar Lungu" for a, _, _ in got), got


def test_a_party_praised_for_an_act_is_the_target_even_when_its_name_is_a_stance_noun(extract, extract_learned):
    # "the opposition" is also the noun of opposing: praised (or thanked) "for" something, it is the party
    text = 'Saudi Foreign Minister Adel al-Jubeir praised the opposition for showing "great flexibility".'
    # (the quoted words still get a statement of their own from the quotations' path)
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Adel al-Jubeir", "praises", "opposition") in got, got
