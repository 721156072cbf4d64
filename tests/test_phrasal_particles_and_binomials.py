"""Particles that make a cue verb another verb ("rip off" cheats, "rip up" a deal rejects it,
"blast out" an email sends it, "seek out" voters finds them) and fixed binomials kept whole."""
from conftest import labels


def test_ripped_off_is_cheated_not_opposed(extract, extract_learned):
    # "rip" alone criticises ("has repeatedly ripped Trump"); "rip off" cheats: no stance on the cheated
    for text in ("Taxpayers have been ripped off by the banks, Labour said.",
                 "The senator said foreign companies were ripping off American workers."):
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert not any(r == "opposes" and t and ("axpayers" in t or "workers" in t) for _, r, t in got), got


def test_rip_up_a_deal_rejects_it(extract, extract_learned):
    # "promised to rip up NAFTA", "would not rip up this Iranian nuclear deal" (PolNeAR train)
    text = "Trump promised to rip up the trade agreement."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert ("Donald Trump", "rejects", "trade agreement") in got, got
        assert not any(r == "opposes" for _, r, _ in got), got


def test_blasted_out_an_email_is_sent_not_attacked(extract, extract_learned):
    # "Her campaign quickly blasted out an email to supporters" (PolNeAR train): "blast" alone criticises
    for text in ("Her campaign quickly blasted out an email to supporters.",
                 "The Republican group is blasting out missives about Clinton's role in Libya."):
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert not any(r == "opposes" for _, r, _ in got), got


def test_sought_out_voters_are_found_not_demanded(extract, extract_learned):
    # "we seek out individual respondents", "seeking out county GOP leaders" (PolNeAR train)
    text = "The campaign sought out undecided voters in Ohio."
    for run in (extract, extract_learned):
        got = labels(run(text))
        assert not any(r == "demands" for _, r, _ in got), got


def test_a_fixed_pair_is_one_target(extract, extract_learned):
    # "law and order", "checks and balances": a fixed pair names one thing, neither word alone
    for text, want in (("The minister pledged to restore law and order in the capital.", "law and order"),
                       ("The opposition leader said voters wanted checks and balances in parliament.", "checks and balances")):
        for run in (extract, extract_learned):
            got = labels(run(text))
            assert any(t == want for _, _, t in got), got
            assert not any(t in {"law", "order", "checks", "balances"} for _, _, t in got), got
