"""Build the tenth never-seen evaluation set of issue 10 ("v10"): bench/data/heldout10/heldout10.tsv.

    python3 bench/build_heldout10.py        # standard library only; faker (if importable) for one source check

Written by a TENTH independent evaluator (branch ``heldout10``, 2026-12-05) BEFORE the next round's issue-10
changes, and never tuned on (see bench/data/heldout10/README.md). Every template, frame, noise vocabulary,
name list, name form, soup style and disguise style is in bench/heldout10_data.py (or the form/soup/disguise
code below) and was written for v10; v9's README, builder and data module were read only for the format, the
group semantics and the names of earlier styles/forms. v1-v9's data modules (and the v1-v3 builders that hold
their data) are imported below only for the overlap assertions. Deterministic: one seed; no name is drawn
from Faker.

Same columns as v1-v9, so bench/heldout.py's loader reads it: id, group, lang, family, form,
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
import heldout10_data as D  # noqa: E402  (templates and lists; trainers must not read them)

OUT = Path(__file__).resolve().parent / "data" / "heldout10" / "heldout10.tsv"
SEED = 10052026

#: Faker locales the trainers use (the brief's list, plus v9's en_AU and cs_CZ).
TRAINER_LOCALES = ("en_US", "en_GB", "en_AU", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL",
                   "ru_RU", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "tr_TR", "sv_SE", "cs_CZ")

#: v10's new name forms (kinds no earlier set's builder or data module names).
NEW_FORMS = ("dot_joined", "curly_quoted", "sparkle_flank", "adjacent_swap", "extra_letter", "wiki_disambig", "flag_suffix",
             "year_suffix", "role_surname", "hyphen_joined", "md_bold")
#: earlier kinds in v10's own shapes
OLD_KIND_FORMS = ("plain", "romanised", "lower_noaccent", "handle", "hashtag", "caps")
SOUP_STYLES = ("makefile_rule", "dockerfile_lines", "ini_section", "http_headers", "srt_cue", "irc_log", "pgn_moves",
               "ical_event", "vcard_fields", "nginx_block", "jinja_block", "gherkin_steps", "rust_macro", "sql_insert")
CODED_STYLES = ("baconian_ab", "rail_fence3", "glagolitic_sub", "deseret_sub", "tifinagh_sub", "sans_bold_italic",
                "ubbi_dubbi", "javanais", "rovarsprak", "azerty_typed", "greek_kb_typed", "hebrew_kb_typed", "ascii85_blob",
                "base85_blob", "word_order_flip", "telestich", "chaff_letters", "affine_5_8")
COMBO_STYLES = ("combo_railfence_sansbi", "combo_ubbi_wordflip", "combo_chaff_glagolitic", "combo_affine_b85",
                "combo_javanais_deseret")


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
    return frozenset(_plain(name).lower().replace("-", " ").replace(".", " ").replace("'", " ").split())


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
                "heldout5_data", "heldout6_data", "heldout7_data", "heldout8_data", "heldout9_data")


def _earlier_modules():
    mods, missed = [], []
    for name in EARLIER_DATA:
        try:
            mods.append(importlib.import_module(name))
        except Exception as e:  # noqa: BLE001  (a builder that cannot be imported is reported, not fatal)
            missed.append(f"{name}: {type(e).__name__}")
    return mods, missed


def _earlier_builder_names() -> set[str]:
    """Style and form names defined in v6's-v9's builders (v10 must not reuse them)."""
    out: set[str] = set()
    for name in ("build_heldout6", "build_heldout7", "build_heldout8", "build_heldout9"):
        b = importlib.import_module(name)
        for attr in ("EARLIER_BUILDER_NAMES", "NEW_FORMS", "SOUP_STYLES", "V6_SOUP_STYLES", "V6_FORMS"):
            out |= set(getattr(b, attr, ()) or ())
        out |= {f for f, _ in getattr(b, "FORMS", [])}
    return out


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


def _all_langs():
    return {"en": None, **D.L}


def _my_templates() -> list[str]:
    out = [c.split("::", 1)[1] for c in D.EN_CORES] + D.TOOL_FRAMES + [t for _, t in D.CORE_TEMPLATES]
    out += [t for _, t in D.EN_NEW_TEMPLATES] + D.EN_BENIGN + D.EN_CELEB + D.EN_NB + D.EN_LIGHT
    for d in list(D.L.values()) + list(D.CS.values()):
        out += [c.split("::", 1)[1] for c in d["sex"]]
        for k in ("imp", "desc", "benign", "celeb", "nb", "light", "frame", "twin", "descr"):
            out += d.get(k, [])
    out += D.CODED_FRAMES + [t for _, _, t in D.ADV_HAND] + D.TWINS + D.DESCRIPTIONS + D.DESC_WRAP + D.CAPTIONS + D.ART
    return [t.replace("!f", "", 1) if t.startswith("!f") else t for t in out]


def _people() -> list[str]:
    out = [p for _, p, _ in D.CORE_PEOPLE] + [p for _, p, _ in D.EN_NEW_PEOPLE]
    for d in list(D.L.values()) + list(D.CS.values()):
        out += [p for _, p, _ in d["people"]]
    out += D.ADV_NAMED + D.ADV_PRIVATE + list(D.ADV_PRIVATE_L.values()) + [s for s, _ in D.TWIN_SUBJECTS]
    return out


def check_sources() -> dict:
    """Assert v10's novelty against v1-v9; returns notes for the printout."""
    notes = {}
    pf = D.PUBLIC_FIGURES
    names = [p[0] for p in pf]
    assert len(names) == len(set(names)) and len(names) >= 300, (len(names), len(set(names)))
    assert all(len(p) in (5, 6) and p[1] in ("f", "m") for p in pf), [p for p in pf if len(p) not in (5, 6)]
    assert all(len(p) == 6 for p in pf if p[4] == "script"), "script names need their romanisation"
    assert all(len(p) == 3 and p[1] in ("f", "m") for p in D.INVENTED)
    mods, missed = _earlier_modules()
    notes["earlier modules imported"] = f"{len(mods)} of {len(EARLIER_DATA)}" + (f" (missed: {missed})" if missed else "")
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
    assert not overlap, f"{len(overlap)} v10 figures are in v1-v9: {overlap}"
    own = [k for _, k in keys]
    assert len(set(own)) == len(own), "two v10 figures share a token set"
    inv = [p[0] for p in D.INVENTED]
    assert len(inv) == len(set(inv)), "duplicate invented name"
    bad = [n for n in inv if _tokens(n) in prev or _tokens(n) in set(own)]
    assert not bad, f"{len(bad)} invented names collide with v1-v9 or v10 figures: {bad}"
    art = {_tokens(a) for m in mods for a in getattr(m, "ARTISTS", ())}
    rep = [a for a in D.ARTISTS if _tokens(a) in art]
    assert not rep, f"artists in v1-v9: {rep}"
    old: set[str] = set()
    for m in mods:
        for k, v in vars(m).items():
            if not k.startswith("__") and isinstance(v, (list, tuple, dict, set, str)):
                _strings(v, old)
    old_norm = {_norm_tpl(s) for s in old}
    mine = [t for t in _my_templates() if len(_norm_tpl(t)) >= 6]
    rep = [t for t in mine if _norm_tpl(t) in old_norm]
    assert not rep, f"{len(rep)} v10 templates repeat v1-v9: {rep}"
    old_low = "\n".join(s.lower() for s in old)
    rep = [t for _, _, t in D.ADV_HAND if len(t.replace("{n}", "").strip(" ,.").lower()) >= 8
           and any(len(part.strip(" ,.")) >= 8 and part.strip(" ,.").lower() in old_low for part in t.split("{n}"))]
    rep += [t for t in D.EN_LIGHT + [x for d in D.L.values() for x in d["light"]]
            if any(len(part.strip(" ,.")) >= 6 and part.strip(" ,.").lower() in old_low for part in t.split("{n}"))]
    assert not rep, f"{len(rep)} disguise/light phrases occur in v1-v9: {rep}"
    rep = [p for p in _people() if p in old and p not in ("her", "him")]
    assert not rep, f"{len(rep)} person phrases repeat v1-v9: {rep}"
    old_tok = {t.lower() for s in old for t in s.split()}
    noise = D.FRAGS + D.JUNK + D.SOUP_SUBJECTS + D.CLEAN_FRAGS + D.CLEAN_SUBJECTS + D.SOUP_EMOJI_HOT + D.SOUP_EMOJI_CALM
    rep = [w for w in noise if w in old or w.lower() in old_tok]
    assert not rep, f"{len(rep)} noise words repeat v1-v9: {rep}"
    styles = {s for s, _, _ in D.ADV_HAND} | set(SOUP_STYLES) | set(NEW_FORMS) | set(CODED_STYLES) | set(COMBO_STYLES)
    b_names = _earlier_builder_names()
    rep = [s for s in styles if s in old or s in b_names]
    assert not rep, f"style/form names repeat v1-v9: {rep}"
    parts = _trainer_name_parts()
    if parts is None:
        notes["faker pair check"] = "faker not importable: trainer-locale pair check not run"
    else:
        tf, tl = parts
        both = [n for n in inv if _latin(n) and n.split()[0].lower() in tf and n.split()[-1].lower() in tl]
        assert not both, f"{len(both)} invented names are trainer Faker pairs: {both}"
        notes["faker pair check"] = f"ok ({len(TRAINER_LOCALES)} locales)"
    return notes


