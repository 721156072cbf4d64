"""Misses the probe33a writer found on 2025 news written in the style of outlets no shared set has;
each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_the_statement_said_speaks_for_who_said_in_a_statement(extract_learned):
    got = extract_learned('Hezbollah dismissed the move. In a statement, the group said the government had '
                          'committed "a grave sin".\n\n"We will deal with this decision as if it does not exist," '
                          'the statement said.')
    quoted = [st for st in got if st.quote is not None and "as if it does not exist" in st.quote.text]
    assert quoted and all(st.actor.label == "Hezbollah" for st in quoted), labels(got)
    got = extract_learned('The Foreign Ministry said in a statement on Monday that the visit was postponed.\n\n'
                          '"We reject these baseless allegations," the statement said.')
    quoted = [st for st in got if st.quote is not None and "baseless allegations" in st.quote.text]
    assert quoted and all(st.actor.label == "Foreign Ministry" for st in quoted), labels(got)
