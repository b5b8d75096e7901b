"""Build the twenty-third never-seen evaluation set of issue 10 ("v23"): bench/data/heldout23/heldout23.tsv.

    python3 bench/build_heldout23.py        # standard library only; faker (if importable) for one source check

Written by a TWENTY-THIRD independent evaluator (branch ``heldout23``) at the start of round 22, before its changes, and
never tuned on (see bench/data/heldout23/README.md). Every template, frame, noise vocabulary, name list, soup
vocabulary and hand-written disguise style is in bench/heldout23_data.py; the name forms, soup styles and coded
encodings are in the code below. All were written for v23; v22's README and builder were read only for the format,
the group semantics, the check code and the layout (this builder copies the structure, helpers and checks of v22's
builder; the name-form, soup and encoding code is new). v1-v22's data modules (and the v1-v3 builders that hold
their data, and v6-v22's builders for their style/form names) are imported below only for the overlap assertions.
Deterministic: one seed; no name is drawn from Faker.

Same columns as v1-v22, so bench/heldout.py's loader reads it: id, group, lang, family, form,
expect_action, expect_sexual, expect_real_person, name, text.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib
import io
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout23_data as D  # noqa: E402  (templates and lists; trainers must not read them)

OUT = Path(__file__).resolve().parent / "data" / "heldout23" / "heldout23.tsv"
SEED = 23508417

#: Faker locales the trainers use (the same 19 as v10's-v22's checks).
TRAINER_LOCALES = ("en_US", "en_GB", "en_AU", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL",
                   "ru_RU", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "tr_TR", "sv_SE", "cs_CZ")

#: v23's new name forms, soup styles and coded encodings (their lists are in the data module; the code is below).
NEW_FORMS = D.NEW_FORMS
OLD_KIND_FORMS = D.OLD_KIND_FORMS
SOUP_STYLES = D.SOUP_STYLES
CODED_STYLES = D.CODED_STYLES
COMBO_STYLES = D.COMBO_STYLES


# =============================================================================================
# Sources and overlap checks
# =============================================================================================
def _plain(s: str) -> str:
    for a, b in (("Đ", "D"), ("đ", "d"), ("ß", "ss"), ("ı", "i"), ("ø", "o"), ("Ø", "O"), ("ł", "l"), ("Ł", "L"),
                 ("þ", "th"), ("Þ", "Th"), ("ʻ", ""), ("æ", "ae"), ("ə", "a"), ("Ə", "A"), ("’", "'")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def _tokens(name: str) -> frozenset[str]:
    return frozenset(_plain(name).lower().replace("-", " ").replace(".", " ").replace("'", " ").replace("_", " ").split())


def _strings(obj, out: set[str]) -> set[str]:
    if isinstance(obj, str):
        out.add(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _strings(k, out)
            _strings(v, out)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            _strings(v, out)
    return out


EARLIER_DATA = ("build_heldout", "build_heldout2", "build_heldout3", "heldout2_data", "heldout3_data", "heldout4_data",
                "heldout5_data", "heldout6_data", "heldout7_data", "heldout8_data", "heldout9_data", "heldout10_data",
                "heldout11_data", "heldout12_data", "heldout13_data", "heldout14_data", "heldout15_data", "heldout16_data",
                "heldout17_data", "heldout18_data", "heldout19_data", "heldout20_data", "heldout21_data", "heldout22_data")
EARLIER_BUILDERS = ("build_heldout6", "build_heldout7", "build_heldout8", "build_heldout9", "build_heldout10",
                    "build_heldout11", "build_heldout12", "build_heldout13", "build_heldout14", "build_heldout15",
                    "build_heldout16", "build_heldout17", "build_heldout18", "build_heldout19",
                    "build_heldout20", "build_heldout21", "build_heldout22")


def _earlier_modules():
    mods, missed = [], []
    for name in EARLIER_DATA:
        try:
            mods.append(importlib.import_module(name))
        except Exception as e:  # noqa: BLE001  (a module that cannot be imported is reported, not fatal)
            missed.append(f"{name}: {type(e).__name__}")
    return mods, missed


def _earlier_builder_names() -> tuple[set[str], list[str]]:
    """Style and form names defined in v6's-v22's builders (v23 must not reuse them)."""
    out: set[str] = set()
    missed = []
    for name in EARLIER_BUILDERS:
        try:
            b = importlib.import_module(name)
        except Exception as e:  # noqa: BLE001
            missed.append(f"{name}: {type(e).__name__}")
            continue
        for attr in ("EARLIER_BUILDER_NAMES", "NEW_FORMS", "SOUP_STYLES", "V6_SOUP_STYLES", "V6_FORMS", "CODED_STYLES",
                     "COMBO_STYLES", "OLD_KIND_FORMS"):
            out |= set(getattr(b, attr, ()) or ())
        out |= {f for f, _ in getattr(b, "FORMS", [])}
    out -= set(OLD_KIND_FORMS)  # the earlier kinds are reused on purpose, in v23's own shapes
    return out, missed


def _norm_tpl(t: str) -> str:
    t = re.sub(r"\{[a-z]\}", "", t).lower()
    return " ".join(t.split()).strip(" ,.:;!?")


def _trainer_name_parts():
    try:
        from faker import Faker
    except ImportError:
        return None
    firsts, lasts = set(), set()
    for loc in TRAINER_LOCALES:
        p = Faker(loc).factories[0].provider("faker.providers.person")
        for attr in ("first_names", "first_names_female", "first_names_male"):
            firsts |= {str(x).lower() for x in (getattr(p, attr, ()) or ())}
        for attr in ("last_names", "last_names_female", "last_names_male"):
            lasts |= {str(x).lower() for x in (getattr(p, attr, ()) or ())}
    return firsts, lasts


def _bang(t: str) -> str:
    return t[2:] if t.startswith("!f") else t


def _core(c: str) -> str:
    return _bang(c.split("::", 1)[1])


def _my_templates() -> list[str]:
    out = [_core(c) for c in D.EN_CORES] + D.TOOL_FRAMES + [_bang(t) for _, t in D.CORE_TEMPLATES]
    out += [t for _, t in D.EN_NEW_TEMPLATES] + D.EN_BENIGN + D.EN_CELEB + D.EN_NB + D.EN_LIGHT
    for d in list(D.L.values()) + list(D.CS.values()):
        out += [_core(c) for c in d["sex"]]
        for k in ("imp", "desc", "benign", "celeb", "nb", "light", "frame", "twin", "descr"):
            out += d.get(k, [])
    out += D.CODED_FRAMES + D.CODED_PHRASES + [t for _, _, t in D.ADV_HAND] + D.TWINS + D.DESCRIPTIONS + D.DESC_WRAP
    out += D.CAPTIONS + D.CAPTION_WRAP + D.ART
    return out


def _people() -> list[str]:
    out = [p for _, p, _ in D.CORE_PEOPLE] + [p for _, p, _ in D.EN_NEW_PEOPLE]
    for d in list(D.L.values()) + list(D.CS.values()):
        out += [p for _, p, _ in d["people"]]
    out += D.ADV_NAMED + D.ADV_PRIVATE + list(D.ADV_PRIVATE_L.values())
    return out


def check_sources() -> dict:
    """Assert v23's novelty against v1-v22; returns notes for the printout."""
    notes = {}
    pf = D.PUBLIC_FIGURES
    names = [p[0] for p in pf]
    assert len(names) == len(set(names)) and len(names) >= 300, (len(names), len(set(names)))
    assert all(len(p) in (5, 6) and p[1] in ("f", "m") for p in pf), [p for p in pf if len(p) not in (5, 6)]
    assert all(len(p) == 6 for p in pf if p[4] == "script"), "script names need their romanisation"
    assert all(len(p) == 3 and p[1] in ("f", "m") for p in D.INVENTED)
    mods, missed = _earlier_modules()
    notes["earlier modules imported"] = f"{len(mods)} of {len(EARLIER_DATA)}" + (f" (missed: {missed})" if missed else "")
    if missed:
        print(f"WARNING: earlier data modules not importable: {missed}")
    earlier = [p for m in mods for p in getattr(m, "PUBLIC_FIGURES", ())]
    prev = set()
    for p in earlier:
        prev.add(_tokens(p[0]))
        for extra in p[4:6] if len(p) > 4 else ():
            if isinstance(extra, str) and len(extra) > 3 and extra[0].isupper():
                prev.add(_tokens(extra))
    prev |= {_tokens(p[0]) for m in mods for p in getattr(m, "INVENTED", ())}
    for m in mods:
        tags = getattr(m, "FIRST_NAME_TAGS", None)
        if tags:
            prev |= {_tokens(k) for k in tags} | {_tokens(v) for v in tags.values() if isinstance(v, str)}
    keys = [(p[0], _tokens(p[0])) for p in pf] + [(p[5], _tokens(p[5])) for p in pf if len(p) > 5]
    overlap = [n for n, k in keys if k in prev]
    assert not overlap, f"{len(overlap)} v23 figures are in v1-v22: {overlap}"
    own = [k for _, k in keys]
    assert len(set(own)) == len(own), "two v23 figures share a token set"
    inv = [p[0] for p in D.INVENTED]
    assert len(inv) == len(set(inv)), "duplicate invented name"
    bad = [n for n in inv if _tokens(n) in prev or _tokens(n) in set(own)]
    assert not bad, f"{len(bad)} invented names collide with v1-v22 or v23 figures: {bad}"
    adv = [n for n in D.ADV_NAMED + [s for s, k in D.TWIN_SUBJECTS if k == "named"]
           if _tokens(n.split(" (")[0]) in prev or _tokens(n.split(" (")[0]) in set(own)
           or _tokens(n.split(" (")[0]) in {_tokens(i) for i in inv}]
    assert not adv, f"adversarial/twin subjects collide with names: {adv}"
    art = {_tokens(a) for m in mods for a in getattr(m, "ARTISTS", ())}
    rep = [a for a in D.ARTISTS if _tokens(a) in art]
    assert not rep, f"artists in v1-v22: {rep}"
    assert len(D.ARTISTS) == len(set(D.ARTISTS))
    old: set[str] = set()
    for m in mods:
        for k, v in vars(m).items():
            if not k.startswith("__") and isinstance(v, (list, tuple, dict, set, str)):
                _strings(v, old)
    old_norm = {_norm_tpl(s) for s in old}
    mine = [t for t in _my_templates() if len(_norm_tpl(t)) >= 6]
    rep = [t for t in mine if _norm_tpl(t) in old_norm]
    assert not rep, f"{len(rep)} v23 templates repeat v1-v22: {rep}"
    old_low = "\n".join(s.lower() for s in old)
    rep = [t for _, _, t in D.ADV_HAND if any(len(part.strip(" ,.")) >= 8 and part.strip(" ,.").lower() in old_low
                                              for part in t.split("{n}"))]
    rep += [t for t in D.EN_LIGHT + [x for d in D.L.values() for x in d["light"]]
            if any(len(part.strip(" ,.")) >= 6 and part.strip(" ,.").lower() in old_low for part in t.split("{n}"))]
    assert not rep, f"{len(rep)} disguise/light phrases occur in v1-v22: {rep}"
    rep = [p for p in _people() if p in old and p not in ("her", "him")]
    assert not rep, f"{len(rep)} person phrases repeat v1-v22: {rep}"
    rep = [s for s, _ in D.TWIN_SUBJECTS if s in old]
    assert not rep, f"{len(rep)} twin subjects repeat v1-v22: {rep}"
    old_tok = {t.lower() for s in old for t in s.split()}
    noise = D.FRAGS + D.JUNK + D.SOUP_SUBJECTS + D.CLEAN_FRAGS + D.CLEAN_SUBJECTS + D.SOUP_EMOJI_HOT + D.SOUP_EMOJI_CALM
    rep = [w for w in noise if w in old or w.lower() in old_tok]
    assert not rep, f"{len(rep)} noise words repeat v1-v22: {rep}"
    styles = {s for s, _, _ in D.ADV_HAND} | set(SOUP_STYLES) | set(NEW_FORMS) | set(CODED_STYLES) | set(COMBO_STYLES)
    assert len(styles) == len(D.ADV_HAND) + len(SOUP_STYLES) + len(NEW_FORMS) + len(CODED_STYLES) + len(COMBO_STYLES)
    b_names, b_missed = _earlier_builder_names()
    notes["earlier builders imported (style/form names)"] = (f"{len(EARLIER_BUILDERS) - len(b_missed)} of "
                                                             f"{len(EARLIER_BUILDERS)}" + (f" (missed: {b_missed})" if b_missed else ""))
    if b_missed:
        print(f"WARNING: earlier builders not importable: {b_missed}")
    rep = [s for s in styles if s in old or s in b_names]
    assert not rep, f"style/form names repeat v1-v22: {rep}"
    parts = _trainer_name_parts()
    if parts is None:
        notes["faker pair check"] = "faker not importable: trainer-locale pair check not run"
        print("NOTE: faker not importable: the trainer-locale Faker pair check was skipped")
    else:
        tf, tl = parts
        both = [n for n in inv if _latin(n) and n.split()[0].lower() in tf and n.split()[-1].lower() in tl]
        assert not both, f"{len(both)} invented names are trainer Faker pairs: {both}"
        notes["faker pair check"] = f"ok ({len(TRAINER_LOCALES)} locales)"
    return notes


