"""A meeting or negotiation refused is the issue, not the party met: "would not negotiate with Iran"
rejects negotiating with Iran, not Iran (world2016 probes: gold "negotiations with Iran", forms
"negotiate with Iran"; kg had "Iran")."""
from conftest import labels


def test_negated_negotiation_rejects_the_negotiating(extract_learned):
    # world2016 probe sentence, cut at its first clause
    got = labels(extract_learned("A senior Saudi official told Reuters the kingdom would not negotiate with Iran on the matter."))
    assert ("Senior Saudi official", "rejects", "negotiate with Iran") in got
    assert ("Senior Saudi official", "rejects", "Iran") not in got


def test_refused_negotiation_with_unnamed_party(extract_learned):
    # world2016 probe sentence: the party met is no gazetteer actor
    got = labels(extract_learned("The government had until now refused to negotiate with Shekau's faction."))
    assert ("Government", "rejects", "negotiate with Shekau's faction") in got


def test_meeting_itself_consults_the_party(extract_learned):
    # written: a meeting held still consults whom it meets
    got = labels(extract_learned("The Saudi foreign minister met Iran's foreign minister in Oslo on Monday."))
    assert not any(rel == "rejects" for _, rel, _ in got)
    assert any(rel == "consults" for _, rel, _ in got)


def test_act_already_named_is_not_named_twice(extract_learned):
    # world2016/news2025 probe sentence: the invitation's target is the visit already ("visit visit Kyiv")
    got = labels(extract_learned('Zelensky thanked him for his "principled stance" and invited him to visit Kyiv.'))
    assert not any(t and t.startswith("visit visit") for _, _, t in got)


def test_a_party_accused_stays_the_party(extract_learned):
    # news2025 probe sentence: "meet" here meets obligations; an accusation's target is the accused
    got = labels(extract_learned('The White House said Colombia had "failed demonstrably" to meet its obligations.'))
    assert not any(t and t.startswith("meet ") for _, _, t in got)
