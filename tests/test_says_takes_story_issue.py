"""A quotation that names no issue of its own is filed under the story's issue as its headline names it,
not under a noun lifted from inside the quotation; each text here is written for its test."""
from __future__ import annotations

from conftest import labels

STRIKES = ("Heavy air strikes hit rebel road to Aleppo\n\n"
           "Air strikes hit the only road into Aleppo on Sunday, monitors said.\n\n"
           "\"This is more intense than the last days,\" said Rami Abdulrahman, head of the Observatory.\n")


def test_a_comment_on_an_event_takes_the_event_the_headline_reports(extract_learned):
    got = labels(extract_learned(STRIKES))
    assert any(a == "Rami Abdulrahman" and r == "says" and t and "air strikes" in t for a, r, t in got), got



RULING = ("Court rules Najib can serve rest of sentence under house arrest, government says it will appeal\n\n"
          "KUALA LUMPUR - The court ruled on Monday.\n\n"
          "\"Enough is enough,\" Ahmad Zaki wrote on X.\n")


def test_a_verb_the_tagger_read_as_a_noun_names_no_event(extract_learned):
    # "Court rules ... can serve": "rules" parses as a second subject of "serve"; no "court rules" issue
    got = labels(extract_learned(RULING))
    assert not any(t and "court rules" in t.lower() for _, _, t in got), got
