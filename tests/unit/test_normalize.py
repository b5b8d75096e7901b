"""Text normalisation: what is undone, what must survive, and spans back to the original."""

from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import example, HealthCheck, given, settings
from hypothesis import strategies as st

from nciiguard.findings import Span
from nciiguard.text import NormalizedText, Tag, Token, View, normalize


def folded(s: str) -> str:
    return normalize(s).folded.text


def plain(s: str) -> str:
    return normalize(s).plain.text


def orig_of(nt: NormalizedText, view: View, token: Token) -> str:
    s, e = view.to_original(token.start, token.end)
    return nt.original[s:e]


# --- API shape -------------------------------------------------------------------------------
def test_api_shape_and_frozen():
    nt = normalize("A (nude:1.2) photo")
    assert nt.original == "A (nude:1.2) photo"
    assert isinstance(nt.folded, View) and isinstance(nt.plain, View)
    assert [t.text for t in nt.plain.tokens] == ["a", "nude", "photo"]
    assert all(isinstance(t, Token) for t in nt.folded.tokens)
    with pytest.raises(dataclasses.FrozenInstanceError):
        nt.original = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        nt.plain.tokens[0].text = "y"  # type: ignore[misc]


def test_tokens_index_view_text():
    nt = normalize("Don't   go, ((Ｎｕｄｅ)) 'quoted'")
    for view in (nt.plain, nt.folded):
        for t in view.tokens:
            assert view.text[t.start : t.end] == t.text
    assert [t.text for t in nt.plain.tokens] == ["don't", "go", "nude", "quoted"]


def test_rejects_non_strings():
    with pytest.raises(TypeError, match="needs a str"):
        normalize(b"nude")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        normalize(None)  # type: ignore[arg-type]


def test_to_original_rejects_bad_ranges():
    view = normalize("hello").plain
    for bad in [(-1, 2), (2, 1), (0, 6)]:
        with pytest.raises(ValueError):
            view.to_original(*bad)
    assert view.to_original(5, 5) == (5, 5)
    assert view.span(0, 5) == Span(0, 5)


def test_empty_and_whitespace_only():
    for s in ["", "   ", "\u200b\u200b", "(( ))", "\n\t"]:
        nt = normalize(s)
        assert nt.plain.text == "" and nt.folded.text == ""
        assert nt.plain.tokens == () and nt.plain.to_original(0, 0)[0] <= len(s)


