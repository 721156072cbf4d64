"""An act done to a vocabulary issue keeps its verb ("normalize relations", "water down the reforms",
"cut ties"), where the label had been cut to the issue ("relations", "reforms", "ties"); the carrier
verbs ("hold talks", "reach a ceasefire") still give the issue alone."""
from conftest import labels


def test_wanted_act_on_an_issue_keeps_its_verb(extract_learned):
    # news2025 probe: 'wants to normalize relations with Belarus' (gold "normalize relations", kg "relations")
    got = labels(extract_learned('"President Trump wants to normalize relations with Belarus," he said.'))
    assert ("Donald Trump", "supports", "normalize relations") in got


def test_refused_weakening_keeps_its_verb(extract_learned):
    # bbc2004 probe: 'would not water down the reforms' (gold "watering down the reforms", kg "reforms")
    got = labels(extract_learned("Tony Blair insisted he would not water down the reforms."))
    assert ("Tony Blair", "rejects", "water down reforms") in got


def test_carrier_verb_gives_the_issue(extract_learned):
    # written: a carrier verb's object is the issue itself
    got = labels(extract_learned("The minister called on both sides to hold talks."))
    assert ("Minister", "demands", "talks") in got
