"""Headline grammar: two clauses joined by a comma or semicolon ("A rejects plan; B urge him to
stay"), each its own act. Each headline here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_headlines_first_clause_is_no_content_of_the_second(extract):
    # the parser hangs "Mali rejects ..." on "threatens" as what is threatened
    got = labels(extract("Mali rejects foreign troops, U.N. threatens arms embargo\n\nThe government said on Monday."))
    assert ("Mali", "rejects", "foreign troops") in got, got
    assert ("United Nations", "threatens", "arms embargo") in got, got


def test_a_headlines_clause_before_a_semicolon_is_its_own_act(extract):
    got = labels(extract("Senate rejects budget deal; unions urge members to strike\n\nThe vote was close."))
    assert any(a.endswith("Senate") and r == "rejects" and t == "budget deal" for a, r, t in got), got
    assert not any(r == "demands" and "budget" in (t or "") for _, r, t in got), got


def test_a_reported_clause_before_a_speech_verb_stays_reported(extract):
    # "officials say" reports the first clause: its act is still stated, and "say" has no object
    got = labels(extract("Mali rejects foreign troops, officials say\n\nThe government said on Monday."))
    assert any(r == "rejects" and t == "foreign troops" for _, r, t in got), got


def test_a_name_never_ends_in_a_preposition(extract):
    # the NER tags "Budget as" one organisation; the target took the "as" of the next clause
    got = labels(extract("Osborne defends emergency Budget as Tories cry foul\n\nThe chancellor spoke on Monday."))
    assert any(r == "supports" and (t or "").endswith("Budget") for _, r, t in got), got