# --- Obfuscation that must be undone in `folded` -----------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("n.u.d.e", "nude"),
        ("n u d e", "nude"),
        ("n-u-d-e", "nude"),
        ("n_u_d_e", "nude"),
        ("n u d e s", "nudes"),
        ("n. u. d. e", "nude"),
        ("ｎｕｄｅ", "nude"),  # fullwidth
        ("nսde", "nude"),  # Armenian seh
        ("nudе", "nude"),  # Cyrillic ie
        ("ѕех", "sex"),  # all-Cyrillic look-alikes
        ("nοde", "node"),  # Greek omicron
        ("𝐧𝐮𝐝𝐞", "nude"),  # mathematical bold
        ("𝓷𝓾𝓭𝓮", "nude"),  # mathematical script
        ("ⓝⓤⓓⓔ", "nude"),  # circled letters
        ("NUDE", "nude"),
        ("n\u200bude", "nude"),
        ("n\u200cu\u200dd\u2060e", "nude"),
        ("nu\u00adde", "nude"),  # soft hyphen
        ("\ufeffnude", "nude"),
        ("nu\u202ede", "nude"),  # bidi override
        ("n\U000e0041ude", "nude"),  # tags block
        ("nu\ufe0fde", "nude"),  # variation selector
        ("nu\u0301de", "nude"),  # combining acute
        ("n̸̛u̵d̷e", "nude"),  # zalgo
        ("nüdé", "nude"),
        ("nuuuude", "nude"),
        ("sexxxy", "sexy"),
        ("s3x", "sex"),
        ("pr0n", "pron"),
        ("p0rn", "porn"),
        ("n00d", "nood"),
        ("b00bs", "boobs"),
        ("@ss", "ass"),
        ("$ex", "sex"),
        ("t1ts", "tits"),
        ("s1ut", "slut"),
        ("n!pple", "nipple"),
        ("nak3d", "naked"),
        ("nud3", "nude"),
        ("(nude:1.4)", "nude"),
        ("(nude: 1.4)", "nude"),
        ("((nude))", "nude"),
        ("[nude]", "nude"),
        ("{nude}", "nude"),
        ("{{{nude}}}", "nude"),
        ("nude++", "nude"),
        ("(nude)1.3", "nude"),
        ("(nude)-", "nude"),
        ("\\(nude\\)", "nude"),
        ("1.5::nude::", "nude"),
        ("(（ｎｕｄｅ：１．４）)", "nude"),  # fullwidth prompt syntax
        ("<lora:emma_watson_v2:0.8>", "emma watson v2"),
        ("<lora:EmmaWatsonV2:0.8:0.6>", "emma watson v2"),
        ("<lyco:emma-watson:1>", "emma watson"),
        ("<hypernet:emma.watson.safetensors:1>", "emma watson"),
        ("<LoRA:emma_watson>", "emma watson"),
        ("embedding:emma_watson", "emma watson"),
        ("(embedding:emma_watson:1.2)", "emma watson"),
    ],
)
def test_folded_undoes(text, expected):
    assert folded(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[nude:clothed:0.3]", ["nude", "clothed"]),
        ("[clothed:nude:10]", ["clothed", "nude"]),
        ("[nude::0.5]", ["nude"]),
        ("[:nude:10]", ["nude"]),
        ("[nude|clothed]", ["nude", "clothed"]),
        ("{nude|clothed|dress}", ["nude", "clothed", "dress"]),
        ("nude BREAK clothed", ["nude", "clothed"]),
        ("a cat AND a dog", ["a", "cat", "a", "dog"]),
    ],
)
def test_prompt_editing_keeps_every_alternative(text, expected):
    nt = normalize(text)
    assert [t.text for t in nt.plain.tokens] == expected
    assert [t.text for t in nt.folded.tokens] == expected


def test_syntax_never_glues_words():
    assert plain("(nude)(woman)") == "nude woman"
    assert plain("[nude|woman]") == "nude woman"
    assert plain("nude<lora:x:1>woman") == "nude x woman"
    assert plain("nude\\(woman\\)") == "nude woman"
    assert plain("nudeBREAKwoman") == "nudebreakwoman"  # not a keyword inside a word
    assert plain("nude BREAK woman") == "nude , woman"


def test_break_and_are_case_sensitive_keywords():
    assert plain("break and enter") == "break and enter"
    assert plain("cat AND dog") == "cat , dog"


def test_network_tags_are_recorded_with_original_spans():
    s = "a photo, <lora:emma_watson_v2:0.8>, <lyco:SomeOne:1:0.5> embedding:bad_hands"
    nt = normalize(s)
    assert [(t.kind, t.name) for t in nt.tags] == [
        ("lora", "emma_watson_v2"),
        ("lyco", "SomeOne"),
        ("embedding", "bad_hands"),
    ]
    for tag in nt.tags:
        assert isinstance(tag, Tag)
        assert s[tag.span.start : tag.span.end].endswith(("0.8>", "0.5>", "bad_hands"))
        assert tag.name in s[tag.span.start : tag.span.end]
    assert "some one" in nt.plain.text
    tokens = {t.text: orig_of(nt, nt.plain, t) for t in nt.plain.tokens}
    assert tokens["watson"] == "watson" and tokens["some"] == "Some" and tokens["one"] == "One"


def test_tag_names_survive_obfuscation():
    nt = normalize("<ｌｏｒａ:emma_watson:0.8>")
    assert nt.tags[0].kind == "lora" and nt.tags[0].name == "emma_watson"
    assert nt.tags[0].span == Span(0, len(nt.original))


def test_nested_and_unbalanced_syntax():
    assert folded("((((nude:1.2):1.1)))") == "nude"
    assert folded("(nude") == "nude"
    assert folded("nude))]]") == "nude"
    assert folded("<lora:unclosed") == "lora unclosed"


