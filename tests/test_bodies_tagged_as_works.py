"""Sentences where kg kept nothing because the small NER tagged a body's name as a work of art or a law
("The Hostages and Missing Families Forum", "The Human Rights Defenders Coalition"): a capitalised name
that ends in the noun of a body is an organisation (news2025 probes; the second sentence written)."""
from __future__ import annotations

from conftest import labels


def test_a_coalition_tagged_a_law_after_another_body_is_an_organisation(extract_learned):
    text = ("Malawi's new president sworn in\n\nCivil society groups, however, warned that the new government "
            "must not repeat the mistakes of the past. The Human Rights Defenders Coalition called on Mutharika "
            "to respect media freedom.")
    got = labels(extract_learned(text))
    assert any(a == "Human Rights Defenders Coalition" and r == "demands" for a, r, t in got), got


def test_the_court_after_a_named_court_is_that_court(extract_learned):
    # probe38a_4: "... asked the Constitutional Court to annul the run-off. The court rejected his request."
    text = ("Simion loses Romanian run-off\n\nHe later accepted the result in a video, though he accused "
            "\"external actors\" of manipulating the vote and asked the Constitutional Court to annul the run-off. "
            "The court rejected his request.")
    got = labels(extract_learned(text))
    assert any(a == "Constitutional Court" and r == "rejects" for a, r, t in got), got


def test_the_court_names_no_other_body_named_before(extract_learned):
    # written: the one body named before is no court, so "the court" stays unresolved
    text = ("Activist jailed\n\nAmnesty International condemned the arrest of the activist on Monday. "
            "The court rejected his request for bail.")
    got = labels(extract_learned(text))
    assert not any(a == "Amnesty International" and r == "rejects" for a, r, t in got), got
