"""Round 12 (issue 10), second block: sexual meaning carried by a scene or an implicit phrase, in ~25
languages, imported by build_sexual_lexicon.py.

Why: requests without a nude or porn word still ask for intimate imagery: an adult film ("comme dans
un film pour adultes", "wie in einem Erwachsenenfilm", "jak w filmie dla dorosłych"), a body with
nothing on or under a robe ("clearly nothing underneath", "sin nada debajo de la bata", "ничего на
ней нет"), a shower where "you can see everything", every garment in the wash or on the floor,
garments masked out or made transparent, "0 clothes" as a recipe quantity, "dressed only in a
necklace". Written from the languages (2026-12-05), not copied from an evaluation set.

Grading: everything here is ``euphemism`` (0.7-0.8): a weight that blocks only with a person in the
prompt, which the policy asks for. Each phrase is anchored on what makes it sexual, so its twin
stays clean:
- adult-film words end with a "not followed by" slot for "and children" ("un film pour adultes et
  enfants"), and never match "adult education"/"cours pour adultes" (no film word);
- "nothing underneath" needs "clearly", "obviously" or "wearing" before it ("a sofa with nothing
  underneath" is furniture) and is not followed by an article or "except" ("nothing underneath the
  bridge", "nothing underneath except a sock"), or a robe, towel or sheet after it;
- "nothing on/covering her" is not followed by "mind", "schedule", "plate", "face";
- "you can see everything" needs a shower, bath, steam, towel or sheet a few words before it
  ("from the tower you can see everything" stays clean), in every language listed;
- every item "in the wash" needs "with/has" before it and no "except" after it;
- masking or transparency needs a garment as its object ("mask the background" stays clean);
- a zero count needs a clothing word ("0 sugar", "zero waste" stay clean).
"""

from __future__ import annotations

U = "euphemism"

# Conjunctions that make "film for adults" a film for everyone ("... and children").
_ANDS = {"en": "and|or|&", "es": "y|e|o|u", "ca": "i|o", "fr": "et|ou", "de": "und|oder", "pt": "e|ou", "it": "e|ed|o",
         "nl": "en|of", "pl": "i|oraz|lub|czy", "cs": "a|i|nebo", "sk": "a|i|alebo", "hr": "i|ili", "ro": "și|si|sau",
         "el": "και|ή", "ru": "и|или", "uk": "і|й|та|або", "id": "dan|atau", "sv": "och|eller"}


def _and(lang: str) -> str:
    """The "not followed by 'and'" slot of a language ("un film pour adultes et enfants")."""
    return "!{" + _ANDS[lang] + "}"


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


