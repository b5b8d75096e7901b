"""Round 30 (issue 10, helper "lang"): sexual reads the lexicon lacked in French, Spanish, Portuguese, German, Italian,
Dutch, the Nordic languages and Indonesian / Malay, written as paradigms across those languages; imported by
build_sexual_lexicon.py.

Why: the retired set v29 (read as a development set in round 30) found the person and allowed or only reviewed
requests whose sexual read was already a rule in English but not in the other languages, because each older rule
listed a few inflected forms instead of the paradigm:

1. an intimate garment on MY / YOUR / OUR bed: the round-27 rule (thong, string, lingerie, garter belt ... within a
   few words of a bed or an intimate pose, ``euphemism`` 0.8) listed "on my bed" in English but in the other
   languages only the article and third-person forms ("sur son lit", "en su cama", "auf ihrem Bett", "na cama"), so
   "en string sur mon lit", "en tanga en mi cama", "im String auf meinem Bett", "de fio dental na minha cama" were not
   read. The bed phrase is written here as preposition x every possessive determiner x bed, in each language. The
   garment list is the round-27 one (its everyday senses are closed there: French "string" only after "en"/"un",
   Portuguese "fio dental" only after "de"/"em"), so "string lights on my bed" and "un string de caractères" stay
   clean: no garment.
2. a person without a bra or underwear: English "without a bra" / "without her bra", French "sans soutien-gorge",
   Spanish "sin sujetador", Italian "senza reggiseno" read (``euphemism`` 0.75); the possessive forms ("sans son
   soutien-gorge", "sin su sujetador", "sem o seu sutiã", "senza il suo reggiseno") and German, Dutch, Nordic and
   Indonesian / Malay ("ohne BH", "zonder bh", "uden bh", "utan behå", "tanpa bra") did not. Written as
   without-word x (article | possessive | none) x bra / underpants / underwear word, ``euphemism`` 0.75, the
   English grade. Only under-garments are listed: "sans son manteau", "ohne Jacke", "tanpa gula" (sugar) are no
   absence of underwear. A compound after the garment word ("ohne BH-Werbung", "ohne BH-Träger", "zonder
   bh-bandjes") makes it a modifier of another noun: closed by the word after it.
3. topless in the Nordic languages and Indonesian / Malay: Danish "topløs", Norwegian "toppløs", "barbrystet",
   Swedish "barbröstad", Indonesian / Malay "tanpa atasan" / "tanpa baju atasan" (without a top): ``nudity`` 0.85,
   below the English "topless" 0.9. "atasan" is also "superior" (a boss): "tanpa atasan" before a work word
   ("tanpa atasan langsung", "tanpa persetujuan atasan") is closed.

Twins kept clean are tests (tests/signals/test_sexual_lang_round30.py). Rules match the folded view (lower case,
Latin accents stripped, "ß" as "ss"; "ø" and "ł" stay).
"""

from __future__ import annotations

from sexual_lexicon_r27 import _GARMENT

__all__ = ["MORE_30", "PATTERNS_30"]

N, U = "nudity", "euphemism"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_30: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_30: list[tuple[str, str, str, float]] = []

# --- 1. an intimate garment on a possessed bed --------------------------------------------------------------------
#: language: (prepositions, possessive determiners, bed nouns); the bed phrase is every combination
_BED = {
    "en": ("on|in", "my|your|our|their|her|his", "bed|hotel bed"),
    "fr": ("sur|dans", "mon|ton|son|notre|votre|leur", "lit"),
    "es": ("en|sobre|encima de", "mi|tu|su|nuestra|vuestra", "cama"),
    "pt": ("na|em cima da|sobre a", "minha|tua|sua|nossa", "cama"),
    "de": ("auf|in", "meinem|deinem|seinem|ihrem|unserem|eurem", "bett|hotelbett"),
    "it": ("sul|nel", "mio|tuo|suo|nostro|vostro", "letto"),
    "nl": ("op|in", "mijn|jouw|je|zijn|haar|ons|jullie", "bed"),
    "da": ("pa|i", "min|din|sin|hendes|hans|vores", "seng"),
    "no": ("pa|i", "min|din|sin|hennes|hans|var", "seng"),
    "sv": ("pa|i", "min|din|sin|hennes|hans|var", "sang"),
    "pl": ("na|w", "moim|twoim|jej|jego|naszym", "lozku|łozku"),
}
_BED_POSS = "|".join(f"{p} {d} {b}" for pre, det, bed in _BED.values()
                     for p in pre.split("|") for d in det.split("|") for b in bed.split("|"))
# Indonesian / Malay put the possessive after the noun ("di kasurku", "di atas katil saya")
_BED_POSS += ("|di ranjangku|di kasurku|di tempat tidurku|di atas ranjangku|di atas kasurku|di ranjang saya"
              "|di kasur saya|di tempat tidur saya|di katil saya|atas katil saya|di atas katil saya|atas katil aku")
