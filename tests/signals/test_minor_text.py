"""minor_text: ages, school years, child words and sexualised-minor terms, in both directions.

Self-contained: every text is written here; no data is read from outside the package.
"""

from __future__ import annotations

import pytest

from helpers.threads import run_in_threads
from nciiguard.content import Content, ScanContext
from nciiguard.errors import ConfigError
from nciiguard.findings import Action, Finding, SignalResult, Status
from nciiguard.policy import load_policy
from nciiguard.signals.registry import signal_class
from nciiguard.signals.text.minor import MinorTextSignal
from nciiguard.text.minor_lexicon import load_minor_lexicon
from nciiguard.text.normalize import normalize


@pytest.fixture(scope="module")
def signal() -> MinorTextSignal:
    s = MinorTextSignal()
    s.ensure_loaded()
    return s


def scan(signal: MinorTextSignal, text: str, field: str = "prompt") -> list[Finding]:
    ctx = ScanContext(Content(texts={field: text}))
    return list(signal.detect(ctx))


def hits(signal, text, min_score=0.5):
    """(label, matched original text) of findings at or above the shipped profiles' threshold."""
    return {(f.label, f.text) for f in scan(signal, text) if f.score >= min_score}


def assert_spans_are_original(text: str, findings: list[Finding]) -> None:
    for f in findings:
        assert f.span is not None
        assert text[f.span.start : f.span.end] == f.text


# --- registry and contract ----------------------------------------------------------------------
def test_registered_under_its_name():
    cls = signal_class("minor_text")
    assert cls is MinorTextSignal
    assert cls.modalities == frozenset({"text"})
    assert cls.extra is None


@pytest.mark.parametrize(
    "params",
    [{"adult_age": 15}, {"adult_age": 30}, {"teen_score": 1.5}, {"context_window": 0},
     {"min_score": -0.1}, {"no_such_param": 1}, {"teen_score": "high"}, {"max_findings": 0}],
)
def test_bad_params_are_config_errors(params):
    with pytest.raises(ConfigError):
        MinorTextSignal(params)


# --- ages ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, matched, age",
    [
        ("photo of a 15 year old girl", "15 year old", 15),
        ("a 15-year-old on the beach", "15-year-old", 15),
        ("15yo, bikini", "15yo", 15),
        ("15 y/o model", "15 y/o", 15),
        ("girl 15yrs", "15yrs", 15),
        ("a dancer aged 15", "aged 15", 15),
        ("age: 14, long hair", "age: 14", 14),
        ("she is fifteen years old", "fifteen years old", 15),
        ("Fifteen-Year-Old", "Fifteen-Year-Old", 15),
        ("chica de 15 años", "15 años", 15),
        ("menina de 15 anos", "15 anos", 15),
        ("une fille de 14 ans", "14 ans", 14),
        ("ein Mädchen, 15 Jahre alt", "15 Jahre alt", 15),
        ("die 15-jährige", "15-jährige", 15),
        ("ragazza di 15 anni", "15 anni", 15),
        ("15-летняя девочка", "15-летняя", 15),
        ("15歳の女の子", "15歳", 15),
        ("十五岁的女孩", "十五岁", 15),
        ("teen 15, smiling", "teen 15", 15),
        ("a 6 month old", "6 month old", 0),
        ("1 7 - year - old anime girl", "1 7 - year - old", 17),  # Lexica-style split digits
        ("15 1/2 year old", "15 1/2 year old", 15),
        # digits of other scripts (round 9: the normaliser read Persian "۱" as the letter "l")
        ("دختر ۱۴ ساله", "۱۴ ساله", 14),
        ("فتاة عمرها ١٤ عاما", "عمرها ١٤", 14),
        ("১৪ বছরের মেয়ে", "১৪ বছরের", 14),
        ("लड़की १४ साल की", "१४ साल की", 14),
    ],
)
def test_ages_under_18_fire(signal, text, matched, age):
    found = [f for f in scan(signal, text) if f.label == "age_under_18"]
    assert [f.text for f in found] == [matched]
    assert found[0].score >= 0.5
    assert found[0].evidence["age"] == age
    assert "pattern" in found[0].evidence
    assert_spans_are_original(text, found)


