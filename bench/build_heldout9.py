"""Build the ninth never-seen evaluation set of issue 10 ("v9"): bench/data/heldout9/heldout9.tsv.

    /work/main/.venv/bin/python bench/build_heldout9.py   # faker only for the source checks

Written by a NINTH independent evaluator (branch ``heldout9``, 2026-12-05) BEFORE the next round's issue-10
changes, and never tuned on (see bench/data/heldout9/README.md). Every template, frame, noise vocabulary,
name list, name form, soup style and disguise style is in bench/heldout9_data.py (or the form/soup/disguise
code below) and was written for v9; v7's and v8's READMEs, builders and data modules were read only to copy the
format and the group semantics and to avoid their templates, names, noise words and styles. v1-v8's data
modules are imported below only for the overlap assertions. Deterministic: one seed; no name is drawn from Faker.

Same columns as v1-v8, so bench/heldout.py's loader reads it: id, group, lang, family, form,
expect_action, expect_sexual, expect_real_person, name, text.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout9_data import (  # noqa: E402  (templates and lists; trainers must not read them)
    PUBLIC_FIGURES, INVENTED, ARTISTS, NAMED_CORES, LANG_WEIGHTS, TOOL_FRAMES, FRAMES, CORE_PEOPLE, CORE_TEMPLATES,
    NEW_PEOPLE, NEW_TEMPLATES, BENIGN_EDITS, FRAGS, SOUP_SUBJECTS, JUNK, SOUP_EMOJI_HOT, SOUP_EMOJI_CALM,
    CLEAN_FRAGS, CLEAN_SUBJECTS, ADV_DISGUISE, ADV_NAMED, ADV_PRIVATE, ADV_PRIVATE_L, ADV_LIGHT, CELEB_ORDINARY, TWINS,
    TWIN_SUBJECTS, TWIN_SUBJECTS_L, DESCRIPTIONS, DESC_WRAP, CAPTIONS, CAPTION_SUFFIX, ART, NAMED_BENIGN,
)

OUT = Path(__file__).resolve().parent / "data" / "heldout9" / "heldout9.tsv"
SEED = 5122026

#: Faker locales the trainers use (as listed in v6's-v8's builders).
TRAINER_LOCALES = ("en_US", "en_GB", "en_AU", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL", "sv_SE",
                   "ja_JP", "zh_CN", "ru_RU", "pl_PL", "tr_TR", "ko_KR", "cs_CZ")

#: v9's new name forms (kinds no earlier set's builder or data module lists).
NEW_FORMS = ("given_clue", "given_initial", "suffix_honorific", "georgian_translit", "letter_hyphens", "initial_glued",
             "alt_caps_name")
SOUP_STYLES = ("toml_table", "latex_cmds", "css_selector", "shell_pipe", "protobuf_text", "md_table_row", "lisp_sexpr",
               "graphql_query", "log_lines", "bibtex_entry", "assert_stmt", "sheet_formula", "env_export")


# =============================================================================================
# Sources and overlap checks
# =============================================================================================
def _plain(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d").replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("Ø", "O")
    s = s.replace("ł", "l").replace("Ł", "L").replace("þ", "th").replace("Þ", "Th").replace("ʻ", "").replace("æ", "ae")
    s = s.replace("ə", "a").replace("Ə", "A")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def _tokens(name: str) -> frozenset[str]:
    return frozenset(_plain(name).lower().replace("-", " ").replace(".", " ").replace("'", " ").split())


def _strings(obj, out: set[str]) -> set[str]:
    """Every string inside a (nested) list/tuple/dict/set."""
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


def _earlier_modules():
    import build_heldout as m1  # imported for these checks only
    import heldout2_data as m2
    import heldout3_data as m3
    import heldout4_data as m4
    import heldout5_data as m5
    import heldout6_data as m6
    import heldout7_data as m7
    import heldout8_data as m8
    return m1, m2, m3, m4, m5, m6, m7, m8


def _earlier_builder_names() -> set[str]:
    """Style and form names defined in v6's, v7's and v8's builders (v9 must not reuse them)."""
    import build_heldout6 as b6
    import build_heldout7 as b7
    import build_heldout8 as b8
    out = set(b8.EARLIER_BUILDER_NAMES) | set(b8.NEW_FORMS) | set(b8.SOUP_STYLES) | set(b7.NEW_FORMS) | set(b7.SOUP_STYLES)
    out |= set(getattr(b7, "V6_SOUP_STYLES", ())) | set(getattr(b7, "V6_FORMS", ()))
    out |= {f for f, _ in b8.FORMS} | {f for f, _ in getattr(b7, "FORMS", [])} | {f for f, _ in getattr(b6, "FORMS", [])}
    return out


