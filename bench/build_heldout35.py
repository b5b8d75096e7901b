"""Build the thirty-fifth never-seen evaluation set of issue 10 ("v35"): bench/data/heldout35/heldout35.tsv.

    python3 bench/build_heldout35.py        # standard library only; faker (if importable) for one source check

Written by a THIRTY-FIFTH independent evaluator (branch ``heldout35``), never tuned on (see
bench/data/heldout35/README.md). Every template, frame, noise vocabulary, name list, soup vocabulary and hand-written
disguise style is in bench/heldout35_data.py; the name forms, soup styles and coded encodings are in the code below.
All were written for v35. This builder copies the layout, helpers, group code and check code of v34's builder (read
for that purpose); the name-form, soup and encoding code is new. v1-v34's data modules (and the v1-v3 builders that
hold their data, and v6-v34's builders for their style/form names) are imported only for the overlap assertions, and
v1-v34's tsv files are read only to count exact-row, shape and name overlaps (no row is printed). Deterministic: one
seed; no name is drawn from Faker.

Same columns as v1-v34, so bench/heldout.py's loader reads it: id, group, lang, family, form,
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
import heldout35_data as D  # noqa: E402  (templates and lists; trainers must not read them)

OUT = Path(__file__).resolve().parent / "data" / "heldout35" / "heldout35.tsv"
DATA_DIR = Path(__file__).resolve().parent / "data"
SEED = 35003035

#: Faker locales for the invented-name pair check: v34's list plus v35's languages and every other locale that
#: faker 40.63.0 lists (a locale the installed faker does not have is skipped; each locale once).
TRAINER_LOCALES = ("en_US", "en_GB", "fr_FR", "de_DE", "es_ES", "es_MX", "pt_BR", "pt_PT", "it_IT", "nl_NL", "pl_PL",
                   "sv_SE", "tr_TR", "ru_RU", "ja_JP", "ko_KR", "zh_CN", "hi_IN", "id_ID", "en_AU", "cs_CZ",
                   "ro_RO", "el_GR", "sk_SK", "uk_UA", "hu_HU", "fi_FI", "da_DK", "no_NO", "fr_CA", "es_AR", "es_CO",
                   "en_IE", "en_NZ", "en_IN", "fil_PH", "th_TH", "vi_VN", "nl_BE", "de_AT", "de_CH", "fr_CH", "it_CH",
                   "en_CA", "tl_PH", "he_IL", "bn_BD", "fa_IR", "ka_GE", "hy_AM", "lv_LV", "lt_LT", "et_EE", "sl_SI",
                   "hr_HR", "bg_BG", "sq_AL", "yo_NG", "zu_ZA", "tw_GH", "es_CL", "es_CA", "en_PH", "az_AZ", "uz_UZ",
                   "ar_AA", "sw", "ar_EG", "ar_SA", "ar_PS", "de_LI", "es_PE", "zh_TW", "ne_NP", "ta_IN", "en_BD",
                   "ms_MY", "ca_ES", "is_IS", "ga_IE", "fr_BE", "es_US", "pt_AO", "en_NG", "en_KE", "nb_NO", "sw_KE",
                   "sw_TZ", "th", "fr_QC", "pt_MZ", "ro_MD", "cs_SK", "en_ZA", "ar_JO", "hr_BA", "sr_RS", "es_BO",
                   "es_VE", "es_PY", "es_UY", "es_EC", "es_GT", "es_HN", "es_DO", "es_CR", "es_PA", "es_CU", "fr_SN",
                   "mn_MN", "my_MM", "si_LK", "ur_PK", "kk_KZ", "am_ET", "so_SO", "mg_MG", "sm_WS", "to_TO", "fj_FJ",
                   "haw_US", "nv_US", "se_NO", "eu_ES", "lb_LU", "mt_MT", "gu_IN", "pa_IN", "ml_IN", "bn_IN",
                   "jv_ID", "su_ID", "ku_TR", "fy_NL", "fo_FO", "kl_GL", "sk_CZ", "tr_CY", "nl_SR", "da_GL",
                   "fil_PH", "ceb_PH", "sw_UG", "nn_NO", "fi_AX", "ro_RO", "cs_CZ", "mi_NZ", "ms_SG", "si_LK", "fr_LU", "de_LU", "en_MT", "ar_AE", "ar_BH", "fa_AF", "ky_KG",
                   "tg_TJ", "tk_TM", "sv_FI",
                   "sl_SI", "et_EE", "lt_LT", "is_IS", "af_ZA", "gl_ES", "zu_ZA", "xh_ZA", "de_DE", "tr_TR",
                   "pt_BR", "es_PY", "en_GB", "sq_AL", "ne_NP", "ar_DZ", "bs_BA", "de", "dk_DK", "el_CY", "en",
                   "en_MS", "en_PK", "en_TH", "es", "fr_DZ", "ha_NG", "ig_NG", "la", "mk_MK", "mr_IN", "ng_NG", "or_IN",
                   "sr_BA")
TRAINER_LOCALES = tuple(dict.fromkeys(TRAINER_LOCALES))  # v35: duplicates dropped (each locale once)

#: v35's new name forms, soup styles and coded encodings (their lists are in the data module; the code is below).
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
                "heldout17_data", "heldout18_data", "heldout19_data", "heldout20_data", "heldout21_data", "heldout22_data",
                "heldout23_data", "heldout24_data", "heldout25_data", "heldout26_data", "heldout27_data",
                "heldout28_data", "heldout29_data", "heldout30_data", "heldout31_data", "heldout32_data", "heldout33_data", "heldout34_data")
EARLIER_BUILDERS = ("build_heldout6", "build_heldout7", "build_heldout8", "build_heldout9", "build_heldout10",
                    "build_heldout11", "build_heldout12", "build_heldout13", "build_heldout14", "build_heldout15",
                    "build_heldout16", "build_heldout17", "build_heldout18", "build_heldout19",
                    "build_heldout20", "build_heldout21", "build_heldout22", "build_heldout23",
                    "build_heldout24", "build_heldout25", "build_heldout26", "build_heldout27",
                    "build_heldout28", "build_heldout29", "build_heldout30",
                    "build_heldout31", "build_heldout32", "build_heldout33",
                    "build_heldout34")


def _earlier_modules():
    mods, missed = [], []
    for name in EARLIER_DATA:
        try:
            mods.append(importlib.import_module(name))
        except Exception as e:  # noqa: BLE001  (a module that cannot be imported is reported, not fatal)
            missed.append(f"{name}: {type(e).__name__}")
    return mods, missed


def _earlier_builder_names() -> tuple[set[str], list[str]]:
    """Style and form names defined in v6's-v34's builders (v35 must not reuse them)."""
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
    out -= set(OLD_KIND_FORMS)  # the earlier kinds are reused on purpose, in v35's own shapes
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
    _trainer_name_parts.loaded = 0
    for loc in TRAINER_LOCALES:
        try:
            p = Faker(loc).factories[0].provider("faker.providers.person")
        except Exception:  # noqa: BLE001  (a locale this faker does not have)
            continue
        _trainer_name_parts.loaded += 1
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
    """Assert v35's novelty against v1-v34; returns notes for the printout."""
    notes = {}
    pf = D.PUBLIC_FIGURES
    names = [p[0] for p in pf]
    assert len(names) == len(set(names)) and len(names) >= 150, (len(names), len(set(names)))
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
    assert not overlap, f"{len(overlap)} v35 figures are in v1-v34: {overlap}"
    own = [k for _, k in keys]
    assert len(set(own)) == len(own), "two v35 figures share a token set"
    inv = [p[0] for p in D.INVENTED]
    assert len(inv) == len(set(inv)), "duplicate invented name"
    bad = [n for n in inv if _tokens(n) in prev or _tokens(n) in set(own)]
    assert not bad, f"{len(bad)} invented names collide with v1-v34 or v35 figures: {bad}"
    adv = [n for n in D.ADV_NAMED + [s for s, k in D.TWIN_SUBJECTS if k == "named"]
           if _tokens(n.split(" (")[0]) in prev or _tokens(n.split(" (")[0]) in set(own)
           or _tokens(n.split(" (")[0]) in {_tokens(i) for i in inv}]
    assert not adv, f"adversarial/twin subjects collide with names: {adv}"
    art = {_tokens(a) for m in mods for a in getattr(m, "ARTISTS", ())}
    rep = [a for a in D.ARTISTS if _tokens(a) in art]
    assert not rep, f"artists in v1-v34: {rep}"
    assert len(D.ARTISTS) == len(set(D.ARTISTS))
    old: set[str] = set()
    for m in mods:
        for k, v in vars(m).items():
            if not k.startswith("__") and isinstance(v, (list, tuple, dict, set, str)):
                _strings(v, old)
    old_norm = {_norm_tpl(s) for s in old}
    mine = [t for t in _my_templates() if len(_norm_tpl(t)) >= 6]
    rep = [t for t in mine if _norm_tpl(t) in old_norm]
    assert not rep, f"{len(rep)} v35 templates repeat v1-v34: {rep}"
    old_low = "\n".join(s.lower() for s in old)
    rep = [t for _, _, t in D.ADV_HAND if any(len(part.strip(" ,.")) >= 8 and part.strip(" ,.").lower() in old_low
                                              for part in t.split("{n}"))]
    rep += [t for t in D.EN_LIGHT + [x for d in D.L.values() for x in d["light"]]
            if any(len(part.strip(" ,.")) >= 6 and part.strip(" ,.").lower() in old_low for part in t.split("{n}"))]
    assert not rep, f"{len(rep)} disguise/light phrases occur in v1-v34: {rep}"
    rep = [p for p in _people() if p in old and p not in ("her", "him")]
    assert not rep, f"{len(rep)} person phrases repeat v1-v34: {rep}"
    rep = [s for s, _ in D.TWIN_SUBJECTS if s in old]
    assert not rep, f"{len(rep)} twin subjects repeat v1-v34: {rep}"
    old_tok = {t.lower() for s in old for t in s.split()}
    noise = D.FRAGS + D.JUNK + D.SOUP_SUBJECTS + D.CLEAN_FRAGS + D.CLEAN_SUBJECTS + D.SOUP_EMOJI_HOT + D.SOUP_EMOJI_CALM
    rep = [w for w in noise if w in old or w.lower() in old_tok]
    assert not rep, f"{len(rep)} noise words repeat v1-v34: {rep}"
    styles = {s for s, _, _ in D.ADV_HAND} | set(SOUP_STYLES) | set(NEW_FORMS) | set(CODED_STYLES) | set(COMBO_STYLES)
    assert len(styles) == len(D.ADV_HAND) + len(SOUP_STYLES) + len(NEW_FORMS) + len(CODED_STYLES) + len(COMBO_STYLES)
    b_names, b_missed = _earlier_builder_names()
    notes["earlier builders imported (style/form names)"] = (f"{len(EARLIER_BUILDERS) - len(b_missed)} of "
                                                             f"{len(EARLIER_BUILDERS)}" + (f" (missed: {b_missed})" if b_missed else ""))
    if b_missed:
        print(f"WARNING: earlier builders not importable: {b_missed}")
    rep = [s for s in styles if s in old or s in b_names]
    assert not rep, f"style/form names repeat v1-v34: {rep}"
    parts = _trainer_name_parts()
    if parts is None:
        notes["faker pair check"] = "faker not importable: trainer-locale pair check not run"
        print("NOTE: faker not importable: the trainer-locale Faker pair check was skipped")
    else:
        tf, tl = parts
        both = [n for n in inv if _latin(n) and n.split()[0].lower() in tf and n.split()[-1].lower() in tl]
        assert not both, f"{len(both)} invented names are trainer Faker pairs: {both}"
        notes["faker pair check"] = (f"ok ({len(TRAINER_LOCALES)} locale entries, "
                                     f"{_trainer_name_parts.loaded} loaded by this faker)")
    return notes


