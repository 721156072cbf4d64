"""probe41a (May 2025 news in the styles of SBS News, CNBC, Geo News, Romania Insider and Ynetnews)."""
from __future__ import annotations

from conftest import labels


def test_it_inside_the_phrase_of_the_noun_before_is_not_that_noun(extract):
    # probe41a (CNBC style): "willingness to cooperate on it" had sent "it" to "willingness", whose cue
    # leads back to "cooperate": target_from recursed until the whole build died
    got = labels(extract("Bessent said the fentanyl issue would be addressed separately and that Chinese "
                         "officials had shown willingness to cooperate on it."))
    assert any(a == "Chinese officials" and r == "accepts" for a, r, t in got), got


def test_a_sentence_whose_rules_recurse_loses_only_its_own_statements(extract, monkeypatch):
    # probe41a: one sentence's endless recursion had killed the whole build (every document of the set)
    from kg.extract import document

    real = document.SentenceExtractor.run

    def run(self):
        if "willingness" in self.sent.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(self)

    monkeypatch.setattr(document.SentenceExtractor, "run", run)
    got = labels(extract("Chinese officials have shown willingness to cooperate on it. "
                         "Senate Minority Leader Chuck Schumer criticized the deal."))
    assert any(a == "Chuck Schumer" and r == "opposes" for a, r, t in got), got


def test_a_headline_of_two_names_each_with_a_colon_quotes_both(extract_learned):
    # probe41a (Ynetnews style): "We'll" opened no colon line, and the second speaker's colon came after
    # a semicolon, which did not start the words naming him
    text = ("Netanyahu: We'll let in minimal aid so that our friends keep backing us; Ben Gvir: 'A grave mistake'\n\n"
            "Prime Minister Benjamin Netanyahu on Monday defended the decision to allow humanitarian aid into Gaza. "
            "National Security Minister Itamar Ben Gvir slammed the decision.")
    heads = {(st.actor.label, st.quote.text) for st in extract_learned(text) if st.quote is not None}
    assert any("Netanyahu" in a and q.startswith("We'll let in minimal aid") for a, q in heads), heads
    assert any("Ben Gvir" in a and q == "A grave mistake" for a, q in heads), heads