def _norm_tpl(t: str) -> str:
    t = re.sub(r"\{([^{}|]*)\|([^{}|]*)\}", r"\1", t)
    t = re.sub(r"\{[a-z]\}", "", t).lower()
    return " ".join(t.replace("{x}", "").split()).strip(" ,.:;")


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


def _split_whole(t: str) -> list[str]:
    return t.split("|") if ("|" in t and "{n}" in t.split("|", 1)[1] and "{" not in t.split("|", 1)[0][-1:]) else [t]


def _my_templates() -> list[str]:
    out = [t for lst in NAMED_CORES.values() for _, t in lst] + TOOL_FRAMES + [f for lst in FRAMES.values() for f in lst]
    out += [t for _, t in CORE_TEMPLATES] + [t for lst in NEW_TEMPLATES.values() for _, t in lst]
    out += [t for lst in BENIGN_EDITS.values() for t in lst] + [t for _, _, t in ADV_DISGUISE] + [t for _, t in ADV_LIGHT]
    out += [t for lst in CELEB_ORDINARY.values() for t in lst] + [t for _, t in TWINS]
    out += [t for lst in DESCRIPTIONS.values() for t in lst] + DESC_WRAP + CAPTIONS + ART
    out += [t for lst in NAMED_BENIGN.values() for t in lst]
    return [s for t in out for s in _split_whole(t)]


def _check_sources() -> str:
    names = [p[0] for p in PUBLIC_FIGURES]
    assert len(names) == len(set(names)) and len(names) >= 280, (len(names), len(set(names)))
    assert all(len(p) in (5, 6) and p[1] in ("f", "m") for p in PUBLIC_FIGURES), [p for p in PUBLIC_FIGURES if len(p) not in (5, 6)]
    assert all(len(p) == 6 for p in PUBLIC_FIGURES if p[4] == "script"), "script names need their romanisation"
    assert all(len(p) == 3 and p[1] in ("f", "m") for p in INVENTED), [p for p in INVENTED if len(p) != 3]
    assert len(INVENTED) >= 150
    mods = _earlier_modules()
    m1, m2, m3, m4, m5, m6, m7, m8 = mods
    earlier = [p for m in mods for p in m.PUBLIC_FIGURES]
    prev = {_tokens(p[0]) for p in earlier} | {_tokens(p[4]) for p in earlier if len(p) > 4}
    prev |= {_tokens(p[0]) for m in (m5, m6, m7, m8) for p in m.INVENTED}
    prev |= {_tokens(k) for k in m2.FIRST_NAME_TAGS} | {_tokens(v) for v in m2.FIRST_NAME_TAGS.values() if isinstance(v, str)}
    keys = []  # every key of a v9 figure: name and romanisation
    for p in PUBLIC_FIGURES:
        keys.append((p[0], _tokens(p[0])))
        if len(p) > 5:
            keys.append((p[5], _tokens(p[5])))
    overlap = [n for n, k in keys if k in prev]
    assert not overlap, f"{len(overlap)} v9 figures are in v1-v8: {overlap}"
    own = [k for _, k in keys]
    assert len(set(own)) == len(own), "two v9 figures share a token set"
    inv = [p[0] for p in INVENTED]
    assert len(inv) == len(set(inv)), "duplicate invented name"
    bad = [n for n in inv if _tokens(n) in prev or _tokens(n) in set(own)]
    assert not bad, f"{len(bad)} invented names collide with v1-v8 or v9 figures: {bad}"
    art = {_tokens(a) for m in mods for a in getattr(m, "ARTISTS", ())}
    rep = [a for a in ARTISTS if _tokens(a) in art]
    assert not rep, f"artists in v1-v8: {rep}"
    old = set()
    for m in mods:
        for k, v in vars(m).items():
            if not k.startswith("__") and isinstance(v, (list, tuple, dict, set, str)):
                _strings(v, old)
    old_norm = {_norm_tpl(s) for s in old}
    mine = [t for t in _my_templates() if len(_norm_tpl(t)) >= 6]
    rep = [t for t in mine if _norm_tpl(t) in old_norm]
    assert not rep, f"{len(rep)} v9 templates repeat v1-v8: {rep}"
    old_low = "\n".join(s.lower() for s in old)
    rep = []
    for _, _, t in ADV_DISGUISE:  # hand-written disguise phrases must not occur inside any earlier string
        if re.search(r"\b[A-Z0-9]{3}\(([^()]+)\)", t):
            continue  # a marker style: the disguise is the encoding, the words around it are ordinary
        core = t.replace("{n}", "").strip(" ,.").lower()
        if len(core) >= 8 and core in old_low:
            rep.append(t)
    for _, t in ADV_LIGHT:
        for side in _split_whole(t):
            core = side.replace("{n}", "").strip(" ,.").lower()
            if core in old_low:
                rep.append(t)
    assert not rep, f"{len(rep)} disguise/light phrases occur in v1-v8: {rep}"
    people = [p for p, _ in CORE_PEOPLE] + [p for lst in NEW_PEOPLE.values() for _, p, _ in lst]
    people += ADV_NAMED + ADV_PRIVATE + [p for lst in ADV_PRIVATE_L.values() for p in lst]
    rep = [p for p in people if p in old and p not in ("her", "him")]
    assert not rep, f"{len(rep)} person phrases repeat v1-v8: {rep}"
    old_tok = {t.lower() for s in old for t in s.split()}
    noise = FRAGS + JUNK + SOUP_SUBJECTS + CLEAN_FRAGS + CLEAN_SUBJECTS + SOUP_EMOJI_HOT + SOUP_EMOJI_CALM
    rep = [w for w in noise if w != "her" and (w in old or w.lower() in old_tok)]
    assert not rep, f"{len(rep)} noise words repeat v1-v8: {rep}"
    styles = {s for s, _, _ in ADV_DISGUISE} | set(SOUP_STYLES) | set(NEW_FORMS)
    rep = [s for s in styles if s in old or s in _earlier_builder_names()]
    assert not rep, f"style/form names repeat v1-v8: {rep}"
    parts = _trainer_name_parts()
    if parts is None:
        return "faker missing: trainer-locale pair check not run"
    tf, tl = parts
    both = [n for n in inv if n.split()[0].lower() in tf and n.split()[-1].lower() in tl]
    assert not both, f"{len(both)} invented names are trainer Faker pairs: {both}"
    return "ok"