# =============================================================================================
# Name forms (v23's code)
# =============================================================================================
FORMS = [("plain", 9), ("lower_noaccent", 2), ("underscores", 1), ("joined_lower", 1), ("lora", 1)] + [(f, 1) for f in NEW_FORMS]
_SCRIPT_OK = {"plain", "underscores", "joined_lower", "lora", "hashtag_pascal_case_tag", "zwj_interleaved",
              "at_handle_underscore_digits", "interpunct_letter_chain", "combining_low_line_under",
              "country_adjective_role_prefix", "profile_url_path_slug"}
_MULTI_ONLY = {"underscores", "surname_caps_initial_after", "surname_comma_given_titlecase", "honorific_surname_only"}
#: Forms that need a figure's role or country (public figures only).
_PUBLIC_ONLY = {"country_adjective_role_prefix"}
_ROLE_WORD = {"pol": "politician", "writer": "author", "journalist": "TV journalist", "economist": "economist",
              "scientist": "scientist", "academic": "professor", "business": "CEO", "judge": "judge",
              "lawyer": "prosecutor", "activist": "activist", "director": "filmmaker", "singer": "singer",
              "diplomat": "diplomat", "first lady": "first lady", "actress": "actress", "comedian": "comedian",
              "chef": "chef", "tv host": "TV presenter", "architect": "architect", "athlete": "mountaineer",
              "curator": "museum director", "conductor": "conductor", "artist": "artist"}