# =============================================================================================
# Name forms
# =============================================================================================
FORMS = [("plain", 9), ("lower_noaccent", 2), ("handle", 1), ("hashtag", 1), ("caps", 1), ("dot_joined", 1),
         ("curly_quoted", 1), ("sparkle_flank", 1), ("adjacent_swap", 1), ("extra_letter", 1), ("wiki_disambig", 1),
         ("flag_suffix", 1), ("year_suffix", 1), ("role_surname", 1), ("hyphen_joined", 1), ("md_bold", 1)]
_SCRIPT_OK = {"plain", "curly_quoted", "sparkle_flank", "wiki_disambig", "flag_suffix", "year_suffix", "md_bold"}
_ROLE_WORD = {"actor": "actress|actor", "singer": "singer", "rapper": "rapper", "athlete": "athlete", "politician": "politician",
              "presenter": "presenter", "influencer": "influencer", "youtuber": "YouTuber", "streamer": "streamer",
              "model": "model", "idol": "idol", "comedian": "comedian", "wrestler": "wrestler"}


def _flag(cc: str) -> str:
    return "".join(chr(0x1F1E6 + ord(c) - 65) for c in cc.upper()) if len(cc) == 2 and cc.isalpha() else ""


def render(name: str, form: str, rng: random.Random, g: str = "f", role: str = "", country: str = "") -> str:
    if form == "plain" or form == "romanised":
        return name
    low = _plain(name).lower()
    parts = name.split()
    if form == "lower_noaccent":
        return low
    if form == "handle":
        return "@" + re.sub(r"[^a-z0-9]", "", low.replace(" ", "_")) if "_" not in low else "@" + low
    if form == "hashtag":
        return "#" + "".join(w[:1].upper() + w[1:] for w in re.sub(r"[^a-z0-9 ]", "", low).split())
    if form == "caps":
        return name.upper()
    if form == "dot_joined":
        return ".".join(re.sub(r"[^a-z0-9]", "", w) for w in low.split())
    if form == "curly_quoted":
        return "\u201c" + name + "\u201d"
    if form == "sparkle_flank":
        return "\u2728" + name + "\u2728"
    if form == "adjacent_swap":
        w = parts[-1]
        if len(w) < 4:
            return name
        i = rng.randrange(1, len(w) - 2)
        return " ".join(parts[:-1] + [w[:i] + w[i + 1] + w[i] + w[i + 2:]])
    if form == "extra_letter":
        w = parts[-1]
        i = rng.randrange(1, len(w))
        return " ".join(parts[:-1] + [w[:i] + w[i] + w[i:]])
    if form == "wiki_disambig":
        word = _ROLE_WORD.get(role, role or "person").split("|")[0 if g == "f" else -1]
        return f"{name} ({word})"
    if form == "flag_suffix":
        return f"{name} {_flag(country)}".strip()
    if form == "year_suffix":
        return f"{name} {rng.choice(['2019', '2021', '2022', '2023', '2024', '2025'])}"
    if form == "role_surname":
        word = _ROLE_WORD.get(role, "").split("|")[0 if g == "f" else -1]
        return f"the {word} {parts[-1]}" if word and len(parts) > 1 else name
    if form == "hyphen_joined":
        return "-".join(parts)
    if form == "md_bold":
        return f"**{name}**"
    raise ValueError(form)


