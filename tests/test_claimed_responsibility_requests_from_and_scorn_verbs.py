"""Sentences where kg kept nothing: cues general English has and the lexicon lacked. Each sentence
is written for its test."""
from __future__ import annotations

from conftest import labels


def test_claiming_responsibility_for_an_attack_accepts_it(extract):
    got = labels(extract("Hamas has claimed responsibility for the bombing in the city centre."))
    assert any(a == "Hamas" and r == "accepts" and t and "bombing" in t for a, r, t in got), got


def test_warning_about_a_policy_opposes_it(extract):
    # as "warned against": the warner argues against what it warns about
    got = labels(extract("The union warned about the new contracts for junior doctors."))
    assert any(r == "opposes" and t and "contracts" in t for _, r, t in got), got


def test_an_act_from_an_actor_is_the_actors(extract):
    # "a request from the charity for ...", "calls from Labour MPs for ...": "from" names who acts
    got = labels(extract("The ministry rejected a request from Greenpeace for the release of the documents."))
    assert any(a == "Greenpeace" and r == "demands" and t and "release" in t for a, r, t in got), got
    got = labels(extract("Calls from Labour MPs for a public inquiry have grown."))
    assert any(a == "Labour MPs" and r == "demands" and t and "inquiry" in t for a, r, t in got), got


def test_general_english_verbs_of_stance(extract):
    # verbs the lexicon lacked, each as its near synonym already listed (criticise, reject, support)
    cases = {"The senator chided the administration over its slow response.": ("opposes", "administration"),
             "Opposition leaders lambasted the budget.": ("opposes", "budget"),
             "Critics lamented the decision to cut the budget.": ("opposes", "decision"),
             "The president snubbed the invitation.": ("rejects", "invitation"),
             "The group renounced violence.": ("rejects", "violence"),
             "The Supreme Court upheld the ban on protests.": ("supports", "ban")}
    for text, (relation, target) in cases.items():
        got = labels(extract(text))
        assert any(r == relation and t and target in t for _, r, t in got), (text, got)


def test_expressed_dismay_at_opposes(extract):
    # nouns of displeasure after a light verb, as "expressed anger about"
    for text in ("Labour MPs expressed dismay at the decision to close the hospital.",
                 "The minister voiced frustration with the pace of the talks.",
                 "Teachers expressed outrage over the new pay deal."):
        got = labels(extract(text))
        assert any(r == "opposes" for _, r, _ in got), (text, got)


def test_drawing_up_plans_proposes_them(extract):
    got = labels(extract("The council has drawn up plans to close three schools."))
    assert any(a == "Council" and r == "proposes" and t and "schools" in t for a, r, t in got), got

