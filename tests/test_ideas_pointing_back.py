"""A bare "the idea", "that idea", "the step" as a stance's object: the issue proposed in the
sentence just before where there is one, else the idea or step itself (it was no target at all)."""
from conftest import labels


def test_that_idea_is_the_one_proposed_just_before(extract):
    text = ("Mr Collins said a Conservative government would scrap the appeals panels which can overturn "
            "exclusions.\n\nMs Kelly rejected that idea.")
    got = {(a, r, t) for a, r, t in labels(extract(text)) if r == "rejects"}
    assert got and all("appeals panels" in t for _, _, t in got), got


def test_backed_the_idea_proposed_by_another(extract):
    text = ("French Foreign Minister Jean-Marc Ayrault proposed deploying an armed police mission to secure "
            "the vote. Kiev has backed the idea, but Moscow has said it is premature.")
    got = {t for a, r, t in labels(extract(text)) if r == "supports"}
    assert any("police mission" in t for t in got), got


def test_condemned_the_step_with_nothing_proposed_before(extract):
    text = ("Washington criticized the move. A State Department spokesman said the recognitions were largely "
            "performative.\n\nThe families of Israeli hostages held in Gaza also condemned the step.")
    got = {t for a, r, t in labels(extract(text)) if r == "opposes" and "famil" in a.lower()}
    assert got == {"step"}, got


def test_the_idea_of_something_keeps_its_own_issue(extract):
    text = "Mr Kennedy said his party backed a fair and firm asylum system, but rejected the idea of a quota."
    got = {t for a, r, t in labels(extract(text)) if r == "rejects"}
    assert got and "idea" not in got, got


def test_a_step_towards_names_no_idea(extract):
    text = "The minister said the agreement was an important step towards peace."
    assert not any(t in {"step", "idea"} for _, _, t in labels(extract(text)))
