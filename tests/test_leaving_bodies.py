"""Leaving a body or an agreement rejects it ("quit the coalition", "withdrew from the ICC", "pulled out
of the deal", "walked out of the talks"); troops withdrawn from a place, or a past step told in a
relative clause, are no position."""
from conftest import labels


def test_leaving_a_body_rejects_it(extract, extract_learned):
    # "Komeito quits coalition with LDP", "South Africa ... will withdraw from the International Criminal
    # Court", "Wilders pulled his Party for Freedom out of the four-party coalition" (probes: gold rejects)
    for text, actor, thing in (
            ("Komeito quit the coalition on Monday.", "Komeito", "coalition"),
            ("The Gambia withdrew from the International Criminal Court.", "Gambia", "International Criminal Court"),
            ("President Trump pulled out of the Iran nuclear deal.", "Donald Trump", "nuclear deal"),
            ("Labour MPs walked out of the talks on Monday.", "Labour MPs", "talks"),
            ("Wilders pulled his party out of the coalition.", "Wilders", "coalition")):
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert any(r == "rejects" and t == thing for _, r, t in got), (text, got)


def test_leaving_named_or_threatened_is_no_refusal_stated(extract, extract_learned):
    # "warned that quitting the convention would damage" (probebbc3: gold opposes the quitting), "Iran would
    # withdraw from the treaty if the sanctions were restored" (probe25y: gold threatens the withdrawal)
    for text, thing in (("The UN High Commissioner for Refugees criticised the plan and warned that quitting the "
                         "convention would damage Britain's international standing.", "convention"),
                        ("Araghchi said that Iran would withdraw from the Nuclear Non-Proliferation Treaty if the "
                         "sanctions were restored.", "Nuclear Non-Proliferation Treaty")):
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert not any(r in {"rejects", "supports"} and t == thing for _, r, t in got), (text, got)