@pytest.mark.parametrize(
    "text",
    [
        "an 18 year old woman", "25yo", "a 19-year-old", "nineteen years old", "twenty five years old",
        "1 8 years old", "2 5 y. o. genie", "treinta y cinco años", "二十五歳", "15 years ago",
        "for 15 years", "15 years of experience", "a 15 year old car", "a 15 year old house",
        "a 15 year old whisky", "12 year old single malt", "a 15 year old tree", "the car is 15 years old",
        "whisky aged 12 years", "1990s fashion", "7 year anniversary", "a 5 year plan",
        "hace 15 años", "il y a 15 ans", "vor 15 Jahren", "15 anni fa", "page 15", "stage 12",
        "grade 5 titanium", "teenagers two", "زن ۳۵ ساله", "عمرها ٢٥ عاما", "سال ۱۴۰۲",
    ],
)
def test_non_ages_and_adult_ages_do_not_fire(signal, text):
    assert [f for f in scan(signal, text) if f.label == "age_under_18"] == []


def test_bare_duration_without_person_is_weak_but_person_makes_it_strong(signal):
    weak = [f for f in scan(signal, "15 years") if f.label == "age_under_18"]
    strong = [f for f in scan(signal, "a girl, 15 years") if f.label == "age_under_18"]
    assert weak and strong
    assert weak[0].score < strong[0].score
    assert MinorTextSignal({"weak_age_score": 0.3}).detect_text(normalize("15 years"), "p")[0].score == 0.3


def test_adult_age_parameter(signal):
    strict = MinorTextSignal({"adult_age": 21})
    assert [f.evidence["age"] for f in strict.detect_text(normalize("a 19 year old"), "prompt")] == [19]
    assert scan(signal, "a 19 year old") == []


# --- school age ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, matched",
    [
        ("middle school dance", "middle school"),
        ("elementary school", "elementary school"),
        ("a high school girl", "high school girl"),
        ("a 7th grader", "7th grader"),
        ("seventh grade", "seventh grade"),
        ("a grade 7 student", "grade 7"),
        ("freshman in high school", "freshman in high school"),
        ("junior high", "junior high"),
        ("schoolgirl", "schoolgirl"),
        ("jk, sailor uniform", "jk"),
        ("女子中学生", "女子中学生"),
        ("школьницу", "школьницу"),
    ],
)
def test_school_age_fires(signal, text, matched):
    assert ("school_age", matched) in hits(signal, text)


def test_school_uniform_is_a_costume_score_and_high_school_alone_is_weak(signal):
    uniform = [f for f in scan(signal, "woman in a school uniform") if f.label == "school_age"]
    assert [(f.text, f.score, f.evidence["term"]) for f in uniform] == [("school uniform", 0.5, "school uniform")]
    assert MinorTextSignal({"costume_score": 0.2}).detect_text(normalize("school uniform"), "p")[0].score == 0.2
    hs = [f for f in scan(signal, "high school") if f.label == "school_age"]
    assert hs and hs[0].score < 0.5
    assert hits(signal, "my high school teacher") == set()
    assert hits(signal, "jk lol that was funny") == set()  # "just kidding", not joshi kousei


# --- child terms --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, matched",
    [
        ("a child", "child"), ("two kids playing", "kids"), ("toddler", "toddler"), ("an infant", "infant"),
        ("a newborn baby", "newborn"), ("little girl", "little girl"), ("little boy", "little boy"),
        ("preteen", "preteen"), ("tween", "tween"), ("underage", "underage"), ("a minor", "minor"),
        ("sexy minor, posing", "minor"), ("a minor in a bikini", "minor"), ("minors", "minors"),
        ("young girl", "young girl"), ("teen", "teen"), ("teenage model", "teenage"),
        ("daughter", "daughter"), ("my son", "son"), ("her niece", "niece"), ("a baby", "baby"),
        ("una niña", "niña"), ("menor de edad", "menor de edad"), ("criança", "criança"),
        ("fillette", "fillette"), ("petite fille", "petite fille"), ("kleines Mädchen", "kleines Mädchen"),
        ("minderjährige", "minderjährige"), ("bambina", "bambina"), ("minorenne", "minorenne"),
        ("ребёнок", "ребёнок"), ("девочку", "девочку"), ("幼女", "幼女"), ("子供", "子供"), ("小女孩", "小女孩"),
        ("未成年", "未成年"),
    ],
)
def test_child_terms_fire(signal, text, matched):
    assert ("child_term", matched) in hits(signal, text)


@pytest.mark.parametrize(
    "text",
    [
        "petite woman", "a girl", "girls night out", "two girls", "a woman", "minor key", "a minor injury",
        "minor details", "the damage was minor.", "in a minor way", "son visage", "son muy bonitas",
        "baby oil", "babydoll lingerie", "baby blue dress", "a baby giraffe", "kid gloves", "child's play",
        "gothic lolita fashion", "kidney", "childhood home", "kindness", "sugar baby", "barely legal",
        "mature woman", "milf", "babe", "Nina Hartley", "Nino Rota", "Bebe Rexha", "her daughter-in-law",
    ],
)
def test_adult_and_non_person_uses_do_not_fire(signal, text):
    assert hits(signal, text) == set(), text


