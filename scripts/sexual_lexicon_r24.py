"""Round 24 (issue 10): compound words for a sexual scene or picture; imported by build_sexual_lexicon.py.

Why: the retired set v23 (read as a development set in round 24) asked, in German, Swedish, Dutch, Finnish and
Arabic, for a real person's face to be put "into a sex scene" written as ONE compound word ("Sexszene",
"sexscen", "seksscène", "seksikohtaukseen") or as noun + adjective ("مشهد جنسي"). The English phrase and the
Romance ones ("scène de sexe", "escena de sexo") were read; the compounds were not, because the curated lists
held compounds one by one ("Sexvideo", "Sexfilm", "Nacktfoto") and "scene" was never among them. The class is
generated here, not listed from v23: every sexual first element of a language (sex-, porno-, and the naked
words) joined to every media noun (scene, picture, photo, video, film, clip, recording) in its common
inflections, for de, sv, nl, da, nb and fi, plus the Arabic noun + adjective pairs.

Why it stays clean: each form is a whole compound whose first element is a sexual word; the media noun alone
("Kochszene", "kookscène", a "scene" of anything else) matches nothing, and no form is an everyday word of
another language (checked by ``build_sexual_lexicon.py --check-benign`` against 35,134 benign prompts).

Grading (``ncii`` reads explicit, nudity and euphemism at >= 0.5 as sexual): sex-/porno- compounds are
``explicit`` 0.9, the naked ones ``nudity`` 0.85, as their curated siblings ("Sexvideo", "Nacktfoto").
Tests both ways: tests/signals/test_sexual_compounds_round24.py.
"""

from __future__ import annotations

__all__ = ["MORE_24", "PATTERNS_24"]

E, N = "explicit", "nudity"

#: language -> (sexual first elements, naked first elements, media nouns in their common inflections)
_COMPOUNDS = {
    "de": (("sex", "porno"), ("nackt",),
           ("szene", "szenen", "bild", "bilder", "bildern", "bildes", "foto", "fotos", "video", "videos", "film",
            "filme", "filmen", "films", "clip", "clips", "aufnahme", "aufnahmen", "szenerie")),
    "sv": (("sex", "porr"), ("naken", "nakna"),
           ("scen", "scenen", "scener", "scenerna", "bild", "bilden", "bilder", "bilderna", "foto", "fotot", "foton",
            "video", "videon", "videor", "film", "filmen", "filmer", "klipp", "klippet")),
    "nl": (("seks", "sex", "porno"), ("naakt",),
           ("scene", "scenes", "scène", "scènes", "foto", "fotos", "foto's", "video", "videos", "video's", "film",
            "films", "beeld", "beelden", "plaatje", "plaatjes", "clip", "clips", "opname", "opnames")),
    "da": (("sex", "porno"), ("nøgen", "nogen"),
           ("scene", "scenen", "scener", "billede", "billedet", "billeder", "foto", "fotoet", "fotos", "video",
            "videoen", "videoer", "film", "filmen", "klip", "klippet")),
    "nb": (("sex", "porno"), ("naken", "nakne"),
           ("scene", "scenen", "scener", "bilde", "bildet", "bilder", "foto", "fotoet", "video", "videoen", "film",
            "filmen", "klipp", "klippet")),
    "fi": (("seksi", "porno"), ("alaston", "alasti"),
           ("kohtaus", "kohtauksen", "kohtaukseen", "kohtauksessa", "kohtauksesta", "kohtausta", "kohtauksia",
            "kohtauksiin", "kuva", "kuvan", "kuvaa", "kuvia", "kuvat", "kuvaan", "kuviin", "video", "videon",
            "videota", "videoita", "videoon", "filmi", "filmin", "klippi", "klipin")),
}

#: Danish "nogen" (someone) is a word of its own: only its compounds are listed, never the element alone.
MORE_24: dict[str, dict[str, list[tuple[str, float]]]] = {}
for _lang, (_sex, _naked, _nouns) in _COMPOUNDS.items():
    for _first, _grade, _score in [(f, E, 0.9) for f in _sex] + [(f, N, 0.85) for f in _naked]:
        MORE_24.setdefault(_lang, {}).setdefault(_grade, []).extend((_first + _noun, _score) for _noun in _nouns)

#: Arabic: a scene / clip / video / picture said to be sexual (noun + adjective, singular and plural).
#: The Arabic comma is not split off a word by the tokeniser: each pair is listed with it too (as round 12's were).
_AR_PAIRS = ("مشهد جنسي", "مشاهد جنسية", "مقطع جنسي", "مقاطع جنسية", "فيديو جنسي", "فيديوهات جنسية", "صورة جنسية",
             "صور جنسية", "لقطة جنسية", "لقطات جنسية")
MORE_24.setdefault("ar", {}).setdefault(E, []).extend((t + c, 0.9) for t in _AR_PAIRS for c in ("", "،"))

#: regex rules: (language, pattern over the folded text, grade, score); none this round.
PATTERNS_24: list[tuple[str, str, str, float]] = []
