"""A side that "will not be bullied" rejects the coercion (probe and train sentences, shortened)."""
from __future__ import annotations

from conftest import labels


def test_a_country_that_will_not_be_intimidated_rejects_intimidation(extract):
    # probe37a: the minister speaks for his country; kg read the passive as no act named
    got = labels(extract("French Trade Minister Laurent Saint-Martin said Paris would not be intimidated."))
    assert ("Laurent Saint-Martin", "rejects", "being intimidated") in got, got


def test_we_will_not_be_bullied_rejects_bullying(extract):
    # probe39b, train_w16_05: the speaker's own side, in a quotation or a said-clause
    got = labels(extract('Anwar Ibrahim spoke. "We will negotiate, but we will not be bullied," he said.'))
    assert ("Anwar Ibrahim", "rejects", "being bullied") in got, got
    got = labels(extract("Admiral Sun Jianguo said China will not be bullied."))
    assert ("Sun Jianguo", "rejects", "being bullied") in got, got


def test_another_sides_coercion_or_a_past_one_is_no_refusal(extract):
    # a forecast for someone else's side, and a coercion that happened, refuse nothing of the speaker's
    for text in ("Opposition leader John Smith said the Liberals would not be intimidated.",
                 "Opposition leader John Smith said the Liberals had not been intimidated."):
        got = labels(extract(text))
        assert not any(r == "rejects" for _, r, _ in got), got


def test_one_persons_resolve_is_no_stance(extract):
    # probew16h: an activist who "would not be intimidated" takes no stance the gold codes
    got = labels(extract("Pastor Evan Mawarire told Reuters he would not be intimidated."))
    assert not any(r == "rejects" for _, r, _ in got), got
