"""Quotations whose sentences kg left without a statement crediting their speaker (the "quotes"
figure counts a coder's quotation only where a statement of its speaker carries it in its sentence).
Texts from train (PolNeAR train articles) or written for the test."""
from __future__ import annotations


def quoted(statements) -> set[tuple]:
    return {(st.actor.label, st.quote.text) for st in statements if st.quote is not None}


LAWSUIT = ('"As far as weapons, they will use anything they can get," Trump said of terrorists, mocking concerns about '
           'a potential erosion of civil liberties. "These are not people that are politically correct."\n\n'
           "A federal lawsuit was filed in 2012 challenging the New York Police Department's surveillance of Muslim "
           "communities and alleging that police used the plaintiffs' Muslim identity as a \"permissible proxy for "
           'criminality." In October, the U.S. Court of Appeals for the 3rd Circuit reversed a previous decision that '
           'the plaintiffs did not have standing, as well as ruling that it could not accept "national security" as a '
           "reason for the NYPD's surveillance. The case is ongoing.")


def test_a_new_paragraphs_quotation_with_a_cue_of_its_own_is_not_the_last_speakers(extract_learned):
    # the lawsuit's and the court's words, reported by the narrator after a line break: not Trump going on
    got = quoted(extract_learned(LAWSUIT))
    assert not any(a == "Donald Trump" and "criminality" in q for a, q in got), got
    assert not any(a == "Donald Trump" and q == "national security" for a, q in got), got
    assert ("Donald Trump", "These are not people that are politically correct.") in got, got


def test_a_quotation_in_someones_claim_is_theirs(extract_learned):
    # the claim's owner said the quoted words, not the subject of the verb over the claim
    got = quoted(extract_learned("Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald "
                                 "Trump's claim that President Barack Obama \"founded ISIS,\" saying they were "
                                 "nitpicking at Trump's wording."))
    assert any(a == "Donald Trump" and "founded ISIS" in q for a, q in got), got
    got = quoted(extract_learned("But Podliska's most explosive claim is that the House Select Committee on Benghazi "
                                 "is a \"witch hunt\" launched to target Hillary Clinton."))
    assert any(a == "Podliska" and "witch hunt" in q for a, q in got), got
    assert not any(a == "House Select Committee" for a, q in got), got