_COUNTRY_ADJ = {"FR": "French", "DE": "German", "ES": "Spanish", "PT": "Portuguese", "BR": "Brazilian", "IT": "Italian",
                "US": "American", "GB": "British", "CA": "Canadian", "AU": "Australian", "NZ": "New Zealand",
                "IE": "Irish", "SE": "Swedish", "FI": "Finnish", "NO": "Norwegian", "DK": "Danish", "NL": "Dutch",
                "BE": "Belgian", "AT": "Austrian", "CH": "Swiss", "PL": "Polish", "RO": "Romanian", "MD": "Moldovan",
                "TR": "Turkish", "JP": "Japanese", "KR": "Korean", "CN": "Chinese", "TW": "Taiwanese", "HK": "Hong Kong",
                "SG": "Singaporean", "RU": "Russian", "UA": "Ukrainian", "IL": "Israeli", "VN": "Vietnamese",
                "ID": "Indonesian", "IN": "Indian", "BD": "Bangladeshi", "MX": "Mexican", "PE": "Peruvian",
                "CO": "Colombian", "EC": "Ecuadorian", "AR": "Argentine", "CL": "Chilean", "SA": "Saudi",
                "LB": "Lebanese", "NE": "Nigerien", "ZA": "South African", "SI": "Slovenian", "NP": "Nepali",
                "LT": "Lithuanian", "LV": "Latvian", "BG": "Bulgarian", "AM": "Armenian", "IQ": "Iraqi", "IR": "Iranian",
                "GE": "Georgian", "GR": "Greek", "TH": "Thai", "NG": "Nigerian", "KE": "Kenyan", "GH": "Ghanaian",
                "PH": "Filipino", "PK": "Pakistani", "MZ": "Mozambican", "HU": "Hungarian", "LK": "Sri Lankan"}
_FULLWIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_MBI = {**{chr(65 + i): chr(0x1D468 + i) for i in range(26)}, **{chr(97 + i): chr(0x1D482 + i) for i in range(26)}}
_CIRCLED = {**{chr(65 + i): chr(0x24B6 + i) for i in range(26)}, **{chr(97 + i): chr(0x24D0 + i) for i in range(26)}}
_DIGIT_VOW = {"a": "4", "e": "3", "i": "1", "o": "0", "A": "4", "E": "3", "I": "1", "O": "0"}


def _low_words(name: str) -> list[str]:
    base = _plain(name) if _latin(name) else name
    return [re.sub(r"[^\w]", "", w.lower()) for w in base.replace("-", " ").split() if re.sub(r"[^\w]", "", w)]


def _surname_index(name: str, kind: str) -> int:
    """Index of the family name among the words (first for surname-first names, last otherwise)."""
    return 0 if kind == "surname_first" else -1