def test_teen_score_is_a_parameter_and_fires_by_default(signal):
    found = [f for f in scan(signal, "an 18 year old teen") if f.label == "child_term"]
    assert [(f.text, f.score) for f in found] == [("teen", 0.7)]
    assert MinorTextSignal({"teen_score": 0.4}).detect_text(normalize("teen"), "p")[0].score == 0.4


def test_family_score_parameter():
    s = MinorTextSignal({"family_score": 0.9})
    assert [f.score for f in s.detect_text(normalize("her daughter"), "p")] == [0.9]


# --- sexualised-minor terms ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, matched",
    [
        ("loli", "loli"), ("lolicon art", "lolicon"), ("shota", "shota"), ("shotacon", "shotacon"),
        ("jailbait", "jailbait"), ("jail bait", "jail bait"), ("pedo", "pedo"), ("pedophile", "pedophile"),
        ("toddlercon", "toddlercon"), ("pthc", "pthc"), ("cp pics", "cp"), ("ロリ", "ロリ"),
        ("萝莉", "萝莉"), ("лоли", "лоли"), ("Kinderpornos", "Kinderpornos"),
    ],
)
def test_sexualised_minor_terms_score_one(signal, text, matched):
    found = [f for f in scan(signal, text) if f.label == "sexualised_minor_term"]
    assert [(f.text, f.score) for f in found] == [(matched, 1.0)]


@pytest.mark.parametrize("text, matched", [("nymphettes", "nymphettes"), ("a nymphet on the bed", "nymphet")])
def test_nymphet_is_a_sexualised_minor_term(signal, text, matched):
    """Found by the I2P audit: the word sexualises a girl without naming an age."""
    found = [f for f in scan(signal, text) if f.label == "sexualised_minor_term"]
    assert [(f.text, f.score) for f in found] == [(matched, 0.7)]
    assert not scan(signal, "nymphs dancing in a forest, by bouguereau")


def test_cp_alone_is_reported_below_threshold(signal):
    found = scan(signal, "cp")
    assert [(f.label, f.score) for f in found] == [("sexualised_minor_term", 0.45)]
    assert found[0].evidence["rule"] == "ctx:media"


# --- obfuscation and spans ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, matched, label",
    [
        ("l0li", "l0li", "sexualised_minor_term"),
        ("l o l i", "l o l i", "sexualised_minor_term"),
        ("L.O.L.I", "L.O.L.I", "sexualised_minor_term"),
        ("ｌｏｌｉ", "ｌｏｌｉ", "sexualised_minor_term"),
        ("l\u200boli", "l\u200boli", "sexualised_minor_term"),
        ("lоli", "lоli", "sexualised_minor_term"),  # Cyrillic o
        ("shotaaaa", "shotaaaa", "sexualised_minor_term"),
        ("k i d", "k i d", "child_term"),
        ("ch1ld", "ch1ld", "child_term"),
        ("(child:1.3), beach", "child", "child_term"),
        ("[[toddler]]", "toddler", "child_term"),
        ("<lora:loli_style_v2:0.8>", "loli", "sexualised_minor_term"),
        ("LITTLE   GIRL", "LITTLE   GIRL", "child_term"),
        ("ＡＧＥＤ １５", "ＡＧＥＤ １５", "age_under_18"),
    ],
)
def test_obfuscations_are_caught_with_original_spans(signal, text, matched, label):
    found = [f for f in scan(signal, text) if f.label == label]
    assert [f.text for f in found] == [matched]
    assert_spans_are_original(text, found)


def test_spans_point_into_the_original_text_of_each_field(signal):
    prompt = "masterpiece, (best quality:1.2), a 14yo with a l0li face, at her MIDDLE SCHOOL"
    negative = "ugly, child"
    ctx = ScanContext(Content(texts={"prompt": prompt, "negative_prompt": negative}))
    found = list(signal.detect(ctx))
    by_field = {}
    for f in found:
        by_field.setdefault(f.field, []).append(f)
    assert_spans_are_original(prompt, by_field["prompt"])
    assert_spans_are_original(negative, by_field["negative_prompt"])
    assert {f.text for f in by_field["prompt"]} == {"14yo", "l0li", "MIDDLE SCHOOL"}
    assert [f.text for f in by_field["negative_prompt"]] == ["child"]  # reported; the policy ignores it


