"""Build the twenty-second never-seen evaluation set of issue 10 ("v22"): bench/data/heldout22/heldout22.tsv.

    python3 bench/build_heldout22.py        # standard library only; faker (if importable) for one source check

Written by a TWENTY-SECOND independent evaluator (branch ``heldout22``) at the start of round 21, before its changes,
and never tuned on (see bench/data/heldout22/README.md). Every template, frame, noise vocabulary, name list, soup
vocabulary and hand-written disguise style is in bench/heldout22_data.py; the name forms, soup styles and coded
encodings are in the code below. All were written for v22; v21's README and builder were read only for the format,
the group semantics, the check code and the layout (this builder copies the structure, helpers and checks of v21's
builder; the name-form, soup and encoding code is new). v1-v21's data modules (and the v1-v3 builders that hold
their data, and v6-v21's builders for their style/form names) are imported below only for the overlap assertions.
Deterministic: one seed; no name is drawn from Faker.

Same columns as v1-v21, so bench/heldout.py's loader reads it: id, group, lang, family, form,
expect_action, expect_sexual, expect_real_person, name, text.
"""

from __future__ import annotations

import base64
import binascii
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
import heldout22_data as D  # noqa: E402  (templates and lists; trainers must not read them)

OUT = Path(__file__).resolve().parent / "data" / "heldout22" / "heldout22.tsv"
SEED = 22071326

#: Faker locales the trainers use (the same 19 as v10's-v21's checks).
TRAINER_LOCALES = ("en_US", "en_GB", "en_AU", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL",
                   "ru_RU", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "tr_TR", "sv_SE", "cs_CZ")

#: v22's new name forms, soup styles and coded encodings (their lists are in the data module; the code is below).
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
                "heldout17_data", "heldout18_data", "heldout19_data", "heldout20_data", "heldout21_data")
EARLIER_BUILDERS = ("build_heldout6", "build_heldout7", "build_heldout8", "build_heldout9", "build_heldout10",
                    "build_heldout11", "build_heldout12", "build_heldout13", "build_heldout14", "build_heldout15",
                    "build_heldout16", "build_heldout17", "build_heldout18", "build_heldout19",
                    "build_heldout20", "build_heldout21")


def _earlier_modules():
    mods, missed = [], []
    for name in EARLIER_DATA:
        try:
            mods.append(importlib.import_module(name))
        except Exception as e:  # noqa: BLE001  (a module that cannot be imported is reported, not fatal)
            missed.append(f"{name}: {type(e).__name__}")
    return mods, missed


