"""Full names in one text: first name + surname pairs and the forms around them.

Pairs ("emma watson", "Emma Watson", "emmawatson", "EmmaWatson", "j053 c4n53c0"), a middle
initial or second given name ("john f kennedy", "sarah jessica parker"), particles and hyphens
("marcio de souza", "catherine zeta-jones"), titles ("King Mswati"), generational suffixes
("Dale Jr"), initials ("JP Suarez"), LoRA tags named after a person and katakana names
("エマ・ワトソン"). Each is reported as ``full_name``, or as ``style_reference`` when it names the
author of a style (:mod:`.style`). Scores and classes come from :class:`.namer.Namer`.
"""

from __future__ import annotations

import re
from dataclasses import replace as _replace
from typing import TYPE_CHECKING

from ...findings import Finding
from ..spans import Cover
from .found import finding
from .gazetteer import FOREIGN_PERSON_NOUNS
from .style import StyleFlags
from .wordclasses import (
    ABBREV,
    FICTIONAL,
    FICTIONAL_TITLED,
    FOREIGN_MARKERS,
    FUNCTION_NOT_FIRST,
    KATAKANA_FICTIONAL,
    KATAKANA_NAME,
    KATAKANA_NOT_NAME,
    NAME_SUFFIX,
    NOT_SURNAME_TAIL,
    PARTICLES,
    PLACE_HEAD,
    PLACE_PREFIX,
    SUBJECT_CUES,
    TAG_NOT_PERSON as _TAG_NOT_PERSON,
    TITLES,
)
from .words import Word, case_informative

if TYPE_CHECKING:
    from .language import FieldWords



