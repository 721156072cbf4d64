"""A bare ``says`` is filed under the thing its quotation's first clause speaks of, its subject
(kg.extract.said_subject): not under a phrase further on, nor under a party or a frame."""
from conftest import labels


def says_targets(found) -> set:
    return {t for _, r, t in found if r == "says"}


def test_says_files_quote_under_its_subject(extract_learned):
    # probew16d_2 (world2016): coders file it under the sanctions, not "commitments"
    text = ("Russia sanctions extended\n\nThe United States said on Monday it would keep its sanctions on Russia over "
            "the conflict in eastern Ukraine.\n\n\"The sanctions will remain until Russia meets its commitments,\" "
            "State Department spokesman John Kirby said.")
    assert "sanctions" in says_targets(labels(extract_learned(text, doc_id="t1")))


def test_says_subject_over_a_phrase_of_the_predicate(extract_learned):
    # probe28a_1 (news2025): "Dissolution is not an option for the president" is about dissolution
    text = ("Le Pen calls for snap election\n\nFar-right leader Marine Le Pen called on Emmanuel Macron to dissolve "
            "parliament.\n\n\"Dissolution is not an option for the president, it is an obligation,\" Le Pen told reporters.")
    assert "dissolution" in says_targets(labels(extract_learned(text, doc_id="t2")))


def test_says_subject_over_a_country_named_after_it(extract_learned):
    # probe28b_4 (news2025): "Ambiguity has served Japan's interests" is about ambiguity, not Japan
    text = ("Japan keeps Taiwan stance\n\nJapan's prime minister declined to say how Tokyo would respond to an attack "
            "on Taiwan.\n\n\"Ambiguity has served Japan's interests for decades,\" Ishiba said in a television interview.")
    assert "ambiguity" in says_targets(labels(extract_learned(text, doc_id="t3")))


def test_says_not_filed_under_a_party_subject(extract_learned):
    # train (PolNeAR): "The association" is who acts, the remark is about the new candidate
    text = ("Republicans seek new candidate\n\nThe county Republican association said its nominee had withdrawn.\n\n"
            "\"The association is in the process of selecting a new candidate,\" said Russell Tanguay, its chairman.")
    assert "association" not in says_targets(labels(extract_learned(text, doc_id="t4")))


def test_says_not_filed_under_a_frame(extract_learned):
    # written: "My view is that ..." frames what is said; "view" is no thing spoken of
    text = ("Police chief backs late licences\n\nThe chief constable said longer opening hours could cut disorder.\n\n"
            "\"My view is that the new licensing hours will reduce trouble on the streets,\" he said.")
    assert "view" not in says_targets(labels(extract_learned(text, doc_id="t5")))

