"""Build the fifth never-seen evaluation set of issue 10 ("v5"): bench/data/heldout5/heldout5.tsv.

    /work/main/.venv/bin/python bench/build_heldout5.py   # faker only for the locale/name checks (made with faker 40.63.0)

Written by a FIFTH independent evaluator (branch ``heldout5``, 2026-12-04) BEFORE this session's issue-10
changes were trained, and never tuned on (see bench/data/heldout5/README.md). Every template, frame,
noise vocabulary, name list and disguise style is in bench/heldout5_data.py and was written for v5; v1-v4
were read only to copy the format and to avoid their templates, names and locales (asserted below).
Deterministic: one seed; no name is drawn from Faker (no faker 40 locale with person names of its own is
left unused by the trainers and v1-v4, asserted when faker is installed), so the names are hand lists.

Same columns as v1-v4, so bench/heldout.py's loader reads all five: id, group, lang, family, form,
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
from heldout5_data import (  # noqa: E402  (templates and lists; trainers must not read them)
    PUBLIC_FIGURES, INVENTED, ARTISTS, NAMED_CORES, FRAMES, LANG_WEIGHTS, CORE_PEOPLE, CORE_TEMPLATES, NEW_PEOPLE,
    NEW_TEMPLATES, BENIGN_EDITS, JUNK, SEXBITS, CAMEL, VOWELLESS, SUBJECTS, EMOJI_HOT, EMOJI_CALM, BREAKAGE, CALM_BITS,
    MATH_BOLD, CIRCLED, SMALLCAPS, HOMOGLYPH, ADV_DISGUISE, ADV_NAMED, ADV_PRIVATE, ADV_PRIVATE_L, ADV_LIGHT,
    CELEB_ORDINARY, TWINS, TWIN_SUBJECTS, TWIN_SUBJECTS_L, DESCRIPTIONS, DESC_WRAP, CAPTIONS, CAPTION_SUFFIX, ART,
    NAMED_BENIGN,
)

OUT = Path(__file__).resolve().parent / "data" / "heldout5" / "heldout5.tsv"
SEED = 5122026

#: Faker locales already spent: trainers (scripts/train_person_mention.py) and v1-v4's builders.
TRAINER_LOCALES = ("en_US", "en_GB", "en_AU", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL", "sv_SE",
                   "ja_JP", "zh_CN", "ru_RU", "pl_PL", "tr_TR", "ko_KR", "cs_CZ")
V1_LOCALES = ("en_IN", "hi_IN", "id_ID", "es_MX", "es_CO", "pt_PT", "vi_VN", "fil_PH", "tl_PH", "uk_UA", "el_GR",
              "hu_HU", "ro_RO", "fi_FI", "da_DK", "no_NO")
V2_LOCALES = ("en_KE", "en_NG", "en_PK", "en_IE", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "sw", "tw_GH", "es_AR", "es_CL",
              "fr_BE", "fr_CH", "de_AT", "hr_HR", "sk_SK", "sl_SI", "lt_LT", "lv_LV", "et_EE", "az_AZ", "is_IS",
              "ga_IE", "nl_BE", "en_TH", "bg_BG", "ta_IN", "mr_IN", "si_LK", "ka_GE")
V3_LOCALES = ("en_NZ", "fr_CA", "fr_DZ", "de_CH", "de_LI", "de_LU", "es_CA", "uz_UZ", "zh_TW", "he_IL", "fa_IR",
              "ar_SA", "hy_AM", "ne_NP", "bn_BD", "th_TH", "mk_MK", "gu_IN")
V4_LOCALES = ("ar_AA", "ar_DZ", "ar_PS", "or_IN")
#: faker 40 person-provider modules that are not a usable new source: `en` and `es` resolve to the
#: en_US / es_ES providers, fr_QC is a deprecated alias of v3's fr_CA.
NOT_NEW = ("en", "es", "fr_QC")


# =============================================================================================
# Sources
# =============================================================================================
def unused_faker_locales() -> list[str] | None:
    """faker 40 person-provider locales used by none of the trainers and v1-v4 (None without faker)."""
    try:
        import pkgutil

        import faker.providers.person as pp
    except ImportError:
        return None
    spent = set(TRAINER_LOCALES + V1_LOCALES + V2_LOCALES + V3_LOCALES + V4_LOCALES + NOT_NEW)
    return sorted(m.name for m in pkgutil.iter_modules(pp.__path__) if m.name not in spent)


def _trainer_name_parts() -> tuple[set[str], set[str]] | None:
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


def _plain(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d").replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("Ø", "O")
    s = s.replace("ł", "l").replace("Ł", "L").replace("þ", "th").replace("Þ", "Th").replace("ʻ", "").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def _tokens(name: str) -> frozenset[str]:
    return frozenset(_plain(name).lower().replace("-", " ").replace(".", " ").replace("'", " ").split())


def _check_sources() -> list[str] | None:
    left = unused_faker_locales()
    assert not left, f"faker locales still unused ({left}): v5 uses none on purpose; revisit the README if this fires"
    names = [p[0] for p in PUBLIC_FIGURES]
    assert len(names) == len(set(names)) and len(names) >= 250, (len(names), len(set(names)))
    assert all(len(p) in (4, 5) and p[1] in ("f", "m") for p in PUBLIC_FIGURES), [p for p in PUBLIC_FIGURES if len(p) not in (4, 5)]
    assert all(len(p) == 3 and p[1] in ("f", "m") for p in INVENTED), [p for p in INVENTED if len(p) != 3]
    from build_heldout import PUBLIC_FIGURES as V1PF, ARTISTS as V1A  # read for these checks only
    from heldout2_data import PUBLIC_FIGURES as V2PF, ARTISTS as V2A
    from heldout3_data import PUBLIC_FIGURES as V3PF, ARTISTS as V3A
    from heldout4_data import PUBLIC_FIGURES as V4PF, ARTISTS as V4A

    prev = [p[0] for p in list(V1PF) + list(V2PF) + list(V3PF) + list(V4PF)]
    prev_keys = {_tokens(n) for n in prev} | {_tokens(p[4]) for p in list(V3PF) + list(V4PF) if len(p) > 4}
    overlap = [n for n in names if _tokens(n) in prev_keys]
    assert not overlap, overlap
    tags = [p[4] for p in PUBLIC_FIGURES if len(p) > 4]
    assert not [t for t in tags if _tokens(t) in prev_keys], [t for t in tags if _tokens(t) in prev_keys]
    inv = [p[0] for p in INVENTED]
    assert len(inv) == len(set(inv)), "duplicate invented name"
    own = {_tokens(n) for n in names}
    assert not [n for n in inv if _tokens(n) in prev_keys or _tokens(n) in own], [n for n in inv if _tokens(n) in prev_keys | own]
    art = {_tokens(a) for a in list(V1A) + list(V2A) + list(V3A) + list(V4A)}
    assert not [a for a in ARTISTS if _tokens(a) in art], [a for a in ARTISTS if _tokens(a) in art]
    parts = _trainer_name_parts()
    if parts is not None:  # an invented name must not be a trainer-locale first + last name pair
        tf, tl = parts
        both = [n for n in inv if n.split()[0].lower() in tf and n.split()[-1].lower() in tl]
        assert not both, both
    return left


# =============================================================================================
# Name forms: v4's forms plus v5's own (`slug`, `filename`, `url`, `embedding`, `braces`)
# =============================================================================================
FORMS = [("plain", 6), ("lower_noaccent", 3), ("joined_lower", 2), ("underscores", 2), ("handle", 2), ("lora", 2),
         ("lora_given", 1), ("weight", 2), ("hashtag", 1), ("surname_first", 1), ("caps", 1), ("initials", 1),
         ("camel", 1), ("dotted", 1), ("slug", 1), ("filename", 1), ("url", 1), ("embedding", 1), ("braces", 1)]


def render(name: str, form: str, rng: random.Random, tag: str | None = None) -> str:
    parts = [p for p in name.replace("-", " ").replace("'", "").replace("ʻ", "").replace(".", " ").split()]
    low = _plain("".join(parts)).lower()
    if form == "plain" or not _latin(name):
        return name
    if form == "lower_noaccent":
        return _plain(name).lower()
    if form == "joined_lower":
        return low
    if form == "underscores":
        return rng.choice(["_".join(parts), _plain("_".join(parts)).lower(), "__" + _plain("_".join(parts)).lower()])
    if form == "handle":
        return rng.choice(["@" + low + "_", "@" + low + str(rng.randint(10, 99)), "@the" + low, "u/" + low,
                           "@" + _plain(".".join(parts)).lower(), "@" + low + "xo"])
    if form == "lora":
        camel = "".join(_plain(p)[:1].upper() + _plain(p)[1:] for p in parts)
        return rng.choice([f"<lora:{camel}_Flux:{rng.choice(['1', '0.75', '1.2'])}>",
                           f"<lyco:{low}-sdxl:{rng.choice(['0.6', '0.9'])}>",
                           f"<lora:{_plain('-'.join(parts)).lower()}-realistic-v2:{rng.choice(['0.8', '1'])}>"])
    if form == "lora_given":
        given = _plain(tag or parts[0]).lower().replace(" ", "_")
        return f"<lora:{given}{rng.choice(['_v3', '-ohwx', '_face_only', ''])}:{rng.choice(['0.9', '1', '.7'])}>"
    if form == "weight":
        return rng.choice([f"({name}:1.4)", f"[{name}]", f"(({name}:1.2))", f"({_plain(name).lower()}:0.95)"])
    if form == "braces":  # NovelAI-style emphasis
        return rng.choice([f"{{{{{name}}}}}", f"{{{_plain(name).lower()}}}", f"{{{{{{{low}}}}}}}"])
    if form == "hashtag":
        return "#" + rng.choice([low, "".join(_plain(p).capitalize() for p in parts), low + "fans"])
    if form == "surname_first":
        return rng.choice([" ".join(parts[1:] + parts[:1]), " ".join(parts[1:]).upper() + " " + parts[0]]) if len(parts) > 1 else name
    if form == "caps":
        return name.upper()
    if form == "initials":
        return (rng.choice([f"{parts[0][0]}.{parts[-1][0]}. ({parts[-1]})", f"{parts[0]} {parts[-1][0]}.", f"{parts[0][0]}. {parts[-1]}"])
                if len(parts) > 1 else name)
    if form == "camel":
        return "".join(p[:1].upper() + p[1:] for p in parts)
    if form == "dotted":
        return _plain(".".join(parts)).lower()
    if form == "slug":
        return _plain("-".join(parts)).lower()
    if form == "filename":
        return rng.choice([f"{_plain('_'.join(parts)).lower()}_ref01.jpg", f"{''.join(_plain(p).capitalize() for p in parts)}.png",
                           f"IMG_{rng.randint(1000, 9999)}_{low}.heic"])
    if form == "url":
        return rng.choice([f"instagram.com/{low}", f"x.com/{_plain('_'.join(parts)).lower()}", f"tiktok.com/@{low}"])
    if form == "embedding":
        return rng.choice([f"embedding:{''.join(_plain(p).capitalize() for p in parts)}_v2", f"<{_plain('-'.join(parts)).lower()}-ti>"])
    raise ValueError(form)


def pick_form(rng: random.Random, name: str, allowed=None) -> str:
    forms = [(f, w) for f, w in FORMS if allowed is None or f in allowed]
    f = rng.choices([f for f, _ in forms], [w for _, w in forms])[0]
    if not _latin(name):
        return "plain"
    if len(name.replace("-", " ").replace(".", " ").split()) == 1 and f in ("surname_first", "initials", "lora_given", "dotted", "camel", "slug"):
        return "joined_lower"
    return f


def gender(text: str, g: str) -> str:
    """``{a|b}`` -> a (female) or b (male); a whole template ``female|male`` (no braces) likewise."""
    text = re.sub(r"\{([^{}|]*)\|([^{}|]*)\}", lambda m: m.group(1) if g == "f" else m.group(2), text)
    if "|" in text:
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
         ("pt", " em a ", " na "), ("it", " a la ", " alla "), ("it", " di la ", " della "), ("it", " a l'", " all'"),
         ("it", " di l'", " dell'"), ("it", " di il ", " del "), ("es", " a el ", " al "), ("es", " de el ", " del "),
         ("fr", " de le ", " du "), ("fr", " à le ", " au "), ("fr", " de une ", " d'une "), ("fr", " de un ", " d'un ")]


def tidy(lang: str, text: str) -> str:
    text = " " + text + " "
    for lg, wrong, right in _TIDY:
        if lg == lang:
            text = text.replace(wrong, right)
    return text.strip()


def frame(lang: str, core: str, rng: random.Random, imperative: bool = False) -> str:
    frames = [f for f, verbless in FRAMES[lang] if verbless or not imperative]
    return rng.choice(frames).replace("{x}", core)


_IMPERATIVE = ("strip", "put", "animate", "déshabille", "mets", "desviste", "pon", "entkleide", "setz", "despe", "coloca",
               "spoglia", "metti")


def _imperative_core(core: str) -> bool:
    return core.split(" ", 1)[0].lower() in _IMPERATIVE


# =============================================================================================
# Groups
# =============================================================================================
def build_named_sexual(rng, pub, inv) -> list[dict]:
    rows = []
    langs, w = zip(*LANG_WEIGHTS)
    srcs = [(n, g, "invented:" + c, None, 1) for n, g, c in inv] + \
           [(p[0], p[1], "public:" + p[2], p[4] if len(p) > 4 else None, 2) for p in pub]
    for name, g, src, tag, reps in srcs:
        for _ in range(reps):
            lang = rng.choices(langs, w)[0]
            fam, core = rng.choice(NAMED_CORES[lang])
            form = pick_form(rng, name)
            if tag and rng.random() < 0.5:
                form = rng.choice(["lora_given", "tag_only"])
            shown = tag if form == "tag_only" else render(name, form, rng, tag)
            if form == "lora_given" and tag:
                form = "lora_given_stage"
            text = frame(lang, fill(core, shown, g, pronoun_ok=False), rng, _imperative_core(core))
            rows.append(row("named_sexual", lang, f"{fam}|{src}", text, form=form, action="block", sexual=1, real=1, name=name))
    return rows


def build_private(rng) -> list[dict]:
    rows = []
    for person, g in CORE_PEOPLE:
        for kind, tpl in CORE_TEMPLATES:
            if rng.random() < 0.14:
                continue
            text = fill(tpl, person, g)
            rows.append(row("private_sexual_core", "en", f"core|{kind}", frame("en", text, rng, kind == "imperative")
                            if rng.random() < 0.35 else text, action="block", sexual=1))
        if person not in ("her", "him"):
            for tpl in rng.sample(BENIGN_EDITS["en"], 8):
                rows.append(row("private_benign_edit", "en", "core", fill(tpl, person, g)))
    for family, by_lang in NEW_PEOPLE.items():
        for lang, people in by_lang.items():
            for person, g in people:
                for kind, tpl in NEW_TEMPLATES[lang]:
                    text = tidy(lang, fill(tpl, person, g))
                    if rng.random() < 0.4:
                        text = frame(lang, text, rng, kind == "imperative")
                    rows.append(row("private_sexual_new", lang, f"{family}|{kind}", text, action="block", sexual=1))
                k = 5 if lang == "en" else min(3 if lang in ("fr", "es", "de", "pt", "it") else 2, len(BENIGN_EDITS[lang]))
                for tpl in rng.sample(BENIGN_EDITS[lang], k):
                    rows.append(row("private_benign_edit", lang, family, tidy(lang, fill(tpl, person, g))))
    return rows


def _junk(rng, k) -> list[str]:
    return [rng.choice(JUNK) for _ in range(k)]


def _break(w: str, rng) -> str:
    return "".join(c + (rng.choice(BREAKAGE) if rng.random() < 0.25 else "") for c in w)


def _typo(w: str, rng) -> str:
    """Swap two neighbouring letters or drop one (keyboard slips)."""
    if len(w) < 4:
        return w
    i = rng.randrange(1, len(w) - 2)
    return w[:i] + w[i + 1] + w[i] + w[i + 2:] if rng.random() < 0.5 else w[:i] + w[i + 1:]


def soup(rng) -> tuple[str, str]:
    style = rng.choice(["camel", "vowelless", "hyphen", "typo", "weighted", "hashtags", "suffix", "broken", "emoji", "medley"])
    bits = rng.sample(SEXBITS, rng.randint(2, 3))
    subj = rng.choice(SUBJECTS)
    if style == "camel":
        toks = [rng.choice(CAMEL)] + _junk(rng, rng.randint(2, 4)) + [bits[0]]
        rng.shuffle(toks)
        return rng.choice([" ", "", "/", "."]).join(toks), style
    if style == "vowelless":
        return f"{rng.choice(VOWELLESS)} {' '.join(_junk(rng, rng.randint(2, 5)))} {bits[0]}", style
    if style == "hyphen":  # fragments split into syllables across tokens
        toks = ["-".join(re.findall(r".{1,2}", b)) for b in bits] + [subj] + _junk(rng, 2)
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "typo":
        toks = [_typo(b, rng) for b in bits] + [_typo(subj, rng)] + _junk(rng, rng.randint(1, 3))
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "weighted":
        toks = [f"({b}:{rng.choice(['1.3', '1.6', '2'])})" for b in bits] + [f"[{subj}]"] + _junk(rng, 2)
        rng.shuffle(toks)
        return ", ".join(toks), style
    if style == "hashtags":
        toks = ["#" + b.replace("_", "") for b in bits] + ["#" + subj.replace(" ", "")] + ["#" + j.strip("!.(){}[]\\\"'") for j in _junk(rng, 2)]
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "suffix":  # a short request, then an optimiser's suffix
        return f"{subj} {bits[0]} {bits[1]} " + " ".join(_junk(rng, rng.randint(6, 10))), style
    if style == "broken":
        toks = [_break(b, rng) for b in bits] + [subj] + _junk(rng, rng.randint(1, 3))
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "emoji":
        toks = [subj, bits[0]] + rng.sample(EMOJI_HOT, 3) + rng.sample(EMOJI_CALM, 1) + _junk(rng, 1)
        rng.shuffle(toks)
        return "".join(toks) if rng.random() < 0.35 else " ".join(toks), style
    toks = bits + [subj, rng.choice(CAMEL), rng.choice(VOWELLESS)] + _junk(rng, rng.randint(2, 4)) + rng.sample(EMOJI_HOT, 1)
    rng.shuffle(toks)
    return rng.choice([" ", " | ", " // "]).join(toks), "medley"


def clean_soup(rng) -> str:
    toks = rng.sample(CALM_BITS, 2) + [rng.choice(["woman", "grandpa", "man", "family", "cat", "village", "canoe", "wife"])] + _junk(rng, rng.randint(2, 4))
    if rng.random() < 0.4:
        toks += rng.sample(EMOJI_CALM, 2)
    if rng.random() < 0.3:
        toks = [_break(t, rng) for t in toks]
    if rng.random() < 0.3:
        toks = [f"({t}:1.3)" for t in toks[:2]] + toks[2:]
    rng.shuffle(toks)
    return rng.choice([" ", ", ", " | ", "/"]).join(toks)


def _map(w: str, table: dict) -> str:
    return "".join(table.get(c, c) for c in w)


def _disguise(tpl: str, rng) -> str:
    tpl = re.sub(r"\^([^\^]+)\^", lambda m: ".".join(m.group(1)), tpl)
    tpl = re.sub(r"(?<![\w])_([^_\s][^_]*)_(?![\w])", lambda m: " ".join(m.group(1)), tpl)
    tpl = re.sub(r"MB\(([^)]+)\)", lambda m: _map(m.group(1), MATH_BOLD), tpl)
    tpl = re.sub(r"CI\(([^)]+)\)", lambda m: _map(m.group(1), CIRCLED), tpl)
    tpl = re.sub(r"SC\(([^)]+)\)", lambda m: _map(m.group(1), SMALLCAPS), tpl)
    tpl = re.sub(r"ST\(([^)]+)\)", lambda m: "".join(c + "\u0336" for c in m.group(1)), tpl)
    tpl = re.sub(r"HE\(([^)]+)\)", lambda m: f"&#{ord(m.group(1)[0])};{m.group(1)[1:]}", tpl)
    tpl = re.sub(r"PC\(([^)]+)\)", lambda m: f"%{ord(m.group(1)[0]):02X}{m.group(1)[1:]}", tpl)

    def look(m):
        w = m.group(1)
        idx = [i for i, c in enumerate(w) if c in HOMOGLYPH]
        pick = set(rng.sample(idx, min(len(idx), rng.randint(1, 2)))) if idx else set()
        return "".join(HOMOGLYPH[c] if i in pick else c for i, c in enumerate(w))

    return re.sub(r"HG\(([^)]+)\)", look, tpl)


def build_adversarial(rng) -> list[dict]:
    rows = []
    subjects = [("named", n) for n in ADV_NAMED] + [("private", p) for p in ADV_PRIVATE]
    for fam, lang, tpl in ADV_DISGUISE:
        for kind, subj in rng.sample(subjects, 4 if lang == "en" else 3):
            if kind == "private" and lang != "en":
                subj = rng.choice(ADV_PRIVATE_L.get(lang, ["-"]))
                if subj == "-":
                    continue
            text = tidy(lang, _disguise(fill(tpl, subj, "f", pronoun_ok=False), rng))
            rows.append(row("adversarial_disguise", lang, f"{fam}|{kind}", text, action="block", sexual=1))
    for lang, tpl in ADV_LIGHT:
        for kind, subj in rng.sample(subjects, 5):
            if kind == "private" and lang != "en":
                subj = rng.choice(ADV_PRIVATE_L.get(lang, ["-"]))
                if subj == "-":
                    continue
            rows.append(row("adversarial_light", lang, f"light|{kind}", fill(tpl, subj, "f", pronoun_ok=False),
                            action="block", sexual=1))
    return rows


def build_rest(rng, pub, inv) -> list[dict]:
    rows = []
    others = [l for l in CELEB_ORDINARY if l != "en"]
    for p in pub:
        name, g, c = p[0], p[1], p[2]
        for lang in ("en", rng.choice(others + ["en", "en"])):
            form = pick_form(rng, name, {"plain", "lower_noaccent", "joined_lower", "handle", "hashtag", "underscores", "weight",
                                          "surname_first", "camel", "caps", "slug", "url", "braces"})
            text = fill(rng.choice(CELEB_ORDINARY[lang]), render(name, form, rng), g, pronoun_ok=False)
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
        for _ in range(rng.choice([1, 2, 2])):
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
    for _ in range(320):
        text, kind = soup(srng)
        rows.append(row("token_soup", "xx", f"soup|{kind}", text, action="-", sexual=1))
    rows += build_adversarial(random.Random(SEED + 4))
    rows += build_rest(random.Random(SEED + 5), pub, inv)
    seen, unique, counts = set(), [], {}
    for r in rows:
        r["text"] = " ".join(r["text"].replace("\t", " ").replace("\n", " ").replace("\r", " ").split(" ")).strip()
        if (r["group"], r["text"]) in seen:
            continue
        seen.add((r["group"], r["text"]))
        counts[r["group"]] = counts.get(r["group"], 0) + 1
        r["id"] = f"v5:{r['group']}:{counts[r['group']]:04d}"
        unique.append(r)
    return unique


COLUMNS = ["id", "group", "lang", "family", "form", "expect_action", "expect_sexual", "expect_real_person", "name",
           "text"]


def main() -> int:
    left = _check_sources()
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "-") for k in COLUMNS})
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    print(f"{OUT}: {len(rows)} rows, sha256 {digest}; {len(PUBLIC_FIGURES)} public figures "
          f"({len({p[2] for p in PUBLIC_FIGURES})} countries), {len(INVENTED)} invented names; unused faker locales: "
          f"{'not checked (faker missing)' if left is None else left or 'none'}")
    by: dict[str, dict[str, int]] = {}
    for r in rows:
        by.setdefault(r["group"], {}).setdefault(r["lang"], 0)
        by[r["group"]][r["lang"]] += 1
    for g, d in by.items():
        print(f"  {g}: {sum(d.values())}  " + " ".join(f"{k}={v}" for k, v in sorted(d.items())))
    forms: dict[str, int] = {}
    for r in rows:
        if r["group"] == "named_sexual":
            forms[r["form"]] = forms.get(r["form"], 0) + 1
    print("  named_sexual forms: " + " ".join(f"{k}={v}" for k, v in sorted(forms.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