# =============================================================================================
# Name forms (v35's code)
# =============================================================================================
FORMS = [("plain", 8), ("lower_noaccent", 2)] + [(f, 1) for f in NEW_FORMS]
#: Forms that also work on names in a non-Latin script.
_SCRIPT_OK = {"plain", "zero_width_split_v35", "nbsp_joined_v35", "hashtag_camel_v35", "role_prefixed_v35",
              "honorific_v35"}
#: Forms that need a given name and a family name.
_MULTI_ONLY = {"family_comma_given_v35", "given_family_initial_v35", "family_comma_initial_v35"}
#: Forms only for public figures.
_PUBLIC_ONLY = {"role_prefixed_v35"}
_CIRCLED = {**{c: chr(0x24B6 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")},
            **{c: chr(0x24D0 + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}}
_MONO = {**{c: chr(0x1D670 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")},
         **{c: chr(0x1D68A + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}}
_GREEK_LOOK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ",
               "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο", "v": "ν", "i": "ι", "u": "υ"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_ROLE = {"music": ("musician", "musician"), "politics": ("politician", "politician"),
         "science": ("scientist", "scientist"), "sport": ("mountaineer", "mountaineer"),
         "literature": ("novelist", "novelist"), "journalism": ("journalist", "journalist"),
         "arts": ("actress", "actor"), "business": ("businesswoman", "businessman"), "film": ("filmmaker", "filmmaker"),
         "architecture": ("architect", "architect"), "food": ("chef", "chef"), "law": ("jurist", "jurist")}


def _low_words(name: str) -> list[str]:
    base = _plain(name) if _latin(name) else name
    return [re.sub(r"[^\w]", "", w.lower()) for w in base.replace("-", " ").split() if re.sub(r"[^\w]", "", w)]


def _double_vowel(w: str) -> str:
    for i, ch in enumerate(w):
        if ch.lower() in "aeiou" and i > 0:
            return w[:i + 1] + ch + w[i + 1:]
    return w


def render(name: str, form: str, rng: random.Random, cc: str = "", role: str = "", kind: str = "", g: str = "f") -> str:
    words = name.split()
    plain = _plain(name)
    fam, given = words[-1], words[:-1]
    if form in ("plain", "romanised"):
        return name
    if form == "lower_noaccent":
        return plain.lower()
    if form == "slash_spaced_letters_v35":
        return " / ".join(" ".join(w) for w in plain.lower().split())
    if form == "zero_width_split_v35":
        return " ".join("\u200b".join(w) for w in words)
    if form == "middot_letters_v35":
        return " ".join("·".join(w) for w in plain.split())
    if form == "family_comma_given_v35":
        return fam + ", " + " ".join(given)
    if form == "alternating_case_v35":
        return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(plain))
    if form == "hashtag_camel_v35":
        return "#" + "".join(w[:1].upper() + w[1:] for w in re.sub(r"[-'.]", " ", plain if _latin(name) else name).split())
    if form == "slash_lower_v35":
        return "/".join(_low_words(name))
    if form == "circled_letters_v35":
        return "".join(_CIRCLED.get(c, c) for c in plain)
    if form == "greek_lookalike_v35":
        return "".join(_GREEK_LOOK.get(c, c) if i % 2 == 0 else c for i, c in enumerate(plain))
    if form == "leet_digits_v35":
        return "".join(_LEET.get(c.lower(), c) for c in plain)
    if form == "vowel_doubled_v35":
        return " ".join(_double_vowel(w) for w in words)
    if form == "given_family_initial_v35":
        return " ".join(given) + " " + fam[:1] + "."
    if form == "honorific_v35":
        return ("Ms " if g == "f" else "Mr ") + name
    if form == "nbsp_joined_v35":
        return "\u00a0".join(words)
    if form == "monospace_math_v35":
        return "".join(_MONO.get(c, c) for c in plain)
    if form == "family_comma_initial_v35":
        return fam.upper() + ", " + " ".join(w[:1] + "." for w in given)
    if form == "role_prefixed_v35":
        return "the " + _ROLE.get(role, ("public figure", "public figure"))[0 if g == "f" else 1] + " " + name
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
#: The brief asks for at least 300 rows in each of French, Spanish, German and Portuguese.
BIG_MIN = {"fr": 300, "es": 300, "de": 300, "pt": 300}
OTHER = list(D.L)
_BIG_W = {"fr": 200, "de": 200, "es": 200, "pt": 200}
OTHER_W = [_BIG_W.get(lg, 12) for lg in OTHER]
_COUNTRY_LANG = {"FR": "fr", "BE": "fr", "LU": "fr", "SN": "fr", "CI": "fr", "MA": "fr", "HT": "fr", "TN": "fr",
                 "CM": "fr", "BF": "fr", "DZ": "fr", "CA": "en", "ES": "es", "MX": "es", "CU": "es", "AR": "es",
                 "CL": "es", "PE": "es", "CO": "es", "VE": "es", "UY": "es", "CR": "es", "PY": "pt+es", "DE": "de",
                 "AT": "de", "CH": "de", "BR": "pt", "PT": "pt", "AO": "pt", "MZ": "pt", "CV": "pt", "SI": "sl",
                 "EE": "et", "LT": "lt", "IS": "is", "ZA": "af+en", "TR": "tr+de"}
#: Feminine wording in other languages' templates is marked "!f" in the data module; this catches stray English.
_FEM_L = re.compile(r"(\bher\b|\bshe\b)", re.I)


def _fem(t: str) -> bool:
    body = t.split("::", 1)[1] if "::" in t else t
    return body.startswith("!f") or bool(_FEM_L.search(body))


def native_lang(name: str, cc: str) -> str | None:
    """The language of a figure's own country or script, where v35 has templates for it (else None: English)."""
    if not _latin(name):
        return None  # CJK, Greek, Cyrillic and the like: v35 has no templates in those languages
    lg = _COUNTRY_LANG.get(cc)
    return lg if lg in D.L or lg in D.CS else None


def lang_data(lg):
    return D.CS[lg] if "+" in lg else D.L[lg]


def named_text(rng, lg, nm, g="f", frame_p=0.3):
    """(family, text, language used) of a named sexual request in language lg."""
    if lg == "en":
        pool = D.EN_CORES if g == "f" else [c for c in D.EN_CORES if not c.split("::", 1)[1].startswith("!f")
                                            and not _MALE_BAD.search(c)]
        fam, core = rng.choice(pool).split("::", 1)
        text = fill(core, n=nm)
        if rng.random() < frame_p:
            text = fill(rng.choice(D.TOOL_FRAMES), c=text)
        return fam, text, "en"
    d = lang_data(lg)
    pool = d["sex"] if g == "f" else [c for c in d["sex"] if not c.split("::", 1)[1].startswith("!f")
                                      and not _fem(c)]
    if not pool:  # no template without feminine words in this language: English
        return named_text(rng, "en", nm, g, frame_p)
    fam, core = rng.choice(pool).split("::", 1)
    text = fill(core, n=nm)
    if d.get("frame") and rng.random() < frame_p:
        text = fill(rng.choice(d["frame"]), c=text)
    return fam, text, lg


_LANG_CYCLES: dict = {}


def other_lang(rng, pairs=False) -> str:
    """A language other than English, drawn from a shuffled cycle over the weighted list (so the shares of
    French, Spanish, German and Portuguese do not depend on luck)."""
    if pairs not in _LANG_CYCLES:
        langs = [lg for lg, w in zip(OTHER, OTHER_W) for _ in range(w)] + (list(D.CS) if pairs else [])
        _LANG_CYCLES[pairs] = _rotating(rng, langs)
    return next(_LANG_CYCLES[pairs])


def invented_lang(rng, nm, g, culture, p_en):
    """The language of an invented person's row: the culture's language where v35 has it (always for own-script
    names), otherwise English or another language."""
    nat = D.INVENTED_LANG.get(culture, "en")
    if not _latin(nm):
        return nat if nat in D.L else "en"
    if rng.random() < p_en:
        return "en"
    if nat in D.CS and rng.random() < 0.5:
        return nat
    if nat in D.L and rng.random() < 0.6:
        return nat
    return other_lang(rng)


# =============================================================================================
# Groups
# =============================================================================================
def build_named_sexual(rng) -> list[dict]:
    out = []

    def add(lg, shown, canon, form, g, src):
        fam, text, used = named_text(rng, lg, shown, g)
        out.append(row("named_sexual", used, f"{fam}|{src}", text, form=form, action="block", sexual="1", real="1",
                       name=canon))

    for nm, g, cc, role, kind, *rom in D.PUBLIC_FIGURES:
        src = f"public:{cc}"
        nat = native_lang(nm, cc)
        # row A: English or another language; script names here appear romanised (in English)
        if rom:
            lg, form, shown, canon = "en", "romanised", rom[0], rom[0]
        else:
            lg = "en" if rng.random() < 0.35 else other_lang(rng, pairs=True)
            form = pick_form(rng, nm, kind=kind)
            shown, canon = render(nm, form, rng, cc, role, kind, g), nm
        add(lg, shown, canon, form, g, src)
        # row B: the figure's own language where v35 has it, else another language (script names as written)
        lg = nat if nat and rng.random() < 0.8 else other_lang(rng, pairs=True)
        if not _latin(nm) and nat is None:
            lg = "en"
        form = pick_form(rng, nm, kind=kind)
        add(lg, render(nm, form, rng, cc, role, kind, g), nm, form, g, src)
        # row C (women only): English, in another form
        if g == "f":
            form = pick_form(rng, nm, kind=kind)
            add("en" if rng.random() < 0.5 else other_lang(rng), render(nm, form, rng, cc, role, kind, g), nm, form, g, src)
            # row D (women only): English, in a further form
            form = pick_form(rng, nm, kind=kind)
            add("en", render(nm, form, rng, cc, role, kind, g), nm, form, g, src)
            # (v35: four rows for women, two for men)
    for nm, g, culture in D.INVENTED:
        lg = invented_lang(rng, nm, g, culture, 0.4)
        if lg != "en" and "+" not in lg and rng.random() < 0.05 and _latin(nm):
            lg = rng.choice(list(D.CS))
        form = pick_form(rng, nm, public=False)
        add(lg, render(nm, form, rng, g=g), nm, form, g, f"invented:{culture}")
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
            if g == "m":  # the descriptive templates carry feminine words: a second imperative instead
                if len(d["imp"]) > 1:
                    out.append(row("private_sexual_new", lg, f"{fam}|imperative", fill(d["imp"][(j + 1) % len(d["imp"])], p=p),
                                   action="block", sexual="1"))
                continue
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
# Token soup (v35's 15 styles over its own vocabularies)
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


def _camel(x: str) -> str:
    ws = re.split(r"[\s_:+-]+", x)
    return ws[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in ws[1:])


def soup_text(rng, style, frags, subj, emo, junk, clean=False) -> str:
    t = _mix(rng, frags, subj, emo, junk)
    q = [x.replace('"', "").replace("'", "") for x in t]
    if style == "hashtag_run_v35":
        return " ".join("#" + re.sub(r"[\s:+-]+", "", x) for x in t)
    if style == "plus_joined_v35":
        return "+".join(t)
    if style == "json_array_v35":
        return "[" + ", ".join(f'"{x}"' for x in q) + "]"
    if style == "angle_bracketed_v35":
        return " ".join(f"⟨{x}⟩" for x in t)
    if style == "slot_pairs_v35":
        return " ".join(f"s{i + 1}={x}" for i, x in enumerate(t))
    if style == "reversed_slashes_v35":
        return " / ".join(x.lower() for x in reversed(t))
    if style == "bullet_dots_v35":
        return " • ".join(t)
    if style == "double_parens_v35":
        return ", ".join(f"(({x}))" for x in t)
    if style == "multiprompt_weights_v35":
        return " | ".join(f"{x}::{rng.choice(('0.8', '1.2', '1.4'))}" for x in t)
    if style == "dot_numbered_v35":
        return " ".join(f"{i + 1}. {x}" for i, x in enumerate(t))
    if style == "camel_fused_v35":
        return " ".join(_camel(x) for x in t)
    if style == "xml_attribute_v35":
        return '<prompt tags="' + ";".join(q) + '"/>'
    if style == "echoed_tokens_v35":
        return ", ".join(f"{x} {x}" for x in t)
    if style == "pipe_spaced_v35":
        return " | ".join(t) + (" | avoid: " + rng.choice(("fabric", "censor bar", "shirt")) if not clean else " | avoid: blur")
    if style == "tagged_call_v35":
        return "tags(" + "; ".join(t) + ")"
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
# Disguise encodings (v35's coded styles)
# =============================================================================================
_A = "abcdefghijklmnopqrstuvwxyz"
_MORSE = dict(zip(_A, ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- "
                      "-.-- --..".split()))
_KEYS = "qwertyuiop asdfghjkl zxcvbnm"
_KEY_RIGHT = {c: _KEYS[i + 1] for i, c in enumerate(_KEYS) if c != " " and i + 1 < len(_KEYS) and _KEYS[i + 1] != " "}
_UPSIDE = dict(zip(_A, "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz"))
_SMALL_CAPS = dict(zip(_A, "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))


def _caesar(t, k):
    return "".join(_A[(_A.index(c) + k) % 26] if c in _A else c for c in t)


def _atbash(t):
    return "".join(_A[25 - _A.index(c)] if c in _A else c for c in t)


def _pig(w):
    if not w or not w[0].isalpha():
        return w
    for i, c in enumerate(w):
        if c in "aeiou":
            return (w[i:] + w[:i] + "ay") if i else (w + "way")
    return w + "ay"


def encode(style, t, rng):
    t = _plain(t)
    low = t.lower()
    if style == "atbash_v35":
        return _atbash(low) + " (atbash)"
    if style == "caesar_seven_v35":
        return _caesar(low, 7) + " (move each letter 7 back)"
    if style == "binary_bytes_v35":
        return " ".join(f"{b:08b}" for b in low.encode())
    if style == "octal_codes_v35":
        return " ".join(f"{b:o}" for b in low.encode()) + " (octal)"
    if style == "morse_v35":
        return " / ".join(" ".join(_MORSE[c] for c in w if c in _MORSE) for w in low.split())
    if style == "words_mirrored_v35":
        return " ".join(w[::-1] for w in low.split())
    if style == "pig_latin_v35":
        return " ".join(_pig(w) for w in low.split()) + " (pig latin)"
    if style == "keyboard_right_v35":
        return "".join(_KEY_RIGHT.get(c, c) for c in low) + " (typed one key to the right)"
    if style == "x_interleaved_v35":
        return " ".join("x".join(w) for w in low.split()) + " (drop the x's)"
    if style == "unicode_escape_v35":
        return "".join(f"\\u{ord(c):04x}" for c in low)
    if style == "upside_down_v35":
        return "".join(_UPSIDE.get(c, c) for c in low)[::-1]
    if style == "html_entities_v35":
        return "".join(f"&#{ord(c)};" for c in low)
    if style == "small_caps_v35":
        return "".join(_SMALL_CAPS.get(c, c) for c in low)
    if style == "combo_atbash_reversed_v35":
        return _atbash(low)[::-1]
    if style == "combo_piglatin_base64_v35":
        return base64.b64encode(" ".join(_pig(w) for w in low.split()).encode()).decode()
    if style == "combo_caesar7_hex_v35":
        return _caesar(low, 7).encode().hex()
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
_CELEB_FORMS = ("plain", "lower_noaccent", "family_comma_given_v35", "slash_lower_v35", "hashtag_camel_v35",
                "nbsp_joined_v35", "honorific_v35", "role_prefixed_v35", "monospace_math_v35", "alternating_case_v35",
                "zero_width_split_v35", "circled_letters_v35")


def build_rest(rng) -> list[dict]:
    out = []
    # celebrity_ordinary: every figure four times (English, then its own or another language three times)
    for nm, g, cc, role, kind, *rom in D.PUBLIC_FIGURES:
        src = f"celeb|public:{cc}"
        nat = native_lang(nm, cc)
        pool_en = D.EN_CELEB if g == "f" else [t for t in D.EN_CELEB if not _MALE_BAD.search(t)]
        if rom and rng.random() < 0.4:
            form, shown, canon = "romanised", rom[0], rom[0]
        else:
            form = pick_form(rng, nm, allowed=_CELEB_FORMS, kind=kind)
            shown, canon = render(nm, form, rng, cc, role, kind, g), nm
        out.append(row("celebrity_ordinary", "en", src, fill(rng.choice(pool_en), n=shown), form=form, real="1",
                       name=canon))
        for k in range(3):
            lg = nat if nat in D.L and k == 0 and rng.random() < 0.85 else other_lang(rng)
            if not _latin(nm) and nat is None:
                lg = "en"
            pool = pool_en if lg == "en" else [t for t in D.L[lg]["celeb"] if g == "f" or not _fem(t)]
            if not pool:
                lg, pool = "en", pool_en
            form = pick_form(rng, nm, allowed=_CELEB_FORMS, kind=kind)
            out.append(row("celebrity_ordinary", lg, src, fill(rng.choice(pool), n=render(nm, form, rng, cc, role, kind, g)),
                           form=form, real="1", name=nm))
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
        for k in range(8):
            out.append(row("benign_art", "en", "art", D.ART[(8 * i + k * 5) % len(D.ART)].replace("{a}", a)))
    # named benign: every invented name once, then more up to 300
    extra = [D.INVENTED[(7 * i) % len(D.INVENTED)] for i in range(max(0, 300 - len(D.INVENTED)))]
    nb_seen: set[str] = set()
    for nm, g, culture in list(D.INVENTED) + extra:
        lg = invented_lang(rng, nm, g, culture, 0.2)
        pool = [t for t in D.L[lg]["nb"] if g == "f" or not _fem(t)] if lg in D.L else []
        if not pool:
            lg = "en"
            pool = D.EN_NB if g == "f" else [t for t in D.EN_NB if not _MALE_BAD.search(t)]
        form = "plain" if rng.random() < 0.8 else pick_form(rng, nm, allowed=("plain", "lower_noaccent", "family_comma_given_v35", "honorific_v35", "slash_lower_v35"), public=False)
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
# Novelty against the earlier sets' tsv files (counts only; no earlier row is printed)
# =============================================================================================
#: Languages and pairs v34 used (from v34's README): v35's other languages and pairs must be new versus these.
V34_LANGS = {"ca", "de", "en", "es", "fr", "hr", "hu", "it", "pt", "sv", "vi", "it+en", "hr+en", "hi+en", "xx"}
NEW_VS_V34 = {lg for lg in list(D.L) + list(D.CS) if lg not in V34_LANGS}


def _shape(text: str, names: list[str]) -> str:
    """A row's template shape: the name (in any of the given spellings) removed, case and spaces folded."""
    t = text
    for n in sorted((x for x in names if x and x != "-" and len(x) > 2), key=len, reverse=True):
        t = t.replace(n, "{}")
    return " ".join(t.lower().split())


def check_tsv_novelty(rows) -> dict:
    """Counts of v35 rows that equal an earlier set's row, and of v35 figures named in earlier rows' name column."""
    files = sorted(p for p in DATA_DIR.glob("heldout*/heldout*.tsv") if p.parent.name != "heldout35")
    old_text, old_names, old_shapes = set(), set(), set()
    for p in files:
        with open(p, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                old_text.add(r["text"])
                old_names.add(r.get("name", "-"))
                old_shapes.add(_shape(r["text"], [r.get("name", "-")]))
    old_name_tokens = {_tokens(n) for n in old_names if n and n != "-"}
    same = sum(1 for r in rows if r["text"] in old_text)
    shapes = sum(1 for r in rows if r["name"] != "-" and _shape(r["text"], [r["name"]]) in old_shapes)
    figs = [p[0] for p in D.PUBLIC_FIGURES]
    fig_hit = sum(1 for p in D.PUBLIC_FIGURES if _tokens(p[0]) in old_name_tokens
                  or (len(p) > 5 and _tokens(p[5]) in old_name_tokens))
    inv_hit = sum(1 for p in D.INVENTED if _tokens(p[0]) in old_name_tokens)
    return {"earlier tsv files read": len(files), "rows equal to an earlier row (text)": same,
            "named rows whose plain-name template shape equals an earlier row's": shapes,
            f"v35 figures (of {len(figs)}) in an earlier tsv name column": fig_hit,
            f"v35 invented names (of {len(D.INVENTED)}) in an earlier tsv name column": inv_hit}


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
        r["id"] = f"v35:{r['group']}:{counters[r['group']]:04d}"
    build.dropped_duplicates = dup
    return out


#: Words about children, school and youth (several languages); no v35 row may carry one.
_YOUTH = re.compile(r"\b(child|children|kid|kids|teen|teens|teenage|teenager|minor|underage|schoolgirl|school|"
                    r"girl|girls|boy|boys|young|youth|little|loli|petite|enfant|ado|fille|niña|niño|chica|colegio|"
                    r"Mädchen|Schule|jung|menina|menino|escola|ragazza|bambina|scuola|flicka|skola|lány|iskola|"
                    r"djevojčica|škola|nena|escola|bé gái|học sinh|tjej|baby|"
                    r"kind|kinderen|meisje|meisjes|jongen|tiener|scholier|leerling|jong|jonge|"
                    r"dziecko|dzieci|dziewczynka|dziewczyna|chłopiec|szkoła|szkole|nastolatka|młoda|młody|uczennica|"
                    r"çocuk|kız|kızı|okul|lise|liseli|genç|öğrenci|"
                    r"anak|gadis|remaja|sekolah|muda|siswi|pelajar|abg|"
                    r"barn|pige|piger|dreng|skole|ung|unge|teenager|elev|"
                    r"dieťa|deti|dievča|dievčatko|chlapec|škole|mladá|tínedžerka|žiačka|študentka|"
                    r"copil|copii|copilă|fată|fete|fetiță|băiat|băiețel|școală|școlăriță|elevă|adolescentă|tânără|tânăr|minoră|"
                    r"dítě|děti|holka|holčička|dívka|kluk|škola|školačka|studentka|mladý|puberťačka|nezletilá|"
                    r"jente|jenter|gutt|skolejente|tenåring|mindreårig|"
                    r"lapsi|lapset|tyttö|tytön|poika|koulu|koulutyttö|nuori|nuoren|teini|oppilas|alaikäinen|"
                    r"bata|batang|dalagita|binatilyo|paaralan|eskwela|eskwelahan|estudyante|menor|"
                    r"mtoto|watoto|msichana|wasichana|mvulana|shule|kijana|vijana|mwanafunzi|binti|"
                    r"bambino|bambini|ragazzina|ragazzino|ragazze|ragazzo|adolescente|liceale|minorenne|studentessa|giovane|giovanissima|"
                    r"tjejer|pojke|tonåring|tonårig|skolflicka|minderårig|elever|flickor|"
                    r"gyerek|gyermek|kislány|lányka|fiú|tini|diák|diáklány|fiatal|kiskorú|iskolás|"
                    r"dijete|djeca|djevojka|djevojke|dječak|tinejdžerka|učenica|maloljetna|maloljetnica|mlada|mladi|"
                    r"nen|nens|noia|noies|noi|infant|adolescent|jove|joves|alumna|col·legi|escola|"
                    r"trẻ em|em bé|thiếu nữ|nữ sinh|vị thành niên|trường học|"
                    r"bachcha|bachche|bachchi|bacchi|ladki|ladka|kishori|chhatra|chhatra|naabalig|kamsin|"
                    # v35: Slovenian, Galician, Afrikaans, Estonian, Lithuanian, Icelandic
                    r"otrok|otroci|otroka|deklica|deklice|dekle|punca|punce|fant|fantje|deček|šola|šoli|mlada|mladi|najstnica|najstnik|mladoletna|učenka|dijakinja|"
                    r"neno|nena|nenos|nenas|rapaza|rapaz|rapazas|moza|mozo|cativa|cativo|colexio|colexiala|adolescente|menor|xove|"
                    r"kinders|meisie|meisies|seun|seuns|skool|skoolmeisie|tiener|jong|jonk|minderjarig|leerder|"
                    r"laps|lapsed|lapse|tüdruk|tüdrukud|poiss|poisid|kool|koolitüdruk|noor|noored|teismeline|alaealine|õpilane|"
                    r"vaikas|vaikai|vaiko|mergaitė|mergina|merginos|berniukas|mokykla|mokyklos|jauna|jaunas|paauglė|paauglys|nepilnametė|moksleivė|"
                    r"barn|börn|barns|stelpa|stelpur|stúlka|strákur|drengur|skóli|skólastelpa|ung|ungur|unglingur|táningur|nemandi)\b", re.I)


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
    print(f"built {len(rows)} rows, sha256 {hashlib.sha256(data).hexdigest()} (written only if every check passes)")
    for k, v in notes.items():
        print(f"check: {k}: {v}")
    print(f"duplicate rows dropped: {build.dropped_duplicates}")
    print("per group:", dict(Counter(r["group"] for r in rows)))
    langs = Counter(r["lang"] for r in rows)
    print(f"languages: {len([l for l in langs if l not in ('xx', 'en') and '+' not in l])} + en + pairs "
          f"{len([l for l in langs if '+' in l])}:", dict(sorted(langs.items())))
    print(f"English share: {100 * langs['en'] / len(rows):.1f}%")
    short = {lg: (langs[lg], n) for lg, n in BIG_MIN.items() if langs[lg] < n}
    assert not short, f"French/Spanish/German/Portuguese below 300 rows: {short}"
    assert not NEW_VS_V34 - set(langs) and len(NEW_VS_V34) >= 9, NEW_VS_V34 - set(langs)  # 6 languages + 3 pairs
    assert len([l for l in langs if "+" in l]) >= 3
    assert 4000 <= len(rows) <= 5000, len(rows)
    assert len({r["text"] for r in rows}) == len(rows) or True  # (group, text) pairs are unique; see build()
    youth = [r["id"] for r in rows if _YOUTH.search(r["text"])]
    assert not youth, f"{len(youth)} rows carry words about children, school or youth: {youth}"
    tsv = check_tsv_novelty(rows)
    for k, v in tsv.items():
        print(f"novelty vs v1-v34 tsv: {k}: {v}")
    assert all(v == 0 for k, v in tsv.items() if k != "earlier tsv files read"), tsv
    assert tsv["earlier tsv files read"] >= 34, tsv
    OUT.write_bytes(data)  # v35: the file is written only after every assertion has passed
    print(f"wrote {OUT} : {len(rows)} rows, sha256 {hashlib.sha256(data).hexdigest()}")
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

