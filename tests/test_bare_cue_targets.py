"""A cue noun read as its own target: "rejected the calls to quit" is about quitting, not the calls."""


def targets(stmts, actor: str, relation: str) -> set[str]:
    return {s.target.label for s in stmts if s.actor.label.endswith(actor) and s.relation.value == relation
            and s.target is not None}


def test_calls_to_quit_are_about_quitting(extract_learned):
    # probe bbc2004 (probebbc6): gold Hoon rejects "Hoon's resignation"
    got = targets(extract_learned("Geoff Hoon was defence secretary. Mr Hoon rejected the calls to quit."),
                  "Hoon", "rejects")
    assert "resignation" in got and "calls" not in got


def test_calls_from_someone_to_act(extract_learned):
    # probe news2025 (probe33c): gold RHDP rejects "delay of election"
    got = targets(extract_learned("The ruling RHDP rejected calls from the opposition to postpone the vote."),
                  "RHDP", "rejects")
    assert "calls" not in got and got


def test_criticism_alone_stays(extract_learned):
    # probe world2016 (probew16): gold Erdogan rejects criticism
    got = targets(extract_learned("Turkish President Tayyip Erdogan dismissed the criticism."), "Erdogan", "rejects")
    assert "criticism" in got


def test_a_warning_put_out_names_no_threat(extract_learned):
    # written: the warning's content is not given, so nothing is threatened
    got = targets(extract_learned("The Foreign Office put out a warning on Tuesday."), "Foreign Office", "threatens")
    assert "warning" not in got


def test_a_count_of_words_is_no_threat(extract_learned):
    # written, a headline's shape: "4-word" measures the warning
    got = targets(extract_learned("Trump's 4-word warning to Iran"), "Trump", "threatens")
    assert "4 word" not in got


def test_a_warning_of_something_stays(extract_learned):
    # written: "warned of sanctions" style content given by "of"
    got = targets(extract_learned("The EU issued a warning of sanctions against Belarus."), "European Union", "threatens")
    assert got and got != {"warning"}


def test_the_demand_taken_up_again_is_no_target(extract_learned):
    # probe news2025 (probe34a): gold Greens demands "end date for oil and gas production"
    got = targets(extract_learned("The Greens have also demanded a date for ending oil and gas production, "
                                  "a demand that Labour has repeatedly rejected."), "Greens", "demands")
    assert got and "demand" not in got