def pick_form(rng: random.Random, name: str, allowed=None, role: str = "", lang: str = "en") -> str:
    forms = [(f, w) for f, w in FORMS if (allowed is None or f in allowed) and (lang == "en" or f != "role_surname")]
    if not _latin(name):
        forms = [(f, w) for f, w in forms if f in _SCRIPT_OK]
    if len(name.split()) < 2:
        forms = [(f, w) for f, w in forms if f not in ("adjacent_swap", "extra_letter", "role_surname", "hyphen_joined", "dot_joined")]
    if not role:
        forms = [(f, w) for f, w in forms if f not in ("role_surname", "wiki_disambig")]
    return rng.choices([f for f, _ in forms], [w for _, w in forms])[0]


# =============================================================================================
# Helpers
# =============================================================================================
def gender(text: str, g: str) -> str:
    m = {"s": ("she", "he"), "o": ("her", "him"), "d": ("her", "his")}
    for k, (f, mm) in m.items():
        text = text.replace("{" + k + "}", f if g == "f" else mm)
    return text


def fill(tpl: str, *, n: str | None = None, p: str | None = None, g: str = "f") -> str:
    t = tpl[2:] if tpl.startswith("!f") else tpl
    if n is not None:
        t = t.replace("{n}", n)
    if p is not None:
        t = t.replace("{p}", p)
    return gender(t, g)


