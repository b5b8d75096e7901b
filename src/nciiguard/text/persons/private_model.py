"""The learned private-reference head: does a prompt point at ONE specific private person?

Why: the person rules (private.py, roles.py, roles_ml.py, deixis.py, slots.py) protect the
phrasings their authors imagined ("my coworker", "the girl from accounting"); people write "that
chick who makes my latte every morning", "the new intern on our floor", "this girl I matched with",
"the guy sitting next to me on the train". This head reads, from the sentence encoder's last hidden
states (all-MiniLM-L6-v2, :mod:`nciiguard.text.encoder`), whether a phrase singles out an
identifiable individual known to the writer (possessive, relational, deictic, situational
reference) rather than a type, a group, a fiction, a tag or the writer ("a nurse in scrubs",
"a couple", "an elf", "1girl", "my body", "my car").

The architecture is the semantic sexual head's (:class:`nciiguard.text.semantic.SemanticHead`,
``kind="token"``): one logit per token, pooled by log-sum-exp, plus a sentence term; the tokens with
the largest logits are the finding's span. Trained by ``scripts/train_private_reference.py`` on
generated rows (``scripts/private_reference_augment.py``), shipped as ``data/private_reference.npz``
(float32, a few KB) with its calibrated threshold and a SHA-256 over its arrays checked at load; a second
head (``data/private_reference_named.npz``, round 29) is read beside it (:func:`load_packaged_heads`).
numpy only at run time; the encoder pass is shared with ``semantic_sexual_text`` when it ran.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..semantic import SemanticHead, load_head, token_words

HEAD_FILE = "private_reference.npz"
#: The second head (round 29, ``train_private_reference.py --named --split round29``): trained with the authors'
#: named rows as positives, so it reads an unfamiliar proper name ("Sampa the Great") as someone, where the first
#: head reads it by chance. The layer flags where EITHER head reaches its own calibrated threshold: every field
#: the first head flags stays flagged (a retrain alone lost some of them in round 28).
SECOND_HEAD_FILE = "private_reference_named.npz"
#: Tokens an encoder run of this head reads at most (the semantic signal's window size): the
#: cost of one run is bounded whatever the field's length.
WINDOW_TOKENS = 64


def load_packaged() -> SemanticHead:
    """The shipped head, loaded once per process; raises ValueError on a corrupt artifact."""
    return load_head(HEAD_FILE, "scripts/train_private_reference.py", token_level=True)


def load_packaged_heads() -> tuple[SemanticHead, ...]:
    """Both shipped heads, first the round-26 one; each loaded once per process and checked."""
    return load_packaged(), load_head(SECOND_HEAD_FILE, "scripts/train_private_reference.py --named", token_level=True)


@dataclass(frozen=True)
class PrivateReading:
    """The head's reading of one field: probability and its top words (offsets in the original)."""

    probability: float
    words: tuple  # ({"word", "span", "score"}, ...), best first


def read_states(head: SemanticHead, states, nt, top: int = 3) -> PrivateReading:
    """Score one encoder pass (:class:`nciiguard.text.encoder.TokenStates` of ``nt.folded.text``)
    and name the words whose tokens drove it (the same pass: no extra encoder call)."""
    p, z = head.token_score(states.embedding, states.hidden, states.special)
    view = nt.folded
    words = []
    for start, end, zt in token_words(view.tokens, z, states.offsets, states.special)[:top]:
        os_, oe = view.to_original(start, end)
        words.append({"word": nt.original[os_:oe], "span": [os_, oe],
                      "score": round(head.token_probability(states.embedding, zt), 4)})
    return PrivateReading(float(p), tuple(words))


def top_span(reading: PrivateReading, nt, max_words: int = 3) -> tuple[int, int]:
    """The span covering the top word and those of the next ``max_words - 1`` that sit within a
    few characters of it (a reference is a phrase: "that chick who makes my latte")."""
    if not reading.words:
        return 0, len(nt.original)
    s, e = reading.words[0]["span"]
    for w in reading.words[1:max_words]:
        ws, we = w["span"]
        if ws - e <= 24 and s - we <= 24:
            s, e = min(s, ws), max(e, we)
    return s, e