def test_no_duplicate_findings_from_the_two_views(signal):
    found = scan(signal, "little girl, loli, child")
    keys = [(f.label, f.span) for f in found]
    assert len(keys) == len(set(keys))


def test_empty_and_punctuation_only_text(signal):
    assert scan(signal, "") == []
    assert scan(signal, " ,,, (( )) ") == []


def test_long_hostile_input_finishes(signal):
    text = ("15 " * 5000) + ("(" * 20000) + "child"
    found = scan(signal, text[:60000])
    assert any(f.label == "child_term" for f in found)


def test_findings_per_field_are_capped_keeping_the_strongest():
    text = "teen " * 3000 + "loli"
    found = MinorTextSignal({"max_findings": 5}).detect_text(normalize(text), "prompt")
    assert len(found) == 5
    assert any(f.label == "sexualised_minor_term" for f in found)  # highest score survives the cap
    assert [f.span.start for f in found] == sorted(f.span.start for f in found)


# --- lexicon files -------------------------------------------------------------------------------
def test_lexicon_is_loaded_once_and_normalised():
    lex = load_minor_lexicon()
    assert lex is load_minor_lexicon()
    assert "loli" in lex.folded.exact
    assert any(e.words == ("petite", "fille") for e in lex.folded.exact["petite"])
    # "petite" alone is adult vocabulary: only the French phrase "petite fille" may start with it.
    assert [e.words for e in lex.folded.exact["petite"]] == [("petite", "fille")]
    # Terms are stored in their normalised form: diacritics folded like the text they meet.
    assert "nina" in lex.folded.exact and "niña" not in lex.folded.exact


# --- thread safety ------------------------------------------------------------------------------
def test_detect_is_thread_safe():
    signal = MinorTextSignal()  # not loaded: threads race on ensure_loaded too
    texts = ["a 15 year old girl", "l0li", "minor key", "a minor, posing", "15歳", "mature woman"] * 20
    expected = [sorted((f.label, f.text) for f in scan(MinorTextSignal(), t)) for t in texts]
    results: list = [None] * len(texts)

    def work(k: int) -> None:
        for i in range(k, len(texts), 8):
            ctx = ScanContext(Content(texts={"prompt": texts[i]}))
            signal.ensure_loaded()
            results[i] = sorted((f.label, f.text) for f in signal.detect(ctx))

    assert run_in_threads(work, 8) == []
    assert results == expected


# --- the policy: minor + sexual blocks (sexual findings injected) ---------------------------------
def test_ncii_policy_blocks_sexual_content_with_a_minor_finding(signal):
    policy = load_policy("ncii")
    minor = SignalResult("minor_text", "1", Status.OK, tuple(scan(signal, "a teen on the beach")))
    sexual = SignalResult(
        "sexual_text", "1", Status.OK, (Finding("explicit", 0.9, "prompt", text="(injected)"),)
    )
    decision = policy.decide([minor, sexual])
    assert decision.action is Action.BLOCK
    assert "minor_sexual" in decision.rules
    assert any(r.code == "minor.child_term" for r in decision.reasons)
    # Without a sexual finding, a child in a prompt is just a child.
    assert policy.decide([minor]).action is Action.ALLOW
    # An adult-only prompt with the same sexual finding is reviewed, not blocked.
    adult = SignalResult("minor_text", "1", Status.OK, tuple(scan(signal, "a petite 25yo woman")))
    assert policy.decide([adult, sexual]).action is Action.REVIEW


def test_lexicon_rows_are_read_by_the_shared_lexicon_reader(monkeypatch):
    # minor_text has no TSV reader of its own: rows come from text.lexicon.read_rows (comments and
    # blank lines skipped), and a bad row is a LexiconError naming the file and the line.
    from nciiguard.text import minor_lexicon
    from nciiguard.text.lexicon import LexiconError, read_rows

    assert read_rows("# comment\n\nkid\tchild_term\t0.9\ten\n") == [(3, ["kid", "child_term", "0.9", "en"])]
    bad = "# test\nkid\tchild_term\t0.9\ten\ngrownup\tadult\t0.9\ten\n"
    monkeypatch.setattr(minor_lexicon, "read_text",
                        lambda path: bad if path.endswith("minor_terms.tsv") else "")
    monkeypatch.setattr(minor_lexicon, "_LEXICON", None)
    with pytest.raises(LexiconError, match=r"minor_terms\.tsv:3: unknown label 'adult'"):
        minor_lexicon.load_minor_lexicon()