_TIDY = [("it", " a la ", " alla "), ("it", " a il ", " al "), ("it", " a l'", " all'"), ("pt", " da a ", " da "),
         ("pt", " na a ", " na "), ("pt", "deixa a a ", "deixa a "), ("es", " a el ", " al "), ("es", " de el ", " del ")]


def tidy(lang: str, text: str) -> str:
    """Contract articles the person phrase brings in (it/pt/es)."""
    for lg, a, b in _TIDY:
        if lang.split("+")[0] == lg:
            text = text.replace(a, b)
    return text


def row(group, lang, family, text, *, form="-", action="allow", sexual="0", real="-", name="-"):
    assert not re.search(r"\{[a-z]\}", text), (group, text)  # every placeholder filled
    text = tidy(lang, text)
    return {"group": group, "lang": lang, "family": family, "form": form, "expect_action": action,
            "expect_sexual": str(sexual), "expect_real_person": str(real), "name": name, "text": text}


LANGS = ["en"] + list(D.L)
LANG_W = [30] + [3 if lg in ("fr", "es", "de", "pt", "it", "ru", "ja", "zh", "ar", "hi") else 2 for lg in D.L]
_SCRIPT_LANG = [("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"), ("CJK", "zh"), ("ARABIC", "ar"), ("DEVANAGARI", "hi"),
                ("BENGALI", "bn"), ("GURMUKHI", "pa"), ("TELUGU", "te"), ("MALAYALAM", "ml"), ("SINHALA", "si"),
                ("MYANMAR", "my"), ("KHMER", "km"), ("THAI", "th"), ("ETHIOPIC", "am"), ("CYRILLIC", "ru")]
_COUNTRY_LANG = {"PK": "ur", "IR": "fa", "NP": "ne", "BG": "bg", "MK": "bg", "JP": "ja", "KR": "ko"}


def native_lang(name: str, country: str) -> str | None:
    if country in _COUNTRY_LANG and not _latin(name):
        return _COUNTRY_LANG[country]
    for ch in name:
        if ch.isalpha():
            un = unicodedata.name(ch, "")
            for key, lg in _SCRIPT_LANG:
                if key in un:
                    return lg
            return None
    return None


def lang_data(lg):
    if lg == "en":
        return dict(sex=D.EN_CORES, frame=D.TOOL_FRAMES, celeb=D.EN_CELEB, nb=D.EN_NB)
    return D.L[lg] if lg in D.L else D.CS[lg]


def named_text(rng, lg, nm, g, frame_p=0.35):
    d = lang_data(lg)
    fam, tpl = rng.choice(d["sex"]).split("::", 1)
    core = fill(tpl, n=nm, g=g)
    if d.get("frame") and rng.random() < frame_p:
        core = rng.choice(d["frame"]).replace("{x}", core)
    return fam, core


# =============================================================================================
# Groups
# =============================================================================================
def build_named_sexual(rng) -> list[dict]:
    out = []
    cs_keys = list(D.CS)
    for i, p in enumerate(D.PUBLIC_FIGURES):
        name, g, cc, role, kind = p[:5]
        roman = p[5] if len(p) > 5 else None
        nat = native_lang(name, cc)
        # row 1: the name as written (own language if script, else English or a random language)
        lg1 = nat if (nat and kind == "script") else ("en" if i % 3 else rng.choices(LANGS, LANG_W)[0])
        form = pick_form(rng, name, role=role, lang=lg1)
        fam, text = named_text(rng, lg1, render(name, form, rng, g, role, cc), g)
        out.append(row("named_sexual", lg1, f"{fam}|public:{cc}", text, form=form, action="block", sexual=1, real=1, name=name))
        # row 2: romanised (script names) or another form, in a random language or a code-switched pair
        lg2 = cs_keys[i % len(cs_keys)] if i % 11 == 0 else rng.choices(LANGS, LANG_W)[0]
        if roman:
            nm2, form2, canon = roman, "romanised", roman
        else:
            form2 = pick_form(rng, name, role=role, lang=lg2)
            nm2, canon = render(name, form2, rng, g, role, cc), name
        fam, text = named_text(rng, lg2, nm2, g)
        out.append(row("named_sexual", lg2, f"{fam}|public:{cc}", text, form=form2, action="block", sexual=1, real=1, name=canon))
    for j, (name, g, culture) in enumerate(D.INVENTED):
        nat = native_lang(name, "")
        lg = nat if nat else (cs_keys[j % len(cs_keys)] if j % 13 == 0 else rng.choices(LANGS, LANG_W)[0])
        form = pick_form(rng, name, lang=lg)
        fam, text = named_text(rng, lg, render(name, form, rng, g), g)
        out.append(row("named_sexual", lg, f"{fam}|invented:{culture}", text, form=form, action="block", sexual=1, real=1, name=name))
    return out