# --- What must not change ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "a photo of a man",
        "a man with a hat and a dog",
        "18th century",
        "b2b",
        "windows 11",
        "covid-19",
        "4k uhd",
        "model year 2023",
        "1990s fashion",
        "1080p",
        "1girl, solo",
        "2girls",
        "3d render",
        "mp4 h264",
        "15yo",
        "15y/o",
        "15-year-old",
        "5yo",
        "a 12 year old",
        "sd15 sdxl v2",
        "1st place, 2nd, 3rd, 4th",
        "3some",
        "4ever",
        "5cm",
        "boobs book cool",
        "xxx",
        "1 2 3",
        "e.g. this",
        "user@",
        "wow!",
        "$100",
        "at 12:30",
        "a, b",
    ],
)
def test_benign_text_is_not_mangled(text):
    assert plain(text) == text
    assert folded(text) == text


def test_plain_keeps_leet_spacing_and_repeats():
    assert plain("n.u.d.e s3x nuuuude") == "n.u.d.e s3x nuuuude"
    assert plain("15yo s3x") == "15yo s3x"


def test_other_scripts_stay_themselves():
    # Words with letters that have no ASCII look-alike are genuine Russian/Greek, not disguise.
    assert plain("секс девушка") == "секс девушка"
    assert plain("γυναίκα") == "γυναίκα"
    assert plain("日本語のテキスト") == "日本語のテキスト"
    assert [t.text for t in normalize("नमस्ते दुनिया").plain.tokens] == ["नमस्ते", "दुनिया"]


def test_whitespace_is_collapsed_and_trimmed():
    nt = normalize("  nude \n\n woman\t ")
    assert nt.plain.text == "nude woman"
    assert orig_of(nt, nt.plain, nt.plain.tokens[1]) == "woman"


# --- Spans -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, token, original",
    [
        ("a n.u.d.e woman", "nude", "n.u.d.e"),
        ("x ｎｕｄｅ x", "nude", "ｎｕｄｅ"),
        ("x n\u200bude x", "nude", "n\u200bude"),
        ("x nu\u0301de x", "nude", "nu\u0301de"),
        ("x café x", "cafe", "café"),
        ("((n00d:1.3))", "nood", "n00d"),
        ("[a:nuuuude:0.4]", "nude", "nuuuude"),
        ("<lora:emma_watson:1>", "watson", "watson"),
        ("straße", "strasse", "straße"),
    ],
)
def test_folded_tokens_point_at_original(text, token, original):
    nt = normalize(text)
    found = [orig_of(nt, nt.folded, t) for t in nt.folded.tokens if t.text == token]
    assert found == [original]


def test_mark_after_last_letter_is_inside_the_span():
    nt = normalize("cafe\u0301!")
    (tok,) = nt.plain.tokens
    assert orig_of(nt, nt.plain, tok) == "cafe\u0301"


def _check_view(nt: NormalizedText, view: View) -> None:
    n = len(nt.original)
    prev = (0, 0)
    for i in range(len(view.text)):
        s, e = view.to_original(i, i + 1)
        assert 0 <= s <= e <= n
        assert s >= prev[0] and e >= prev[1], "spans must be monotonic"
        prev = (s, e)
    for i in range(len(view.text) + 1):
        s, e = view.to_original(i, i)
        assert 0 <= s == e <= n
    prev_tok = None
    for t in view.tokens:
        assert view.text[t.start : t.end] == t.text
        s, e = view.to_original(t.start, t.end)
        assert 0 <= s < e <= n
        if prev_tok is not None:
            assert s >= prev_tok[0] and e >= prev_tok[1]
        prev_tok = (s, e)


