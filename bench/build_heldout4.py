"""Build the fourth never-seen evaluation set of issue 10 ("v4"): bench/data/heldout4/heldout4.tsv.

    /work/main/.venv/bin/python bench/build_heldout4.py   # needs `faker` (the `bench` extra; made with faker 40.63.0)

Written by a FOURTH independent evaluator (branch ``heldout4``, 2026-12-04) BEFORE round 4's issue-10
changes were trained, and never tuned on (see bench/data/heldout4/README.md). Every template, frame,
noise vocabulary, name list and disguise style is in bench/heldout4_data.py and was written for v4; v1,
v2 and v3 were read only to copy the format and to avoid their templates, names and locales (asserted
below). Deterministic: one seed, Faker seeded per locale.

Same columns as v1-v3, so bench/heldout.py's loader reads all four: id, group, lang, family, form,
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
from heldout4_data import (  # noqa: E402  (templates and lists; trainers must not read them)
    PUBLIC_FIGURES, ARTISTS, NAMED_CORES, FRAMES, LANG_WEIGHTS, CORE_PEOPLE, CORE_TEMPLATES, NEW_PEOPLE,
    NEW_TEMPLATES, BENIGN_EDITS, GARBLE, SEX_FRAGS, GLUED, CARRIERS, EMOJI_SEX, EMOJI_NEUTRAL, BROKEN, CLEAN_FRAGS,
    LOOKALIKE, ADV_DISGUISE, ADV_NAMED, ADV_PRIVATE, ADV_PRIVATE_L, ADV_LIGHT, CELEB_ORDINARY, TWINS, TWIN_SUBJECTS,
    TWIN_SUBJECTS_L, DESCRIPTIONS, DESC_WRAP, CAPTIONS, CAPTION_SUFFIX, ART, NAMED_BENIGN,
)

OUT = Path(__file__).resolve().parent / "data" / "heldout4" / "heldout4.tsv"
SEED = 4122026

#: Faker locales used by none of the trainers, v1, v2 or v3 AND with person names of their own in faker 40
#: (asserted in main()). Every other faker 40 locale is either used already or falls back to another
#: provider: am_ET, ar_AE, ar_BH, ar_EG, ar_JO, bs_BA, dk_DK, el_CY, en, en_BD, en_CA, en_MS, en_PH, es_VE,
#: it_CH, la, lb_LU, mt_MT, ng_NG, sq_AL, sr_BA fall back to en_US; `de`, `es` and `th` are aliases of
#: de_DE, es_ES and th_TH; fr_QC is a deprecated alias of v3's fr_CA. So v4's Faker names are all in
#: their own script (Arabic, Odia): the Latin-script names of v4 are the hand list.
LOCALES = ("ar_AA", "ar_DZ", "ar_PS", "or_IN")
TRAINER_LOCALES = ("en_US", "en_GB", "en_AU", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL", "sv_SE",
                   "ja_JP", "zh_CN", "ru_RU", "pl_PL", "tr_TR", "ko_KR", "cs_CZ")
V1_LOCALES = ("en_IN", "hi_IN", "id_ID", "es_MX", "es_CO", "pt_PT", "vi_VN", "fil_PH", "tl_PH", "uk_UA", "el_GR",
              "hu_HU", "ro_RO", "fi_FI", "da_DK", "no_NO")
V2_LOCALES = ("en_KE", "en_NG", "en_PK", "en_IE", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "sw", "tw_GH", "es_AR", "es_CL",
              "fr_BE", "fr_CH", "de_AT", "hr_HR", "sk_SK", "sl_SI", "lt_LT", "lv_LV", "et_EE", "az_AZ", "is_IS",
              "ga_IE", "nl_BE", "en_TH", "bg_BG", "ta_IN", "mr_IN", "si_LK", "ka_GE")
V3_LOCALES = ("en_NZ", "fr_CA", "fr_DZ", "de_CH", "de_LI", "de_LU", "es_CA", "uz_UZ", "zh_TW", "he_IL", "fa_IR",
              "ar_SA", "hy_AM", "ne_NP", "bn_BD", "th_TH", "mk_MK", "gu_IN")
N_PER_LOCALE = 30


# =============================================================================================
# Names
# =============================================================================================
def _provider(loc: str):
    from faker import Faker

    return Faker(loc).factories[0].provider("faker.providers.person")


def _provider_names(loc: str) -> tuple[set[str], set[str]]:
    p = _provider(loc)
    firsts, lasts = set(), set()
    for attr in ("first_names", "first_names_female", "first_names_male"):
        firsts |= {str(x).lower() for x in (getattr(p, attr, ()) or ())}
    for attr in ("last_names", "last_names_female", "last_names_male"):
        lasts |= {str(x).lower() for x in (getattr(p, attr, ()) or ())}
    return firsts, lasts


def check_locales() -> None:
    """Disjoint from trainers/v1/v2/v3, and each has a person provider of its own (no en_US fallback)."""
    prev = set(TRAINER_LOCALES + V1_LOCALES + V2_LOCALES + V3_LOCALES)
    assert not set(LOCALES) & prev, set(LOCALES) & prev
    for loc in LOCALES:
        mod = type(_provider(loc)).__module__
        assert mod.endswith("." + loc), (loc, mod)


def faker_names(n: int) -> tuple[list[tuple[str, str, str]], int]:
    """(full name, gender, locale); names whose first AND last name both occur in a trainer locale are dropped."""
    try:
        from faker import Faker
    except ImportError:
        sys.exit("faker is missing: pip install 'nciiguard[bench]' (the TSV was made with faker==40.63.0)")
    tf, tl = set(), set()
    for loc in TRAINER_LOCALES:
        f, l_ = _provider_names(loc)
        tf |= f
        tl |= l_
    out, dropped = [], 0
    for k, loc in enumerate(LOCALES):
        fk = Faker(loc)
        fk.seed_instance(SEED * 7 + k)
        got, seen, tries = 0, set(), 0
        while got < n and tries < n * 50:
            tries += 1
            g = "m" if tries % 3 == 0 else "f"
            first = fk.first_name_male() if g == "m" else fk.first_name_female()
            last = fk.last_name()
            name = " ".join(f"{first} {last}".split())
            if name in seen or len(name.split()) < 2:
                continue
            seen.add(name)
            if first.lower() in tf and last.lower() in tl:
                dropped += 1
                continue
            out.append((name, g, loc))
            got += 1
    return out, dropped


def _plain(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d").replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


#: Name forms (v4's own mix and two forms of its own: `camel`, `dotted`).
FORMS = [("plain", 6), ("lower_noaccent", 3), ("joined_lower", 2), ("underscores", 2), ("handle", 2), ("lora", 2),
         ("lora_given", 1), ("weight", 2), ("hashtag", 1), ("surname_first", 1), ("caps", 1), ("initials", 1),
         ("camel", 1), ("dotted", 1)]


def render(name: str, form: str, rng: random.Random, tag: str | None = None) -> str:
    parts = [p for p in name.replace("-", " ").replace("'", "").replace(".", "").split()]
    low = _plain("".join(parts)).lower()
    if form == "plain" or not _latin(name):
        return name
    if form == "lower_noaccent":
        return _plain(name).lower()
    if form == "joined_lower":
        return low
    if form == "underscores":
        return rng.choice(["_".join(parts), _plain("_".join(parts)).lower(), _plain("_".join(parts)).lower() + "_"])
    if form == "handle":
        return rng.choice(["@" + low, "@" + low + "official", "@" + low + "." + str(rng.randint(1, 9)),
                           "@real" + low, "@" + _plain("_".join(parts)).lower(), "@its" + low])
    if form == "lora":
        return (f"<lora:{_plain('_'.join(parts)).lower()}{rng.choice(['', '_xl', '-v1', '_ill', '_ponyxl', '_face'])}"
                f":{rng.choice(['0.8', '0.65', '1.1', '.9'])}>")
    if form == "lora_given":
        given = tag or _plain(parts[0]).lower()
        return f"<lora:{given}{rng.choice(['', '_v4', '-character', '_likeness'])}:{rng.choice(['0.7', '1.0', '.85'])}>"
    if form == "weight":
        return rng.choice([f"(({name}))", f"({name}:1.3)", f"((({_plain(name).lower()})))", f"({name}:1.15)"])
    if form == "hashtag":
        return "#" + rng.choice([low, "".join(parts)])
    if form == "surname_first":
        return " ".join(parts[1:] + parts[:1]) if len(parts) > 1 else name
    if form == "caps":
        return name.upper()
    if form == "initials":
        return (rng.choice([f"{parts[0][0]}. {' '.join(parts[1:])}", f"{parts[0]} {parts[-1][0]}."])
                if len(parts) > 1 else name)
    if form == "camel":
        return "".join(p[:1].upper() + p[1:] for p in parts)
    if form == "dotted":
        return _plain(".".join(parts)).lower()
    raise ValueError(form)


def pick_form(rng: random.Random, name: str, allowed=None) -> str:
    forms = [(f, w) for f, w in FORMS if allowed is None or f in allowed]
    f = rng.choices([f for f, _ in forms], [w for _, w in forms])[0]
    if not _latin(name):
        return "plain"
    if len(name.replace("-", " ").split()) == 1 and f in ("surname_first", "initials", "lora_given", "dotted", "camel"):
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
    """Fill {n} and {p} (possessive) after choosing the gendered wording."""
    if person in ("her", "him") and pronoun_ok:
        pos = "her" if person == "her" else "his"
    else:
        pos = person + ("'" if person.endswith("s") and not person.startswith(("@", "<")) else "'s")
    return gender(tpl, g).replace("{p}", pos).replace("{n}", person)


def row(group, lang, family, text, *, form="-", action="allow", sexual=0, real="-", name="-"):
    return dict(group=group, lang=lang, family=family, form=form, expect_action=action, expect_sexual=sexual,
                expect_real_person=real, name=name, text=text)


#: Preposition + article contractions a writer makes when a person phrase follows (lang, wrong, right).
_TIDY = [("pt", " de minha ", " da minha "), ("pt", " de meu ", " do meu "), ("pt", " de a ", " da "), ("pt", " de o ", " do "),
         ("it", " a la ", " alla "), ("it", " di la ", " della "), ("it", " a l'", " all'"), ("it", " di l'", " dell'"),
         ("it", " di il ", " del "), ("es", " a el ", " al "), ("es", " de el ", " del "), ("fr", " de le ", " du "),
         ("fr", " à le ", " au ")]


def tidy(lang: str, text: str) -> str:
    text = " " + text + " "
    for lg, wrong, right in _TIDY:
        if lg == lang:
            text = text.replace(wrong, right)
    return text.strip()


def frame(lang: str, core: str, rng: random.Random, imperative: bool = False) -> str:
    frames = [f for f, verbless in FRAMES[lang] if verbless or not imperative]
    return rng.choice(frames).replace("{x}", core)


def _imperative_core(core: str) -> bool:
    return core.split(" ", 1)[0].lower() in ("make", "swap", "deepfake", "colle", "monta", "montiere", "põe", "incolla")


# =============================================================================================
# Named sexual
# =============================================================================================
def build_named_sexual(rng, fk, pub) -> list[dict]:
    rows = []
    langs, w = zip(*LANG_WEIGHTS)
    srcs = [(n, g, "faker:" + loc, None, 1) for n, g, loc in fk] + \
           [(p[0], p[1], "public:" + p[2], p[4] if len(p) > 4 else None, 2) for p in pub]
    for name, g, src, tag, reps in srcs:
        for _ in range(reps):
            lang = rng.choices(langs, w)[0]
            fam, core = rng.choice(NAMED_CORES[lang])
            form = pick_form(rng, name)
            if tag and rng.random() < 0.5:  # idols/actors tagged by stage or given name alone
                form = rng.choice(["lora_given", "tag_only"])
            shown = tag if form == "tag_only" else render(name, form, rng, tag)
            if form == "lora_given" and tag:
                form = "lora_given_stage"
            text = frame(lang, fill(core, shown, g, pronoun_ok=False), rng, _imperative_core(core))
            rows.append(row("named_sexual", lang, f"{fam}|{src}", text, form=form, action="block", sexual=1, real=1,
                            name=name))
    return rows


# =============================================================================================
# Private people
# =============================================================================================
def build_private(rng) -> list[dict]:
    rows = []
    for person, g in CORE_PEOPLE:
        for kind, tpl in CORE_TEMPLATES:
            if rng.random() < 0.12:
                continue
            text = fill(tpl, person, g)
            rows.append(row("private_sexual_core", "en", f"core|{kind}", frame("en", text, rng, kind == "imperative")
                            if rng.random() < 0.4 else text, action="block", sexual=1))
        if person not in ("her", "him"):
            for tpl in rng.sample(BENIGN_EDITS["en"], 8):
                rows.append(row("private_benign_edit", "en", "core", fill(tpl, person, g)))
    for family, by_lang in NEW_PEOPLE.items():
        for lang, people in by_lang.items():
            for person, g in people:
                for kind, tpl in NEW_TEMPLATES[lang]:
                    text = tidy(lang, fill(tpl, person, g))
                    if rng.random() < 0.45:
                        text = frame(lang, text, rng, kind == "imperative")
                    rows.append(row("private_sexual_new", lang, f"{family}|{kind}", text, action="block", sexual=1))
                k = 5 if lang == "en" else min(3, len(BENIGN_EDITS[lang]))
                for tpl in rng.sample(BENIGN_EDITS[lang], k):
                    rows.append(row("private_benign_edit", lang, family, tidy(lang, fill(tpl, person, g))))
    return rows


# =============================================================================================
# Token soup (own generator): glued requests, mojibake / zero-width / bidi breakage, optimiser garble,
# stutter letters, A1111 AND/BREAK composition, emoji chains, mixed fragments with noise.
# =============================================================================================
def _garble(rng, k) -> list[str]:
    return [rng.choice(GARBLE) for _ in range(k)]


def _stutter(w: str, rng) -> str:
    return "".join(c * (rng.randint(2, 3) if c.isalpha() and rng.random() < 0.35 else 1) for c in w)


def _break_unicode(w: str, rng) -> str:
    out = []
    for c in w:
        out.append(c)
        if rng.random() < 0.3:
            out.append(rng.choice(BROKEN))
    return "".join(out)


def soup(rng) -> tuple[str, str]:
    style = rng.choice(["glued", "broken", "garble", "stutter", "compose", "emoji", "mixed"])
    frags = rng.sample(SEX_FRAGS, rng.randint(2, 3))
    carrier = rng.choice(CARRIERS)
    if style == "glued":
        toks = [rng.choice(GLUED), "".join(frags[:2])] + _garble(rng, rng.randint(2, 4)) + [carrier]
        rng.shuffle(toks)
        return rng.choice([" ", "+", "_", "|"]).join(toks), style
    if style == "broken":
        toks = [_break_unicode(f, rng) for f in frags] + [carrier] + _garble(rng, rng.randint(1, 3))
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "garble":  # a short request in soup form, then an optimiser's suffix
        head = f"{carrier} {frags[0]} {frags[1]}"
        return head + " " + " ".join(_garble(rng, rng.randint(5, 9))), style
    if style == "stutter":
        toks = [_stutter(f, rng) for f in frags] + [_stutter(carrier, rng)] + _garble(rng, rng.randint(1, 3))
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "compose":  # A1111 composable prompts
        parts = [f"{carrier} {frags[0]}", frags[1], " ".join(_garble(rng, 2))]
        rng.shuffle(parts)
        return rng.choice([" AND ", " BREAK ", " :: "]).join(parts), style
    if style == "emoji":
        toks = [carrier] + rng.sample(EMOJI_SEX, 3) + [frags[0]] + rng.sample(EMOJI_NEUTRAL, 1) + _garble(rng, 1)
        rng.shuffle(toks)
        return "".join(toks) if rng.random() < 0.4 else " ".join(toks), style
    toks = frags + [carrier, rng.choice(GLUED)] + _garble(rng, rng.randint(2, 4)) + rng.sample(EMOJI_SEX, 1)
    rng.shuffle(toks)
    return rng.choice([" ", ", ", " ~ "]).join(toks), style


def clean_soup(rng) -> str:
    toks = rng.sample(CLEAN_FRAGS, 2) + [rng.choice(["woman", "lady", "man", "couple", "dog", "city", "boat"])] + _garble(rng, rng.randint(2, 4))
    if rng.random() < 0.4:
        toks += rng.sample(EMOJI_NEUTRAL, 2)
    if rng.random() < 0.3:
        toks = [_break_unicode(t, rng) for t in toks]
    rng.shuffle(toks)
    return rng.choice([" ", " AND ", " BREAK ", "+"]).join(toks)


# =============================================================================================
# Adversarial
# =============================================================================================
def _disguise(tpl: str, rng) -> str:
    tpl = re.sub(r"~([^~]+)~", lambda m: m.group(1)[: len(m.group(1)) // 2] + "\u200b" + m.group(1)[len(m.group(1)) // 2:], tpl)
    tpl = re.sub(r"FW\(([^)]+)\)", lambda m: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in m.group(1)), tpl)

    def look(m):
        w = m.group(1)
        idx = [i for i, c in enumerate(w) if c in LOOKALIKE]
        pick = set(rng.sample(idx, min(len(idx), rng.randint(1, 2)))) if idx else set()
        return "".join(LOOKALIKE[c] if i in pick else c for i, c in enumerate(w))

    return re.sub(r"\[([^\]]+)\]", look, tpl)


def build_adversarial(rng) -> list[dict]:
    rows = []
    subjects = [("named", n) for n in ADV_NAMED] + [("private", p) for p in ADV_PRIVATE]
    for fam, lang, tpl in ADV_DISGUISE:
        for kind, subj in rng.sample(subjects, 5):
            if kind == "private" and lang != "en":
                subj = rng.choice(ADV_PRIVATE_L.get(lang, ["-"]))
                if subj == "-":
                    continue
            text = tidy(lang, _disguise(fill(tpl, subj, "f", pronoun_ok=False), rng))
            rows.append(row("adversarial_disguise", lang, f"{fam}|{kind}", text, action="block", sexual=1))
    for lang, tpl in ADV_LIGHT:
        for kind, subj in rng.sample(subjects, 6):
            if kind == "private" and lang != "en":
                subj = rng.choice(ADV_PRIVATE_L.get(lang, ["-"]))
                if subj == "-":
                    continue
            rows.append(row("adversarial_light", lang, f"light|{kind}", fill(tpl, subj, "f", pronoun_ok=False),
                            action="block", sexual=1))
    return rows


# =============================================================================================
# The rest
# =============================================================================================
def build_rest(rng, fk, pub) -> list[dict]:
    rows = []
    others = [l for l in CELEB_ORDINARY if l != "en"]
    for p in pub:
        name, g, c = p[0], p[1], p[2]
        for lang in ("en", rng.choice(others + ["en", "en"])):
            form = pick_form(rng, name, {"plain", "lower_noaccent", "joined_lower", "handle", "hashtag", "underscores",
                                          "weight", "surname_first", "camel", "caps"})
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
            for wrap in (rng.sample(DESC_WRAP, 4) if lang == "en" else ["{x}", rng.choice([w for w in DESC_WRAP if w.startswith("{x}")][1:])]):
                rows.append(row("person_description", lang, "description", wrap.replace("{x}", t), real=0))
    for t in CAPTIONS:
        for s in rng.sample(CAPTION_SUFFIX, 4):
            rows.append(row("benign_caption", "en", "caption", t + s, real=0))
    for tpl in ART:
        for a in rng.sample(ARTISTS, 18):
            rows.append(row("benign_art", "en", "art", tpl.replace("{a}", a)))
    nb_langs = list(NAMED_BENIGN)
    for name, g, loc in fk:
        for _ in range(2):
            lang = rng.choice(["en"] * 4 + nb_langs[1:])
            tpl = rng.choice(NAMED_BENIGN[lang])
            rows.append(row("named_benign", lang, f"named_benign|faker:{loc}", tidy(lang, fill(tpl, name, g, pronoun_ok=False)),
                            form="plain", name=name))
    return rows


def build() -> tuple[list[dict], int]:
    fk, dropped = faker_names(N_PER_LOCALE)
    pub = list(PUBLIC_FIGURES)
    rows = build_named_sexual(random.Random(SEED + 1), fk, pub)
    rows += build_private(random.Random(SEED + 2))
    srng = random.Random(SEED + 3)
    for _ in range(330):
        text, kind = soup(srng)
        rows.append(row("token_soup", "xx", f"soup|{kind}", text, action="-", sexual=1))
    rows += build_adversarial(random.Random(SEED + 4))
    rows += build_rest(random.Random(SEED + 5), fk, pub)
    seen, unique, counts = set(), [], {}
    for r in rows:
        r["text"] = " ".join(r["text"].replace("\t", " ").replace("\n", " ").replace("\r", " ").split(" ")).strip()
        if (r["group"], r["text"]) in seen:
            continue
        seen.add((r["group"], r["text"]))
        counts[r["group"]] = counts.get(r["group"], 0) + 1
        r["id"] = f"v4:{r['group']}:{counts[r['group']]:04d}"
        unique.append(r)
    return unique, dropped


COLUMNS = ["id", "group", "lang", "family", "form", "expect_action", "expect_sexual", "expect_real_person", "name",
           "text"]


def _tokens(name: str) -> frozenset[str]:
    return frozenset(_plain(name).lower().replace("-", " ").replace(".", " ").split())


def _check_sources() -> None:
    check_locales()
    names = [p[0] for p in PUBLIC_FIGURES]
    assert len(names) == len(set(names)) and len(names) >= 250, (len(names), len(set(names)))
    assert all(len(p) in (4, 5) and p[1] in ("f", "m") for p in PUBLIC_FIGURES), [p for p in PUBLIC_FIGURES if len(p) not in (4, 5)]
    from build_heldout import PUBLIC_FIGURES as V1PF, ARTISTS as V1A  # read for these checks only
    from heldout2_data import PUBLIC_FIGURES as V2PF, ARTISTS as V2A
    from heldout3_data import PUBLIC_FIGURES as V3PF, ARTISTS as V3A

    prev = [p[0] for p in V1PF] + [p[0] for p in V2PF] + [p[0] for p in V3PF]
    # the same person in another order, case or accent also counts (e.g. surname-first vs given-first)
    prev_keys = {_tokens(n) for n in prev} | {_tokens(p[4]) for p in V3PF if len(p) > 4}
    overlap = [n for n in names if _tokens(n) in prev_keys]
    assert not overlap, overlap
    tags = [p[4] for p in PUBLIC_FIGURES if len(p) > 4]
    assert not [t for t in tags if _tokens(t) in prev_keys], [t for t in tags if _tokens(t) in prev_keys]
    art = {_tokens(a) for a in list(V1A) + list(V2A) + list(V3A)}
    assert not [a for a in ARTISTS if _tokens(a) in art], [a for a in ARTISTS if _tokens(a) in art]


def main() -> int:
    _check_sources()
    rows, dropped = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "-") for k in COLUMNS})
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    print(f"{OUT}: {len(rows)} rows, sha256 {digest}; {len(PUBLIC_FIGURES)} public figures; "
          f"{dropped} Faker names dropped (both parts in a trainer locale)")
    by: dict[str, dict[str, int]] = {}
    for r in rows:
        by.setdefault(r["group"], {}).setdefault(r["lang"], 0)
        by[r["group"]][r["lang"]] += 1
    for g, d in by.items():
        print(f"  {g}: {sum(d.values())}  " + " ".join(f"{k}={v}" for k, v in sorted(d.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
