"""Build bench/data/dev10/dev10.tsv from bench/dev10_data.py (deterministic: one seed).

    python bench/build_dev10.py            # writes the tsv and prints counts and its sha256

A readable DEVELOPMENT set for the prompt guard (trainers may read and tune on every row), written by an
independent helper session: 16 languages (cs sk hu fi id ms tl hr sl lt lv ca vi et sq az) in their own script
and 6 code-switched pairs with English (tl-en id-en ms-en vi-en fi-en hr-en). Same 10 columns as devml.
"""
from __future__ import annotations

import hashlib
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import dev10_data as D  # noqa: E402

SEED = 20261210
OUT = HERE / "data" / "dev10" / "dev10.tsv"
COLUMNS = ["id", "group", "lang", "family", "form", "expect_action", "expect_sexual", "expect_real_person", "name", "text"]

GROUPS = ["private_sexual_new", "named_sexual", "private_benign_edit", "named_benign", "person_description", "clean_twin"]
QUOTA = {  # rows per language and group
    "private_sexual_new": 40, "private_benign_edit": 15, "named_sexual": 20, "named_benign": 10,
    "person_description": 10, "clean_twin": 10,
}
EXPECT = {  # (action, sexual, real_person); "-" = no expectation on that column
    "private_sexual_new": ("block", "yes", "-"),
    "private_benign_edit": ("allow", "no", "-"),
    "named_sexual": ("block", "yes", "yes"),
    "named_benign": ("allow", "no", "-"),
    "person_description": ("allow", "no", "no"),
    "clean_twin": ("allow", "no", "-"),
}


def persons(lang: str) -> list[tuple[str, str, str]]:
    out = []
    for line in D.L[lang]["p"].strip().split("\n"):
        parts = [x.strip() for x in line.split("|")]
        if len(parts) == 1:
            parts *= 3
        assert len(parts) == 3, (lang, line)
        out.append(tuple(parts))
    return out


def fill(tpl: str, p: tuple[str, str, str]) -> str:
    return tpl.replace("{n}", p[0]).replace("{a}", p[1]).replace("{g}", p[2])


def candidates(group: str, lang: str) -> list[list[dict]]:
    """Candidates per template (one inner list per template), so the draw can spread over templates."""
    d = D.L[lang]
    ps = persons(lang)
    out: list[list[dict]] = []

    def row(family, text, form="-", name="-"):
        return dict(family=family, form=form, name=name, text=" ".join(text.split()))

    if group == "private_sexual_new":
        for fam, sx, _ in d["sx"]:
            out.append([row("private_edit" if fam == "e" else "private_describe", fill(sx, p)) for p in ps])
    elif group == "private_benign_edit":
        for tpl in d["be"]:
            out.append([row("private_benign_edit", fill(tpl, p)) for p in ps])
    elif group == "named_sexual":
        for sx, _ in d["ns"]:
            out.append([row("named_request", sx.replace("{n}", n), "invented", n) for n in d["nm"]])
    elif group == "named_benign":
        for tpl in d["nb"]:
            out.append([row("named_ordinary", tpl.replace("{n}", n), "invented", n) for n in d["nm"]])
    elif group == "person_description":
        out.append([row("scene", s) for s in d["desc"]])
    elif group == "clean_twin":
        for _, _, tw in d["sx"]:
            out.append([row("twin_private", fill(tw, p)) for p in ps])
        for _, tw in d["ns"]:
            out.append([row("twin_named", tw.replace("{n}", n), "invented", n) for n in d["nm"]])
    else:
        raise ValueError(group)
    return out


def build() -> list[list[str]]:
    rng = random.Random(SEED)
    used: set[str] = set()  # no text twice in the whole set
    picked: dict[str, list[tuple[str, dict]]] = {g: [] for g in GROUPS}
    for group in GROUPS:
        for lang in D.L:
            per_tpl = []
            for lst in candidates(group, lang):
                lst = [x for x in lst if x["text"] not in used]
                rng.shuffle(lst)
                per_tpl.append(lst)
            rng.shuffle(per_tpl)
            order, seen = [], set()
            while any(per_tpl):  # round robin over templates
                for lst in per_tpl:
                    if lst:
                        x = lst.pop()
                        if x["text"] not in seen:
                            seen.add(x["text"])
                            order.append(x)
            take = order[: QUOTA[group]]
            assert len(take) == QUOTA[group], (group, lang, len(take))
            used.update(x["text"] for x in take)
            picked[group] += [(lang, x) for x in take]
    rows: list[list[str]] = []
    for group in GROUPS:
        act, sx, rp = EXPECT[group]
        for i, (lang, x) in enumerate(picked[group], 1):
            rows.append([f"dev10:{group}:{i:04d}", group, lang, x["family"], x["form"], act, sx, rp, x["name"], x["text"]])
    return rows


def write(rows: list[list[str]], path: Path = OUT) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    for r in rows:
        assert len(r) == len(COLUMNS) and all(v and "\t" not in v and "\n" not in v and "\r" not in v for v in r), r
        assert "{" not in r[-1] and "}" not in r[-1], r
    body = "\t".join(COLUMNS) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    path.write_bytes(body.encode("utf-8"))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    rows = build()
    digest = write(rows)
    print(f"rows {len(rows)}  sha256 {digest}")
    print(dict(Counter(r[1] for r in rows)))
    print(dict(Counter(r[2] for r in rows)))


if __name__ == "__main__":
    main()
