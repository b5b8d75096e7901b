"""The round-13 writers' training files (scripts/data/): well formed, and the validation file is never trained on.

A malformed row would silently change what a retrain learns; the validation writer's file in a training
list would make bench/scenario_validation.py measure memorisation. Both are checked here, on the
committed files (no ../shared, no Faker: only the readers run).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))

import private_reference_augment as pra  # noqa: E402
import re  # noqa: E402
import semantic_augment_scenario as scn  # noqa: E402


@pytest.mark.parametrize("name", [*scn.TRAIN_FILES, scn.VALIDATION_FILE])
def test_scenario_files_are_pairs_of_a_request_and_its_twin(name):
    rows = scn.read_file(name)
    assert len(rows) >= 300
    assert len({r["id"] for r in rows}) == len(rows)
    pairs = Counter()
    for r in rows:
        if r["pair"] != "-":
            pairs[r["pair"], r["label"]] += 1
    for (pair, label), n in pairs.items():
        assert n == 1 and pairs[pair, "1" if label == "0" else "0"] == 1, (name, pair)


def test_the_validation_writer_is_never_trained_on():
    assert scn.VALIDATION_FILE not in scn.TRAIN_FILES
    assert scn.generate_scenario.__defaults__[0] == scn.TRAIN_FILES
    assert scn.filled_rows.__defaults__[0] == scn.TRAIN_FILES
    for script in ("train_semantic_sexual.py", "train_sexual_classifier.py", "train_private_reference.py"):
        assert scn.VALIDATION_FILE not in (SCRIPTS / script).read_text(encoding="utf-8"), script


def test_a_malformed_writer_row_stops_training_with_its_line(tmp_path, monkeypatch):
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tpair\tlang\tregister\tlabel\ttext\nx:1\t-\ten\tchat\t1\tno placeholder here\n", encoding="utf-8")
    monkeypatch.setattr(scn, "DATA", tmp_path)
    with pytest.raises(ValueError, match=r"bad.tsv:2: malformed row"):
        scn.read_file("bad.tsv")


def test_private_people_phrases_parse_with_both_labels():
    rows = pra.writer_phrases()
    labels = Counter(label for _, label, _ in rows)
    assert labels[0] >= 300 and labels[1] >= 500
    assert len({p for _, _, p in rows}) == len(rows)


@pytest.mark.parametrize("name", ["ta.tsv", "tb.tsv", "tv.tsv"])
def test_person_templates_use_only_the_model_slots(name):
    """The person-mention writers' templates (read by scripts/train_person_mention.py): the header, the
    slots, and most templates with a subject."""
    from writer_files import read_writer_tsv

    rows = read_writer_tsv(SCRIPTS / "data" / "person_templates" / name, ["id", "lang", "register", "template"],
                           lambda r: True)
    assert len(rows) >= 300
    slots = [set(re.findall(r"\{([A-Z])\}", r["template"])) for r in rows]
    assert all(s <= set("NMACBW") for s in slots)
    assert sum("N" in s for s in slots) / len(rows) > 0.6


def test_one_reader_refuses_never_seen_and_numbers_only_sets():
    """scripts/retired_sets.py (round 27): the one reader of the retired authors' sets for every trainer."""
    import retired_sets as rs

    h = rs._heldout()
    for key in sorted(h.UNREAD) + ["v1", "v10", "5"]:
        assert not rs.readable(key), key
        with pytest.raises(SystemExit):
            rs.read_set(key)
    with pytest.raises(SystemExit, match="no such"):
        rs.read_set("v999")
    retired = [hs.key for hs in h.SETS if hs.key not in h.UNREAD and hs.key not in rs.NUMBERS_ONLY]
    assert retired and "v11" in retired
    rows = rs.read_set("11")
    assert rows and {"id", "group", "text"} <= set(rows[0])
    assert rs.readable("v11") and rs.read_set("v11") == rows


def test_every_trainer_reads_the_retired_sets_through_the_one_reader():
    for script in ("train_semantic_sexual.py", "train_private_reference.py", "train_writers_classifier.py"):
        text = (SCRIPTS / script).read_text(encoding="utf-8")
        assert "from retired_sets import read_set" in text, script
        assert "heldout{" not in text and "DictReader(fh, delimiter=\"\\t\")" not in text, script


def test_the_private_head_splits_hold_whole_authors_out():
    import train_private_reference as tpr

    for version, train, val in tpr.SPLITS.values():
        assert version.startswith("private-reference-") and train and val
        assert not set(train) & set(val), version
        assert all(int(k[1:]) >= 11 for k in train + val), version  # v1-v10: numbers only


def test_an_averaged_private_head_is_the_mean_of_its_members_token_logits():
    """--ensemble K ships ONE token head; each token's logit (and the prompt's) must be the members' mean."""
    import numpy as np
    import train_private_reference as tpr

    from nciiguard.text.semantic import SemanticHead

    rng = np.random.default_rng(0)
    members = [{"kind": "token", "w1": rng.normal(size=(384, 4)).astype(np.float32),
                "b1": rng.normal(size=4).astype(np.float32), "w2": rng.normal(size=4).astype(np.float32),
                "b2": np.float32(rng.normal()), "u": rng.normal(size=384).astype(np.float32) * 0.01,
                "c": np.float32(rng.normal())} for _ in range(3)]
    avg = tpr.average_heads(members)
    assert avg["w1"].shape == (384, 12) and avg["w2"].shape == (12,)
    h = rng.normal(size=(7, 384)).astype(np.float32)
    e = rng.normal(size=384).astype(np.float32)
    special = np.array([True, False, False, False, False, False, True])
    heads = [SemanticHead(a, threshold=0.5, model_version="t", encoder_id="t") for a in (*members, avg)]
    z = [hd.token_score(e, h, special)[1] for hd in heads]
    keep = ~special
    assert np.allclose(z[3][keep], np.mean([zz[keep] for zz in z[:3]], axis=0), atol=1e-4)
    assert tpr.average_heads(members[:1]) is members[0]


def test_round29_soup_twins_keep_the_noise_and_only_the_fragment_differs():
    # The soup of ordinary words (scripts/semantic_augment_r29.py) must teach the fragment, not the filler: each
    # request's twin is the same noise with a benign fragment, and the noise alone is a negative.
    import semantic_augment_r29 as r29

    rows = r29.soup_r29(0, n=240)
    sex = {f.lower() for f in r29.SEX}
    for a, b in zip(rows, rows[1:]):
        if a[3] == "soup" and b[3] == "soup_twin":
            assert (a[1], b[1], a[2]) == (1, 0, b[2])
            assert len(a[0].split()) == len(b[0].split())
            assert not any(s in b[0].lower() for s in sex if len(s) > 3), b[0]
    assert sum(r[3] == "hard" for r in rows) >= 60
    assert all(r[1] == 0 for r in rows if r[3] == "hard")


def test_round29_questions_about_a_person_are_negatives_with_sexual_twins():
    import semantic_augment_r29 as r29

    rows = r29.ask_r29(0)
    assert any("still active" in t for t, y, _, k in rows if y == 0 and k == "hard")
    pairs = [(a, b) for a, b in zip(rows, rows[1:]) if a[3] == "pair_r29ask" and b[3] == "twin_r29ask"]
    assert len(pairs) >= 40 and all(a[1] == 1 and b[1] == 0 and a[2] == b[2] for a, b in pairs)
