"""The subject "it" of what an unnamed body said is that body: "A coalition of parties said it rejected the
dissolution", "The hard-left party has said it will table a motion" are the coalition's and the party's acts,
not those of the country or party named before them (probes: probe28a, probe29c; written)."""
from __future__ import annotations

from conftest import labels


def test_it_after_a_described_coalition_said_is_the_coalition(extract):
    got = extract("The military government of Mali dissolved all political parties on Tuesday. A coalition of more "
                  "than 100 parties said in a statement that it rejected the dissolution and would challenge it "
                  "before the Supreme Court.")
    assert not any(a == "Mali" for a, _, _ in labels(got)), labels(got)
    assert any(a.startswith("Coalition of") and r == "threatens" for a, r, _ in labels(got)), labels(got)


def test_it_after_a_described_party_said_is_that_party(extract):
    got = extract("President Emmanuel Macron named a new prime minister in France on Tuesday. The hard-left party "
                  "has said it will table a motion to impeach the president.")
    assert not any(a == "France" for a, _, _ in labels(got)), labels(got)
    assert any(a == "Hard-left party" for a, _, _ in labels(got)), labels(got)


def test_it_after_a_named_union_said_is_still_the_union(extract):
    got = extract("The government offered teachers a 3% rise. The National Union of Teachers said it would "
                  "reject the offer.")
    assert any(a == "National Union of Teachers" and r == "rejects" for a, r, _ in labels(got)), labels(got)
