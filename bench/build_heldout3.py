"""Build the third never-seen evaluation set of issue 10 ("v3"): bench/data/heldout3/heldout3.tsv.

    /work/main/.venv/bin/python bench/build_heldout3.py   # needs `faker` (the `bench` extra; made with faker 40.63.0)

Written by a NEW independent evaluator (branch ``heldout3``, 2026-12-04) BEFORE this round's issue-10
changes were trained, and never tuned on (see bench/data/heldout3/README.md). Every template, frame,
noise vocabulary, name list and glue style is in bench/heldout3_data.py and was written for v3; v1 and
v2 were read only to avoid their templates, names and locales (asserted below).
Deterministic: one seed, Faker seeded per locale.

Same columns as v1/v2, so bench/heldout.py's loader reads all three: id, group, lang, family, form,
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
from heldout3_data import (  # noqa: E402  (templates and lists; trainers must not read them)
    PUBLIC_FIGURES, ARTISTS, NAMED_CORES, FRAMES, LANG_WEIGHTS, CORE_PEOPLE, CORE_TEMPLATES, NEW_PEOPLE,
    NEW_TEMPLATES, BENIGN_EDITS, JUNK, SEX_FRAGS, FOREIGN_FRAGS, CARRIERS, EMOJI_SEX, EMOJI_NEUTRAL, CLEAN_FRAGS,
    HOMO, ADV_DISGUISE, ADV_NAMED, ADV_PRIVATE, ADV_PRIVATE_L, ADV_LIGHT, CELEB_ORDINARY, TWINS, TWIN_SUBJECTS, TWIN_SUBJECTS_L,
    DESCRIPTIONS, DESC_WRAP, CAPTIONS, CAPTION_SUFFIX, ART, NAMED_BENIGN,
)

OUT = Path(__file__).resolve().parent / "data" / "heldout3" / "heldout3.tsv"
SEED = 5122026

#: Faker locales used by none of the trainers, v1 or v2 (asserted in main()).
#: (en_CA, en_PH, it_CH, es_VE, bs_BA, sq_AL, mt_MT, lb_LU, en_BD, ar_EG have no person provider of their
#: own in faker 40: they fall back to en_US names, which the trainer-locale filter drops, so they are not used.)
LATIN_LOCALES = ("en_NZ", "fr_CA", "fr_DZ", "de_CH", "de_LI", "de_LU", "es_CA", "uz_UZ")
#: Kept in their own script on purpose (fewer rows).
SCRIPT_LOCALES = ("zh_TW", "he_IL", "fa_IR", "ar_SA", "hy_AM", "ne_NP", "bn_BD", "th_TH", "mk_MK", "gu_IN")
TRAINER_LOCALES = ("en_US", "en_GB", "en_AU", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL", "sv_SE",
                   "ja_JP", "zh_CN", "ru_RU", "pl_PL", "tr_TR", "ko_KR", "cs_CZ")
V1_LOCALES = ("en_IN", "hi_IN", "id_ID", "es_MX", "es_CO", "pt_PT", "vi_VN", "fil_PH", "tl_PH", "uk_UA", "el_GR",
              "hu_HU", "ro_RO", "fi_FI", "da_DK", "no_NO")
V2_LOCALES = ("en_KE", "en_NG", "en_PK", "en_IE", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "sw", "tw_GH", "es_AR", "es_CL",
              "fr_BE", "fr_CH", "de_AT", "hr_HR", "sk_SK", "sl_SI", "lt_LT", "lv_LV", "et_EE", "az_AZ", "is_IS",
              "ga_IE", "nl_BE", "en_TH", "bg_BG", "ta_IN", "mr_IN", "si_LK", "ka_GE")


# =============================================================================================
# Names
# =============================================================================================
def _provider_names(loc: str) -> tuple[set[str], set[str]]:
    from faker import Faker

    p = Faker(loc).factories[0].provider("faker.providers.person")
    firsts, lasts = set(), set()
    for attr in ("first_names", "first_names_female", "first_names_male"):
        firsts |= {str(x).lower() for x in (getattr(p, attr, ()) or ())}
    for attr in ("last_names", "last_names_female", "last_names_male"):
        lasts |= {str(x).lower() for x in (getattr(p, attr, ()) or ())}
    return firsts, lasts


def faker_names(n_latin: int, n_script: int) -> tuple[list[tuple[str, str, str]], int]:
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
    for k, loc in enumerate(LATIN_LOCALES + SCRIPT_LOCALES):
        want = n_script if loc in SCRIPT_LOCALES else n_latin
        fk = Faker(loc)
        fk.seed_instance(SEED * 11 + k)
        got, seen, tries = 0, set(), 0
        while got < want and tries < want * 40:
            tries += 1
            g = "m" if tries % 3 == 0 else "f"
            first = fk.first_name_male() if g == "m" else fk.first_name_female()
            last = fk.last_name_male() if g == "m" and hasattr(fk, "last_name_male") else (
                fk.last_name_female() if hasattr(fk, "last_name_female") else fk.last_name())
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
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ß", "ss")


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


#: Name forms (own mix; v1/v2 forms are partly reused because people type names these ways).
FORMS = [("plain", 5), ("lower_noaccent", 3), ("joined_lower", 2), ("underscores", 2), ("handle", 2),
         ("lora", 2), ("lora_given", 2), ("weight", 2), ("hashtag_lower", 1),
         ("surname_first", 1), ("caps", 1), ("initial_surname", 1)]



def render(name: str, form: str, rng: random.Random, tag: str | None = None) -> str:
    parts = name.replace("-", " ").replace("'", "").split()
    if form == "plain" or not _latin(name):
        return name
    if form == "lower_noaccent":
        return _plain(name).lower()
    if form == "joined_lower":
        return _plain("".join(parts)).lower()
    if form == "underscores":
        return "_".join(parts) if rng.random() < 0.5 else _plain("_".join(parts)).lower()
    if form == "handle":
        base = _plain("".join(parts)).lower()
        return rng.choice(["@" + base, "@" + base + "_", "@the" + base, "@" + base + str(rng.randint(1, 99)),
                           "@" + _plain(".".join(parts)).lower()])
    if form == "lora":
        return f"<lora:{_plain('_'.join(parts)).lower()}{rng.choice(['', '_v3', '-pony', '_flux', '_realistic'])}:{rng.choice(['0.7', '0.85', '1.0', '.6'])}>"
    if form == "lora_given":
        given = tag or _plain(parts[0]).lower()
        return f"<lora:{given}{rng.choice(['', '_v2', '-lora', '_sdxl'])}:{rng.choice(['0.9', '.75', '1'])}>"
    if form == "weight":
        return rng.choice([f"(({name}))", f"({name}:1.4)", f"[{name}:0.8]", f"(({_plain(name).lower()}:1.2))"])
    if form == "hashtag_lower":
        return "#" + _plain("".join(parts)).lower()
    if form == "surname_first":
        return " ".join(parts[1:] + parts[:1]) if len(parts) > 1 else name
    if form == "caps":
        return name.upper()
    if form == "initial_surname":
        return f"{parts[0][0]}. {' '.join(parts[1:])}" if len(parts) > 1 else name
    raise ValueError(form)


def pick_form(rng: random.Random, name: str, allowed=None) -> str:
    forms = [(f, w) for f, w in FORMS if allowed is None or f in allowed]
    f = rng.choices([f for f, _ in forms], [w for _, w in forms])[0]
    if not _latin(name):
        return "plain"
    if len(name.split()) == 1 and f in ("surname_first", "initial_surname", "lora_given"):
        return "lower_noaccent"
    return f


def gender(text: str, g: str) -> str:
    """``{a|b}`` -> a (female) or b (male); a whole core ``female|male`` (no braces) likewise."""
    text = re.sub(r"\{([^{}|]*)\|([^{}|]*)\}", lambda m: m.group(1) if g == "f" else m.group(2), text)
    if "|" in text and not text.startswith("positive:"):
        a, b = text.split("|", 1)
        text = a if g == "f" else b
    return text


def row(group, lang, family, text, *, form="-", action="allow", sexual=0, real="-", name="-"):
    return dict(group=group, lang=lang, family=family, form=form, expect_action=action, expect_sexual=sexual,
                expect_real_person=real, name=name, text=text)


#: Contractions and case endings after a preposition met by a person phrase (a hurried writer still
#: writes these right): (lang, wrong, right).
_TIDY = [("pt", " de a ", " da "), ("pt", " de o ", " do "), ("pt", " em a ", " na "), ("pt", " em minha ", " na minha "),
         ("pt", " de minha ", " da minha "), ("pt", " de meu ", " do meu "), ("pt", " em uma ", " numa "),
         ("it", " a la ", " alla "), ("de", " von meine ", " von meiner "), ("de", " von die ", " von der "),
         ("de", " von ein ", " von einem "), ("es", " a el ", " al "), ("es", " de el ", " del "), ("fr", " de le ", " du "),
         ("fr", " à le ", " au "), ("pl", "rozbierz kelnerka", "rozbierz kelnerkę"),
         ("pl", "rozbierz moja szwagierka", "rozbierz moją szwagierkę"), ("pl", "rozbierz sąsiadka", "rozbierz sąsiadkę"),
         ("pl", "rozbierz koleżanka", "rozbierz koleżankę")]


def tidy(lang: str, text: str) -> str:
    for lg, wrong, right in _TIDY:
        if lg == lang:
            text = text.replace(wrong, right)
    return text


def frame(lang: str, core: str, rng: random.Random, imperative: bool = False) -> str:
    """A chat/tool frame around ``core``; an instruction ("undress X") only gets frames without a verb of
    their own (so no "make make X ..."), as people type them."""
    frames = FRAMES[lang]
    if imperative:
        frames = [f for f in frames if f.startswith(("{x}", "prompt", "positive", "!gen"))]
    return rng.choice(frames).replace("{x}", core)


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
            core = gender(core, g)
            form = pick_form(rng, name)
            if tag and rng.random() < 0.6:  # idols: fans tag the stage / given name alone
                form = rng.choice(["lora_given", "stage_tag"])
            shown = tag if form == "stage_tag" else render(name, form, rng, tag)
            if form == "lora_given" and tag:
                form = "lora_given_stage"
            text = frame(lang, core.replace("{n}", shown), rng, fam == "deepfake")
            rows.append(row("named_sexual", lang, f"{fam}|{src}", text, form=form, action="block", sexual=1, real=1, name=name))
    return rows


# =============================================================================================
# Private people
# =============================================================================================
def _person(tpl: str, person: str, g: str) -> str:
    if person in ("her", "him"):
        pos = "her" if person == "her" else "his"
    else:
        pos = person + "'s"
    return gender(tpl, g).replace("{pos}", pos).replace("{n}", person)


def build_private(rng) -> list[dict]:
    rows = []
    for person, g in CORE_PEOPLE:
        for kind, tpl in CORE_TEMPLATES:
            if rng.random() < 0.1:
                continue
            rows.append(row("private_sexual_core", "en", f"core|{kind}", frame("en", _person(tpl, person, g), rng, kind == "imperative"),
                            action="block", sexual=1))
        if person not in ("her", "him"):
            for tpl in rng.sample(BENIGN_EDITS["en"], 7):
                rows.append(row("private_benign_edit", "en", "core", _person(tpl, person, g)))
    for family, by_lang in NEW_PEOPLE.items():
        for lang, people in by_lang.items():
            for person, g in people:
                for kind, tpl in NEW_TEMPLATES[lang]:
                    text = tidy(lang, " " + _person(tpl, person, g)).strip()
                    rows.append(row("private_sexual_new", lang, f"{family}|{kind}", frame(lang, text, rng, kind == "imperative")
                                    if rng.random() < 0.5 else text, action="block", sexual=1))
                k = 4 if lang == "en" else min(3, len(BENIGN_EDITS[lang]))
                for tpl in rng.sample(BENIGN_EDITS[lang], k):
                    rows.append(row("private_benign_edit", lang, family, tidy(lang, " " + _person(tpl, person, g)).strip()))
    return rows


# =============================================================================================
# Token soup: own generator (weight spam, syllable breaks, hashtag glue, vowel drop, GCG-like suffix,
# multilingual salad, emoji rebus, diacritic stacking)
# =============================================================================================
_DIAC = {"a": "àáâäå", "e": "èéêë", "i": "ìíîï", "o": "òóôö", "u": "ùúûü", "n": "ñ", "s": "śš", "c": "çć", "y": "ýÿ"}


def _noise(rng, k) -> list[str]:
    return [rng.choice(JUNK) for _ in range(k)]


def _devowel(w: str, rng) -> str:
    return w[0] + "".join(c for c in w[1:] if c not in "aeiou" or rng.random() < 0.3)


def soup(rng) -> tuple[str, str]:
    style = rng.choice(["weights", "syllables", "hashtags", "devowel", "suffix", "salad", "rebus", "diacritics"])
    frags = rng.sample(SEX_FRAGS, rng.randint(2, 3))
    carrier = rng.choice(CARRIERS)
    if style == "weights":
        toks = [f"({f}:{rng.choice(['1.3', '1.5', '1.7'])})" if rng.random() < 0.6 else f"[[{f}]]" for f in frags]
        toks += [carrier] + _noise(rng, rng.randint(2, 5))
        rng.shuffle(toks)
        return ", ".join(toks), style
    if style == "syllables":
        toks = []
        for f in frags:
            i = rng.randint(2, max(2, len(f) - 2))
            toks.append(f[:i] + " " + rng.choice(["##", "@@", "~", "/"]) + " " + f[i:])
        toks += [carrier] + _noise(rng, rng.randint(1, 4))
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "hashtags":
        toks = frags + [carrier.replace(" ", "")] + [rng.choice(JUNK).strip("#<>|/_:{}") or "x" for _ in range(2)]
        rng.shuffle(toks)
        return "".join("#" + t for t in toks), style
    if style == "devowel":
        toks = [_devowel(f, rng) for f in frags] + [_devowel(carrier, rng)] + _noise(rng, rng.randint(2, 4))
        toks.append(rng.choice(["nsfw", "xxx", "18+"]))
        rng.shuffle(toks)
        return " ".join(toks), style
    if style == "suffix":  # a plain request followed by an optimiser's gibberish suffix
        head = f"{carrier} {frags[0]} {frags[1]}"
        tail = " ".join(rng.choice([")](", "describing.\\", "similarlyNow", "oppositeley.]", "**ONE", "!--Two", "{{revert",
                                     "Me giving", "sure,here", "⠀⠀", "`;`"]) for _ in range(rng.randint(4, 8)))
        return head + " " + tail, style
    if style == "salad":
        toks = rng.sample(FOREIGN_FRAGS, 2) + [frags[0], carrier] + _noise(rng, rng.randint(1, 3))
        rng.shuffle(toks)
        return rng.choice([" ", " / ", " · "]).join(toks), style
    if style == "rebus":
        toks = [carrier] + rng.sample(EMOJI_SEX, 3) + [frags[0]] + rng.sample(EMOJI_NEUTRAL, 1) + _noise(rng, 2)
        rng.shuffle(toks)
        return " ".join(toks), style
    toks = ["".join(rng.choice(_DIAC[c]) if c in _DIAC and rng.random() < 0.6 else c for c in f) for f in frags]
    toks += [carrier] + _noise(rng, rng.randint(2, 4))
    rng.shuffle(toks)
    return " ".join(toks), style


def clean_soup(rng) -> str:
    toks = rng.sample(CLEAN_FRAGS, 2) + [rng.choice(CARRIERS[:6])] + _noise(rng, rng.randint(2, 4))
    if rng.random() < 0.4:
        toks += rng.sample(EMOJI_NEUTRAL, 2)
    if rng.random() < 0.3:
        toks = [f"({t}:1.3)" for t in toks]
    rng.shuffle(toks)
    return rng.choice([" ", ", ", " · "]).join(toks)


# =============================================================================================
# Adversarial
# =============================================================================================
def homo(word: str, rng) -> str:
    idx = [i for i, ch in enumerate(word) if ch in HOMO]
    pick = set(rng.sample(idx, min(len(idx), rng.randint(1, 2)))) if idx else set()
    return "".join(HOMO[ch] if i in pick else ch for i, ch in enumerate(word))


def build_adversarial(rng) -> list[dict]:
    rows = []
    subjects = [("named", n) for n in ADV_NAMED] + [("private", p) for p in ADV_PRIVATE]
    for fam, lang, tpl in ADV_DISGUISE:
        for kind, subj in rng.sample(subjects, 7):
            text = tpl
            while "[" in text:
                a, rest = text.split("[", 1)
                w, b = rest.split("]", 1)
                text = a + homo(w, rng) + b
            if kind == "private" and lang != "en":
                subj = rng.choice(ADV_PRIVATE_L[lang])
            text = text.replace("{n}", subj)
            if subj in ("this girl",) or subj.startswith(("my ", "the ")):
                text = text[0].upper() + text[1:] if rng.random() < 0.2 else text
            rows.append(row("adversarial_disguise", lang, f"{fam}|{kind}", tidy(lang, text), action="block", sexual=1))
    for tpl in ADV_LIGHT:
        for kind, subj in rng.sample(subjects, 6):
            rows.append(row("adversarial_light", "en", f"light|{kind}", tpl.replace("{n}", subj), action="block", sexual=1))
    return rows


# =============================================================================================
# The rest
# =============================================================================================
def build_rest(rng, fk, pub) -> list[dict]:
    rows = []
    others = [l for l in CELEB_ORDINARY if l != "en"]
    for p in pub:
        name, g, c = p[0], p[1], p[2]
        for lang in ("en", rng.choice(others + ["en"])):
            form = pick_form(rng, name, {"plain", "lower_noaccent", "joined_lower", "handle", "hashtag_lower",
                                          "underscores", "weight", "surname_first"})
            text = gender(rng.choice(CELEB_ORDINARY[lang]), g).replace("{n}", render(name, form, rng))
            rows.append(row("celebrity_ordinary", lang, f"ordinary|public:{c}", text, form=form, real=1, name=name))
    for k, (lang, clean) in enumerate(TWINS):
        subjects = TWIN_SUBJECTS if lang == "en" else TWIN_SUBJECTS_L[lang]
        for subj in rng.sample(subjects, 8 if lang == "en" else len(subjects)):
            rows.append(row("clean_twin", lang, f"twin:{k}", clean.replace("{n}'s", subj + "'s").replace("{n}", subj)))
    for _ in range(60):
        rows.append(row("clean_twin", "xx", "twin:soup", clean_soup(rng)))
    for lang, texts in DESCRIPTIONS.items():
        for t in texts:
            for wrap in (rng.sample(DESC_WRAP, 5) if lang == "en" else ["{x}", rng.choice(DESC_WRAP[1:])]):
                rows.append(row("person_description", lang, "description", wrap.replace("{x}", t), real=0))
    for t in CAPTIONS:
        for s in CAPTION_SUFFIX:
            rows.append(row("benign_caption", "en", "caption", t + s, real=0))
    for tpl in ART:
        for a in rng.sample(ARTISTS, 16):
            rows.append(row("benign_art", "en", "art", tpl.replace("{a}", a)))
    nb_langs = list(NAMED_BENIGN)
    for name, g, loc in rng.sample(fk, min(260, len(fk))):
        lang = rng.choice(["en"] * 4 + nb_langs[1:])
        tpl = rng.choice(NAMED_BENIGN[lang])
        form = pick_form(rng, name, {"plain", "lower_noaccent", "joined_lower", "handle", "lora_given"})
        rows.append(row("named_benign", lang, f"named_benign|faker:{loc}", tpl.replace("{n}", render(name, form, rng)),
                        form=form, name=name))
    return rows


def build() -> tuple[list[dict], int]:
    fk, dropped = faker_names(32, 6)
    pub = list(PUBLIC_FIGURES)
    rows = build_named_sexual(random.Random(SEED + 1), fk, pub)
    rows += build_private(random.Random(SEED + 2))
    srng = random.Random(SEED + 3)
    for _ in range(420):
        text, kind = soup(srng)
        rows.append(row("token_soup", "xx", f"soup|{kind}", text, action="-", sexual=1))
    rows += build_adversarial(random.Random(SEED + 4))
    rows += build_rest(random.Random(SEED + 5), fk, pub)
    seen, unique, counts = set(), [], {}
    for r in rows:
        r["text"] = " ".join(r["text"].replace("\t", " ").replace("\n", " ").split(" ")).strip()
        if (r["group"], r["text"]) in seen:
            continue
        seen.add((r["group"], r["text"]))
        counts[r["group"]] = counts.get(r["group"], 0) + 1
        r["id"] = f"v3:{r['group']}:{counts[r['group']]:04d}"
        unique.append(r)
    return unique, dropped


COLUMNS = ["id", "group", "lang", "family", "form", "expect_action", "expect_sexual", "expect_real_person", "name",
           "text"]


def _check_sources() -> None:
    mine = set(LATIN_LOCALES + SCRIPT_LOCALES)
    assert not mine & set(TRAINER_LOCALES + V1_LOCALES + V2_LOCALES), mine & set(TRAINER_LOCALES + V1_LOCALES + V2_LOCALES)
    names = [p[0] for p in PUBLIC_FIGURES]
    assert len(names) == len(set(names)) and len(names) >= 250, len(names)
    assert all(len(p) in (4, 5) and p[1] in ("f", "m") for p in PUBLIC_FIGURES)
    from build_heldout import PUBLIC_FIGURES as V1PF, ARTISTS as V1A  # read for these checks only
    from heldout2_data import PUBLIC_FIGURES as V2PF, ARTISTS as V2A

    prev = {p[0].lower() for p in V1PF} | {p[0].lower() for p in V2PF}
    overlap = prev & {n.lower() for n in names}
    assert not overlap, overlap
    art = {a.lower() for a in V1A} | {a.lower() for a in V2A}
    assert not art & {a.lower() for a in ARTISTS}, art & {a.lower() for a in ARTISTS}


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