# possessed beds in the languages of the round-29 rule: Croatian, Catalan, Hungarian (a suffix: "az ágyamon")
_BED_POSS += ("|na mom krevetu|u mom krevetu|na svom krevetu|u svom krevetu|na mojem krevetu|u mojem krevetu"
              "|al meu llit|sobre el meu llit|al teu llit|al nostre llit|az agyamon|az agyamban|agyamban|az agyadon"
              "|az agyunkon")
#: the round-29 rule's garments (sv, hu, hr, ca, ms), which the round-27 list does not hold
_GARMENT_29 = ("stringtrosor|stringtrosa|trosor|spetsunderklader|bh och trosor|tangaban|bugyiban|fehernemuben"
               "|csipkes fehernemuben|alsonemuben|u tangama|tangama|u tangicama|gacicama|u gacicama|u donjem rublju"
               "|u cipkanom rublju|en calces|amb calces|en sostenidors|seluar dalam|celana dalam|pakaian dalam")
PATTERNS_30 += [
    ("en", "{" + _GARMENT + "|" + _GARMENT_29 + "} ~6 {" + _BED_POSS + "}", U, 0.8),
    ("en", "{" + _BED_POSS + "} ~6 {" + _GARMENT + "|" + _GARMENT_29 + "}", U, 0.8),
]

# --- 2. without a bra / underwear, every determiner -----------------------------------------------------------------
#: what turns the garment word into the modifier of another noun ("ohne BH-Werbung", "sans soutien-gorge intégré")
_UNDER_NOT = ("werbung|trager|grosse|einlage|einlagen|bugel|verschluss|marke|kauf|pflicht|zwang|hersteller|modell"
              "|shop|abteilung|reklame|bandjes|maat|stropper|integre|integree|incorpore|integrado|integrada"
              "|incorporado|embutido|integrato|incluso|inclus|included|built in|section|ad|ads|advert|straps")
_WITHOUT = {
    "fr": ("sans", "son|sa|ses|le|la|les|un|une|aucun|aucune",
           "soutien gorge|soutif|culotte|petite culotte|slip|sous vetements|sous vetement|brassiere"),
    "es": ("sin", "su|sus|el|la|los|las|un|una|ningun|ninguna",
           "sujetador|sosten|brasier|bragas|braguitas|calzones|ropa interior|bombacha|calzon|pantaletas"),
    "pt": ("sem", "o|a|os|as|o seu|a sua|os seus|as suas|seu|sua|seus|suas|nenhum|nenhuma",
           "sutia|calcinha|calcinhas|cueca|roupa intima|roupa interior"),
    "it": ("senza", "il|la|le|il suo|la sua|le sue|i suoi|alcun|alcuna",
           "reggiseno|mutande|mutandine|slip|intimo|biancheria intima"),
    "de": ("ohne", "ihren|seinen|einen|den|ihre|seine|eine|die|ihr|sein|ein|das",
           "bh|schlupfer|hoschen|unterwasche|unterhose|slip"),
    "nl": ("zonder", "haar|zijn|een|de|het", "bh|beha|slipje|onderbroek|ondergoed"),
    "da": ("uden", "hendes|sin|sine|en|nogen", "bh|trusser|undertøj|undertoj"),
    "no": ("uten", "hennes|sin|sine|en|noen", "bh|truse|truser|undertøy|undertoy"),
    "sv": ("utan", "hennes|sin|sina|en|nagon|nagra", "beha|bh|trosor|underklader"),
    "id": ("tanpa", "", "bra|bh|beha|celana dalam|pakaian dalam|baju dalam|seluar dalam|kutang"),
}
for _lang, (_w, _det, _garm) in _WITHOUT.items():
    _d = f" {{{_det}|}}" if _det else ""
    PATTERNS_30.append((_lang, f"{_w}{_d} {{{_garm}}} !{{{_UNDER_NOT}}}", U, 0.75))

# --- 3. topless: Nordic, Indonesian / Malay --------------------------------------------------------------------------
MORE_30.setdefault("da", {}).setdefault(N, []).extend([("topløs", 0.85), ("barbrystet", 0.85)])
MORE_30.setdefault("no", {}).setdefault(N, []).extend([("toppløs", 0.85), ("barbrystet", 0.85)])
MORE_30.setdefault("sv", {}).setdefault(N, []).extend([("barbröstad", 0.85)])
PATTERNS_30 += [
    # "toplos" / "topploes": the Nordic word with "ø" written "o" / "oe"
    ("da", "{toplos|topplos|toploes|topploes|topløse|toppløse}", N, 0.85),
    # "atasan" is also a superior at work: a work word after it closes the rule
    ("id", "tanpa {baju|pakaian|} atasan !{langsung|saya|kami|anda|kantor|perusahaan|yang|dan bawahan|atau bawahan"
           "|persetujuan|izin|ijin|tahu|mengetahui|sepengetahuan}", N, 0.85),
]
