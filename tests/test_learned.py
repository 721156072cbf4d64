"""The learned stages: the linear models, the candidates they read, and the
statements they decide, on sentences from outside the seeds (PolNeAR-style
news, BBC-style politics, or written for the test)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SHARED, triples
from kg.extract.linear import LinearModel, fit, load, save


def test_a_linear_model_learns_a_separable_rule():
    xs = [{"neg", "w:criticise"}, {"w:welcome"}, {"neg", "w:attack"}, {"w:praise"}] * 5
    ys = ["opposes", "supports", "opposes", "supports"] * 5
    m = fit(xs, ys, l2=0.1, min_count=1)
    assert max(m.proba({"neg"}).items(), key=lambda kv: kv[1])[0] == "opposes"
    assert max(m.proba({"w:welcome"}).items(), key=lambda kv: kv[1])[0] == "supports"


def test_real_valued_features_weigh_by_their_value():
    xs = [{"x": 1.0}, {"x": -1.0}] * 10
    m = fit(xs, ["1", "0"] * 10, l2=0.01, min_count=1, classes=["0", "1"])
    assert m.proba({"x": 2.0})["1"] > m.proba({"x": 0.5})["1"] > 0.5 > m.proba({"x": -1.0})["1"]


def test_a_fit_settles_on_the_optimum():
    # noisy labels over overlapping words and dense values beside them (as the
    # stages have, at their L2 of 10): more steps must not move the weights; at
    # a constant step they circled the optimum, and one article more or less
    # in train moved the model as much as a change to extraction did
    rnd = np.random.default_rng(0)
    words = [f"w{i}" for i in range(40)]
    xs = [{**dict.fromkeys(rnd.choice(words, 6, replace=False).tolist(), 1.0),
           **{f"d{j}": float(3 * rnd.normal()) for j in range(8)}} for _ in range(300)]
    ys = [("a", "b", "c")[int(rnd.integers(3))] if rnd.random() < 0.5 else ("a" if "w1" in x else "b") for x in xs]
    short, long = fit(xs, ys, l2=10.0, min_count=1), fit(xs, ys, l2=10.0, min_count=1, epochs=1000)
    gap = max(abs(a - b) for f in short.weights for a, b in zip(short.weights[f], long.weights[f]))
    assert gap < 0.0005, gap


@settings(max_examples=30, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=12), st.lists(st.floats(-5, 5), min_size=2, max_size=2),
                       max_size=8))
def test_a_model_survives_its_json(weights):
    m = LinearModel(classes=["0", "1"], weights=weights)
    back = LinearModel.from_json(json.loads(json.dumps(m.to_json())))
    feats = list(weights)[:3]
    assert np.allclose(m.scores(feats), back.scores(feats), atol=1e-3 * (len(feats) + 1))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-1e3, 1e3, allow_nan=False), min_size=2, max_size=40), st.randoms(use_true_random=False))
def test_a_score_does_not_depend_on_the_order_of_its_features(values, rnd):
    # features arrive as sets, whose order changes with the hash seed: a rounded sum in that
    # order had made two builds of the same articles keep different statements at the threshold
    weights = {f"f{i}": [0.0, v] for i, v in enumerate(values)}
    two = LinearModel(classes=["0", "1"], weights={**weights, "__bias__": [0.0, 0.3]})
    three = LinearModel(classes=["a", "b", "c"], weights={f: [v, -v, 2 * v] for f, (_, v) in weights.items()})
    names = list(weights)
    shuffled = names[:]
    rnd.shuffle(shuffled)
    assert two.log_odds(names) == two.log_odds(shuffled)
    assert two.log_odds(dict.fromkeys(names, 0.7)) == two.log_odds(dict.fromkeys(shuffled, 0.7))
    assert (three.scores(names) == three.scores(shuffled)).all()


def test_models_save_atomically(tmp_path):
    m = fit([{"a"}, {"b"}] * 3, ["0", "1"] * 3, min_count=1)
    path = tmp_path / "m.json"
    save({"actor": m}, {"threshold": 0.1}, path)
    models, meta = load(path)
    assert meta["threshold"] == 0.1 and models["actor"].classes == ["0", "1"]
    assert not list(tmp_path.glob("*.tmp"))


def test_the_shipped_model_is_small_and_complete():
    from kg.extract.learned import MODEL_PATH, load_models

    assert MODEL_PATH.stat().st_size < 5_000_000
    m = load_models()
    assert m is not None and m.confidence is not None and 0 < m.threshold < 1
    assert set(m.relation.classes) <= {"demands", "proposes", "supports", "accepts", "rejects", "opposes",
                                       "conditions", "threatens", "accuses", "praises", "consults", "says"}


# ---- candidates -------------------------------------------------------------

def units_of(text: str):
    from kg.config import Settings
    from kg.extract.headlines import for_parser
    from kg.extract.document import extract_document
    from kg.ingest import content_hash
    from kg.lexicon import load_lexicon
    from kg.nlp import load_pipeline
    from kg.records import Document

    s = Settings.from_env()
    lex = load_lexicon(s.ontology)
    doc = Document(id="t", text=text, content_hash=content_hash(text))
    units: list = []
    extract_document(doc, load_pipeline(s.model, s.ontology)(for_parser(text, lex)), lex, learned=False, units=units)
    return units


def test_an_unnamed_group_is_described_by_its_words():
    # BBC politics style: no name, a plural subject
    units = units_of("Two local councillors met the chairman on Tuesday. Children's charities have reacted with alarm.")
    labels = {c.actor.label for u in units for c in u.actors}
    # (councillors are a group noun: the resolver names them, without the number)
    assert "Local councillors" in labels and "Children's charities" in labels


def test_reading_candidates_leaves_the_rules_alone(extract):
    # the candidates resolve names too; the rules' pronouns and groups must not change
    text = ("The leaders of France, Germany and Italy met in Rome. The coalition of leaders reiterated their "
            "commitment to supporting Greece.")
    assert ("European leaders", "supports", "Greece") in triples(extract(text))


def test_the_tone_of_what_is_said_is_a_feature():
    units = units_of('Mark Serwotka said: "It is a disgraceful waste of public money and a shameful betrayal."')
    speaker = next(c for u in units for c in u.actors if c.actor.label == "Mark Serwotka")
    feats = speaker.feats | units[0].feats
    assert any(f.endswith("tone:neg") or f.endswith("tone:very_neg") for f in feats)
    assert speaker.quote is not None and "disgraceful" in speaker.quote.text


def test_a_persons_name_is_no_word_feature():
    # the stages read what is said, not who in train said it
    units = units_of("Senator Maria Okonkwo criticised the pension reforms on Tuesday.")
    c = next(c for u in units for c in u.actors if c.actor.label == "Maria Okonkwo")
    feats = c.feats | units[0].feats
    assert {"w:criticise", "w:reform"} <= feats and {"cw:reform", "cw:pension"} <= feats
    assert not {f for f in feats if f.split(":")[-1] in {"maria", "okonkwo"}}


def test_target_candidates_include_the_object_and_its_of_phrase():
    units = units_of("The Tories are to back controversial government plans to introduce ID cards.")
    labels = {t.label for t in units[0].targets}
    assert "ID cards" in labels
    assert any("plans" in x for x in labels)


def test_a_phrasal_verb_target_keeps_its_particle():
    # from a train sentence: the coder's target is "stand down"; "stand" alone matched nothing, and
    # "see tax increases" (for "see off tax increases") said the opposite of what was meant
    units = units_of("Mr Flight says he will not stand down as a candidate unless his local party instructs him.")
    labels = {t.label for t in units[0].targets}
    assert "stand down" in labels and "stand" not in labels
    units = units_of("Charles Kennedy wants to see off tax increases.")
    assert "see off tax increases" in {t.label for t in units[0].targets}


def test_target_candidates_keep_a_hyphened_determiner():
    # written for this test: "all-party" had lost "all" and kept the hyphen ("-party meeting")
    units = units_of("The chief minister called for an all-party meeting on delimitation.")
    labels = {t.label for t in units[0].targets}
    assert "all-party meeting" in labels and not any(x.startswith("-") for x in labels)


def test_he_in_a_speakers_quotation_is_not_the_speaker():
    # written for this test: a speaker says "I"; "he" in the quotation is the man named before,
    # as an actor candidate and as a target (whom an accusation is about where no name is given)
    units = units_of('Senator Mark Walsh spoke about Governor Tom Reid at a town hall in Ohio on Monday.\n\n'
                     '"He has broken every promise he made to this state," Walsh said.')
    he = next(c for c in units[1].actors if c.token is not None and c.token.lower_ == "he")
    assert he.actor.label == "Tom Reid"
    assert [t.label for t in units[1].targets if "referred" in t.feats] == ["Tom Reid"]


def test_a_role_phrase_or_pronoun_names_an_actor_target():
    # written for this test: the accused is named by a role phrase, then by a pronoun; "her" in
    # "her party" is no target
    units = units_of("Ohio Governor Tom Reid spoke on Monday. Senator Ann Walsh accused the governor of lying. "
                     "Her party criticised him.")
    referred = [[(t.token.lower_, t.label) for t in u.targets if "referred" in t.feats] for u in units[1:]]
    assert referred == [[("governor", "Tom Reid")], [("him", "Tom Reid")]]


# ---- decisions --------------------------------------------------------------

def test_a_clear_rejection_is_kept(extract_learned):
    sts = extract_learned("Russia rejected the ceasefire proposal on Monday.")
    assert ("Russia", "rejects", "ceasefire") in triples(sts)


def test_criticism_of_a_plan_opposes_it(extract_learned):
    sts = extract_learned("Labour MPs criticised the government's plans to introduce ID cards.")
    got = {(a, r) for a, r, _ in triples(sts)}
    assert ("Labour MPs", "opposes") in got


def test_a_quoted_attack_credits_the_speaker_with_the_quote(extract_learned):
    text = ('The union leader Mark Serwotka said: "These job cuts are a disgraceful attack on public services '
            'and we will fight them."')
    sts = [s for s in extract_learned(text) if s.actor.label == "Mark Serwotka"]
    assert sts, "the speaker takes a position"
    assert sts[0].quote is not None and "disgraceful" in sts[0].quote.text
    # which relation it reads there is guarded in aggregate, by the dev scores (test_scores.py)


def test_rules_only_is_a_setting(tmp_path):
    from kg.config import Settings

    assert Settings.from_env(learned=False).extraction_hash() != Settings.from_env().extraction_hash()


# ---- training ---------------------------------------------------------------

needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(),
                                  reason="../shared/eval (the project's scorer) is not beside this clone")


def tiny_corpus(tmp_path) -> Path:
    """Eight articles written for the tests, their gold in the guidelines' format."""
    texts = tmp_path / "texts"
    texts.mkdir()
    gold = []
    sentences = [
        ("Labour MPs criticised the government's plans for ID cards.", "Labour MPs", "opposes", "ID cards"),
        ("The Tories welcomed the plans for ID cards.", "Tories", "supports", "ID cards"),
        ("Unions condemned the pension reforms.", "Unions", "opposes", "pension reforms"),
        ("The CBI backed the pension reforms.", "Confederation of British Industry", "supports", "pension reforms"),
    ]
    for i in range(8):
        text, actor, rel, target = sentences[i % 4]
        text = f"{text} It was the {['first', 'second'][i // 4]} time."
        (texts / f"d{i}.txt").write_text(text, encoding="utf-8")
        gold.append({"doc": f"d{i}", "actor": {"label": actor, "match": [actor]}, "relation": rel,
                     "target": {"label": target, "match": [target]}, "sentence": text, "start": 0,
                     "end": len(text)})
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")
    return texts


