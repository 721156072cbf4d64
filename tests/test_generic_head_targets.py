"""Targets whose vocabulary alias only modifies a generic head ("tariff talks", "ceasefire plan"):
the label keeps the head, where it had been cut to the modifier ("tariff", "ceasefire")."""
from conftest import labels


def test_alias_before_generic_head_keeps_the_head(extract_learned):
    # written: the task's example, "speed up tariff talks" had been labelled "tariff"
    got = labels(extract_learned("The foreign minister urged Washington to speed up tariff talks."))
    # (the act on the talks keeps its verb since targets40: "speed up tariff talks", a gold form too)
    assert ("Foreign minister", "demands", "speed up tariff talks") in got


def test_rejected_plan_is_the_plan(extract_learned):
    # written, after the news2025 probe's "rejected the Quad ceasefire plan" ("ceasefire")
    got = labels(extract_learned("Kyiv rejected the ceasefire plan put forward by Moscow."))
    assert ("Ukraine", "rejects", "ceasefire plan") in got


def test_alias_as_head_is_unchanged(extract_learned):
    # the alias that heads its phrase keeps its label: "talks on tariffs" is no "tariffs talks"
    got = labels(extract_learned("The minister called for an immediate ceasefire."))
    assert ("Minister", "demands", "ceasefire") in got
