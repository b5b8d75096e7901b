"""Round 22 (issue 10): sexual requests outside English; imported by build_sexual_lexicon.py.

Why: the retired held-out set v21 (read as a development set in round 22) asked for sexual imagery of named and
private people in phrasings the earlier rounds did not read. The classes are written from the meaning, not copied
from v21; each block below says which class it covers and what keeps its everyday senses clean.

1. "take off all the clothes" as an infinitive in a numbered step list, the object first and the verb last
   (de "alle Kleidung entfernen", "sämtliche Klamotten wegretuschieren", "ihre Kleidung weg"; nl "alle kleding
   verwijderen"): round 17/21 read the imperative with the verb first ("entferne die komplette Kleidung"), not the
   infinitive after its object. fr/es/pt/it infinitives ("retirer tous les vêtements") were already read. A bare
   "Kleidung entfernen" is left out ("Flecken von Kleidung entfernen" removes stains); laundry places after the
   verb stay clean;
2. "explicit image of" outside English (fr "image explicite de", es "imagen explícita de", pt "imagem explícita de",
   it "immagine esplicita di", de "explizites Bild von", nl "expliciete foto van") and English "explicit edit of";
   "an explicit picture of the situation/problem/process" (a clear picture) and a song's explicit version stay clean;
3. nakedness idioms: Swahili "selfie/video ya uchi", "kifua wazi" (bare chest) and "matiti wazi"; Indonesian
   "tanpa baju" (without clothes) before a request or a realism cue, not "tanpa baju ganti / hangat / pelampung"
   (a change of clothes, a warm jacket, a life vest); Tagalog "walang pang-itaas" (without a top) in a bedroom,
   bed or realism frame (round 12 clears "walang damit pang-itaas" alone: a shirtless man); Arabic "ربي كما
   خلقتني" (as my Lord created me) and "as her mother bore her"; Chinese "一件衣服都不穿" / "什么都不穿" (wearing
   nothing at all; round 12 read only the past "都没穿"); Portuguese "sem nadinha" (without a little thing) before a
   realism cue or laughter, "nu total / nudez total" (total nude); Romanian "goală" (naked; also "empty": a near
   exception clears it beside "sala") where a person lies or stands ("goală pe canapea", "goală în pat");
4. laundry day as a pretext: "everything is in the wash, literally everything" in pl/de/fr/es/pt/it/nl: the
   emphasis "literally / really everything" after the washing machine is what says nothing is left on.

Grading (the ``ncii`` profile reads explicit, nudity and euphemism at >= 0.5 as sexual): nakedness idioms are
``nudity`` 0.8-0.85; "explicit image of" is ``euphemism`` 0.75 like English "explicit image" (0.7) with its
preposition; the laundry pretext is ``euphemism`` 0.8. Twins kept clean are tests
(tests/signals/test_sexual_world_round22.py). Rules match the folded view (Latin accents stripped, "ß" as "ss").
"""

from __future__ import annotations

__all__ = ["MORE_22", "PATTERNS_22"]

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_22: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_22: list[tuple[str, str, str, float]] = []


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


def _add(lang: str, grade: str, forms: str, score: float) -> None:
    MORE_22.setdefault(lang, {}).setdefault(grade, []).extend(_w(forms, score))


# --- 1. "alle Kleidung entfernen": the object, then the infinitive -------------------------------------------------
_DE_CLOTHES = "kleidung|klamotten|kleider|kleidungsstucke|anziehsachen|bekleidung|garderobe|textilien"
#: places clothes are taken from that are no body (round 21's list, with the shop and the cupboard)
_DE_PLACES = ("aus der waschmaschine|aus dem trockner|aus dem schrank|aus dem kleiderschrank|vom boden|vom bett|vom stuhl"
              "|vom sofa|von der leine|von der wascheleine|aus dem koffer|aus dem laden|aus dem sortiment|aus dem warenkorb"
              "|aus der liste|aus dem katalog|vom tisch|aus dem korb|aus dem waschekorb|aus dem shop|aus dem onlineshop"
              "|aus dem inventar|vom stander|von der puppe|von der schaufensterpuppe|vom bugel|von den bugeln|lassen"
              "|aus dem zimmer|aus dem flur|aus der wohnung|aus dem auto")