# =============================================================================================
# Name forms: earlier sets' kinds in v9's own shapes, plus v9's new forms (NEW_FORMS)
# =============================================================================================
FORMS = [("plain", 7), ("lower_noaccent", 2), ("joined_lower", 2), ("handle", 2), ("lora", 1), ("weight", 1), ("hashtag", 1),
         ("caps", 1), ("camel", 1), ("url", 1), ("trigger", 1), ("filename", 1),
         ("given_clue", 3), ("given_initial", 2), ("suffix_honorific", 2), ("georgian_translit", 2), ("letter_hyphens", 2),
         ("initial_glued", 2), ("alt_caps_name", 2)]

_GEO = dict(zip("abcdefghijklmnopqrstuvwxyz", ["ა", "ბ", "კ", "დ", "ე", "ფ", "გ", "ჰ", "ი", "ჯ", "კ", "ლ", "მ", "ნ", "ო", "პ",
                                              "ქ", "რ", "ს", "ტ", "უ", "ვ", "ვ", "ქს", "ი", "ზ"]))
_GEO_MULTI = [("sh", "შ"), ("ch", "ჩ"), ("th", "თ"), ("kh", "ხ"), ("zh", "ჟ"), ("ts", "ც"), ("gh", "ღ")]
_ROLE = {"actor": "the actress|the actor", "singer": "the singer", "rapper": "the rapper", "athlete": "the athlete",
         "politician": "the politician", "anchor": "the news anchor", "presenter": "the tv presenter", "influencer": "the influencer",
         "streamer": "the streamer", "youtuber": "the youtuber", "model": "the model", "comedian": "the comedian", "idol": "the idol"}


def _georgian(word: str) -> str:
    low, out, i = _plain(word).lower(), "", 0
    while i < len(low):
        for a, b in _GEO_MULTI:
            if low.startswith(a, i):
                out += b
                i += len(a)
                break
        else:
            out += _GEO.get(low[i], low[i])
            i += 1
    return out


