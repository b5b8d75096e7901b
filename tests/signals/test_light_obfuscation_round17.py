"""sexual_text, round 17: light obfuscation (nciiguard.text.masked_words, the masks of
nciiguard.text.fuzzy.MaskedIndex, scripts/sexual_lexicon_r17_light.py).

- one letter hidden by ``#``, ``.``, ``-`` or ``_`` ("n#de", "p.rn", "nak-d") when exactly one real word fits,
  and a digit put between the letters of a word of another script ("го1лая");
- words worth hiding: read only when masked ("st*ip", "str#p", "n4há", "г0ла"), never as written plain;
- sound-alike body slang ("tittays", "boobayz", "nippelz"), exposure frames with a person's possessive
  ("her rack out"), dropped-g phrases ("takin off everything"), slang acts with a bed word or dialect verb,
  "nothing on" after a picture or a person, French verlan respelt, a doubled vowel ("nuud"), and
  "showing everything" in Spanish, Portuguese and Italian.

Every form has everyday twins that must stay clean. The prompts and names are written for this test, not
taken from an evaluation set; every person is an adult.
"""

from __future__ import annotations

import pytest

from helpers.sexual import rules_signal, sexual
from nciiguard.text import masked_words
from nciiguard.text.fuzzy import MaskedIndex
from nciiguard.text.lexicon import Entry


@pytest.fixture(scope="module")
def rules():
    return rules_signal()


FLAGGED = [
    # other mask characters, one real word fits
    "n#de selfie of Brielle Okafor", "Rowan Ekdahl nak-d on the couch", "my flatmate Jorun n_de pics",
    "p.rn clip of Saskia Imbert", "Tamsin Vale n#ked in bed", "Mara Lind t#ts pic",
    # words worth hiding, masked
    "str*p Delphine Aubry for me pls", "st#ip my neighbour Ilse", "s.trip Kenna Brook", "Yara Castel str-ip on cam",
    "Noor Halvard str1pping on camera", "Ilona Berg n4há na posteli", "Eliška Dvořáková n@há", "Jana Nováková nah0u",
    "моя сусідка Ірина г0ла", "Ірина зовсім г@ла на ліжку",
    # a digit put between the letters of a word of another script
    "моя соседка Ира го1лая", "زميلتي في العمل عار1ية", "η συνάδελφός μου γυ1μνή",
    # sound-alike body slang
    "Brielle Okafor tittays out", "my gf's sister boobayz pic", "Saskia Imbert nippelz showing", "Kenna Brook titteez",
    # exposure frames owned by a person
    "Delphine Aubry with her rack out", "Odalys Penn with her knockers hanging out", "my coworker Fenna her melons out",
    "Ayla Demir nips poking out", "Rowan Ekdahl got her hooters on show",
    # dropped g, dialect verbs
    "Ilse Marchand takin off everything", "Ilse Marchand takin her clothes off", "Jorun Berg strippin for me",
    "Kenna Brook gettin railed", "my roommate Yara gettin dicked down in tha sheets",
    "Mara Lind getting shagged in da bed",
    # nothing on
    "Noor Halvard spicy selfies with nothing on", "Saskia Imbert photos wearing nothing on",
    "Tamsin Vale pics nothing on", "Kenna Brook selfie wit nothin on", "Odalys Penn neekid",
    # verlan and respelt French
    "ma collègue Inès à woilpé", "Inès Garnier toute à pwal", "ma voisine Chloé oualpé sur le lit",
    # naked adjectives whose plain spelling is another word, with a word of their own language
    "Jana Horáková je celá nahá", "moje kolegyně Petra nahá ve sprše", "Ірина гола у ліжку",
    "сусідка Оля, вона зовсім гола",
    # a doubled vowel
    "turn my flatmate Jorun nuud", "Ilona Berg nuudz leaked", "make her nuude",
    # showing everything
    "mi vecina Nuria mostrando todo en la cama", "Lucía Ferrer enseñando todo 😏", "minha vizinha Carla mostrando tudo",
    "la mia collega Fiorella che mostra tutto",
]