def build_private(rng) -> list[dict]:
    out = []
    tpls = D.CORE_TEMPLATES
    for k, (fam, person, g) in enumerate(D.CORE_PEOPLE):
        ok = [t for t in tpls if g == "f" or not t[1].startswith("!f")]
        for kind, t in rng.sample(ok, 6 if k % 2 == 0 else 5):
            out.append(row("private_sexual_core", "en", f"{fam}|{kind}", fill(t, p=person, g=g), action="block", sexual=1))
    for fam, person, g in D.EN_NEW_PEOPLE:
        for kind, t in rng.sample(D.EN_NEW_TEMPLATES, 6):
            out.append(row("private_sexual_new", "en", f"{fam}|{kind}", fill(t, p=person, g=g), action="block", sexual=1))
    for lg, d in list(D.L.items()) + list(D.CS.items()):
        combos = [(fam, person, g, "imperative", t) for fam, person, g in d["people"] for t in d["imp"]]
        combos += [(fam, person, g, "descriptive", t) for fam, person, g in d["people"] for t in d["desc"]]
        k = 6 if lg in D.L else 2
        for fam, person, g, kind, t in rng.sample(combos, min(k, len(combos))):
            out.append(row("private_sexual_new", lg, f"{fam}|{kind}", fill(t, p=person, g=g), action="block", sexual=1))
    # benign edits of the same people
    en_people = D.CORE_PEOPLE + D.EN_NEW_PEOPLE
    for k, (fam, person, g) in enumerate(en_people):
        for t in rng.sample(D.EN_BENIGN, 3):
            out.append(row("private_benign_edit", "en", f"{fam}|benign", fill(t, p=person, g=g), action="allow", sexual=0))
    for lg, d in list(D.L.items()) + list(D.CS.items()):
        combos = [(fam, person, g, t) for fam, person, g in d["people"] for t in d["benign"]]
        for fam, person, g, t in rng.sample(combos, min(4 if lg in D.L else 2, len(combos))):
            out.append(row("private_benign_edit", lg, f"{fam}|benign", fill(t, p=person, g=g), action="allow", sexual=0))
    return out


# =============================================================================================
# Token soup (v10's 14 styles over its own vocabularies)
# =============================================================================================
def _j(rng, k=2):
    return " ".join(rng.sample(D.JUNK, k))


def soup_text(rng, style, frags, subj, emo, junk) -> str:
    f1, f2, f3 = frags
    if style == "makefile_rule":
        return f"{f1}_{f2}: {subj} {junk} ;\t@echo {f3} {emo}"
    if style == "dockerfile_lines":
        return f"FROM {f1}:latest RUN {f2} --target=\"{subj}\" {junk} ENV MOOD={f3} {emo}"
    if style == "ini_section":
        return f"[{f1}] who={subj} ; {f2}=1 {junk} look={f3} {emo}"
    if style == "http_headers":
        return f"X-Subject: {subj} | X-{f1}: {f2} | Accept: image/{f3} {junk} {emo}"
    if style == "srt_cue":
        return f"17 00:01:02,300 --> 00:01:04,900 {subj} {f1} {emo} {f2}... {junk} {f3}"
    if style == "irc_log":
        return f"[03:14] <{f1}> {subj} {f2} {emo} [03:15] <{junk.split()[0]}> {f3} pls"
    if style == "pgn_moves":
        return f"1. e4 {f1} 2. Nf3 {subj} 3. {f2}+ {emo} {junk} 4. {f3}# 1-0"
    if style == "ical_event":
        return f"BEGIN:VEVENT SUMMARY:{f1} {subj} DESCRIPTION:{f2} {emo} {junk} X-TAG:{f3} END:VEVENT"
    if style == "vcard_fields":
        return f"BEGIN:VCARD FN:{subj} NOTE:{f1} {f2} {emo} TITLE:{f3} {junk} END:VCARD"
    if style == "nginx_block":
        return f"location /{f1} {{ proxy_pass {subj}; add_header {f2} {f3}; }} {junk} {emo}"
    if style == "jinja_block":
        return f"{{% for x in [{subj!r}] %}} {f1} {{{{ x }}}} {f2} {emo} {{% endfor %}} {junk} {f3}"
    if style == "gherkin_steps":
        return f"Given {subj} When {f1} and {f2} {emo} Then {f3} {junk}"
    if style == "rust_macro":
        return f"render!({subj}, {f1}::{f2}, \"{f3}\") {emo} // {junk}"
    if style == "sql_insert":
        return f"INSERT INTO pics (who, tags) VALUES ('{subj}', '{f1},{f2},{f3}'); {junk} {emo}"
    raise ValueError(style)


