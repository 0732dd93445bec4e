"""The event typer: word families, cues, second-stage rules, the shipped model and its file format."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest

from extract.events import combine
from extract.triggers import Trigger
from extract.typer import DETECT, EVENTS, TYPES, Typed, Typer, refine
from extract.typer.words import family, features, fingerprint, may_have_cue, span_of
from extract.typer.model import CALIBRATIONS, MODEL_PATH, ModelError, TypingModel, softmax
from extract.vocabulary import NO_EVENT, acled_labels, event_type_of, labels

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import train_typing  # noqa: E402


@pytest.fixture(scope="module")
def typer() -> Typer:
    return Typer()


@pytest.mark.parametrize("words, family_", [
    (("protest", "protests", "protested", "protesting", "protesters"), "protest"),
    (("demonstrators", "demonstration", "demonstrated"), "demonstr"),
    (("clash", "clashes", "clashed"), "clash"),
    (("shot", "shooting", "shootings"), "shoot"),
    (("seize", "seized", "seizes"), "seiz"),
    (("airstrike", "airstrikes"), "air_strike"),
])
def test_a_word_family_reads_as_one(words, family_):
    assert {family(w) for w in words} == {family_}


@pytest.mark.parametrize("text, present, absent", [
    ("Police fired tear gas at the crowd.", {"c:dispersed", "w:polic", "b:tear_gas"}, {"w:the", "w:at"}),
    ("Protesters threw stones at the police.", {"c:violent", "c:protest"}, {"c:lethal_force"}),
    ("A car bomb went off near the market.", {"c:remote_bomb"}, {"c:suicide"}),
    ("Floods swept away hundreds of homes.", {"c:disaster"}, {"c:violence"}),
    ("An air-strike on the depot killed two.", {"c:air", "b:air_strik", "w:strik"}, {"w:air-strik"}),
    ("Students held a sit in at the gate.", {"c:protest"}, set()),
])
def test_features_have_families_pairs_and_cues_but_no_function_words(text, present, absent):
    names = set(features(text))
    assert present <= names and not absent & names


@pytest.mark.parametrize("text, worth", [
    ("Gunmen killed four people on the road to the border.", True),
    ("The minister visited a new school for girls.", False),
    ("They found a booby-trapped car.", True),
    ("Miners were trapped underground for a week.", False),
])
def test_only_sentences_with_an_event_cue_are_worth_typing(text, worth):
    assert may_have_cue(text) is worth


def test_span_of_finds_the_feature_in_the_text():
    text = "Yesterday rioters torched two cars."
    assert text[slice(*span_of("c:violent", text))] == "rioters"
    assert text[slice(*span_of("b:torch_two", text))] == "torched two"
    assert span_of("w:absent", text, 3) == (3, 3)


def test_a_hyphened_compound_reads_as_its_words():
    assert features("A drone-strike hit a sit-in.") == features("A drone strike hit a sit in.")
    text = "Then an air-strike hit."
    assert text[slice(*span_of("c:air", text, 5))] == "air-strike"


@pytest.mark.parametrize("label, text, becomes", [
    ("Peaceful protest", "Protesters threw stones at the police.", "Violent demonstration"),
    ("Peaceful protest", "Police fired tear gas to disperse the protesters.", "Protest with intervention"),
    ("Protest with intervention", "Police opened fire on the protesters with live ammunition.",
     "Excessive force against protesters"),
    ("Government regains territory", "Rebels captured the town from the army.", "Non-state actor overtakes territory"),
    ("Government regains territory", "The army captured the town from the rebels.", "Government regains territory"),
    ("Non-state actor overtakes territory", "Troops retook the village that militants had held.",
     "Government regains territory"),
    ("Chemical weapon", "A chlorine leak at a factory sent forty workers to hospital.", "Man-made disaster"),
    ("Excessive force against protesters", "Police shot two protesters after the crowd threw stones at them.",
     "Violent demonstration"),                                  # protesters' violence first (ACLED codebook)
    ("Peaceful protest", "Protesters hurled stones and police shot dead two of them.", "Violent demonstration"),
    ("Government regains territory", "Soldiers entered the town without firing a shot.",
     "Non-violent transfer of territory"),
    ("Non-state actor overtakes territory", "Rebels moved into the town unopposed after the garrison left.",
     "Non-violent transfer of territory"),
    ("Change to group/activity", "Rebel fighters entered the town without meeting resistance.",
     "Non-violent transfer of territory"),
    ("Change to group/activity", "The army withdrew its troops from the border.", "Change to group/activity"),
    ("Peaceful protest", "Thousands marched through the capital.", "Peaceful protest"),
])
def test_second_stage_rules_inside_an_event_type(label, text, becomes):
    assert refine(label, features(text), text, 0, len(text))[0] == becomes


@pytest.mark.parametrize("text, label", [
    ("A suicide bomber blew himself up outside a police station, killing six officers.", "Suicide bomb"),
    ("Fighter jets struck rebel positions overnight, the air force said.", "Air/drone strike"),
    ("Gunmen abducted a priest and two teachers on the highway.", "Abduction/forced disappearance"),
    ("Police arrested 40 opposition activists in dawn raids.", "Arrests"),
    ("A strong earthquake hit the mountain villages, killing dozens.", "Natural disaster"),
    ("The two foreign ministers met to discuss trade and visas.", "Diplomatic event"),
])
def test_clear_sentences_get_their_label(typer, text, label):
    typed = typer.classify(text)
    assert typed.label == label
    assert 0 <= typed.start < typed.end <= len(text) and 0.0 <= typed.score <= 1.0


def test_the_label_sets(typer):
    text = "Heavy rain caused floods that destroyed bridges."
    assert typer.classify(text).label in labels()
    assert typer.classify(text, which="acled").label in acled_labels()


def test_ranked_scores_event_types_and_ordinary_news(typer):
    news = "The central bank kept interest rates unchanged on Thursday."
    assert typer.ranked(news, 0, len(news))[0].label == NO_EVENT
    attack = "Militants fired mortars at the army base, wounding three soldiers."
    best = typer.ranked(attack, 0, len(attack), 0.5)[0]
    assert best.event_type == "Explosions/Remote violence" and attack[best.start:best.end]


@pytest.mark.parametrize("text", [
    "The Air Force bombs a rebel camp in the hills, killing 12 fighters.",
    "Three bombs explode in the capital, killing about five people.",
])
def test_the_evidence_span_holds_an_event_word(typer, text):
    best = typer.ranked(text, 0, len(text), 0.5)[0]
    assert best.event_type == "Explosions/Remote violence" and may_have_cue(text, best.start, best.end)


def test_detection_puts_an_acled_event_first_when_its_type_is_in_doubt(typer):
    text = "Armed men attacked the town, and many people were killed."
    groups = typer.ranked(text, 0, len(text), 0.0, detect=False)
    detected = typer.ranked(text, 0, len(text), 0.0)[0]
    # the summed chance that anything happened is at least the likeliest type's share (by how much is the model's)
    assert detected.event_type and detected.score > max(g.score for g in groups if g.event_type)
    news = "The central bank kept interest rates unchanged on Thursday."
    assert typer.ranked(news, 0, len(news), 0.0)[0].label == NO_EVENT


def _trigger(event_type: str, sub: str, start: int = 0) -> Trigger:
    return Trigger(start, start + 4, event_type, sub, "", "", 5)


RULE = {"Battles": _trigger("Battles", "Armed clash", 10)}


@pytest.mark.parametrize("rules, ranked, expected", [
    (RULE, [Typed("Natural disaster", "", 0.9, 0, 3)], []),                                  # another class vetoes
    (RULE, [Typed(NO_EVENT, "", 0.95, 0, 3)], [("Battles", "Armed clash", 10)]),            # "None" does not
    (RULE, [Typed("Attack", "Violence against civilians", 0.6, 0, 3)], [("Battles", "Armed clash", 10)]),
    (RULE, [Typed("Armed clash", "Battles", 0.9, 0, 3)], [("Battles", "Armed clash", 10)]),  # the rule's span stays
    (RULE, [Typed("Attack", "Violence against civilians", 0.9, 0, 3)], [("Violence against civilians", "Attack", 0)]),
    ({}, [Typed("Grenade", "Explosions/Remote violence", 0.9, 2, 9),
          Typed("Arrests", "Strategic developments", 0.85, 4, 9)],
     [("Explosions/Remote violence", "Grenade", 2), ("Strategic developments", "Arrests", 4)]),
    ({}, [Typed("Grenade", "Explosions/Remote violence", 0.5, 2, 9)], []),
])
def test_combine_rules_and_typer(rules, ranked, expected):
    assert [(t.event_type, t.sub_event_type, t.start) for t in combine(rules, ranked, 0.8)] == expected


def test_the_shipped_model_loads_and_fits_the_vocabulary():
    model = TypingModel.load()
    assert set(model.classes) == set(labels()) | {NO_EVENT}
    assert model.weights.shape == (len(model.index), len(model.classes))
    for which in CALIBRATIONS:
        x, y = model.calibration[which]
        assert x[0] == 0.0 and x[-1] == 1.0 and all(0.0 <= a <= b <= 1.0 for a, b in zip(y, y[1:]))
    assert MODEL_PATH.stat().st_size < 3_000_000


def test_the_training_script_writes_what_run_time_reads(tmp_path):
    texts = ["Rebels seized the town.", "Rebels captured the town.", "Police arrested ten men.",
             "Police detained ten men.", "The bank raised rates.", "The bank cut rates."]
    golds = ["Non-state actor overtakes territory"] * 2 + ["Arrests"] * 2 + [NO_EVENT] * 2
    rows = train_typing.featurise(texts)
    vectoriser, model = train_typing.fit(rows, golds, 1.0)
    maps = {w: (np.linspace(0, 1, 3, dtype=np.float32), np.array([0, 0.5, 1], np.float32), 1.0) for w in CALIBRATIONS}
    train_typing.export(vectoriser, model, maps, tmp_path / "m.npz")
    loaded = TypingModel.load(tmp_path / "m.npz")
    assert loaded.classes == tuple(sorted(set(golds))) and loaded.calibrated(0.25, EVENTS) == pytest.approx(0.25)


# three sentences, classes (Arrests, Attack, None): what each calibrated decision sees
HELD_OUT = np.array([[0.5, 0.4, 0.1], [0.1, 0.2, 0.7], [0.3, 0.3, 0.4]])


@pytest.mark.parametrize("which, golds, top, right", [
    (DETECT, ["Attack", NO_EVENT, "Arrests"], [0.9, 0.3, 0.6], [1, 0, 1]),   # summed ACLED probability
    (EVENTS, ["Attack", NO_EVENT, "Arrests"], [0.5, 0.7, 0.4], [0, 1, 0]),   # best group: two event types
    ("acled", ["Attack", NO_EVENT, "Arrests"], [0.5 / 0.9, 0.5], [0, 1]),    # "None" items are left out
    (TYPES, ["Attack", NO_EVENT, "Arrests"], [0.5 / 0.9, 0.5], [0, 1]),      # event type's share of ACLED
])
def test_each_calibrated_decision_sees_its_own_probability_and_truth(which, golds, top, right):
    decide = {DETECT: train_typing._detection, EVENTS: train_typing._best_group,
              TYPES: train_typing._best_type}.get(which, train_typing._best_label)
    got_top, got_right, _ = decide(HELD_OUT, golds, ["Arrests", "Attack", NO_EVENT], which)
    assert got_top == pytest.approx(top) and list(got_right) == right


def test_event_sentences_are_also_trained_among_ordinary_news():
    rows = [{"w:seiz": 1}, {"w:arrest": 1}, {"w:bank": 1}]
    golds = ["Non-state actor overtakes territory", "Arrests", NO_EVENT]
    joined, joined_golds = train_typing.with_context(rows, golds)
    assert joined[3:] == [{"w:seiz": 1, "w:bank": 1}, {"w:arrest": 1, "w:bank": 1}] and joined_golds[3:] == golds[:2]


def test_the_model_averages_its_fits_over_draws_of_the_joined_news(monkeypatch):
    texts = ["Rebels seized the town.", "Police arrested ten men.", "The bank raised rates.", "The bank cut rates.",
             "Prices rose again."]
    golds = ["Non-state actor overtakes territory", "Arrests", NO_EVENT, NO_EVENT, NO_EVENT]
    rows = train_typing.featurise(texts)
    single = []
    for seed in (13, 7):
        monkeypatch.setattr(train_typing, "JOIN_SEEDS", (seed,))
        single.append(train_typing.fit(rows, golds, 1.0)[1].coef_)
    monkeypatch.setattr(train_typing, "JOIN_SEEDS", (13, 7))
    assert not np.allclose(single[0], single[1])  # the draws differ, so the mean is not either of them
    assert train_typing.fit(rows, golds, 1.0)[1].coef_ == pytest.approx((single[0] + single[1]) / 2)


def test_training_files_carry_notes_and_a_bad_label_names_its_line(tmp_path):
    (tmp_path / "train_x.csv").write_text("# written for the tests\ntext,label\nRebels seized the town.,"
                                          "Non-state actor overtakes territory\nA thing happened.,Bogus\n")
    with pytest.raises(SystemExit, match="train_x.csv:4: unknown label 'Bogus'"):
        train_typing.read_examples(tmp_path)
    (tmp_path / "train_x.csv").write_text("# a note\ntext,label\nRebels seized the town.,Armed clash\n")
    assert train_typing.read_examples(tmp_path) == (["Rebels seized the town."], ["Armed clash"])


def test_where_a_rule_found_an_event_the_typer_scores_only_its_type(typer):
    text = "Armed men attacked the town, and many people were killed."
    names = features(text)
    probabilities = softmax(typer.model.logits(typer.model.rows(names)))
    share = float(probabilities @ typer.masks["acled"])
    best = typer.ranked(text, 0, len(text), 0.0, detect=False)[0]
    against_civilians = sum(float(p) for c, p in zip(typer.model.classes, probabilities)
                            if c != NO_EVENT and event_type_of(c) == "Violence against civilians")
    assert best.label == "Attack"
    assert best.score == pytest.approx(typer.model.calibrated(against_civilians / share, TYPES), abs=1e-3)


def test_a_model_from_other_feature_tables_is_refused(tmp_path):
    arrays = dict(np.load(MODEL_PATH))
    arrays["fingerprint"] = np.array("0" * 16)
    np.savez(tmp_path / "old.npz", **arrays)
    with pytest.raises(ModelError, match="other feature tables"):
        TypingModel.load(tmp_path / "old.npz")
    assert fingerprint() == str(np.load(MODEL_PATH)["fingerprint"])


def test_a_missing_model_file_says_how_to_make_one(tmp_path):
    with pytest.raises(ModelError, match="train_typing"):
        TypingModel.load(tmp_path / "none.npz")


def test_cross_validation_refuses_a_training_file_that_is_not_there():
    with pytest.raises(SystemExit, match="no training file train_zz.csv"):
        train_typing.cross_validate(["train_zz.csv"], 1.0)


def test_read_examples_can_take_only_the_named_files(tmp_path):
    (tmp_path / "train_x.csv").write_text("text,label\nRebels seized the town.,Armed clash\n")
    (tmp_path / "train_y.csv").write_text("text,label\nThe bank cut rates.,None\n")
    assert train_typing.read_examples(tmp_path, only={"train_y.csv"}) == (["The bank cut rates."], [NO_EVENT])


def test_cross_validation_takes_a_training_file_named_by_its_path_out_of_the_folds(monkeypatch):
    """`--cv extract/data/typing/train_a.csv` is `--cv train_a.csv`: its sentences are trained on in every
    fold, and none of them is also cut into the folds."""
    sizes = []

    def held_out(rows, golds, c, always):
        sizes.append((len(rows), len(always[0])))
        raise SystemExit

    monkeypatch.setattr(train_typing, "held_out", held_out)
    monkeypatch.setattr(train_typing, "featurise", list)
    path = sorted(train_typing.DATA.glob("train_*.csv"))[0]
    for named in (path.name, str(path), os.path.relpath(path)):
        with pytest.raises(SystemExit):
            train_typing.cross_validate([named], 1.0)
    assert len(set(sizes)) == 1 and sizes[0][1] > 0
