"""Inside a credited direct quotation, a third-person pronoun is whom the speaker speaks of, not a party
taking a position there: '"He loses an election and blames the EVM," Rijiju told reporters' is Rijiju's
verdict on Gandhi (gold: Rijiju accuses Gandhi), not Gandhi accusing the EVM (probe31a, probe38b, probe29a)."""
from __future__ import annotations

import pytest

from conftest import labels

RIJIJU = ("Opposition leader Rahul Gandhi accused the Election Commission of fraud on Thursday. "
          "Union minister Kiren Rijiju accused Gandhi of insulting constitutional institutions.\n\n"
          "\"He loses an election and blames the EVM. He loses again and blames the voter list. "
          "Next he will blame the voters themselves,\" Rijiju told reporters outside Parliament.")
BADENOCH = ("Prime Minister Keir Starmer announced new migration rules on Monday. "
            "Kemi Badenoch dismissed the proposals as \"a con\". The Conservative leader demanded a binding "
            "annual cap on visas. \"If he was serious, he would back our plan for a legal cap,\" she said.")
HIPKINS = ("Prime Minister Christopher Luxon let the bill go ahead. Labour leader Chris Hipkins said the bill "
           "should never have been introduced. \"He chose not to stop it, because he wanted to keep his job,\" "
           "Hipkins said.")


@pytest.mark.parametrize("text, spoken_of", [
    (RIJIJU, "Rahul Gandhi"),
    (BADENOCH, "Keir Starmer"),
])
def test_a_pronoun_in_a_credited_quote_takes_no_position(extract_learned, text, spoken_of):
    quoted = text.index("\"He") if "\"He" in text else text.index("\"If")
    stmts = extract_learned(text)
    got = labels(st for st in stmts if st.sentence.start >= quoted)  # the quotation's sentences
    assert not any(a == spoken_of for a, _, _ in got), got


def test_a_pronoun_outside_quotes_still_acts(extract_learned):
    text = ("Opposition leader Rahul Gandhi spoke in Delhi on Thursday. He blamed the Election Commission "
            "for the defeat. \"We will fight on,\" he said.")
    got = labels(extract_learned(text))
    assert any(a == "Rahul Gandhi" and r == "accuses" for a, r, _ in got), got
