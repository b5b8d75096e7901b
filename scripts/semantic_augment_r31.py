"""Round-31 training negatives for the semantic sexual-request heads (helper "sem"): the pinned tests' must-allow
prompts, and generated prompts of the shapes the round-30 candidate and the shipped first head read as sexual.

Written for this project; only scripts/train_semantic_sexual.py calls it. Why: round 30's retrained second head met
the differential rule but failed four pinned must-allow tests (a line of code, a Turkish family-tree edit, "strip
<name>'s bed", "<Name> <Initial>.'s statements"), and the shipped first head reads a Finnish compound, a Thai given
name holding "porn", a sauna-and-robe scene and a wiki-style token as sexual. Two sources, both NEGATIVE (label 0):

``pinned``    string literals the pinned tests assert to be allowed / not sexual, extracted by AST from
              tests/signals/*.py and tests/unit/*.py: the elements (or the first string of tuple elements) of every
              list or tuple that feeds a ``pytest.mark.parametrize`` of a test whose NAME says allow/pass/clean/
              benign/twin/stays/not-flagged and not block/flag, or whose module-level variable NAME says so
              (ALLOW, CLEAN, TWIN, BENIGN, PASS, NEG, ORDINARY, EVERYDAY, SAFE, INNOCENT). A string also listed in a
              block-ish list anywhere is dropped. Each item keeps its source file (``pinned_pool()`` returns it).
``r31_hard``  generated negatives of the failed shapes: lines of code and identifiers; ordinary edit prompts in
              Turkish, Finnish, Hungarian, Estonian and German with long compounds; Thai given names holding "porn"
              in ordinary requests; "strip/clean/make <name>'s bed/room/car"; "<Name> <Initial>.'s statements /
              notes"; everyday sauna, spa and bathrobe scenes; wiki, template and tag tokens.

No generated text copies a development or held-out row (the shapes are described, the wording is new). Every item
is (text, label, family, kind) as the other generators. The trainer puts ALL of these in the training
split (they are the acceptance shapes, not a validation measure); the validation is the whole authors v29, v30.
"""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST_DIRS = ("tests/signals", "tests/unit")
_ALLOW_FN = re.compile(r"allow|pass|clean|benign|twin|stay|not_flag|not_sexual|unflag|ordinary|innocent|everyday"
                       r"|no_finding|false_pos|must_allow|left_alone|neutral|keep", re.I)
_BLOCK_FN = re.compile(r"block|_flag(ged|s)?(_|$)|_read(s)?_as|sexual_(is|are)|caught|detect(s|ed)?(_|$)|warn", re.I)
_ALLOW_VAR = re.compile(r"ALLOW|CLEAN|TWIN|BENIGN|PASS|NEG|ORDINARY|EVERYDAY|SAFE|INNOCENT|NOT_SEXUAL|UNFLAGGED", re.I)
_BLOCK_VAR = re.compile(r"BLOCK|FLAG|SEXUAL|POS|CAUGHT|WARN|ATTACK|NSFW|EXPLICIT|REQUEST", re.I)


def _strings(node) -> list[str]:
    out = []
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        for e in node.elts:
            if isinstance(e, ast.Constant) and isinstance(e.value, str):
                out.append(e.value)
            elif isinstance(e, ast.Tuple) and e.elts and isinstance(e.elts[0], ast.Constant) \
                    and isinstance(e.elts[0].value, str):
                out.append(e.elts[0].value)
            elif isinstance(e, ast.Call) and e.args:  # pytest.param("text", ...)
                if isinstance(e.args[0], ast.Constant) and isinstance(e.args[0].value, str):
                    out.append(e.args[0].value)
    return out


def _prompt_shaped(s: str) -> bool:
    s = s.strip()
    return 3 <= len(s) <= 300 and "\n" not in s and any(c.isalpha() for c in s)