class FullNames:
    """Finds full names in the words of one normalised text (see :meth:`names`, :meth:`katakana`)."""

    def __init__(self, gaz, namer, report_style_references: bool = True):
        self._gaz = gaz
        self._namer = namer
        self._style = StyleFlags(gaz)
        #: Report "by <name>" author references (``style_reference``); else drop them.
        self.report_style_references = report_style_references

    def names(self, nt, words: list[Word], field: str, taken, field_words: "FieldWords | None" = None) -> list[Finding]:
        namer = self._namer
        assert namer is not None
        informative = case_informative(nt, words)
        foreign = (sum(1 for w in words if w.base in FOREIGN_MARKERS) >= 2
                   or any(w.base in FOREIGN_PERSON_NOUNS for w in words))
        if foreign:
            # Foreign text: no model-admitted pairs (see FOREIGN_MARKERS). A short sentence
            # may hold one function word or none, but its subject ("mujer", "frau") gives the
            # language away. Copies, so the caller's words stay as they were.
            words = [_replace(w, lower=False) for w in words]
        n = len(words)
        markers = sum(1 for w in words if w.base in FOREIGN_MARKERS)  # once: the loop below stays linear
        cands: list[tuple[int, int, float, dict]] = []  # (first word, last word, score, evidence)
        i = 0
        while i < n:
            w = words[i]
            best = None
            if i > 0 and words[i - 1].joinable_next and words[i - 1].title and words[i - 1].base in PLACE_HEAD:
                # "New York Yankees", "San Jose Sharks", "Fort Worth Star": the name of a place
                # goes on, and what follows is no person.
                i += 1
                continue
            if (w.lower and w.base in PARTICLES and i + 2 < n and words[i + 1].joinable_next
                    and namer.score(words[i + 1].base, words[i + 2].base, False, True) is not None):
                # round 21 (h2b): "von mizuki tanabe", "foto de ana souza": a lower-case particle before a
                # name is the preposition, not a given name ("von" is one in the lists)
                i += 1
                continue
            if i + 1 < n and w.joinable_next and not (w.base in FUNCTION_NOT_FIRST and (
                    foreign or markers - (w.base in FOREIGN_MARKERS) > 0)) and not self._case_split(
                    nt, w, words[i + 1], informative):
                # (In text of another language its function words are words: "nackte Frau im
                # Garten", "ein Hund im Garten" hold no "Im Garten"; in English text "im yoona"
                # stays a name.)
                j = i + 1
                middle = None
                if len(words[j].base) == 1 and words[j].joinable_next and j + 1 < n:
                    middle, j = words[j].base, j + 1  # "john f kennedy"
                cap = informative and w.title and words[j].title or self._tag_cap(w, words[j])
                subj = (i == 0 or words[i - 1].item != w.item or words[i - 1].base in SUBJECT_CUES)
                s = namer.score(w.base, words[j].base, cap, w.lower and words[j].lower and w.plain_gap_next
                                and (middle is None or words[i + 1].plain_gap_next), subject=subj)
                if s is not None:
                    best = (i, j, s[0], {"first": w.base, "last": words[j].base, "classes": f"{s[1]}+{s[2]}",
                                         "case": "capitalised" if cap else "any"})
                    if middle:
                        best[3]["middle"] = middle
                # "sarah jessica parker": two first names then a surname.
                if (middle is None and words[i + 1].joinable_next and i + 2 < n
                        and namer.first_class(words[i + 1].base) in ("F", "Fa")
                        and namer.first_class(w.base) in ("F", "Fa")):
                    cap2 = (informative and words[i + 1].title and words[i + 2].title
                            or self._tag_cap(words[i + 1], words[i + 2]))
                    s2 = namer.score(words[i + 1].base, words[i + 2].base, cap2)
                    if s2 is not None and (best is None or s2[0] >= best[2]):
                        best = (i, i + 2, s2[0], {"first": w.base, "middle": words[i + 1].base,
                                                  "last": words[i + 2].base, "classes": f"{s2[1]}+{s2[2]}",
                                                  "case": "capitalised" if cap2 else "any"})
            if i + 2 < n and w.joinable_next:
                best = self._compound(nt, words, i, best, informative)
            if best is None and i + 1 < n and w.joinable_next:
                best = self._tag_name(words, i)
            if best is None and i + 1 < n and w.joinable_next and w.base in TITLES and (w.title or w.lower):
                best = self._titled(words, i, informative)
            if best is None and i + 1 < n and w.joinable_next and words[i + 1].base in NAME_SUFFIX:
                best = self._suffixed(words, i, informative)
            if (best is None and i + 2 < n and w.joinable_next and words[i + 1].joinable_next
                    and words[i + 2].base in NAME_SUFFIX):
                best = self._suffixed3(words, i)
            if best is None and i + 1 < n and w.joinable_next and informative:
                best = self._initials(nt, words, i)
            if best is not None and field_words is not None and not _dot_joined(nt.original, words, best[0], best[1]) and (
                    field_words.all_words(best[0], best[1]) or field_words.opens_with_word(best[0])):
                # (Round 31: not a pair joined by dots, "aleksander.aamodt": words of a sentence are never
                # dot-joined, and a famous name is often a word of its country's frequency list.)
                # Words of the field's own language: "quiero ver", "donna nuda"; or a name that
                # would start with one: "Foto von Lena" (the name, "Lena ...", is read next).
                best = None
            if best is not None:
                best[3]["kind"] = "first+surname"
                cands.append(best)
                i = best[1] + 1
                continue
            # One token that joins a first name and a surname: "emmawatson", "EmmaWatson".
            orig = nt.original[w.ostart : w.oend]
            # Capitals of the original mark the join, also when the name was spaced or dotted
            # ("M i k e M y e r s" is folded to "mikemyers"): read the letters only.
            letters = [c for c in orig if c.isalpha()]
            camel = {k for k in range(1, len(letters))
                     if letters[k].isupper() and letters[k - 1].islower() and letters[k].isascii()}
            if len(letters) != len(w.base) or w.leet:
                camel = set()
            prev = words[i - 1].base if i > 0 else ""
            subject = (i == 0 or words[i - 1].item != w.item or prev in SUBJECT_CUES)
            js = namer.split_joined(w.base, camel, lower=w.lower and not foreign, subject=subject)
            if js is not None and foreign and not camel and len(js[1]) < 4:
                # In foreign text a word splits into a short first name and a census surname
                # by accident ("chupando" = "chu" + "pando"); "emmawatson" still reads.
                js = None
            if js is not None and not camel and js[4] == "L" and orig[:1].isupper() and not orig.isupper():
                # One Title-case word cut into a first name and a surname no list holds: a
                # capitalised noun ("Kassiererin" = "kassie" + "rerin"); joined names are written
                # lower case ("emmawatson") or with a capital at the join ("EmmaWatson").
                js = None
            if js is None and camel:
                js = self._titled_joined(w.base, camel)
            if js is not None and field_words is not None and field_words.all_words(i, i, joined=True):
                js = None  # one word of the field's language, not a name cut in two: "transparente"
            if js is not None:
                cands.append((i, i, js[0], {"kind": "joined", "first": js[1], "last": js[2],
                                            "classes": f"{js[3]}+{js[4]}",
                                            "case": "camel" if (len(js[1]) in camel) else "any"}))
            i += 1

        tag_cover = Cover((t.span.start, t.span.end) for t in nt.tags)
        taken_cover = Cover(taken)
        style = self._style.flags(words, cands)
        out = []
        for (i, j, score, ev), is_style in zip(cands, style):
            os_, oe = words[i].ostart, words[j].oend
            if taken_cover.contains(os_, oe):
                continue  # already reported as a registry name
            source = "text"
            k = tag_cover.find(os_, oe)
            if k >= 0:
                source = nt.tags[k].kind
                score += 0.1  # a LoRA named after a person is made to reproduce that person
            ev["source"] = source
            if is_style:
                if not self.report_style_references:
                    continue
                ev["cue"] = is_style
                out.append(finding("style_reference", score, field, nt, os_, oe, ev))
            else:
                out.append(finding("full_name", score, field, nt, os_, oe, ev))
        return out

    def _title_target(self, tok: str, capitalised: bool) -> float:
        """Score of ``tok`` as the name after a title, or 0.

        Capitalised: a first name that is no common word (0.8), or a token that is no common
        word and no jargon (0.7: "King Mswati", "Sheikh Hasina", "President Okonkwo"); a
        first name that is also a common word is left out ("Queen Bee", "Lady Grace"). Lower
        case: a first name that is no word, or an unknown token that the name-likeness model
        reads as a name (0.55: "king adeyemi"). A common word is never the name ("King Size",
        "Lady Liberty").
        """
        gaz, namer = self._gaz, self._namer
        if len(tok) < 3 or not tok.isalpha() or tok in TITLES or tok in gaz.not_surname or tok in NOT_SURNAME_TAIL:
            return 0.0
        fc = namer.first_class(tok)
        if capitalised:
            if fc == "F":
                return 0.8
            if not gaz.is_common_word(tok) and tok not in PLACE_PREFIX:
                return 0.7
            return 0.0
        if fc == "F":
            return 0.55
        if fc == "U" and len(tok) >= 4 and not gaz.is_known(tok) and namer.namelike(tok):
            return 0.55
        return 0.0

    def _titled(self, words: list[Word], i: int, informative: bool):
        """A title and the name after it: "King Mswati", "(Queen Rania:1.5)", "sheikh
        hamdan", "President Lula da Silva" (a first+surname pair after the title extends the span)."""
        w, nxt = words[i], words[i + 1]
        if (w.base, nxt.base) in FICTIONAL_TITLED or (w.base, nxt.base) in FICTIONAL:
            return None
        cap = bool(informative and w.title and nxt.title) or (w.tagged >= 0 and w.tagged == nxt.tagged)
        score = self._title_target(nxt.base, cap)
        if score <= 0:
            return None
        j = i + 1
        if nxt.joinable_next and j + 1 < len(words):
            cap2 = bool(informative and nxt.title and words[j + 1].title)
            pair = self._namer.score(nxt.base, words[j + 1].base, cap2)
            if pair is not None:
                j, score = j + 1, max(score, pair[0])
        ev = {"title": w.base, "first": nxt.base, "classes": "T+name", "case": "capitalised" if cap else "any"}
        if j > i + 1:
            ev["last"] = words[j].base
        return (i, j, score, ev)

    def _suffixed(self, words: list[Word], i: int, informative: bool):
        """A first name with a generational suffix: "Dale Jr", "<lora:dale_jr_v1>"."""
        w, nxt = words[i], words[i + 1]
        fc = self._namer.first_class(w.base)
        in_tag = w.tagged >= 0 and w.tagged == nxt.tagged
        if len(w.base) < 3 or not (w.plain_gap_next or in_tag):
            return None
        if fc != "F" and not (fc == "Fa" and (in_tag or informative and w.title)):
            return None
        return (i, i + 1, 0.6, {"first": w.base, "last": nxt.base, "classes": f"{fc}+suffix",
                                "case": "capitalised" if informative and w.title else "any"})

    def _suffixed3(self, words: list[Word], i: int):
        """A first name, any second word and a suffix: "leslie wiser jr", "Ken Griffey Jr".
        The suffix is the evidence that the word before it is a surname."""
        w, mid = words[i], words[i + 1]
        if len(w.base) < 3 or self._namer.first_class(w.base) != "F" or words[i + 2].base in ("ii", "iv"):
            return None  # "ii"/"iv" follow words too ("part ii"); "jr", "sr", "iii" do not
        b = mid.base
        if len(b) < 3 or not b.isalpha() or b in self._gaz.not_surname or b in NOT_SURNAME_TAIL:
            return None
        return (i, i + 2, 0.6, {"first": w.base, "last": b, "suffix": words[i + 2].base,
                                "classes": "F+?+suffix", "case": "any"})

    def _initials(self, nt, words: list[Word], i: int):
        """Two capital initials before a Title-case census surname: "JP Suarez", "AJ Delgado".

        Only a surname that is no word and not a capitalised dictionary entry ("TV Show",
        "US Army", "LA Lakers", "NY Times", "UK Parliament" never reach the score), and not a
        common two-letter abbreviation.
        """
        w, nxt = words[i], words[i + 1]
        orig = nt.original[w.ostart : w.oend]
        if len(orig) != 2 or not (orig.isupper() and orig.isascii() and orig.isalpha()) or w.base in ABBREV:
            return None
        if not nxt.title or len(nxt.base) < 4:
            return None
        lc, _ = self._namer.last_class(nxt.base)
        if lc != "S" or nxt.base in self._gaz.proper_other or nxt.base in self._gaz.first:
            return None
        return (i, i + 1, 0.55, {"first": w.base, "last": nxt.base, "classes": "I+S", "case": "capitalised"})

    def _titled_joined(self, tok: str, camel: set[int]):
        """A title joined to a name at a capital: "KingMswati", "K i n g M s w a t i"."""
        for k in sorted(camel):
            a, b = tok[:k], tok[k:]
            if a in TITLES and (a, b) not in FICTIONAL_TITLED and self._title_target(b, True) > 0:
                return (0.65, a, b, "T", "camel")
        return None

    def _case_split(self, nt, first: Word, last: Word, informative: bool) -> bool:
        """The two words are not written alike, so they are no name: ``first`` lower case before a
        Title-case ``last`` ("im Garten", "foto di Venezia", "de la Sagrada": a word before a
        capitalised noun or place), or, in text whose capitals inform and past its first word, a
        Title-case ``first`` before a lower-case ``last`` ("una foto de Frida pintando"). Names
        are written alike ("emma watson", "Emma Watson"); a phone capitalises only the first word.
        Words of a network tag are not asked (their case says nothing)."""
        if first.tagged >= 0 or last.tagged >= 0:
            return False
        o = nt.original[first.ostart:first.oend]
        if last.title:
            return o.islower()
        ol = nt.original[last.ostart:last.oend]
        return informative and first.title and first.ostart > 0 and ol.islower() and len(ol) > 1

    def _tag_name(self, words: list[Word], i: int):
        """A LoRA/LyCORIS tag that opens with an unambiguous first name and a second word
        ("<lora:eddie_compass_v1>", "<lora:mohammed_sharia>"): a network named after a person.

        The second word may be any word but prompt jargon or a place/brand tail, since LoRA
        authors name person networks "first_last" and style networks with jargon
        ("add_detail", "epi_noiseoffset"), which never open with a first name.
        """
        w, nxt = words[i], words[i + 1]
        if w.tagged < 0 or nxt.tagged != w.tagged or i > 0 and words[i - 1].tagged == w.tagged:
            return None  # only the first two words of a tag
        if self._namer.first_class(w.base) != "F" or w.base in self._gaz.not_surname:
            return None  # "lora_bondage": "lora" is a first name and the jargon word
        b = nxt.base
        gaz = self._gaz
        if len(b) < 3 or not b.isalpha() or b in gaz.not_surname or b in NOT_SURNAME_TAIL or b in _TAG_NOT_PERSON:
            return None  # "<lora:lilith_character>", "<lora:ava_style>": a concept named after a name
        return (i, i + 1, 0.5, {"first": w.base, "last": b, "classes": "F+tag", "case": "tag"})

    def _tag_cap(self, first: Word, last: Word) -> bool:
        """A first name and the next token inside one LoRA tag count as a capitalised pair.

        Only an unambiguous first name, or an unknown token before a census surname that is no
        word ("lleyton_hewitt"): LoRA names are full of made-up tokens ("hutao_yuzhai",
        "locon_perfecteyes") that must not pass as an unknown first name.
        """
        if first.tagged < 0 or first.tagged != last.tagged:
            return False
        fc = self._namer.first_class(first.base)
        return fc == "F" or (fc == "U" and len(first.base) >= 4 and len(last.base) >= 3 and self._namer.last_class(last.base)[0] == "S")

    def _compound(self, nt, words: list[Word], i: int, best, informative: bool):
        """Names of three or more tokens that the first+surname pair misses, or ``best``.

        - a surname particle between the names: "marcio de souza", "frederique van der wal",
          "mahdi al bassam" (the particle itself is evidence of a name: +0.1);
        - a hyphenated surname whose first part is no surname: "catherine zeta-jones";
        - a hyphenated given name: "jean-claude van damme", "kim ryong-sung" is covered by the
          surname rule, "hung wan-ting" by the pair.
        """
        namer = self._namer
        n = len(words)
        w = words[i]
        options = []
        # Particles (at most two: "van der", "de la").
        k = i + 1
        while k < n - 1 and k - i <= 2 and words[k].base in PARTICLES and words[k].joinable_next:
            k += 1
        if k > i + 1:
            options.append((k, 0.1, {"particle": " ".join(x.base for x in words[i + 1 : k])}))
        # Hyphenated given name: skip its second part.
        if (w.hyphen_next and words[i + 1].joinable_next
                and namer.first_class(words[i + 1].base) in ("F", "Fa", "U")):
            options.append((i + 2, 0.0, {"middle": words[i + 1].base}))
        # Hyphenated surname after the pair's first token.
        if words[i + 1].hyphen_next and (best is None or best[1] == i + 1):
            options.append((i + 2, 0.0, {"hyphenated": words[i + 1].base}))
        for j, bonus, extra in options:
            if j >= n:
                continue
            last = words[j]
            if self._case_split(nt, w, last, informative):
                continue
            # "Li Ka-shing": the capital of a hyphenated name is on its first part.
            last_title = last.title or (j == i + 2 and words[i + 1].hyphen_next and words[i + 1].title)
            cap = informative and w.title and last_title or self._tag_cap(w, last)
            sc = namer.score(w.base, last.base, cap, w.lower and last.lower
                             and all(words[k].plain_gap_next for k in range(i, j)))
            if sc is None:
                continue
            score = sc[0] + bonus
            if best is None or score > best[2]:
                best = (i, j, score, {"first": w.base, "last": last.base, "classes": f"{sc[1]}+{sc[2]}",
                                      "case": "capitalised" if cap else "any", **extra})
        if best is not None and best[1] + 1 < n and words[best[1]].hyphen_next:
            # "wilson-sampras": the name goes on after the hyphen; report the whole span.
            nxt = words[best[1] + 1]
            if nxt.base.isalpha() and not self._gaz.is_common_word(nxt.base):
                best = (best[0], best[1] + 1, best[2], best[3])
        return best

    def katakana(self, nt, field: str, taken) -> list[Finding]:
        """Foreign personal names written in katakana with the middle dot: "エマ・ワトソン".

        Japanese writes a foreign person's given name and surname as two katakana words joined
        by "・" (the folded view has made it "."; half-width "ｴﾏ･ﾜﾄｿﾝ" too), and "＝" inside a
        hyphenated given name ("ジャン＝クロード"). Titles, brands and places written the same way
        hold a common loanword ("スター・ウォーズ", "ニュー・ヨーク", "コカ・コーラ"): any part in
        ``KATAKANA_NOT_NAME`` rules the match out, and so do the few fictional characters of
        ``KATAKANA_FICTIONAL``. Katakana without the dot ("エマワトソン", "コーヒー") is never read
        here: one katakana word is a loanword far more often than a name.
        """
        out = []
        view = nt.folded
        taken_cover = Cover(taken)
        for m in KATAKANA_NAME.finditer(view.text):
            parts = [x for x in re.split(r"[.=]", m.group()) if x]
            if any(x in KATAKANA_NOT_NAME for x in parts) or tuple(parts) in KATAKANA_FICTIONAL:
                continue
            if sum(1 for x in parts if len(x) >= 2) < 2:
                continue  # "ア・イ": a name has at least two parts of two or more sounds
            os_, oe = view.to_original(m.start(), m.end())
            if taken_cover.contains(os_, oe):
                continue
            out.append(finding("full_name", 0.7, field, nt, os_, oe,
                                     {"kind": "katakana", "first": parts[0], "last": parts[-1],
                                      "classes": "K+K", "case": "script", "source": "text"}))
        return out


def _dot_joined(original: str, words, i: int, j: int) -> bool:
    """Words ``i``..``j`` are written joined by single dots and no space ("aleksander.aamodt": a handle)."""
    return j > i and all(original[words[k].oend:words[k + 1].ostart] == "." for k in range(i, j))
