"""Effect verbs whose direction hangs on their object: what an issue is said to stop, prevent, end or save
("would deter people from seeking help" against it, "would stop peers from wrecking measures" for it). Sentences
from the probes' hand-coded news (bench/probes) and written for these tests."""
from __future__ import annotations

from conftest import labels


def test_people_kept_from_a_harmless_act_oppose_the_issue(extract):
    # probebbc: "Rowan Atkinson said the proposed law would stop comics and authors from poking fun at religion."
    got = labels(extract("Rowan Atkinson said the proposed law would stop comics and authors from poking fun at religion."))
    assert any(a == "Rowan Atkinson" and r == "opposes" and "law" in t for a, r, t in got), got
    # probebbc: "Paul Farmer, said the plans would deter people from seeking help." (gold opposes the bill)
    got = labels(extract("The charity's chairman, Paul Farmer, said the plans would deter people from seeking help."))
    assert any(a == "Paul Farmer" and r == "opposes" and "plans" in t for a, r, t in got), got


def test_a_harm_stopped_or_lives_saved_back_the_issue(extract):
    # probebbc: "He said the change would stop peers from "wrecking" measures ..." (gold supports the limit)
    got = labels(extract("Lord Falconer said the change would stop peers from \"wrecking\" measures that had been promised in Labour's election manifesto."))
    assert any(a == "Lord Falconer" and r == "supports" and "change" in t for a, r, t in got), got
    # probebbc: "Health Minister Andy Kerr said the ban would save hundreds of lives every year." (gold supports)
    got = labels(extract("Health Minister Andy Kerr said the ban would save hundreds of lives every year."))
    assert any(a == "Andy Kerr" and r == "supports" and "ban" in t for a, r, t in got), got
    # written: a harm prevented
    got = labels(extract("The minister said the new rules would prevent abuse of the benefits system."))
    assert any(r == "supports" and "rules" in t for _, r, t in got), got


def test_a_thing_stopped_that_is_no_harm_says_nothing(extract):
    # written: what is stopped or deterred is neither a harm nor people kept from an act
    for text in ("The minister said the sanctions would deter Iran.",
                 "The minister said the strike would halt production at the plant.",
                 "The minister said the sanctions would not stop the programme."):
        got = labels(extract(text))
        assert not any(r in {"supports", "opposes"} and ("sanctions" in t or "strike" in t) for _, r, t in got), (text, got)


def test_a_vote_to_do_an_act_backs_the_act(extract):
    # probebbc: "Peers had earlier voted to delay the ban for 18 months, ..." (gold: the Lords support the delay)
    got = labels(extract("Peers had earlier voted to delay the ban for 18 months, but Labour MPs rejected the compromise."))
    assert any(a == "Peers" and r == "supports" and "delay" in t for a, r, t in got), got
    # world2016 probe: "... a day after the European Parliament voted to freeze membership talks with Ankara"
    got = labels(extract("The European Parliament voted on Thursday to freeze membership talks with Ankara."))
    assert any(a == "European Parliament" and r == "supports" and "freeze" in t for a, r, t in got), got


def test_a_vote_to_do_what_a_cue_names_is_left_to_the_cue(extract):
    # written: "reject" speaks for itself; a vote refused backs nothing
    got = labels(extract("The Senate voted to reject the budget on Thursday."))
    assert not any(r == "supports" for _, r, _ in got), got
    got = labels(extract("Senator Jones said he would not vote to raise the debt ceiling."))
    assert not any(r == "supports" and "debt" in t for _, r, t in got), got
    # probe29b: "Peru's Congress voted early on Friday to remove President Dina Boluarte from office" (gold: opposes her)
    got = labels(extract("Peru's Congress voted early on Friday to remove President Dina Boluarte from office."))
    assert not any(r == "supports" and "Boluarte" in t for _, r, t in got), got
    # probes: "Britain voted to leave the European Union", "his party would vote to bring down the government"
    for text in ("The ruling came a week after Britain voted to leave the European Union.",
                 "Jordan Bardella said his party would vote to bring down the government."):
        got = labels(extract(text))
        assert not any(r == "supports" for _, r, _ in got), (text, got)


def test_a_vow_or_resolve_to_stop_a_thing_opposes_it(extract):
    # written, after probe31b's "Petro vows to stop buying US weapons" and train's "in a bid to prevent Maduro from
    # strengthening his power": stopping, preventing or halting a thing is acting against it, as fighting it is
    got = labels(extract("The unions vowed to stop the closures."))
    assert any(r == "opposes" and t == "closures" for _, r, t in got), got
    got = labels(extract("The government is determined to prevent a strike."))
    assert any(r == "opposes" and t == "strike" for _, r, t in got), got
    assert not any(r == "supports" and "strike" in t for _, r, t in got), got