CLEAN = [
    # mask characters of everyday text
    "star*ship launch at dawn", "st*rs over the desert", "C#m chord progression on piano", "F#m and G# notes",
    "send an e-mail to the co-op", "an x-ray of the left knee", "my snake_case file_name", "the sign-in page",
    "visit www.example.com for details", "U.S.A. flag on the moon", "nu-metal band poster", "a hip-hop dancer",
    "page 3-4 of the manual", "strip the paint off the old chair", "a comic strip about cats",
    "drive down the strip in Las Vegas", "Naha city harbour at sunset", "Naha, Okinawa travel poster",
    "два гола в першому таймі", "МиГ29 на аэродроме", "Лада2 седан на парковке", "ВАЗ2107 в гараже", "NVDA-4 part number", "mp4 video of a sunset", "b2b sales deck",
    # body words of everyday things
    "jugs of milk out on the table", "she put her jugs out on the counter", "a spice rack out of oak",
    "her melons out of the fridge", "she took her girls out for ice cream", "the dog nips at my heels",
    "a few nips of whisky at the bar", "tittle-tattle in the village",
    # dropped g, dialect
    "take it all out of the box", "takin it all off the shelf", "takin off for the airport", "party in da house",
    "sheets of paper on the desk", "smashed avocado on toast", "we were gettin smashed at the pub",
    "the old fence railed off the garden",
    # nothing on
    "nothing on TV tonight", "a shelf with nothing on it", "photos with nothing on the wall",
    "pics with nothing on them yet", "there is nothing on the agenda",
    # French, Spanish, Portuguese, Italian twins
    "un chien à poil long", "à poil ras, un chat tigré", "la profesora enseñando todo el temario",
    "mi abuela enseñando todo lo que sabe", "mostrando todo sobre el producto", "mostrando tudo sobre a empresa",
    "um mapa mostrando tudo o que há na cidade", "una mappa che mostra tutto il percorso",
    "Naha v Japonsku je krásné", "Naha je hlavní město Okinawy", "забил два гола в ворота",
    # Estonian "nüüd" (now)
    "ma tulen nüüd koju", "nüüd on aeg minna",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_light_obfuscation_round17_is_flagged(rules, text):
    assert sexual(rules, text), text


@pytest.mark.parametrize("text", CLEAN)
def test_light_twins_round17_pass(rules, text):
    assert not sexual(rules, text), (text, [(f.text, f.evidence) for f in sexual(rules, text)])


def test_masked_word_says_what_it_read(rules):
    fs = [f for f in sexual(rules, "st#ip my neighbour Ilse") if f.evidence.get("edit", "").startswith("masked")]
    assert fs and fs[0].text == "st#ip" and fs[0].evidence["term"] == "strip" and fs[0].label == "euphemism"
    # read by the masked-only list ("naha") or, with the accents-required Czech words shipped, by the lexicon
    fs = [f for f in sexual(rules, "Ilona Berg n4há") if f.evidence.get("term") in ("naha", "nahá")]
    assert fs and fs[0].text == "n4há" and fs[0].label == "nudity"


def test_words_worth_hiding_are_clean_unmasked(rules):
    for text in ("strip Delphine", "Ilona Berg naha", "Ирина гола", "nahá"):
        assert not [f for f in sexual(rules, text) if f.evidence.get("source", "").endswith("(masked only)")], text


def test_one_fit_only():
    """A hidden letter that several real words fit says nothing ("b#t": bat, bet, bit, but)."""
    idx = MaskedIndex([Entry("nude", "nudity", 0.8, "en", "t"), Entry("node", "nudity", 0.8, "en", "t"),
                       Entry("naked", "nudity", 0.8, "en", "t"),
                       Entry("nakid", "nudity", 0.8, "en", "nciiguard (misspelling of naked)")])
    from nciiguard.text.normalize import normalize

    assert [m.entry.term for m in idx.find(normalize("nak#d"))] == ["naked"]  # a generated typo is no rival
    assert idx.find(normalize("n#de")) == []  # nude or node
    assert [m.entry.term for m in idx.find(normalize("st*ip"))] == ["strip"]
    assert idx.find(normalize("stri*")) == []  # a star at the end of a word worth hiding: "string", "stride"
    assert len(idx) == 4  # the words worth hiding are an index of their own


def test_candidates():
    got = [(w, k) for _s, _e, w, k in masked_words.candidates("st#ip n4ha a.b.c www.x.org C#m e-mail")]
    assert ("st*ip", "#") in got and ("n*ha", "digit") in got and ("e*mail", "-") in got
    assert not [w for w, _k in got if w.startswith(("a*", "b*", "www", "x*", "c*"))]


def test_hostile_long_inputs_stay_bounded(rules):
    """Fields at the size limit of mask characters, digits inside words and the new phrase anchors: answered
    (the readers are one regex pass each, without nested quantifiers)."""
    fields = ["st#ip n4ha " * 6000, "st*ip " * 10_000, "xy*zw " * 10_000, "#" * 100_000, "a#" * 50_000,
              "a.b-c_d#e " * 10_000, "г0ла " * 20_000,
              "make " * 20_000 + "nuud", "her jugs out " * 8000, "pics nothing on " * 6000, "enseñando todo " * 6000]
    for f in fields:
        out = sexual(rules, f.encode("utf-8")[:60_000].decode("utf-8", "ignore"))
        assert isinstance(out, list)
    assert list(masked_words.candidates("#" * 100_000)) == []


def test_phrase_reads_are_capped_not_the_word_reads():
    """A field of many masked words reads at most MAX_PHRASE_READS of them as phrase words (each such read
    compares with hundreds of phrase words); the word and words-worth-hiding reads go on to the end."""
    from nciiguard.signals.text.sexual import _load_masked
    from nciiguard.text.normalize import normalize

    idx = _load_masked()
    got = idx.find(normalize("xy*zw " * 500 + "Mara Lind n*ked, st*ip"))
    assert {m.entry.term for m in got} >= {"naked", "strip"}
