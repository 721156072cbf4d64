"""probe38a (May 2025 news, five outlets no set imitated): the misses its writer fixed."""
from __future__ import annotations

from conftest import labels


def test_finite_conjunct_of_a_subjunctive_complement_is_the_main_verbs(extract):
    # probe38a_5: the parser hung "rejected" on the subjunctive "follow" of "demanded that any merger
    # follow"; a past verb never shares a bare verb's subject, so Kim rejects the call, as he demands
    got = labels(extract("Kim Moon-soo had demanded that any merger follow a fair process and rejected "
                         "Han Duck-soo's call for a single candidate to be chosen within days."))
    assert ("Kim Moon-soo", "rejects", "single candidate") in got


def test_present_conjunct_after_a_past_main_verb_stays_in_the_reported_clause(extract):
    # the repair leaves a present verb hung on the bare verb of a past main verb alone: it continues the
    # pledged clause (Trump's), so Pence demands nothing (fails if the repair lifts every finite conjunct)
    got = labels(extract("Pence pledged that Trump would sign the bill and wants tougher trade deals."))
    assert not any(a == "Mike Pence" and r == "demands" for a, r, _ in got)
