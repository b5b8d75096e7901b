"""Whether a name found in a prompt is the author of a style ("art by X", "X style") or the subject.

"art by greg rutkowski" names the author; "greg rutkowski nude" names the subject. The policy
does not count a style author as a real person in the picture.
"""

from __future__ import annotations

from .wordclasses import APPOSITION_CUES, LIST_JOINERS, STYLE_AFTER, STYLE_BEFORE_1
from .words import Word

#: Past participles before "by" that name an author ("painted by", "photographed by"). Any other
#: participle makes "by" introduce the agent of an action in the picture ("seduced by X",
#: "surrounded by X"): X is a subject, not a style.
_AUTHOR_PARTICIPLES = frozenset(
    """painted drawn illustrated photographed shot created made designed rendered inspired sculpted
    directed written styled crafted generated edited lit captured animated sketched inked coloured
    colored produced composed filmed influenced modeled modelled engraved etched printed published
    commissioned signed curated lensed art artwork detailed textured finished concepted imagined
    envisioned reimagined interpreted presented licensed copyrighted owned hosted sponsored powered
    funded authored penned translated narrated voiced performed recorded mixed mastered remixed
    arranged conducted choreographed organized organised posted uploaded shared submitted featured
    credited photoshopped retouched upscaled""".split()
)


def _agent_by(words: list[Word], k: int) -> bool:
    """True when ``words[k]`` ("by") follows a participle of an action, not of authorship."""
    if k == 0 or words[k - 1].item != words[k].item:
        return False
    prev = words[k - 1].base
    return len(prev) > 4 and prev.endswith("ed") and prev not in _AUTHOR_PARTICIPLES


