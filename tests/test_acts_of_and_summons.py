"""Misses the probew16q probe set (2016 wire world news) showed: a government that summons an envoy
consults him, and "an act of terrorism" judges what it names by what follows "of"."""
from __future__ import annotations

from conftest import labels


def test_summoning_an_envoy_consults_him(extract_learned):
    # probew16q: "Indonesia summoned China's top diplomat in Jakarta on Monday to protest ..."
    text = ("Indonesia summoned China's top diplomat in Jakarta on Monday to protest against what it called a "
            "violation of its sovereign rights.")
    got = labels(extract_learned(text))
    assert any(a == "Indonesia" and r == "consults" and "diplomat" in (t or "") for a, r, t in got), got


def test_an_act_of_terrorism_is_a_verdict_against_what_it_names(extract_learned):
    # probew16q: "Ban Ki-moon called the attack a senseless act of terrorism and urged ..."
    text = ("U.N. Secretary-General Ban Ki-moon called the attack a senseless act of terrorism and urged that "
            "those responsible be brought to justice.")
    got = labels(extract_learned(text))
    assert ("Ban Ki-moon", "opposes", "attack") in got, got


def test_an_act_of_aggression_is_a_verdict_against_what_it_names(extract_learned):
    text = "The foreign minister, Sergei Lavrov, called the strike an act of aggression."
    got = labels(extract_learned(text))
    assert ("Sergei Lavrov", "opposes", "strike") in got, got