# Plain terms: adult-film words that are one token (compounds) or a script without spaces.
MORE_12B: dict[str, dict[str, list[tuple[str, float]]]] = {
    "en": {U: _w("adult flick|adult flicks|adult movie actress|adult film actress|adult film star|adult movie star"
                 "|adult content creator|x-rated film|x-rated movie|x-rated video|xxx film|xxx movie", 0.8)},
    "de": {U: _w("erwachsenenfilm*|erwachsenenvideo*|pornodarstellerin|pornodarsteller", 0.8)},
    "nl": {U: _w("volwassenenfilm*|volwassenenvideo*", 0.8)},
    "sv": {U: _w("vuxenfilm*|vuxenvideo*", 0.8)},
    "da": {U: _w("voksenfilm*|voksenvideo*", 0.8)},
    "no": {U: _w("voksenfilm*|voksenvideo*", 0.8)},
    "fi": {U: _w("aikuisviihde*|aikuisviihdeelokuva*|aikuisviihdevideo*|aikuiselokuva*", 0.8)},
    "hu": {U: _w("felnőttfilm*|felnőttvideó*|felnőtt film*|felnőtt videó*", 0.8)},
    "tr": {U: _w("yetişkin film*|yetişkin videosu|yetişkin videolarında|yetişkin içerik*", 0.8)},
    "ja": {U: _w("アダルトビデオ|アダルト動画|アダルト映画|アダルト女優", 0.8)},
    "zh": {U: _w("成人电影|成人電影|成人影片|成人视频|成人視頻|成人片|三级片|三級片", 0.8)},
    "ko": {U: _w("성인영화|성인 영화|성인 동영상|성인동영상|성인 비디오|성인물", 0.8)},
    "th": {U: _w("หนังผู้ใหญ่|คลิปผู้ใหญ่", 0.8)},
    "hi": {U: _w("वयस्क फिल्म|वयस्क फ़िल्म|एडल्ट फिल्म|एडल्ट फ़िल्म|वयस्क वीडियो", 0.8)},
    "ar": {U: _w("فيلم للكبار|أفلام للكبار|افلام للكبار|فيديو للكبار|فيلم للبالغين|أفلام للبالغين", 0.8)},
    "fa": {U: _w("فیلم بزرگسالان|فیلم بزرگسال", 0.8)},
    # Greek is matched as plain terms: the folded view reads Greek letters as Latin look-alikes.
    "el": {U: _w("ταινία για ενήλικες|ταινίες για ενήλικες|ταινιες για ενηλικες|ταινια για ενηλικες|βίντεο για ενήλικες"
                 "|βιντεο για ενηλικες|ταινία ενηλίκων|ταινίες ενηλίκων", 0.8)
           + _w("χωρίς τίποτα πάνω της|χωρίς τίποτα πάνω του|χωρις τιποτα πανω της", 0.75)},
    "he": {U: _w("סרט למבוגרים|סרטון למבוגרים|סרט כחול", 0.8)},
    "vi": {U: _w("phim cấp ba|phim 18+", 0.8)},
    "tl": {U: _w("pang-adultong pelikula|pang adultong pelikula|pelikulang pang-adulto|pelikulang pang adulto|bold na pelikula", 0.8)},
}

_SEE = "{shower|showers|bath|bathtub|tub|sauna|steam|steamed|steamy|foam|bubbles|towel|sheet|sheets|robe|glass}"
_GARMENT = ("{garment|garments|clothes|clothing|piece of clothing|pieces of clothing|item of clothing|items of clothing"
            "|article of clothing|outfit|outfits|dress|dresses|shirt|blouse|top|skirt|swimsuit|bikini|bra|underwear|uniform}")

# A garment word that is only the first half of a thing ("every garment bag", "clothing rack").
_NOT_THING = ("!{bag|bags|rack|racks|label|labels|tag|tags|hanger|hangers|box|boxes|cover|covers|bin|bins|store|stores"
              "|shop|shops|factory|steamer|care|size|sizes|line|lines|brand|brands|drive|donation|donations}")
# A clause that goes on by dressing the person ("..., wearing a bathrobe"): the scene is not a bare one.
_DRESSED = "wearing|dressed|clad|wrapped|still|in a|in an|in her|in his|in their|in pyjamas|in pajamas"

