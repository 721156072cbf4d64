"""Accusations told as another party's wrongdoing (probe news): wealth squandered and a law watered down
are reported wrongs as "violated" is."""
from __future__ import annotations

from conftest import labels


def test_a_law_watered_down_accuses_the_ministers(extract):
    # probebbc10: "campaigners say ministers have watered down the law"
    got = labels(extract("But campaigners say ministers have watered down the law with too many exemptions."))
    assert any(r == "accuses" and "minister" in t.lower() for _, r, t in got), got

