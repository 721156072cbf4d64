"""Speed guards of the speed round: work a one-process build did twice."""
from __future__ import annotations


def test_lexicon_loads_once_whether_or_not_its_folder_is_named():
    # the pipeline's repairs ask load_lexicon(), the writer load_lexicon(settings.ontology): the
    # same folder, but two cache keys, so every build parsed the three TOML files twice (0.5 s CPU)
    from kg.config import ONTOLOGY_DIR, Settings
    from kg.lexicon import load_lexicon

    assert load_lexicon() is load_lexicon(ONTOLOGY_DIR) is load_lexicon(Settings.from_env().ontology)
    assert load_lexicon(str(ONTOLOGY_DIR)) is load_lexicon()


def test_relational_odds_are_summed_once_per_crossed_names():
    # decide scores every target under three relations for each actor of its sentence: the same
    # crossed names came back for each actor (97 % of 132k sums on the bench corpus were repeats)
    from kg.extract.learned import load_models
    from kg.extract.linear import LinearModel
    from kg.extract.target_candidates import crossing, pair_relational, relational_odds

    model = LinearModel.from_json(load_models().target.to_json())  # a fresh model: its own memo

    class Counting(dict):
        gets = 0

        def get(self, *a):
            Counting.gets += 1
            return super().get(*a)

    model._crossed["opposes|"] = Counting(model.crossed_odds("opposes|"))
    names = [f.split("|", 1)[1] for f in model.weights if f.startswith("opposes|")][:5]
    plain = dict.fromkeys(names, 1.0)
    held = plain | {"doc_pos:opposes": 1.0}  # the same crossed names, a position held elsewhere
    ruled = plain | {"rule_target:opposes": 1.0}
    odds = relational_odds(model, "opposes")
    for static in (plain, held, ruled, plain, held, ruled):
        assert odds(static, crossing(static)) == model.log_odds(pair_relational("opposes", None, static), bias=False)
    assert Counting.gets == 3 * len(names)  # each sum made once