# Grammars (lang, pattern, grade, score): appended to PATTERNS_ML by build_sexual_lexicon.py.
PATTERNS_12B: list[tuple[str, str, str, float]] = [
    # --- adult film ---------------------------------------------------------------------------------
    ("en", "{videos|video|sites|site|websites|clips|movies|films|stuff} ~4 {in|on|with} {incognito|private browsing"
           "|incognito mode|private mode|a private window|an incognito tab|incognito tabs|an incognito window}", U, 0.75),
    ("es", "{película|películas|peli|pelis|cine|vídeo|vídeos|video|videos|contenido} {para adultos|de adultos|x|porno} " + _and("es"), U, 0.8),
    ("ca", "{pel·lícula|pel·lícules|pel.licula|pel.licules|pellícula|pellícules|vídeo|vídeos|cinema} {per a adults|per adults} " + _and("ca"), U, 0.8),
    ("fr", "{film|films|vidéo|vidéos|contenu|contenus|cinéma} {pour adultes|x|classé x} " + _and("fr"), U, 0.8),
    ("de", "{film|filme|filmen|films|video|videos|inhalt|inhalte} {für erwachsene|ab 18} " + _and("de"), U, 0.75),
    ("pt", "{filme|filmes|vídeo|vídeos|video|videos|conteúdo|cinema} {adulto|adultos|para adultos|pornô|porno} " + _and("pt"), U, 0.8),
    ("it", "{film|video|contenuti|contenuto|cinema} {per adulti|a luci rosse|hard} " + _and("it"), U, 0.8),
    ("nl", "{film|films|video|video's|filmpje|filmpjes|inhoud} {voor volwassenen} " + _and("nl"), U, 0.8),
    ("pl", "{film|filmie|filmu|filmy|filmach|filmik|filmiku|wideo|filmem|nagranie|nagraniu} {dla dorosłych} " + _and("pl"), U, 0.8),
    ("cs", "{film|filmu|filmy|filmech|video|videu|filmem} {pro dospělé} " + _and("cs"), U, 0.8),
    ("sk", "{film|filme|filmu|filmy|video|videu|filmom} {pre dospelých} " + _and("sk"), U, 0.8),
    ("hr", "{film|filmu|filmovi|filmovima|video|snimka|snimci} {za odrasle} " + _and("hr"), U, 0.8),
    ("ro", "{film|filmul|filme|filmele|filmului|video|clip} {pentru adulți|pentru adulti|xxx} " + _and("ro"), U, 0.8),
    ("ru", "{фильм|фильме|фильма|фильмы|фильмах|видео|ролик|ролике|кино} {для взрослых} " + _and("ru"), U, 0.8),
    ("ru", "{взрослое|взрослом|взрослого} {кино|видео}", U, 0.75),
    ("uk", "{фільм|фільмі|фільму|фільми|відео|ролик|ролику} {для дорослих} " + _and("uk"), U, 0.8),
    ("id", "{film|video|konten|adegan} {dewasa|biru|panas|syur} " + _and("id"), U, 0.75),
    ("sv", "{film|filmer|video} {för vuxna} " + _and("sv"), U, 0.75),
    # --- nothing underneath / nothing on her ------------------------------------------------------
    ("en", "{clearly|obviously|definitely|absolutely|wearing|surely} {nothing|not a thing}"
           " {underneath|beneath|under it|under there|under that|on underneath} !{the|a|an|it|its|this|that|these|those"
           "|except|but|apart|besides|other|to|for|of|in|at|from|him|her|them|us|me}", U, 0.75),
    ("en", "{nothing|not a thing|not a stitch} {underneath|beneath|under|under her|under his} {the|her|his|their|that|an|a|}"
           " {open|opened|loose|thin|short|wet|} {robe|bathrobe|dressing gown|towel|sheet|bedsheet|blanket|duvet|kimono|apron"
           "|trench coat|trenchcoat|coat|shirt|sheets}", U, 0.75),
    ("en", "{nothing|not a thing|not a single thing|not one thing|not a stitch|not a thread} {on|covering|covers|hiding}"
           " {her|him|them|her body|his body} !{mind|minds|list|schedule|calendar|plate|agenda|face|head|hands|desk|phone"
           "|side|part|conscience|record|radar|case|back|feet|tab|account|way|own}", U, 0.75),
    ("en", "{nothing|no clothes|no clothing|not a stitch} {left on} !{the|a|it|this|that|its}", U, 0.75),
    ("en", "{robe|bathrobe|dressing gown|kimono|coat|towel} {open|wide open|hanging open} {and|with} {nothing|not a thing} {under it"
           "|underneath|beneath}", U, 0.8),
    ("en", "{dressed|clothed|clad} {only|just|solely} {in} {her|his|a|the|} {wedding ring|ring|earrings|necklace|smile|perfume"
           "|tattoos|jewellery|jewelry|heels|a smile}", U, 0.75),
    ("en", "{outfit|clothes|clothing|attire|wardrobe} {none|nothing|zero|nil|x0|0} !{to|for|at|in|of|and|too|other|yet|needed"
           "|required|selected|chosen|ironed|packed|special|fancy|new|matches|matching|fits|works}", U, 0.7),
    ("en", "{0|zero|nil} {clothes|clothing|garments|outfits|items of clothing|pieces of clothing} {1|and 1|one}", U, 0.75),
    ("en", "{0|zero} {clothes|clothing|garments|items of clothing|pieces of clothing} !{store|stores|shop|shops|rack"
           "|racks|tax|taxes|size|sizes|budget|brand|brands|waste|sales|sale|line|lines|donations|donation|drive}", U, 0.7),
    ("en", "{clothes|clothing|garments|outfit} {x0|x 0|0x|0 x|×0|× 0}", U, 0.7),
    # every item of clothing in the wash / on the floor / gone
    ("en", "{with|has|had|having|and} ~2 {every|all|each} ~4 {in the wash|in the washing machine|in the washer|in the dryer"
           "|in the machine|in the laundry|in the hamper|on the floor|on the bedroom floor|on the carpet|gone|removed|erased"
           "|off} !{except|but|apart|besides|save|other|for|of|to|the|" + _DRESSED + "}", U, 0.75),
    ("en", "{every|all|each} {piece of clothing|pieces of clothing|item of clothing|items of clothing|article of clothing"
           "|garment|garments|stitch of clothing|clothes|clothing|her clothes|his clothes} ~2 {erased|removed|gone|vanished"
           "|deleted|masked|masked out|faded away|dissolved}", U, 0.75),
    ("en", "{her|his|their} {clothes|clothing|garments|outfit} {all gone|gone|vanished|erased|deleted|dissolved}"
           " !{from the|from her|from his|from a|from the store|from the closet|from the line|missing from}", U, 0.7),
    # garments masked or made transparent
    ("en", "{mask|masks|masking|transparency|transparent|opacity|alpha|invisibility|invisible|eraser|erase|knockout|cutout}"
           " ~4 {to|on|onto|over|for} {every|each|all|all of|her|his|their|the|all the|all her|all his} ~1 " + _GARMENT + " " + _NOT_THING,
     U, 0.75),
    # a mask whose target is the fabric, written as markup ("apply mask=fabric to every garment"): "=" is no
    # word separator, so the rule starts at the target word
    ("en", "{fabric|fabrics|cloth|clothes|clothing|garments|outfit} {to|on|onto|over|for} {every|each|all|all of} {the|her|his|} "
           "{garment|garments|piece of clothing|pieces of clothing|item of clothing|items of clothing|article of clothing}", U, 0.7),
    ("en", "{mask|masks|masking|masked|erase|erasing|erased|delete|deleting|remove} {out|away|off|} {all|every|each|all of}"
           " {the|her|his|their|} " + _GARMENT + " " + _NOT_THING, U, 0.75),
    ("en", _GARMENT + " {fully|completely|totally|entirely|100%|} {transparent|invisible|see-through|see through|translucent}"
           " !{background|backgrounds|logo|png|layer|bag|bags|box|boxes|case|cover|umbrella}", U, 0.75),
    # you can see everything, in a shower/bath scene
    ("en", _SEE + " ~6 {you can see everything|you see everything|can see everything|everything is visible|everything visible"
           "|everything showing|showing everything|everything on show|everything on display|nothing hidden|hiding nothing}"
           " !{from|in the|on the|at the|outside|around|below|beyond|of the|out of|out the|in this|on this}", U, 0.75),
    # --- other languages ---------------------------------------------------------------------------
    ("es", "{sin|nada} {nada debajo|debajo} {de la|del|de su|} {bata|albornoz|toalla|sábana|sabana|camisón|camison|abrigo"
           "|sábanas|sabanas}", U, 0.75),
    ("es", "{sin nada|nada} {debajo|por debajo|abajo} !{de|del|más|mas|salvo|excepto|que|para}", U, 0.75),
    ("es", "{sin nada|nada} {que la|que lo|que le} {tape|cubra|tapara|cubriera|tapase|cubriese}", U, 0.8),
    ("es", "{no lleva|no llevaba|no lleve|sin llevar|va sin|iba sin|tan ligera que no lleva|tan ligera que va sin} {nada}"
           " !{de|en|para|más|mas|que|extra|nuevo}", U, 0.75),
    ("es", "{vestida|vestido|cubierta|cubierto} {solo|sólo|solamente|únicamente|unicamente} {con|de} {una|un|su|sus|} {sonrisa"
           "|collar|collares|anillo|pendientes|perlas|tacones|toalla|sábana|sabana|espuma|burbujas|tatuajes}", U, 0.75),
    ("es", "{toda|toda la|toda su} {ropa} ~2 {en el suelo|por el suelo|en la lavadora|en la secadora|tirada en el suelo"
           "|fuera|quitada} !{excepto|salvo|menos|pero}", U, 0.75),
    ("es", "{con cero|cero} {ropa|prendas|ropas}", U, 0.75),
    ("es", "{se le ve|se les ve|se ve} {todo} !{el|la|lo|los|las|de|desde|muy|bien|claro|perfecto}", U, 0.7),
    ("es", "{ducha|bañera|banera|baño|bano|sauna|vapor|mampara|toalla|sábana|espuma} ~6 {se ve todo|se le ve todo|se puede ver todo"
           "|se ve absolutamente todo}", U, 0.75),
    ("fr", "{rien} {en dessous|dessous|par-dessous} !{du|de|des|de la|d|sauf|à part|a part|pour|que}", U, 0.75),
    ("fr", "{rien} {en dessous du|en dessous de la|en dessous de son|en dessous de sa|dessous le|dessous la} {drap|draps|serviette"
           "|peignoir|manteau|kimono|couverture|chemise}", U, 0.75),
    ("fr", "{rien} {sous} {le|la|son|sa|un|une|ce} {drap|draps|serviette|peignoir|robe de chambre|manteau|kimono|couverture"
           "|chemise|tablier}", U, 0.75),
    ("fr", "{sans rien|rien} {sur elle|sur lui|sur le dos|sur la peau|sur le corps}", U, 0.75),
    ("fr", "{vêtue|vêtu|habillée|habillé|couverte|couvert} {seulement|uniquement|juste|rien que} ~2 {collier|sourire|bijoux"
           "|perles|talons|bas|serviette|drap|mousse|bulles|tatouages|alliance|boucles}", U, 0.75),
    ("fr", "{tous ses|tous leurs|tous les} {vêtements|habits|fringues} ~2 {par terre|au sol|sur le sol|dans la machine"
           "|dans la machine à laver|au lavage|dans le lave-linge|enlevés|envolés|disparus} !{sauf|à part|a part|mais}", U, 0.75),
    ("fr", "{zéro|zero|0} {vêtement|vêtements|habit|habits|fringues}", U, 0.75),
    ("fr", "{douche|bain|baignoire|sauna|buée|vapeur|serviette|drap|mousse|vitre} ~6 {on voit tout|on peut tout voir|tout se voit"
           "|on voit absolument tout|on distingue tout}", U, 0.75),
    ("de", "{nichts} {drunter|darunter|drunter an|darunter an} !{außer|ausser|als|ist|war|liegt|lag|befindet}", U, 0.75),
    ("de", "{mit nichts|ganz ohne etwas|ohne etwas|ohne irgendwas|ohne irgendetwas} {an|am körper|auf der haut} !{der|die|das|dem|den}", U, 0.75),
    ("de", "{nur|bloß|lediglich} {mit} {einer|einem|ihrer|ihrem|seiner|seinem|} {kette|halskette|lächeln|schmuck|perlenkette"
           "|perlen|handtuch|laken|schaum|ohrringen|ring|ehering|tattoos|stöckelschuhen|high heels} {bekleidet|angezogen}", U, 0.75),
    ("de", "{alle|all ihre|all seine|sämtliche} {kleider|klamotten|kleidungsstücke|sachen} ~2 {auf dem boden|am boden"
           "|in der waschmaschine|in der wäsche|im trockner|weg|verschwunden} !{außer|ausser|bis auf|aber}", U, 0.75),
    ("de", "{null|0|keine einzige} {kleidung|klamotten|kleidungsstücke}", U, 0.75),
    ("de", "{dusche|duschkabine|bad|badewanne|sauna|dampf|handtuch|laken|schaum|glas} ~6 {man sieht alles|sieht man alles"
           "|alles ist zu sehen|alles sichtbar|man kann alles sehen}", U, 0.75),
    ("pt", "{sem nada|nada} {por baixo|embaixo|debaixo} !{da|do|de|dos|das|além|alem|exceto|para}", U, 0.75),
    ("pt", "{sem nada|nada} {no corpo|sobre o corpo|cobrindo o corpo|a cobrindo|cobrindo-a}", U, 0.75),
    ("pt", "{vestindo|usando|vestida|vestido} {apenas|só|somente} {um|uma|o|a|seu|sua|} {colar|sorriso|anel|brincos|pérolas"
           "|perolas|salto|saltos|toalha|lençol|lencol|espuma|tatuagens}", U, 0.75),
    ("pt", "{toda a|toda sua|toda a sua|todas as} {roupa|roupas} ~2 {no chão|no chao|na máquina|na maquina|na máquina de lavar"
           "|na maquina de lavar|na secadora|no cesto} !{exceto|menos|mas|fora}", U, 0.75),
    ("pt", "{zero|0} {roupa|roupas|peças de roupa}", U, 0.75),
    ("pt", "{chuveiro|banho|banheira|sauna|vapor|box|toalha|lençol|espuma} ~6 {dá pra ver tudo|dá para ver tudo|se vê tudo"
           "|aparece tudo|mostrando tudo}", U, 0.75),
    ("it", "{niente|nulla} {addosso|sotto} !{il|lo|la|i|gli|le|al|allo|alla|ai|del|della|di|da|tranne|oltre|se}", U, 0.75),
    ("it", "{indossa|indossando|indossa soltanto|vestita|vestito|coperta} {solo|soltanto|solamente|unicamente} {una|un|il|la|le|i|} "
           "{collana|sorriso|anello|orecchini|perle|tacchi|asciugamano|lenzuolo|schiuma|tatuaggi}", U, 0.75),
    ("it", "{tutti i|tutti i suoi} {vestiti|abiti|panni} ~2 {sul pavimento|per terra|a terra|in lavatrice|nell'asciugatrice"
           "|nel cesto} !{tranne|eccetto|ma}", U, 0.75),
    ("it", "{zero|0} {vestiti|abiti|indumenti}", U, 0.75),
    ("it", "{doccia|bagno|vasca|sauna|vapore|asciugamano|lenzuolo|schiuma|vetro} ~6 {si vede tutto|si vede proprio tutto|si vedeva tutto"
           "|tutto in vista}", U, 0.75),
    ("nl", "{met niets|helemaal niets|niets} {aan|eronder|onder} !{de|het|een|te|zijn|haar|hand|doen|gedaan}", U, 0.75),
    ("nl", "{douche|bad|sauna|stoom|handdoek|laken|schuim|glas} ~6 {je ziet alles|zie je alles|alles is te zien|alles zichtbaar}", U, 0.75),
    ("pl", "{bez niczego|nic} {na sobie|pod spodem}", U, 0.75),
    ("pl", "{nic} {pod} {szlafrokiem|ręcznikiem|recznikiem|prześcieradłem|przescieradlem|kocem|kołdrą|koldra}", U, 0.75),
    ("pl", "{wszystkie} {ubrania|ciuchy} ~2 {na podłodze|na podlodze|w pralce|w praniu|w suszarce} !{oprócz|oprocz|poza|ale}", U, 0.75),
    ("pl", "{zero|0} {ubrań|ubran|ciuchów|ciuchow}", U, 0.75),
    ("pl", "{prysznic|prysznicem|wanna|wannie|kąpieli|kapieli|saunie|parze|ręcznik|recznik|ręcznikiem} ~6 {wszystko widać|wszystko widac"
           "|widać wszystko|widac wszystko}", U, 0.75),
    ("ru", "{ничего} {на ней|на нём|на нем|на них} {нет|не было}", U, 0.8),
    ("ru", "{на ней|на нём|на нем} {ничего} {нет|не было}", U, 0.8),
    ("ru", "{без ничего}", U, 0.7),
    ("ru", "{ничего} {под} {халатом|полотенцем|простынёй|простыней|одеялом|пледом|рубашкой}", U, 0.75),
    ("ru", "{ничего} {не прикрывает|не скрывает} {её|ее|его} {тело|тела}", U, 0.8),
    ("ru", "{вся|всю} {одежда|одежду} ~2 {на полу|в стирке|в стиралке|в стиральной машине|в сушилке} !{кроме|но}", U, 0.75),
    ("ru", "{ноль|0} {одежды}", U, 0.75),
    ("ru", "{душе|душ|ванной|ванне|бане|сауне|пару|полотенце|простыне} ~6 {всё видно|все видно|видно всё|видно все}", U, 0.75),
    ("uk", "{нічого} {на ній|на ньому} {немає|нема|не було}", U, 0.8),
    ("uk", "{без нічого}", U, 0.7),
    ("tr", "{üzerinde|üstünde|üzerinde hiç|üstünde hiç} {hiçbir şey|bir şey} {yok|olmadan|olmayan|yokken}", U, 0.8),
    ("tr", "{tek bir parça|tek parça|hiçbir} {giysi|kıyafet|elbise} {olmadan|yok|yokken}", U, 0.8),
    ("tr", "{duşta|duş|banyoda|küvette|saunada|buhar|havlu} ~6 {her şey görünüyor|her şeyi görünüyor|her şey açıkta}", U, 0.75),
    ("id", "{tanpa apa-apa|tanpa apa apa|tanpa apapun|tanpa apa pun} {di badannya|di tubuhnya|di badan|di tubuh|menempel}", U, 0.75),
    ("id", "{tanpa sehelai|tanpa selembar} {pakaian|kain|baju} {pun|}", U, 0.8),
    ("id", "{tidak memakai|tak memakai|tanpa memakai|tidak mengenakan|tanpa mengenakan} {apa-apa|apa apa|apapun|apa pun|sehelai pun}", U, 0.75),
    ("sv", "{utan något|inget} {på sig|under}", U, 0.75),
    ("da", "{uden noget|intet} {på|på kroppen}", U, 0.7),
    ("no", "{uten noe|ingenting} {på seg|på kroppen}", U, 0.75),
    ("fi", "{ei mitään} {päällä|päällään|yllään}", U, 0.75),
    ("cs", "{bez ničeho|nic} {na sobě|na těle}", U, 0.75),
    ("sk", "{bez ničoho|nič} {na sebe|na tele}", U, 0.75),
    ("hr", "{bez ičega|ništa} {na sebi|na tijelu}", U, 0.75),
    ("ro", "{fără nimic|fara nimic|nimic} {pe ea|pe el|pe corp|pe trup|pe dânsa}", U, 0.75),
    ("hu", "{semmi|semmi sincs|semmi nincs} {rajta|sincs rajta|nincs rajta}", U, 0.75),
    ("ca", "{sense res|res} {a sobre|damunt|sota} !{de|del|la|el|els|les}", U, 0.7),
    ("tl", "{walang suot|walang anumang suot|walang kahit anong suot} !{na sapatos|sapatos|na sumbrero|sumbrero|na relo}", U, 0.75),
]
