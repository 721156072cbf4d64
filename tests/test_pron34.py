"""An object pronoun takes the person named nearest before it in its own sentence, not the one
remembered last and never its own clause's subject; each sentence here is written for its test."""
from __future__ import annotations

from conftest import labels


def test_an_object_pronoun_takes_the_name_between_it_and_the_subject(extract):
    got = labels(extract("Boris Johnson visited Kyiv on Saturday. Vladimir Putin met Volodymyr Zelensky and accused "
                         "him of provoking the war."))
    assert ("Vladimir Putin", "accuses", "Volodymyr Zelensky") in got, got


def test_a_conjoined_verbs_object_pronoun_is_not_its_subject(extract):
    got = labels(extract("Alexander Lukashenko won the election on Sunday. Vladimir Putin flew to Minsk and praised "
                         "him for his victory."))
    assert ("Vladimir Putin", "praises", "Alexander Lukashenko") in got, got
