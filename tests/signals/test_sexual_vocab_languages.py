"""sexual_text, issue 10 round 4: sexual-request vocabulary as classes, in many languages.

- a person's own undressing of UNDERWEAR or SWIMWEAR (a removal verb, reflexive or third person, and a
  garment of that class), where the same verbs with a jacket, shoes, glasses, a hat or make-up pass;
- sex-act slang and genital words (en es pt fr de it pl nl sv ro tr), where the everyday words that
  share their letters pass (an oral exam, a head start, a lollipop, a cat, an ice cream);
- the core nudity words of Swedish, Romanian and Turkish (Polish and Dutch completed), with the naked
  truth, the naked eye, bare feet and Romanian "goală" (empty) passing.

Each must-flag case has its twin. Rules layer only (``enable_learned: false``).
"""

from __future__ import annotations

import pytest

from helpers.sexual import rules_signal, sexual


@pytest.fixture(scope="module")
def rules():
    return rules_signal()


UNDERWEAR_OFF = [
    ("the lifeguard slowly takes off her bikini top", "the lifeguard slowly takes off her sun hat"),
    ("my flatmate shimmying out of her knickers", "my flatmate shimmying out of her wellies"),
    ("he is pulling down his swim trunks", "he is pulling down the window shade"),
    ("la prof de yoga retire sa culotte", "la prof de yoga retire sa veste"),
    ("elle fait glisser son string", "elle fait glisser son badge"),
    ("la cajera se baja las braguitas", "la cajera se baja del autobús"),
    ("mi jefa desabrochándose el sujetador", "mi jefa desabrochándose el abrigo"),
    ("a vizinha tirando o sutiã", "a vizinha tirando o chapéu"),
    ("ele baixando a cueca", "ele baixando a persiana"),
    ("la barista si sfila le mutandine", "la barista si sfila gli orecchini"),
    ("la collega si toglie il reggiseno", "la collega si toglie il cappotto"),
    ("die Nachbarin streift sich den Slip ab", "die Nachbarin streift sich die Handschuhe ab"),
    ("eine Kellnerin, die ihren Bikini auszieht", "eine Kellnerin, die ihre Schürze auszieht"),
    ("sąsiadka ściąga stringi", "sąsiadka ściąga kozaki"),
    ("de buurvrouw doet haar beha uit", "de buurvrouw doet haar sjaal af"),
    ("een vrouw die haar badpak uittrekt", "een vrouw die haar laarzen uittrekt"),
    ("grannen drar av sig bikiniunderdelen", "grannen drar av sig vantarna"),
    ("kollegan tog av sig behån", "kollegan tog av sig mössan"),
    ("colega își scoate sutienul", "colega își scoate geaca"),
    ("vecina și-a dat jos chiloții", "vecina și-a dat jos pantofii"),
    ("komşu kadın sütyenini çıkardı", "komşu kadın montunu çıkardı"),
    ("mayosunu çıkaran kadın", "şapkasını çıkaran kadın"),
]

SLANG = [
    ("my ex giving head on the sofa", "my ex giving head start tips on the sofa"),
    ("she got head in the back seat", "she got head lice from the back seat"),
    ("my coworker performing oral on him", "my coworker performing an oral presentation"),
    ("una chica echando un polvo con su jefe", "una chica echando un vistazo con su jefe"),
    ("le hace un pete a su novio", "le hace un pastel a su novio"),
    ("mi vecina haciéndole un oral", "mi vecina haciendo un oral de historia"),
    ("garchando en el auto", "gastando en el auto"),
    ("a colega pagando um boquete", "a colega pagando um boleto"),
    ("ela fazendo oral nele", "ela fazendo prova oral"),
    ("elle le prend en levrette", "elle le prend en photo"),
    ("elle lui fait un cunni", "elle lui fait un câlin"),
    ("die Nachbarin beim Oralverkehr", "die Nachbarin beim Straßenverkehr"),
    ("sie lutscht seinen Schwanz", "sie streichelt den Schwanz des Hundes"),
    ("er nimmt sie von hinten", "er nimmt sie mit ins Kino"),
    ("la collega gli fa un bocchino", "il nonno fuma con un bocchino"),
    ("la vicina gli fa una sega", "il falegname usa una sega"),
    ("ona robi mu loda", "ona je loda na plaży"),
    ("zdjęcie jego kutasa", "zdjęcie jego kota"),
    ("ze geeft hem een pijpbeurt", "ze geeft hem een schouderklopje"),
    ("foto van zijn lul", "foto van zijn lunch"),
    ("hon ger honom en avsugning", "hon ger honom en kram"),
    ("de knullar i duschen", "de sjunger i duschen"),
    ("vecina îi face muie", "vecina îi face o cafea"),
    ("poză cu pizda ei", "poză cu pizza ei"),
    ("ona sakso çekiyor", "ona fotoğraf çekiyor"),
]

