"""Supports and opposes read from a negated cue: a criticism not made is no support, and
"could not agree more" is the strongest agreement; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_criticism_not_made_is_no_support(extract):
    # "did not criticise the budget", "refused to condemn the invasion": no position on it, not support
    for text in ("The mayor did not criticise the new budget.",
                 "The senator refused to condemn the invasion.",
                 "The governor broke from her policy of not attacking the president."):
        got = labels(extract(text))
        assert not any(r == "supports" for _, r, _ in got), (text, got)


def test_not_opposing_still_reads_as_support(extract):
    got = labels(extract("Labour did not oppose the bill."))
    assert any(r == "supports" and t == "bill" for _, r, t in got), got


def test_could_not_agree_more_is_agreement(extract):
    got = labels(extract("The minister said she could not agree more with the unions."))
    assert any(r == "supports" for _, r, _ in got), got
    assert not any(r == "opposes" for _, r, _ in got), got
    got = labels(extract("The union leader said he couldn't disagree more with the minister's plan."))
    assert any(r == "opposes" for _, r, _ in got), got
    assert not any(r == "supports" for _, r, _ in got), got


def test_not_any_more_is_still_a_negation(extract):
    got = labels(extract("The mayor said she could not support the plan any more."))
    assert not any(r == "supports" for _, r, _ in got), got


def test_the_one_disagreed_with_is_not_more(extract, extract_learned):
    # the parser hangs "her" on "more" in "couldn't disagree with her more"
    for run in (extract, extract_learned):
        got = labels(run('Mr Jones said of Ms Palin: "I couldn\'t disagree with her more."'))
        assert not any(t == "more" for _, _, t in got), got
    got = labels(extract("The senator wrote that she couldn't disagree with the governor more."))
    assert any(r == "opposes" and t == "governor" for _, r, t in got), got


def test_a_framing_verdict_is_no_support_of_what_it_frames(extract, extract_learned):
    # "it is important to note that X", "it's fair to say that X": a frame for X, no verdict on X
    for text in ("The minister said it was important to note that the budget had been cut twice.",
                 '"It\'s fair to say that the reforms have failed," the senator said.'):
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert not any(r == "supports" for _, r, _ in got), (text, got)


def test_a_verdict_on_an_act_still_stands(extract):
    got = labels(extract("The minister said it was wrong to cut the budget."))
    assert any(r == "opposes" for _, r, _ in got), got


def test_a_pledged_support_is_support(extract):
    # "pledged support for the rebels": the stance pledged, not a proposal of "support"
    got = labels(extract("The president pledged support for the rebels."))
    assert ("President", "supports", "rebels") in got, got
    got = labels(extract("Germany offered support to Ukraine."))
    assert ("Germany", "supports", "Ukraine") in got, got
    got = labels(extract("Russia offered a ceasefire."))
    assert ("Russia", "proposes", "ceasefire") in got, got


def test_an_act_refrained_from_is_not_done(extract):
    # "refrained from attacking his rivals", "avoided criticising the president": no opposition
    for text in ("The senator refrained from attacking his rivals.", "The senator avoided criticising the president."):
        got = labels(extract(text))
        assert not any(r in {"opposes", "supports"} for _, r, _ in got), (text, got)


def test_not_because_denies_the_reason_not_the_act(extract):
    got = labels(extract("The governor said she would vote for him, not because she agrees with his views, but because "
                         "he is the better candidate."))
    assert not any(t == "views" for _, _, t in got), got