def _earlier_builder_names() -> tuple[set[str], list[str]]:
    """Style and form names defined in v6's-v21's builders (v22 must not reuse them)."""
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
    out -= set(OLD_KIND_FORMS)  # the earlier kinds are reused on purpose, in v22's own shapes
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
    """Assert v22's novelty against v1-v21; returns notes for the printout."""
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
    assert not overlap, f"{len(overlap)} v22 figures are in v1-v21: {overlap}"
    own = [k for _, k in keys]
    assert len(set(own)) == len(own), "two v22 figures share a token set"
    inv = [p[0] for p in D.INVENTED]
    assert len(inv) == len(set(inv)), "duplicate invented name"
    bad = [n for n in inv if _tokens(n) in prev or _tokens(n) in set(own)]
    assert not bad, f"{len(bad)} invented names collide with v1-v21 or v22 figures: {bad}"
    adv = [n for n in D.ADV_NAMED + [s for s, k in D.TWIN_SUBJECTS if k == "named"]
           if _tokens(n.split(" (")[0]) in prev or _tokens(n.split(" (")[0]) in set(own)
           or _tokens(n.split(" (")[0]) in {_tokens(i) for i in inv}]
    assert not adv, f"adversarial/twin subjects collide with names: {adv}"
    art = {_tokens(a) for m in mods for a in getattr(m, "ARTISTS", ())}
    rep = [a for a in D.ARTISTS if _tokens(a) in art]
    assert not rep, f"artists in v1-v21: {rep}"
    assert len(D.ARTISTS) == len(set(D.ARTISTS))
    old: set[str] = set()
    for m in mods:
        for k, v in vars(m).items():
            if not k.startswith("__") and isinstance(v, (list, tuple, dict, set, str)):
                _strings(v, old)
    old_norm = {_norm_tpl(s) for s in old}
    mine = [t for t in _my_templates() if len(_norm_tpl(t)) >= 6]
    rep = [t for t in mine if _norm_tpl(t) in old_norm]
    assert not rep, f"{len(rep)} v22 templates repeat v1-v21: {rep}"
    old_low = "\n".join(s.lower() for s in old)
    rep = [t for _, _, t in D.ADV_HAND if any(len(part.strip(" ,.")) >= 8 and part.strip(" ,.").lower() in old_low
                                              for part in t.split("{n}"))]
    rep += [t for t in D.EN_LIGHT + [x for d in D.L.values() for x in d["light"]]
            if any(len(part.strip(" ,.")) >= 6 and part.strip(" ,.").lower() in old_low for part in t.split("{n}"))]
    assert not rep, f"{len(rep)} disguise/light phrases occur in v1-v21: {rep}"
    rep = [p for p in _people() if p in old and p not in ("her", "him")]
    assert not rep, f"{len(rep)} person phrases repeat v1-v21: {rep}"
    rep = [s for s, _ in D.TWIN_SUBJECTS if s in old]
    assert not rep, f"{len(rep)} twin subjects repeat v1-v21: {rep}"
    old_tok = {t.lower() for s in old for t in s.split()}
    noise = D.FRAGS + D.JUNK + D.SOUP_SUBJECTS + D.CLEAN_FRAGS + D.CLEAN_SUBJECTS + D.SOUP_EMOJI_HOT + D.SOUP_EMOJI_CALM
    rep = [w for w in noise if w in old or w.lower() in old_tok]
    assert not rep, f"{len(rep)} noise words repeat v1-v21: {rep}"
    styles = {s for s, _, _ in D.ADV_HAND} | set(SOUP_STYLES) | set(NEW_FORMS) | set(CODED_STYLES) | set(COMBO_STYLES)
    assert len(styles) == len(D.ADV_HAND) + len(SOUP_STYLES) + len(NEW_FORMS) + len(CODED_STYLES) + len(COMBO_STYLES)
    b_names, b_missed = _earlier_builder_names()
    notes["earlier builders imported (style/form names)"] = (f"{len(EARLIER_BUILDERS) - len(b_missed)} of "
                                                             f"{len(EARLIER_BUILDERS)}" + (f" (missed: {b_missed})" if b_missed else ""))
    if b_missed:
        print(f"WARNING: earlier builders not importable: {b_missed}")
    rep = [s for s in styles if s in old or s in b_names]
    assert not rep, f"style/form names repeat v1-v21: {rep}"
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
# Name forms
# =============================================================================================
FORMS = [("plain", 8), ("lower_noaccent", 2), ("underscores", 1), ("joined_lower", 1), ("lora", 1)] + [(f, 1) for f in NEW_FORMS]
_SCRIPT_OK = {"plain", "underscores", "lora", "emoji_between_names", "soft_hyphen_spliced", "hyphen_letter_spaced",
              "surname_first_lowercase", "wiki_disambiguation_role", "flag_emoji_prefix", "dotted_letter_run"}
_MULTI_ONLY = {"underscores", "caps_surname_comma_given", "given_initial_dot_surname", "surname_first_lowercase"}
#: Forms that need a figure's role or country (public figures only).
_PUBLIC_ONLY = {"wiki_disambiguation_role", "flag_emoji_prefix"}
_ROLE_WORD = {"pol": "politician", "writer": "writer", "journalist": "journalist", "economist": "economist",
              "scientist": "scientist", "academic": "academic", "business": "executive", "judge": "judge",
              "lawyer": "lawyer", "activist": "activist", "director": "film director", "singer": "singer",
              "diplomat": "diplomat", "first lady": "first lady", "actress": "actress"}
