"""Which of its speaker's positions a quotation with no issue of its own carries (quotetargets round),
from train sentences (never the seeds): the position the speaker most clearly took nearby, not the last
guess the quotations' fallback made about an earlier quotation of the run."""
from __future__ import annotations

from conftest import triples


def test_a_run_of_quotations_carries_the_speakers_clear_position(extract_learned):
    # from a train article (BBC politics 2004-05): the last quotation is coded opposes the funding
    # settlement ("the announcement"); the sentence before it named the Assembly Government in passing
    text = ('The assembly government announced a funding settlement for councils on Tuesday. '
            'Plaid Cymru\'s local government spokesman Dai Lloyd called the announcement "hugely disappointing". '
            'He said: "Wales and its local authorities have been short changed yet again. This is not whinging as '
            'the Labour Assembly Government so often claims - it is anger." "This will mean either a massive hike '
            'in council tax, massive cuts in services provided by councils, or both."')
    last = [s for s in extract_learned(text) if s.quote is not None and s.quote.text.startswith("This will mean")]
    assert last and (last[0].relation.value, last[0].target.label) == ("opposes", "announcement")
    assert ("Dai Lloyd", "opposes", "announcement") in triples(extract_learned(text))
