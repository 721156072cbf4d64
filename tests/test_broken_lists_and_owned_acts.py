"""Target choice, second pass: the items of a list the parser broke up, a position on someone
else's backing; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_list_the_parser_hung_elsewhere_gives_each_item(extract):
    # the parser made "industry" the reporting verb's modifier: the list goes on all the same
    text = ("\"We are winning by very large margins,\" Senator Jane Smith said of her rival, before taking aim "
            "at the billionaire class, the fossil fuel industry and super PACs.")
    got = {t for _, r, t in labels(extract(text)) if r == "opposes"}
    assert {"billionaire class", "fossil fuel industry"} <= got, got


def test_criticising_someones_endorsement_is_about_the_endorsement(extract):
    # the critic opposes Palin's backing of Trump, not (only by way of it) Trump
    text = "Glenn Beck criticised Sarah Palin's endorsement of Donald Trump."
    got = labels(extract(text))
    assert ("Glenn Beck", "opposes", "Sarah Palin's endorsement of Donald Trump") in got, got
    assert ("Glenn Beck", "opposes", "Donald Trump") not in got, got


def test_no_label_ends_in_and(extract):
    # a phrase too long for the label window: the window's cut leaves no dangling "and"
    text = ("Clinton took some shots at Sanders, particularly on his plan to provide free college tuition and "
            "his 2005 vote to provide legal immunity for gun manufacturers.")
    got = labels(extract(text))
    assert got and not any(t and t.split()[-1] in {"and", "or", "to"} for _, _, t in got), got