def render(name: str, form: str, rng: random.Random, cc: str = "", role: str = "", kind: str = "", g: str = "f") -> str:
    words = name.split()
    plain = _plain(name)
    si = _surname_index(name, kind) % len(words)
    rest = [w for i, w in enumerate(words) if i != si]
    if form in ("plain", "romanised"):
        return name
    if form == "lower_noaccent":
        return plain.lower()
    if form == "underscores":  # v23's own shape: lower-case ASCII words joined by underscores
        return "_".join(_low_words(name))
    if form == "joined_lower":  # v23's own shape: lower case, accents kept, no separators
        return "".join(w.lower() for w in re.split(r"[\s\-']+", name) if w)
    if form == "lora":  # v23's own shape of the earlier kind
        return (f"<lora:{'_'.join(_low_words(name))}_{rng.choice(('v1', 'v2', 'v3', 'xl'))}:"
                f"{rng.choice(('0.75', '0.85', '1.0'))}>")
    if form == "surname_caps_initial_after":
        return f"{words[si].upper()} {rest[0][0]}."
    if form == "hashtag_pascal_case_tag":
        if not _latin(name):
            return "#" + "".join(words)
        return "#" + "".join(w.capitalize() for w in _low_words(name))
    if form == "fullwidth_forms_block":
        return "".join(_FULLWIDTH.get(c, "\u3000" if c == " " else c) for c in plain)
    if form == "math_bold_italic_letters":
        return "".join(_MBI.get(c, c) for c in plain)
    if form == "zwj_interleaved":
        return " ".join("\u200d".join(w) for w in words)
    if form == "surname_comma_given_titlecase":
        return f"{words[si]}, {' '.join(rest)}"
    if form == "digit_vowel_swap_name":
        return "".join(_DIGIT_VOW.get(c, c) for c in plain)
    if form == "at_handle_underscore_digits":
        return "@" + "_".join(_low_words(name)) + str(rng.randint(70, 99))
    if form == "surname_first_letter_stutter":
        w = words[si]
        return " ".join(f"{w[0]}-{w}" if i == si else x for i, x in enumerate(words))
    if form == "enclosed_circle_alphanumerics":
        return "".join(_CIRCLED.get(c, c) for c in plain)
    if form == "interpunct_letter_chain":
        return " ".join("·".join(w) for w in words)
    if form == "combining_low_line_under":
        return "".join(c if c == " " else c + "\u0332" for c in name)
    if form == "adjacent_swap_typo_surname":
        w = words[si]
        if len(w) < 4:
            return name
        k = rng.randrange(1, len(w) - 2)
        w2 = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        return " ".join(w2 if i == si else x for i, x in enumerate(words))
    if form == "honorific_surname_only":
        h = "Mr." if g == "m" else rng.choice(("Ms.", "Mrs.", "Madame", "Dr."))
        return f"{h} {words[si]}"
    if form == "country_adjective_role_prefix":
        adj = _COUNTRY_ADJ.get(cc, "")
        return f"{adj} {_ROLE_WORD.get(role, 'public figure')} {name}".strip()
    if form == "profile_url_path_slug":
        return rng.choice(("/wiki/", "people/", "/profile/")) + "-".join(_low_words(name))
    raise ValueError(form)


def pick_form(rng: random.Random, name: str, allowed=None, kind: str = "", public: bool = True) -> str:
    cands = [(f, w) for f, w in FORMS if allowed is None or f in allowed]
    if not _latin(name):
        cands = [(f, w) for f, w in cands if f in _SCRIPT_OK]
    if len(name.split()) < 2:
        cands = [(f, w) for f, w in cands if f not in _MULTI_ONLY]
    if not public:
        cands = [(f, w) for f, w in cands if f not in _PUBLIC_ONLY]
    fs, ws = zip(*cands)
    return rng.choices(fs, weights=ws)[0]


# =============================================================================================
# Helpers
# =============================================================================================
_MALE_BAD = re.compile(r"\b(she|her|hers|herself|bra|braless|breasts?|boobs?|tits|tittys|titties|tiddies|jugs|pussy|gown|"
                       r"skirt|dress|bikini|thong|nightie|lingerie|panties|nipples?|queen|eve|girl|lady|woman|wife)\b", re.I)


def fill(tpl: str, *, n: str | None = None, p: str | None = None, c: str | None = None, s: str | None = None,
         x: str | None = None) -> str:
    out = _bang(tpl)
    for k, v in (("{n}", n), ("{p}", p), ("{c}", c), ("{s}", s), ("{x}", x)):
        if v is not None:
            out = out.replace(k, v)
    return out


def row(group, lang, family, text, *, form="-", action="allow", sexual="0", real="-", name="-"):
    assert not re.search(r"\{[a-z]\}", text), (group, text)  # every placeholder filled
    return {"group": group, "lang": lang, "family": family, "form": form, "expect_action": action,
            "expect_sexual": sexual, "expect_real_person": real, "name": name, "text": text}


BIG = ("fr", "es", "de", "pt")
#: v22's rows in the four languages the issue names (v23 must have at least as many; from v22's README).
V22_BIG_COUNTS = {"fr": 295, "es": 268, "de": 262, "pt": 328}
OTHER = list(D.L)
_BIG_W = {"fr": 190, "de": 185, "es": 160, "pt": 270}
OTHER_W = [_BIG_W.get(lg, 5) for lg in OTHER]
_COUNTRY_LANG = {"FR": "fr", "BE": "fr", "SN": "fr", "CM": "fr", "NE": "fr", "DZ": "fr", "TN": "fr", "MA": "fr",
                 "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es", "EC": "es",
                 "DE": "de", "AT": "de", "CH": "de", "PT": "pt", "BR": "pt", "MZ": "pt",
                 "IT": "it", "NL": "nl", "PL": "pl", "RU": "ru", "TR": "tr", "SA": "ar", "LB": "ar", "IQ": "ar",
                 "AE": "ar", "EG": "ar", "JP": "ja", "KR": "ko", "CN": "zh", "TW": "zh", "HK": "zh", "SG": "zh",
                 "VN": "vi", "SE": "sv", "FI": "fi", "RO": "ro", "MD": "ro", "IL": "he"}