@needs_shared
def test_kg_train_fits_and_cross_validates_on_gold(tmp_path, capsys):
    from kg.cli import main

    texts = tiny_corpus(tmp_path)
    out = tmp_path / "model.json"
    assert main(["train", str(texts), "--gold", str(tmp_path / "gold.jsonl"), "--cv", "2", "--repeats", "2",
                 "-o", str(out)]) == 0
    models, meta = load(out)
    assert {"actor", "relation", "target", "confidence"} <= set(models)
    assert meta["documents"] == 8 and "cross_validated" in meta
    printed = capsys.readouterr().out
    assert re.search(r"repeated \(2 splits\) full F1: mean \d\.\d{3}, sd \d\.\d{3} \(\d\.\d{3} \d\.\d{3}\)", printed)
    # the model's threshold is the one chosen on the splits' mean curve
    chosen = re.search(r"mean full F1 by threshold: .*; threshold (\d\.\d+)", printed)
    assert chosen and float(meta["threshold"]) == float(chosen.group(1))


@needs_shared
def test_gold_whose_actors_match_nothing_is_a_clear_error(tmp_path, capsys):
    from kg.cli import main

    texts = tiny_corpus(tmp_path)
    gold = tmp_path / "gold.jsonl"
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        r["actor"] = {"label": "Nobody At All", "match": ["Nobody At All"]}
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["train", str(texts), "--gold", str(gold), "--cv", "2", "-o", str(tmp_path / "m.json")]) == 2
    assert "matches a gold statement's actor" in capsys.readouterr().err
    assert not (tmp_path / "m.json").exists()