_ALPHABET = st.one_of(
    st.sampled_from(list("nudeaxs0134@$!.-_ ()[]{}<>:|\\+,'lora:BREAKAND")),
    st.sampled_from(["\u200b", "\u0301", "\ufe0f", "ｎ", "ս", "е", "ο", "ß", "İ", "ﬁ", "𝐧", "\U000e0041"]),
    st.characters(),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_spans_are_in_bounds_and_monotonic(text):
    nt = normalize(text)
    _check_view(nt, nt.plain)
    _check_view(nt, nt.folded)
    for tag in nt.tags:
        assert 0 <= tag.span.start < tag.span.end <= len(text)
        assert tag.name in text[tag.span.start : tag.span.end]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
@example("0A_A")  # once read "oa": leetspeak counted the letters across an underscore
def test_tokens_are_derivable_from_their_original_slice(text):
    """Normalising just the original characters behind a token gives that token back."""
    nt = normalize(text)
    for t in nt.plain.tokens:
        piece = text[slice(*nt.plain.to_original(t.start, t.end))]
        assert t.text in [x.text for x in normalize(piece).plain.tokens] or t.text in plain(piece)
    for t in nt.folded.tokens:
        piece = text[slice(*nt.folded.to_original(t.start, t.end))]
        again = normalize(piece)
        assert t.text in again.folded.text or t.text in again.plain.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc xyz.")), max_size=40))
def test_ascii_words_survive_in_plain(text):
    nt = normalize(text)
    assert nt.plain.text == " ".join(text.split())
    for t in nt.plain.tokens:
        assert orig_of(nt, nt.plain, t) == t.text


# --- Hostile and oversized input ----------------------------------------------------------------
@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "text",
    [
        "(" * 60_000,
        "a." * 30_000,
        "a.a.a.aa" * 8000,
        "<lora:" * 10_000,
        ":" + "1" * 60_000,
        "[a:" * 20_000,
        "a" + " " * 60_000 + "a",
        "x" * 65_536,
        "1" * 65_536,
        "s3" * 30_000,
        "\u200b" * 60_000,
        "e\u0301" * 30_000,
        "n u d e " * 8000,
        "𝐧" * 30_000,
    ],
    ids=lambda s: repr(s[:8]),
)
def test_hostile_inputs_finish(text):
    nt = normalize(text)
    _check_view(nt, nt.folded) if len(nt.folded.text) < 2000 else None
    assert len(nt.plain.text) <= 2 * len(text)


@pytest.mark.timeout(20)
def test_random_unicode_64k():
    rng = random.Random(1234)
    chars = [chr(rng.randrange(0x20, 0x2FFFF)) for _ in range(40_000)]
    text = "".join(c for c in chars if not 0xD800 <= ord(c) <= 0xDFFF)
    nt = normalize(text)
    n = len(text)
    for t in nt.folded.tokens[:2000]:
        s, e = nt.folded.to_original(t.start, t.end)
        assert 0 <= s < e <= n


# --- Helpers, tables and integration ------------------------------------------------------------
def test_squeeze_matches_collapsed_repeats():
    from nciiguard.text import squeeze

    assert folded("boooobs") == "bobs"  # documented limit of 3+ -> 1 collapsing
    assert squeeze(folded("boooobs")) == squeeze("boobs")
    assert squeeze("nuuude") == "nude" and squeeze("1000") == "1000"


def test_confusables_table_only_maps_non_ascii_to_ascii_alnum():
    from nciiguard.text.confusables import CONFUSABLES

    assert len(CONFUSABLES) > 1000
    for src, dst in CONFUSABLES.items():
        assert not src.isascii()
        assert dst.isascii() and (dst.isalnum() or dst in "'-.")
    assert CONFUSABLES["\u0430"] == "a" and CONFUSABLES["\u057d"] == "u"


def test_documented_example():
    nt = normalize("((ｎ.ｕ.ｄ.ｅ:1.3)), <lora:emma_watson_v2:0.8> BREAK s3x")
    assert nt.plain.text == "n.u.d.e , emma watson v2 , s3x"
    assert nt.folded.text == "nude , emma watson v2 , sex"
    assert nt.tags == (Tag("lora", "emma_watson_v2", Span(17, 42)),)
    tok = nt.folded.tokens[0]
    assert nt.folded.to_original(tok.start, tok.end) == (2, 9)


def test_scan_context_normalises_once():
    from nciiguard.content import Content, ScanContext

    ctx = ScanContext(Content.request(prompt="(n.u.d.e:1.2)", negative_prompt="ｃｌｏｔｈｅｓ"))
    nt = ctx.text("prompt")
    assert isinstance(nt, NormalizedText) and nt.folded.text == "nude"
    assert ctx.text("prompt") is nt
    assert ctx.text("negative_prompt").plain.text == "clothes"


