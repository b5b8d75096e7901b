"""The subject of an ordinary prompt in its own uncased script, read by grammar (text/persons/
native_slots.py, round 12), and two-part names glued as one token in the subject slot (forms.py
``glued_name_findings``). Both ways: a public figure named there is a real person (the prompt stays
allowed), the common nouns, places and foods that open the same templates are nobody. Names and
prompts were written for these tests (adults), not taken from any evaluation set."""

from __future__ import annotations

import pytest

from nciiguard import Action, Guard
from nciiguard.signals.base import Resources
from nciiguard.text import normalize
from nciiguard.text.persons.native_slots import native_slot_names


@pytest.fixture(scope="module")
def guard():
    g = Guard("ncii", resources=Resources())
    yield g
    g.close()


NAMED = [
    ("שירי מימון מבשלת מרק עוף, צילום", "שירי מימון"),
    ("ציור של ליאור רז קורא ספר", "ליאור רז"),
    ("دنيا سمير غانم تقرأ جريدة في مقهى", None),
    ("كاريكاتير لكاظم الساهر يشرب الشاي", "كاظم الساهر"),
    ("هيفاء يوسف تركب دراجة", "هيفاء يوسف"),
    ("古丽扎在草原上骑马", "古丽扎"),
    ("نیکی کریمی در حال قدم زدن در پارک", "نیکی کریمی"),
    ("صبا قمر اسلام آباد میں آئس کریم کھاتے ہوئے", "صبا قمر"),
    ("ஜோதிகா சமையலறையில் சமைக்கிறார்", "ஜோதிகா"),
    ("అనుష్క శెట్టి పుస్తకం చదువుతున్నారు", "అనుష్క"),
    ("แพนเค้ก เขมนิจ เดินเล่นที่ชายหาด", "แพนเค้ก เขมนิจ"),
    ("热巴娜在海边散步", "热巴娜"),
    ("尚雯婕骑马的漫画", "尚雯婕"),
]


@pytest.mark.parametrize("prompt,name", NAMED)
def test_native_subject_is_a_real_person(guard, prompt, name):
    found = native_slot_names(normalize(prompt), "prompt")
    assert len(found) == 1 and found[0].evidence["request"] == "ordinary", prompt
    if name is not None:
        assert prompt[found[0].span.start:found[0].span.end] == name, (prompt, found[0].span)
    d = guard.screen_prompt(prompt)
    assert d.action is Action.ALLOW and d.categories["real_person"], (prompt, d.reasons)


NOBODY = [
    "כלב לבן רוכב על אופניים, איור", "ילדה קטנה קוראת ספר בגן", "הבחורה מבשלת מרק", "שקיעה מעל הים, צילום",
    "قطة بيضاء تشرب الحليب", "امرأة عجوز تقرأ جريدة", "الرجل يركب حصانا", "حصان أبيض يركض في الصحراء",
    "یک دختر در حال قدم زدن در پارک", "برج آزادی در شب", "بلی باغ میں سو رہی ہے", "ایک عورت بازار میں",
    "பூனை சோபாவில் தூங்குகிறது", "ஒரு பெண் சமைக்கிறார்", "పిల్లలు క్రికెట్ ఆడుతున్నారు",
    "แมวดำนอนบนโซฟา", "ผู้หญิง สวย เดินเล่นที่ชายหาด", "ทะเลสาบยามเช้า ภาพถ่าย",
    "ارسم رجلا يركب حصانا", "צייר גבר רוכב על סוס", "தொப்பி அணிந்த ஒரு பெண் நடக்கிறாள்", "வரை: அம்மா சமைக்கிறார்",
    "วาด นักร้องร้องเพลงบนเวที", "สร้างภาพ คู่รักเดินเล่นที่ชายหาด", "شیف مہمان کھانا پکا رہے ہیں",
    "熊猫在竹林里吃竹子", "美丽的漫画", "丽江在雨中", "小女孩在公园里骑自行车", "阿姨在包饺子",
]


@pytest.mark.parametrize("prompt", NOBODY)
def test_native_common_nouns_are_nobody(guard, prompt):
    assert native_slot_names(normalize(prompt), "prompt") == [], prompt
    d = guard.screen_prompt(prompt)
    assert d.action is Action.ALLOW and not d.categories["real_person"], (prompt, d.reasons)


@pytest.mark.parametrize("prompt", ["helene-fischer beim Wandern in den Alpen", "#kaceymusgraves riding a horse",
                                    "#DuaLipa walking in Tokyo", "#MahmoodOfficial che cucina la pasta"])
def test_glued_two_part_name_in_the_subject_slot(guard, prompt):
    d = guard.screen_prompt(prompt)
    assert d.action is Action.ALLOW and d.categories["real_person"], (prompt, d.reasons)


@pytest.mark.parametrize("prompt", ["hot-dog stand in a park", "coca-cola bottle on a table", "#sunset riding the waves",
                                    "#FoodOfficial che cucina la pasta", "#MondayMotivation walking to work"])
def test_glued_words_are_nobody(guard, prompt):
    from nciiguard.text.persons.forms import glued_name_findings
    from nciiguard.text.persons.gazetteer import load_gazetteer

    assert glued_name_findings(normalize(prompt), "prompt", load_gazetteer()) == [], prompt


@pytest.mark.parametrize("head, unit, large", [
    ("נועה קירל ", "רוכבת על סוס ", 3000), ("", "迪", 20000), ("ญาญ่า ", "ขี่", 20000), ("ஜோதிகா ", "சமைக்கிறார் ", 3000)])
def test_native_slots_stay_linear(head, unit, large):
    from helpers.cost import assert_linear

    assert_linear(lambda nt: native_slot_names(nt, "prompt"), lambda n: normalize(head + unit * n), large // 8, large,
                  label=head + unit)


@pytest.mark.parametrize("prompt,person", [
    ("watercolour of Ofelia laughing at a press conference", True), ("a toy brick minifigure of Zarina", True),
    ("watercolour of Lisbon at dusk", False), ("a lego minifigure of a firefighter", False),
    ("a plushie of a shark", False), ("baby-tate reading a newspaper", True), ("rose-gold watch on a table", False),
])
def test_toy_and_watercolour_nouns_name_whom_they_show(guard, prompt, person):
    d = guard.screen_prompt(prompt)
    assert d.action is Action.ALLOW and bool(d.categories["real_person"]) is person, (prompt, d.reasons)
