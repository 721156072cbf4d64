"""Speakers of quotations the rules learned to read in the tenth round, from PolNeAR train articles
or written for the test: a name before a colon (a transcript's or a round-up's credit) and a reply of
one word that stands as its own sentence."""
from __future__ import annotations

import pytest


def quoted(statements, words: str) -> set[str]:
    return {s.actor.label for s in statements if s.quote is not None and words in s.quote.text}


@pytest.mark.parametrize("text, words, speaker", [
    # from a PolNeAR train article (HuffPost 2016, a round-up of poll analyses): a headline, a dash,
    # the authors and a colon credit the quotation; it had had no speaker
    ("IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “Although the polls "
     "failed to predict Ted Cruz’s Iowa win on Tuesday night, it isn’t because they were dead wrong. They just "
     "ended too early.”", "dead wrong", "Mark Blumenthal and Jon Cohen"),
    # written for this test: the same credit with no dash, a title and the party after the name
    ("The committee met on Tuesday.\n\nRep. Trey Gowdy (R-S.C.): \"I have not heard anyone other than you "
     "ever cite that figure.\"", "cite that figure", "Trey Gowdy"),
])
def test_a_name_before_a_colon_says_the_quotation(extract, text, words, speaker):
    got = quoted(extract(text), words)
    assert got and all(speaker in label or label in speaker for label in got), got


def test_each_name_of_a_transcript_says_its_own_lines(extract):
    # from a PolNeAR train article (USA Today 2015): the second quotation had been Clinton's too
    got = extract("Jeb Bush and Hillary Clinton, among others, reject the term containment.\n\n"
                  "Clinton: \"Our goal is not to deter or contain ISIS, but to defeat and destroy ISIS.\" "
                  "Bush: \"The mission is to destroy ISIS -- not to contain it.\"")
    assert quoted(got, "defeat and destroy") == {"Hillary Clinton"}
    assert quoted(got, "The mission is") == {"Jeb Bush"}


def test_a_reply_of_one_word_is_a_quotation(extract):
    # from a PolNeAR train article (Breitbart 2016): a quotation of one word had been dropped as a word quoted
    # from a sentence
    got = extract("Governor Chris Christie – a Dallas Cowboys fan – gave a one word answer on the question. "
                  "“Denver,” he answered.")
    assert quoted(got, "Denver") == {"Chris Christie"}
