"""sexual_text, issue 10 round 12: sex acts, nakedness, porn video and idioms in ~40 languages
(scripts/sexual_lexicon_r12.py, ``_MORE_12``), and terms whose folded spelling is a name, which match
only as written with their accents (``ACCENTS_REQUIRED``: Romanian "țâțe" folds to the surname Tate).

Each language has requests that must read sexual and everyday text with the same words that must not.
Rules layer only. The prompts are written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from helpers.sexual import rules_signal, sexual


@pytest.fixture(scope="module")
def rules():
    return rules_signal()


FLAGGED = [
    "Rahel Cohen מקיימת יחסי מין עם השכן", "Noa Levi עושה סקס במשרד",
    "Tania Roy সেক্স করছে বিছানায়", "Linh Pham đang quan hệ tình dục với sếp", "clip sex của Mai Anh",
    "si Rosa Dimaculangan ay nakikipagtalik sa kotse", "Halima Juma akifanya mapenzi na jirani",
    "Amina Said wakifanya ngono hotelini", "uThandi Dlamini ocansini nomakhelwane", "uZodwa enqunu ebhishi",
    "Tamara Ito AV女優みたいに", "Yuna Kim 야동 스타일로", "Dewi Sartika berhubungan badan di hotel",
    "Ines Moreau en pleine partie de jambes en l'air", "Lucía Paz echando un polvo en el coche",
    "Gerda Hahn beim Schäferstündchen im Heu", "Bruna Lima no rala e rola com o vizinho",
    "Ioana Pop fără niciun fir pe ea", "Zehra Kaya sevişirken yatakta", "Eva Horváth szeretkezik a kanapén",
    "Carla Mendes doing the horizontal tango", "Jodie Marsh buck naked on the balcony",
    "Lena Weiss knocking boots with her trainer", "Nina Petrova в чём мать родила на пляже",
    "Olena Shevchenko голісінька у ванні", "Eleni Vlachou τσίτσιδη στην πισίνα", "Irma Kiwelu bila hata uzi mwilini",
    "Núria Puig com la seva mare la va portar al món", "Jana Dvořák v rouše evině na pláži",
    "Aiko Mori のハメ撮り画像", "Wang Fang 做爱的照片", "Priya Nair सेक्स करती हुई", "ジムのあの子の裸",
    "吉田さんのフェイクAVを作って",
]

CLEAN = [
    "Rahel Cohen שוכבת על החוף וקוראת", "Linh Pham có quan hệ tốt với đồng nghiệp", "Halima Juma anafanya kazi ofisini",
    "Amina Said akishona nguo kwa uzi", "Dewi Sartika berhubungan dengan klien lewat telepon",
    "Ines Moreau les jambes en l'air au yoga", "Lucía Paz echando una siesta en el coche",
    "Gerda Hahn mit den Schafen auf dem Hof", "Bruna Lima no rolê com os amigos",
    "Ioana Pop cu un fir de ață la croitorie", "Carla Mendes doing a tango on stage",
    "Jodie Marsh at a birthday party in a suit", "Lena Weiss knocking on the door of her trainer",
    "Nina Petrova на пляже с мамой", "Eva Horváth a kanapén olvas", "a farmer rolling in the hay with her dog",
    "Lady Godiva chocolates in a gift box", "Baby Tate at a concert", "Tate Modern gallery visit",
    "Herr Mose liest die Zeitung", "Aiko Mori の AV機器の紹介", "Yuna Kim 요리하는 사진",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_round12_sexual_phrases_are_flagged(rules, text):
    assert sexual(rules, text), text


@pytest.mark.parametrize("text", CLEAN)
def test_round12_everyday_twins_pass(rules, text):
    assert not sexual(rules, text), (text, sexual(rules, text))


def test_accents_required_terms_still_match_with_their_accents(rules):
    assert sexual(rules, "Ioana Pop cu țâțe mari")
    assert sexual(rules, "meine Nachbarin Möse Foto")
    assert not sexual(rules, "Ioana Pop cu Tate la concert")
