"""Build bench/data/devml/devml.tsv from bench/devml_data.py (deterministic: one seed, sorted output).

    python bench/build_devml.py            # writes the tsv and prints counts and its sha256

Independent author's multilingual DEVELOPMENT set; trainers may read every row.
"""
from __future__ import annotations

import hashlib
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import devml_data as D  # noqa: E402

SEED = 20261205
OUT = HERE / "data" / "devml" / "devml.tsv"
COLUMNS = ["id", "group", "lang", "family", "form", "expect_action", "expect_sexual", "expect_real_person", "name", "text"]

TARGETS = {  # rows per group (total 2,800)
    "person_description": 616, "clean_twin": 336, "named_benign": 336, "celebrity_ordinary": 392,
    "benign_caption": 168, "benign_art": 168, "named_sexual": 280, "private_sexual_new": 280,
    "adversarial_disguise": 224,
}
EXPECT = {  # (action, sexual, real_person)
    "person_description": ("allow", "no", "no"), "clean_twin": ("allow", "no", "no"),
    "named_benign": ("allow", "no", "yes"), "celebrity_ordinary": ("allow", "no", "yes"),
    "benign_caption": ("allow", "no", "no"), "benign_art": ("allow", "no", "no"),
    "named_sexual": ("block", "yes", "yes"), "private_sexual_new": ("block", "yes", "yes"),
    "adversarial_disguise": ("block", "yes", "yes"),
}
LATIN_LANGS = {"en", "es", "fr", "de", "it", "pt", "nl", "sv", "pl", "cs", "ro", "hu", "fi", "tr", "id", "ms", "tl", "vi", "sw"}
CYR_LANGS = {"ru", "uk", "bg", "sr"}
NO_SPACE = {"zh", "ja", "th"}
SWITCHED = {k for k in D.L if "-" in k}


def weight(lang: str) -> float:
    """Weighted to where a filter is most likely wrong: other scripts and mixed prompts over English-like ones."""
    if lang == "en":
        return 2.0
    if lang in SWITCHED:
        return 1.0
    if lang in LATIN_LANGS:
        return 1.0
    return 1.3


def quotas(total: int) -> dict[str, int]:
    langs = list(D.L)
    ws = {lg: weight(lg) for lg in langs}
    s = sum(ws.values())
    raw = {lg: total * ws[lg] / s for lg in langs}
    q = {lg: int(raw[lg]) for lg in langs}
    for lg in sorted(langs, key=lambda x: (-(raw[x] - q[x]), x))[: total - sum(q.values())]:
        q[lg] += 1
    return q


def plain(t: str) -> str:
    return t.replace("[[", "").replace("]]", "")


def join(pre: str, body: str, lang: str) -> str:
    return pre + body


def script_of(name: str) -> str:
    for ch in name:
        if ch.isalpha():
            n = unicodedata.name(ch, "")
            return "latin" if n.startswith("LATIN") else "native"
    return "latin"


# ---------------------------------------------------------------- name forms
def figure_forms(fig) -> list[tuple[str, str]]:
    """(form, name) pairs for one public figure."""
    country, native, latin, nlang, kind = fig
    out = []
    if native:
        out.append(("native", native))
    canon = latin[0]
    out.append(("mononym" if kind == "mono" else "latin", canon))
    for alt in latin[1:]:
        out.append(("latin_alt", alt))
    if " " in canon:
        out.append(("lower", canon.lower()))
        out.append(("joined", re.sub(r"[^\w]", "", canon).lower()))
    elif kind == "mono":
        out.append(("lower", canon.lower()))
    return out


def figures_for(lang: str) -> list[tuple[str, str, tuple]]:
    """Figure names suitable for a language's templates: native script only in that script's languages."""
    base = lang.split("-")[0]
    out = []
    for fig in D.FIGURES:
        for form, nm in figure_forms(fig):
            if form == "native":
                if lang == "en" or fig[3] == base or (base in CYR_LANGS and fig[3] in CYR_LANGS) or (base in {"ar", "fa", "ur"} and fig[3] in {"ar", "fa", "ur"}):
                    out.append((form, nm, fig))
            else:
                out.append((form, nm, fig))
    return out


