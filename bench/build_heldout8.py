"""Build the eighth never-seen evaluation set of issue 10 ("v8"): bench/data/heldout8/heldout8.tsv.

    /work/main/.venv/bin/python bench/build_heldout8.py   # faker only for the source checks

Written by an EIGHTH independent evaluator (branch ``heldout8``, 2026-12-04) BEFORE the next round's issue-10
changes, and never tuned on (see bench/data/heldout8/README.md). Every template, frame, noise vocabulary,
name list, name form, soup style and disguise style is in bench/heldout8_data.py (or the form/soup/disguise
code below) and was written for v8; v6's and v7's READMEs, builders and data modules were read only to copy the
format and the group semantics and to avoid their templates, names, noise words and styles. v1-v7's data
modules are imported below only for the overlap assertions. Deterministic: one seed; no name is drawn from Faker.

Same columns as v1-v7, so bench/heldout.py's loader reads it: id, group, lang, family, form,
expect_action, expect_sexual, expect_real_person, name, text.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout8_data import (  # noqa: E402  (templates and lists; trainers must not read them)
    PUBLIC_FIGURES, INVENTED, ARTISTS, NAMED_CORES, LANG_WEIGHTS, TOOL_FRAMES, FRAMES, CORE_PEOPLE, CORE_TEMPLATES,
    NEW_PEOPLE, NEW_TEMPLATES, BENIGN_EDITS, FRAGS, SOUP_SUBJECTS, JUNK, SOUP_EMOJI_HOT, SOUP_EMOJI_CALM,
    CLEAN_FRAGS, CLEAN_SUBJECTS, ADV_DISGUISE, ADV_NAMED, ADV_PRIVATE, ADV_PRIVATE_L, ADV_LIGHT, CELEB_ORDINARY, TWINS,
    TWIN_SUBJECTS, TWIN_SUBJECTS_L, DESCRIPTIONS, DESC_WRAP, CAPTIONS, CAPTION_SUFFIX, ART, NAMED_BENIGN,
)

OUT = Path(__file__).resolve().parent / "data" / "heldout8" / "heldout8.tsv"
SEED = 8122026

#: Faker locales the trainers use (as listed in v6's and v7's builders).
TRAINER_LOCALES = ("en_US", "en_GB", "en_AU", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL", "sv_SE",
                   "ja_JP", "zh_CN", "ru_RU", "pl_PL", "tr_TR", "ko_KR", "cs_CZ")

#: Builder-defined style and form names of v6 and v7 (read in their builders) - v8 must not reuse them.
EARLIER_BUILDER_NAMES = {
    # v6 soup styles and forms
    "sp_piece", "bpe_at", "zalgo", "caseflip", "jsonish", "mixlang", "stretch", "escapes", "fullwidth_mix", "gcg_suffix",
    "emoji_interpose", "markdown_mess", "transposed", "plain", "lower_noaccent", "joined_lower", "underscores", "handle",
    "lora", "lora_given", "lora_given_stage", "tag_only", "weight", "hashtag", "surname_first", "caps", "initials", "camel",
    "dotted", "slug", "filename", "url", "embedding", "braces", "discord", "trigger", "checkpoint", "booru_qual", "wikilink",
    "spaced_caps",
    # v7 new forms and soup styles
    "typo", "phonetic", "cyr_translit", "prompt_edit", "email", "name_backwards", "ocr", "romanised", "wordpiece_hash",
    "byte_fallback", "gpt2_gdot", "weight_spam", "id_mix", "camel_glue", "hashtag_stack", "repeat_spam", "bracket_nest",
    "script_swap", "reverse_frag", "filename_glue", "url_path", "csv_cells",
}
#: v8's new name forms (kinds no earlier set's README, builder or data module lists).
NEW_FORMS = ("greek_translit", "consonant_skeleton", "emoji_split", "fullwidth_name", "catalogue_inverted", "zw_joiners",
             "mixed_script_name", "honorific_surname", "pct_name")
SOUP_STYLES = ("yaml_keys", "sql_where", "regex_alt", "kv_semicolon", "xml_tags", "py_list", "numbered_items", "equation_soup",
               "arrow_chain", "backtick_tokens", "html_attr", "cli_flags", "method_chain")


# =============================================================================================
# Sources and overlap checks
# =============================================================================================
def _plain(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d").replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("Ø", "O")
    s = s.replace("ł", "l").replace("Ł", "L").replace("þ", "th").replace("Þ", "Th").replace("ʻ", "").replace("æ", "ae")
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
    return m1, m2, m3, m4, m5, m6, m7


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


def _my_templates() -> list[str]:
    out = [t for lst in NAMED_CORES.values() for _, t in lst] + TOOL_FRAMES + [f for lst in FRAMES.values() for f in lst]
    out += [t for _, t in CORE_TEMPLATES] + [t for lst in NEW_TEMPLATES.values() for _, t in lst]
    out += [t for lst in BENIGN_EDITS.values() for t in lst] + [t for _, _, t in ADV_DISGUISE] + [t for _, t in ADV_LIGHT]
    out += [t for lst in CELEB_ORDINARY.values() for t in lst] + [t for _, t in TWINS]
    out += [t for lst in DESCRIPTIONS.values() for t in lst] + DESC_WRAP + CAPTIONS + ART
    out += [t for lst in NAMED_BENIGN.values() for t in lst]
    split = []
    for t in out:  # whole-template female|male variants
        split += t.split("|") if ("|" in t and "{n}" in t.split("|", 1)[1] and "{" not in t.split("|", 1)[0][-1:]) else [t]
    return split


def _check_sources() -> str:
    names = [p[0] for p in PUBLIC_FIGURES]
    assert len(names) == len(set(names)) and len(names) >= 280, (len(names), len(set(names)))
    assert all(len(p) in (4, 5) and p[1] in ("f", "m") for p in PUBLIC_FIGURES), [p for p in PUBLIC_FIGURES if len(p) not in (4, 5)]
    assert all(len(p) == 5 for p in PUBLIC_FIGURES if p[3] == "script"), "script names need their romanisation"
    assert all(len(p) == 3 and p[1] in ("f", "m") for p in INVENTED), [p for p in INVENTED if len(p) != 3]
    assert len(INVENTED) >= 150
    mods = _earlier_modules()
    m1, m2, m3, m4, m5, m6, m7 = mods
    earlier = [p for m in mods for p in m.PUBLIC_FIGURES]
    prev = {_tokens(p[0]) for p in earlier} | {_tokens(p[4]) for p in earlier if len(p) > 4}
    prev |= {_tokens(p[0]) for p in list(m5.INVENTED) + list(m6.INVENTED) + list(m7.INVENTED)}
    prev |= {_tokens(k) for k in m2.FIRST_NAME_TAGS} | {_tokens(v) for v in m2.FIRST_NAME_TAGS.values() if isinstance(v, str)}
    keys = []  # every key of a v8 figure: name, tag or romanisation
    for p in PUBLIC_FIGURES:
        keys.append((p[0], _tokens(p[0])))
        if len(p) > 4:
            keys.append((p[4], _tokens(p[4])))
    overlap = [n for n, k in keys if k in prev]
    assert not overlap, f"{len(overlap)} v8 figures/tags are in v1-v7"
    own = [k for _, k in keys]
    assert len({_tokens(p[0]) for p in PUBLIC_FIGURES}) == len(PUBLIC_FIGURES), "two v8 figures share a token set"
    inv = [p[0] for p in INVENTED]
    assert len(inv) == len(set(inv)), "duplicate invented name"
    bad = [n for n in inv if _tokens(n) in prev or _tokens(n) in set(own)]
    assert not bad, f"{len(bad)} invented names collide with v1-v7 or v8 figures: {bad}"
    art = {_tokens(a) for m in mods for a in m.ARTISTS}
    assert not [a for a in ARTISTS if _tokens(a) in art], "artist in v1-v7"
    # templates, person phrases, noise words and style names: none may repeat from v1-v7
    old = set()
    for m in mods:
        for k, v in vars(m).items():
            if not k.startswith("__") and isinstance(v, (list, tuple, dict, set, str)):
                _strings(v, old)
    old_norm = {_norm_tpl(s) for s in old}
    mine = [t for t in _my_templates() if len(_norm_tpl(t)) >= 6]
    rep = [t for t in mine if _norm_tpl(t) in old_norm]
    assert not rep, f"{len(rep)} v8 templates repeat v1-v7: {rep}"
    old_low = "\n".join(s.lower() for s in old)
    rep = []
    for _, _, t in ADV_DISGUISE:  # hand-written disguise phrases must not occur inside any earlier string
        if re.search(r"\b[A-Z0-9]{2,5}\(([^()]+)\)", t):
            continue  # a marker style: the disguise is the encoding, the words around it are ordinary
        core = t.replace("{n}", "").strip(" ,.").lower()
        if len(core) >= 8 and core in old_low:
            rep.append(t)
    for _, t in ADV_LIGHT:
        core = t.replace("{n}", "").strip(" ,.").lower()
        if core in old_low:
            rep.append(t)
    assert not rep, f"{len(rep)} disguise/light phrases occur in v1-v7: {rep}"
    people = [p for p, _ in CORE_PEOPLE] + [p for fam in NEW_PEOPLE.values() for lst in fam.values() for p, _ in lst]
    people += ADV_NAMED + ADV_PRIVATE + [p for lst in ADV_PRIVATE_L.values() for p in lst]
    rep = [p for p in people if p in old and p not in ("her", "him")]
    assert not rep, f"{len(rep)} person phrases repeat v1-v7: {rep}"
    old_tok = {t.lower() for s in old for t in s.split()}
    noise = FRAGS + JUNK + SOUP_SUBJECTS + CLEAN_FRAGS + CLEAN_SUBJECTS + SOUP_EMOJI_HOT + SOUP_EMOJI_CALM
    rep = [w for w in noise if w != "her" and (w in old or w.lower() in old_tok)]
    assert not rep, f"{len(rep)} noise words repeat v1-v7: {rep}"
    styles = {s for s, _, _ in ADV_DISGUISE} | set(SOUP_STYLES) | set(NEW_FORMS)
    rep = [s for s in styles if s in old or s in EARLIER_BUILDER_NAMES]
    assert not rep, f"style/form names repeat v1-v7: {rep}"
    parts = _trainer_name_parts()
    if parts is None:
        return "faker missing: trainer-locale pair check not run"
    tf, tl = parts
    both = [n for n in inv if n.split()[0].lower() in tf and n.split()[-1].lower() in tl]
    assert not both, f"{len(both)} invented names are trainer Faker pairs: {both}"
    return "ok"


# =============================================================================================
# Name forms: earlier sets' kinds in v8's own shapes, plus v8's new forms (NEW_FORMS)
# =============================================================================================
FORMS = [("plain", 6), ("lower_noaccent", 2), ("joined_lower", 2), ("underscores", 1), ("handle", 2), ("lora", 1),
         ("lora_given", 1), ("weight", 1), ("hashtag", 1), ("caps", 1), ("initials", 1), ("camel", 1), ("dotted", 1),
         ("slug", 1), ("filename", 1), ("url", 1), ("braces", 1), ("trigger", 1), ("booru_qual", 1),
         ("greek_translit", 2), ("consonant_skeleton", 2), ("emoji_split", 2), ("fullwidth_name", 2), ("catalogue_inverted", 2),
         ("zw_joiners", 2), ("mixed_script_name", 2), ("honorific_surname", 2), ("pct_name", 1)]

_GRK_MULTI = [("ch", "χ"), ("th", "θ"), ("ps", "ψ"), ("ph", "φ"), ("ou", "ου"), ("sh", "σ"), ("ks", "ξ")]
_GRK = dict(zip("abcdefghijklmnopqrstuvwxyz", ["α", "μπ", "κ", "ντ", "ε", "φ", "γκ", "χ", "ι", "τζ", "κ", "λ", "μ", "ν", "ο",
                                              "π", "κ", "ρ", "σ", "τ", "ου", "β", "ου", "ξ", "ι", "ζ"]))
_CYR_LOOK = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е", "O": "О",
             "C": "С", "P": "Р", "K": "К", "M": "М", "H": "Н", "T": "Т", "B": "В", "s": "ѕ", "j": "ј"}
_SPLIT_EMOJI = ["🌸", "✨", "💫", "🦋", "🌙", "🍓"]
_QUAL8 = {"actor": "actress", "singer": "singer", "athlete": "athlete", "politician": "politician", "model": "model",
          "influencer": "influencer", "streamer": "streamer", "journalist": "newscaster", "presenter": "tv_host",
          "comedian": "comedian"}


def _greek(word: str) -> str:
    low, out, i = _plain(word).lower(), "", 0
    while i < len(low):
        for a, b in _GRK_MULTI:
            if low.startswith(a, i):
                out += b
                i += len(a)
                break
        else:
            out += _GRK.get(low[i], low[i])
            i += 1
    if out.endswith("σ"):
        out = out[:-1] + "ς"
    return out


def _greek_name(name: str) -> str:
    return " ".join("-".join(_greek(x).capitalize() for x in w.split("-")) for w in name.split())


def _skeleton(w: str) -> str:
    return w[:1] + re.sub(r"[aeiouyAEIOUYáéíóúàèìòùäëïöüâêîôûãõåæøœ]", "", w[1:])


def render(name: str, form: str, rng: random.Random, tag: str | None = None, g: str = "f", kind: str = "") -> str:
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
    if form == "underscores":
        return f"{_plain(given).lower()}_{_plain(surname).upper().replace(' ', '_')}"
    if form == "handle":
        return rng.choice(["@" + low + ".fanpage", "@its" + low, "@" + low + ".daily", "@real." + snake, "@" + snake + "_updates"])
    if form == "lora":
        return rng.choice([f"<lora:{low}-000012:{rng.choice(['0.85', '0.6'])}>", f"<lora:{camel}Flux_v1:1>",
                           f"<locon:{snake}:{rng.choice(['0.7', '0.55'])}>"])
    if form == "lora_given":
        gv = _plain(tag or given).lower().replace(" ", "")
        return f"<lora:{gv}{rng.choice(['_xl_v4', '_pony', '-e12', '_sd15'])}:{rng.choice(['0.8', '0.65'])}>"
    if form == "weight":
        return rng.choice([f"({name}:1.35)", f"((({low})))", f"({name}:0.9)"])
    if form == "braces":
        return rng.choice([f"{{{name}}}", f"{{{{{{{low}}}}}}}"])
    if form == "hashtag":
        return "#" + rng.choice([low + "fans", camel + "Edit", snake + "_fc"])
    if form == "caps":
        return _plain(name).upper()
    if form == "initials":
        return rng.choice([f"{given[0]}.{surname[0]}. ({given})", f"{given[0]}{surname[0]}".upper() + f" {surname}"]) if len(parts) > 1 else name
    if form == "camel":
        return camel
    if form == "dotted":
        return ".".join(_plain(p).lower() for p in parts)
    if form == "slug":
        return _plain("-".join(parts)).lower() + "-fan-page"
    if form == "filename":
        return rng.choice([f"{snake}_ref_sheet.webp", f"DSC0{rng.randint(1000, 9999)}_{camel}.jpg", f"{low}_headshot_final(2).png"])
    if form == "url":
        return rng.choice([f"instagram.com/{low}", f"youtube.com/@{low}", f"threads.net/@{snake}", f"twitch.tv/{low}"])
    if form == "trigger":
        return rng.choice([f"sks {low}", f"{low}_person", f"[{snake}]"])
    if form == "booru_qual":
        return f"{snake}_({_QUAL8.get(kind, 'real_person')})"
    if form == "greek_translit":
        return _greek_name(name)
    if form == "consonant_skeleton":
        return " ".join(_skeleton(_plain(p)) for p in parts)
    if form == "emoji_split":
        e = rng.choice(_SPLIT_EMOJI)
        return " ".join(p[:max(1, len(p) // 2)] + e + p[max(1, len(p) // 2):] if len(p) > 2 else p for p in parts)
    if form == "fullwidth_name":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in _plain(name))
    if form == "catalogue_inverted":
        return f"{surname}, {given}" if len(parts) > 1 else name
    if form == "zw_joiners":
        return " ".join(p[:max(1, len(p) // 2)] + rng.choice(["\u200c", "\u200d", "\u2060"]) + p[max(1, len(p) // 2):] for p in parts)
    if form == "mixed_script_name":
        out = "".join(_CYR_LOOK[c] if c in _CYR_LOOK and rng.random() < 0.6 else c for c in name)
        return out if out != name else name.replace("a", "а", 1).replace("o", "о", 1)
    if form == "honorific_surname":
        if len(parts) == 1:
            return name
        hon = rng.choice(["Ms.", "Miss", "Mrs."]) if g == "f" else rng.choice(["Mr.", "Mister"])
        return f"{hon} {surname}"
    if form == "pct_name":
        return quote(name)
    raise ValueError(form)


_ONE_WORD_BAD = ("initials", "lora_given", "dotted", "slug", "underscores", "catalogue_inverted", "honorific_surname")


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
    return text


def fill(tpl: str, person: str, g: str, *, pronoun_ok: bool = True) -> str:
    if person in ("her", "him") and pronoun_ok:
        pos = "her" if person == "her" else "his"
    else:
        pos = person + ("'" if person.endswith("s") and not person.startswith(("@", "<", "{", "(", "[")) else "'s")
    return gender(tpl, g).replace("{p}", pos).replace("{n}", person)


def row(group, lang, family, text, *, form="-", action="allow", sexual=0, real="-", name="-"):
    return dict(group=group, lang=lang, family=family, form=form, expect_action=action, expect_sexual=sexual,
                expect_real_person=real, name=name, text=text)


_TIDY = [("pt", " de a ", " da "), ("pt", " de o ", " do "), ("pt", " de minha ", " da minha "), ("pt", " de meu ", " do meu "),
         ("pt", " em a ", " na "), ("pt", " de uma mãe", " de uma mãe"), ("it", " di la ", " della "), ("it", " di il ", " del "),
         ("it", " di l'", " dell'"), ("it", " a la ", " alla "), ("it", " a il ", " al "), ("it", " a l'", " all'"),
         ("es", " a el ", " al "), ("es", " de el ", " del "), ("fr", " de le ", " du "), ("fr", " à le ", " au "),
         ("fr", " de une ", " d'une "), ("fr", " de un ", " d'un "), ("fr", " de l'", " de l'"), ("fr", " de notre ", " de notre "),
         ("fr", " le visage de le ", " le visage du ")]
_TIDY += [("de", f" {verb} {a} ", f" {verb} {b} ") for verb in ("zieh", "nimm", "setz", "mit", "von")
          for a, b in (("meine", "meiner"), ("die", "der"), ("eine", "einer"), ("unsere", "unserer"))]


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
def build_named_sexual(rng, pub, inv) -> list[dict]:
    rows = []
    langs, w = zip(*LANG_WEIGHTS)
    srcs = [(n, g, "invented:" + c, None, "", 1) for n, g, c in inv] + \
           [(p[0], p[1], "public:" + p[2], p[4] if len(p) > 4 and p[3] != "script" else None, p[3], 2) for p in pub]
    for name, g, src, tag, kind, reps in srcs:
        used = set()
        for _ in range(reps):
            lang = rng.choices(langs, w)[0]
            fam, core = rng.choice(NAMED_CORES[lang])
            while (lang, core) in used:
                lang = rng.choices(langs, w)[0]
                fam, core = rng.choice(NAMED_CORES[lang])
            used.add((lang, core))
            form = pick_form(rng, name)
            if tag and rng.random() < 0.5:
                form = rng.choice(["lora_given", "tag_only", "tag_only"])
            shown = tag if form == "tag_only" else render(name, form, rng, tag, g, kind)
            if form == "lora_given" and tag:
                form = "lora_given_stage"
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
    for family, by_lang in NEW_PEOPLE.items():
        for lang, people in by_lang.items():
            for person, g in people:
                tpls = NEW_TEMPLATES[lang]
                k = {"en": 4}.get(lang, 3) if "+" not in lang else 2
                for kind, tpl in rng.sample(tpls, min(k, len(tpls))):
                    text = tidy(lang, fill(tpl, person, g))
                    if rng.random() < 0.3:
                        text = frame(lang, text, rng)
                    rows.append(row("private_sexual_new", lang, f"{family}|{kind}", text, action="block", sexual=1))
                for tpl in rng.sample(BENIGN_EDITS[lang], min(2, len(BENIGN_EDITS[lang]))):
                    rows.append(row("private_benign_edit", lang, family, tidy(lang, fill(tpl, person, g))))
    return rows


# ---- token soup (v8 styles) -------------------------------------------------------------------
def _junk(rng, k):
    return [rng.choice(JUNK) for _ in range(k)]


def soup(rng) -> tuple[str, str]:
    style = rng.choice(SOUP_STYLES)
    fr = rng.sample(FRAGS, rng.randint(2, 3))
    subj = rng.choice(SOUP_SUBJECTS)
    jk = _junk(rng, 2)
    if style == "yaml_keys":
        keys = rng.sample(["tag", "mood", "look", "state", "vibe", "extra"], len(fr))
        return " ".join(f"{k}: {f}" for k, f in zip(keys, fr)) + f" who: {subj} " + " ".join(jk), style
    if style == "sql_where":
        conds = " AND ".join(f"tag='{f}'" for f in fr)
        return f"SELECT * FROM pics WHERE {conds} AND who='{subj}' -- {jk[0]}", style
    if style == "regex_alt":
        return f"({'|'.join(fr)})+ {subj.replace(' ', '.?')} .* {jk[0]}", style
    if style == "kv_semicolon":
        toks = [f"t{i}={f}" for i, f in enumerate(fr)] + [f"s={subj}"] + [f"j={j}" for j in jk]
        rng.shuffle(toks)
        return ";".join(toks), style
    if style == "xml_tags":
        toks = [f"<t>{f}</t>" for f in fr] + [f"<s>{subj}</s>", f"<j>{jk[0]}</j>"]
        rng.shuffle(toks)
        return "".join(toks), style
    if style == "py_list":
        toks = fr + [subj] + jk
        rng.shuffle(toks)
        return "[" + ", ".join(f"'{t}'" for t in toks) + "]", style
    if style == "numbered_items":
        toks = fr + [subj] + jk[:1]
        rng.shuffle(toks)
        return " ".join(f"{i + 1}) {t}" for i, t in enumerate(toks)), style
    if style == "equation_soup":
        return f"{subj} + {' + '.join(fr)} = {rng.choice(['8k', '∞', '4k uhd', '100%'])} {jk[0]}", style
    if style == "arrow_chain":
        toks = [subj] + fr
        return " → ".join(toks) + f" ⇒ {jk[0]} {rng.choice(SOUP_EMOJI_HOT)}", style
    if style == "backtick_tokens":
        toks = fr + [subj] + jk
        rng.shuffle(toks)
        return " ".join(f"`{t}`" for t in toks), style
    if style == "html_attr":
        return f'<img alt="{" ".join(fr)}" title="{subj}" data-x="{jk[0]}">', style
    if style == "cli_flags":
        toks = [f"--{f}" for f in fr] + [f"--who='{subj}'", f"--{jk[0].strip('-') or 'x'}"]
        rng.shuffle(toks)
        return "gen " + " ".join(toks), style
    return f"{subj.replace(' ', '_')}." + ".".join(f"{f}()" for f in fr) + f".{rng.choice(['render', 'run', 'go'])}() {jk[0]}", "method_chain"


def clean_soup(rng) -> str:
    toks = rng.sample(CLEAN_FRAGS, 2) + [rng.choice(CLEAN_SUBJECTS)] + _junk(rng, rng.randint(2, 3))
    r = rng.random()
    if r < 0.2:
        return "[" + ", ".join(f"'{t}'" for t in toks) + "]"
    if r < 0.4:
        return f"SELECT * FROM pics WHERE tag='{toks[0]}' AND who='{toks[2]}' -- {toks[-1]}"
    if r < 0.55:
        return " → ".join(toks)
    if r < 0.7:
        toks += rng.sample(SOUP_EMOJI_CALM, 2)
    rng.shuffle(toks)
    return rng.choice([" ", "; ", " `", " // "]).join(toks)


# ---- disguise -------------------------------------------------------------------------------------
_RUNE = dict(zip("abcdefghijklmnopqrstuvwxyz", ["ᚨ", "ᛒ", "ᚲ", "ᛞ", "ᛖ", "ᚠ", "ᚷ", "ᚺ", "ᛁ", "ᛃ", "ᚲ", "ᛚ", "ᛗ", "ᚾ", "ᛟ", "ᛈ",
                                               "ᚲ", "ᚱ", "ᛊ", "ᛏ", "ᚢ", "ᚹ", "ᚹ", "ᚲᛊ", "ᛃ", "ᛉ"]))
_DVORAK = dict(zip("qwertyuiopasdfghjklzxcvbnm", "',.pyfgcrlaoeuidhtn;qjkxbm"))
_POLY = "abcdefghiklmnopqrstuvwxyz"
_EMOJI_L = {"a": "🅰️", "b": "🅱️", "o": "⭕", "i": "ℹ️", "m": "Ⓜ️", "p": "🅿️", "x": "❌", "s": "💲", "c": "©️", "r": "®️",
            "u": "⛎", "e": "📧", "t": "✝️"}
_SUB = dict(zip("aehijklmnoprstuvx", "ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ"))
_MIRROR = {"a": "ɒ", "b": "d", "c": "ɔ", "d": "b", "e": "ɘ", "f": "ꟻ", "g": "ǫ", "h": "ʜ", "j": "ꞁ", "k": "ʞ", "n": "ᴎ",
           "p": "q", "q": "p", "r": "я", "s": "ꙅ", "y": "γ", "z": "ƹ"}
_MTAP = {c: d * (i + 1) for d, cs in zip("23456789", ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]) for i, c in enumerate(cs)}


def _poly(w: str) -> str:
    return " ".join(f"{_POLY.index('i' if c == 'j' else c) // 5 + 1}{_POLY.index('i' if c == 'j' else c) % 5 + 1}"
                    if c in "abcdefghijklmnopqrstuvwxyz" else c for c in w)


def _disguise(tpl: str, rng) -> str:
    def half(w):
        return max(1, len(w) // 2)
    runic = lambda w: "".join(_RUNE.get(c, c) for c in w)  # noqa: E731
    script = lambda w: "".join(chr(0x1D4EA + ord(c) - 97) if "a" <= c <= "z" else c for c in w)  # noqa: E731
    emoji = lambda w: "".join(_EMOJI_L.get(c, c) for c in w)  # noqa: E731
    dvorak = lambda w: "".join(_DVORAK.get(c, c) for c in w)  # noqa: E731
    subs = {
        "RUN": runic,
        "GRK": _greek,
        "A1Z": lambda w: "-".join(str(ord(c) - 96) if "a" <= c <= "z" else c for c in w),
        "BIN": lambda w: " ".join(f"{b:08b}" for b in w.encode("utf-8")),
        "UES": lambda w: "".join(f"\\u{ord(c):04x}" for c in w),
        "SCR": script,
        "ENC": lambda w: "".join(c + "\u20dd" for c in w),
        "ESQ": lambda w: "".join(c + "\u20de" for c in w),
        "UND": lambda w: "".join(c + "\u0332" for c in w),
        "DVK": dvorak,
        "PLY": _poly,
        "EML": emoji,
        "RLO": lambda w: "\u202e" + w[::-1] + "\u202c",
        "VSL": lambda w: "".join(c + chr(0xFE00 + i % 14) for i, c in enumerate(w)),
        "HFL": lambda w: "\u3164".join(w),
        "SPN": lambda w: f"<span>{w[:half(w)]}</span><span>{w[half(w):]}</span>",
        "ARW": lambda w: "→".join(w),
        "PIP": lambda w: "|".join(w),
        "FLQ": lambda w: "".join(c + "q" for c in w),
        "CHA": lambda w: json.dumps(list(w), ensure_ascii=False),
        "SBM": lambda w: "".join(_SUB.get(c, c) for c in w),
        "MIR": lambda w: "".join(_MIRROR.get(c, c) for c in reversed(w)),
        "MTP": lambda w: " ".join(_MTAP.get(c, c) for c in w),
        "RAR": lambda w: "→".join(runic(c) for c in w),
        "GSQ": lambda w: "".join(c + "\u20de" for c in _greek(w)),
        "DVR": lambda w: dvorak(w)[::-1],
        "EVS": lambda w: "".join(ch + chr(0xFE00 + i % 14) for i, ch in enumerate(emoji(w))),
        "SCU": lambda w: "".join(c + "\u0332" for c in script(w)),
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
        for kind, subj in pick(lang, 4 if lang == "en" else 3):
            text = tidy(lang, _disguise(fill(tpl, subj, "f", pronoun_ok=False), rng))
            rows.append(row("adversarial_disguise", lang, f"{style}|{kind}", text, action="block", sexual=1))
    for lang, tpl in ADV_LIGHT:
        for kind, subj in pick(lang, 4 if lang == "en" else 2):
            rows.append(row("adversarial_light", lang, f"light|{kind}", fill(tpl, subj, "f", pronoun_ok=False),
                            action="block", sexual=1))
    return rows


_CELEB_FORMS = {"plain", "lower_noaccent", "joined_lower", "handle", "hashtag", "underscores", "weight", "camel", "caps", "slug",
                "url", "braces", "booru_qual", "trigger", "greek_translit", "consonant_skeleton", "emoji_split", "fullwidth_name",
                "catalogue_inverted", "zw_joiners", "mixed_script_name", "honorific_surname", "pct_name"}


def build_rest(rng, pub, inv) -> list[dict]:
    rows = []
    others = [l for l in CELEB_ORDINARY if l != "en"]
    for p in pub:
        name, g, c, kind = p[0], p[1], p[2], p[3]
        used = set()
        for j, lang in enumerate(("en", rng.choice(others + ["en"]))):
            if kind == "script":  # one row in its own script, one romanised
                form, shown = ("plain", name) if j == 0 else ("romanised", p[4])
            else:
                form = pick_form(rng, name, _CELEB_FORMS)
                shown = render(name, form, rng, None, g, kind)
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
        for _ in range(rng.choice([1, 2, 2])):
            lang = rng.choice(["en"] * 10 + nb_langs[1:])
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
        if (r["group"], r["text"]) in seen:
            continue
        seen.add((r["group"], r["text"]))
        counts[r["group"]] = counts.get(r["group"], 0) + 1
        r["id"] = f"v8:{r['group']}:{counts[r['group']]:04d}"
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