def _scan(path: Path):
    """(allowed strings, blocked strings) of one test module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    var: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            s = _strings(node.value)
            if s:
                var[node.targets[0].id] = s
    allow, block = set(), set()
    used = set()
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for dec in node.decorator_list:
            if not (isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "parametrize" and len(dec.args) >= 2):
                continue
            src = dec.args[1]
            vals = var.get(src.id, []) if isinstance(src, ast.Name) else _strings(src)
            if isinstance(src, ast.Name):
                used.add(src.id)
            name = node.name
            if _BLOCK_FN.search(name) and not re.search(r"not_|_no_|never|un", name):
                block.update(vals)
            elif _ALLOW_FN.search(name):
                allow.update(vals)
    for k, vals in var.items():  # module lists named for what they are (used or not by a parametrize)
        if _BLOCK_VAR.search(k) and not _ALLOW_VAR.search(k):
            block.update(vals)
        elif _ALLOW_VAR.search(k) and not _BLOCK_VAR.search(k) and k not in used:
            allow.update(vals)
    return allow, block


def pinned_pool(root: Path = ROOT, allowed_only: bool = True) -> list[tuple[str, str]]:
    """(text, source file) of the pinned tests' must-allow prompts, sorted, each text once.

    ``allowed_only``: keep only the prompts the ``ncii`` guard of this checkout ALLOWS (the extraction is by names:
    a list read by a real-person or cipher test "not flagged" by THAT signal may hold a sexual prompt the guard
    reviews or blocks for another reason; those are no must-allow negatives)."""
    allow: dict[str, str] = {}
    block: set[str] = set()
    for d in TEST_DIRS:
        for p in sorted((root / d).glob("test_*.py")):
            a, b = _scan(p)
            block |= b
            for s in sorted(a):
                allow.setdefault(s, str(p.relative_to(root)))
    out = sorted((t.strip(), src) for t, src in allow.items() if t not in block and _prompt_shaped(t))
    if allowed_only:
        from nciiguard import Guard

        guard = Guard()
        out = [(t, src) for t, src in out if guard.screen_prompt(t).action.value == "allow"]
    return out


NAMES = ["Tamsin", "Ottoline", "Dana", "Marguerite", "Aoife", "Siobhan", "Ingrid", "Keziah", "Beatriz", "Yusuf",
         "Mehmet", "Ayşe", "Zeynep", "Aino", "Eeva", "Réka", "Zsófia", "Kertu", "Anneli", "Hamish", "Priya", "Lukas"]
THAI_PORN = ["Pornthip", "Pornpimol", "Siriporn", "Kanokporn", "Wanporn", "Ratchaporn", "Pornsawan", "Chonlaporn",
             "Pornpan", "Sukhonporn", "Jiraporn", "Pornchai"]
INITIALS = "ABCDEFGHJKLMNPRSTW"
CODE = [
    "name = 'na' + 'me'; print({v})", "print({v})", "def {v}(x): return x + 1", "for {v} in items: print({v})",
    "{v} = input().strip()", "if not {v}: raise ValueError('{v}')", "const {v} = document.getElementById('{v}');",
    "SELECT {v} FROM users WHERE id = 1", "git commit -m 'fix {v}'", "{v}.strip().split(',')",
    "import os; print(os.environ['{v}'])", "console.log({v}.length)", "x = {v}[::-1]",
    "let {v} = '{w}' + '{w}';", "assert {v} == '{w}'", "{{{{ {v} | upper }}}}", "echo ${v} > out.txt",
]
IDENT = ["name", "text", "strip", "body", "cover", "title", "exposed_port", "raw_input", "user_name", "top_off",
         "undress_flag", "bare_metal", "hot_reload", "nude_filter_enabled", "xxx_placeholder", "sauna_temp"]
WORDS = ["hello", "world", "me", "na", "abc", "foo", "bar"]
FOREIGN = {
    "tr": ["fotoğrafta soy ağacı çiz", "{n}'nin soy adını yaz", "elmayı soy ve tabağa koy", "arka planı bulanıklaştır",
           "fotoğraftaki yazıyı kaldır", "{n}'nin doğum günü pastasını ekle", "resmi siyah beyaz yap",
           "gökyüzünü daha mavi yap", "masadaki bardakları kaldır", "soy ağacına dedemi ekle"],
    "fi": ["tiedotustilaisuudessa puhuva ministeri, valokuva", "tee kuvasta mustavalkoinen", "poista taustalta auto",
           "{n} kaupunginvaltuuston kokouksessa, realistinen kuva", "saunan jälkeen järven rannalla, kesäilta",
           "yliopistorakennuksen aulassa odottava opiskelija", "kirjastonhoitaja kirjaston lukusalissa",
           "kaupunginvaltuustonkokous, dokumentaarinen valokuva", "poista vesileima kuvasta"],
    "hu": ["töröld a hátteret a képről", "tedd fekete-fehérré a fotót", "{n} a sajtótájékoztatón, fotó",
           "vedd le a vízjelet a képről", "a nagymama kertjében, nyári délután", "szüntesd meg a piros szemet"],
    "et": ["eemalda taustalt auto", "{n} pressikonverentsil, foto", "tee pilt mustvalgeks", "saunas istuvad sõbrad riietes"],
    "de": ["Bundespressekonferenzraum mit Rednerpult, Foto", "entferne das Wasserzeichen vom Bild",
           "{n} auf der Hauptversammlungspressekonferenz", "Donaudampfschifffahrtskapitän am Steuer, realistisch"],
}
THAI_ASK = ["a portrait of {t} at her graduation ceremony", "{t} presenting the quarterly report, office photo",
            "make {t}'s birthday card with balloons", "{t} cooking pad thai at a street stall", "{t} and her mother at the temple",
            "caption this photo of {t} at the market", "{t} Srisuk receiving an award on stage"]
CHORES = ["strip {n}'s bed", "strip {n}'s bed and wash the sheets", "clean {n}'s room", "tidy {n}'s car",
          "make {n}'s bed 🔥 realistic", "strip {n}'s bed 🔥 realistic", "strip the paint from {n}'s door",
          "clear {n}'s desk in this photo", "empty {n}'s car boot", "strip {n}'s old sofa for reupholstering"]
STATEMENTS = ["compare {n} {i}.'s two latest statements", "summarise {n} {i}.'s notes from the meeting",
              "{n} {i}.'s statement to the press, as a photo caption", "fact-check {n} {i}.'s latest claims",
              "list {n} {i}.'s recent posts", "translate {n} {i}.'s remarks into French"]
SAUNA = ["leaving the steam room in a towel robe, talking about work", "two friends in bathrobes at a spa, drinking tea",
         "{n} in a fluffy bathrobe reading the newspaper at breakfast", "a family at a Finnish lake sauna, dressed, evening",
         "hotel spa lobby with folded white robes, photo", "{n} wrapped in a towel after swimming, laughing with friends"]
TOKENS = ["[[soft-blur-background]]", "[[soft-light]] portrait of {n}", "{{{{hero-banner}}}} with a sunset",
          "#bokeh #portrait #goldenhour", "<style: film-grain, warm-tones>", "--ar 3:2 --style raw portrait of {n}",
          "[[bg-blur]] [[warm-tones]] {n} at the cafe", ":creamy: :bokeh: background", "{n} [[studio-lighting]] headshot"]


def generate_r31(seed: int) -> list[tuple[str, int, str, str]]:
    rng = random.Random(seed + 31)
    out = []

    def add(text, fam):
        out.append((text, 0, f"r31-{fam}", "hard"))

    for tpl in CODE:
        for v in rng.sample(IDENT, 5):
            add(tpl.format(v=v, w=rng.choice(WORDS)), "code")
    for lang, tpls in FOREIGN.items():
        for tpl in tpls:
            for n in rng.sample(NAMES, 2) if "{n}" in tpl else [None]:
                add(tpl.format(n=n), f"foreign-{lang}")
    for tpl in THAI_ASK:
        for t in rng.sample(THAI_PORN, 4):
            add(tpl.format(t=t), "thai")
    for tpl in CHORES:
        for n in rng.sample(NAMES, 4):
            add(tpl.format(n=n), "chores")
    for tpl in STATEMENTS:
        for n in rng.sample(NAMES, 4):
            add(tpl.format(n=n, i=rng.choice(INITIALS)), "statements")
    for tpl in SAUNA + TOKENS:
        for n in rng.sample(NAMES, 3) if "{n}" in tpl else [None]:
            add(tpl.format(n=n), "sauna" if tpl in SAUNA else "tokens")
    seen, uniq = set(), []
    for item in out:
        if item[0] not in seen:
            seen.add(item[0])
            uniq.append(item)
    return uniq


if __name__ == "__main__":
    pool = pinned_pool()
    print(len(pool), "pinned must-allow prompts;", len(generate_r31(0)), "generated")
    from collections import Counter

    for src, n in Counter(s for _, s in pool).most_common():
        print(f"{n:5d} {src}")
