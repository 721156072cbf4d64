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


def test_a_main_verb_after_a_who_clause_hung_on_the_name_has_the_name_for_subject(extract):
    # "called" read as a participle on the name, after the name's relative clause
    got = labels(extract("The far-right candidate Grzegorz Braun, who finished fourth with 6.3 percent, called on "
                         "his supporters not to vote for Trzaskowski."))
    assert any(a == "Grzegorz Braun" and r == "demands" for a, r, _ in got), got


def test_a_quotation_naming_what_someone_dismisses_anothers_remarks_as_is_the_dismissers(extract):
    # "Trump's remarks ... as '...'": the words are Peskov's description of the remarks, not Trump's claim
    sts = extract("Trump also criticized Ukrainian President Volodymyr Zelensky on Sunday.\n\n"
                  "Kremlin spokesperson Dmitry Peskov dismissed Trump's remarks as \"emotional overload.\"")
    quoted = {s.actor.label for s in sts if s.quote is not None}
    assert quoted == {"Dmitry Peskov"}, quoted


def test_the_accusers_next_act_hung_on_the_accusations_clause_is_still_his(extract):
    # "urged" parsed as a conjunct of "having", inside the "of" clause: it is Vance's own demand
    got = labels(extract("Vance accused Denmark of having \"underinvested\" in Greenland's security and urged "
                         "Copenhagen to do more."))
    assert any(r == "demands" for _, r, _ in got), got
