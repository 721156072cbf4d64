"""Errors found on May 2025 news written in the style of outlets none of our sets has (Kyiv Post,
Financial Times, Haaretz, Arab News, Korea Herald, Axios); each sentence is written for its test."""
from __future__ import annotations

from conftest import labels


def test_threatened_with_names_the_consequence(extract):
    # "threatened Russia with new sanctions": Russia is the one threatened, the sanctions the threat
    got = labels(extract('The European leaders threatened Russia with "massive" new sanctions if it refused the truce.'))
    assert ("European leaders", "threatens", "sanctions") in got, got
    got = labels(extract("The union threatened the company with strike action."))
    assert ("Union", "threatens", "strike action") in got, got


def test_the_crown_prince_is_the_one_named_so(extract):
    # "Crown Prince Mohammed bin Salman ... The crown prince praised": an office like "the emir"
    text = ("US President Donald Trump met Crown Prince Mohammed bin Salman in Riyadh on Tuesday. "
            "The crown prince praised the American leader for his courage.")
    got = labels(extract(text))
    assert ("Mohammed bin Salman", "praises", "Donald Trump") in got, got


def test_a_scare_quoted_feeling_still_takes_its_cause(extract):
    # 'was "horrified" by the terms': the quote marks make the tagger read an adjective
    got = labels(extract('The federation said it was "horrified" by the terms.'))
    assert any(r == "opposes" and t == "terms" for _, r, t in got), got


def test_calling_an_act_unlawful_or_a_grift_opposes_it(extract):
    got = labels(extract('The university president called the move "unlawful" and vowed to defend the students.'))
    assert any(r == "opposes" and t == "move" for _, r, t in got), got
    got = labels(extract('The senator called the offer "a grift".'))
    assert any(r == "opposes" and t == "offer" for _, r, t in got), got


def test_a_prince_goes_by_his_first_name(extract):
    # "Crown Prince Mohammed bin Salman ... Prince Mohammed said": the one named in full, like "Sir Digby"
    text = ("Trump met Crown Prince Mohammed bin Salman in Riyadh. "
            '"This decision will open a new chapter for the Syrian people," Prince Mohammed said.')
    got = labels(extract(text))
    assert any(a == "Mohammed bin Salman" and r == "says" for a, r, _ in got), got


def test_the_source_a_quote_is_credited_to_is_no_target():
    # '..., Prince Mohammed said, according to the Saudi Press Agency': where the words were reported
    from kg.config import Settings
    from kg.extract.target_candidates import where_said
    from kg.lexicon import load_lexicon
    from kg.nlp import load_pipeline

    s = Settings.from_env()
    nlp = load_pipeline(s.model, s.ontology)
    sent = next(iter(nlp('"This is a new chapter," the prince said, according to the state news agency.').sents))
    agency = next(t for t in sent if t.lower_ == "agency")
    assert agency.i in where_said(load_lexicon(s.ontology), sent)


def test_a_hyphenated_given_name_stays_whole(extract):
    # the NER ends "Lee Jun-seok" at the hyphen: the role words before it then made the actor's label
    got = labels(extract("Reform Party candidate Lee Jun-seok rejected calls to merge his campaign."))
    assert any(a == "Lee Jun-seok" and r == "rejects" for a, r, _ in got), got
