"""A position the reported clause credits to someone named in it is theirs, not the messenger's: the
reporter gets no copy of it (train sentences; the GUIDELINES' "the messenger gets nothing")."""
from __future__ import annotations

from conftest import labels


def test_the_reporter_of_a_named_persons_promise_gets_no_copy_of_it(extract_learned):
    got = labels(extract_learned("Sen. Ted Cruz of Texas campaigned in Iowa on Monday. Cruz electrified the small crowds with impassioned speeches and promises to shake "
                                 "things up in Washington if elected, Stovall said."))
    assert not any(a == "Stovall" for a, _, _ in got), got
    assert any(a == "Ted Cruz" and r == "proposes" for a, r, _ in got), got


def test_a_pledge_about_another_persons_wishes_is_not_the_pledgers_position(extract_learned):
    got = labels(extract_learned("During the discussion, Pence pledged that Trump \u201creally is\u201d in favor of free "
                                 "trade, but wants \u201csmarter and tougher\u201d trade deals."))
    assert ("Donald Trump", "demands", "smarter and tougher trade deals") in got, got
    assert not any(a == "Mike Pence" and t == "smarter and tougher trade deals" for a, _, t in got), got
