"""Errors found on probe news written in May 2025 styles (Daily Star Bangladesh, Ukrainska
Pravda); each sentence comes from a probe article."""
from __future__ import annotations

from conftest import labels


def test_a_bengali_given_name_the_tagger_left_out_is_no_namesakes(extract):
    # the tagger tags "Rahman" alone: without its given name he is the article's Khalilur Rahman
    got = labels(extract("The BNP also demanded the removal of National Security Adviser Khalilur Rahman.\n\n"
                         "Jamaat-e-Islami Ameer Shafiqur Rahman called for a national dialogue.\n\n"
                         "He urged all parties to show restraint."))
    assert ("Shafiqur Rahman", "demands", "national dialogue") in got, got
    assert any(a == "Shafiqur Rahman" and t == "show restraint" for a, _, t in got), got
    assert not any(a == "Khalilur Rahman" for a, _, _ in got), got


def test_agreeing_with_a_side_on_a_matter_accepts_the_matter(extract):
    got = labels(extract("The Ukrainian delegation in Istanbul on Friday agreed with the Russian side on an "
                         "exchange of 1,000 prisoners for 1,000, Defence Minister Rustem Umerov said."))
    assert any(a == "Ukrainian delegation" and r == "accepts" and "exchange" in (t or "") for a, r, t in got), got
    assert not any(t == "Russian side" for _, _, t in got), got
    got = labels(extract("India agreed with Pakistan on a ceasefire."))
    assert ("India", "accepts", "ceasefire") in got, got
    got = labels(extract("Tory peer Lord Tebbit said he agreed with Dr Fox's view."))  # a view shared stays support
    assert any(r == "supports" and "view" in (t or "") for _, r, t in got), got


def test_a_place_offered_as_a_venue_proposes_what_it_would_host(extract):
    got = labels(extract("VATICAN CITY – Pope Leo XIV on Sunday offered the Vatican as a venue for direct "
                         "negotiations between Russia and Ukraine."))
    assert any(a == "Leo XIV" and r == "proposes" and "negotiations" in (t or "") for a, r, t in got), got
    got = labels(extract("Switzerland proposed Geneva as the host of the summit."))
    assert any(r == "proposes" and "summit" in (t or "") for _, r, t in got), got


def test_a_titled_name_the_parser_runs_into_the_next_is_met_too(extract):
    got = labels(extract("Trade Commissioner Maros Sefcovic spoke with US Commerce Secretary Howard Lutnick and "
                         "Trade Representative Jamieson Greer on Friday."))
    assert ("Maros Sefcovic", "consults", "Howard Lutnick") in got, got
    assert ("Maros Sefcovic", "consults", "Jamieson Greer") in got, got