_SCRIPT_LANG = [("CJK", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"), ("CYRILLIC", "ru"),
                ("ARABIC", None), ("HEBREW", "he")]


def native_lang(name: str, cc: str) -> str | None:
    """The language of a figure's own country or script, where v23 has templates for it."""
    if not _latin(name):
        for ch in name:
            nm = unicodedata.name(ch, "")
            for key, lg in _SCRIPT_LANG:
                if key in nm:
                    if cc == "JP" and lg == "zh":
                        return "ja"
                    if lg is None:  # Arabic script: the country decides (Persian: none)
                        lg = _COUNTRY_LANG.get(cc)
                        return lg if lg == "ar" else None
                    return lg
        return None  # Greek, Thai, Georgian, Armenian, Devanagari, Bengali: English
    lg = _COUNTRY_LANG.get(cc)
    return lg if lg in D.L else None


def lang_data(lg):
    return D.CS[lg] if "+" in lg else D.L[lg]


def named_text(rng, lg, nm, g="f", frame_p=0.3):
    """(family, text) of a named sexual request in language lg."""
    if lg == "en":
        pool = D.EN_CORES if g == "f" else [c for c in D.EN_CORES if not c.split("::", 1)[1].startswith("!f")
                                            and not _MALE_BAD.search(c)]
        fam, core = rng.choice(pool).split("::", 1)
        text = fill(core, n=nm)
        if rng.random() < frame_p:
            text = fill(rng.choice(D.TOOL_FRAMES), c=text)
        return fam, text
    d = lang_data(lg)
    pool = d["sex"] if g == "f" else [c for c in d["sex"] if not c.split("::", 1)[1].startswith("!f")]
    fam, core = rng.choice(pool).split("::", 1)
    text = fill(core, n=nm)
    if d.get("frame") and rng.random() < frame_p:
        text = fill(rng.choice(d["frame"]), c=text)
    return fam, text


_LANG_CYCLES: dict = {}


def other_lang(rng, pairs=False) -> str:
    """A language other than English, drawn from a shuffled cycle over the weighted list (so the shares of
    French, Spanish, German and Portuguese do not depend on luck)."""
    if pairs not in _LANG_CYCLES:
        langs = [lg for lg, w in zip(OTHER, OTHER_W) for _ in range(w)] + (list(D.CS) if pairs else [])
        _LANG_CYCLES[pairs] = _rotating(rng, langs)
    return next(_LANG_CYCLES[pairs])


def invented_lang(rng, nm, g, culture, p_en):
    """The language of an invented person's row: the culture's language where v23 has it (always for own-script
    names), otherwise English or another language."""
    nat = D.INVENTED_LANG.get(culture, "en")
    if not _latin(nm):
        return nat if nat in D.L else "en"
    if g == "m" or rng.random() < p_en:
        return "en"
    if nat in D.L and rng.random() < 0.6:
        return nat
    return other_lang(rng)


# =============================================================================================
# Groups
# =============================================================================================
def build_named_sexual(rng) -> list[dict]:
    out = []
    for nm, g, cc, role, kind, *rom in D.PUBLIC_FIGURES:
        src = f"public:{cc}"
        nat = native_lang(nm, cc)
        # row A: mostly English; script names here appear romanised
        if rom:
            lg, form, shown, canon = "en", "romanised", rom[0], rom[0]
        else:
            lg = "en" if rng.random() < 0.3 else other_lang(rng, pairs=True)
            form = pick_form(rng, nm, kind=kind)
            shown, canon = render(nm, form, rng, cc, role, kind, g), nm
        if g == "m":
            lg = "en"
        fam, text = named_text(rng, lg, shown, g)
        out.append(row("named_sexual", lg, f"{fam}|{src}", text, form=form, action="block", sexual="1", real="1",
                       name=canon))
        # row B: the figure's own language where v23 has it, else another language
        lg = nat if nat and rng.random() < 0.8 else other_lang(rng, pairs=True)
        if (not _latin(nm) and nat is None) or g == "m":
            lg = "en"
        form = pick_form(rng, nm, kind=kind)
        fam, text = named_text(rng, lg, render(nm, form, rng, cc, role, kind, g), g)
        out.append(row("named_sexual", lg, f"{fam}|{src}", text, form=form, action="block", sexual="1", real="1",
                       name=nm))
    for nm, g, culture in D.INVENTED:
        lg = invented_lang(rng, nm, g, culture, 0.4)
        if lg != "en" and rng.random() < 0.08 and _latin(nm):
            lg = rng.choice(list(D.CS))
        form = pick_form(rng, nm, public=False)
        fam, text = named_text(rng, lg, render(nm, form, rng, g=g), g)
        out.append(row("named_sexual", lg, f"{fam}|invented:{culture}", text, form=form, action="block", sexual="1",
                       real="1", name=nm))
    return out


def _rotating(rng, items):
    """An endless shuffled cycle (each item once per round)."""
    while True:
        xs = list(items)
        rng.shuffle(xs)
        yield from xs


def build_private(rng) -> list[dict]:
    out = []
    neutral = [(k, t) for k, t in D.CORE_TEMPLATES if not t.startswith("!f") and not _MALE_BAD.search(t)]
    cyc_f, cyc_m = _rotating(rng, D.CORE_TEMPLATES), _rotating(rng, neutral)
    for i, (fam, p, g) in enumerate(D.CORE_PEOPLE):
        k = 6 if i % 2 == 0 else 5
        cyc = cyc_f if g == "f" else cyc_m
        seen = set()
        while len(seen) < k:
            kind, t = next(cyc)
            if t in seen:
                continue
            seen.add(t)
            out.append(row("private_sexual_core", "en", f"{fam}|{kind}", fill(t, p=p), action="block", sexual="1"))
    cyc = _rotating(rng, D.EN_NEW_TEMPLATES)
    cyc_nm = _rotating(rng, [(k, t) for k, t in D.EN_NEW_TEMPLATES if not _MALE_BAD.search(t)])
    for fam, p, g in D.EN_NEW_PEOPLE:
        seen = set()
        n_new = 6 if g == "f" else 3
        while len(seen) < n_new:
            kind, t = next(cyc if g == "f" else cyc_nm)
            if t in seen:
                continue
            seen.add(t)
            out.append(row("private_sexual_new", "en", f"{fam}|{kind}", fill(t, p=p), action="block", sexual="1"))
    for lg in list(D.L) + list(D.CS):
        d = lang_data(lg)
        for j, (fam, p, g) in enumerate(d["people"]):
            out.append(row("private_sexual_new", lg, f"{fam}|imperative", fill(d["imp"][j % len(d["imp"])], p=p),
                           action="block", sexual="1"))
            out.append(row("private_sexual_new", lg, f"{fam}|descriptive", fill(d["desc"][j % len(d["desc"])], p=p),
                           action="block", sexual="1"))
    # benign edits of the same private people (must be allowed)
    cyc = _rotating(rng, D.EN_BENIGN)
    for fam, p, g in D.CORE_PEOPLE + D.EN_NEW_PEOPLE:
        seen = set()
        while len(seen) < 3:
            t = next(cyc)
            if t in seen:
                continue
            seen.add(t)
            out.append(row("private_benign_edit", "en", f"{fam}|benign", fill(t, p=p)))
    for lg in list(D.L) + list(D.CS):
        d = lang_data(lg)
        n = 8 if lg in BIG else (4 if lg in D.L else 2)
        for j in range(n):
            fam, p, g = d["people"][j % len(d["people"])]
            t = d["benign"][j % len(d["benign"])]
            out.append(row("private_benign_edit", lg, f"{fam}|benign", fill(t, p=p)))
    return out


# =============================================================================================
# Token soup (v23's 15 styles over its own vocabularies)
# =============================================================================================
def _mix(rng, frags, subj, emo, junk, k=(3, 6)):
    toks = rng.sample(frags, rng.randint(*k))
    if subj and rng.random() < 0.6:
        toks.insert(rng.randrange(len(toks) + 1), rng.choice(subj))
    if rng.random() < 0.5:
        toks.insert(rng.randrange(len(toks) + 1), rng.choice(junk))
    if rng.random() < 0.5:
        toks.insert(rng.randrange(len(toks) + 1), rng.choice(emo))
    return toks


def soup_text(rng, style, frags, subj, emo, junk, clean=False) -> str:
    t = _mix(rng, frags, subj, emo, junk)
    q = [x.replace('"', "").replace("'", "") for x in t]
    if style == "json_lines_tag_objects":
        return "\n".join('{"t": "' + x + '"}' for x in q)
    if style == "markdown_table_one_row":
        return "| " + " | ".join(t) + " |\n|" + "---|" * len(t)
    if style == "hashtag_cloud_lowercase":
        return " ".join("#" + re.sub(r"\s+", "", x.lower()) for x in t)
    if style == "semicolon_wall_run":
        return ";".join(t) + ";"
    if style == "ini_numbered_keys":
        return "[prompt]\n" + "\n".join(f"k{i + 1}={x}" for i, x in enumerate(t))
    if style == "html_unordered_items":
        return "<ul>" + "".join(f"<li>{x}</li>" for x in t) + "</ul>"
    if style == "tilde_joined_chain":
        return "~".join(t)
    if style == "bracketed_double_colon_weights":
        return " ".join(f"[{x}]::{rng.choice(('1', '2', '3', '0.5'))}" for x in t)
    if style == "numbered_paren_items":
        return " ".join(f"{i + 1}) {x}" for i, x in enumerate(t))
    if style == "slash_path_tags":
        return "/".join(x.replace(" ", "-") for x in t)
    if style == "toml_inline_array":
        return "tags = [" + ", ".join(f'"{x}"' for x in q) + "]"
    if style == "heart_bullet_lines":
        return "\n".join(f"♡ {x}" for x in t)
    if style == "double_pipe_joined":
        return " || ".join(t)
    if style == "backtick_code_spans":
        return " ".join(f"`{x}`" for x in t)
    if style == "latex_item_lines":
        return "\\begin{itemize} " + " ".join(f"\\item {x}" for x in t) + " \\end{itemize}"
    raise ValueError(style)


def build_soup(rng) -> list[dict]:
    out = []
    for style in SOUP_STYLES:
        for _ in range(20):
            out.append(row("token_soup", "xx", f"soup|{style}",
                           soup_text(rng, style, D.FRAGS, D.SOUP_SUBJECTS, D.SOUP_EMOJI_HOT + D.SOUP_EMOJI_CALM, D.JUNK),
                           action="-", sexual="1"))
    return out


def clean_soup(rng, i):
    style = SOUP_STYLES[i % len(SOUP_STYLES)]
    text = soup_text(rng, style, D.CLEAN_FRAGS, D.CLEAN_SUBJECTS, D.SOUP_EMOJI_CALM, D.JUNK, clean=True)
    return row("clean_twin", "xx", f"clean_soup|{style}", text)


# =============================================================================================
# Disguise encodings (v23's coded styles)
# =============================================================================================
_A = "abcdefghijklmnopqrstuvwxyz"
_TAP = "abcdefghijlmnopqrstuvwxyz"  # k is tapped as c
_MORSE = dict(zip(_A, ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- "
                      "-.-- --..".split()))
_MULTITAP = {c: str(d) * (i + 1) for d, grp in zip(range(2, 10), ("abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"))
             for i, c in enumerate(grp)}
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_RIGHT = {r[i]: r[(i + 1) % len(r)] for r in _ROWS for i in range(len(r))}
_FLIP = dict(zip(_A + ".,!?", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz˙'¡¿"))
_VOWELS = "aeiou"


def _atbash(t):
    return "".join(_A[25 - _A.index(c)] if c in _A else c for c in t)


def _shift(t, k):
    return "".join(_A[(_A.index(c) + k) % 26] if c in _A else c for c in t)


def _rot47(t):
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in t)


def _tap(c):
    c = "c" if c == "k" else c
    i = _TAP.index(c)
    return "." * (i // 5 + 1) + " " + "." * (i % 5 + 1)


def _tapcode(t):
    return " / ".join("  ".join(_tap(c) for c in w if c in _A) for w in t.split())


def _disemvowel(t):
    return " ".join("".join(c for c in w if c not in _VOWELS) or w for w in t.split())


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def encode(style, t, rng):
    t = _plain(t)
    low = t.lower()
    if style == "atbash_mirror_alpha":
        return _atbash(low)
    if style == "caesar_plus_nineteen":
        return _shift(low, 19)
    if style == "ascii85_adobe_block":
        return "<~" + base64.a85encode(t.encode()).decode() + "~>"
    if style == "hex_upper_contiguous":
        return t.encode().hex().upper()
    if style == "octal_triplets_spaced":
        return " ".join(f"{b:03o}" for b in t.encode())
    if style == "decimal_ords_dash_joined":
        return "-".join(str(b) for b in t.encode())
    if style == "binary_octets_pipe_sep":
        return "|".join(f"{b:08b}" for b in t.encode())
    if style == "alpha_index_numbers":
        return "  ".join(".".join(str(_A.index(c) + 1) for c in w if c in _A) for w in low.split())
    if style == "disemvoweled_sentence":
        return _disemvowel(low)
    if style == "rot47_printables":
        return _rot47(t)
    if style == "tap_code_knock_pairs":
        return _tapcode(low)
    if style == "qwerty_right_neighbor":
        return "".join(_RIGHT.get(c, c) for c in low)
    if style == "phone_multitap_digits":
        return " 0 ".join(" ".join(_MULTITAP[c] for c in w if c in _MULTITAP) for w in low.split())
    if style == "sgml_numeric_char_refs":
        return "".join(f"&#{ord(c)};" for c in t)
    if style == "json_u_escapes_all":
        return "".join(f"\\u{ord(c):04x}" for c in t)
    if style == "base64url_unpadded":
        return _b64url(t.encode())
    if style == "alternate_words_reversed":
        return " ".join(w[::-1] if i % 2 else w for i, w in enumerate(t.split()))
    if style == "upside_down_flipped":
        return "".join(_FLIP.get(c, c) for c in low)[::-1]
    if style == "bacon_xy_quintets":
        return " / ".join(" ".join(format(_A.index(c), "05b").replace("0", "X").replace("1", "Y") for c in w if c in _A)
                          for w in low.split())
    if style == "morse_dots_dashes_slashwords":
        return " / ".join(" ".join(_MORSE[c] for c in w if c in _MORSE) for w in low.split())
    if style == "combo_atbash_then_ascii85":
        return "<~" + base64.a85encode(_atbash(low).encode()).decode() + "~>"
    if style == "combo_mirror_then_hexupper":
        return t[::-1].encode().hex().upper()
    if style == "combo_rot47_then_b64url":
        return _b64url(_rot47(t).encode())
    if style == "combo_disemvowel_then_tapcode":
        return _tapcode(_disemvowel(low))
    raise ValueError(style)


def build_adversarial(rng) -> list[dict]:
    out = []
    subj_named = [n.split(" (")[0] for n in D.ADV_NAMED]
    for i, style in enumerate(CODED_STYLES + COMBO_STYLES):
        for j in range(5):
            named = (i + j) % 2 == 0
            subj = subj_named[(i + j) % len(subj_named)] if named else D.ADV_PRIVATE[(i + j) % len(D.ADV_PRIVATE)]
            plain = fill(D.CODED_PHRASES[(i + j) % len(D.CODED_PHRASES)], n=subj)
            text = fill(D.CODED_FRAMES[(i * 5 + j) % len(D.CODED_FRAMES)], c=encode(style, plain, rng))
            out.append(row("adversarial_disguise", "en", f"{style}|{'named' if named else 'private'}", text,
                           action="block", sexual="1"))
    for i, (style, lg, t) in enumerate(D.ADV_HAND):
        if lg == "en":
            subjects = [(subj_named[(2 * i) % len(subj_named)], "named"), (subj_named[(2 * i + 1) % len(subj_named)], "named"),
                        (D.ADV_PRIVATE[(2 * i) % len(D.ADV_PRIVATE)], "private"),
                        (D.ADV_PRIVATE[(2 * i + 1) % len(D.ADV_PRIVATE)], "private")]
        else:
            subjects = [(subj_named[(i + k) % len(subj_named)], "named") for k in range(3)] + [(D.ADV_PRIVATE_L[lg], "private")]
        for subj, kind in subjects:
            out.append(row("adversarial_disguise", lg, f"{style}|{kind}", fill(t, n=subj), action="block", sexual="1"))
    # light obfuscation
    for i, t in enumerate(D.EN_LIGHT):
        for k in range(3):
            if k < 2:
                subj, kind = subj_named[(i + k) % len(subj_named)], "named"
            else:
                subj, kind = D.ADV_PRIVATE[i % len(D.ADV_PRIVATE)], "private"
            out.append(row("adversarial_light", "en", f"light|{kind}", fill(t, n=subj), action="block", sexual="1"))
    for li, (lg, d) in enumerate(D.L.items()):
        for k, t in enumerate(d["light"]):
            subj, kind = ((subj_named[(li + k) % len(subj_named)], "named") if (li + k) % 2 == 0
                          else (D.ADV_PRIVATE_L[lg], "private"))
            out.append(row("adversarial_light", lg, f"light|{kind}", fill(t, n=subj), action="block", sexual="1"))
    return out


# =============================================================================================
# Allowed groups: ordinary celebrity prompts, twins, descriptions, captions, art, named benign
# =============================================================================================
_CELEB_FORMS = ("plain", "lower_noaccent", "underscores", "joined_lower", "surname_caps_initial_after",
                "hashtag_pascal_case_tag", "fullwidth_forms_block", "zwj_interleaved", "surname_comma_given_titlecase",
                "at_handle_underscore_digits", "surname_first_letter_stutter", "interpunct_letter_chain",
                "adjacent_swap_typo_surname", "honorific_surname_only", "country_adjective_role_prefix",
                "profile_url_path_slug")

def build_rest(rng) -> list[dict]:
    out = []
    # celebrity_ordinary: every figure twice (English, and its own or another language)
    for nm, g, cc, role, kind, *rom in D.PUBLIC_FIGURES:
        src = f"celeb|public:{cc}"
        nat = native_lang(nm, cc)
        if rom and rng.random() < 0.4:
            form, shown, canon = "romanised", rom[0], rom[0]
        else:
            form = pick_form(rng, nm, allowed=_CELEB_FORMS, kind=kind)
            shown, canon = render(nm, form, rng, cc, role, kind, g), nm
        pool = D.EN_CELEB if g == "f" else [t for t in D.EN_CELEB if not _MALE_BAD.search(t)]
        out.append(row("celebrity_ordinary", "en", src, fill(rng.choice(pool), n=shown), form=form, real="1",
                       name=canon))
        lg = nat if nat and nat in D.L and rng.random() < 0.85 else other_lang(rng)
        if (not _latin(nm) and nat is None) or g == "m":
            lg = "en"
        form = pick_form(rng, nm, allowed=_CELEB_FORMS, kind=kind)
        tpl = rng.choice(pool if lg == "en" else D.L[lg]["celeb"])
        out.append(row("celebrity_ordinary", lg, src, fill(tpl, n=render(nm, form, rng, cc, role, kind, g)), form=form, real="1",
                       name=nm))
    # clean twins
    for t in D.TWINS:
        for s, _ in D.TWIN_SUBJECTS:
            out.append(row("clean_twin", "en", "twin|en", fill(t, s=s)))
    for lg, d in D.L.items():
        for k, t in enumerate(d["twin"]):
            out.append(row("clean_twin", lg, f"twin|{lg}", fill(t, x=d["people"][k % len(d["people"])][1])))
    for i in range(50):
        out.append(clean_soup(rng, i))
    # plain descriptions
    for i, t in enumerate(D.DESCRIPTIONS):
        out.append(row("person_description", "en", "descr|bare", t, real="0"))
        out.append(row("person_description", "en", "descr|wrapped", fill(D.DESC_WRAP[i % 2], x=t), real="0"))
    for lg, d in D.L.items():
        for t in d["descr"]:
            out.append(row("person_description", lg, f"descr|{lg}", t, real="0"))
    # captions
    for i, t in enumerate(D.CAPTIONS):
        out.append(row("benign_caption", "en", "caption|bare", t, real="0"))
        out.append(row("benign_caption", "en", "caption|wrapped", fill(D.CAPTION_WRAP[i % 2], x=t), real="0"))
    # art
    for i, a in enumerate(D.ARTISTS):
        for k in range(3):
            out.append(row("benign_art", "en", "art", D.ART[(3 * i + k * 5) % len(D.ART)].replace("{a}", a)))
    # named benign: every invented name once, then more up to 300
    extra = [D.INVENTED[(7 * i) % len(D.INVENTED)] for i in range(300 - len(D.INVENTED))]
    nb_seen: set[str] = set()
    for nm, g, culture in list(D.INVENTED) + extra:
        lg = invented_lang(rng, nm, g, culture, 0.2)
        if lg == "en":
            pool = D.EN_NB if g == "f" else [t for t in D.EN_NB if not _MALE_BAD.search(t)]
        else:
            pool = D.L[lg]["nb"]
        form = "plain" if rng.random() < 0.8 else pick_form(rng, nm, allowed=("plain", "lower_noaccent", "underscores"), public=False)
        shown = render(nm, form, rng, g=g)
        text = fill(rng.choice(pool), n=shown)
        for t in pool:  # a second row for the same name takes another template
            if text not in nb_seen:
                break
            text = fill(t, n=shown)
        nb_seen.add(text)
        out.append(row("named_benign", lg, f"nb|invented:{culture}", text, form=form, name=nm))
    return out


# =============================================================================================
# Build, write, report
# =============================================================================================
GROUP_ORDER = ("named_sexual", "private_sexual_core", "private_sexual_new", "private_benign_edit", "token_soup",
               "adversarial_disguise", "adversarial_light", "celebrity_ordinary", "clean_twin", "person_description",
               "benign_caption", "benign_art", "named_benign")
COLUMNS = ["id", "group", "lang", "family", "form", "expect_action", "expect_sexual", "expect_real_person", "name", "text"]


def build() -> list[dict]:
    rng = random.Random(SEED)
    _LANG_CYCLES.clear()
    rows = build_named_sexual(rng) + build_private(rng) + build_soup(rng) + build_adversarial(rng) + build_rest(rng)
    rows.sort(key=lambda r: GROUP_ORDER.index(r["group"]))  # stable: keeps the build order inside a group
    seen, out, dup = set(), [], 0
    for r in rows:
        # collapse ASCII whitespace only: no-break and ideographic spaces are part of some name forms
        r["text"] = re.sub(r"[ \t\r\n\f\v]+", " ", r["text"]).strip()
        key = (r["group"], r["text"])
        if key in seen:
            dup += 1
            continue
        seen.add(key)
        out.append(r)
    counters: Counter = Counter()
    for r in out:
        counters[r["group"]] += 1
        r["id"] = f"v23:{r['group']}:{counters[r['group']]:04d}"
    build.dropped_duplicates = dup
    return out


def main() -> int:
    notes = check_sources()
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({c: r[c] for c in COLUMNS})
    data = buf.getvalue().encode("utf-8")
    OUT.write_bytes(data)
    print(f"wrote {OUT} : {len(rows)} rows, sha256 {hashlib.sha256(data).hexdigest()}")
    for k, v in notes.items():
        print(f"check: {k}: {v}")
    print(f"duplicate rows dropped: {build.dropped_duplicates}")
    print("per group:", dict(Counter(r["group"] for r in rows)))
    langs = Counter(r["lang"] for r in rows)
    print(f"languages: {len([l for l in langs if l not in ('xx', 'en') and '+' not in l])} + en + pairs "
          f"{len([l for l in langs if '+' in l])}:", dict(sorted(langs.items())))
    print(f"English share: {100 * langs['en'] / len(rows):.1f}%")
    short = {lg: (langs[lg], n) for lg, n in V22_BIG_COUNTS.items() if langs[lg] < n}
    assert not short, f"French/Spanish/German/Portuguese below v22's row counts: {short}"
    print("named_sexual forms:", dict(Counter(r["form"] for r in rows if r["group"] == "named_sexual")))
    print("celebrity_ordinary forms:", dict(Counter(r["form"] for r in rows if r["group"] == "celebrity_ordinary")))
    print("named_sexual families:", dict(Counter(r["family"].split("|")[0] for r in rows if r["group"] == "named_sexual")))
    print("disguise styles:", len({r["family"].split("|")[0] for r in rows if r["group"] == "adversarial_disguise"}),
          dict(Counter(r["family"].split("|")[0] for r in rows if r["group"] == "adversarial_disguise")))
    print("soup styles:", dict(Counter(r["family"] for r in rows if r["group"] == "token_soup")))
    print("figure kinds:", dict(Counter(p[4] for p in D.PUBLIC_FIGURES)), "countries:", len({p[2] for p in D.PUBLIC_FIGURES}),
          "genders:", dict(Counter(p[1] for p in D.PUBLIC_FIGURES)))
    print("invented:", len(D.INVENTED), "cultures:", len({p[2] for p in D.INVENTED}), "genders:", dict(Counter(p[1] for p in D.INVENTED)),
          "own script:", sum(1 for p in D.INVENTED if not _latin(p[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())