@needs_shared
def test_kg_train_writes_the_whole_pipelines_held_out_statements(tmp_path, capsys):
    from kg.cli import main

    texts = tiny_corpus(tmp_path)
    rows_path = tmp_path / "held_out.jsonl"
    assert main(["train", str(texts), "--gold", str(tmp_path / "gold.jsonl"), "--cv", "2", "--whole",
                 "--predictions", str(rows_path)]) == 0
    rows = [json.loads(line) for line in rows_path.read_text(encoding="utf-8").splitlines()]
    assert rows and {r["doc"] for r in rows} <= {f"d{i}" for i in range(8)}
    assert all(r["relation"] and r["actor"] and r["sentence"] for r in rows)
    # the same figure the run printed is what the scorer says of the file
    from kg.evaluate import _scorer

    S = _scorer("score")
    printed = capsys.readouterr().out
    whole = printed[printed.index("whole pipeline"):]
    f1 = float(re.search(r"full\s+\S+\s+\S+\s+(\d\.\d{3})", whole).group(1))
    gold = [json.loads(line) for line in (tmp_path / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert round(S.score(gold, rows)["full"]["f1"], 3) == f1


def test_repeated_splits_shuffle_whole_articles_and_keep_each_once():
    from types import SimpleNamespace

    from kg.train import folds

    parsed = [SimpleNamespace(document=SimpleNamespace(id=f"d{i:02d}")) for i in range(20)]
    first = folds(parsed, 4)
    assert first == folds(list(reversed(parsed)), 4)  # the model's own split: by id, whatever the order read
    for seed in (1, 2, 3):
        parts = folds(parsed, 4, seed)
        ids = [p.document.id for f in parts for p in f]
        assert sorted(ids) == [p.document.id for p in parsed]  # every article held out once
        assert parts == folds(parsed, 4, seed)  # reproducible
        assert parts != first


def test_a_quotation_with_no_position_read_still_credits_its_speaker(extract_learned):
    # PolNeAR-style: a long quotation over two sentences, credited after it
    text = ('"We have been talking to the families all week. Nobody here has slept much," '
            'said Maria Lopez, a spokeswoman for the county.')
    sts = [s for s in extract_learned(text) if s.quote is not None]
    assert sts and sts[0].actor.label == "Maria Lopez"
    quotation = text[1:text.index('," said')]
    whole = max(sts, key=lambda s: len(s.quote.text))
    assert len(whole.quote.text) * 2 >= len(quotation)  # most of it, as PolNeAR's scorer asks
    assert text[whole.actor_span.start:whole.actor_span.end] == "Maria Lopez"


@pytest.mark.parametrize("content, message", [
    (b'{"doc": "a", bad\n', r"bad.jsonl:1: not JSON"),
    (b"\xff\xfe\x00binary", r"not a UTF-8 JSONL file"),
    (b'{"doc": "a", "relation": "says"}\n', r"bad.jsonl:1: a gold statement needs actor, start, end"),
])
def test_bad_gold_for_training_is_refused_with_its_place(tmp_path, content, message):
    from kg.errors import KGError
    from kg.train import read_gold

    (tmp_path / "bad.jsonl").write_bytes(content)
    with pytest.raises(KGError, match=message):
        read_gold([tmp_path / "bad.jsonl"])
    with pytest.raises(KGError, match="no such gold file"):
        read_gold([tmp_path / "missing.jsonl"])


def test_a_quotation_no_topic_names_is_about_what_the_target_stage_chooses():
    from kg.extract.learned import load_models
    from kg.extract.quote_fallback import said_about
    from kg.records import Span

    text = '"The new bypass will cut journey times for commuters," said Maria Lopez, the county engineer.'
    units = units_of(text)
    speaker = next(c.mention for u in units for c in u.actors if c.actor.label == "Maria Lopez")
    quote = Span(1, text.index(',"'), text[1:text.index(',"')])
    target = said_about(units, load_models(), speaker, quote)
    assert target is not None and target.label.lower() in text.lower()
    assert "maria lopez" not in target.label.lower()


@pytest.mark.parametrize("text", [
    "Hua Chunying said the South China Sea was not the business of outsiders.",
    "Japan and Vietnam raised the South China Sea at the summit.",
])
def test_a_place_name_inside_a_longer_name_is_no_actor(text):
    # "East China Sea": a name that modifies a longer name is part of it, not an actor or an actor target
    units = units_of(text)
    actors = {c.actor.label for u in units for c in u.actors}
    named_targets = {t.label for u in units for t in u.targets if t.target is not None and hasattr(t.target, "kind")}
    assert not {"South China", "East China", "South", "East"} & (actors | named_targets)


def test_a_country_is_nobodys_surname():
    # once 'South China' was misread as a person, every later 'China' became that person
    units = units_of("Japan and Vietnam raised the South China Sea at the summit. China rejected the ruling.")
    assert "China" in {c.actor.label for u in units for c in u.actors}


def test_a_quote_below_the_threshold_keeps_the_position_read_in_it(extract_unkept):
    # BBC-style: nothing kept (threshold above every confidence), so the quotation falls to the
    # fallback, which carries the position the stages read in it rather than a bare 'says'
    from kg.extract.quote_fallback import SAYS_CONFIDENCE

    sts = extract_unkept('Mr Kennedy said: "The tax on pensioners is unfair and it should go."')
    assert [(s.actor.label, s.relation.value, s.confidence) for s in sts] == [
        ("Kennedy", "opposes", SAYS_CONFIDENCE)]
    assert sts[0].quote is not None and sts[0].quote.text.startswith("The tax on pensioners")


def test_a_position_read_below_the_threshold_rests_on_its_sentences_part_of_the_quotation(extract_unkept):
    # written for this test, BBC style: a quotation over two sentences; the position read in the
    # first rests on the first sentence's words, and a bare "says" credits the whole quotation
    text = ('"The tax on pensioners is unfair and it should go," Mr Kennedy said. '
            '"We will make the case for a fairer system in every seat in the country."')
    sts = extract_unkept(text)
    first = {s.relation.value: s for s in sts if s.quote is not None and s.quote.start < text.index("Mr Kennedy")}
    assert set(first) == {"opposes", "says"}
    assert first["opposes"].quote.text.rstrip(",") == "The tax on pensioners is unfair and it should go"
    assert first["opposes"].quotation is None  # the part it rests on is its sentence's: PolNeAR credits such pieces
    whole = first["says"].quotation
    assert whole is not None and whole.text.startswith("The tax on") and whole.text.endswith("in the country.")


@pytest.mark.parametrize("text", ['"I think the voters will see through this," Mr Howard told reporters.',
                                  "Donald Trump said on Monday that Trump supporters would turn out in force."])
def test_an_actor_is_never_its_own_target(extract_learned, text):
    # 'Mr Howard', 'Trump', 'Donald' are the speaker's own name words, not what he speaks about
    from kg.extract.target_options import names_the_actor

    for s in extract_learned(text):
        assert s.target is None or not names_the_actor(s.target.label, s.actor), (s.actor.label, s.target.label)


@pytest.mark.parametrize("text", [
    '"We are ready to go further if Moscow keeps stalling," EU foreign policy chief Kaja Kallas told reporters.',
    '"The talks were constructive and we expect more," Germany\'s new Chancellor Friedrich Merz told reporters in Berlin.',
    '"This is a dangerous escalation," said a senior official of the Japanese defence ministry in Tokyo.'])
def test_the_words_that_credit_a_quotation_are_no_target_of_its_speaker(text):
    # wire copy names a speaker with a long title ("EU foreign policy chief Kaja Kallas", "an official
    # from South Korea's Joint Chiefs of Staff"): those words say who speaks, not what about
    from kg.extract.target_options import target_options

    units = units_of(text)
    assert any(c.speaker is not None for u in units for c in u.actors)
    for unit in units:
        for c in unit.actors:
            naming = [m.span for m in (c.mention, c.speaker) if m is not None]
            for t in target_options(unit, c):
                assert t.token is None or not any(s.start <= t.token.idx < s.end for s in naming), t.label


def test_own_name_words_are_recognised():
    from kg.extract.target_options import names_the_actor
    from kg.records import Actor

    trump = Actor(label="Donald Trump", kind="person")
    assert names_the_actor("Trump", trump) and names_the_actor("Mr. Trump", trump) and names_the_actor("Donald", trump)
    assert not names_the_actor("Trump supporters", trump) and not names_the_actor("Hillary Clinton", trump)


def test_an_outlet_that_reports_is_no_candidate():
    # the gazetteer's newspaper, as the subject of 'reported', takes no position
    units = units_of("The minister rejected the plan to close the hospital, The Guardian reported on Saturday.")
    assert not {"Guardian", "The Guardian"} & {c.actor.label for u in units for c in u.actors}


def test_an_actor_with_two_positions_in_a_sentence_has_a_second_reading():
    # a third of the gold's statements share sentence and actor with another ('accuses Labour',
    # 'opposes tuition fees'): the next best reading about another target rides along,
    # and the calibrator decides whether it is kept
    from kg.extract.learned import decide, decisions, load_models

    models = load_models()
    units = units_of("Simon Hughes accused Labour of betraying students and attacked the tuition fees plan.")
    c = next(c for u in units for c in u.actors if c.actor.label == "Simon Hughes")
    unit = next(u for u in units if c in u.actors)
    d = decide(unit, c, models)
    assert d.second is not None and d.second.is_second and d.second.target is not None
    assert d.target is None or d.second.target.label.lower() != d.target.label.lower()
    assert d.second in decisions(units, models)


def test_a_second_reading_is_about_another_noun_not_the_same_in_other_words():
    """'plan' and 'plan for tuition fees': one target, which a second
    statement would only repeat."""
    from kg.extract.learned import decide, load_models

    models = load_models()
    seconds = 0
    for text in ("Labour criticised the plan for tuition fees.", "Unions rejected the offer of a pay rise.",
                 "The Tories attacked the government's plans for ID cards.",
                 "Simon Hughes accused Labour of betraying students and attacked the tuition fees plan."):
        for unit in units_of(text):
            for c in unit.actors:
                d = decide(unit, c, models)
                if d.second is not None and d.target is not None and d.target.token is not None:
                    seconds += 1
                    assert d.second.target.token is not d.target.token, (text, d.target.label, d.second.target.label)
    assert seconds


def test_an_owner_not_named_leaves_a_target_whole(extract):
    """'the prime minister's stance' keeps its owner whole, never 'prime stance'."""
    labels = [s.target.label for s in extract("Kemi Badenoch backed the prime minister's stance on Ukraine. "
                                              "Labour criticised the foreign secretary's plan.") if s.target]
    assert labels and not [x for x in labels if x.startswith(("prime stance", "foreign plan"))], labels
    assert "foreign secretary's plan" in labels, labels


def test_an_actors_positions_elsewhere_in_the_article_are_features():
    # written for this test, after BBC politics train articles: an actor keeps its stance through an
    # article, so what the rules read in one sentence informs the reading of its quote in another
    text = ('The Liberal Democrats oppose tuition fees. '
            'Mr Kennedy said on Monday: "Fees will drive students away from university."')
    units = units_of(text)
    second = next(c for c in units[1].actors if "Kennedy" in c.actor.label)
    lib = next(c for c in units[0].actors if c.actor.label == "Liberal Democrats")
    assert "doc_rule:opposes" not in lib.feats  # its own sentence is not "elsewhere"
    assert not any(f.startswith("doc_rule:") for f in second.feats)  # another actor's stance is not his
    text2 = ('Charles Kennedy opposes tuition fees. '
             'Mr Kennedy said on Monday: "Fees will drive students away from university."')
    units2 = units_of(text2)
    quoted = next(c for c in units2[1].actors if "Kennedy" in c.actor.label)
    assert "doc_rule:opposes" in quoted.feats
    fees = next(t for t in units2[1].targets if t.label.lower() == "fees")
    assert "doc_rule_target" in fees.feats
    from kg.extract.target_candidates import pair_features
    assert "doc_same_position" in pair_features("opposes", quoted, fees)
    other = pair_features("supports", quoted, fees)
    assert "doc_other_position" in other and "doc_same_position" not in other


def test_a_headline_before_a_blank_line_gives_labels_on_one_line():
    # written for this test, after a BBC politics train headline: the target had come out as "Hodge\n\n"
    # (the candidates the learned stages choose from, whichever of them a model keeps)
    units = units_of('Unions leave door open for Hodge\n\nThe union said it would deal "fairly" with any '
                     'application by Margaret Hodge to rejoin its ranks.\n')
    labels = [c.actor.label for u in units for c in u.actors] + [t.label for u in units for t in u.targets]
    assert "Hodge" in labels or "Margaret Hodge" in labels
    assert all(label == " ".join(label.split()) for label in labels)


def test_a_family_name_first_is_the_person_named_in_full():
    # written for this test: Chinese names put the family name first ('Cui Heng ... Cui said'); the
    # candidates the learned stages choose from, whichever of them a model keeps
    units = units_of('Russia has shifted its focus back to Ukraine, said Cui Heng, a scholar at a Shanghai institute. '
                     'Cui said the key obstacle lies in preconditions for talks.')
    labels = {c.actor.label for u in units for c in u.actors}
    assert "Cui Heng" in labels and "Cui" not in labels and "Heng" not in labels


def test_the_subject_of_the_clause_holding_a_quotation_voices_it(extract_learned):
    # written for this test, after a US politics train sentence ('Trump launched into a lament for the
    # "countless ..."'): the quotation had gone to a fallback statement beside Ruiz's own, which had none
    text = ('Senator Dan Ruiz spoke to voters on Tuesday. "We will fix this," Mary Cole said, as Ruiz blamed '
            'the governor for the "reckless spending" of the administration.')
    ruiz = [s for s in extract_learned(text) if s.actor.label == "Dan Ruiz"]
    assert ruiz and all(s.quote is not None and s.quote.text == "reckless spending" for s in ruiz)
    assert len({(s.relation, s.target) for s in ruiz}) == len(ruiz)  # no second statement to carry the quotation


def test_a_statement_carries_the_fragment_its_target_is_in(extract_learned):
    # written for this test, after a world news train sentence ('He called it "shameful" and called on
    # leaders "not to feed that dark impulse"'): every statement had carried the longest fragment
    text = ('Mayor Lisa Park spoke after the vote on Tuesday. "The closure is a betrayal," she said of the plan, '
            'and she called on the council to "keep the library open".')
    # a position rests on its fragment; a bare "says" stands for the whole quotation it merges with
    about = [s for s in extract_learned(text) if s.actor.label == "Lisa Park" and s.target is not None
             and "library" in s.target.label and s.confidence > 0.05 and s.relation.value != "says"]
    assert about and all(s.quote.text == "keep the library open" for s in about)


def test_the_threshold_is_the_smoothed_peak_and_a_near_tie_goes_lower():
    from kg.train import choose_threshold

    # a lone spike loses to a broad peak
    assert choose_threshold({0.04: 0.10, 0.05: 0.30, 0.06: 0.10, 0.07: 0.20, 0.08: 0.21, 0.09: 0.20,
                             0.10: 0.15}) == 0.08
    # a kg train curve: smoothed 0.1907 at 0.08 and 0.1913 at 0.09 are a tie, which 0.08 wins
    curve = {0.05: 0.179, 0.06: 0.188, 0.07: 0.188, 0.08: 0.193, 0.09: 0.191, 0.10: 0.190, 0.11: 0.181}
    assert choose_threshold(curve) == 0.08
    assert choose_threshold(curve | {0.07: 0.180, 0.08: 0.185}) == 0.09  # no longer a tie


def test_a_second_reading_with_the_same_relation_is_not_about_a_phrase_nested_in_the_first():
    """'condemned the incident' and 'condemned the incident as a blatant act':
    one act, which a second statement only repeats (sentences written in the
    style of 2025 wire news)."""
    from kg.extract.learned import decide, load_models, nested

    models = load_models()
    checked = 0
    for text in ("Coast guard spokesman Jay Tarriela condemned the incident as \"a blatant act of aggression\".",
                 "Dutch Prime Minister Dick Schoof said the Netherlands opposed any new joint borrowing to fund "
                 "the guarantee scheme.",
                 "Indonesia's President Prabowo Subianto offered to host a special ministerial meeting in Jakarta."):
        for unit in units_of(text):
            for c in unit.actors:
                d = decide(unit, c, models)
                if d.target is None:
                    continue
                checked += 1
                s = d.second
                assert s is None or s.relation != d.relation or not nested(s.target, d.target), \
                    (text, d.relation, d.target.label, s.target.label)
    assert checked


def test_a_statement_on_a_later_sentence_leaves_the_quotations_first_sentence_unheard():
    # written for this test: a quotation over two sentences, its speaker's statement kept on the second
    from kg.extract.mentions import Mention
    from kg.extract.quote_fallback import rests_on
    from kg.records import Actor, Relation, Span, Statement

    text = ('"The tax on pensioners is unfair. We will scrap it in our first budget," Mr Kennedy said.')
    kennedy = Actor(label="Charles Kennedy", kind="person")
    speaker = Mention(kennedy, Span(76, 87, "Mr Kennedy"), "name")
    whole = Span(1, 71, text[1:71])
    first, second = Span(0, 34, text[:34]), Span(35, len(text), text[35:])

    def kept(sentence: Span) -> Statement:
        return Statement(doc_id="t", sentence=sentence, actor=kennedy, relation=Relation("proposes"),
                         quote=Span(35, 71, text[35:71]) if sentence is second else whole)

    assert rests_on(kept(first), speaker, whole)
    assert not rests_on(kept(second), speaker, whole)  # the first sentence still needs its statement
    other = Statement(doc_id="t", sentence=first, actor=Actor(label="Labour Party", kind="party"),
                      relation=Relation("says"), quote=whole)
    assert not rests_on(other, speaker, whole)


def test_relational_odds_is_the_log_odds_of_pair_relational():
    """decide's fast relational score sums the same weights as the feature route, to the bit."""
    import random

    from kg.extract.learned import load_models
    from kg.extract.target_candidates import crossing, pair_relational, relational_odds

    target = load_models().target
    names = [f.split("|", 1)[1] for f in target.weights if "|" in f]
    rng = random.Random(7)
    for _ in range(200):
        static = dict.fromkeys(rng.sample(names, 6), 1.0) | {"sim": 0.31}
        for extra in rng.sample(["doc_pos:opposes", "doc_pos:supports", "rule_target:opposes", "x"], 2):
            static[extra] = 1.0
        for relation in ("opposes", "supports", "accuses", "says"):
            fast = relational_odds(target, relation)(static, crossing(static))
            assert fast == target.log_odds(pair_relational(relation, None, static), bias=False)