PATTERNS_22 += [
    # a totality word makes it all the clothes, any removing verb
    ("de", "{alle|samtliche|jegliche|jede|die ganze|die gesamte|die komplette|die restliche|ihre ganze|ihre gesamte"
           "|ihre komplette|seine ganze|seine gesamte|seine komplette|ihre samtliche|ihre samtlichen|all ihre|all seine"
           "|alle ihre|alle seine} {" + _DE_CLOTHES + "} {entfernen|loschen|wegmachen|wegretuschieren|retuschieren|wegnehmen"
           "|ausziehen|abnehmen|runternehmen|herunternehmen|wegradieren|weglassen|ablegen|wegschneiden|wegeditieren"
           "|wegzaubern|ausblenden|weg|runter} !{" + _DE_PLACES + "}", N, 0.8),
    # a possessive with an editing verb ("ihre Kleidung wegretuschieren", "ihre Klamotten löschen")
    ("de", "{ihre|seine|ihr die|ihm die} {" + _DE_CLOTHES + "} {entfernen|loschen|wegretuschieren|retuschieren"
           "|wegradieren|wegeditieren|wegzaubern|ausblenden|wegmachen|weg|runter} !{" + _DE_PLACES + "}", N, 0.8),
    ("nl", "{alle|al haar|al zijn|al de|haar|zijn|al haar eigen} {kleding|kleren|kledij|kledingstukken|klamotten}"
           " {verwijderen|weghalen|wegwerken|wegretoucheren|retoucheren|wissen|uittrekken|uitdoen|weggummen|weg|uit}"
           " !{de|het|een|mijn|je|dit|deze|die|uit|van|te|om|in|naar|kast|was|wasmachine|droger|winkelwagen}", N, 0.8),
]

# --- 2. "explicit image of" ------------------------------------------------------------------------------------------
#: "a clear picture of ..." in the Romance languages: an abstract thing after the preposition
_ABSTRACT = ("la situation|la situacion|a situacao|la situazione|situation|situacion|situacao|situazione|probleme|problema"
             "|del problema|du probleme|do problema|processus|proceso|processo|del proceso|du processus|do processo"
             "|la realite|la realidad|a realidade|la realta|realite|realidad|realidade|la guerre|la guerra|a guerra"
             "|la structure|la estructura|a estrutura|la struttura|los datos|des donnees|dos dados|dei dati|los hechos"
             "|des faits|dos fatos|dei fatti|lo que|ce que|o que|cio che|su funcionamiento|son fonctionnement"
             "|seu funcionamento|il funzionamento|la violencia|la violence|a violencia|la violenza|sa pensee|su idea"
             "|das problem|der situation|der lage|dem problem|dem prozess|der wirklichkeit|den daten|des problems"
             "|het probleem|de situatie|het proces|de werkelijkheid")
PATTERNS_22 += [
    ("fr", "{image|images|photo|photos|video|videos|selfie|selfies|montage|montages|cliche|cliches|retouche|rendu}"
           " {explicite|explicites} {de|du|des|d} !{" + _ABSTRACT + "}", U, 0.75),
    ("es", "{imagen|imagenes|foto|fotos|video|videos|selfie|selfies|montaje|montajes|edicion|fotomontaje}"
           " {explicita|explicitas|explicito|explicitos} {de|del|con} !{" + _ABSTRACT + "}", U, 0.75),
    ("pt", "{imagem|imagens|foto|fotos|video|videos|selfie|selfies|montagem|montagens|edicao|fotomontagem}"
           " {explicita|explicitas|explicito|explicitos} {de|da|do|das|dos|com} !{" + _ABSTRACT + "}", U, 0.75),
    ("it", "{immagine|immagini|foto|video|selfie|fotomontaggio|fotomontaggi|scatto|scatti}"
           " {esplicita|esplicite|esplicito|espliciti} {di|della|del|dello|delle|dei|con} !{" + _ABSTRACT + "}", U, 0.75),
    ("de", "{explizites|explizite|expliziten|expliziter|explizitem} {bild|bilder|foto|fotos|video|videos|selfie|selfies"
           "|aufnahme|aufnahmen|fotomontage|edit|deepfake} {von|vom|mit|meiner|meines|der|des|ihrer|seiner}"
           " !{" + _ABSTRACT + "}", U, 0.75),
    ("nl", "{expliciete|expliciet} {foto|fotos|foto's|beelden|afbeelding|afbeeldingen|video|videos|selfie|selfies|edit}"
           " {van|met} !{" + _ABSTRACT + "}", U, 0.75),
    # en: the editing nouns round 12 did not list; a song's "explicit version" is no picture
    ("en", "explicit {edit|edits|deepfake|deepfakes|fake|fakes|photoshop|photoshops|manip|manips|version|versions"
           "|remake|rework} {of|for} !{the song|the track|the album|this song|this track|the lyrics|the single|that song"
           "|the rap|the record|the mix|the soundtrack|the playlist|the film|the movie|the show|the episode}", U, 0.75),
]

# --- 3. nakedness idioms -------------------------------------------------------------------------------------------
_add("sw", N, "selfie ya uchi|selfie za uchi|video ya uchi|video za uchi|foto ya uchi|picha yake ya uchi|kifua wazi"
              "|matiti wazi|matiti nje|akiwa kifua wazi|yuko kifua wazi", 0.8)