# --- Spaced and dotted sentences with two-letter words ------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("E d  K o w a l c z y k", "ed kowalczyk"),  # two-letter first word, wider gap between words
        ("W a l i d  A l - M a r o u f i", "walid al-maroufi"),  # particle, hyphen, capital A no article
        ("N.a.j.i.b a.l.-.D.a.r.w.i.s.h", "najib al-darwish"),  # dotted words, ".-." hyphen
        ("L.i K.a.-.w.e.n.g", "li ka-weng"),
        ("s e x y  g i r l  i n  a  b e d", "sexy girl in a bed"),  # no "nab" across word breaks
        ("e m m a  w a t s o n", "emma watson"),
        ("n  u  d  e", "nude"),  # widened gaps inside one word still join
        ("a  n u d e  w o m a n", "a nude woman"),
    ],
)
def test_spaced_sentences_keep_word_breaks(text, expected):
    assert folded(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("type a b", "type a b"),  # two single letters alone never join
        ("x - a n u d e", "x - a nude"),  # a lower-case "a" after a hyphen stays an article
        ("plan a or b", "plan a or b"),
    ],
)
def test_short_spaced_words_need_a_spaced_neighbour(text, expected):
    assert folded(text) == expected


def test_joined_short_words_map_to_original():
    text = "W a l i d  A l - M a r o u f i nude"
    nt = normalize(text)
    tok = [t for t in nt.folded.tokens if t.text.startswith("al")][0]
    os_, oe = nt.folded.to_original(tok.start, tok.end)
    assert text[os_:oe] == "A l"
    tok = [t for t in nt.folded.tokens if t.text == "maroufi"][0]
    os_, oe = nt.folded.to_original(tok.start, tok.end)
    assert text[os_:oe] == "M a r o u f i"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("d3snud4", "desnuda"),  # leetspeak ending a Romance word: 4 for a final "a"
        ("p3l4d4", "pelada"),
        ("nud4", "nuda"),
        ("nu3", "nue"),
        ("mp4", "mp4"),  # no vowel before the digit: a format or a product, left alone
        ("ps3", "ps3"),
        ("gpt4", "gpt4"),
        ("h264 video", "h264 video"),
    ],
)
def test_trailing_leet_in_non_english_words(text, expected):
    assert folded(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("naкed", "naked"),  # Cyrillic ka inside an English word
        ("тopless", "topless"),  # Cyrillic te
        ("пude", "nude"),  # Cyrillic pe
        ("κiss", "kiss"),  # Greek kappa next to Latin letters
        ("ɴᴜᴅᴇ", "nude"),  # Latin small capitals
        ("🅽🆄🅳🅴", "nude"),  # negative squared letters
        ("секс", "секс"),  # a Russian word keeps its letters (its own lexicon entry matches)
        ("нет", "нет"),
        ("κάτι", "κάτι"),
    ],
)
def test_loose_lookalikes_only_inside_latin_words(text, expected):
    assert folded(text) == expected


def test_loose_lookalike_span_maps_to_original():
    text = "a naкed photo"
    nt = normalize(text)
    tok = [t for t in nt.folded.tokens if t.text == "naked"][0]
    assert text[slice(*nt.folded.to_original(tok.start, tok.end))] == "naкed"


@pytest.mark.parametrize(
    "text,folded",
    [
        ("гoлaя", "голая"),  # a Russian word with two Latin look-alikes typed into it reads as Russian
        ("Emma гoлaя", "emma голая"),
        # round 9: a loose look-alike ("к") counts as a letter of its script, so one Latin "e" typed
        # into "секс" reads Russian; with none at all ("сeхс") the word is read as typed
        ("сeкс", "секс"),
        ("тoплec", "топлес"),
        ("пoтпyнo гoлa", "потпуно гола"),  # one such letter is enough for a short word
        ("дiпфeйk пopнo", "діпфейк порно"),
        ("γuμvή", "γυμνή"),
        ("пaper", "naper"),  # a stray letter in a longer Latin word stays Latin
        ("coдe review", "coдe review"),
        ("nսde", "nude"),  # one Armenian letter in an English word stays English
        ("ѕеxy", "sexy"),
        ("рorn", "porn"),
        ("Москва", "москва"),
    ],
)
def test_latin_look_alikes_inside_a_cyrillic_word(text, folded):
    _assert_folds_to(text, folded)


