"""Documents that speak for their authors: who issued a statement, signed a letter or compiled
a report takes the position the document takes; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_an_unnamed_body_modifying_a_document_authors_it(extract):
    # "a Russian defence ministry statement": the ministry, which the gazetteer does not name, issued it
    text = "A Russian defence ministry statement issued on Saturday accused rebel fighters of shelling the city."
    got = labels(extract(text))
    assert any(a == "Russian defence ministry" and r == "accuses" for a, r, _ in got), got


def test_the_signatories_of_a_letter_author_it(extract):
    # "the letter, signed by 40 MPs, urged": the MPs urge, they do not accept the letter
    text = "The letter, signed by 40 MPs, urged the government to hold a referendum."
    got = labels(extract(text))
    assert ("MPs", "demands", "referendum") in got, got
    assert not any(r == "accepts" and t == "letter" for _, r, t in got), got


def test_a_body_that_compiled_or_issued_a_document_authors_it(extract):
    # "the report compiled by the commission", "a communique issued by France and Germany"
    got = labels(extract("The report compiled by the commission accused the police of ignoring complaints."))
    assert ("Commission", "accuses", "police") in got, got
    got = labels(extract("A joint communique issued by France and Germany called for an immediate ceasefire."))
    assert any(r == "demands" and t == "ceasefire" and "France" in a for a, r, t in got), got
