"""Actor resolution: which holder a bare role phrase names (actorpair48, probe and hand-written news)."""
from __future__ import annotations

from conftest import labels


def test_a_bare_prime_minister_stays_the_one_read_before_a_foreign_premier_was_titled(extract):
    # probebbc11 (BBC 2004 style): "the prime minister" had become Luxembourg's Jean-Claude Juncker,
    # the last premier the story titled, though it had read the bare phrase as Tony Blair before him
    text = ("Tony Blair has refused to give up the UK's EU budget rebate, despite pressure from French "
            "President Jacques Chirac.\n\n"
            "The prime minister accused France of protecting its farmers at the expense of poorer member states.\n\n"
            "Luxembourg's Prime Minister Jean-Claude Juncker, who chaired the talks, blamed Britain for the failure.\n\n"
            "A Downing Street spokesman said the prime minister had offered to cut the budget to 1% of EU "
            "national income.")
    got = labels(extract(text))
    assert any(a == "Tony Blair" and "budget" in (t or "") for a, r, t in got), got
    assert not any(a == "Jean-Claude Juncker" and "budget" in (t or "") for a, r, t in got), got


def test_a_bare_president_is_not_a_chambers_president_titled_after_it_was_read(extract):
    # news written for this round, in the style of probe38b (a Canadian chamber's president named
    # between two bare "the president"s of the same American president)
    text = ("Prime Minister Mark Carney told Donald Trump on Tuesday that Canada was not for sale.\n\n"
            "The president praised Carney as a very talented person.\n\n"
            "Canadian Chamber of Commerce president Candace Laing welcomed the tone of the meeting.\n\n"
            "White House press secretary Karoline Leavitt said the president would push for a better "
            "deal for American workers.")
    got = labels(extract(text))
    assert any(a == "Donald Trump" and "deal" in (t or "") for a, r, t in got), got
    assert not any(a == "Candace Laing" and "deal" in (t or "") for a, r, t in got), got
