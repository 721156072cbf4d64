"""A bare ``says`` on '"This is a prudent Budget ..."' is filed under what "this" is called, where the
article speaks of that thing elsewhere too (kg.extract.said_subject): coders file the remark under the
Budget, not under a phrase further on; a word the article uses once ("a sad day") names no issue."""
from conftest import labels


def says_targets(found) -> set:
    return {t.lower() for _, r, t in found if r == "says"}


def test_says_filed_under_what_this_is_called(extract_learned):
    # probebbc (bbc2004): the spokesman's remark is about the Budget, not the "claims" kg took
    text = ("Brown raises stamp duty threshold\n\nChancellor Gordon Brown has doubled the starting point for stamp "
            "duty in his Budget.\n\nDowning Street dismissed claims that the Budget was designed to win votes.\n\n"
            "\"This is a prudent Budget which keeps the public finances on track,\" a Downing Street spokesman said.")
    assert any("budget" in t for t in says_targets(labels(extract_learned(text, doc_id="t1"))))


def test_says_not_filed_under_a_word_said_once(extract_learned):
    # written: "a sad day" is the speaker's verdict, not an issue the article is about
    text = ("Peers pass ID cards bill\n\nThe House of Lords passed the ID cards bill on Tuesday after a long "
            "debate.\n\n\"This is a sad day for British freedoms,\" Liberty's director said.")
    assert not any("day" in t for t in says_targets(labels(extract_learned(text, doc_id="t2"))))


def test_says_not_filed_under_a_person_this_is_called(extract_learned):
    # probebbc8 (bbc2004): "a man who thinks ..." is the person spoken of, not an issue named "man"
    text = ("Blair names Brown as heir\n\nTony Blair said Gordon Brown was the man to succeed him.\n\n"
            "Shadow chancellor Oliver Letwin said: \"This is a man who thinks he can hand out the premiership "
            "like a family heirloom.\"\n\nA spokesman denied there was any rift between the two men.")
    assert "man" not in says_targets(labels(extract_learned(text, doc_id="t3")))
