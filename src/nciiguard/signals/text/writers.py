"""writers_sexual_text: sexual requests as many independent authors wrote them (round 20).

Every round since 11 an independent author wrote a never-seen prompt set, and the rules written from a
retired set's rows carried over to the next author's set by only 0-3 points: each author's idioms, coded
frames and phrasings are new. This signal reads prompts with a model that learned from the authors rather
than from their rows one by one (``text/data/writers_classifier.npz``,
``scripts/train_writers_classifier.py``): the hashed word and byte n-gram features and numpy inference of
sexual_text's classifier (:mod:`nciiguard.text.classifier`), a logistic regression over the rows of
thirteen retired held-out sets (v11-v23, round 24: their sexual requests against their clean twins,
descriptions, benign edits, captions, art and named prompts) and the development negatives. Its threshold
comes from leave-one-author-out validation (bench/writers_loao.py): every author's rows scored by a model
trained on the other twelve; the lowest threshold at which, pooled, clean twins are flagged at most 1% (no
author over 2.5%), each other must-pass group at most 0.3%, and held-out benign development prompts at
most 0.05%.

It works exactly as scenario_sexual_text (same code, another model): one finding per field, label
``writers_request``, at the calibrated threshold; the span is the content word that pushed the score up
most and ``evidence["top_features"]`` lists the words that drove it; a score resting on a benign sense
of the lexicon's exceptions is scored again without those words; a field that names a child is left to
the minor rules.

Limits (docs/signals/writers_sexual_text.md): a bag of n-grams; it knows the frames and idioms of thirteen
authors, and a new author's are new to it too; it reads English best (half of every set is English);
the threshold is strict, so it adds recall only where the phrasing resembles what it learned; out of
sample it still flags clean twins that keep a request's frame (v6: 7 -> 16 of 290 with ncii), which is
why it runs in ncii_strict and not in ncii.

Cost: one feature pass over the folded view, about 0.1 ms.
"""

from __future__ import annotations

from typing import ClassVar

from .scenario import ScenarioSexualTextSignal

__all__ = ["WritersSexualTextSignal", "MODEL_FILE"]

MODEL_FILE = "writers_classifier.npz"


class WritersSexualTextSignal(ScenarioSexualTextSignal):
    name: ClassVar[str] = "writers_sexual_text"
    version: ClassVar[str] = "2"  # 1: first release (round 20); 2: thirteen authors, LOAO threshold (round 24)
    summary: ClassVar[str] = ("Sexual requests as many independent authors wrote them: hashed n-gram model trained on "
                              "retired held-out sets, threshold from leave-one-author-out scores.")
    model_file: ClassVar[str] = MODEL_FILE
    finding_label: ClassVar[str] = "writers_request"
