"""probe39a (May 2025 news in the styles of Kyodo, the Korea Times, TVP World, Khaleej Times and
Newsweek): general misses its articles showed, each on a sentence of the probe."""
from __future__ import annotations

from conftest import labels


def test_an_act_in_an_infinitive_under_an_accusation_is_alleged_not_held(extract):
    # "to support" hangs on "using", the accusation's "of" clause: the support is the government's
    # alleged act, not the accuser's position
    got = labels(extract("PiS leader Jarosław Kaczyński accused the government of using state institutions to "
                         "support Trzaskowski's campaign."))
    assert not any(r == "supports" for _, r, _ in got), got
    assert any(r == "accuses" for _, r, _ in got), got