_SQUARED = {c: chr(0x1F130 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
_SMALLCAP = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡxʏᴢ"))
_HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е",
         "O": "О", "P": "Р", "C": "С", "M": "М", "H": "Н", "K": "К", "T": "Т", "B": "В"}
_VOW = "aeiouyAEIOUY"


def _slug(name: str) -> str:
    if not _latin(name):
        return re.sub(r"[^\w]", "", name)
    return re.sub(r"[^a-z0-9]", "", _plain(name).lower())


def _low_words(name: str) -> list[str]:
    base = _plain(name) if _latin(name) else name
    return [re.sub(r"[^\w]", "", w.lower()) for w in base.replace("-", " ").split() if re.sub(r"[^\w]", "", w)]


def _surname_index(name: str, kind: str) -> int:
    """Index of the family name among the words (first for surname-first names, last otherwise)."""
    return 0 if kind == "surname_first" else -1


def _flag(cc: str) -> str:
    return "".join(chr(0x1F1E6 + ord(c) - 65) for c in cc.upper() if "A" <= c <= "Z")


def render(name: str, form: str, rng: random.Random, cc: str = "", role: str = "", kind: str = "") -> str:
    words = name.split()
    plain = _plain(name)
    si = _surname_index(name, kind) % len(words)
    rest = [w for i, w in enumerate(words) if i != si]
    if form in ("plain", "romanised"):
        return name
    if form == "lower_noaccent":
        return plain.lower()
    if form == "underscores":  # v22's own shape: Title_Case words, accents kept
        return "_".join(words)
    if form == "joined_lower":  # v22's own shape: ASCII only, no separators
        return _slug(name)
    if form == "lora":  # v22's own shape of the earlier kind
        return f"<lora:{''.join(w.capitalize() for w in _low_words(name))}-{rng.choice(('sdxl', 'flux', 'pony', 'sd15'))}:{rng.choice(('0.6', '0.7', '0.8', '0.9'))}>"
    if form == "caps_surname_comma_given":
        return f"{words[si].upper()}, {' '.join(rest)}"
    if form == "dotted_letter_run":
        return " ".join(".".join(w) for w in words)
    if form == "given_initial_dot_surname":
        return f"{rest[0][0]}.{words[si]}"
    if form == "kebab_upper_ascii":
        return "-".join(w.upper() for w in _low_words(name))
    if form == "vowels_dropped_lower":
        return " ".join("".join(c for c in w if c not in _VOW) or w for w in plain.lower().split())
    if form == "surname_first_lowercase":
        return " ".join([words[si]] + rest).lower()
    if form == "squared_latin_capitals":
        return "".join(_SQUARED.get(c, c) for c in plain.upper())
    if form == "smallcaps_given_only":
        pw = plain.split()
        return " ".join(["".join(_SMALLCAP.get(c, c) for c in w.lower()) for i, w in enumerate(pw) if i != si % len(pw)]
                        + [pw[si % len(pw)]]) if len(pw) > 1 else "".join(_SMALLCAP.get(c, c) for c in plain.lower())
    if form == "surname_only_lookalikes":
        return " ".join(w if i != si else "".join(_HOMO.get(c, c) for c in w) for i, w in enumerate(words))
    if form == "soft_hyphen_spliced":
        return " ".join("\u00ad".join(w) for w in words)
    if form == "hyphen_letter_spaced":
        return "  ".join("-".join(w) for w in words)
    if form == "emoji_between_names":
        e = rng.choice(("✨", "💫", "🌟", "💖", "🦋"))
        return f" {e} ".join(words) if len(words) > 1 else f"{name} {e}"
    if form == "wiki_disambiguation_role":
        return f"{name} ({_ROLE_WORD.get(role, 'public figure')})"
    if form == "flag_emoji_prefix":
        return f"{_flag(cc)} {name}"
    if form == "alternating_letter_case":
        out, up = [], False
        for c in name:
            if c.isalpha():
                out.append(c.upper() if up else c.lower())
                up = not up
            else:
                out.append(c)
        return "".join(out)
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
#: v21's rows in the four languages the issue names (v22 must have at least as many; from v21's README).
V21_BIG_COUNTS = {"fr": 269, "es": 265, "de": 256, "pt": 308}
OTHER = list(D.L)
_BIG_W = {"fr": 190, "de": 185, "es": 160, "pt": 270}
OTHER_W = [_BIG_W.get(lg, 5) for lg in OTHER]
_COUNTRY_LANG = {"FR": "fr", "BE": "fr", "LU": "fr", "SN": "fr", "CI": "fr", "CM": "fr", "MU": "fr", "RW": "fr",
                 "DZ": "fr", "TN": "fr", "MA": "fr",
                 "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es", "VE": "es", "PR": "es",
                 "DO": "es", "UY": "es", "HN": "es", "CR": "es", "GT": "es", "NI": "es", "BO": "es", "EC": "es", "SV": "es",
                 "DE": "de", "AT": "de", "CH": "de", "PT": "pt", "BR": "pt", "AO": "pt", "MZ": "pt",
                 "IT": "it", "NL": "nl", "PL": "pl", "RU": "ru", "UA": "uk", "CZ": "cs", "SK": "cs", "GR": "el",
                 "CY": "el", "TR": "tr", "EG": "ar", "LB": "ar", "PS": "ar", "AE": "ar", "QA": "ar", "SA": "ar",
                 "IQ": "ar", "YE": "ar", "OM": "ar", "IN": "hi", "JP": "ja", "KR": "ko", "CN": "zh", "TW": "zh",
                 "HK": "zh", "ID": "id", "HU": "hu"}
_SCRIPT_LANG = [("CJK", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"), ("CYRILLIC", None),
                ("ARABIC", None), ("DEVANAGARI", "hi"), ("GREEK", "el")]


def native_lang(name: str, cc: str) -> str | None:
    """The language of a figure's own country or script, where v22 has templates for it."""
    if not _latin(name):
        for ch in name:
            nm = unicodedata.name(ch, "")
            for key, lg in _SCRIPT_LANG:
                if key in nm:
                    if cc == "JP" and lg == "zh":
                        return "ja"
                    if lg is None:  # Cyrillic / Arabic script: the country decides (Persian, Urdu, Armenian...: none)
                        lg = _COUNTRY_LANG.get(cc)
                        return lg if lg in ("ru", "uk", "ar") and lg in D.L else None
                    return lg
        return None  # Greek, Hebrew, Thai, Georgian, Armenian, Bengali, Tamil, Malayalam: English
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
    """The language of an invented person's row: the culture's language where v22 has it (always for own-script
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
            shown, canon = render(nm, form, rng, cc, role, kind), nm
        if g == "m":
            lg = "en"
        fam, text = named_text(rng, lg, shown, g)
        out.append(row("named_sexual", lg, f"{fam}|{src}", text, form=form, action="block", sexual="1", real="1",
                       name=canon))
        # row B: the figure's own language where v22 has it, else another language
        lg = nat if nat and rng.random() < 0.8 else other_lang(rng, pairs=True)
        if (not _latin(nm) and nat is None) or g == "m":
            lg = "en"
        form = pick_form(rng, nm, kind=kind)
        fam, text = named_text(rng, lg, render(nm, form, rng, cc, role, kind), g)
        out.append(row("named_sexual", lg, f"{fam}|{src}", text, form=form, action="block", sexual="1", real="1",
                       name=nm))
    for nm, g, culture in D.INVENTED:
        lg = invented_lang(rng, nm, g, culture, 0.4)
        if lg != "en" and rng.random() < 0.08 and _latin(nm):
            lg = rng.choice(list(D.CS))
        form = pick_form(rng, nm, public=False)
        fam, text = named_text(rng, lg, render(nm, form, rng), g)
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
# Token soup (v22's 15 styles over its own vocabularies)
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
    if style == "sql_insert_values_row":
        return "INSERT INTO prompts VALUES (" + ", ".join(f"'{x}'" for x in q) + ");"
    if style == "xml_tag_elements_t":
        return "<p>" + "".join(f"<t>{x}</t>" for x in t) + "</p>"
    if style == "python_list_literal_quoted":
        return "[" + ", ".join(f'"{x}"' for x in q) + "]"
    if style == "yaml_block_dashes":
        return "tags:\n" + "\n".join(f"  - {x}" for x in t)
    if style == "csv_quoted_row_line":
        return ",".join(f'"{x}"' for x in q)
    if style == "url_query_repeat_q":
        return "?" + "&".join("q=" + x.replace(" ", "+") for x in t)
    if style == "windows_path_backslashes":
        return "C:\\prompts\\" + "\\".join(x.replace(" ", "_") for x in t) + ".png"
    if style == "middot_bullet_line":
        return " · ".join(t)
    if style == "sd_weight_parens":
        return ", ".join(f"({x}:{rng.choice(('1.1', '1.2', '1.3', '1.4'))})" for x in t)
    if style == "plus_joined_chain":
        return "+".join(t)
    if style == "dynamic_prompt_braces":
        return "{" + "|".join(t[: len(t) // 2 or 1]) + "} " + " ".join(t[len(t) // 2 or 1:])
    if style == "arrow_chain_ascii":
        return " -> ".join(t)
    if style == "bbcode_color_red_tags":
        return " ".join(f"[color=red]{x}[/color]" for x in t)
    if style == "protobuf_text_fields":
        return " ".join(f'tag: "{x}"' for x in q)
    if style == "square_bullet_lines":
        return "\n".join(f"▪ {x}" for x in t)
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
# Disguise encodings (v22's coded styles)
# =============================================================================================
_A = "abcdefghijklmnopqrstuvwxyz"
_NATO = dict(zip(_A, "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa "
                     "quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()))
_POLY = "abcdefghiklmnopqrstuvwxyz"  # j is written as i
_BRAILLE = dict(zip(_A, "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵"))
#: each letter as it comes out when typed on a QWERTY keyboard set to the Dvorak layout
_DVORAK = dict(zip(_A, "axje.uidchtnmbrl'poygk,qf;"))
_DNA = "ACGT"


def _caesar(t, k):
    return "".join(_A[(_A.index(c) + k) % 26] if c in _A else c for c in t)


def _affine(t):
    return "".join(_A[(5 * _A.index(c) + 8) % 26] if c in _A else c for c in t)


def _vigenere(t, key="lamp"):
    out, i = [], 0
    for c in t:
        if c in _A:
            out.append(_A[(_A.index(c) + _A.index(key[i % len(key)])) % 26])
            i += 1
        else:
            out.append(c)
    return "".join(out)


def _hexcolon(t):
    return ":".join(f"{b:02x}" for b in t.encode())


def _pct(t):
    return "".join(f"%{b:02X}" for b in t.encode())


def _pig(t):
    out = []
    for w in t.split():
        m = re.match(r"([^aeiou]*)(.*)", w)
        head, tail = m.group(1), m.group(2)
        out.append((tail + head + "ay") if tail else (w + "way"))
    return " ".join(out)


def _rail(t):
    return t[0::2] + t[1::2]


def _poly(c):
    c = "i" if c == "j" else c
    i = _POLY.index(c)
    return "ABCDE"[i // 5] + "abcde"[i % 5]


def _coltrans(t, key=(2, 0, 3, 1)):
    s = t.replace(" ", "_")
    s += "x" * (-len(s) % 4)
    rows = [s[i:i + 4] for i in range(0, len(s), 4)]
    return " ".join("".join(r[k] for r in rows) for k in key)


def _dna(t):
    return "".join(_DNA[(b >> sh) & 3] for b in t.encode() for sh in (6, 4, 2, 0))


def _uu(t):
    data = t.encode()
    return " ".join(binascii.b2a_uu(data[i:i + 45]).decode().strip() for i in range(0, len(data), 45))


def encode(style, t, rng):
    t = _plain(t)
    low = t.lower()
    if style == "caesar_minus_seven":
        return _caesar(low, -7)
    if style == "affine_5x_plus_8":
        return _affine(low)
    if style == "vigenere_key_lamp":
        return _vigenere(low)
    if style == "base32_std_padded":
        return base64.b32encode(t.encode()).decode()
    if style == "hex_lower_colon_sep":
        return _hexcolon(t)
    if style == "perl_o_brace_octal":
        return "".join(f"\\o{{{b:o}}}" for b in t.encode())
    if style == "percent_encode_every_byte":
        return _pct(t)
    if style == "nato_phonetic_spelled":
        return " / ".join(" ".join(_NATO[c] for c in w if c in _NATO) for w in low.split())
    if style == "each_word_reversed":
        return " ".join(w[::-1] for w in t.split())
    if style == "rail_fence_two_rails":
        return _rail(low)
    if style == "pig_latin_words":
        return _pig(low)
    if style == "filler_z_after_letters":
        return "".join(c + "z" if c in _A else c for c in low)
    if style == "polybius_letter_coords":
        return " / ".join(" ".join(_poly(c) for c in w if c in _A) for w in low.split())
    if style == "unicode_x_brace_escapes":
        return "".join(f"\\x{{{ord(c):x}}}" for c in t)
    if style == "braille_grade1_letters":
        return "".join(_BRAILLE.get(c, c) for c in low)
    if style == "regional_indicator_letters":
        return " ".join("\u200b".join(chr(0x1F1E6 + _A.index(c)) for c in w if c in _A) for w in low.split())
    if style == "dna_base_pairs_2bit":
        return _dna(t)
    if style == "uuencode_45byte_chunks":
        return _uu(t)
    if style == "column_transposition_key4":
        return _coltrans(low)
    if style == "dvorak_typed_on_qwerty":
        return "".join(_DVORAK.get(c, c) for c in low)
    if style == "combo_reverse_base32":
        return base64.b32encode(t[::-1].encode()).decode()
    if style == "combo_vigenere_hexcolon":
        return _hexcolon(_vigenere(low))
    if style == "combo_piglatin_caesar7":
        return _caesar(_pig(low), 7)
    if style == "combo_railfence_percent":
        return _pct(_rail(low))
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
_CELEB_FORMS = ("plain", "lower_noaccent", "underscores", "joined_lower", "caps_surname_comma_given",
                "given_initial_dot_surname", "kebab_upper_ascii", "surname_first_lowercase", "wiki_disambiguation_role",
                "flag_emoji_prefix", "emoji_between_names", "smallcaps_given_only", "surname_only_lookalikes",
                "soft_hyphen_spliced")


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
            shown, canon = render(nm, form, rng, cc, role, kind), nm
        pool = D.EN_CELEB if g == "f" else [t for t in D.EN_CELEB if not _MALE_BAD.search(t)]
        out.append(row("celebrity_ordinary", "en", src, fill(rng.choice(pool), n=shown), form=form, real="1",
                       name=canon))
        lg = nat if nat and nat in D.L and rng.random() < 0.85 else other_lang(rng)
        if (not _latin(nm) and nat is None) or g == "m":
            lg = "en"
        form = pick_form(rng, nm, allowed=_CELEB_FORMS, kind=kind)
        tpl = rng.choice(pool if lg == "en" else D.L[lg]["celeb"])
        out.append(row("celebrity_ordinary", lg, src, fill(tpl, n=render(nm, form, rng, cc, role, kind)), form=form, real="1",
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
        shown = render(nm, form, rng)
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
        r["id"] = f"v22:{r['group']}:{counters[r['group']]:04d}"
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
    short = {lg: (langs[lg], n) for lg, n in V21_BIG_COUNTS.items() if langs[lg] < n}
    assert not short, f"French/Spanish/German/Portuguese below v21's row counts: {short}"
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
