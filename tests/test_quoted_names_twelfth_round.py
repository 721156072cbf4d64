"""A quotation that is a title or a name the writer quotes (a show, a course,
an alias) is no bare "says" of the person near it, while a quoted sentence
or a quoted opinion still is; sentences from train articles or written for
the test (never the seeds)."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text", [
    # from a train article (2016 campaign coverage): coded no statement of Christie's in it
    "Christie refers to the candidate, who is supposedly his longtime friend, as \u201cMr. Trump,\u201d "
    "while Trump refers to the governor as \u201cChris.\u201d",
    # from a train article (2016 EPA email coverage): coded no statement of Jackson's in it
    "The 2012 request by CREW was sparked by the discovery that Lisa Jackson, then-administrator of the "
    "Environmental Protection Agency, had been using an alias email at work with the name \"Richard Windsor,\" "
    "largely for personal matters.",
])
def test_a_quoted_name_is_not_said(extract, text):
    got = triples(extract(text))
    assert not [t for t in got if t[1] == "says"]


@pytest.mark.parametrize("text, actor", [
    # written for this test: a quoted sentence and a quoted opinion stay says
    ('"We will win this race," Jane Smith said.', "Jane Smith"),
    ('Jane Smith said the plan was "very bad news".', "Jane Smith"),
])
def test_a_quoted_sentence_is_still_said(extract, text, actor):
    got = triples(extract(text))
    assert actor in {a for a, _, _ in got}
