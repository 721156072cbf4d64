"""A warner's own refusal or hostile act, told of with "they"/"it" for the warner itself and no object
("Chief constables have warned that they will not make policing the ban a priority", "Several MPs ...
have warned they will not serve under a pro-European leader": probebbc6, probebbc17 written news);
the sentences are written for the tests."""
from __future__ import annotations

from conftest import labels


def test_warners_refusing_to_serve_threaten_it(extract):
    got = labels(extract("Several Labour backbenchers have warned they will not serve under a new leader."))
    assert any(r == "threatens" and "serve" in (t or "") for _, r, t in got), got


def test_a_federation_refusing_to_cooperate_threatens_it(extract):
    got = labels(extract("The Police Federation warned that it would not cooperate with the inquiry."))
    assert any(a == "Police Federation" and r == "threatens" and "cooperate" in (t or "") for a, r, t in got), got


def test_a_warner_that_would_not_survive_threatens_nothing(extract):
    got = labels(extract("The Police Federation warned that it would not survive without new funding."))
    assert not any(r == "threatens" for _, r, _ in got), got
