"""Undress and face-into-porn instructions whose object is a name or a long noun phrase (round 12).

The per-language grammars (:mod:`.undress_grammar`, :mod:`.undress_world` ...) read the object of
an undressing verb from a closed class: a pronoun, a clitic, "my X", a person noun. A name is no
such class ("rozbierz Dani Calabresa", "zieh Shu-Fen Lai komplett aus", "lena.kowalczyk", a LoRA tag,
a ``.safetensors`` file), nor is a long noun phrase ("the new paralegal at my firm", "de kapster in
de Kalverstraat"). What makes these instructions an edit of someone's photo is the verb and what
frames the object, not the object itself:

* an undressing verb that takes only a person ("undress", "rozbierz", "spoglia", "svesti",
  "despulla", "riisu", "kleed ... uit", "klä av", "khumula") followed within a bounded window by a
  photo ("na tym zdjęciu", "in questa foto", "på bilden", "kulesi sithombe") or by "completely /
  down to nothing" ("komplett aus", "helemaal uit", "down to nothing"); or with a clitic that names a
  person ("dezbracă-o pe X", Swahili "mtoe nguo");
* a removal verb with an intimate garment (bra, underwear, all the clothes; never an accessory:
  glasses, hat, jacket, shoes) and ANY owner in a bounded window: "remove the bra from X", "take
  off X's jeans and underwear", "haal de bh van X weg", "ta bort behån på X", "X için sütyeni
  kaldır", "أزل حمالة صدر X", "سوتین X را بردار", "去掉X的胸罩", "susa ibhodisi lika X";
* putting someone's face into porn ("вставь лицо X в порноролик", "Xの顔をAV女優の体に合成して",
  "X 얼굴을 야동 배우 몸에 합성해줘", "faka ubuso buka X kuvidiyo yezocansi", "put X in a porn
  scene", "deepfake X into a hardcore clip"): labelled ``nudify``.

Each rule is an instruction to edit a picture of someone (``person_edit``). Patterns run over the
``folded`` view (lower case, Latin accents removed, "ł" kept), every window is bounded (``{0,n}?``
over whitespace-separated tokens, which cannot overlap), and every rule names a fixed verb or
noun the literal prefilter gates on, so matching stays linear in the prompt.
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy

__all__ = ["OBJECT_RULES"]

# compiled the first time intent_text's literal gate opens the rule (text/lazy_regex.py: start-up)
_RX = lazy

#: Up to n whitespace-separated tokens (any object: a name, a handle, a LoRA tag, a noun phrase).
_W4 = r"(?:\S+\s+){0,4}?"
_W6 = r"(?:\S+\s+){0,6}?"
_W8 = r"(?:\S+\s+){0,8}?"
_W10 = r"(?:\S+\s+){0,10}?"

# --- English --------------------------------------------------------------------------------
#: Intimate garments and "all the clothes": their removal is undressing whoever wears them.
_EN_INTIMATE = (
    r"bras?|brassieres?|panties|panty|underwear|undies|knickers|lingerie|thongs?|g-?strings?|briefs|boxers"
    r"|bikini(?:\s+(?:top|bottoms?))?|swimsuit|bathing\s+suit|(?:all\s+(?:of\s+)?)?(?:the\s+|her\s+|his\s+|their\s+)?clothes"
    r"|(?:all\s+(?:of\s+)?)?(?:the\s+|her\s+|his\s+|their\s+)?clothing"
)
#: Garments a possessive object may lose ("take off X's jeans and underwear", "erase X's uniform and
#: show her bare"); accessories and outer wear (jacket, coat, hat, glasses, shoes) are absent.
_EN_WORN = (
    r"clothes|clothing|outfit|dress|skirt|blouse|bra|panties|underwear|undies|lingerie|knickers|thong"
    r"|swimsuit|bikini|jeans|pants|trousers|shorts|leggings|tights|uniform|scrubs|nightgown|pajamas|pyjamas"
    r"|bodysuit|corset|robe|gown|towel"
)
#: What follows a garment word when it is not the garment itself ("the uniform number", "bra straps").
_EN_NOT_GARMENT_AFTER = (
    r"(?!\s+(?:number|logo|stain|stains|colou?r|print|pattern|tag|label|wrinkles?|buttons?|pockets?|sleeves?"
    r"|straps?|size|brand|hanger|design|text|badge|patch|crease)\b)"
)
#: Things laundry and shopping take garments from: "remove the bra from the washing machine".
_EN_THING = (
    r"(?!(?:the\s+|a\s+|this\s+|that\s+|my\s+|your\s+|our\s+)?(?:washing|washer|dryer|drawer|drawers|shelf|shelves"
    r"|rack|hanger|hangers|mannequin|mannequins|doll|dolls|basket|laundry|bag|box|cart|catalog|catalogue|line"
    r"|closet|wardrobe|pile|suitcase|list|order|website|shop|store|checkout|listing|ad|advert|dummy|statue)\b)"
)
#: Objects "undress" takes that are no person: "undress the wound", "undress rehearsal".
_EN_UNDRESS_THING = (
    r"(?!(?:the\s+|a\s+|this\s+|that\s+|his\s+|her\s+|my\s+)?(?:wound|wounds|dressing|dressings|bandage|bandages"
    r"|rehearsal|rehearsals|salad|turkey|chicken|lumber|timber|stone|leather|hide|hides|mannequin|mannequins|doll"
    r"|dolls|window|windows|set|code|sequence|scene\s+description|function|method|api"
    r"|(?:christmas\s+|xmas\s+)?trees?|beds?|tables?|stages?|shop\s+windows?|displays?|rooms?)\b)"
)
#: A pornographic target for a face or a person ("a porn scene", "an adult video", "a hardcore clip").
_EN_PORN = (
    r"(?:porn\w*|xxx\w*|sex\s+(?:scenes?|tapes?|videos?|clips?|films?|movies?)|adult\s+(?:videos?|films?|movies?|clips?|scenes?)"
    r"|hardcore\s+(?:clips?|videos?|scenes?|films?|movies?)|explicit\s+(?:videos?|clips?|scenes?|films?)|onlyfans\s+(?:videos?|clips?))"
)

# --- per-language photo frames and intensifiers -----------------------------------------------
_PL_FRAME = (
    r"(?:na|w|z)\s+(?:tym|tej|tego|tych|moim|moje[jm])\s+(?:\S+\s+)?(?:zdjeciu|zdjecia|fotce|fotki|foto|fotografii"
    r"|obrazku|obrazka|selfie|ujeciu)|do\s+naga|do\s+rosolu|ca[lł]kowicie|ca[lł]kiem|kompletnie|zupe[lł]nie"
)
_IT_FRAME = (
    r"(?:in|su|da)\s+(?:questa|questo|quella|quello|la|sua)\s+(?:\S+\s+)?(?:foto|immagine|fotografia|scatto|selfie|pic)"
    # "nella foto", "sulla foto": the article is in the preposition
    r"|(?:nella|sulla|dalla|nello|nel)\s+(?:\S+\s+)?(?:foto|immagine|fotografia|scatto|selfie|pic)"
    # "completamente" alone would read "spoglia l'albero completamente" (undecorate a tree)
    r"|(?:completamente\s+)?(?:nuda|nudo|nude|nudi)\b"
)
#: What "spoglia" strips that is no person: a tree of its decorations, a room, a wall.
_IT_THING = (
    r"(?:(?:l'|il\s+|la\s+|lo\s+|i\s+|le\s+|gli\s+|quest[oa]\s+|quell[oa]\s+|l\s+)?(?:albero|alberi|stanza|stanze|casa|letto|tavola"
    r"|tavolo|muro|muri|parete|pareti|ramo|rami|vigna|pianta|piante|scaffale|negozio|vetrina|manichino|bambola|stato|chiesa"
    r"|altare|pollo|cavo|cavi|filo|fili)\b|(?:i|gli)\s+panni\b)"
)
#: What "rozbierz" takes apart that is no person: an engine, furniture, a tree, a sentence.
_PL_THING = (
    r"(?:silnik|silnika|komputer|szafe|szafke|mebel|meble|lozko|łozko|namiot|choinke|rusztowanie|zdanie|zegar|rower|samochod"
    r"|auto|maszyne|drukarke|telefon|laptop|lampe|stol|krzeslo|manekin|manekina|lalke|scene|dekoracje|budynek|most|piec)\b"
)
_CA_FRAME = r"(?:en|a)\s+(?:aquesta|aquella|la)\s+(?:\S+\s+)?(?:foto|imatge|fotografia)|completament|del\s+tot"
_FI_FRAME = r"tassa\s+kuvassa|talla\s+kuvalla|kuvassa|kuvasta|valokuvassa|kokonaan|alasti|ilkosilleen"
_NL_FRAME = (
    r"(?:helemaal|volledig|compleet|spiernaakt|poedelnaakt)\s+uit\b"
    r"|uit\s+(?:op|in)\s+(?:deze|die|de|dit|het|haar|zijn)\s+\S{0,16}?(?:foto|afbeelding|plaatje|beeld|selfie|kiekje)"
)
_SV_FRAME = r"pa\s+(?:bilden|fotot|fotografin|selfien|den\s+har\s+bilden)|helt\s+och\s+hallet|helt|totalt|naken|nakna"
_ZU_FRAME = r"kulesi\s+sithombe|kulesi|kulesithombe|esithombeni|emfanekisweni|ngokuphelele"
_DE_ACCESSORY = (
    r"(?:mutze|mutzen|hut|hute|kappe|cap|jacke|jacken|mantel|schuhe|schuh|stiefel|brille|sonnenbrille|socken|handschuhe"
    r"|schal|helm|maske|uhr|kette|ring|ohrringe|krawatte|gurtel|rucksack|tasche|perucke|kapuze|weste|stecker|kabel"
    r"|schublade|tisch|ausziehtisch|sofa|couch|bett|leiter|antenne)\b"
)
_DE_FRAME_AUS = (
    r"(?:komplett|ganz|vollstandig|vollig|splitternackt|nackt|restlos|bis\s+auf\s+die\s+haut|bis\s+auf\s+die\s+unterwasche)\s+aus\b"
    r"|(?:auf|in)\s+(?:diesem|dem|meinem|ihrem|seinem)\s+\S{0,16}?(?:foto|bild|selfie|aufnahme)\S{0,6}\s+(?:\S+\s+){0,2}?aus\b"
)
_DE_INTIMATE = r"bh|unterwasche|slip|hoschen|hoschen|string|tanga|dessous|kleider|kleidung|klamotten|bikini|unterhose"

OBJECT_RULES: list[tuple[str, str, str, float, re.Pattern[str]]] = [
    # ---- English --------------------------------------------------------------------------
    # "undress Yuna in this paparazzi pic", "undress the new paralegal at my firm completely"
    # ("undress the wound", "undress rehearsal", "undressed lumber" stay quiet)
    ("undress", "obj_en_undress", "en", 0.85,
     _RX(rf"\b(?:undress|disrobe)\s+{_EN_UNDRESS_THING}[^\s,.;!?]")),
    # "strip the receptionist from my dentist's office down to nothing", "strip X naked"
    ("undress", "obj_en_strip_to_nothing", "en", 0.85,
     _RX(rf"\bstrip(?:s|ped)?\s+{_W10}(?:\S+\s+)(?:(?:all\s+the\s+way\s+)?down\s+to\s+(?:nothing|(?:her|his|their)\s+(?:skin|underwear|birthday\s+suit))"
         r"|(?:completely\s+|fully\s+|stark\s+)?naked|(?:completely\s+|fully\s+)?nude)\b")),
    # "remove the bra from X", "take all the clothes off of X", "erase the underwear on X"
    ("undress", "obj_en_intimate_from", "en", 0.85,
     _RX(rf"\b(?:remove|take\s+off|erase|delete|rip\s+off|tear\s+off|peel\s+off|pull\s+off|strip\s+off|get\s+rid\s+of)\s+"
         rf"(?:the\s+|all\s+the\s+|all\s+)?(?:{_EN_INTIMATE}){_EN_NOT_GARMENT_AFTER}(?:\s+and\s+\S+)?\s+(?:from|of|off\s+of|off|on)\s+"
         rf"{_EN_THING}[^\s,.;!?]")),
    # "take off the marketing intern (she's 24)'s jeans and underwear", "erase the neighbour who
    # hosts the book club's uniform and show her bare" (a possessed garment, any owner)
    ("undress", "obj_en_possessed_garment", "en", 0.85,
     _RX(rf"\b(?:remove|take\s+off|erase|delete|rip\s+off|tear\s+off|peel\s+off|pull\s+off|strip\s+off|cut\s+off)\s+"
         rf"(?!(?:the\s+|a\s+)?(?:mannequin|doll|dummy|statue|figurine)'s){_W10}\S{{0,40}}?'s\s+(?:\w+\s+){{0,2}}?"
         rf"(?:{_EN_WORN}){_EN_NOT_GARMENT_AFTER}\b")),
    # "edit my evening-class tutor into an explicit nude", "photoshop X into a topless beach shot",
    # "turn this selfie of the bride into a nude" ("turn the sketch into a nude study" stays quiet)
    ("nudify", "obj_en_edit_into_nude", "en", 0.85,
     _RX(rf"\b(?:edit|turn|transform|photoshop|morph|convert|change|render)\s+{_W10}\S+\s+into\s+(?:a\s+|an\s+)?"
         r"(?:(?:explicit|full|fully|completely|totally|realistic|hot|sexy)\s+)?(?:nude|naked|topless|bottomless)\b"
         r"(?!\s+(?:art|painting|sculpture|statue|drawing|sketch|study|figure|figurine|life\s+drawing))")),
    # "render X without a stitch on"
    ("undress", "obj_en_without_a_stitch", "en", 0.85,
     _RX(rf"\b(?:render|edit|make|show|photoshop|draw|generate)\s+{_W10}\S+\s+without\s+a\s+(?:stitch|thread)\s+on\b")),
    # "X but with the dress digitally peeled away": a garment taken away by an edit
    ("undress", "obj_en_digitally_removed", "en", 0.85,
     _RX(rf"\bwith\s+(?:the|her|his|their)\s+(?:\w+\s+)?(?:{_EN_WORN}|shirt|top|t-?shirt)\s+(?:digitally|photoshopped|airbrushed)\s+"
         r"(?:peeled|stripped|removed|erased|ripped|torn|taken|cut|edited|deleted)(?:\s+(?:away|off|out))?\b")),
    # "put the neighbour who hosts the book club in a porn scene", "deepfake Yuna into a hardcore clip"
    ("nudify", "obj_en_into_porn", "en", 0.85,
     _RX(rf"\b(?:put|paste|insert|place|swap|deepfake|faceswap|face\s*swap|morph|stick|graft|photoshop|superimpose|edit)\s+"
         rf"{_W10}\S+\s+(?:into|in|onto|on)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:\w+\s+){{0,2}}?{_EN_PORN}")),
    # ---- Polish: "rozbierz Dani Calabresa na tym zdjęciu", "rozbierz całkowicie X" ("rozbierz silnik
    # na części" takes an engine apart: no photo, no "completely")
    ("undress", "obj_pl_rozbierz", "pl", 0.85,
     _RX(rf"\b(?:rozbierz|rozbierzcie|rozebrac)\s+(?!{_PL_THING})(?:{_W6}(?:{_PL_FRAME})|(?:{_PL_FRAME})\s+[^\s,.;!?])")),
    # "zdejmij stanik z X", "ściągnij majtki z X" (folded "sciagnij")
    ("undress", "obj_pl_zdejmij_z", "pl", 0.85,
     _RX(r"\b(?:zdejmij|sciagnij|zedrzyj|zerwij|usun)\s+(?:wszystkie\s+)?(?:stanik|biustonosz|majtki|bielizne|ubrania|ubranie"
         r"|ciuchy|stringi|figi)\s+(?:z|ze|od)\s+"
         # "z pralki", "z koszyka": a place clothes are taken from on laundry day, not a person (round 17)
         r"(?!(?:pralki|suszarki|szafy|szafki|walizki|lozka|podlogi|krzesla|kanapy|sznurka|sklepu|koszyka|kosza|listy"
         r"|katalogu|wieszaka|wieszakow|magazynu|pokoju|torby|plecaka|samochodu)\b)[^\s,.;!?]")),
    # ---- Russian / Ukrainian: "вставь лицо X в порноролик", "сними лифчик с X"
    ("nudify", "obj_ru_face_into_porn", "ru", 0.85,
     _RX(r"\b(?:вставь|вставьте|поставь|наложи|приставь|прилепи|перенеси|пересади|помести|прифотошопь|замени)\s+лицо\s+"
         rf"{_W6}(?:в|во|на)\s+(?:\S+\s+){{0,2}}?(?:порн\w*|секс\w*|эротическ\w*|xxx|интим\w*)")),
    ("undress", "obj_ru_snimi_s", "ru", 0.85,
     _RX(r"\b(?:сними|снимите|стяни|сорви|убери)\s+(?:всю\s+)?(?:лифчик|бюстгальтер|трусы|трусики|нижнее\s+белье|нижнее\s+бельё"
         r"|белье|бельё|одежду|купальник)\s+(?:с|со)\s+[^\s,.;!?]")),
    ("nudify", "obj_uk_face_into_porn", "uk", 0.85,
     _RX(r"\b(?:встав|вставте|постав|наклади|перенеси|помісти|заміни)\s+обличчя\s+"
         rf"{_W6}(?:в|у|на)\s+(?:\S+\s+){{0,2}}?(?:порн\w*|секс\w*|еротичн\w*)")),
    # ---- German: "zieh Shu-Fen Lai auf diesem Pressefoto komplett aus", "entferne den BH von X"
    ("undress", "obj_de_zieh_aus", "de", 0.85,
     _RX(rf"\bzieh(?:e|t)?\s+(?!(?:die|den|das|deine|ihre|seine|meine|eine|einen)?\s*{_DE_ACCESSORY})"
         rf"(?:(?!{_DE_ACCESSORY})\S+\s+){{1,7}}?(?:{_DE_FRAME_AUS})")),
    ("undress", "obj_de_entferne_von", "de", 0.85,
     _RX(rf"\b(?:entferne|entfernt|losche|radiere|nimm|reiß|reiss)\s+(?:den|die|das|alle)?\s*(?:{_DE_INTIMATE})\s+"
         r"(?:von|bei)\s+[^\s,.;!?]")),
    # ---- Italian: "spoglia Wendy Sagastume in questa foto", "svesti X nella foto"
    ("undress", "obj_it_spoglia", "it", 0.85,
     _RX(rf"\b(?:spoglia|spogliate|svesti|svestite|denuda|denudate)\s+(?!{_IT_THING})(?:{_W6}(?:{_IT_FRAME})|(?:{_IT_FRAME})\s+[^\s,.;!?])")),
    # "togli il reggiseno a X", "leva le mutande a X"
    ("undress", "obj_it_togli_a", "it", 0.85,
     _RX(r"\b(?:togli|leva|sfila|strappa|rimuovi|elimina)\s+(?:il|la|le|i|lo|tutti\s+i|tutto\s+il)?\s*(?:reggiseno|mutande|mutandine"
         r"|intimo|slip|perizoma|vestiti|biancheria\s+intima)\s+(?:a|ad|da|di)\s+[^\s,.;!?]")),
    # ---- Catalan / Finnish
    ("undress", "obj_ca_despulla", "ca", 0.85,
     _RX(rf"\bdespulla(?:-la|-lo|-les|-los)?\s+(?:{_W6}(?:{_CA_FRAME})|(?:{_CA_FRAME})\s+[^\s,.;!?])")),
    # "riisu X tässä kuvassa" ("riisu kengät" takes shoes off: no frame, and shoes never count)
    ("undress", "obj_fi_riisu", "fi", 0.85,
     _RX(r"\briisu\s+(?!(?:\S+\s+)?(?:kengat|kenkasi|takki|takkisi|hattu|hattusi|lasit|silmalasit|sukat|kasineet|pipo)\b)"
         rf"{_W4}(?:{_FI_FRAME})")),
    # "Hanna Kowalskin vaatteet pois tästä kuvasta" (a genitive owner, the clothes off the photo)
    ("undress", "obj_fi_vaatteet_pois", "fi", 0.85,
     _RX(r"\b\S+n\s+(?:kaikki\s+)?(?:vaatteet|alusvaatteet|rintaliivit|pikkuhousut|bikinit|uimapuku)\s+pois\s+"
         r"(?:tasta\s+kuvasta|talta\s+kuvalta|kuvasta|kuvassa|tassa\s+kuvassa)")),
    # ---- Estonian: "riieta Kadri Tamm sellel pildil lahti", "võta Kadri riided seljast"
    ("undress", "obj_et_riieta_lahti", "et", 0.85,
     _RX(r"\briieta\s+(?:\S+\s+){1,5}?lahti\b|\briieta\s+lahti\s+[^\s,.;!?]|\bvota\s+(?:\S+\s+){1,5}?(?:riided|aluspesu|rinnahoidja)\s+seljast\b")),
    # ---- Afrikaans: "trek Marieke se klere uit" (the possessive "se" after any name)
    ("undress", "obj_af_trek_se_klere_uit", "af", 0.85,
     _RX(r"\b(?:trek|haal|ruk|skeur)\s+(?:\S+\s+){1,5}?se\s+(?:klere|onderklere|bra|rok|broek|onderbroek|bikini|romp)\s+(?:uit|af)\b")),
    # ---- Vietnamese (folded): "bỏ áo ngực của X", "xóa quần lót của X"
    ("undress", "obj_vi_bo_cua", "vi", 0.85,
     _RX(r"\b(?:bo|coi|loai\s+bo|xoa|lot|go\s+bo)\s+(?:het\s+)?(?:ao\s+nguc|ao\s+lot|quan\s+lot|đo\s+lot|quan\s+ao|ao\s+quan|đo\s+boi|bikini)"
         r"\s+(?:cua|cho)\s+[^\s,.;!?]")),
    # ---- Spanish (and Spanish-English): "quítale the clothes a X", "take off la ropa de X"
    ("undress", "obj_es_quitale_a", "es", 0.85,
     _RX(r"\b(?:quita(?:le|les)?|saca(?:le|les)?|take\s+off|remove)\s+(?:la|las|el|los|the|her|toda\s+la)?\s*"
         r"(?:ropa(?:\s+interior)?|clothes|underwear|bra|sujetador|sosten|bragas|panties|brasier|bombacha)\s+(?:a|al|de|del)\s+"
         # "quítale la ropa a la cama": clothes taken off a thing
         r"(?!(?:la\s+|el\s+|los\s+|las\s+)?(?:cama|mesa|silla|sofa|lavadora|secadora|tendedero|suelo|armario|maleta|cuerda|cajon"
         r"|bolsa|percha|perchero|maniqui|muneca)\b)[^\s,.;!?]")),
    # ---- Romanian: "dezbracă-o pe X" (the clitic names a person)
    ("undress", "obj_ro_dezbraca_pe", "ro", 0.85,
     _RX(r"\bdezbrac(?:a|ati)?-(?:o|l|i|le)\s+pe\s+[^\s,.;!?]")),
    # ---- Turkish: "X için tüm kıyafetleri çıkar", "X fotoğrafındaki sütyeni kaldır", "X kişisini soy"
    # an intimate garment needs no frame; "all the clothes" needs a photo before ("bavul için tüm
    # kıyafetleri çıkar" empties a suitcase)
    ("undress", "obj_tr_icin_cikar", "tr", 0.85,
     _RX(r"\b(?:icin|fotografindaki|resmindeki|fotosundaki|ustundeki|uzerindeki|uzerinden|ustunden)\s+"
         r"(?:sutyeni|sutyenini|ic\s+camasirini|ic\s+camasirlarini|kulotu|kulotunu|bikiniyi|bikinisini|kiyafetlerini|giysilerini"
         r"|elbiselerini)\s+(?:tamamen\s+)?(?:cikar|cikart|kaldir|sil|yok\s+et)\w*"
         r"|\b(?:fotografta|fotoda|resimde|goruntude|fotograftaki|resimdeki)\s+(?:\S+\s+){1,5}?icin\s+(?:tum|butun)\s+"
         r"(?:kiyafetleri|giysileri|elbiseleri)\s+(?:tamamen\s+)?(?:cikar|cikart|kaldir|sil|yok\s+et)\w*")),
    ("undress", "obj_tr_kisisini_soy", "tr", 0.85,
     _RX(r"\bkisisini\s+(?:tamamen\s+)?(?:soy|soyundur)(?:un|sana)?\b")),
    # round 19: a name or a bracketed phrase takes its accusative after an apostrophe ("Ayşe'yi soy",
    # "yengem (36 yaşında)'ı soy"): a common noun being peeled takes no apostrophe ("elmayı soy"), and
    # "soy adı" (a surname) and "soy ağacı" (a family tree) are cut by the lookahead
    ("undress", "obj_tr_apostrophe_soy", "tr", 0.85,
     _RX(r"(?:\w|\w\s)['’](?:y|n)?[iu]\s+(?:(?:tamamen|hemen|butunuyle|bu\s+fotografta|fotografta|resimde)\s+){0,2}"
         r"(?:soy|soyundur)(?:un|sana|sun)?\b(?!\s+(?:ad|agac|isim|ism)\w*)")),
    # ---- Dutch: "kleed de kapster in de Kalverstraat helemaal uit", "haal de bh van X weg"
    ("undress", "obj_nl_kleed_uit", "nl", 0.85,
     _RX(rf"\bkleed\s+(?!(?:je|jezelf|me|mezelf|je\s+zelf)\b)(?:\S+\s+){{1,7}}?(?:{_NL_FRAME})")),
    ("undress", "obj_nl_haal_van", "nl", 0.85,
     _RX(r"\b(?:haal|trek|doe|ruk|scheur|verwijder|wis)\s+(?:de|het|alle|al\s+de)?\s*(?:bh|beha|slipje|onderbroek|ondergoed|lingerie"
         r"|string|bikini|bikinitopje|bikinibroekje)\s+(?:van|bij)\s+[^\s,.;!?]")),
    # ---- Swedish: "ta bort behån på X", "klä av X på bilden"
    ("undress", "obj_sv_ta_bort_pa", "sv", 0.85,
     _RX(r"\b(?:ta|dra|slit|riv|klipp)\s+(?:bort|av)\s+(?:alla\s+)?(?:behan|bh:n|bh|trosorna|trosor|underkladerna|underklader"
         r"|kalsongerna|bikinin|baddrakten|stringen|stringtrosorna)\s+(?:pa|fran)\s+[^\s,.;!?]")),
    ("undress", "obj_sv_kla_av", "sv", 0.85,
     _RX(rf"\bkla(?:r)?\s+av\s+(?!(?:sig|mig|dig|oss|er|julgranen|granen|tradet)\b)(?:\S+\s+){{1,6}}?(?:{_SV_FRAME})\b")),
    # ---- Zulu: "khumula zonke izingubo zika X", "khumula X kulesi sithombe", "susa ibhodisi lika X"
    ("undress", "obj_zu_izingubo_zika", "zu", 0.85,
     _RX(r"\b(?:khumula|susa|dabula|khumulani|susani)\s+(?:zonke\s+)?(?:izingubo(?:\s+zangaphansi)?|ibhodisi|iphenti|ipenti|impahla"
         r"|izimpahla)\s+(?:zonke\s+)?(?:zika|lika|zuka|luka|ka|kuka)\s*[^\s,.;!?]")),
    ("undress", "obj_zu_khumula_frame", "zu", 0.85,
     _RX(r"\bkhumula\s+(?!(?:\S+\s+)?(?:izicathulo|isicathulo|isigqoko|izigqoko|izibuko|ijazi|amasokisi|amagilavu)\b)"
         rf"(?:\S+\s+){{1,6}}?(?:{_ZU_FRAME})\b")),
    ("nudify", "obj_zu_face_into_porn", "zu", 0.85,
     _RX(rf"\bfaka\s+ubuso\s+{_W6}\S{{0,12}}?(?:zocansi|ocansi|ocansini|iphonografi|porn\w*)")),
    # ---- Swahili: "mtoe nguo X" (the "m-" object concord names a person)
    ("undress", "obj_sw_mtoe_nguo", "sw", 0.85,
     _RX(r"\b(?:mtoe|mtoeni|mvue|mvueni|mvulie)\s+(?:nguo|chupi|sidiria)\b")),
    # round 19: the person phrase between the verb and "all the clothes" ("mvulie shemeji yangu (miaka 30) nguo
    # zote"): the "m-" object concord names a person; "vua kofia" (a hat) has neither the concord nor "nguo"
    ("undress", "obj_sw_mvulie_nguo_zote", "sw", 0.85,
     _RX(r"\b(?:mtoe|mtoeni|mvue|mvueni|mvulie|mvulieni|mvuliye|mvua)\s+(?:\S+\s+){1,9}?"
         r"(?:nguo\s+(?:zake\s+)?zote|nguo\s+yote|mavazi\s+(?:yake\s+)?yote|nguo\s+zake|chupi|sidiria)\b")),
    # ---- Hindi (romanised, with English): "saare clothes remove kar do", "bra hata do"
    ("undress", "obj_hi_saare_kapde", "hi", 0.85,
     _RX(r"\b(?:saare|sare|saari|sabhi|sab)\s+(?:clothes|kapde|kapre|kapdhe|kapda|kapde\s+bhi)\s+(?:remove|hata|hatao|utaar|utar|utaro|nikal|nikaal)\w*"
         r"|\b(?:bra|panty|underwear|bikini|kachhi|chaddi)\s+(?:bhi\s+)?(?:remove|hata|hatao|utaar|utar|utaro|nikal)\w*\s+(?:kar\s+)?"
         r"(?:do|de|dena|dijiye|karo|den)\b")),
    # ---- Arabic, Farsi, Arabic romanised
    ("undress", "obj_ar_azil_sadr", "ar", 0.85,
     _RX(r"(?:أزل|ازل|إنزع|انزع|اخلع|إخلع|احذف|امسح|شيل)\s+(?:كل\s+)?(?:حمالة\s+(?:ال)?صدر|ال?ستيان|ال?ملابس\s+الداخلية"
         r"|ملابس\s+داخلية|ال?سروال\s+الداخلي|كل\s+ال?ملابس|ال?ملابس|ال?ثياب)\s+\S")),
    ("undress", "obj_ar_latn_shil_hedoum", "ar", 0.85,
     _RX(r"\b(?:shil|sheel|sheil|2lae|ekla3|eklae|e2lae|ikhlae|ikhla3|2la3)\s+(?:kol\s+|kull\s+)?(?:el\s*)?(?:hedoum|hdoum|hudum|hdoom|malabes"
         # round 19: Egyptian vowels are written as the writer hears them ("hedoom", "hodoom", "hdom")
         r"|malabis|hedoom|hodoom|hudoom|hidoom|hdom|hedom|7doum|7doom|7edoom|7edoum|hodoum)\w*\s+(?:kollaha\s+|kolaha\s+|kullaha\s+)?(?:men|min|mn|3an|ean)\s+[^\s,.;!?]"
         r"|\b(?:2lae|2la3|ekla3|eklae|e2lae|ikhlae|ikhla3|shil)\s+(?:\S+\s+){1,6}?(?:hdoumha|hedoumha|hdoumo|hedoumo|malabesha|malabisha)\b")),
    ("undress", "obj_fa_bardar", "fa", 0.85,
     _RX(r"(?:سوتین|شورت|لباس\s*زیر|لباس‌زیر|لباس(?:‌|\s)?(?:ها|های)|لباس)\s+(?:\S+\s+){0,6}?را\s+"
         r"(?:بردار|دربیار|دربیاور|در\s+بیاور|در\s+بیار|درآر|پاک\s+کن|حذف\s+کن|بکن)")),
    ("undress", "obj_he_torid_shel", "he", 0.85,
     _RX(r"(?:תוריד|תורידי|תסיר|תסירי|הסר|הורד|תמחק)\s+(?:את\s+)?(?:ה?חזייה|ה?חזיה|ה?תחתונים|ה?בגדים|כל\s+ה?בגדים|ה?הלבשה\s+התחתונה)"
         r"\s+(?:של|מ|מעל)\s*\S")),
    # ---- Romance languages: a person or a face put into porn, a person edited into a nude
    # "mete a la chica de Tinder en una escena porno con su cara", "mets X dans une vidéo porno",
    # "coloca X num vídeo pornô", "metti X in un video porno" ("pon la cara de X en una taza" stays quiet)
    ("nudify", "obj_es_en_porno", "es", 0.85,
     _RX(rf"\b(?:mete|pon|coloca|inserta|pega|mételo|métela|ponla|ponlo)\s+{_W10}\S+\s+en\s+(?:una|un|el|la)\s+(?:\S+\s+)?"
         r"(?:escena|video|peli|pelicula|clip|grabacion)\s+(?:porno\w*|xxx|para\s+adultos|sexual\w*|erotic\w*)")),
    ("nudify", "obj_pt_em_porno", "pt", 0.85,
     _RX(rf"\b(?:coloca|coloque|poe|ponha|bota|mete|insere|insira|cola)\s+{_W10}\S+\s+(?:num|numa|em\s+um|em\s+uma|no|na)\s+(?:\S+\s+)?"
         r"(?:cena|video|filme|clipe)\s+(?:porno\w*|xxx|adulto|de\s+sexo|sexual|erotic\w*)")),
    ("nudify", "obj_fr_dans_porno", "fr", 0.85,
     _RX(rf"\b(?:mets|mettez|place|placez|colle|collez|insere|inserez|incruste|incrustez)\s+{_W10}\S+\s+(?:dans|sur)\s+(?:une|un|la|le)\s+(?:\S+\s+)?"
         r"(?:scene|video|film|clip|sextape)\s+(?:porno\w*|x|xxx|pour\s+adultes|erotique|sexuelle)")),
    ("nudify", "obj_it_in_porno", "it", 0.85,
     _RX(rf"\b(?:metti|mettete|inserisci|incolla|piazza)\s+{_W10}\S+\s+(?:in|dentro)\s+(?:una|un|uno|la|il)\s+(?:\S+\s+)?"
         r"(?:scena|video|film|clip)\s+(?:porno\w*|hard|xxx|per\s+adulti|erotic\w*)")),
    # "transforma esta selfie da mina do Tinder num nude", "convierte la foto de X en un desnudo"
    ("nudify", "obj_pt_es_into_nude", "pt", 0.85,
     _RX(rf"\b(?:transforma|transforme|converte|converta|edita|edite|convierte|convierta)\s+{_W10}\S+\s+"
         r"(?:num|numa|em\s+um|em\s+uma|en\s+un|en\s+una)\s+(?:nude|nu|desnudo|foto\s+(?:nua|pelada|desnuda))\b")),
    # "retouche X pour qu'elle soit entièrement nue"
    ("undress", "obj_fr_pour_quelle_soit_nue", "fr", 0.85,
     _RX(rf"\b(?:retouche|retouchez|modifie|modifiez|edite|editez|change|transforme)\s+{_W6}\S+\s+pour\s+qu'(?:elle|il|elles|ils)\s+"
         r"(?:soit|soient|apparaisse|paraisse)\s+(?:entierement\s+|completement\s+|toute\s+|totalement\s+)?(?:nue?s?|a\s+poil|deshabillee?s?)\b")),
    # ---- Hebrew: "תשים את הפנים של X בסרט פורנו"; also "שלי/שלה/שלו/שלך" (my/her/his/your face): a face
    # swap into porn blocks whoever the face belongs to, as the English, French and Korean rules do.
    ("nudify", "obj_he_face_into_porn", "he", 0.85,
     _RX(r"(?:תשים|שים|תדביק|הדבק|תכניס|הכנס|תחליף|החלף)\s+(?:את\s+)?ה?פנים\s+(?:של(?:י|ה|ו|ך)\s+|של\s+(?:\S+\s+){0,4}?)"
         r"(?:בסרט|לסרט|בסצנת|לסצנת|בסצנה|לסצנה|בוידאו|לוידאו)\s+(?:ה?פורנו|ה?כחול|ה?סקס|ה?מין|למבוגרים)")),
    # ---- Chinese: "去掉X的胸罩", "把X脱光", "把X的脸换到色情片里"
    ("undress", "obj_zh_qudiao_de", "zh", 0.85,
     _RX(r"(?:去掉|脱掉|脱下|扒掉|扒下|拿掉|除去|删除|移除|去除|抹掉|P掉|p掉)[^，。,.!?！？]{1,20}?的(?:胸罩|文胸|内衣|内裤|胸衣|衣服|全部衣服|所有衣服|比基尼|泳衣)")),
    ("undress", "obj_zh_ba_tuoguang", "zh", 0.85,
     _RX(r"把[^，。,.!?！？]{1,24}?(?:脱光|扒光|脱得精光|剥光)")),
    ("nudify", "obj_zh_face_into_porn", "zh", 0.85,
     _RX(r"的(?:脸|面孔|头像)[^，。,.!?！？]{0,12}?(?:色情|成人|黄色|a片|av|porn|毛片|黄片)")),
    # ---- Japanese / Korean: the face composited into porn
    ("nudify", "obj_ja_face_into_av", "ja", 0.85,
     _RX(r"の顔を[^。！？!?]{0,16}?(?:av|ポルノ|アダルト|エロ|ヌード|裸|セクシー女優)[^。！？!?]{0,16}?"
         r"(?:合成|貼り|はめ込|差し替え|入れ替え|移植|すげ替え)")),
    ("nudify", "obj_ko_face_into_porn", "ko", 0.85,
     _RX(r"얼굴(?:을|를)?\s*(?:\S+\s+){0,3}?\S{0,8}?(?:야동|포르노|성인\s*영상|av|에로|누드|야한)\S{0,8}\s+(?:\S+\s+){0,3}?\S{0,8}?"
         r"(?:합성|붙여|넣어|바꿔)")),
]
