"""Probe round probe37a (2025 news in the styles of PBS NewsHour, Daily Sabah, Al Arabiya English,
Euractiv and The Jakarta Post): general misses its articles showed, on sentences written for them."""
from conftest import labels


def test_a_french_mans_name_the_census_gives_women_is_a_he(extract):
    # Stéphane is a man's name; the US census list (a spelling of Stephanie) had made "he" skip him
    text = ("Opposition leader Yair Lapid said he would give the government a \"safety net\" in the Knesset.\n\n"
            "The UN Secretary-General's spokesperson, Stephane Dujarric, said the situation in Gaza was dire. "
            "He urged Israel to allow aid agencies to operate at scale.")
    got = labels(extract(text))
    assert not any(a == "Yair Lapid" and r == "demands" for a, r, _ in got), got
    assert any(a == "Stephane Dujarric" and r == "demands" for a, r, _ in got), got


def test_jean_names_men_as_often_as_women(extract):
    text = ("Hungarian Prime Minister Viktor Orban said he would not back down.\n\n"
            "Luxembourg's Foreign Minister, Jean Asselborn, said the dispute was damaging the bloc. "
            "He urged Budapest to respect the rule of law.")
    got = labels(extract(text))
    assert any(a == "Jean Asselborn" and r == "demands" for a, r, _ in got), got


def test_a_surname_that_names_a_country_after_a_first_name_is_the_person(extract):
    # 'Luís Montenegro ... Montenegro ruled out': the Portuguese prime minister, not the Balkan country,
    # and so the "he" of the next sentence
    text = ("Prime Minister Luís Montenegro claimed victory in Lisbon on Sunday.\n\n"
            "Montenegro again ruled out any agreement with the far-right party. "
            "He said he would seek support case by case from the liberals and the Socialists.")
    got = labels(extract(text))
    assert ("Luís Montenegro", "rejects") in {(a, r) for a, r, _ in got}, got
    assert not any(a == "Montenegro" for a, _, _ in got), got


def test_a_nominal_proposal_names_the_compound_next_to_it(extract):
    # "Witkoff's Gaza truce proposal" proposes a truce (in Gaza), not Gaza
    got = labels(extract("Hamas is studying Witkoff's Gaza truce proposal."))
    assert ("Steve Witkoff", "proposes", "Gaza") not in got, got
    assert any(a == "Steve Witkoff" and r == "proposes" and "truce" in t for a, r, t in got), got


def test_ready_to_respond_bare_is_a_warning(extract):
    # readiness to answer, with nothing answered named, warns as "we will respond" does; it accepts nothing
    got = labels(extract("\"We maintain a line of de-escalation, but we are ready to respond,\" "
                         "French Trade Minister Laurent Saint-Martin told broadcaster LCI."))
    assert any(a == "Laurent Saint-Martin" and r == "threatens" for a, r, _ in got), got
    assert not any(a == "Laurent Saint-Martin" and r == "accepts" for a, r, _ in got), got


def test_a_meeting_between_two_that_is_only_proposed_is_no_meeting(extract):
    # probe25x, probe37a: a meeting proposed or offered has not taken place; one held still counts
    got = labels(extract("Umerov said Kyiv had proposed a meeting between President Volodymyr Zelenskyy "
                         "and Russian President Vladimir Putin."))
    assert not any(r == "consults" for _, r, _ in got), got
    got = labels(extract("Turkish President Recep Tayyip Erdogan offered to host a meeting between Zelensky and Putin."))
    assert not any(r == "consults" and t == "Vladimir Putin" for _, r, t in got), got
    got = labels(extract("Talks between Modi and Xi took place in Tianjin on Sunday."))
    assert any(r == "consults" for _, r, _ in got), got