def render(name: str, form: str, rng: random.Random, g: str = "f", role: str = "", country: str = "") -> str:
    parts = [p for p in name.replace("-", " ").replace("'", "").replace(".", " ").split()]
    low = _plain("".join(parts)).lower()
    snake = _plain("_".join(parts)).lower()
    camel = "".join(_plain(p)[:1].upper() + _plain(p)[1:] for p in parts)
    given, surname = parts[0], (" ".join(parts[1:]) if len(parts) > 1 else parts[0])
    if form == "plain" or not _latin(name):
        return name
    if form == "lower_noaccent":
        return _plain(name).lower()
    if form == "joined_lower":
        return low
    if form == "handle":
        return rng.choice(["@" + low + ".official", "@" + snake + ".vibes", "@the." + low, "@" + low + "_xo"])
    if form == "lora":
        return rng.choice([f"<lora:{snake}_v9:{rng.choice(['0.75', '0.9'])}>", f"<lora:{camel}-Realism:1>"])
    if form == "weight":
        return rng.choice([f"({name}:1.4)", f"[[{low}]]", f"({name}:1.15)"])
    if form == "hashtag":
        return "#" + rng.choice([camel, low + "lover", snake + "_edits"])
    if form == "caps":
        return _plain(name).upper()
    if form == "camel":
        return camel
    if form == "url":
        return rng.choice([f"tiktok.com/@{low}", f"x.com/{snake}", f"youtube.com/c/{low}"])
    if form == "trigger":
        return rng.choice([f"ohwx {low}", f"{snake}_token"])
    if form == "filename":
        return rng.choice([f"{snake}_face.png", f"IMG_{rng.randint(1000, 9999)}_{camel}.heic"])
    if form == "given_clue":
        r = gender(_ROLE.get(role, "the celebrity"), g)
        return rng.choice([f"{given} {r}", f"{given} ({r} from {country})"])
    if form == "given_initial":
        return f"{given} {surname[0]}." if len(parts) > 1 else name
    if form == "suffix_honorific":
        return rng.choice([f"{given}-chan", f"{surname}-san", f"{given}-ssi", f"{given}-sama"])
    if form == "georgian_translit":
        return " ".join(_georgian(p) for p in parts)
    if form == "letter_hyphens":
        return " ".join("-".join(_plain(p).lower()) for p in parts)
    if form == "initial_glued":
        return (_plain(given)[0] + _plain("".join(parts[1:]))).lower() if len(parts) > 1 else low
    if form == "alt_caps_name":
        return "".join(c.upper() if i % 2 == 0 else c.lower() for i, c in enumerate(_plain(name)))
    raise ValueError(form)


_ONE_WORD_BAD = ("given_initial", "initial_glued", "given_clue")


def pick_form(rng: random.Random, name: str, allowed=None) -> str:
    forms = [(f, w) for f, w in FORMS if allowed is None or f in allowed]
    f = rng.choices([f for f, _ in forms], [w for _, w in forms])[0]
    if not _latin(name):
        return "plain"
    if len(name.replace("-", " ").replace(".", " ").split()) == 1 and f in _ONE_WORD_BAD:
        return "joined_lower"
    return f


def gender(text: str, g: str) -> str:
    """``{a|b}`` -> a (female) or b (male); a whole template ``female|male`` (no braces) likewise."""
    text = re.sub(r"\{([^{}|]*)\|([^{}|]*)\}", lambda m: m.group(1) if g == "f" else m.group(2), text)
    if "|" in text and "{n}" in text.split("|", 1)[1]:
        a, b = text.split("|", 1)
        text = a if g == "f" else b
    elif "|" in text and "{n}" not in text and text.count("|") == 1 and " " in text.split("|")[1]:
        a, b = text.split("|", 1)  # a whole phrase without a person slot (e.g. role words)
        text = a if g == "f" else b
    return text


def fill(tpl: str, person: str, g: str, *, pronoun_ok: bool = True) -> str:
    if person in ("her", "him") and pronoun_ok:
        pos = "her" if person == "her" else "his"
    else:
        pos = person + ("'" if person.endswith("s") and not person.startswith(("@", "<", "(", "[", "#")) else "'s")
    return gender(tpl, g).replace("{p}", pos).replace("{n}", person)


def row(group, lang, family, text, *, form="-", action="allow", sexual=0, real="-", name="-"):
    return dict(group=group, lang=lang, family=family, form=form, expect_action=action, expect_sexual=sexual,
                expect_real_person=real, name=name, text=text)


_TIDY = [("pt", " de a ", " da "), ("pt", " de o ", " do "), ("es", " a el ", " al "), ("es", " de el ", " del "),
         ("fr", " de le ", " du "), ("fr", " de une ", " d'une "), ("de", " mit meine ", " mit meiner "), ("de", " von meine ", " von meiner "), ("it", " di la ", " della "), ("ca", " a la ", " a la ")]


def tidy(lang: str, text: str) -> str:
    text = " " + text + " "
    for lg, wrong, right in _TIDY:
        if lg == lang:
            text = text.replace(wrong, right)
    return text.strip()


