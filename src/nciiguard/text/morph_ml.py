"""Case, number and verb endings of the other inflecting languages read back to a lexicon lemma
(issue 10, round 12): Slavic in Cyrillic and Latin script, Baltic, Greek, Finnic, Hungarian and
Turkish. "занимается сексом" is the instrumental of "секс", "оголеної" the genitive of "оголена",
"γυμνούλα" a diminutive of "γυμνή", "szexel" a verb made of "szex", "çıplakken" "while naked".

Why rules, not a list: the lexicon holds lemmas and a few forms; Russian alone has a dozen case
forms of each adjective, Finnish and Hungarian more. :mod:`.morph` reads Romance suffixes only.

How: every single-word lexicon term of these languages (explicit or nudity, score at least
:data:`MIN_SCORE`) is cut into a stem and one ending of its language family (the longest ending
that leaves :data:`MIN_STEM` letters); a word of the prompt is cut the same way at each of its
last few letters, and a cut counts when the stem is such a lemma stem and the ending is an ending
of the stem's family. Stems shorter than :data:`MIN_STEM` letters are never indexed, which keeps
out the ambiguous short ones: Russian "гол" (goal, from "голая"), "наг", Polish "nag", "cip";
:data:`DENY_STEMS` lists longer stems with an everyday sense. A word that is itself a lexicon term
is left to the lexicon (its own grade wins: Turkish "seksi" is "sexy", not "sex").

Cost: at most ``MAX_END + 1`` dictionary probes a word (one per cut), plus one set test per cut.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from .folding import squeeze, strip_marks

__all__ = ["InflectionIndex", "MIN_STEM", "MIN_SCORE", "FAMILY"]

#: Shortest stem indexed (letters, squeezed): "секс", "seks", "szex", "γυμν" pass; "гол", "наг" not.
MIN_STEM = 4
#: Lowest lexicon score a lemma reached through an ending may have.
MIN_SCORE = 0.85
#: Grades read through endings (a suggestive word inflected stays to the lexicon's own forms).
GRADES = frozenset({"explicit", "nudity"})


def _ends(spec: str) -> frozenset[str]:
    """Endings separated by spaces, folded and squeezed the way words are (accents off)."""
    return frozenset(squeeze(strip_marks(e.casefold())) for e in spec.split()) | {""}


# Endings by family, written from the grammars (nominal and adjectival cases, diminutive tails,
# and the common verb endings of a noun-derived verb). Accents are folded ("ё" -> "е", "ї" -> "і").
_CYR = _ends("а у ом ем ой ою ы и е ю я ь ая ую ое ые ых ым ыми ий ие их им ими ого ому его ему ей ью ами ах ям ях ями "
             "ов ев ка ки ку кой очка очки ушка уля "  # Russian
             "ої ою ій ім іми их і ї є ого ому ій ою ами ах ів "  # Ukrainian
             "та то те ът ия ият ията ите "  # Bulgarian
             "ать аться ает ается ают аются ал ала ались алась ался али ает ешь ут ить ится ит ят ла ли ло "
             "енька енькая енькую енькой енькие еньких онька онькая")
_LAT_SLAVIC = _ends("a u e y i o ą ę ie ej iej ego iego emu iemu ym ymi ych im imi ich om ami ach ów owi em ou é ý á ého ému ých "
                    "ými ém ú ej oj og oga ome omu ih ima ka ki ku ke ką ce ko "  # pl cs sk hr sl
                    "as ai ams ą ų ose oje ui ys is ės ei ę ių iu "  # lt
                    "s am ā ām ās ai ei ē "  # lv
                    "ować uje ują ował owała owali ovat uje ují oval ovala ati ao ala")
_GREEK = _ends("α η ης ο ος ου ων οι ες ους ε ας ούλα ούλης ούλες ούλι ούλα ακι ακια ούλα ίτσα ούλη")
_FINNIC = _ends("a ä n na nä ssa ssä sta stä lla llä lta ltä lle ksi t ia iä ja jä in ine iin ihin ista istä "
                "issa issä illa ille ilta ina inä ineen tta ttä i iä "  # fi
                "ga ks l le lt s st sse st ta te tega ib id in iks  "  # et
                )
_HU = _ends("el elt elnek ezik ezett ező ek et en re ül ek eket nek nak ben ban ről ról hoz hez on ön")
_TR = _ends("ken lar ler ları leri ı i u ü a e da de ta te dan den tan ten la le yla yle dır dir ım im "
            "ken mış miş muş müş ıyor iyor uyor üyor ır ir ur ür an en ma me mak mek ıp ip up üp")

#: Language of a lexicon entry -> the family whose endings it takes.
FAMILY: dict[str, str] = {
    **{l: "cyr" for l in ("ru", "uk", "bg", "be", "sr", "mk")},
    **{l: "lat" for l in ("pl", "cs", "sk", "hr", "bs", "sl", "lt", "lv")},
    "el": "el", "fi": "fin", "et": "fin", "hu": "hu", "tr": "tr", "az": "tr",
}
_ENDS = {"cyr": _CYR, "lat": _LAT_SLAVIC, "el": _GREEK, "fin": _FINNIC, "hu": _HU, "tr": _TR}
#: Longest ending of any family (letters): the cuts tried per word.
MAX_END = max(len(e) for ends in _ENDS.values() for e in ends)

#: Stems of MIN_STEM+ letters with an everyday sense in one of the families: never indexed.
DENY_STEMS = frozenset(squeeze(strip_marks(s)) for s in (
    "голен",  # голень (shin)
    "голов",  # голова (head)
    "sikis",  # Turkish "sikiş" folds to the letters of "sıkış" (a jam: "trafik sıkışıyor")
))
#: Stems of exactly MIN_STEM letters are too easily a piece of another word ("голы" of "голый" is
#: Belarusian "bare", "голыя дрэвы"); only these are indexed: the loanword "sex" and Greek "naked".
SHORT_STEMS = frozenset({"seks", "szex", "секс", "γυμν"})
_LATIN_SHORT = frozenset({"seks", "szex"})
_LATIN_FAMS = frozenset({"lat", "fin", "hu", "tr"})


class InflectionIndex:
    """Lemma stems of the inflecting languages; see the module docstring."""

    def __init__(self, forms: Iterable[tuple[Sequence[str], bool, object]]):
        self._stems: dict[str, tuple[object, frozenset[str]]] = {}  # stem -> (entry, families)
        self._terms: set[str] = set()  # every single-word folded term, squeezed (left to the lexicon)
        for tokens, stem, e in forms:
            if len(tokens) != 1 or stem:
                continue
            form = squeeze(tokens[0])
            self._terms.add(form)
            fams = frozenset(FAMILY[l] for l in e.lang.split(";") if l in FAMILY)
            if not fams or e.grade not in GRADES or e.score < MIN_SCORE or not form.isalpha():
                continue
            if form in _LATIN_SHORT:  # the loanword "sex" takes the endings of every Latin-script family
                fams = fams | _LATIN_FAMS
            for fam in fams:
                for cut in self._cuts(form, fam):
                    old = self._stems.get(cut)
                    if old is None or e.score > old[0].score:  # type: ignore[attr-defined]
                        self._stems[cut] = (e, (old[1] if old else frozenset()) | {fam})
                    else:
                        self._stems[cut] = (old[0], old[1] | {fam})

    @staticmethod
    def _cuts(form: str, fam: str) -> list[str]:
        """The stems of a lexicon form: the form minus each ending of ``fam`` it ends with (the
        empty one too) that leaves at least MIN_STEM letters ("nagusienka" -> "nagusienk",
        "nagusien"), without the denied ones; a stem of MIN_STEM letters only from SHORT_STEMS."""
        ends, out = _ENDS[fam], []
        for n in range(min(MAX_END, len(form) - MIN_STEM), -1, -1):
            if form[len(form) - n:] not in ends:
                continue
            stem = form[: len(form) - n]
            if stem in DENY_STEMS or (len(stem) == MIN_STEM and stem not in SHORT_STEMS):
                continue
            out.append(stem)
        return out

    def __len__(self) -> int:
        return len(self._stems)

    def read(self, key: str):
        """The lexicon entry whose lemma ``key`` (folded, lower-case, squeezed word) inflects, or
        None. The word must not be a lexicon term itself and must be longer than its stem."""
        if len(key) <= MIN_STEM or key in self._terms or not key.isalpha():
            return None
        for n in range(1, min(MAX_END, len(key) - MIN_STEM) + 1):
            hit = self._stems.get(key[: len(key) - n])
            if hit is None:
                continue
            tail = key[len(key) - n:]
            if any(tail in _ENDS[f] for f in hit[1]):
                return hit[0]
        return None