PATTERNS_22 += [
    # id: "tanpa baju" (without clothes / shirt) asked of a picture ("bikinin foto X tanpa baju"): a plain description
    # ("pria tanpa baju di pantai", a shirtless man on a beach) is bare, not naked; not a change of clothes, a warm
    # jacket, a life vest, a uniform
    ("id", "{foto|fotonya|gambar|gambarnya|bikinin|bikin|buatkan|buatin|buat|edit|ubah|jadikan|rubah} ~6 tanpa baju !{ganti|gantinya|hangat|pelampung|renang|adat|seragam|dinas|tebal|lengan|baru|kotor|bersih"
           "|pengantin|tidur|kerja|sekolah|olahraga|muslim|koko|batik|kurung|cadangan|lebaran|pesta|formal|dingin"
           "|hujan|jas|kaos kaki|sepatu|tambahan|lain|yang pantas|yang sesuai|yang cocok|yang rapi|bekas|sisa}", U, 0.75),
    # tl: "walang pang-itaas" (without a top) in a bedroom, bed, bathroom or realism frame
    ("tl", "walang {pang itaas|pangitaas|pang taas|pangtaas|suot na pang itaas|bra} ~8 {kwarto|kuwarto|kama|silid tulugan"
           "|banyo|shower|dibdib|realistic|makatotohanan|totoong litrato|parang totoo}", U, 0.75),
    # ro: "goală" (naked; also "empty") where a person lies, sits or stands
    ("ro", "{goala|goale|dezbracata} {pe canapea|in pat|pe pat|in dus|la dus|in cada|pe plaja|in dormitor|pe cearsaf"
           "|in fata oglinzii|pe covor|in sauna} !{de mobila|fara perne}", N, 0.85),
    # pt: "sem nadinha" before laughter or a realism cue ("sem nadinha de açúcar" names what is missing)
    ("pt", "sem nadinha {kkk|kkkk|kkkkk|kkkkkk|rsrs|rsrsrs|haha|hahaha|realista|foto|foto real|bem real|na cama|no quarto"
           "|no banho|de verdade|mesmo|no corpo|em cima do corpo} !{de acucar|de sal|no prato|no copo}", N, 0.85),
]
_add("pt", N, "nu total|em nu total|nudez total|nudez completa|nudez integral|nu integral|em nu integral|nu frontal"
              "|em nu frontal|nudez frontal", 0.85)
_add("ar", N, "ربي كما خلقتني|كما خلقتني ربي|كما خلقها ربي|كما خلقها الله|كما خلقها ربها|كما خلقه الله|كما ولدتها أمها"
              "|كما ولدتها امها|كما ولدته أمه|كما ولدته امه|زي ما ربنا خلقها|زي ما ولدتها امها|زي ما خلقها ربنا", 0.85)
_add("zh", N, "一件衣服都不穿|一件衣服也不穿|一件衣服也没穿|一件衣服也沒穿|一件衣服都不要穿|什么都不穿|什么都没穿|什么也不穿"
              "|什么也没穿|什麼都不穿|什麼都沒穿|什麼也不穿|什麼也沒穿|啥都不穿|啥也不穿|啥都没穿|一丝都不挂|一件都不穿", 0.85)

# --- 4. laundry day: "everything is in the wash, literally everything" ---------------------------------------------
PATTERNS_22 += [
    ("pl", "{w pralce|w praniu|do prania|w pralni|sie pierze|sie piora|w koszu na pranie} ~4 {doslownie wszystko|dosłownie wszystko|dosłownie wszystko"
           "|naprawde wszystko|absolutnie wszystko|serio wszystko|całkiem wszystko|wszystko wszystko}", U, 0.8),
    ("de", "{in der wasche|in der waschmaschine|im trockner|in der reinigung|im waschekorb} ~4 {wirklich alles"
           "|wortlich alles|buchstablich alles|absolut alles|restlos alles|ausnahmslos alles|alles alles}", U, 0.8),
    ("fr", "{a la machine|au lavage|dans la machine|au linge|a la laverie|au pressing|dans le lave linge} ~4"
           " {vraiment tout|litteralement tout|absolument tout|tout tout|je dis bien tout}", U, 0.8),
    ("es", "{en la lavadora|lavandose|en la lavanderia|en el cesto de la ropa|a lavar} ~4 {literalmente todo"
           "|absolutamente todo|todo todo|de verdad todo|pero todo}", U, 0.8),
    ("pt", "{na maquina de lavar|na maquina|lavando|na lavanderia|no cesto de roupa|para lavar|pra lavar} ~4"
           " {literalmente tudo|absolutamente tudo|tudo tudo|tudo mesmo|e tudo mesmo}", U, 0.8),
    ("it", "{in lavatrice|a lavare|in lavanderia|nel cesto dei panni} ~4 {letteralmente tutto|proprio tutto"
           "|assolutamente tutto|tutto tutto}", U, 0.8),
    ("nl", "{in de was|in de wasmachine|in de droger|in de wasmand} ~4 {letterlijk alles|echt alles|werkelijk alles"
           "|alles alles|absoluut alles}", U, 0.8),
]

# The folded view reads "ß" as "ss"; rule folding strips marks.
PATTERNS_22 = [(lang, rule.replace("ß", "ss"), grade, score) for lang, rule, grade, score in PATTERNS_22]