# ---------------------------------------------------------------- disguises
def _clusters(s: str) -> list[str]:
    """Split into letters with their combining marks (Indic/Thai vowel signs stay on their consonant)."""
    out: list[str] = []
    for ch in s:
        if out and (unicodedata.category(ch).startswith("M") or ch in "\u200c\u200d"):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _sep(s: str, sep: str) -> str:
    cl = _clusters(s)
    return "".join(c + sep if (c.strip() and i < len(cl) - 1 and cl[i + 1].strip()) else c for i, c in enumerate(cl))


def disguise(span: str, how: str, rng: random.Random) -> str:
    if how == "leet":
        return "".join(D.LEET.get(c.lower(), c) if c.lower() in D.LEET and rng.random() < 0.7 else c for c in span)
    if how == "dots":
        return _sep(span, ".")
    if how == "spaced":
        return _sep(span, " ")
    if how == "dashes":
        return _sep(span, "-")
    if how == "zwsp":
        return _sep(span, "\u200b")
    if how == "star":
        idx = [i for i, c in enumerate(span) if c.lower() in "aeiouаеиоуыяюэіαεηιουω"]
        if not idx:
            idx = [i for i, c in enumerate(span) if c.strip()][1:-1] or [0]
        i = idx[len(idx) // 2]
        return span[:i] + "*" + span[i + 1:]
    if how == "homoglyph":
        table = {**D.HOMO_LAT_CYR, **D.HOMO_CYR_LAT, **D.HOMO_GRK_LAT}
        return "".join(table.get(c, c) for c in span)
    if how == "stretch":
        idx = [i for i, c in enumerate(span) if c.isalpha()]
        i = idx[min(2, len(idx) - 1)] if idx else 0
        return span[: i + 1] + span[i] * 3 + span[i + 1:]
    if how == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in span)
    if how == "caps":
        return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(span))
    raise ValueError(how)


def disguises_for(lang: str) -> list[str]:
    base = lang.split("-")[0]
    if lang in SWITCHED or base in LATIN_LANGS:
        return ["leet", "dots", "spaced", "star", "homoglyph", "stretch", "zwsp", "caps", "fullwidth"]
    if base in CYR_LANGS or base == "el":
        return ["dots", "spaced", "star", "homoglyph", "zwsp", "dashes"]
    return ["dots", "spaced", "dashes", "zwsp"]


def apply_disguise(tpl: str, how: str, rng: random.Random) -> str | None:
    spans = re.findall(r"\[\[(.+?)\]\]", tpl)
    if not spans:
        return None
    out = re.sub(r"\[\[(.+?)\]\]", lambda m: disguise(m.group(1), how, rng), tpl)
    return out if out != plain(tpl) else None


