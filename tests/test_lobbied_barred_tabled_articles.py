"""What probe round 30c found missed or misread on 2025 news its writer wrote; each sentence here
is written for its test."""
from __future__ import annotations

from conftest import labels


def test_what_was_said_before_the_act_is_no_second_target(extract_learned):
    got = labels(extract_learned("The interior ministry said 27 police officers had been injured and accused "
                                 "protesters of attacking officers with stones and flares."))
    assert ("Interior ministry", "accuses", "protesters") in got, got
    assert not any("police officers" in (t or "") for _, _, t in got), got
    got = labels(extract_learned('Amnesty International said it had documented "excessive and unlawful use of force" '
                                 "against demonstrators and demanded an independent investigation."))
    assert ("Amnesty International", "demands", "independent investigation") in got, got
    assert not any("documented" in (t or "") for _, _, t in got), got


def test_lobbying_someone_for_months_to_act_demands_the_act(extract_learned):
    got = labels(extract_learned("Nvidia CEO Jensen Huang has lobbied the administration for months to loosen "
                                 "the rules."))
    assert ("Jensen Huang", "demands", "loosen rules") in got, got
    got = labels(extract_learned("Farmers have lobbied ministers for years to scrap the tax."))
    assert any(a == "Farmers" and r == "demands" and "tax" in (t or "") for a, r, t in got), got


def test_an_act_one_is_barred_from_is_no_act_of_theirs(extract_learned):
    got = labels(extract_learned("Outgoing President Gabriel Boric, who is barred from seeking a second consecutive "
                                 "term, congratulated Mr Kast."))
    assert not any(r == "demands" for _, r, _ in got), got


def test_a_tabled_motion_is_proposed(extract_learned):
    got = labels(extract_learned("The Conservatives tabled an amendment to the bill on Monday."))
    assert ("Conservatives", "proposes", "amendment to bill") in got, got


def test_an_article_keeps_its_number(extract_learned):
    got = labels(extract_learned("Lecornu said he would not use Article 49.3 of the Constitution."))
    assert any(r == "rejects" and t == "Article 49.3 of Constitution" for _, r, t in got), got
    got = labels(extract_learned("Macron called on allies to invoke Article 5."))
    assert any(r == "demands" and "Article 5" in (t or "") for _, r, t in got), got
