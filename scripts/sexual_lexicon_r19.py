"""Round 19 (issue 10): sexual words, undressing and nakedness idioms outside English; imported by
build_sexual_lexicon.py.

Why: the retired held-out set v18 (read as a development set in round 19) asked for nudity or undressing of
a named or private person in phrasings the lexicon lacked. The classes are written from the languages'
idioms, not copied from v18, and reach past its phrasings:

1. "topless" as "a bottom garment and nothing on top" (es "en tanga sin nada arriba", pt "de calcinha sem nada
   em cima", it "in perizoma senza niente sopra", fr "en string sans rien en haut"): the garment in front is
   what makes "nothing on top" a body's, not a shelf's ("la repisa sin nada arriba" stays clean);
2. "as she came into the world" with the other introducers ("tal cual", "tal como", "así como", "do jeito
   que", "così come", "so wie") in es, pt, it, fr, de, ro, ca;
3. "without a single thread / any clothes" with an intensifier inside the idiom (hi "बिना एक भी धागे के",
   ar "بلا أي ملابس", ja "布一枚まとわない", zh "身上一根线都没有", es "sin un solo hilo", ...); a thread alone
   ("एक भी धागा नहीं" in a tailor's shop) stays clean: the body or the "without" must be there;
4. one-word and intensified nakedness words (el "θεόγυμνη", pt "peladíssima", es "desnudísima", it
   "nudissima", ko "맨몸뚱이", ja "ぬーど", id "bogil" (the folded "b0gil"));
5. Swahili "uchi" (naked) only beside a place, a pose or a copula ("uchi kitandani", "yuko uchi", "uchi in the
   shower"): romanised Japanese "uchi" (home, "uchi no neko") has none of them;
6. removing a LIST of garments from someone (de "entferne BH und Shirt von X", nl "verwijder bh en shirt van X",
   sv/da/no "ta bort bh och tröja på X", pl "zdejmij stanik i bluzkę z X"): two clothes joined by "and", then
   the owner's preposition; a shop's basket, a washing line or a chair after the preposition is cut by the tail.
7. Swahili "mvulie <person> nguo zote" (take ALL the clothes off <person>): the object concord "m-" names a
   person; a long person phrase sits between verb and "nguo zote".

Grading (the ``ncii`` profile reads explicit, nudity and euphemism at >= 0.5 as sexual): idioms that mean
nothing but nakedness are ``euphemism`` 0.8; garment-and-nothing-on-top, nakedness words and garment-list
removal are ``nudity`` 0.8. Twins kept clean are tests (tests/signals/test_sexual_world_round19.py).
Rules match the folded view (Latin accents stripped, Turkish "ı" as "i", "ß" as "ss").
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


def _alts(*parts: str) -> str:
    return "{" + "|".join(p for part in parts for p in part.split("|")) + "}"


def _combos(*slots: str) -> str:
    """Every concatenation of one alternative per slot (slots are "|"-lists; "" is an empty alternative)."""
    out = [""]
    for slot in slots:
        out = [f"{a} {b}".strip() if b else a for a in out for b in slot.split("|")]
    return "|".join(dict.fromkeys(" ".join(o.split()) for o in out))


#: (language, rule, grade, score): rules in the lexicon's pattern syntax (see sexual_lexicon_r18.py).
PATTERNS_19: list[tuple[str, str, str, float]] = []

# --- 1. a bottom garment and nothing on top (topless) -------------------------------------------------------
#: Bottoms a woman wears with "nothing on top" (a man in shorts or jeans without a shirt is no nudity, so
#: shorts, jeans, trousers and men's underwear are left out).
_BOTTOM = {
    "es": "tanga|tangas|bragas|braguitas|calzones|calzoncitos|culotte|bikini|biquini|hilo dental|ropa interior|falda"
          "|minifalda|bombacha|bombachita|cachetero|cachetera|tanguita|pantaleta|pantaletas|lenceria",
    "pt": "calcinha|calcinhas|fio dental|biquini|saia|minissaia|tanga|lingerie|shortinho",
    "it": "perizoma|tanga|mutandine|bikini|gonna|minigonna|culotte|lingerie",
    "fr": "string|culotte|tanga|shorty|bikini|jupe|minijupe|bas de maillot|lingerie",
    "de": "tanga|string|slip|hoschen|bikinihose|hotpants|rock|minirock|dessous|panty",
}
_NOTHING_TOP = {
    "es": "sin nada arriba|sin nada por arriba|sin nada encima|sin nada mas|sin la parte de arriba|sin parte de arriba"
          "|sin sujetador|sin sosten|sin brasier|sin corpino|sin top|nada mas|y nada mas|y nada arriba|y nada encima",
    "pt": "sem nada em cima|sem nada por cima|sem a parte de cima|sem sutia|sem top|e nada mais|e nada em cima",
    "it": "senza niente sopra|senza nulla sopra|senza reggiseno|senza il pezzo di sopra|senza top|e nient altro"
          "|e basta|e niente sopra|e nulla sopra",
    "fr": "sans rien en haut|sans rien dessus|sans rien au dessus|sans soutien gorge|sans le haut|sans haut|et rien d autre"
          "|et rien en haut|et rien dessus",
    "de": "ohne was oben|ohne etwas oben|ohne oberteil|ohne bh|und sonst nichts|und nichts oben|und nichts weiter|oben ohne",
}
_GARMENT_IN = {"es": "en|con|solo en|solo con|nomas en|nada mas que en|puesta una|puesto un|de",
               "pt": "de|só de|so de|com|apenas de|apenas com|so com|só com|usando",
               "it": "in|con|solo in|solo con|soltanto in",
               "fr": "en|avec|juste en|seulement en|rien qu en|avec juste",
               "de": "im|in|nur im|nur in|nur mit|mit"}
_DET_B = {"es": "un|una|su|mi|", "pt": "um|uma|sua|", "it": "un|una|il|la|", "fr": "un|une|son|sa|", "de": "einem|einer|ihrem|"}
_AND_B = {"es": "y|", "pt": "e|", "it": "e|", "fr": "et|", "de": "und|"}
for _lang, _bottom in _BOTTOM.items():
    PATTERNS_19.append((_lang, f"{_alts(_GARMENT_IN[_lang])} {_alts(_DET_B[_lang])} {_alts(_bottom)} "
                               f"{_alts(_AND_B[_lang])} {_alts(_NOTHING_TOP[_lang])}", N, 0.8))
# "sin nada arriba" beside a woman's pose (feminine participles) or "showing": a body's top, not a shelf's;
# the neutral "posando", "de espaldas", "en la playa" are left out (a shirtless man at the beach is no nudity)
PATTERNS_19.append(("es", "{tumbada|acostada|recostada|sentada|parada|desnuda|bronceandose|tomando el sol boca arriba} "
                          "sin nada {arriba|por arriba|encima}", N, 0.8))
PATTERNS_19.append(("es", "sin nada {arriba|por arriba} {tumbada|acostada|recostada|sentada|parada|mostrando|ensenando"
                          "|mostrandolo todo|ensenandolo todo}", N, 0.8))

# --- 5. Swahili "uchi" beside a place, a pose or a copula (Japanese romaji "uchi" = home has none) ---------
PATTERNS_19.append(("sw", "uchi {in|on|at|by|kwenye|ndani|bafuni|kitandani|chumbani|ufukweni|bwawani|pwani|kabisa|tupu"
                          "|mbele|akioga|amelala|amesimama|bafu|kitanda}",
                    N, 0.8))
PATTERNS_19.append(("sw", "{yuko|alikuwa|akiwa|awe|wawe|wako|kuwa|amelala|amesimama|anaoga|yupo|ako|wakiwa|picha}"
                          " {ya|za|} uchi", N, 0.8))
# --- 7. Swahili "mvulie <person> nguo zote" (the "m-" concord is a person; "all the clothes") -----------------
PATTERNS_19.append(("sw", "{mvulie|mvue|mvua|mvueni|mvulieni|mvuliye|mtoe|mtoeni|mvulishe} ~9 "
                          "{nguo zote|nguo zake zote|nguo yote|mavazi yote|nguo zake|chupi|sidiria}", N, 0.8))

# --- 6. removing a list of garments from someone -----------------------------------------------------------
_G = {
    "de": "bh|bhs|shirt|tshirt|t shirt|top|oberteil|bluse|hemd|kleid|rock|hose|jeans|shorts|slip|hoschen|unterhose"
          "|unterwasche|tanga|string|bikini|bikinioberteil|bikinihose|dessous|leggings|strumpfhose|pyjama|body|korsett",
    "nl": "bh|beha|shirt|tshirt|t shirt|topje|top|blouse|jurk|jurkje|rok|rokje|broek|broekje|slipje|onderbroek|ondergoed"
          "|string|bikini|bikinitopje|bikinibroekje|lingerie|hemd|hemdje|legging|pyjama|korte broek|jeans",
    "sv": "bh|bh n|behan|tröja|tröjan|topp|toppen|linne|linnet|blus|blusen|klänning|klänningen|kjol|kjolen|byxor"
          "|byxorna|trosor|trosorna|underkläder|underkläderna|kalsonger|kalsongerna|bikini|bikinin|shorts|jeans"
          "|tshirt|t shirt|skjorta|skjortan|string|stringen",
    "da": "bh|bh en|bhen|trøje|trøjen|top|toppen|bluse|blusen|kjole|kjolen|nederdel|nederdelen|bukser|bukserne|trusser"
          "|trusserne|undertøj|undertøjet|bikini|bikinien|shorts|jeans|tshirt|t shirt|skjorte|skjorten|genser|genseren"
          "|truse|trusa|trusene|undertøy|undertøyet|skjørt|skjørtet|topp|toppen|kjolen",
    "pl": "stanik|biustonosz|majtki|majteczki|bieliznę|bielizne|koszulkę|koszulke|bluzkę|bluzke|sukienkę|sukienke"
          "|spódnicę|spodnice|spodnie|stringi|bikini|top|topik|tshirt|t shirt|szorty|spodenki|dżinsy|dzinsy|legginsy"
          "|koszulę|koszule|body",
}
_REMOVE = {
    "de": "entferne|entfern|entfernen|entfernt|losche|losch|loschen|radiere|radier|retuschiere|retuschier|nimm|zieh"
          "|ziehe|reiss|reisse|mach|weg mit",
    "nl": "verwijder|verwijderen|haal|wis|trek|doe|gum|retoucheer|photoshop",
    "sv": "ta bort|ta av|dra av|radera|sudda ut|klipp bort|plocka bort|fjern|fjerne|tag|tage|slet|klip|ta",
    "da": "fjern|fjerne|fjerner|tag|tage|slet|klip bort|ta av|ta bort|tag af",
    "pl": "usuń|usun|zdejmij|ściągnij|sciagnij|zdjąć|zdjac|wymaż|wymaz|zetrzyj|zedrzyj|zerwij|wyretuszuj",
}
_DET_G = {
    "de": "den|die|das|ihren|ihre|ihr|seinen|seine|sein|",
    "nl": "de|het|haar|zijn|",
    "sv": "hennes|hans|",
    "da": "hendes|hans|hennes|",
    "pl": "jej|mu|",
}
_AND = {"de": "und|sowie|plus", "nl": "en|plus", "sv": "och|samt", "da": "og|samt", "pl": "i|oraz"}
_FROM = {"de": "von|vom|bei", "nl": "van|bij", "sv": "på|pa|från|fran|av", "da": "på|pa|fra|af|av", "pl": "z|ze|od|u"}
#: what sits after the preposition when the clothes leave a thing (a shop basket, a line, a chair, a bed)
_THING_TAIL = {
    "de": "der wascheleine|der leine|dem stuhl|dem bett|dem boden|der stange|dem bugel|der liste|dem warenkorb|dem tisch"
          "|dem sofa|der puppe|der schaufensterpuppe|meiner liste|der bestellung|der rechnung|waschestander|stuhl|bett"
          "|boden|sofa|tisch|haken|bugel|kleiderbugel|warenkorb|kleiderstander|wascheleine|trockner|der waschmaschine",
    "nl": "de waslijn|de lijn|de stoel|het bed|de vloer|de lijst|het winkelmandje|mijn winkelmandje|de tafel|de bank"
          "|de paspop|de bestelling",
    "sv": "tvättlinan|linan|stolen|sängen|golvet|listan|varukorgen|bordet|soffan|dockan|skyltdockan|beställningen",
    "da": "tørresnoren|snoren|stolen|sengen|gulvet|listen|kurven|indkøbskurven|bordet|sofaen|dukken|mannequinen"
          "|bestillingen|snora|senga|handlekurven",
    "pl": "koszyka|listy|zamówienia|zamowienia|sznurka|suszarki|szafy|pralki|krzesła|krzesla|łóżka|lozka|manekina"
          "|podłogi|podlogi",
}
#: The first garment of a list: underwear and tops (whose removal is undressing whatever follows).
_G1 = {
    "de": "bh|bhs|shirt|tshirt|top|oberteil|bluse|slip|hoschen|unterwasche|tanga|string|bikini|bikinioberteil|dessous|kleid",
    "nl": "bh|beha|shirt|tshirt|topje|top|blouse|jurk|jurkje|slipje|onderbroek|ondergoed|string|bikini|bikinitopje|lingerie",
    "sv": "bh|behan|tröja|tröjan|topp|toppen|linne|linnet|blus|blusen|klänning|klänningen|trosor|trosorna|underkläder"
          "|underkläderna|bikini|bikinin",
    "da": "bh|bhen|trøje|trøjen|top|toppen|bluse|blusen|kjole|kjolen|trusser|trusserne|undertøj|undertøjet|bikini"
          "|genser|genseren|truse|trusa|undertøy|topp",
    "pl": "stanik|biustonosz|majtki|majteczki|bieliznę|bielizne|koszulkę|koszulke|bluzkę|bluzke|sukienkę|sukienke|stringi"
          "|bikini|top|topik",
}
#: Where the clothes leave a thing: single words after the preposition's article (kept short: the builder
#: expands every alternative).
_THING_WORD = {
    "de": "der wascheleine|der leine|dem stuhl|dem bett|dem sofa|dem warenkorb|dem trockner|dem haken|dem bugel"
          "|waschestander|wascheleine|stuhl|bett|sofa|warenkorb|trockner|haken|bugel",
    "nl": "de waslijn|de stoel|het bed|de paspop|de droger|het winkelmandje|mijn winkelmandje|waslijn|stoel|bed"
          "|winkelmandje|paspop|droger",
    "sv": "tvättlinan|linan|stolen|sängen|varukorgen|dockan|skyltdockan|golvet",
    "da": "tørresnoren|snoren|stolen|sengen|kurven|indkøbskurven|dukken|gulvet|snora|senga|handlekurven",
    "pl": "koszyka|listy|zamówienia|zamowienia|sznurka|suszarki|szafy|pralki|krzesła|krzesla|manekina|lozka",
}
_REMOVE_SHORT = {
    "de": "entferne|entfern|losche|losch|radiere|retuschiere|nimm|zieh|ziehe",
    "nl": "verwijder|haal|wis|trek|retoucheer",
    "sv": "ta bort|ta av|dra av|radera|sudda ut|klipp bort",
    "da": "fjern|fjerne|tag|slet|ta av|ta bort",
    "pl": "usuń|usun|zdejmij|ściągnij|sciagnij|wymaż|wymaz|zetrzyj|zerwij",
}
for _lang in _G:
    # "<remove> (det) <garment> (and / , ...) <garment> <from> <owner>": up to one word before the first garment
    # (a determiner or possessive) and up to three between the two (", Shirt und", "en het"); a thing after a
    # German or Dutch article is cut by the tail ("vom Wäscheständer", "van de waslijn")
    PATTERNS_19.append((_lang, f"{_alts(_REMOVE_SHORT[_lang])} ~1 {_alts(_G1[_lang])} ~3 {_alts(_G[_lang])} "
                               f"{_alts(_FROM[_lang])} !{_alts(_THING_WORD[_lang])}", N, 0.8))

#: {language: {grade: [(term, score), ...]}}
MORE_19: dict[str, dict[str, list[tuple[str, float]]]] = {}


def _add(lang: str, grade: str, forms: str, score: float) -> None:
    MORE_19.setdefault(lang, {}).setdefault(grade, []).extend(_w(forms, score))


# --- 2. "as she came into the world" with its introducers --------------------------------------------------
_add("es", U, _combos("tal cual|tal como|tal y como|asi como|igualita que cuando|justo como|igual que cuando",
                      "vino|llego|la trajeron|lo trajeron|la trajo su madre|lo trajo su madre|la trajo dios"
                      "|lo trajo dios|dios la trajo|dios lo trajo|su madre la trajo|su madre lo trajo|la echaron",
                      "al mundo"), 0.8)
_add("es", U, "como la pario su madre|como su madre la pario|como lo pario su madre|como su madre lo pario"
              "|tal como la pario su madre|como dios la trajo al mundo|como su mama la trajo al mundo"
              "|como dios la echo al mundo", 0.8)
_add("pt", U, _combos("tal como|tal qual|do jeito que|assim como|igualzinha a quando|exatamente como|bem como",
                      "veio|chegou|nasceu e veio|deus a trouxe|deus o trouxe|a mae a trouxe|a mae a pos|a mae o pos",
                      "ao mundo"), 0.8)
_add("pt", U, "como a mae pariu|do jeito que a mae pariu|como a mae a pariu|do jeito que a mae a pariu"
              "|do jeito que nasceu pelada|como deus a trouxe ao mundo|do jeito que deus fez", 0.8)
_add("it", U, "come e venuta al mondo|com e venuta al mondo|cosi come e venuta al mondo|come e venuto al mondo"
              "|cosi come e venuto al mondo|come l ha fatta mamma|come la mamma l ha fatta|come mamma l ha fatta"
              "|come l ha messa al mondo sua madre|come sua madre l ha messa al mondo|tale e quale a quando e nata", 0.8)
_add("fr", U, "telle qu elle est venue au monde|tel qu il est venu au monde|comme elle est venue au monde"
              "|comme au jour de sa naissance|nue comme au premier jour|nu comme au premier jour|en tenue d eve"
              "|dans le costume d eve|comme sa mere l a mise au monde|comme sa mere la mise au monde|en tenue d adam", 0.8)
_add("de", U, "so wie sie auf die welt kam|wie sie auf die welt kam|so wie gott sie erschaffen hat"
              "|wie gott sie erschaffen hat|wie gott sie erschuf|so wie gott sie schuf|im adamskostum|im evakostum"
              "|im evaskostum|wie ihre mutter sie zur welt brachte", 0.8)
_add("ro", U, "asa cum a venit pe lume|cum a venit pe lume|cum a adus-o mama pe lume|asa cum a facut-o mama ei", 0.8)
_add("ca", U, "tal com va venir al mon|tal com va néixer|com la va parir sa mare|com la va portar sa mare al mon", 0.8)

# --- 3. "without a single thread / any clothes" with an intensifier inside ----------------------------------
_add("hi", U, _combos("बिना|बगैर|बग़ैर", "एक|एक भी|एक भी", "धागे|धागा", "के|") + "|"
              + _combos("तन|बदन|शरीर|जिस्म|देह", "पर|पे", "एक|एक भी", "धागा|धागे", "नहीं|भी नहीं|तक नहीं"), 0.8)
_add("hi", U, _combos("bina|bagair|baghair", "ek|ek bhi", "dhaage|dhage|dhaga|dhagey", "ke|") + "|"
              + _combos("tan|badan|sharir|jism|jisam", "pe|par", "ek|ek bhi", "dhaga|dhaaga|dhage", "nahi|bhi nahi|tak nahi"),
     0.8)
_add("ur", U, "بغیر ایک دھاگے کے|بنا ایک دھاگے کے|جسم پر ایک دھاگا بھی نہیں|تن پر ایک دھاگا بھی نہیں|بغیر کسی کپڑے کے", 0.8)
_add("ar", U, _combos("بلا|بدون|دون|من غير|من دون", "أي|اي|أية|اية|أيّ|ولا", "ملابس|ثياب|هدوم|لباس|قطعة ملابس|قطعة ثياب"
                      "|خيط|ملابس على الإطلاق") + "|"
              + _combos("بلا|بدون|دون|من غير|من دون", "خيط واحد|خيط|ثياب|هدوم|ملابس على جسدها|ملابس عليها|ولا حتة هدوم"
                        "|ولا هدمة|ولا قطعة"), 0.8)
_add("ja", U, "布一枚まとわない|布一枚まとわぬ|布一枚纏わない|布一枚纏わぬ|布切れ一枚まとわない|布切れ一枚まとわぬ"
              "|布一枚も身につけていない|布一枚身につけていない|布一枚つけていない|布きれ一枚まとわない|何も身につけていない"
              "|何も身に着けていない|何も身につけてない|何も着けていない|何もまとっていない|何もまとわない|一糸纏わない"
              "|一糸も纏わぬ|糸一本まとわない|一枚もまとわない|衣服を一切まとわない|服を一枚も着ていない", 0.8)
_add("zh", U, "身上一根线都没有|身上一根線都沒有|不着寸缕|不著寸縷|身无寸缕|身無寸縷|寸缕未着|寸縷未著|寸丝不挂"
              "|一丝不挂地|全身一丝不挂|什么都没穿|什麼都沒穿|什么也没穿|什麼也沒穿|一件衣服都没穿|一件衣服都沒穿", 0.8)
_add("ko", U, "실 한 오라기 없이|실 한 오라기 걸치지|실오라기 하나도 안 걸친|아무것도 안 걸친|아무것도 걸치지 않은"
              "|아무것도 입지 않은|아무것도 안 입은|옷 하나 안 걸친", 0.8)
_add("es", U, "sin un solo hilo|sin un solo hilo encima|sin ni un hilo encima|sin ni un hilo de ropa|sin un trapo encima"
              "|sin ni un trapo encima|sin trapo alguno|sin ninguna prenda encima"
              "|sin ropa ninguna|sin absolutamente nada de ropa|sin una sola prenda", 0.8)
_add("pt", U, "sem nenhum fio de roupa|sem um unico fio|sem um unico fio de roupa|sem nem um fio de roupa"
              "|sem nenhuma peca de roupa|sem uma unica peca de roupa|sem roupa nenhuma no corpo|sem um trapo no corpo", 0.8)
_add("it", U, "senza nemmeno un filo addosso|senza neanche un filo addosso|senza nessun vestito addosso"
              "|senza vestiti addosso|senza nulla addosso|con niente addosso|senza niente indosso|senza nulla indosso"
              "|senza un solo filo addosso|senza un capo addosso", 0.8)
_add("fr", U, "sans le moindre vetement|sans un seul vetement|sans un vetement sur le dos|sans un bout de tissu"
              "|sans le moindre bout de tissu|sans aucun vetement sur elle", 0.8)
_add("de", U, "ohne einen fetzen stoff|ohne ein stuck stoff am leib|ohne jegliche kleidung|ohne einen einzigen faden"
              "|ohne kleidung am leib|ohne ein einziges kleidungsstuck|ohne irgendwas am leib|ohne irgendetwas am leib", 0.8)
_add("nl", U, "zonder een draad|zonder een enkel draadje|zonder ook maar een draad|zonder enige kleding"
              "|zonder een stukje stof|zonder een lapje stof", 0.8)
# "bez jednej nitki" alone is also a spool without thread: only with "na sobie" (on her)
_add("pl", U, "bez żadnej nitki na sobie|bez nitki na sobie|bez ubrania na sobie|bez żadnego ubrania na sobie"
              "|bez skrawka ubrania|bez ani jednej nitki na sobie", 0.8)
_add("ru", U, "без единой ниточки на теле|без единой нитки на теле|без всякой одежды|без какой-либо одежды"
              "|без клочка одежды|ни единой нитки", 0.8)
_add("tr", U, "üzerinde tek iplik olmadan|üstünde tek iplik olmadan|üstünde tek bir iplik yok|üzerinde bir iplik bile yok"
              "|anadan üryan|çırıl çıplak|ciril ciplak", 0.8)
_add("id", U, "tanpa sehelai benang|tanpa sehelai kain|tanpa sehelai pakaian|tanpa selembar benang"
              "|tanpa sehelai benang pun|tanpa busana sama sekali|tanpa pakaian sama sekali", 0.8)
_add("sw", U, "bila nguo yoyote|bila hata nguo moja|bila nguo hata moja|bila hata uzi mmoja|uchi wa mnyama"
              "|uchi wa nyama", 0.8)
_add("el", U, "χωρίς ούτε ένα ρούχο πάνω της|χωρίς κανένα ρούχο|χωρις κανενα ρουχο|χωρίς ρούχα πάνω της", 0.8)

# --- 4. one-word and intensified nakedness words ------------------------------------------------------------
_add("el", N, "θεόγυμν*|θεογυμν*|ολόγυμνη|ολογυμνη", 0.8)
_add("pt", N, "peladíssim*|peladissim*|peladérrim*|peladerrim*|peladaça|peladaca|nuíssima|nuissima", 0.8)
# diminutives ("desnudita", "nuazinha") are left out: they are also said of babies at bath time
_add("es", N, "desnudísim*|desnudisim*|encueradísim*|encueradisim*", 0.8)
_add("it", N, "nudissim*|ignudissima|svestitissima", 0.8)
_add("fr", N, "nue intégrale|nudité intégrale|nudite integrale", 0.8)
_add("ro", N, "goală-goluță|goala-goluta|goală goluță|goala goluta|dezbrăcată complet|dezbracata complet", 0.8)
_add("ko", N, "맨몸뚱이|알몸뚱이|벌거벗은|벌거벗고|벌거벗겨|홀라당 벗은|홀랑 벗은|다 벗은 몸", 0.8)
_add("ja", N, "ぬーど|ぬうど|ぜんら|まっぱだか|すっぱだか|真っ裸", 0.8)
_add("id", N, "bogil|bugill|bugiil|telanjank|tlanjang|telanjng|tlnjng", 0.8)
_add("tr", N, "çıplacık|ciplacik|çırıl çıplak|cırılçıplak", 0.8)

# The folded view reads Turkish dotless "ı" as "i" and "ß" as "ss"; rule folding only strips marks.
PATTERNS_19 = [(lang, rule.replace("ı", "i").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe"),
                grade, score) for lang, rule, grade, score in PATTERNS_19]
