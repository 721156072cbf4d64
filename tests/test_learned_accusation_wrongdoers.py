"""The target of an accusation no rule read: the party that what the actor says names as acting (the
subject of the clause its speech verb reports), not another party of the sentence nor his own side
(``kg.extract.wrongdoers``). Sentences from the world2016 and bbc2004 probes."""
from __future__ import annotations

from conftest import labels

COMMISSION = ("The European Commission gave Poland three months on Wednesday to resolve a dispute over its "
              "constitutional court.\n\nThe Commission said the ruling Law and Justice (PiS) party had not addressed "
              "its concerns about changes to the Constitutional Tribunal that critics say undermine the rule of law "
              "and the independence of the judiciary.")

LIDINGTON = ("Ministers have been accused of failing to prepare for the Freedom of Information Act.\n\n"
             "The Conservatives accused the government of shredding documents before the law came into force.\n\n"
             "Shadow constitutional affairs secretary David Lidington said: \"Ministers have had four years to "
             "prepare and they have spent it clearing their desks.\"")


def test_the_party_said_to_act_is_accused(extract_learned):
    got = labels(extract_learned(COMMISSION))
    accused = {t for a, r, t in got if r == "accuses" and "Commission" in a}
    assert accused == {"Law and Justice"}, got


def test_the_ministers_said_to_act_are_accused_not_the_speakers_side(extract_learned):
    got = labels(extract_learned(LIDINGTON))
    accused = {t for a, r, t in got if r == "accuses" and a == "David Lidington"}
    assert accused == {"Ministers"}, got


FELT = ("Mexican President Enrique Pena Nieto met Donald Trump in Mexico City on Wednesday.\n\n"
        "Pena Nieto told the news conference that Mexicans had felt hurt by Trump's comments during the campaign, "
        "in which the businessman called some Mexican immigrants rapists and criminals.")


def test_who_felt_hurt_is_no_wrongdoer(extract_learned):
    # "had felt hurt by": the subject of a verb of feeling is what it felt, not a deed (world2016 probe)
    got = labels(extract_learned(FELT))
    assert ("Enrique Pena Nieto", "accuses", "Mexicans") not in got and ("Pena Nieto", "accuses", "Mexicans") not in got, got