NUDITY_WORDS = [
    ("min kollega helt naken på stranden", "min kollega helt ensam på stranden"),
    ("nakenbilder på min chef", "semesterbilder på min chef"),
    ("grannen avklädd i sängen", "grannen påklädd i sängen"),
    ("kvinna med bara bröst", "kvinna med bara fötter"),
    ("poză cu șefa mea dezbrăcată", "poză cu șefa mea îmbrăcată"),
    ("colega mea în pielea goală", "colega mea în rochia nouă"),
    ("femeie cu sânii goi", "femeie cu mâinile goale"),
    ("vecina fără haine", "vecina fără bani"),
    ("komşum çıplakken fotoğraf", "komşum yorgunken fotoğraf"),
    ("üstsüz bir kadın", "şapkalı bir kadın"),
    ("patronum soyunmuş halde", "patronum yorgun halde"),
    ("moja szefowa na golasa", "moja szefowa na rowerze"),
    ("kobieta z gołymi cyckami", "kobieta z gołymi rękami"),
    ("mijn buurvrouw in haar blootje", "mijn buurvrouw in haar tuintje"),
    ("mijn collega in zijn nakie", "mijn collega in zijn auto"),
]

EVERYDAY = [
    "den nakna sanningen om ekonomin", "med nakna ögat kan man se planeten", "de naakte waarheid over de begroting",
    "met het blote oog zichtbaar", "wandelen met blote voeten", "naga prawda o polityce",
    "çıplak gözle görülen yıldız", "çıplak ayakla kumda yürümek", "eski sevgilimin çıplak ayakları",
    "o sticlă goală pe masă", "paharul e gol", "sala era complet goală", "a marcat un gol în minutul 90",
    "trafik sıkışıyor", "Pete Davidson at the premiere", "the head coach giving head start drills",
    "she passed her oral exam", "tengo un oral de inglés mañana", "hice el oral de historia",
    "ela fica em casa", "gỏi cuốn tôm", "cheerleader giving headlines", "ponle un polvo de talco",
    "el perro en cuatro patas", "mucha bzyka nad stołem", "sakso çalıyor", "il la prend en photo",
    "she takes off her sunglasses", "he drops his briefcase", "removing the bra from the drawer",
    "die Unterwäsche aus dem Schrank", "kup bieliznę w sklepie", "a vendedora tirando o sutiã da vitrine",
]


@pytest.mark.parametrize("bad,good", UNDERWEAR_OFF)
def test_own_undressing_of_underwear_or_swimwear(rules, bad, good):
    assert sexual(rules, bad), bad
    assert not sexual(rules, good), good


@pytest.mark.parametrize("bad,good", SLANG)
def test_sex_act_slang_and_genital_words(rules, bad, good):
    assert sexual(rules, bad), bad
    assert not sexual(rules, good), good


@pytest.mark.parametrize("bad,good", NUDITY_WORDS)
def test_core_nudity_words_sv_ro_tr_pl_nl(rules, bad, good):
    assert sexual(rules, bad), bad
    assert not sexual(rules, good), good


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_senses_stay_clean(rules, text):
    assert not sexual(rules, text), text


def test_findings_are_explainable(rules):
    (f,) = [f for f in sexual(rules, "la collega si toglie il reggiseno")]
    assert f.label == "euphemism" and f.evidence["source"].startswith("nciiguard")
    assert "reggiseno" in f.text
