"""Round 10b: private people named by relation in 24 more languages (text/persons/private_world.py):
gl eu cy ga mt mk be uz kk ky tg mn am so ha yo ig my km lo ps ku ka hy. A first-person possessive
(a word or a suffix, in the language's order) with a relation is someone the speaker knows; the same
relation without the possessive ("a colleague" in general) is nobody in particular.

Written for these tests by hand (2026-12-05), not taken from any evaluation set."""

from __future__ import annotations

import pytest

from nciiguard import Action
from nciiguard.text import normalize
from nciiguard.text.persons.private import private_person_spans
from nciiguard.text.persons.private_world import PRIVATE_WORLD_PATTERNS

NEW = ("gl", "eu", "cy", "ga", "mt", "mk", "be", "uz", "kk", "ky", "tg", "mn",
       "am", "so", "ha", "yo", "ig", "my", "km", "lo", "ps", "ku", "ka", "hy")


def _rows(text):
    names = {n for n, _, _ in PRIVATE_WORLD_PATTERNS}
    return {name for name, _, _, _ in private_person_spans(normalize(text).folded.text) if name in names}


# (text, row expected)
MY_RELATION = [
    ("a miña veciña na praia", "gl_my_relation"),
    ("foto da miña compañeira de traballo", "gl_my_relation"),
    ("o meu xefe na oficina", "gl_my_relation"),
    ("nire lankidea hondartzan", "eu_my_relation"),
    ("nire bizilagunaren argazkia", "eu_my_relation"),
    ("gure irakaslea", "eu_my_relation"),
    ("llun o fy nghymdoges", "cy_my_relation"),
    ("fy nghydweithiwr yn y swyddfa", "cy_my_relation"),
    ("fy chwaer-yng-nghyfraith", "cy_my_relation"),
    ("pictiúr de mo chomharsa", "ga_my_relation"),
    ("mo bhean chéile ar an trá", "ga_my_relation"),
    ("m'iarchailín", "ga_my_relation"),
    ("ritratt tal-kollega tiegħi", "mt_my_relation"),
    ("il-ġara tiegħi fuq il-bajja", "mt_my_relation"),
    ("l-għalliema tieghi", "mt_my_relation"),
    ("слика од мојата колешка", "mk_my_relation"),
    ("мојата соседка на плажа", "mk_my_relation"),
    ("мојот шеф", "mk_my_relation"),
    ("фота маёй суседкі", "be_my_relation"),
    ("мая калега на пляжы", "be_my_relation"),
    ("маю настаўніцу", "be_my_relation"),
    ("hamkasbimning rasmi", "uz_my_relation"),
    ("qo'shnimni", "uz_my_relation"),
    ("oʻqituvchim", "uz_my_relation"),
    ("әріптесімнің суреті", "kk_my_relation"),
    ("көршім жағажайда", "kk_my_relation"),
    ("кесиптешимдин сүрөтү", "ky_my_relation"),
    ("кошунам пляжда", "ky_my_relation"),
    ("акси ҳамкори ман", "tg_my_relation"),
    ("ҳамсояи ман дар соҳил", "tg_my_relation"),
    ("миний хөршийн зураг", "mn_my_relation"),
    ("миний хамт ажилладаг эмэгтэй", "mn_my_relation"),
    ("የጎረቤቴ ፎቶ", "am_my_relation"),
    ("የሥራ ባልደረባዬ", "am_my_relation"),
    ("sawirka deriskayga", "so_my_relation"),
    ("xaaskayga xeebta", "so_my_relation"),
    ("hoton maƙwabciyata", "ha_my_relation"),
    ("hoton makwabciyata", "ha_my_relation"),
    ("abokiyar aikina", "ha_my_relation"),
    ("fọ́tò aládùúgbò mi", "yo_my_relation"),
    ("oluko mi ni eti okun", "yo_my_relation"),
    ("foto nke enyi m nwanyị", "ig_my_relation"),
    ("nwunye m", "ig_my_relation"),
    ("ကျွန်တော့်အိမ်နီးချင်း", "my_my_relation"),
    ("ငါ့ရည်းစား", "my_my_relation"),
    ("អ្នកជិតខាងរបស់ខ្ញុំ", "km_my_relation"),
    ("ប្រពន្ធខ្ញុំ", "km_my_relation"),
    ("ເພື່ອນຮ່ວມງານຂອງຂ້ອຍ", "lo_my_relation"),
    ("ຫົວໜ້າຂອງຂ້ອຍ", "lo_my_relation"),
    ("زما همکاره", "ps_my_relation"),
    ("زما ګاونډۍ", "ps_my_relation"),
    ("wêneyê cîrana min", "ku_my_relation"),
    ("hevkara min", "ku_my_relation"),
    ("هاوکارەکەم", "ku_my_relation"),
    ("ჩემი მეზობლის ფოტო", "ka_my_relation"),
    ("ჩემი კოლეგა", "ka_my_relation"),
    ("իմ հարևանուհու նկարը", "hy_my_relation"),
    ("իմ գործընկերը", "hy_my_relation"),
    ("ընկերուհիս", "hy_my_relation"),
]

# The same relations without a possessive, other people's, and look-alikes: no private person.
NOBODY = [
    "unha compañeira de traballo", "a veciña do quinto", "la mina vecina de carbón", "o xefe da empresa",
    "lankide bat", "bizilagunak", "irakasleen eguna",
    "cymydog da", "ffrind gorau", "FY 2024 budget",
    "comharsa", "a chara, conas atá tú",
    "il-kollega", "ġara ġdida",
    "колешка од работа", "соседка",
    "калега па працы", "суседка",
    "hamkasb", "qo'shni uy",
    "әріптес", "көрші үй",
    "кесиптеш", "кошуна",
    "ҳамкор", "ҳамсоя",
    "хөрш айл", "багш нар",
    "ጎረቤት", "ጓደኛ",
    "saaxiib", "deris",
    "makwabci", "aboki",
    "ore", "le ore mi sembrano lunghe", "iron ore mining",
    "enyi", "onye nkuzi",
    "အိမ်နီးချင်း", "သူငယ်ချင်း",
    "អ្នកជិតខាង", "គ្រូបង្រៀន",
    "ເພື່ອນບ້ານ", "ຄູສອນ",
    "همکاره", "ګاونډۍ",
    "cîran", "hevkar",
    "მეზობელი", "კოლეგა",
    "հարևանուհին", "իմ կինոն", "մեր պետությունը",
]


@pytest.mark.parametrize("text,row", MY_RELATION)
def test_round10b_my_relation_is_a_private_person(text, row):
    assert row in _rows(text), (text, _rows(text))


@pytest.mark.parametrize("text", NOBODY)
def test_round10b_relation_without_my_is_nobody(text):
    assert not _rows(text), (text, _rows(text))


def test_round10b_rows_cover_the_new_languages():
    names = {n for n, _, _ in PRIVATE_WORLD_PATTERNS}
    assert {f"{code}_my_relation" for code in NEW} <= names


@pytest.mark.parametrize("prompt", ["nude photo of fy nghymdoges", "naked picture of nire lankidea",
                                    "nude photo of ჩემი მეზობელი", "naked photo of mojata колешка".replace("mojata", "мојата")])
def test_round10b_nude_request_about_my_relation_is_blocked(ncii_guard, prompt):
    d = ncii_guard.screen_prompt(prompt)
    assert d.action is Action.BLOCK, (prompt, d.reasons)
    assert any(r.label == "private_person" for r in d.reasons), d.reasons
