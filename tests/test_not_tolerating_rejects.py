"""Bearing a thing refused ("would not tolerate attacks", "would not countenance a referendum") rejects it;
borne, it is no position at all ("universities that tolerated anti-Semitism")."""
from conftest import labels


def test_not_tolerating_a_thing_rejects_it(extract, extract_learned):
    # "would not tolerate attacks on its people" (probe news2025): the target is what is not borne, not the verb
    text = "He said Pakistan wanted peace with all its neighbors but would not tolerate attacks on its people."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(r == "rejects" and t and t.startswith("attacks") for _, r, t in got), got
        assert not any(t and "tolerate" in t for _, _, t in got), got


def test_not_countenancing_a_referendum_rejects_it(extract, extract_learned):
    text = "The Prime Minister said he would not countenance a second referendum."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert any(r == "rejects" and t and "referendum" in t for _, r, t in got), got


def test_tolerating_a_thing_is_no_acceptance(extract, extract_learned):
    text = "Senior officials have tolerated corruption for years, the report said."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(r == "accepts" for _, r, _ in got), got


def test_warned_refusal_to_come_is_stated(extract, extract_learned):
    # "The government warned that it would not tolerate unrest" (probe world2016 shape, gold threatens/rejects):
    # the warning states the refusal; it is no act merely threatened
    for text, thing in (("The government warned that it would not tolerate unrest.", "unrest"),
                        ("Macron warned that France would not accept the deal.", "deal")):
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert any(r == "rejects" and t == thing for _, r, t in got), got
