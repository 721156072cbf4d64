"""A document whose author is named only by an office and its holder's body ("a report from the
State Department's inspector general") speaks for that officer; each text here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_a_report_from_a_bodys_inspector_general_is_the_inspector_generals(extract):
    # "inspector general" is an office, like "attorney general": the report speaks for its holder
    text = ("A report from the State Department's inspector general criticised the department's "
            "handling of records requests.")
    got = labels(extract(text))
    assert any(a == "State Department's inspector general" and r in {"accuses", "opposes"} for a, r, _ in got), got