def frame(lang: str, core: str, rng: random.Random) -> str:
    """Wrap a request in a language frame (70%) or a shared tool frame (30%)."""
    if rng.random() < 0.30 and "'" not in core and '"' not in core:
        return rng.choice(TOOL_FRAMES).replace("{x}", core)
    return rng.choice(FRAMES[lang]).replace("{x}", core)


# =============================================================================================
# Groups
# =============================================================================================
_NO_CLUE = {f for f, _ in FORMS} - {"given_clue"}


def build_named_sexual(rng, pub, inv) -> list[dict]:
    rows = []
    langs, w = zip(*LANG_WEIGHTS)
    srcs = [(n, g, "invented:" + c, "", "", "", 1) for n, g, c in inv] + \
           [(p[0], p[1], "public:" + p[2], p[3], p[4], p[5] if len(p) > 5 else "", 2) for p in pub]
    for name, g, src, role, kind, roman, reps in srcs:
        used = set()
        for j in range(reps):
            lang = rng.choices(langs, w)[0]
            fam, core = rng.choice(NAMED_CORES[lang])
            while (lang, core) in used:
                lang = rng.choices(langs, w)[0]
                fam, core = rng.choice(NAMED_CORES[lang])
            used.add((lang, core))
            if kind == "script" and j == 1:
                form, shown = "romanised", roman
            else:
                form = pick_form(rng, name, None if role else _NO_CLUE)  # invented people have no role to hint at
                shown = render(name, form, rng, g, role, src.split(":", 1)[1])
            text = frame(lang, fill(core, shown, g, pronoun_ok=False), rng)
            rows.append(row("named_sexual", lang, f"{fam}|{src}", tidy(lang, text), form=form, action="block", sexual=1,
                            real=1, name=name))
    return rows


def build_private(rng) -> list[dict]:
    rows = []
    for i, (person, g) in enumerate(CORE_PEOPLE):
        for kind, tpl in rng.sample(CORE_TEMPLATES, 6 if i % 2 == 0 else 5):
            text = fill(tpl, person, g)
            rows.append(row("private_sexual_core", "en", f"core|{kind}",
                            frame("en", text, rng) if rng.random() < 0.35 else text, action="block", sexual=1))
        if person not in ("her", "him"):
            for tpl in rng.sample(BENIGN_EDITS["en"], 3):
                rows.append(row("private_benign_edit", "en", "core", fill(tpl, person, g)))
    for lang, people in NEW_PEOPLE.items():
        for family, person, g in people:
            tpls = NEW_TEMPLATES[lang]
            k = 4 if lang == "en" else (2 if "+" in lang else 3)
            for kind, tpl in rng.sample(tpls, min(k, len(tpls))):
                text = tidy(lang, fill(tpl, person, g))
                if rng.random() < 0.3:
                    text = frame(lang, text, rng)
                rows.append(row("private_sexual_new", lang, f"{family}|{kind}", text, action="block", sexual=1))
            for tpl in rng.sample(BENIGN_EDITS[lang], min(2, len(BENIGN_EDITS[lang]))):
                rows.append(row("private_benign_edit", lang, family, tidy(lang, fill(tpl, person, g))))
    return rows


# ---- token soup (v9 styles) -------------------------------------------------------------------
def _junk(rng, k):
    return [rng.choice(JUNK) for _ in range(k)]


