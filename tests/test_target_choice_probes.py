"""Target choice: what a position is about, not who speaks, how or where (sentences written for these tests,
after the kinds of wrong targets read on the train set)."""
from __future__ import annotations

import pytest

from tests.test_learned import units_of


def options_of(text: str, speaker: str) -> set[str]:
    from kg.extract.target_options import target_options

    return {t.label for u in units_of(text) for c in u.actors if c.actor.label == speaker
            for t in target_options(u, c)}


@pytest.mark.parametrize("text, speaker, not_target", [
    # the speaker's apposition names who speaks, also where a pronoun of the quotation is the candidate's token
    ('"We are deeply worried about the new rules," said Anna Grey, spokeswoman for Refugee Action, the charity.',
     "Anna Grey", "Refugee Action"),
    # an apposition on the body a role noun places its holder in says who speaks ("a spokesman for X, Y")
    ('A spokesman for Amnesty International, the human rights group, said on Monday: "We are still hoping for a deal."',
     "Amnesty International spokesman", "human rights"),
    # how words were said: "by telephone" is a channel, as "in a statement" is
    ('Martha Lind told reporters by telephone on Monday: "We welcome the decision to reopen the border."',
     "Martha Lind", "telephone"),
])
def test_who_speaks_and_how_are_no_target(text, speaker, not_target):
    opts = options_of(text, speaker)
    assert opts, "the speaker has target options"
    assert not_target not in opts, opts


def test_a_gerund_act_is_labelled_as_written(extract):
    # coders write a gerund object as the text does ("registering voters"), not as its verb's lemma
    got = {st.target.label for st in extract("The minister did not rule out new checks or registering voters "
                                              "in a national database.") if st.target}
    assert "registering voters" in got, got


@pytest.mark.parametrize("text, target", [
    # a generic noun names its issue by the clause that says what it does
    ("The union called for a legal system that protects safety whistleblowers.",
     "legal system that protects safety whistleblowers"),
    ("The minister urged Iran to refrain from actions that further destabilize the region.",
     "halt of actions that further destabilize region"),
])
def test_a_generic_noun_names_its_issue_by_what_it_does(extract, text, target):
    got = {st.target.label for st in extract(text) if st.target}
    assert target in got, got


@pytest.mark.parametrize("text, owner", [
    # a named body that an owner's possessive places is itself the accused, not its owner
    ("The union filed a complaint against Obama's DOJ and the attorney general.", "Barack Obama"),
    ("The Treasury accused Macau's Banco Delta Asia of hiding illicit earnings.", "Macau"),
])
def test_a_named_body_is_not_its_owner(extract, text, owner):
    got = {(st.relation.value, st.target.label) for st in extract(text) if st.target}
    assert any(r == "accuses" for r, _ in got), got
    assert ("accuses", owner) not in got, got


def test_the_act_an_actor_is_kept_from_is_the_target(extract):
    # "block X from taking Y": the position is on the taking of Y, not on the actor X
    got = {(st.relation.value, st.target.label) for st in extract(
        "Chile may block Peru from taking the chair of the fisheries commission.") if st.target}
    assert any(r == "opposes" and "chair" in t for r, t in got), got
    assert ("opposes", "Peru") not in got, got


@pytest.mark.parametrize("text, target", [
    # an act named by a verb and its prepositional object is the act, not the object alone
    ("The Greens have warned both parties against pandering to big donors.", "pandering to big donors"),
    ("The mayor urged residents to focus on the safety of children.", "focus on safety of children"),
])
def test_a_verb_with_its_prepositional_object_is_the_act(extract, text, target):
    got = {st.target.label for st in extract(text) if st.target}
    assert target in got, got


@pytest.mark.parametrize("text, act, light", [
    # a light noun object names no issue: the act its infinitive or "of" phrase names does
    ("The senator said she saw no need to change her vote on the bill.", "change her vote on bill", "saw need"),
    ("The union said part-time staff stand little chance of promotion.", "promotion", "stand little chance"),
])
def test_a_light_noun_object_stands_for_its_act(text, act, light):
    opts = {label for u in units_of(text) for label in (t.label for t in u.targets)}
    assert act in opts, opts
    assert light not in opts, opts


def test_a_things_act_is_not_its_issue(extract):
    # "the talks would lead to a settlement": a thing as subject carries the issue, its verb is no act
    got = {st.target.label for st in extract("The minister expressed the hope that the talks would lead to a truce.")
           if st.target}
    assert not any(label.startswith("lead") for label in got), got