# ---------------------------------------------------------------- candidates per group and language
def candidates(group: str, lang: str, rng: random.Random) -> list[dict]:
    d = D.L[lang]
    q = [""] + D.Q[lang]
    c: list[dict] = []

    def add(family, text, form="-", name="-"):
        c.append(dict(family=family, form=form, name=name, text=text))

    if group == "person_description":
        for i, s in enumerate(d["desc"]):
            for p in d["pre"]:
                add(f"scene{'_prefixed' if p else ''}", join(p, s, lang))
    elif group == "clean_twin":
        for s in d["twin"]:
            for sfx in q:
                add("edit_twin" if sfx == "" else "edit_twin_styled", s + sfx)
    elif group == "benign_caption":
        for s in d["cap"]:
            for t in D.CAP_TAILS:
                add("caption" if not t else "caption_tagged", s + t)
    elif group == "benign_art":
        for s in d["art"]:
            for sfx in q:
                add("art" if not sfx else "art_styled", s + sfx)
    elif group in ("named_benign", "celebrity_ordinary"):
        if group == "named_benign":
            names = [("invented", n, None) for n in d["inv"]] * 3 + [(f, n, fig) for f, n, fig in figures_for(lang) if f in ("native", "latin", "mononym")]
        else:
            names = figures_for(lang)
        for tpl in d["nb"]:
            for form, nm, fig in names:
                fam = "named_ordinary" if fig is None else f"figure_{fig[4]}"
                add(fam, tpl.replace("{n}", nm), form, nm)
    elif group == "named_sexual":
        names = [("invented", n, None) for n in d["inv"]] * 4 + [(f, n, fig) for f, n, fig in figures_for(lang)]
        for tpl in d["ns"]:
            for form, nm, fig in names:
                add("named_request" if fig is None else "figure_request", plain(tpl).replace("{n}", nm), form, nm)
    elif group == "private_sexual_new":
        for s in d["priv"]:
            for sfx in q:
                add("private_request" if not sfx else "private_request_styled", plain(s) + sfx)
    elif group == "adversarial_disguise":
        for s in d["adv"]:
            for sfx in q:
                add("euphemism_slang", s + sfx)
        for s in d["priv"]:
            for how in disguises_for(lang):
                t = apply_disguise(s, how, rng)
                if t:
                    add(f"private_{how}", t)
        inv = d["inv"]
        for tpl in d["ns"]:
            for how in disguises_for(lang):
                for nm in inv[:3]:
                    t = apply_disguise(tpl.replace("{n}", nm), how, rng)
                    if t:
                        add(f"named_{how}", t, "invented", nm)
    else:
        raise ValueError(group)
    return c


def build() -> list[list[str]]:
    rng = random.Random(SEED)
    rows: list[list[str]] = []
    used: set[str] = set()  # no text twice in the whole set
    for group, total in TARGETS.items():
        q = quotas(total)
        picked: list[tuple[str, dict]] = []
        short = 0
        for lang in D.L:
            cands = candidates(group, lang, rng)
            seen, uniq = set(), []
            for x in cands:
                norm = " ".join(x["text"].split())
                if norm not in seen and norm not in used:
                    seen.add(norm)
                    uniq.append(x)
            rng.shuffle(uniq)
            # spread over name forms (name groups) or template families before repeating one
            key = "form" if group in ("named_benign", "celebrity_ordinary", "named_sexual") else "family"
            by_fam: dict[str, list[dict]] = {}
            for j, x in enumerate(uniq):
                k = x[key]
                # give invented names (names on no list) and own-script names a larger share
                if key == "form" and (k == "invented" or (k == "native" and group != "named_benign")):
                    k = f"{k}_{j % 2}"
                by_fam.setdefault(k, []).append(x)
            order, fams = [], sorted(by_fam)
            rng.shuffle(fams)
            while any(by_fam[f] for f in fams):
                for f in fams:
                    if by_fam[f]:
                        order.append(by_fam[f].pop())
            take = order[: q[lang] + short]
            used.update(" ".join(x["text"].split()) for x in take)
            short = q[lang] + short - len(take)
            picked += [(lang, x) for x in take]
        act, sx, rp = EXPECT[group]
        for i, (lang, x) in enumerate(picked, 1):
            text = " ".join(x["text"].split())
            rows.append([f"devml:{group}:{i:04d}", group, lang, x["family"], x["form"], act, sx, rp, x["name"], text])
    return rows


def write(rows: list[list[str]], path: Path = OUT) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "\t".join(COLUMNS) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    assert "\r" not in body
    for r in rows:
        assert len(r) == len(COLUMNS) and all("\t" not in v and "\n" not in v for v in r), r
    path.write_bytes(body.encode("utf-8"))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    rows = build()
    digest = write(rows)
    print(f"rows {len(rows)}  sha256 {digest}")
    print(Counter(r[1] for r in rows))
    print(sorted(Counter(r[2] for r in rows).items()))


if __name__ == "__main__":
    main()