class StyleFlags:
    """The style cue of each full-name candidate (see :meth:`flags`)."""

    def __init__(self, gaz):
        self._gaz = gaz

    def flags(self, words: list[Word], cands) -> list[str | None]:
        """For each candidate: the cue that makes it a style author ("by", "style of", ...) or None.

        "art by greg rutkowski" names the author; "greg rutkowski nude" names the subject. A cue
        also covers a list that follows it: "by artgerm, greg rutkowski and alphonse mucha", as
        long as each list item holds only a name (an item with other words ends the list).
        """
        flags: list[str | None] = []
        starts = {c[0]: k for k, c in enumerate(cands)}
        # Items that continue an artist list: items after a cue whose words are all names or
        # unknown tokens (no common words).
        active_items: set[int] = set()
        cue_items: dict[int, int] = {}  # item -> word index of the cue
        n = len(words)
        for k, w in enumerate(words):
            if (w.base == "by" and not _agent_by(words, k)) or (
                    w.base == "of" and k > 0 and words[k - 1].base in ("style", "styles")):
                cue_items.setdefault(w.item, k)
        if cue_items:
            gaz = self._gaz
            item_words: dict[int, list[int]] = {}
            for k, w in enumerate(words):
                item_words.setdefault(w.item, []).append(k)
            for item, cue_at in sorted(cue_items.items()):
                tail = [k for k in item_words[item] if k > cue_at]
                if not tail or not self._only_names(words, tail, starts, cands, gaz):
                    continue
                nxt = item + 1
                while nxt in item_words and self._only_names(words, item_words[nxt], starts, cands, gaz):
                    active_items.add(nxt)
                    nxt += 1
        for i, j, _, _ in cands:
            cue = None
            prev = words[i - 1].base if i > 0 and words[i - 1].item == words[i].item else None
            prev2 = words[i - 2].base if i > 1 and words[i - 2].item == words[i].item else None
            if prev in STYLE_BEFORE_1 and not (prev == "by" and _agent_by(words, i - 1)):
                cue = prev
            elif prev == "of" and prev2 in ("style", "styles", "manner", "works", "work"):
                cue = f"{prev2} of"
            elif prev in LIST_JOINERS and i > 1 and self._joined_to_style(words, i - 1, cands, flags):
                # "by greg rutkowski and alphonse mucha", "art by artgerm and jason chan",
                # "by william - adolphe bouguereau and alphonse mucha": an "and" list after a cue.
                cue = "list"
            elif words[i].item in active_items:
                cue = "list"
            if cue is None and j + 1 < n and words[j + 1].item == words[j].item and words[j + 1].base in STYLE_AFTER:
                cue = words[j + 1].base
            flags.append(cue)
        return self._bare_lists(words, cands, flags, starts)

    def _joined_to_style(self, words: list[Word], k: int, cands, flags) -> bool:
        """True when the "and"/"or" at ``words[k]`` continues an artist list of the same item.

        Walks back over the list: names (candidates), joiners and words that are no common
        word ("artgerm", "bouguereau", the "adolphe" of "william - adolphe bouguereau"), until
        a style cue ("by", "style of") or a name already read as a style author. Any common
        word on the way ends the walk: "surrounded by roses and emma watson" is no list, and
        neither is "seduced by X and Y" (``_agent_by``).
        """
        ends = {c[1]: (c[0], f) for c, f in zip(cands, flags)}
        item = words[k].item
        m = k - 1
        while m >= 0 and words[m].item == item:
            if m in ends:
                start, flag = ends[m]
                if flag:
                    return True
                m = start - 1
                continue
            b = words[m].base
            if b == "by":
                return not _agent_by(words, m)
            if b == "of" and m > 0 and words[m - 1].base in ("style", "styles", "manner", "works", "work"):
                return True
            if b in STYLE_BEFORE_1:
                return True
            if b in LIST_JOINERS or not (self._gaz.is_common_word(b) or b in self._gaz.not_surname
                                          and b not in ("artgerm", "wlop")):
                m -= 1
                continue
            return False
        return False

    def _bare_lists(self, words: list[Word], cands, flags: list[str | None], starts) -> list[str | None]:
        """Artist lists without a "by": "a river at dusk, sir lawrence alma - tadema, john
        william godward, arnold bocklin, caravaggio".

        Decided rule (see the docs page): a run of comma/sentence items that hold only names
        (each at most five words, no common word, no prompt jargon) is a list of style authors
        when
        - one of its names already has a style cue ("greg rutkowski style, alphonse mucha"), or
        - it has 3+ items, 2+ of them read as full names, and it follows an item with ordinary
          words (the subject clause comes first in prompts; the names trail it), or
        - it is the whole text and has 4+ items (a prompt that is nothing but names is a list
          of painters far more often than a request for four people in one picture).
        Names in the item that holds the subject ("featuring X, Y, Z in a pose") are never in a
        run, so such a prompt still names a person. Known trade-off: "nude woman, A, B, C"
        (three subject names appended after a subject) reads as a style list; "by A" is no
        harder to write, so the rule opens no new way around the detector.
        """
        if len(cands) < 2:
            return flags
        gaz = self._gaz
        item_words: dict[int, list[int]] = {}
        for k, w in enumerate(words):
            item_words.setdefault(w.item, []).append(k)
        cand_item: dict[int, list[int]] = {}
        for c_idx, (i, _j, _s, _e) in enumerate(cands):
            cand_item.setdefault(words[i].item, []).append(c_idx)

        def name_item(item: int) -> bool:
            # "greg rutkowski style": the style word of a cued item is part of the list item.
            idx = [k for k in item_words.get(item, []) if words[k].base not in STYLE_AFTER]
            if any(words[k].base in ("by", "of") or words[k].tagged >= 0 for k in idx):
                # "Emma Roe by James Gurney": the name before "by" is the subject (the cue rules
                # handle what follows it); a LoRA tag is a person network, never a style list.
                return False
            if not idx or not self._only_names(words, idx, starts, cands, gaz):
                return False
            if item in cand_item:
                return True
            # An item without a full name counts when it is one unknown word of 4+ letters
            # ("caravaggio", "bouguereau"), not a number, tag or jargon ("8k", "1girl").
            return any(len(words[k].base) >= 4 and words[k].base.isalpha() for k in idx)

        items = sorted(item_words)
        runs: list[list[int]] = []
        cur: list[int] = []
        for it in items:
            if name_item(it) and (not cur or it == cur[-1] + 1):
                cur.append(it)
                continue
            if cur:
                runs.append(cur)
            cur = [it] if name_item(it) else []
        if cur:
            runs.append(cur)
        out = list(flags)
        for run in runs:
            in_run = [c for it in run for c in cand_item.get(it, [])]
            if not in_run:
                continue
            cued = any(flags[c] for c in in_run)
            before = item_words[run[0] - 1][-1] if run[0] - 1 in item_words else None
            apposition = before is not None and words[before].base in APPOSITION_CUES
            after_subject = run[0] > items[0] and len(run) >= 3 and len(in_run) >= 2 and not apposition
            whole = run[0] == items[0] and run[-1] == items[-1] and len(run) >= 4 and len(in_run) >= 2
            if cued or after_subject or whole:
                for c in in_run:
                    if out[c] is None:
                        out[c] = "list"
        return out

    @staticmethod
    def _only_names(words, idx: list[int], starts, cands, gaz) -> bool:
        """True when the words at ``idx`` are one artist-list item: names or unknown words only."""
        if not idx or len(idx) > 5:
            return False
        k = 0
        while k < len(idx):
            w = idx[k]
            c = starts.get(w)
            if c is not None:
                k += cands[c][1] - cands[c][0] + 1
                continue
            base = words[w].base
            if base in LIST_JOINERS or base == "by":
                k += 1
                continue
            if gaz.is_common_word(base) or base in gaz.not_surname and base not in ("artgerm", "wlop"):
                return False
            k += 1
        return True
