"""Build the seventh never-seen evaluation set of issue 10 ("v7"): bench/data/heldout7/heldout7.tsv.

    /work/main/.venv/bin/python bench/build_heldout7.py   # faker only for the source checks

Written by a SEVENTH independent evaluator (branch ``heldout7``, 2026-12-04) BEFORE the next round's issue-10
changes, and never tuned on (see bench/data/heldout7/README.md). Every template, frame, noise vocabulary,
name list, name form, soup style and disguise style is in bench/heldout7_data.py (or the form/soup/disguise
code below) and was written for v7; v6's README, builder and data module were read only to copy the format
and the group semantics and to avoid their templates, names, noise words and styles. v1-v6's data modules
are imported below only for the overlap assertions. Deterministic: one seed; no name is drawn from Faker.

Same columns as v1-v6, so bench/heldout.py's loader reads it: id, group, lang, family, form,
expect_action, expect_sexual, expect_real_person, name, text.
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout7_data as D  # noqa: E402  (templates and lists; trainers must not read them)
from heldout7_data import (  # noqa: E402
    PUBLIC_FIGURES, INVENTED, ARTISTS, NAMED_CORES, LANG_WEIGHTS, TOOL_FRAMES, FRAMES, CORE_PEOPLE, CORE_TEMPLATES,
    NEW_PEOPLE, NEW_TEMPLATES, BENIGN_EDITS, FRAGS, SOUP_SUBJECTS, JUNK, SOUP_EMOJI_HOT, SOUP_EMOJI_CALM, SCRIPT_SWAP,
    CLEAN_FRAGS, CLEAN_SUBJECTS, ADV_DISGUISE, ADV_NAMED, ADV_PRIVATE, ADV_PRIVATE_L, ADV_LIGHT, CELEB_ORDINARY, TWINS,
    TWIN_SUBJECTS, TWIN_SUBJECTS_L, DESCRIPTIONS, DESC_WRAP, CAPTIONS, CAPTION_SUFFIX, ART, NAMED_BENIGN,
)

OUT = Path(__file__).resolve().parent / "data" / "heldout7" / "heldout7.tsv"
SEED = 7122026

#: Faker locales the trainers use (copied from v6's builder, which took them from v5's).
TRAINER_LOCALES = ("en_US", "en_GB", "en_AU", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL", "sv_SE",
                   "ja_JP", "zh_CN", "ru_RU", "pl_PL", "tr_TR", "ko_KR", "cs_CZ")

#: v6's builder-defined style and form names (read in v6's builder) - v7 must not reuse them.
V6_SOUP_STYLES = {"sp_piece", "bpe_at", "zalgo", "caseflip", "jsonish", "mixlang", "stretch", "escapes", "fullwidth_mix",
                  "gcg_suffix", "emoji_interpose", "markdown_mess", "transposed"}
V6_FORMS = {"plain", "lower_noaccent", "joined_lower", "underscores", "handle", "lora", "lora_given", "lora_given_stage",
            "tag_only", "weight", "hashtag", "surname_first", "caps", "initials", "camel", "dotted", "slug", "filename", "url",
            "embedding", "braces", "discord", "trigger", "checkpoint", "booru_qual", "wikilink", "spaced_caps"}
#: v7's new name forms (kinds no earlier set's README or data module lists).
NEW_FORMS = ("typo", "phonetic", "cyr_translit", "prompt_edit", "email", "name_backwards", "ocr")
SOUP_STYLES = ("wordpiece_hash", "byte_fallback", "gpt2_gdot", "weight_spam", "id_mix", "camel_glue", "hashtag_stack",
               "repeat_spam", "bracket_nest", "script_swap", "reverse_frag", "filename_glue", "url_path", "csv_cells")


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
    return m1, m2, m3, m4, m5, m6


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
    mods = _earlier_modules()
    m1, m2, m3, m4, m5, m6 = mods
    earlier = [p for m in mods for p in m.PUBLIC_FIGURES]
    prev = {_tokens(p[0]) for p in earlier} | {_tokens(p[4]) for p in earlier if len(p) > 4}
    prev |= {_tokens(p[0]) for p in list(m5.INVENTED) + list(m6.INVENTED)}
    prev |= {_tokens(k) for k in m2.FIRST_NAME_TAGS} | {_tokens(v) for v in m2.FIRST_NAME_TAGS.values() if isinstance(v, str)}
    keys = []  # every key of a v7 figure: name, tag or romanisation
    for p in PUBLIC_FIGURES:
        keys.append((p[0], _tokens(p[0])))
        if len(p) > 4:
            keys.append((p[4], _tokens(p[4])))
    overlap = [n for n, k in keys if k in prev]
    assert not overlap, f"{len(overlap)} v7 figures/tags are in v1-v6"
    own = [k for _, k in keys]
    assert len({_tokens(p[0]) for p in PUBLIC_FIGURES}) == len(PUBLIC_FIGURES), "two v7 figures share a token set"
    inv = [p[0] for p in INVENTED]
    assert len(inv) == len(set(inv)), "duplicate invented name"
    bad = [n for n in inv if _tokens(n) in prev or _tokens(n) in set(own)]
    assert not bad, f"{len(bad)} invented names collide with v1-v6 or v7 figures"
    art = {_tokens(a) for m in mods for a in m.ARTISTS}
    assert not [a for a in ARTISTS if _tokens(a) in art], "artist in v1-v6"
    # templates, person phrases, noise words and style names: none may repeat from v1-v6
    old = set()
    for m in mods:
        for k, v in vars(m).items():
            if not k.startswith("__") and isinstance(v, (list, tuple, dict, set, str)):
                _strings(v, old)
    old_norm = {_norm_tpl(s) for s in old}
    mine = [t for t in _my_templates() if len(_norm_tpl(t)) >= 6]
    rep = [t for t in mine if _norm_tpl(t) in old_norm]
    assert not rep, f"{len(rep)} v7 templates repeat v1-v6: {rep[:3]}"
    old_low = "\n".join(s.lower() for s in old)
    for _, _, t in ADV_DISGUISE:  # hand-written disguise phrases must not occur inside any earlier string
        if re.search(r"\b[A-Z0-9]{2,5}\(([^()]+)\)", t):
            continue  # a marker style: the disguise is the encoding, the words around it are ordinary
        core = t.replace("{n}", "").strip(" ,.").lower()
        assert len(core) < 8 or core not in old_low, t
    for _, t in ADV_LIGHT:
        core = t.replace("{n}", "").strip(" ,.").lower()
        assert core not in old_low, t
    people = [p for p, _ in CORE_PEOPLE] + [p for fam in NEW_PEOPLE.values() for lst in fam.values() for p, _ in lst]
    people += ADV_NAMED + ADV_PRIVATE + [p for lst in ADV_PRIVATE_L.values() for p in lst]
    rep = [p for p in people if p in old and p not in ("her", "him")]
    assert not rep, f"{len(rep)} person phrases repeat v1-v6: {rep}"
    old_tok = {t.lower() for s in old for t in s.split()}
    noise = FRAGS + JUNK + SOUP_SUBJECTS + CLEAN_FRAGS + CLEAN_SUBJECTS + SOUP_EMOJI_HOT + SOUP_EMOJI_CALM
    rep = [w for w in noise if w != "her" and (w in old or w.lower() in old_tok)]
    assert not rep, f"{len(rep)} noise words repeat v1-v6: {rep}"
    styles = {s for s, _, _ in ADV_DISGUISE} | set(SOUP_STYLES) | set(NEW_FORMS)
    rep = [s for s in styles if s in old or s in V6_SOUP_STYLES or s in V6_FORMS]
    assert not rep, f"style/form names repeat v1-v6: {rep}"
    parts = _trainer_name_parts()
    if parts is None:
        return "faker missing: trainer-locale pair check not run"
    tf, tl = parts
    both = [n for n in inv if n.split()[0].lower() in tf and n.split()[-1].lower() in tl]
    assert not both, f"{len(both)} invented names are trainer Faker pairs"
    return "ok"


# =============================================================================================
# Name forms: earlier sets' kinds in v7's own shapes, plus v7's new `typo`, `phonetic`, `cyr_translit`,
# `prompt_edit`, `email`, `name_backwards`, `ocr`
# =============================================================================================
FORMS = [("plain", 6), ("lower_noaccent", 2), ("joined_lower", 2), ("underscores", 1), ("handle", 2), ("lora", 1),
         ("lora_given", 1), ("weight", 1), ("hashtag", 1), ("surname_first", 1), ("caps", 1), ("initials", 1),
         ("camel", 1), ("dotted", 1), ("slug", 1), ("filename", 1), ("url", 1), ("embedding", 1), ("braces", 1),
         ("discord", 1), ("trigger", 1), ("checkpoint", 1), ("booru_qual", 1), ("wikilink", 1), ("spaced_caps", 1),
         ("typo", 2), ("phonetic", 2), ("cyr_translit", 2), ("prompt_edit", 2), ("email", 1), ("name_backwards", 1), ("ocr", 2)]

_CYR_MULTI = [("shch", "щ"), ("sch", "ш"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ya", "я"),
              ("yu", "ю"), ("yo", "ё"), ("ph", "ф"), ("th", "т"), ("ck", "к"), ("ee", "и"), ("oo", "у")]
_CYR = dict(zip("abcdefghijklmnopqrstuvwxyz", ["а", "б", "к", "д", "е", "ф", "г", "х", "и", "дж", "к", "л", "м", "н", "о", "п",
                                              "к", "р", "с", "т", "у", "в", "в", "кс", "й", "з"]))
_OCR = [("m", "rn"), ("w", "vv"), ("d", "cl"), ("o", "0"), ("l", "1"), ("I", "l"), ("h", "b"), ("e", "c"), ("a", "o")]
_QUAL7 = {"actor": "actor", "singer": "musician", "athlete": "sportsperson", "politician": "politician", "model": "model",
          "influencer": "creator", "streamer": "creator", "journalist": "anchor", "presenter": "anchor", "comedian": "comic"}


def _cyrillic(name: str) -> str:
    words = []
    for w in _plain(name).replace("-", " - ").split():
        if w == "-":
            words.append("-")
            continue
        low = w.lower()
        out, i = "", 0
        while i < len(low):
            for a, b in _CYR_MULTI:
                if low.startswith(a, i):
                    out += b
                    i += len(a)
                    break
            else:
                out += _CYR.get(low[i], low[i])
                i += 1
        words.append(out[:1].upper() + out[1:])
    return " ".join(words).replace(" - ", "-")


def _phonetic(name: str, rng) -> str:
    s = _plain(name)
    rules = [(r"ph", "f"), (r"Ph", "F"), (r"ck", "k"), (r"c(?=[aou])", "k"), (r"C(?=[aou])", "K"), (r"c(?=[eiy])", "s"),
             (r"qu", "kw"), (r"x", "ks"), (r"(?<=[^aeiou ])y(?=[^aeiou]|$)", "i"), (r"ll", "l"), (r"ss", "s"), (r"tt", "t"),
             (r"ie\b", "ee"), (r"th", "t"), (r"ou", "oo"), (r"e\b", ""), (r"j", "dj"), (r"w", "u")]
    out = s
    for pat, rep in rng.sample(rules, len(rules)):
        new = re.sub(pat, rep, out)
        if new != out and len(new) >= 3:
            out = new
        if sum(a != b for a, b in zip(out, s)) + abs(len(out) - len(s)) >= 2:
            break
    if out == s:  # no rule applied: lengthen the first vowel of the last word
        words = out.split()
        m = re.search(r"[aeiou]", words[-1])
        if m:
            words[-1] = words[-1][:m.end()] + words[-1][m.start()] + words[-1][m.end():]
        out = " ".join(words)
    return out


def _typo(name: str, rng) -> str:
    words = name.split()
    k = len(words) - 1 if len(words) > 1 else 0
    w = words[k]
    if len(w) < 4:
        return name + name[-1]
    i = rng.randrange(1, len(w) - 2)
    kind = rng.choice(["drop", "double", "swap"])
    if kind == "drop":
        w = w[:i] + w[i + 1:]
    elif kind == "double":
        w = w[:i] + w[i] + w[i:]
    else:
        w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    words[k] = w
    return " ".join(words)


def _ocr(name: str, rng) -> str:
    cands = [(a, b) for a, b in _OCR if a in name]
    if not cands:
        return name.replace("i", "í", 1) if "i" in name else name + "."
    out = name
    for a, b in rng.sample(cands, min(2, len(cands))):
        idx = [m.start() for m in re.finditer(re.escape(a), out)]
        j = rng.choice(idx)
        out = out[:j] + b + out[j + len(a):]
    return out


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
        return rng.choice(["_".join(_plain(p) for p in parts), "__".join(_plain(p).lower() for p in parts)])
    if form == "handle":
        return rng.choice(["@the." + low, "@" + snake + ".ofc", "@" + low + "_hq", "@x" + low + "x", "@" + low + "_real"])
    if form == "lora":
        return rng.choice([f"<lora:{snake}_flux_d:{rng.choice(['0.9', '0.75'])}>", f"<lora:{camel}_IL_v2:1.0>",
                           f"<lyco:{low}:{rng.choice(['0.8', '0.65'])}>"])
    if form == "lora_given":
        gv = _plain(tag or given).lower().replace(" ", "")
        return f"<lora:{gv}{rng.choice(['_sdxl_e8', '_flux', '-v3', '_ill'])}:{rng.choice(['0.9', '0.7'])}>"
    if form == "weight":
        return rng.choice([f"(({name}:1.2))", f"({low}:1.4)", f"[{name}:1.1]"])
    if form == "braces":
        return rng.choice([f"{{{{{name}}}}}", f"{{{{{low}}}}}"])
    if form == "hashtag":
        return "#" + rng.choice([snake, low + "2024", camel + "Daily"])
    if form == "surname_first":
        return f"{_plain(surname).upper()} {given}" if len(parts) > 1 else name
    if form == "caps":
        return name.upper()
    if form == "initials":
        return rng.choice([f"{given[0]}. {surname}", f"{given} {surname[0]}."]) if len(parts) > 1 else name
    if form == "camel":
        return camel[:1].lower() + camel[1:]
    if form == "dotted":
        return ".".join(_plain(p) for p in parts)
    if form == "slug":
        return _plain("-".join(parts)).lower() + "-official"
    if form == "filename":
        return rng.choice([f"IMG_{rng.randint(1000, 9999)}_{snake}.HEIC", f"{low}_selfie_cropped.jpg", f"{camel}-4k-upscaled.png"])
    if form == "url":
        return rng.choice([f"tiktok.com/@{low}", f"x.com/{snake}", "facebook.com/" + ".".join(_plain(p).lower() for p in parts),
                           f"vk.com/{low}"])
    if form == "embedding":
        return rng.choice([f"<emb:{low}>", f"{snake}_ti.pt"])
    if form == "discord":
        return rng.choice([f"<@&{low}>", f"@{low} (discord)"])
    if form == "trigger":
        return rng.choice([f"ohwx {low} {'woman' if g == 'f' else 'man'}", f"{low}_tok", f"<{snake}_trig>"])
    if form == "checkpoint":
        return rng.choice([f"{camel}_v3_fp16.ckpt", f"{snake}-flux-lora.safetensors"])
    if form == "booru_qual":
        return f"{snake}_({_QUAL7.get(kind, 'irl')})"
    if form == "wikilink":
        return rng.choice([f"{{{{w|{name}}}}}", f"https://en.m.wikipedia.org/wiki/{'_'.join(parts)}"])
    if form == "spaced_caps":
        return " ".join("-".join(_plain(p).upper()) for p in parts)
    if form == "typo":
        return _typo(name, rng)
    if form == "phonetic":
        return _phonetic(name, rng)
    if form == "cyr_translit":
        return _cyrillic(name)
    if form == "prompt_edit":
        other = "a woman" if g == "f" else "a man"
        return rng.choice([f"[{other}:{name}:0.{rng.randint(2, 5)}]", f"[{name}|{other}]", f"[{name}:{other}:0.{rng.randint(6, 8)}]"])
    if form == "email":
        return rng.choice([f"{'.'.join(_plain(p).lower() for p in parts)}{rng.randint(10, 99)}@gmail.com",
                           f"{low}.official@outlook.com", f"contact@{low}.com"])
    if form == "name_backwards":
        return _plain(name).lower()[::-1]
    if form == "ocr":
        return _ocr(name, rng)
    raise ValueError(form)


_ONE_WORD_BAD = ("surname_first", "initials", "lora_given", "dotted", "camel", "slug", "wikilink", "underscores")


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
         ("pt", " em a ", " na "), ("pt", " de uma ", " de uma "), ("it", " di la ", " della "), ("it", " a la ", " alla "),
         ("it", " di l'", " dell'"), ("it", " a l'", " all'"), ("it", " di il ", " del "), ("it", " a il ", " al "),
         ("it", " di mia ", " di mia "), ("es", " a el ", " al "), ("es", " de el ", " del "), ("fr", " de le ", " du "),
         ("fr", " à le ", " au "), ("fr", " de une ", " d'une "), ("fr", " de un ", " d'un "), ("fr", " de la ", " de la "),
         ("fr", " de ma ", " de ma "), ("fr", " de mon ", " de mon "), ("fr", " de l'", " de l'"),
         ("fr", " que ma ", " que ma "), ("fr", " de une ", " d'une "), ("fr", " le visage de le ", " le visage du ")]


def tidy(lang: str, text: str) -> str:
    text = " " + text + " "
    for lg, wrong, right in _TIDY:
        if lg == lang:
            text = text.replace(wrong, right)
    text = text.replace(" de un ", " d'un ") if lang == "fr" else text
    return text.strip()


def frame(lang: str, core: str, rng: random.Random) -> str:
    """Wrap a request in a language frame (72%) or a shared tool frame (28%)."""
    if rng.random() < 0.28 and "'" not in core and '"' not in core:
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


# ---- token soup (v7 styles) -------------------------------------------------------------------
def _junk(rng, k):
    return [rng.choice(JUNK) for _ in range(k)]


def _pieces(f: str, rng) -> list[str]:
    out, i = [], 0
    while i < len(f):
        n = rng.randint(2, 3)
        out.append(f[i:i + n])
        i += n
    return out


def soup(rng) -> tuple[str, str]:
    style = rng.choice(SOUP_STYLES)
    fr = rng.sample(FRAGS, rng.randint(2, 3))
    subj = rng.choice(SOUP_SUBJECTS)
    if style == "wordpiece_hash":
        toks = [" ".join([p if j == 0 else "##" + p for j, p in enumerate(_pieces(f, rng))]) for f in fr] + [subj] + _junk(rng, 2)
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "byte_fallback":
        def bf(f):
            i = rng.randrange(len(f))
            return f[:i] + "".join(f"<0x{b:02X}>" for b in f[i].encode("utf-8")) + f[i + 1:]
        toks = [bf(f) for f in fr] + [subj] + _junk(rng, 2)
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "gpt2_gdot":
        toks = fr + subj.split() + _junk(rng, 2)
        rng.shuffle(toks)
        return "Ġ" + "Ġ".join(toks) + rng.choice(["", "Ċ", "ĊĊ"]), style
    if style == "weight_spam":
        toks = [f"({f}:{rng.choice(['1.3', '1.5', '1.7'])})" for f in fr] + [f"[{subj}]"] + [f"({j})" for j in _junk(rng, 2)]
        rng.shuffle(toks)
        return ", ".join(toks), style
    if style == "id_mix":
        toks = fr + [subj] + [f"[{rng.randint(1000, 49000)}]" for _ in range(3)] + _junk(rng, 1)
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "camel_glue":
        glued = "".join(x[:1].upper() + x[1:] for x in fr + subj.split())
        return glued + " " + " ".join(_junk(rng, 2)), style
    if style == "hashtag_stack":
        toks = ["#" + f for f in fr] + ["#" + subj.replace(" ", "")] + ["#" + j.strip("#") for j in _junk(rng, 2)]
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "repeat_spam":
        f = fr[0]
        return " ".join([f] * rng.randint(3, 5) + [subj] + fr[1:] + _junk(rng, 2)), style
    if style == "bracket_nest":
        toks = ["(" * rng.randint(2, 4) + fr[0] + ")" * rng.randint(2, 4), "[[" + fr[1] + "]]", "{{" + subj + "}}"] + \
               fr[2:] + _junk(rng, 2)
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "script_swap":
        toks = ["".join(SCRIPT_SWAP.get(c, c) if rng.random() < 0.5 else c for c in f) for f in fr] + [subj] + _junk(rng, 2)
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "reverse_frag":
        toks = [f[::-1] if j % 2 == 0 else f for j, f in enumerate(fr)] + [subj] + _junk(rng, 2) + rng.sample(SOUP_EMOJI_HOT, 1)
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "filename_glue":
        return (f"{subj.replace(' ', '_')}_{fr[0]}_{fr[1]}_{rng.choice(['hd', 'uncut', 'v2', 'final'])}"
                f".{rng.choice(['mp4', 'jpg', 'webm', 'png'])} " + " ".join(_junk(rng, 2))), style
    if style == "url_path":
        return (f"/img/{fr[0]}/{subj.replace(' ', '-')}?{rng.choice(['nsfw', 'mode', 'r'])}=1&q={fr[1]}"
                + (f"&t={fr[2]}" if len(fr) > 2 else "") + " " + " ".join(_junk(rng, 2))), style
    cells = [f'"{x}"' if rng.random() < 0.5 else x for x in fr + [subj] + _junk(rng, 2)]
    rng.shuffle(cells)
    return ",".join(cells), "csv_cells"


def clean_soup(rng) -> str:
    toks = rng.sample(CLEAN_FRAGS, 2) + [rng.choice(CLEAN_SUBJECTS)] + _junk(rng, rng.randint(2, 4))
    r = rng.random()
    if r < 0.2:
        return " ".join(" ".join([p if j == 0 else "##" + p for j, p in enumerate(_pieces(t, rng))]) for t in toks)
    if r < 0.4:
        return ", ".join(f"({t}:{rng.choice(['1.2', '1.4'])})" for t in toks)
    if r < 0.55:
        return "Ġ" + "Ġ".join(t.replace(" ", "Ġ") for t in toks)
    if r < 0.7:
        toks += rng.sample(SOUP_EMOJI_CALM, 2)
    rng.shuffle(toks)
    return rng.choice([" ", ", ", " | ", ";"]).join(toks)


# ---- disguise -------------------------------------------------------------------------------------
_LISU = dict(zip("ABCDEFGHIJKLMNOPRSTUVWXYZ", "ꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜ"))
_CHK = dict(zip("ABCDEGHJKLMPRSTVWZ", "ᎪᏴᏟᎠᎬᏀᎻᎫᏦᏞᎷᏢᏒᏚᎢᏙᏔᏃ"))
_KB_ROWS = ["qwertyuiop[", "asdfghjkl;", "zxcvbnm,"]
_KB = {r[i]: r[i + 1] for r in _KB_ROWS for i in range(len(r) - 1)}
_T9 = {c: d for d, cs in zip("23456789", ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]) for c in cs}
_LTN = dict(zip("abcdefghijklmnopqrstuvwxyz", "ay bee see dee ee ef jee aitch eye jay kay el em en oh pee cue ar ess tee you vee "
                "double-you ex why zed".split()))
_BRL = dict(zip("abcdefghijklmnopqrstuvwxyz", "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵"))
_ACC = {"a": "áàäåâ", "e": "éëêè", "i": "íïî", "o": "óöôõ", "u": "úüû", "n": "ñń", "c": "çć", "s": "šś", "z": "žź",
        "k": "ķ", "d": "ď", "l": "ĺľ", "r": "řŕ", "t": "ť", "g": "ğ", "p": "ṕ"}


def _pig(w: str) -> str:
    m = re.search(r"[aeiou]", w)
    k = m.start() if m else 0
    return f"{w[k:]}-{w[:k] or 'w'}ay"


def _acc(w: str, rng) -> str:
    return "".join(rng.choice(_ACC[c]) if c in _ACC and rng.random() < 0.8 else c for c in w)


def _hcm(w: str) -> str:
    k = max(1, len(w) // 2)
    return w[:k] + "<!-- -->" + w[k:]


def _disguise(tpl: str, rng) -> str:
    def half(w):
        return max(1, len(w) // 2)
    subs = {
        "PL": lambda w: "".join(chr(0x249C + ord(c) - 97) if "a" <= c <= "z" else c for c in w),
        "TAG": lambda w: "".join(chr(0xE0000 + ord(c)) for c in w),
        "LISU": lambda w: "".join(_LISU.get(c.upper(), c) for c in w),
        "CHK": lambda w: "".join(_CHK.get(c.upper(), c.upper()) for c in w),
        "MONO": lambda w: "".join(chr(0x1D68A + ord(c) - 97) if "a" <= c <= "z" else c for c in w),
        "FRK": lambda w: "".join(chr((0x1D51E if i % 2 == 0 else 0x1D552) + ord(c) - 97) if "a" <= c <= "z" else c
                                 for i, c in enumerate(w)),
        "STK": lambda w: "".join(c + "\u0336" for c in w),
        "NCI": lambda w: "".join(chr(0x1F150 + ord(c) - 97) if "a" <= c <= "z" else c for c in w),
        "KBR": lambda w: "".join(_KB.get(c, c) for c in w),
        "T9": lambda w: "".join(_T9.get(c, c) for c in w),
        "HEX": lambda w: " ".join(f"{b:02x}" for b in w.encode("utf-8")),
        "ATB": lambda w: "".join(chr(219 - ord(c)) if "a" <= c <= "z" else c for c in w),
        "PCT": lambda w: "".join(f"%{b:02X}" for b in w.encode("utf-8")),
        "ENT": lambda w: "".join(f"&#{ord(c)};" for c in w),
        "PIG": _pig,
        "WAV": lambda w: "〰".join(w),
        "HCM": _hcm,
        "TEX": lambda w: "\\text{" + w[:half(w)] + "}\\text{" + w[half(w):] + "}",
        "HSW": lambda w: w[half(w):] + w[:half(w)],
        "LTN": lambda w: "-".join(_LTN[c] for c in w),
        "BRL": lambda w: "".join(_BRL.get(c, c) for c in w),
        "ACC": lambda w: _acc(w, rng),
        "BBC": lambda w: "[b]" + w[:half(w)] + "[/b]" + w[half(w):],
        "RVW": lambda w: "〰".join(reversed(w)),
        "ACH": lambda w: _hcm(_acc(w, rng)),
        "LSK": lambda w: "".join(_LISU.get(c.upper(), c) + "\u0336" for c in w),
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
                form = pick_form(rng, name, {"plain", "lower_noaccent", "joined_lower", "handle", "hashtag", "underscores",
                                             "weight", "surname_first", "camel", "caps", "slug", "url", "braces", "discord",
                                             "booru_qual", "wikilink", "trigger", "typo", "phonetic", "cyr_translit", "prompt_edit",
                                             "email", "ocr"})
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
        r["id"] = f"v7:{r['group']}:{counts[r['group']]:04d}"
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