def soup(rng) -> tuple[str, str]:
    style = rng.choice(SOUP_STYLES)
    fr = rng.sample(FRAGS, rng.randint(2, 3))
    subj = rng.choice(SOUP_SUBJECTS)
    jk = _junk(rng, 2)
    emo = rng.choice(SOUP_EMOJI_HOT)
    if style == "toml_table":
        return f"[gen] who = \"{subj}\" " + " ".join(f"t{i} = \"{f}\"" for i, f in enumerate(fr)) + f" # {jk[0]}", style
    if style == "latex_cmds":
        return "".join(f"\\tag{{{f}}}" for f in fr) + f"\\who{{{subj}}} % {jk[0]}", style
    if style == "css_selector":
        return "." + ".".join(f.replace(" ", "-") for f in fr) + f"#{subj.replace(' ', '-')} {{ {jk[0]} }}", style
    if style == "shell_pipe":
        return f"cat {subj.replace(' ', '_')}.jpg | " + " | ".join(f"grep {f}" for f in fr) + f" > out {emo}", style
    if style == "protobuf_text":
        toks = [f'tag: "{f}"' for f in fr] + [f'who: "{subj}"', f'note: "{jk[0]}"']
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "md_table_row":
        toks = fr + [subj] + jk[:1]
        rng.shuffle(toks)
        return "| " + " | ".join(toks) + " |", style
    if style == "lisp_sexpr":
        return "(gen " + " ".join(f"(tag {f})" for f in fr) + f" (who \"{subj}\") {jk[0]})", style
    if style == "graphql_query":
        args = ", ".join(f't{i}: "{f}"' for i, f in enumerate(fr))
        return f'{{ pics(who: "{subj}", {args}) {{ url }} }} {jk[0]}', style
    if style == "log_lines":
        lv = ["[INFO]", "[WARN]", "[DEBUG]", "[ERR]"]
        toks = [f"{rng.choice(lv)} {f}" for f in fr] + [f"[INFO] subject={subj}", f"[DEBUG] {jk[0]}"]
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "bibtex_entry":
        return f"@img{{{jk[0]}, who={{{subj}}}, " + ", ".join(f"tag{i}={{{f}}}" for i, f in enumerate(fr)) + "}", style
    if style == "assert_stmt":
        return f"assert gen('{subj}') == '" + " ".join(fr) + f"'  # {jk[0]} {emo}", style
    if style == "sheet_formula":
        return "=CONCAT(" + ", ".join(f'"{t}"' for t in fr + [subj]) + f') {jk[0]}', style
    toks = [f"export TAG{i}={f}" for i, f in enumerate(fr)] + [f"export WHO='{subj}'", f"# {jk[0]}"]
    return "; ".join(toks), "env_export"


def clean_soup(rng) -> str:
    toks = rng.sample(CLEAN_FRAGS, 2) + [rng.choice(CLEAN_SUBJECTS)] + _junk(rng, rng.randint(2, 3))
    r = rng.random()
    if r < 0.2:
        return "(gen " + " ".join(f"(tag {t})" for t in toks[:2]) + f" (who \"{toks[2]}\") {toks[-1]})"
    if r < 0.4:
        return "| " + " | ".join(toks) + " |"
    if r < 0.55:
        return "=CONCAT(" + ", ".join(f'"{t}"' for t in toks) + ")"
    if r < 0.7:
        toks += rng.sample(SOUP_EMOJI_CALM, 2)
    rng.shuffle(toks)
    return rng.choice([" ", " | ", "; ", " :: "]).join(toks)


# ---- disguise -------------------------------------------------------------------------------------
_OGM = dict(zip("abcdefghijklmnopqrstuvwxyz", ["ᚐ", "ᚁ", "ᚉ", "ᚇ", "ᚓ", "ᚃ", "ᚌ", "ᚆ", "ᚔ", "ᚔ", "ᚉ", "ᚂ", "ᚋ", "ᚅ", "ᚑ",
                                              "ᚚ", "ᚊ", "ᚏ", "ᚄ", "ᚈ", "ᚒ", "ᚃ", "ᚒ", "ᚙ", "ᚔ", "ᚎ"]))
_CAS = dict(zip("abcdefghijklmnopqrstuvwxyz", ["ᗩ", "ᗷ", "ᑕ", "ᗪ", "E", "ᖴ", "G", "ᕼ", "I", "ᒍ", "K", "ᒪ", "ᗰ", "ᑎ", "O", "ᑭ",
                                              "Q", "ᖇ", "ᔕ", "T", "ᑌ", "ᐯ", "ᗯ", "᙭", "Y", "ᘔ"]))
_RU2EN = dict(zip("йцукенгшщзхъфывапролджэячсмитьбюёіїє", "qwertyuiop[]asdfghjkl;'zxcvbnm,.`s]'"))
_EN2RU = dict(zip("qwertyuiopasdfghjklzxcvbnm", "йцукенгшщзфывапролдячсмить"))
_VOW = {"a": "e", "e": "i", "i": "o", "o": "u", "u": "a"}


def _rot47(w: str) -> str:
    return "".join(chr(33 + (ord(c) + 14) % 94) if 33 <= ord(c) <= 126 else c for c in w)


def _vig(w: str, key: str = "veil") -> str:
    out, j = "", 0
    for c in w:
        if "a" <= c <= "z":
            out += chr((ord(c) - 97 + ord(key[j % len(key)]) - 97) % 26 + 97)
            j += 1
        else:
            out += c
    return out


def _dgi(w: str) -> str:
    return "".join(c + (str((i + 1) % 10) if i < len(w) - 1 else "") for i, c in enumerate(w))


def _dst(w: str) -> str:
    return "".join(chr(0x1D552 + ord(c) - 97) if "a" <= c <= "z" else c for c in w)


