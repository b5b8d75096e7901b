"""Build the sixth never-seen evaluation set of issue 10 ("v6"): bench/data/heldout6/heldout6.tsv.

    /work/main/.venv/bin/python bench/build_heldout6.py   # faker only for the source checks

Written by a SIXTH independent evaluator (branch ``heldout6``, 2026-12-04) BEFORE this session's issue-10
changes, and never tuned on (see bench/data/heldout6/README.md). Every template, frame, noise vocabulary,
name list, name form and disguise style is in bench/heldout6_data.py (or the form/soup/disguise code
below) and was written for v6; v5's builder and data were read only to copy the format and the group
semantics and to avoid their templates, names, noise words and disguise styles. v1-v5's lists are
imported below only for the overlap assertions. Deterministic: one seed; no name is drawn from Faker.

Same columns as v1-v5, so bench/heldout.py's loader reads it: id, group, lang, family, form,
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
from heldout6_data import (  # noqa: E402  (templates and lists; trainers must not read them)
    PUBLIC_FIGURES, INVENTED, ARTISTS, NAMED_CORES, LANG_WEIGHTS, TOOL_FRAMES, FRAMES, CORE_PEOPLE, CORE_TEMPLATES,
    NEW_PEOPLE, NEW_TEMPLATES, BENIGN_EDITS, FRAGS, SOUP_SUBJECTS, JUNK, SOUP_EMOJI_HOT, SOUP_EMOJI_CALM, ZALGO,
    CLEAN_FRAGS, CLEAN_SUBJECTS, ADV_DISGUISE, ADV_NAMED, ADV_PRIVATE, ADV_PRIVATE_L, ADV_LIGHT, CELEB_ORDINARY, TWINS,
    TWIN_SUBJECTS, TWIN_SUBJECTS_L, DESCRIPTIONS, DESC_WRAP, CAPTIONS, CAPTION_SUFFIX, ART, NAMED_BENIGN,
)

OUT = Path(__file__).resolve().parent / "data" / "heldout6" / "heldout6.tsv"
SEED = 6122026

#: Faker locales the trainers use (scripts/ grepped for the list; as in v5's builder).
TRAINER_LOCALES = ("en_US", "en_GB", "en_AU", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL", "sv_SE",
                   "ja_JP", "zh_CN", "ru_RU", "pl_PL", "tr_TR", "ko_KR", "cs_CZ")


# =============================================================================================
# Sources
# =============================================================================================
def _plain(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d").replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("Ø", "O")
    s = s.replace("ł", "l").replace("Ł", "L").replace("þ", "th").replace("Þ", "Th").replace("ʻ", "").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def _tokens(name: str) -> frozenset[str]:
    return frozenset(_plain(name).lower().replace("-", " ").replace(".", " ").replace("'", " ").split())


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


def _check_sources() -> str:
    names = [p[0] for p in PUBLIC_FIGURES]
    assert len(names) == len(set(names)) and len(names) >= 280, (len(names), len(set(names)))
    assert len({_tokens(n) for n in names}) == len(names), "two v6 figures share a token set"
    assert all(len(p) in (4, 5) and p[1] in ("f", "m") for p in PUBLIC_FIGURES), [p for p in PUBLIC_FIGURES if len(p) not in (4, 5)]
    assert all(len(p) == 3 and p[1] in ("f", "m") for p in INVENTED), [p for p in INVENTED if len(p) != 3]
    from build_heldout import PUBLIC_FIGURES as V1PF, ARTISTS as V1A  # imported for these checks only
    from heldout2_data import PUBLIC_FIGURES as V2PF, ARTISTS as V2A
    from heldout3_data import PUBLIC_FIGURES as V3PF, ARTISTS as V3A
    from heldout4_data import PUBLIC_FIGURES as V4PF, ARTISTS as V4A
    from heldout5_data import PUBLIC_FIGURES as V5PF, ARTISTS as V5A, INVENTED as V5INV

    earlier = list(V1PF) + list(V2PF) + list(V3PF) + list(V4PF) + list(V5PF)
    prev_keys = {_tokens(p[0]) for p in earlier} | {_tokens(p[4]) for p in earlier if len(p) > 4}
    prev_keys |= {_tokens(p[0]) for p in V5INV}
    overlap = [n for n in names if _tokens(n) in prev_keys]
    assert not overlap, overlap
    tags = [p[4] for p in PUBLIC_FIGURES if len(p) > 4]
    assert not [t for t in tags if _tokens(t) in prev_keys], [t for t in tags if _tokens(t) in prev_keys]
    inv = [p[0] for p in INVENTED]
    assert len(inv) == len(set(inv)), "duplicate invented name"
    own = {_tokens(n) for n in names} | {_tokens(t) for t in tags}
    bad = [n for n in inv if _tokens(n) in prev_keys or _tokens(n) in own]
    assert not bad, bad
    art = {_tokens(a) for a in list(V1A) + list(V2A) + list(V3A) + list(V4A) + list(V5A)}
    assert not [a for a in ARTISTS if _tokens(a) in art], [a for a in ARTISTS if _tokens(a) in art]
    parts = _trainer_name_parts()
    if parts is None:
        return "faker missing: trainer-locale pair check not run"
    tf, tl = parts
    both = [n for n in inv if n.split()[0].lower() in tf and n.split()[-1].lower() in tl]
    assert not both, both
    return "ok"


# =============================================================================================
# Name forms: earlier sets' kinds in v6's own shapes, plus v6's new `discord`, `trigger`,
# `checkpoint`, `booru_qual`, `wikilink`, `spaced_caps`
# =============================================================================================
FORMS = [("plain", 6), ("lower_noaccent", 3), ("joined_lower", 2), ("underscores", 1), ("handle", 2), ("lora", 2),
         ("lora_given", 1), ("weight", 1), ("hashtag", 1), ("surname_first", 1), ("caps", 1), ("initials", 1),
         ("camel", 1), ("dotted", 1), ("slug", 1), ("filename", 1), ("url", 1), ("embedding", 1), ("braces", 1),
         ("discord", 2), ("trigger", 2), ("checkpoint", 1), ("booru_qual", 2), ("wikilink", 1), ("spaced_caps", 1)]

_QUAL = {"actor": ("actress", "actor"), "singer": ("singer", "singer"), "athlete": ("athlete", "athlete"),
         "politician": ("politician", "politician"), "model": ("model", "model"), "influencer": ("influencer", "influencer"),
         "streamer": ("streamer", "streamer"), "journalist": ("journalist", "journalist"), "presenter": ("tv_host", "tv_host"),
         "comedian": ("comedian", "comedian")}


def render(name: str, form: str, rng: random.Random, tag: str | None = None, g: str = "f", kind: str = "") -> str:
    parts = [p for p in name.replace("-", " ").replace("'", "").replace("ʻ", "").replace(".", " ").split()]
    low = _plain("".join(parts)).lower()
    snake = _plain("_".join(parts)).lower()
    camel = "".join(_plain(p)[:1].upper() + _plain(p)[1:] for p in parts)
    if form == "plain" or not _latin(name):
        return name
    if form == "lower_noaccent":
        return _plain(name).lower()
    if form == "joined_lower":
        return low
    if form == "underscores":
        return rng.choice([snake, "_".join(parts), snake + "_"])
    if form == "handle":
        return rng.choice(["@" + low + "official", "@real" + low, "@" + snake + "__", "@its" + low, "@" + low + ".x",
                           "@" + low + str(rng.randint(1990, 2001))])
    if form == "lora":
        return rng.choice([f"<lora:{camel}XL:{rng.choice(['0.85', '1.1'])}>", f"<lora:{snake}_pony_v{rng.randint(1, 4)}:1>",
                           f"<lora:{low}-realvis:{rng.choice(['0.7', '0.95'])}>"])
    if form == "lora_given":
        given = _plain(tag or parts[0]).lower().replace(" ", "")
        return f"<lora:{given}{rng.choice(['_sd15', 'XL', '-lokr', '_e12'])}:{rng.choice(['0.8', '1.0'])}>"
    if form == "weight":
        return rng.choice([f"({name}:1.35)", f"(({_plain(name).lower()}))", f"({name}:0.9)"])
    if form == "braces":
        return rng.choice([f"{{{{{{{name}}}}}}}", f"{{{low}}}"])
    if form == "hashtag":
        return "#" + rng.choice([low, camel, low + "edit", low + "ai"])
    if form == "surname_first":
        return rng.choice([", ".join([" ".join(parts[1:]), parts[0]]), " ".join(parts[1:] + parts[:1])]) if len(parts) > 1 else name
    if form == "caps":
        return _plain(name).upper()
    if form == "initials":
        return rng.choice([f"{parts[0][0]}{parts[-1][0]} ({name})", f"{parts[0]} {parts[-1][0]}", f"{parts[0][0]}.{parts[-1]}"]) if len(parts) > 1 else name
    if form == "camel":
        return camel
    if form == "dotted":
        return _plain(".".join(parts)).lower()
    if form == "slug":
        return rng.choice([_plain("-".join(parts)).lower(), _plain("-".join(parts)).lower() + "-2"])
    if form == "filename":
        return rng.choice([f"{snake}_face_crop.webp", f"{camel}_HQ.jpeg", f"Screenshot_2024-{rng.randint(10, 12)}-0{rng.randint(1, 9)}_{low}.png"])
    if form == "url":
        return rng.choice([f"https://www.instagram.com/{low}/", f"threads.net/@{snake}", f"youtube.com/@{camel}", f"twitch.tv/{low}"])
    if form == "embedding":
        return rng.choice([f"embedding:{snake}-neg-free", f"ti_{low}_v3"])
    if form == "discord":  # chat-server mentions
        return rng.choice([f"<@{low}>", f"@{camel}#{rng.randint(1000, 9999)}", f"<@!{low}_{rng.randint(10, 99)}>"])
    if form == "trigger":  # DreamBooth / LoRA trigger words
        return rng.choice([f"sks_{low}", f"zwx {low} person", f"ohk{low}", f"trigger: {snake}"])
    if form == "checkpoint":  # model-file and model-page names
        return rng.choice([f"{snake}_xl_v1.safetensors", f"{camel}-PonyXL", f"{camel} [Flux LoRA]"])
    if form == "booru_qual":  # booru real-person tag with a qualifier
        q = _QUAL.get(kind, ("person", "person"))[0 if g == "f" else 1]
        return f"{snake}_({q})"
    if form == "wikilink":
        return rng.choice([f"[[{name}]]", f"[{name}](https://en.wikipedia.org/wiki/{'_'.join(parts)})"])
    if form == "spaced_caps":
        return " ".join(_plain(name).upper().replace(" ", ""))[:80] if len(low) <= 14 else " ".join(_plain(p).upper() for p in parts)
    raise ValueError(form)


_ONE_WORD_BAD = ("surname_first", "initials", "lora_given", "dotted", "camel", "slug", "wikilink")


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


_TIDY = [("pt", " de minha ", " da minha "), ("pt", " de meu ", " do meu "), ("pt", " de a ", " da "), ("pt", " de o ", " do "),
         ("pt", " em a ", " na "), ("pt", " em minha ", " na minha "), ("pt", " em uma ", " numa "), ("pt", " com a ", " com a "),
         ("it", " a la ", " alla "), ("it", " di la ", " della "), ("it", " a l'", " all'"), ("it", " di l'", " dell'"),
         ("it", " a una ", " a una "), ("es", " a el ", " al "), ("es", " de el ", " del "), ("fr", " de le ", " du "),
         ("fr", " à le ", " au "), ("fr", " de une ", " d'une "), ("fr", " de un ", " d'un "), ("fr", " de mon ex", " de mon ex")]


def tidy(lang: str, text: str) -> str:
    text = " " + text + " "
    for lg, wrong, right in _TIDY:
        if lg == lang:
            text = text.replace(wrong, right)
    return text.strip()


def frame(lang: str, core: str, rng: random.Random) -> str:
    """Wrap a request in a language frame (70%) or a shared tool frame (30%)."""
    if rng.random() < 0.3 and "'" not in core and '"' not in core:
        return rng.choice(TOOL_FRAMES).replace("{x}", core)
    return rng.choice(FRAMES[lang]).replace("{x}", core)


# =============================================================================================
# Groups
# =============================================================================================
def build_named_sexual(rng, pub, inv) -> list[dict]:
    rows = []
    langs, w = zip(*LANG_WEIGHTS)
    srcs = [(n, g, "invented:" + c, None, "", 1) for n, g, c in inv] + \
           [(p[0], p[1], "public:" + p[2], p[4] if len(p) > 4 else None, p[3], 2) for p in pub]
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
            rows.append(row("named_sexual", lang, f"{fam}|{src}", tidy(lang, text), form=form, action="block", sexual=1, real=1, name=name))
    return rows


def build_private(rng) -> list[dict]:
    rows = []
    for person, g in CORE_PEOPLE:
        for kind, tpl in rng.sample(CORE_TEMPLATES, 6):
            text = fill(tpl, person, g)
            rows.append(row("private_sexual_core", "en", f"core|{kind}", frame("en", text, rng) if rng.random() < 0.35 else text,
                            action="block", sexual=1))
        if person not in ("her", "him"):
            for tpl in rng.sample(BENIGN_EDITS["en"], 4):
                rows.append(row("private_benign_edit", "en", "core", fill(tpl, person, g)))
    for family, by_lang in NEW_PEOPLE.items():
        for lang, people in by_lang.items():
            for person, g in people:
                tpls = NEW_TEMPLATES[lang]
                k = {"en": 4, "fr": 5, "es": 5, "de": 5, "pt": 5, "it": 5}.get(lang, len(tpls))
                for kind, tpl in rng.sample(tpls, min(k, len(tpls))):
                    text = tidy(lang, fill(tpl, person, g))
                    if rng.random() < 0.35:
                        text = frame(lang, text, rng)
                    rows.append(row("private_sexual_new", lang, f"{family}|{kind}", text, action="block", sexual=1))
                kb = 3 if lang in ("fr", "es", "de", "pt", "it") else 2
                for tpl in rng.sample(BENIGN_EDITS[lang], min(kb, len(BENIGN_EDITS[lang]))):
                    rows.append(row("private_benign_edit", lang, family, tidy(lang, fill(tpl, person, g))))
    return rows


# ---- token soup (v6 styles) -------------------------------------------------------------------
_FW = {c: chr(0xFF41 + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}


def _junk(rng, k):
    return [rng.choice(JUNK) for _ in range(k)]


def _swap(w, rng):
    if len(w) < 4:
        return w
    i = rng.randrange(0, len(w) - 1)
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def soup(rng) -> tuple[str, str]:
    style = rng.choice(["sp_piece", "bpe_at", "zalgo", "caseflip", "jsonish", "mixlang", "stretch", "escapes",
                        "fullwidth_mix", "gcg_suffix", "emoji_interpose", "markdown_mess", "transposed"])
    fr = rng.sample(FRAGS, rng.randint(2, 3))
    subj = rng.choice(SOUP_SUBJECTS)
    if style == "sp_piece":
        toks = ["▁" + "▁".join(re.findall(r".{1,3}", f)) for f in fr] + ["▁" + subj.replace(" ", "▁")] + _junk(rng, 2)
        rng.shuffle(toks)
        return "".join(toks) if rng.random() < 0.5 else " ".join(toks), style
    if style == "bpe_at":
        toks = [" ".join(p + "@@" for p in re.findall(r".{1,3}", f))[:-2] for f in fr] + [subj] + _junk(rng, rng.randint(1, 3))
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "zalgo":
        toks = ["".join(c + "".join(rng.sample(ZALGO, rng.randint(1, 2))) for c in f) for f in fr] + [subj] + _junk(rng, 2)
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "caseflip":
        glued = "".join(fr + [subj.replace(" ", "")])
        return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(glued)) + " " + " ".join(_junk(rng, 2)), style
    if style == "jsonish":
        keys = rng.sample(["a", "q", "tgt", "v", "mode", "x1", "ctx"], len(fr) + 1)
        vals = fr + [subj]
        return "{" + ", ".join(f'"{k}": "{v}"' for k, v in zip(keys, vals)) + "} " + " ".join(_junk(rng, 2)), style
    if style == "mixlang":
        pool = [f for f in FRAGS if not f.isascii() or f in ("desnud", "nakkt", "toute_nue", "pelada", "bugill", "nagaa", "nudo_")]
        return "".join(rng.sample(pool, 3)) + rng.choice(["_", "", "-"]) + subj.replace(" ", "") + " " + " ".join(_junk(rng, 2)), style
    if style == "stretch":
        toks = [re.sub(r"([aeiou])", lambda m: m.group(1) * rng.randint(2, 4), f) for f in fr] + [subj] + _junk(rng, 2)
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "escapes":
        f = fr[0]
        i = rng.randrange(len(f))
        esc = f[:i] + "\\u%04x" % ord(f[i]) + f[i + 1:]
        return f"{subj} {esc} {fr[1]} " + " ".join(_junk(rng, 3)), style
    if style == "fullwidth_mix":
        toks = ["".join(_FW.get(c, c) if rng.random() < 0.5 else c for c in f) for f in fr] + [subj] + _junk(rng, 2)
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "gcg_suffix":
        return f"{subj} {fr[0]} " + " ".join(_junk(rng, rng.randint(7, 11))) + f" {fr[1]}", style
    if style == "emoji_interpose":
        e = rng.choice(SOUP_EMOJI_HOT)
        toks = [e.join(fr[0])] + fr[1:] + [subj] + rng.sample(SOUP_EMOJI_CALM, 1) + _junk(rng, 1)
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "markdown_mess":
        toks = [f"**{f[:len(f) // 2]}**{f[len(f) // 2:]}" for f in fr] + [f"`{subj}`"] + ["> " + j for j in _junk(rng, 1)] + _junk(rng, 1)
        rng.shuffle(toks)
        return " ".join(toks), style
    toks = [_swap(f, rng) for f in fr] + [subj] + _junk(rng, rng.randint(1, 3)) + rng.sample(SOUP_EMOJI_HOT, 1)
    rng.shuffle(toks)
    return rng.choice([" ", " ~ ", ";"]).join(toks), "transposed"


def clean_soup(rng) -> str:
    toks = rng.sample(CLEAN_FRAGS, 2) + [rng.choice(CLEAN_SUBJECTS)] + _junk(rng, rng.randint(2, 4))
    r = rng.random()
    if r < 0.25:
        toks = ["▁" + t.replace(" ", "▁") for t in toks]
    elif r < 0.45:
        toks = ["".join(c + rng.choice(ZALGO) for c in t) if i < 2 else t for i, t in enumerate(toks)]
    elif r < 0.6:
        toks += rng.sample(SOUP_EMOJI_CALM, 2)
    rng.shuffle(toks)
    return rng.choice([" ", ", ", " ~ ", ";"]).join(toks)


# ---- disguise -------------------------------------------------------------------------------------
_SUP = dict(zip("abcdefghijklmnoprstuvwxyz", "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"))
_SQ = {c: chr(0x1F170 + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}
_UD = dict(zip("abcdefghijklmnopqrstuvwxyz", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz"))
_HG6 = {"a": "ɑ", "e": "ҽ", "o": "ο", "n": "ո", "u": "ս", "d": "ԁ", "k": "κ", "p": "р", "s": "ѕ", "x": "х", "i": "і",
        "t": "τ", "r": "ɾ", "c": "ϲ", "h": "һ"}
_NATO = dict(zip("abcdefghijklmnopqrstuvwxyz", "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike "
                 "november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()))
_MORSE = dict(zip("abcdefghijklmnopqrstuvwxyz", ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - "
                  "..- ...- .-- -..- -.-- --..".split()))
_AL = {"a": "/-\\", "n": "|\\|", "k": "|<", "d": "|)", "e": "3", "u": "|_|", "o": "()", "p": "|*", "r": "|2", "s": "5", "t": "7"}
_RI = {c: chr(0x1F1E6 + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}
_EMJ = ["🫧", "✨", "🍑", "💋", "🌸"]


def _disguise(tpl: str, rng) -> str:
    subs = {
        "FW": lambda w: "".join(_FW.get(c, c) for c in w),
        "SUP": lambda w: "".join(_SUP.get(c, c) for c in w),
        "SQ": lambda w: "".join(_SQ.get(c, c) for c in w),
        "UD": lambda w: "".join(_UD.get(c, c) for c in reversed(w)),
        "REV": lambda w: w[::-1],
        "ZW": lambda w: "\u200d".join(w),
        "SH": lambda w: "\u00ad".join(w),
        "DOT": lambda w: "·".join(w),
        "SL": lambda w: w[:len(w) // 2] + "/" + w[len(w) // 2:],
        "AST": lambda w: re.sub(r"[aeiou]", "*", w),
        "DBL": lambda w: "".join(c * 2 for c in w),
        "HG": lambda w: "".join(_HG6.get(c, c) if (c in _HG6 and rng.random() < 0.6) else c for c in w),
        "NATO": lambda w: " ".join(_NATO[c] for c in w),
        "MORSE": lambda w: " ".join(_MORSE[c] for c in w),
        "B64": lambda w: base64.b64encode(w.encode()).decode(),
        "AL": lambda w: "".join(_AL.get(c, c) for c in w),
        "RI": lambda w: " ".join(_RI[c] for c in w),
        "CAE": lambda w: "".join(chr((ord(c) - 97 + 1) % 26 + 97) for c in w),
        "EMJ": lambda w: rng.choice(_EMJ).join(w),
    }
    return re.sub(r"\b(FW|SUP|SQ|UD|REV|ZW|SH|DOT|SL|AST|DBL|HG|NATO|MORSE|B64|AL|RI|CAE|EMJ)\(([^()]+)\)",
                  lambda m: subs[m.group(1)](m.group(2)), tpl)


def build_adversarial(rng) -> list[dict]:
    rows = []
    subjects = [("named", n) for n in ADV_NAMED] + [("private", p) for p in ADV_PRIVATE]
    for style, lang, tpl in ADV_DISGUISE:
        for kind, subj in rng.sample(subjects, 5 if lang == "en" else 3):
            if kind == "private" and lang != "en":
                subj = rng.choice(ADV_PRIVATE_L.get(lang, ["-"]))
                if subj == "-":
                    continue
            text = tidy(lang, _disguise(fill(tpl, subj, "f", pronoun_ok=False), rng))
            rows.append(row("adversarial_disguise", lang, f"{style}|{kind}", text, action="block", sexual=1))
    for lang, tpl in ADV_LIGHT:
        for kind, subj in rng.sample(subjects, 5 if lang == "en" else 4):
            if kind == "private" and lang != "en":
                subj = rng.choice(ADV_PRIVATE_L.get(lang, ["-"]))
                if subj == "-":
                    continue
            rows.append(row("adversarial_light", lang, f"light|{kind}", fill(tpl, subj, "f", pronoun_ok=False), action="block", sexual=1))
    return rows


def build_rest(rng, pub, inv) -> list[dict]:
    rows = []
    others = [l for l in CELEB_ORDINARY if l != "en"]
    for p in pub:
        name, g, c, kind = p[0], p[1], p[2], p[3]
        used = set()
        for lang in ("en", rng.choice(others + ["en"])):
            form = pick_form(rng, name, {"plain", "lower_noaccent", "joined_lower", "handle", "hashtag", "underscores", "weight",
                                          "surname_first", "camel", "caps", "slug", "url", "braces", "discord", "booru_qual",
                                          "wikilink", "trigger"})
            tpl = rng.choice([t for t in CELEB_ORDINARY[lang] if t not in used])
            used.add(tpl)
            text = tidy(lang, fill(tpl, render(name, form, rng, None, g, kind), g, pronoun_ok=False))
            rows.append(row("celebrity_ordinary", lang, f"ordinary|public:{c}", text, form=form, real=1, name=name))
    for k, (lang, clean) in enumerate(TWINS):
        if lang == "en":
            for subj, g in rng.sample(TWIN_SUBJECTS, 7):
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
        for _ in range(rng.choice([1, 2, 2, 2])):
            lang = rng.choice(["en"] * 4 + nb_langs[1:])
            tpl = rng.choice(NAMED_BENIGN[lang])
            rows.append(row("named_benign", lang, f"named_benign|invented:{c}", tidy(lang, fill(tpl, name, g, pronoun_ok=False)),
                            form="plain", name=name))
    return rows


def build() -> list[dict]:
    pub, inv = list(PUBLIC_FIGURES), list(INVENTED)
    rows = build_named_sexual(random.Random(SEED + 1), pub, inv)
    rows += build_private(random.Random(SEED + 2))
    srng = random.Random(SEED + 3)
    n_soup = 0
    soup_rows = []
    seen_soup = set()
    while n_soup < 300:
        text, kind = soup(srng)
        if text in seen_soup:
            continue
        seen_soup.add(text)
        soup_rows.append(row("token_soup", "xx", f"soup|{kind}", text, action="-", sexual=1))
        n_soup += 1
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
        r["id"] = f"v6:{r['group']}:{counts[r['group']]:04d}"
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
    fams: dict[str, int] = {}
    for r in rows:
        if r["group"] == "named_sexual":
            fams[r["family"].split("|")[0]] = fams.get(r["family"].split("|")[0], 0) + 1
    print("  named_sexual families: " + " ".join(f"{k}={v}" for k, v in sorted(fams.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
