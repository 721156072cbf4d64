"""The act after "and" of a subject whose first verb is passive ("X was concerned by ... and urged Y
to ..."): the conjunct shares the passive subject. Sentences written for these tests."""
from __future__ import annotations

from conftest import labels


def test_an_active_conjunct_of_a_passive_shares_its_subject(extract):
    got = labels(extract("Amnesty International was shocked by the killings and called on the army to investigate them."))
    assert any(a == "Amnesty International" and r == "demands" for a, r, _ in got), got
    got = labels(extract("The prime minister was booed by protesters outside parliament and accused the opposition "
                         "of stoking anger."))
    assert any(a == "Prime minister" and r == "accuses" for a, r, _ in got), got
    assert not any(a == "Protesters" for a, _, _ in got), got


def test_the_conjunct_of_a_raising_passive_is_the_subjects(extract):
    got = labels(extract("The European Union was concerned by the detention of Kizza Besigye and urged the Ugandan "
                         "government to release him."))
    assert any(a == "European Union" and r == "demands" for a, r, _ in got), got


def test_a_second_passive_sharing_the_auxiliary_stays_passive(extract):
    got = labels(extract("The activist was arrested by police and charged with sedition."))
    assert not any(a == "Activist" for a, _, _ in got), got