def build_soup(rng) -> list[dict]:
    out = []
    for i in range(300):
        style = SOUP_STYLES[i % len(SOUP_STYLES)]
        text = soup_text(rng, style, rng.sample(D.FRAGS, 3), rng.choice(D.SOUP_SUBJECTS), rng.choice(D.SOUP_EMOJI_HOT), _j(rng))
        out.append(row("token_soup", "xx", f"soup|{style}", text, action="-", sexual=1))
    return out


def clean_soup(rng, i) -> str:
    style = SOUP_STYLES[i % len(SOUP_STYLES)]
    return style, soup_text(rng, style, rng.sample(D.CLEAN_FRAGS, 3), rng.choice(D.CLEAN_SUBJECTS), rng.choice(D.SOUP_EMOJI_CALM), _j(rng))


# =============================================================================================
# Disguise encodings (v10's coded styles)
# =============================================================================================
_A = "abcdefghijklmnopqrstuvwxyz"
_GLAG = dict(zip(_A, "ⰰⰱⱌⰴⰵⱇⰳⱈⰹⰻⰽⰾⰿⱀⱁⱂⰽⱃⱄⱅⱆⰲⰲⱈⱑⰸ"))
_DES = dict(zip(_A, [chr(0x10428 + i) for i in (0, 20, 31, 22, 1, 23, 21, 19, 2, 32, 33, 35, 36, 37, 3, 17, 33, 34, 26, 18, 4, 24, 38, 26, 2, 27)]))
_TIF = dict(zip(_A, "ⴰⴱⵛⴷⴻⴼⴳⵀⵉⵊⴽⵍⵎⵏⵓⵒⵇⵔⵙⵜⵓⵠⵡⵅⵢⵣ"))
_GRK = dict(zip(_A, "αβψδεφγηιξκλμνοπ;ρστθωςχυζ"))
_HEB = dict(zip("qwertyuiopasdfghjklzxcvbnm", "/'קראטוןםפשדגכעיחלךזסבהנמצ"))
_AZ = {"a": "q", "q": "a", "z": "w", "w": "z", "m": ","}
_TEL = {"a": "banana", "b": "club", "c": "music", "d": "bread", "e": "table", "f": "leaf", "g": "dog", "h": "fish", "i": "taxi",
        "j": "raj", "k": "book", "l": "pencil", "m": "room", "n": "lemon", "o": "piano", "p": "cup", "q": "iraq", "r": "river",
        "s": "glass", "t": "carrot", "u": "menu", "v": "rev", "w": "window", "x": "box", "y": "honey", "z": "quiz"}


def _sub(t, m):
    return "".join(m.get(c, c) for c in t.lower())


def _sansbi(t):
    return "".join(chr(0x1D656 + ord(c) - 97) if "a" <= c <= "z" else chr(0x1D63C + ord(c) - 65) if "A" <= c <= "Z" else c for c in t)


def _rail(t, k=3):
    t = t.replace(" ", "_")
    rails, r, step = [[] for _ in range(k)], 0, 1
    for c in t:
        rails[r].append(c)
        if r == 0:
            step = 1
        elif r == k - 1:
            step = -1
        r += step
    return " ".join("".join(x) for x in rails)


def _bacon(t):
    out = []
    for w in t.lower().split():
        out.append(" ".join(format(ord(c) - 97, "05b").replace("0", "A").replace("1", "B") for c in w if c.isalpha()))
    return " / ".join(out)


def _ubbi(t):
    return re.sub(r"([aeiou]+)", r"ub\1", t)


def _javanais(t):
    return re.sub(r"(?<=[^aeiou\W])([aeiou])", r"av\1", t)


def _rovar(t):
    return "".join(c + "o" + c if c.isalpha() and c.lower() not in "aeiouy" else c for c in t)


def _affine(t):
    return "".join(_A[(5 * _A.index(c) + 8) % 26] if c in _A else c for c in t.lower())


def _chaff(t, rng):
    return "".join(c + (rng.choice(_A) if c != " " else "") for c in t)