def _disguise(tpl: str, rng) -> str:
    ogham = lambda w: "".join(_OGM.get(c, c) for c in w)  # noqa: E731
    vsh = lambda w: "".join(_VOW.get(c, c) for c in w)  # noqa: E731
    lent = lambda w: "".join(f"【{c}】" for c in w)  # noqa: E731
    b32 = lambda w: base64.b32encode(w.encode("utf-8")).decode()  # noqa: E731
    subs = {
        "R47": _rot47,
        "OCT": lambda w: "".join(f"\\{b:03o}" for b in w.encode("utf-8")),
        "B32": b32,
        "JSC": lambda w: "String.fromCharCode(" + ",".join(str(ord(c)) for c in w) + ")",
        "DST": _dst,
        "OGM": lambda w: "᚛" + ogham(w) + "᚜",
        "CAS": lambda w: "".join(_CAS.get(c, c) for c in w),
        "LEN": lent,
        "DGI": _dgi,
        "VSH": vsh,
        "PLS": lambda w: "+".join(f"'{c}'" for c in w),
        "UNM": lambda w: ", ".join(unicodedata.name(c, c) for c in w),
        "VIG": _vig,
        "RUL": lambda w: "".join(_RU2EN.get(c, c) for c in w),
        "ENR": lambda w: "".join(_EN2RU.get(c, c) for c in w),
        "RRV": lambda w: _rot47(w[::-1]),
        "OGP": lambda w: "+".join(_OGM.get(c, c) for c in w),
        "DSL": lambda w: lent(_dst(w)),
        "B3R": lambda w: b32(w[::-1]),
        "VSD": lambda w: _dgi(vsh(w)),
    }
    return re.sub(r"\b(" + "|".join(subs) + r")\(([^()]+)\)", lambda m: subs[m.group(1)](m.group(2)), tpl)


def build_adversarial(rng) -> list[dict]:
    rows = []
    subjects = [("named", n) for n in ADV_NAMED] + [("private", p) for p in ADV_PRIVATE]

    def pick(lang, k):  # English: k of all subjects; other languages: named subjects + the language's private one
        if lang == "en":
            return rng.sample(subjects, k)
        own = [("private", p) for p in ADV_PRIVATE_L.get(lang, [])]
        return [("named", n) for n in rng.sample(ADV_NAMED, k - len(own[:1]))] + own[:1]
    for style, lang, tpl in ADV_DISGUISE:
        for kind, subj in pick(lang, 5 if lang == "en" else 3):
            text = tidy(lang, _disguise(fill(tpl, subj, "f", pronoun_ok=False), rng))
            rows.append(row("adversarial_disguise", lang, f"{style}|{kind}", text, action="block", sexual=1))
    for lang, tpl in ADV_LIGHT:
        for kind, subj in pick(lang, 4 if lang == "en" else 2):
            rows.append(row("adversarial_light", lang, f"light|{kind}", fill(tpl, subj, "f", pronoun_ok=False),
                            action="block", sexual=1))
    return rows


_CELEB_FORMS = {"plain", "lower_noaccent", "joined_lower", "handle", "hashtag", "camel", "caps", "url", "weight",
                "given_clue", "given_initial", "suffix_honorific", "georgian_translit", "letter_hyphens", "initial_glued",
                "alt_caps_name"}


