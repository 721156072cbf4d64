"""What the rules file a quotation under when no cue reads a position in it, learned in the twelfth
round from train (never the seeds): a quotation that names no issue, party or position is filed
under what it speaks of first rather than under nothing."""
from __future__ import annotations

import pytest

from conftest import triples


@pytest.mark.parametrize("text, speaker, issue", [
    # from a train article (BBC politics 2004-05): coded Rory O'Neill says workplace deaths and injuries
    ('Rory O\'Neill, editor of union-backed Hazards magazine, which conducted the research, said: "Death and '
     'injuries at work increased last year, for the second time since the turn of the century."',
     "Rory O'Neill", "death"),
    # written for this test
    ('Mayor Tom Jones said: "Our schools are falling apart."', "Tom Jones", "school"),
])
def test_a_quotation_naming_no_issue_is_filed_under_what_it_speaks_of_first(extract, text, speaker, issue):
    got = triples(extract(text))
    assert any(a == speaker and r == "says" and t is not None and issue in t.lower() for a, r, t in got), got


def test_the_builds_fallback_files_a_quotation_under_what_it_speaks_of_first(extract_unkept):
    # from a train article (Panama Papers): with nothing kept and no target the stages choose, the
    # quotation still names what it is about (coded: Mossack Fonseca rejects the allegations)
    got = triples(extract_unkept('Mossack Fonseca also said it follows "both the letter and spirit of the law."'))
    assert any(a == "Mossack Fonseca" and r == "says" and t is not None and "law" in t.lower() for a, r, t in got), got