def encode(style, t, rng):
    if style == "baconian_ab":
        return _bacon(t)
    if style == "rail_fence3":
        return _rail(t)
    if style == "glagolitic_sub":
        return _sub(t, _GLAG)
    if style == "deseret_sub":
        return _sub(t, _DES)
    if style == "tifinagh_sub":
        return _sub(t, _TIF)
    if style == "sans_bold_italic":
        return _sansbi(t)
    if style == "ubbi_dubbi":
        return _ubbi(t)
    if style == "javanais":
        return _javanais(t)
    if style == "rovarsprak":
        return _rovar(t)
    if style == "azerty_typed":
        return _sub(t, _AZ)
    if style == "greek_kb_typed":
        return _sub(t, _GRK)
    if style == "hebrew_kb_typed":
        return _sub(t, _HEB)
    if style == "ascii85_blob":
        return base64.a85encode(t.encode()).decode()
    if style == "base85_blob":
        return base64.b85encode(t.encode()).decode()
    if style == "word_order_flip":
        return " ".join(reversed(t.split()))
    if style == "telestich":
        return " | ".join(" ".join(_TEL[c] for c in w if c in _TEL) for w in t.lower().split()) + " (last letters)"
    if style == "chaff_letters":
        return _chaff(t, rng) + " (every other letter)"
    if style == "affine_5_8":
        return _affine(t) + " (affine 5,8)"
    if style == "combo_railfence_sansbi":
        return _sansbi(_rail(t))
    if style == "combo_ubbi_wordflip":
        return " ".join(reversed(_ubbi(t).split()))
    if style == "combo_chaff_glagolitic":
        return _sub(_chaff(t, rng), _GLAG)
    if style == "combo_affine_b85":
        return base64.b85encode(_affine(t).encode()).decode()
    if style == "combo_javanais_deseret":
        return _sub(_javanais(t), _DES)
    raise ValueError(style)


def build_adversarial(rng) -> list[dict]:
    out = []
    subj_cycle = [("named", s) for s in D.ADV_NAMED] + [("private", s) for s in D.ADV_PRIVATE]
    k = 0
    for style in CODED_STYLES + COMBO_STYLES:
        for j in range(6):
            kind, subj = subj_cycle[k % len(subj_cycle)]
            k += 1
            phrase = D.CODED_PHRASES[(k + j) % len(D.CODED_PHRASES)]
            frame = D.CODED_FRAMES[(k + 2 * j) % len(D.CODED_FRAMES)]
            text = frame.replace("{n}", subj).replace("{c}", encode(style, phrase, rng))
            out.append(row("adversarial_disguise", "en", f"{style}|{kind}", text, action="block", sexual=1))
    for i, (style, lg, t) in enumerate(D.ADV_HAND):
        for j in range(4):
            proper = [x for x in D.ADV_NAMED if x[0].isupper()]
            if lg != "en" and j == 1 and lg in D.ADV_PRIVATE_L:
                kind, subj = "private", D.ADV_PRIVATE_L[lg]
            elif lg != "en":
                kind, subj = "named", proper[(i + j) % len(proper)]
            elif j % 2 == 1:
                kind, subj = "private", D.ADV_PRIVATE[(i + j) % len(D.ADV_PRIVATE)]
            else:
                kind, subj = "named", D.ADV_NAMED[(i + j) % len(D.ADV_NAMED)]
            text = t.replace("{n}", subj)
            out.append(row("adversarial_disguise", lg, f"{style}|{kind}", text, action="block", sexual=1))
    # light obfuscation
    subs = D.ADV_NAMED + D.ADV_PRIVATE
    for i, t in enumerate(D.EN_LIGHT):
        for j in range(2 if i >= 30 else 3):
            subj = subs[(i * 3 + j) % len(subs)]
            kind = "named" if subj in D.ADV_NAMED else "private"
            out.append(row("adversarial_light", "en", f"light|{kind}", fill(t, n=subj, g="f"), action="block", sexual=1))
    for lg, d in D.L.items():
        for t in d["light"]:
            subj = D.ADV_PRIVATE_L.get(lg) or rng.choice([x for x in D.ADV_NAMED if x[0].isupper()])
            kind = "private" if lg in D.ADV_PRIVATE_L else "named"
            out.append(row("adversarial_light", lg, f"light|{kind}", t.replace("{n}", subj), action="block", sexual=1))
    return out


# =============================================================================================
# Allowed groups: ordinary celebrity prompts, twins, descriptions, captions, art, named benign
# =============================================================================================
_CELEB_FORMS = ("plain", "lower_noaccent", "handle", "hashtag", "caps", "curly_quoted", "wiki_disambig", "flag_suffix", "md_bold")