@pytest.mark.parametrize(
    "text,folded",
    [
        ("г о л а я", "голая"),  # spaced letters of one other script join into a word of that script
        ("г.о.л.а.я", "голая"),
        ("ע י ר ו מ ה", "עירומה"),
        ("ع ا ر ي ة", "عارية"),
        ("γ υ μ ν ή", "γυμνή"),
        ("n u d e", "nude"),
        ("🇳🇺🇩🇪", "nude"),  # regional indicator letters
    ],
)
def test_spaced_letters_of_other_scripts_and_regional_indicators(text, folded):
    _assert_folds_to(text, folded)


@pytest.mark.parametrize(
    "text,plain",
    [
        ("دختر ۱۴ ساله", "دختر 14 ساله"),  # Persian digits: "۱" is not the Latin "l"
        ("عمرها ١٤ عاما", "عمرها 14 عاما"),  # Arabic-Indic digits
        ("১৪ বছরের", "14 বছরের"),  # Bengali "৪" is not the Latin "8"
        ("१४ साल", "14 साल"),  # Devanagari
        ("۱۴ساله", "14ساله"),  # a digit run glued to a word of its own script
        ("p٥rn", "porn"),  # between Latin letters a digit stays a look-alike (a disguise)
    ],
)
def test_digits_of_other_scripts_read_as_digits(text, plain):
    nt = normalize(text)
    assert nt.plain.text == plain
    assert nt.plain.to_original(0, len(nt.plain.text)) == (0, len(text))


@pytest.mark.parametrize(
    "text,folded",
    [
        # round 9: look-alike digits inside a Cyrillic or Greek word take that script's letter
        ("г0лая", "голая"),
        ("γυμν0", "γυμνο"),
        # a separator inside a word of a script without Latin letters is dropped in the folded view
        ("누.드", "누드"),
        ("裸-照", "裸照"),
        ("עי*רומה", "עירומה"),
        ("ヌ-ド", "ヌード"),  # the hyphen stands for the long vowel mark
        # and what stays: hyphenated Russian, ages, numbers, names with a middle dot
        ("кто-то по-русски", "кто-то по-русски"),
        ("15-летняя", "15-летняя"),
        ("тел. 8-800", "тел. 8-800"),
        ("エマ・ワトソン", "エマ.ワトソン"),  # the middle dot folds to "." and stays
        ("iPhone 15", "iphone 15"),
    ],
)
def test_leet_and_separators_inside_words_of_other_scripts(text, folded):
    _assert_folds_to(text, folded)


def test_a_masked_cyrillic_word_keeps_its_script():
    assert normalize("г*лая").plain.text == "г*лая"  # not "r*лая": the asterisk is inside one word


@pytest.mark.parametrize(
    "text,folded",
    [
        # round 9: spaced letters that carry vowel signs (Indic, Thai), and Chinese and Japanese
        ("बिस्तर पर न ग् न", "बिस्तर पर नग्न"),
        ("க.ப.டை", "கபடை"),
        ("उ-ल-ङ्-ग", "उलङ्ग"),
        ("ถ อ ด เ สื้ อ ผ้ าเพื่อน", "ถอดเสื้อผ้าเพื่อน"),  # Thai: the word the run runs into joins too
        ("同僚の服 を 脱 が せ て", "同僚の服を脱がせて"),
        ("のヌ ー ド写真", "のヌード写真"),
        ("ا ت ا ر د و", "اتاردو"),  # the alif was folded to "l" alone; in the run it is an alif again
        # what stays apart: two-character Japanese words, ordinary Indic and Thai words
        ("鈴木 健太", "鈴木 健太"),
        ("मेरी दोस्त की शादी", "मेरी दोस्त की शादी"),
        ("สวัสดี ครับ", "สวัสดี ครับ"),
        ("n u d e", "nude"),
    ],
)
def test_spaced_letters_with_vowel_signs_and_cjk(text, folded):
    _assert_folds_to(text, folded)


def _assert_folds_to(text: str, folded: str) -> None:
    """The folded view reads ``folded``, and its spans still map every character back to the original."""
    nt = normalize(text)
    assert nt.folded.text == folded
    assert nt.folded.to_original(0, len(nt.folded.text)) == (0, len(text))