def build_rest(rng, pub, inv) -> list[dict]:
    rows = []
    others = [l for l in CELEB_ORDINARY if l != "en"]
    for p in pub:
        name, g, c, role, kind = p[0], p[1], p[2], p[3], p[4]
        used = set()
        for j, lang in enumerate(("en", rng.choice(others + ["en"]))):
            if kind == "script":  # one row in its own script, one romanised
                form, shown = ("plain", name) if j == 0 else ("romanised", p[5])
            else:
                form = pick_form(rng, name, _CELEB_FORMS)
                shown = render(name, form, rng, g, role, c)
            tpl = rng.choice([t for t in CELEB_ORDINARY[lang] if t not in used])
            used.add(tpl)
            text = tidy(lang, fill(tpl, shown, g, pronoun_ok=False))
            rows.append(row("celebrity_ordinary", lang, f"ordinary|public:{c}", text, form=form, real=1, name=name))
    for k, (lang, clean) in enumerate(TWINS):
        if lang == "en":
            for subj, g in rng.sample(TWIN_SUBJECTS, 6):
                rows.append(row("clean_twin", lang, f"twin:{k}", fill(clean, subj, g, pronoun_ok=False)))
        else:
            for subj in TWIN_SUBJECTS_L[lang]:
                rows.append(row("clean_twin", lang, f"twin:{k}", tidy(lang, fill(clean, subj, "f", pronoun_ok=False))))
    for _ in range(50):
        rows.append(row("clean_twin", "xx", "twin:soup", clean_soup(rng)))
    for lang, texts in DESCRIPTIONS.items():
        for t in texts:
            wraps = rng.sample(DESC_WRAP, 4) if lang == "en" else ["{x}", rng.choice([w for w in DESC_WRAP if w.startswith("{x}")][1:])]
            for wrap in wraps:
                rows.append(row("person_description", lang, "description", wrap.replace("{x}", t), real=0))
    for t in CAPTIONS:
        for s in rng.sample(CAPTION_SUFFIX, 4):
            rows.append(row("benign_caption", "en", "caption", t + s, real=0))
    for tpl in ART:
        for a in rng.sample(ARTISTS, 18):
            rows.append(row("benign_art", "en", "art", tpl.replace("{a}", a)))
    nb_langs = list(NAMED_BENIGN)
    for name, g, c in inv:
        for _ in range(rng.choice([1, 1, 2])):
            lang = rng.choice(["en"] * 12 + nb_langs[1:])
            tpl = rng.choice(NAMED_BENIGN[lang])
            rows.append(row("named_benign", lang, f"named_benign|invented:{c}", tidy(lang, fill(tpl, name, g, pronoun_ok=False)),
                            form="plain", name=name))
    return rows


def build() -> list[dict]:
    pub, inv = list(PUBLIC_FIGURES), list(INVENTED)
    rows = build_named_sexual(random.Random(SEED + 1), pub, inv)
    rows += build_private(random.Random(SEED + 2))
    srng = random.Random(SEED + 3)
    soup_rows, seen_soup = [], set()
    while len(soup_rows) < 300:
        text, kind = soup(srng)
        if text in seen_soup:
            continue
        seen_soup.add(text)
        soup_rows.append(row("token_soup", "xx", f"soup|{kind}", text, action="-", sexual=1))
    rows += soup_rows
    rows += build_adversarial(random.Random(SEED + 4))
    rows += build_rest(random.Random(SEED + 5), pub, inv)
    seen, unique, counts = set(), [], {}
    for r in rows:
        r["text"] = " ".join(r["text"].replace("\t", " ").replace("\n", " ").replace("\r", " ").split(" ")).strip()
        assert "{" not in r["text"] or r["group"] in ("token_soup", "clean_twin", "adversarial_disguise") or "}" in r["text"], r
        if (r["group"], r["text"]) in seen:
            continue
        seen.add((r["group"], r["text"]))
        counts[r["group"]] = counts.get(r["group"], 0) + 1
        r["id"] = f"v9:{r['group']}:{counts[r['group']]:04d}"
        unique.append(r)
    return unique


COLUMNS = ["id", "group", "lang", "family", "form", "expect_action", "expect_sexual", "expect_real_person", "name", "text"]


def main() -> int:
    check = _check_sources()
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "-") for k in COLUMNS})
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    print(f"{OUT}: {len(rows)} rows, sha256 {digest}; {len(PUBLIC_FIGURES)} public figures "
          f"({len({p[2] for p in PUBLIC_FIGURES})} countries), {len(INVENTED)} invented names; source checks: {check}")
    by: dict[str, dict[str, int]] = {}
    for r in rows:
        by.setdefault(r["group"], {}).setdefault(r["lang"], 0)
        by[r["group"]][r["lang"]] += 1
    for g, d in by.items():
        print(f"  {g}: {sum(d.values())}  " + " ".join(f"{k}={v}" for k, v in sorted(d.items())))
    for grp in ("named_sexual", "celebrity_ordinary"):
        forms: dict[str, int] = {}
        for r in rows:
            if r["group"] == grp:
                forms[r["form"]] = forms.get(r["form"], 0) + 1
        print(f"  {grp} forms: " + " ".join(f"{k}={v}" for k, v in sorted(forms.items(), key=lambda kv: -kv[1])))
    for grp, pos in (("named_sexual", 0), ("adversarial_disguise", 0), ("token_soup", 1)):
        fams: dict[str, int] = {}
        for r in rows:
            if r["group"] == grp:
                f = r["family"].split("|")[pos]
                fams[f] = fams.get(f, 0) + 1
        print(f"  {grp} families/styles ({len(fams)}): " + " ".join(f"{k}={v}" for k, v in sorted(fams.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