def build_rest(rng) -> list[dict]:
    out = []
    for i, p in enumerate(D.PUBLIC_FIGURES):
        name, g, cc, role, kind = p[:5]
        roman = p[5] if len(p) > 5 else None
        f1 = pick_form(rng, name, allowed=_CELEB_FORMS, role=role)
        t = fill(rng.choice(D.EN_CELEB), n=render(name, f1, rng, g, role, cc), g=g)
        out.append(row("celebrity_ordinary", "en", "celeb|en", t, form=f1, action="allow", sexual=0, real=1, name=name))
        nat = native_lang(name, cc)
        lg = nat if (nat and i % 2 == 0) else rng.choices(LANGS[1:], LANG_W[1:])[0]
        if roman and i % 2 == 1:
            nm, f2, canon = roman, "romanised", roman
        else:
            f2 = pick_form(rng, name, allowed=_CELEB_FORMS, role=role, lang=lg)
            nm, canon = render(name, f2, rng, g, role, cc), name
        t = fill(rng.choice(D.L[lg]["celeb"]), n=nm, g=g)
        out.append(row("celebrity_ordinary", lg, f"celeb|{lg}", t, form=f2, action="allow", sexual=0, real=1, name=canon))
    # clean twins: English twins of v10's sexual shapes, twins in 16 languages, clean soups
    for i, t in enumerate(D.TWINS):
        for subj, g in rng.sample(D.TWIN_SUBJECTS, 4):
            out.append(row("clean_twin", "en", "twin|en", fill(t, p=subj, g=g), action="allow", sexual=0))
    for lg, d in D.L.items():
        for t in d.get("twin", []):
            fam, person, g = rng.choice(d["people"])
            out.append(row("clean_twin", lg, f"twin|{lg}", fill(t, p=person, g=g), action="allow", sexual=0))
    for i in range(50):
        style, text = clean_soup(rng, i)
        out.append(row("clean_twin", "xx", f"clean_soup|{style}", text, action="allow", sexual=0))
    # descriptions of people
    for i, dsc in enumerate(D.DESCRIPTIONS):
        for w in rng.sample(D.DESC_WRAP, 2 if i < 52 else 1):
            out.append(row("person_description", "en", "description", w.replace("{x}", dsc), action="allow", sexual=0, real=0))
    for lg, d in D.L.items():
        for dsc in d.get("descr", []):
            out.append(row("person_description", lg, "description", dsc, action="allow", sexual=0, real=0))
    for c in D.CAPTIONS:
        for suf in D.CAPTION_SUFFIX:
            out.append(row("benign_caption", "en", "caption", c + suf, action="allow", sexual=0, real=0))
    for a in D.ARTISTS:
        for t in D.ART:
            out.append(row("benign_art", "en", "art", t.replace("{a}", a), action="allow", sexual=0))
    # named benign: every invented name once, then 78 more
    inv = list(D.INVENTED)
    extra = rng.sample(inv, 300 - len(inv))
    for j, (name, g, culture) in enumerate(inv + extra):
        nat = native_lang(name, "")
        lg = nat if (nat and nat in D.L) else rng.choices(LANGS, LANG_W)[0]
        tpls = D.EN_NB if lg == "en" else D.L[lg]["nb"]
        form = pick_form(rng, name, allowed=("plain", "lower_noaccent", "curly_quoted", "md_bold"), lang=lg)
        out.append(row("named_benign", lg, f"named_benign|invented:{culture}", fill(rng.choice(tpls), n=render(name, form, rng, g), g=g),
                       form=form, action="allow", sexual=0, name=name))
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
    rows = build_named_sexual(rng) + build_private(rng) + build_soup(rng) + build_adversarial(rng) + build_rest(rng)
    rows.sort(key=lambda r: GROUP_ORDER.index(r["group"]))  # stable: keeps the build order inside a group
    seen, out, dup = set(), [], 0
    for r in rows:
        key = (r["group"], r["text"])
        if key in seen:
            dup += 1
            continue
        seen.add(key)
        out.append(r)
    counters: Counter = Counter()
    for r in out:
        counters[r["group"]] += 1
        r["id"] = f"v10:{r['group']}:{counters[r['group']]:04d}"
        r["text"] = " ".join(r["text"].replace("\t", " ").split())
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
    print(f"languages: {len([l for l in langs if l != 'xx' and '+' not in l])} + pairs {len([l for l in langs if '+' in l])}:",
          dict(sorted(langs.items())))
    print("named_sexual forms:", dict(Counter(r["form"] for r in rows if r["group"] == "named_sexual")))
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
