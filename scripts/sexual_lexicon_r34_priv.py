"""Round 34 (issue 10, helper "priv"): bodies shown through or without underwear, and underwear posed for the
speaker, in the languages the lexicon reads; imported by build_sexual_lexicon.py.

Why: v33 (read as a development set in round 34) named or described a person in see-through underwear
("in durchsichtigem BH und Tanga", "v průsvitné podprsence a tangách", "sidiria na chupi za kuonyesha"), in
underwear with the breasts visible ("ve spodním prádle, prsa vidět", "i undertøy med brystene synlige",
"alusvaatteissa, rinnat näkyvissä", "kita ang dibdib", "matiti yakionekana"), in a thong "and nothing on top", or in
skimpy lingerie "posing for me". The lexicon read the English forms and some literal compounds of the others
(r15/r16: "durchsichtigen bh" but not "durchsichtigem bh"); each class below is one grammar over inflected word lists
per language, so the case, the gender or a word between ("durchsichtigem schwarzem BH") does not matter.

1. see-through underwear: a sheer / see-through / transparent adjective before an intimate garment (or after it, in
   the languages that put the adjective after the noun): ``nudity`` 0.8, the grade of the English "see-through
   lingerie" rule (r16). An outer garment ("a sheer blouse", "transparente Bluse"), a thing ("a transparent umbrella",
   "durchsichtige Plastiktüte", "sheer curtains") holds no intimate garment; a shop, a catalogue, a mannequin or a
   hanger after the garment closes it (the English rule's list, per language). Bare "transparent" (an English word
   too) never takes "string" or "slip" ("a transparent string", "a transparent slip of film").
2. the breasts shown: a breast word beside a "visible / showing / bare / out" word, in either order, one word between
   at most: ``nudity`` 0.8, the English rule "{breasts|...|chest} {exposed|visible|...}" (sexual_lexicon_en.py) in
   the other languages. A medical or screen word after it ("on the scan", "on the x-ray", "rtg") closes it.
   An intimate lower garment "and nothing on top" (en/fr/es/pt/it/de/nl/pl/cs/sk/ro/hr/sv/no/da): ``nudity`` 0.8;
   "nothing on top of the cake" has no garment before it and "of" after it.
3. an intimate garment posed for the speaker: "in skimpy lingerie posing for me", "posando para mí en lencería",
   "posiert für mich in Dessous": ``euphemism`` 0.75. Lingerie alone stays ``suggestive`` (reviewed with a person;
   "a lingerie catalogue photo on a mannequin" is not touched): what makes it sexual is the private display for the
   one who asks, the reading of r27's "an intimate garment on a bed". "posing for the camera", "for a catalogue",
   a bikini or a dress posing for me are not read.

Twins kept clean are tests (tests/signals/test_sexual_read_round34.py).
"""

from __future__ import annotations

import re

__all__ = ["MORE_34", "PATTERNS_34"]

N, U = "nudity", "euphemism"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_34: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_34: list[tuple[str, str, str, float]] = []


def _alt(forms: str) -> str:
    return "{" + forms + "}"


# --- intimate garments, per language (inflected) --------------------------------------------------------------------------
#: Not "body" (the body itself in English), not "teddy" (a bear), not bikinis or swimsuits (worn on a beach), not
#: Indonesian "cd" (also a compact disc: "cd transparan"), not Tagalog "manipis" (thin, not see-through).
_UNDER: dict[str, str] = {
    "en": "lingerie|underwear|undies|panties|panty|knickers|bra|bras|bralette|thong|thongs|g-string|g string|gstring"
          "|negligee|negligée|nightie|babydoll|baby doll|corset|bustier|lingerie set|underwear set|bra and panties"
          "|boxers|briefs|chemise|bodystocking|body stocking|lace lingerie|lace underwear|lace panties|lace bra",
    "de": "bh|bhs|büstenhalter|slip|slips|höschen|tanga|tangas|string|strings|stringtanga|unterwäsche|dessous|wäsche"
          "|spitzenwäsche|reizwäsche|unterhose|unterhosen|panty|panties|negligé|negligee|babydoll|bustier|korsage"
          "|nachthemd|lingerie|spitzen-bh|spitzenslip|spitzenhöschen",
    "nl": "bh|beha|bh'tje|slipje|slip|string|stringetje|ondergoed|lingerie|onderbroek|onderbroekje|nachthemd|nachthemdje"
          "|negligé|negligee|korset|babydoll",
    "fr": "soutien-gorge|soutiens-gorge|soutif|culotte|culottes|petite culotte|string|strings|tanga|lingerie|dessous"
          "|sous-vêtements|sous-vêtement|nuisette|nuisettes|slip|slips|porte-jarretelles|babydoll|déshabillé|guêpière",
    "es": "sujetador|sujetadores|sostén|sostenes|brasier|brassier|bra|bragas|braga|braguita|braguitas|tanga|tangas"
          "|hilo dental|calzones|calzón|bombacha|bombachas|cachetero|lencería|ropa interior|panty|panties|pantis"
          "|camisón|picardías|babydoll|corsé",
    "pt": "sutiã|sutiãs|soutien|calcinha|calcinhas|tanga|tangas|fio dental|lingerie|lingeries|roupa íntima"
          "|roupa interior|roupas íntimas|cueca|cuecas|baby doll|babydoll|espartilho|corpete",
    "it": "reggiseno|reggiseni|reggipetto|mutandine|mutande|mutandina|slip|perizoma|perizomi|tanga|intimo"
          "|biancheria intima|lingerie|culotte|babydoll|sottoveste|guêpière|corsetto|body di pizzo",
    "ca": "sostenidors|sostenidor|calces|calcetes|tanga|roba interior|llenceria|bragues|camisó",
    "ro": "sutien|sutienul|sutiene|sutiene|chiloți|chiloții|chilot|chilotul|tanga|lenjerie|lenjeria|lenjerie intimă"
          "|lenjeria intimă|desuuri|cămașă de noapte",
    "pl": "stanik|staniku|staniki|stanika|stanikach|biustonosz|biustonoszu|biustonosze|majtki|majtkach|majteczki"
          "|majteczkach|stringi|stringach|figi|figach|bielizna|bieliźnie|bieliznę|bielizny|bielizną|koszulka nocna"
          "|koszulce nocnej|halka|halce|gorset|gorsecie",
    "cs": "podprsenka|podprsence|podprsenku|podprsenky|podprsenkou|kalhotky|kalhotkách|kalhotek|kalhotkami|tanga|tangách"
          "|tangy|tangáče|tangáčích|prádlo|prádle|prádlem|spodní prádlo|spodním prádle|spodního prádla|košilka|košilce"
          "|negližé|korzet|korzetu",
    "sk": "podprsenka|podprsenke|podprsenku|podprsenky|podprsenkou|nohavičky|nohavičkách|nohavičiek|tangá|tangách"
          "|bielizeň|bielizni|bielizňou|spodná bielizeň|spodnej bielizni|spodnú bielizeň|košieľka|košieľke|negližé",
    "sl": "modrček|modrčku|modrčke|hlačke|hlačkah|tangice|tangicah|perilo|perilu|spodnje perilo|spodnjem perilu|spodnjice",
    "hr": "grudnjak|grudnjaku|grudnjake|gaćice|gaćicama|tange|tangama|tangice|tangicama|rublje|rublju|donje rublje"
          "|donjem rublju|spavaćica|spavaćici|korzet|korzetu|kilote|kilotama",
    "sv": "bh|behå|bh:n|trosor|trosa|trosorna|stringtrosor|stringtrosa|underkläder|underkläderna|lingerie|nattlinne"
          "|korsett|spetsunderkläder",
    "no": "bh|bh-en|truse|truser|trusa|string|undertøy|undertøyet|lingeri|nattkjole|korsett|blonder",
    "da": "bh|bh'en|trusse|trusser|trusserne|g-streng|undertøj|undertøjet|lingeri|natkjole|korset",
    "fi": "rintaliivit|rintaliiveissä|rintaliiveihin|rintaliivejä|stringit|stringeissä|alusvaatteet|alusvaatteissa"
          "|alusvaatteisiin|alushousut|alushousuissa|pikkuhousut|pikkuhousuissa|tangat|tangoissa|alusasu|alusasussa"
          "|yöpaita|yöpaidassa|pitsialusvaatteissa|pitsialusvaatteet",
    "et": "rinnahoidja|rinnahoidjas|aluspesu|aluspesus|stringid|stringides|aluspüksid|aluspükstes",
    "hu": "melltartó|melltartóban|melltartót|melltartója|bugyi|bugyiban|bugyit|bugyija|tanga|tangában|tangát"
          "|fehérnemű|fehérneműben|fehérneműt|alsónemű|alsóneműben|hálóing|hálóingben",
    "tr": "sütyen|sütyenle|sütyenli|sütyeni|külot|külotla|külotu|tanga|tangayla|tangası|iç çamaşırı|iç çamaşırıyla"
          "|iç çamaşırlı|iç çamaşırları|gecelik|geceliğiyle|jartiyer|korse|string",
    "id": "bra|bh|beha|coli|kutang|celana dalam|pakaian dalam|daleman|lingerie|g-string|thong|tanga|seluar dalam"
          "|baju tidur|lingeri",
    "tl": "bra|panty|panties|lingerie|underwear|salawal|kamison|thong|g-string|bra at panty",
    "sw": "sidiria|chupi|nguo za ndani|nguo ya ndani|nguo zake za ndani|kufuli|bikini ya ndani|lingerie|gauni la kulalia",
    "ru": "лифчик|лифчике|лифчика|лифчиком|бюстгальтер|бюстгальтере|бюстгальтера|трусики|трусиках|трусы|трусах|стринги"
          "|стрингах|бельё|белье|белья|бельем|бельём|нижнее бельё|нижнее белье|нижнем белье|нижнем бельё|пеньюар"
          "|пеньюаре|сорочка|сорочке|комбинация|комбинации",
    "uk": "бюстгальтер|бюстгальтері|ліфчик|ліфчику|ліфчиком|трусики|трусиках|труси|трусах|стрінги|стрінгах|білизна"
          "|білизні|білизну|спідня білизна|спідній білизні|пеньюар|пеньюарі",
    "bg": "сутиен|сутиена|сутиени|бельо|бельото|долно бельо|прашки|прашка|гащички|бикини|нощница|нощницата",
    "el": "σουτιέν|στρινγκ|εσώρουχα|εσώρουχο|κιλοτάκι|κιλότα|κιλότες|νυχτικό|λανζερί|εσώρουχά",
    "lt": "liemenėlė|liemenėlėje|liemenėlę|kelnaitės|kelnaitėse|kelnaites|apatiniai|apatiniuose|apatinius|stringai"
          "|stringuose",
    "lv": "krūšturis|krūšturī|krūšturi|biksītes|biksītēs|apakšveļa|apakšveļā|apakšveļu|stringi|stringos",
    "vi": "áo lót|quần lót|đồ lót|nội y|áo ngực|quần chip|quần lọt khe|đồ ngủ|váy ngủ",
}

# --- 1. see-through: the adjective before the garment (pre) or after it (post) -----------------------------------------
#: Bare "transparent" / "sheer" (English words) take no "string"/"slip" after them: see ``_AMBIGUOUS``.
_SHEER_PRE: dict[str, str] = {
    "de": "durchsichtig|durchsichtige|durchsichtigen|durchsichtiger|durchsichtigem|durchsichtiges|transparente"
          "|transparenten|transparenter|transparentem|transparentes|durchscheinende|durchscheinenden|durchscheinender"
          "|durchscheinendem|halbdurchsichtige|halbdurchsichtigen|halbdurchsichtiger|halbdurchsichtigem|hauchdünne"
          "|hauchdünnen|hauchdünner|hauchdünnem",
    "nl": "doorzichtig|doorzichtige|transparante|doorschijnend|doorschijnende",
    "pl": "przezroczysty|przezroczysta|przezroczyste|przezroczystego|przezroczystej|przezroczystym|przezroczystych"
          "|przezroczystą|przezroczystymi|prześwitujący|prześwitująca|prześwitujące|prześwitującego|prześwitującej"
          "|prześwitującym|prześwitujących|prześwitującą",
    "cs": "průhledný|průhledná|průhledné|průhledného|průhledném|průhledným|průhledných|průhlednou|průhlednými"
          "|průsvitný|průsvitná|průsvitné|průsvitného|průsvitném|průsvitným|průsvitných|průsvitnou|průsvitnými",
    "sk": "priehľadný|priehľadná|priehľadné|priehľadnej|priehľadnú|priehľadnom|priehľadných|priehľadnými|priesvitný"
          "|priesvitná|priesvitné|priesvitnej|priesvitnú|priesvitnom|priesvitných|priesvitnými",
    "sl": "prozoren|prozorna|prozorno|prozornem|prozorni|prozornih|prozornimi|prosojen|prosojna|prosojnem|prosojnih",
    "hr": "proziran|prozirna|prozirno|prozirni|prozirnom|prozirne|prozirnim|prozirnoj|prozirnu|providan|providna"
          "|providnom|providnim|providne|providnoj",
    "sv": "genomskinlig|genomskinliga|genomskinligt|skira|transparenta",
    "no": "gjennomsiktig|gjennomsiktige|gjennomsiktigt",
    "da": "gennemsigtig|gennemsigtige|gennemsigtigt",
    "fi": "läpinäkyvä|läpinäkyvät|läpinäkyvissä|läpinäkyvässä|läpinäkyviin|läpinäkyvään|läpinäkyvän|läpinäkyviä"
          "|läpikuultava|läpikuultavat|läpikuultavissa|läpikuultavassa|läpikuultaviin|läpikuultavaan|läpikuultavan",
    "et": "läbipaistev|läbipaistvas|läbipaistvad|läbipaistvates|läbipaistva",
    "hu": "átlátszó|áttetsző|átlátszós",
    "tr": "şeffaf|transparan|içi görünen",
    "lt": "permatomas|permatoma|permatomi|permatomos|permatomoje|permatomuose|permatomomis|permatomą|permatomus",
    "lv": "caurspīdīgs|caurspīdīga|caurspīdīgā|caurspīdīgos|caurspīdīgās|caurspīdīgi|caurspīdīgu|caurspīdīgām",
    "ru": "прозрачный|прозрачная|прозрачное|прозрачные|прозрачном|прозрачной|прозрачных|прозрачного|прозрачную"
          "|просвечивающий|просвечивающее|просвечивающие|просвечивающем|просвечивающих",
    "uk": "прозорий|прозора|прозоре|прозорі|прозорому|прозорій|прозорих|прозорими|прозору|прозорого",
    "bg": "прозрачен|прозрачна|прозрачно|прозрачни|прозрачния|прозрачното|прозрачната",
    "el": "διάφανο|διάφανα|διάφανη|διάφανες|διαφανές|διαφανή|διάφανου|διάφανης|διάφανων",
    "tl": "see-through na|see through na|transparent na|naaaninag na",
    "id": "transparan|tembus pandang|menerawang",
}
_SHEER_POST: dict[str, str] = {
    "fr": "transparent|transparente|transparents|transparentes|translucide|translucides",
    "es": "transparente|transparentes|traslúcido|traslúcida|traslúcidos|traslúcidas|transparentado|transparentada"
          "|transparentados|transparentadas",
    "pt": "transparente|transparentes|translúcido|translúcida|translúcidos|translúcidas",
    "it": "trasparente|trasparenti|semitrasparente|semitrasparenti|vedo non vedo",
    "ca": "transparent|transparents|transparenta|transparentes|translúcid|translúcida|translúcids|translúcides",
    "ro": "transparent|transparentă|transparente|transparenți|transparenta|străveziu|străvezie|străvezii",
    "id": "transparan|tembus pandang|menerawang|nerawang",
    "tl": "na see-through|na see through|na transparent|na naaaninag",
    "sw": "za kuonyesha|ya kuonyesha|zinazoonyesha|inayoonyesha|zinazoonekana|inayoonekana|za uwazi|ya uwazi"
          "|zinazoonyesha mwili|ya kuona ndani|za kuona ndani|angavu",
    "vi": "xuyên thấu|trong suốt|mỏng tang|xuyên thấu",
    "pl": "przezroczysty|przezroczysta|przezroczyste|przezroczystym|przezroczystych",
    "hr": "proziran|prozirna|prozirni|prozirne|providan|providna",
}
#: Garments that after bare "transparent"/"sheer" (English words) are things: "a transparent string", "slip".
_AMBIGUOUS = {"string", "strings", "slip", "slips", "culotte", "culottes"}
_BARE_SHEER = {"transparent", "sheer"}

#: After the garment: a shop, a catalogue, a mannequin, a hanger (the English rule's list, per language).
_SHOP: dict[str, str] = {
    "de": "im laden|im geschäft|im schaufenster|auf dem bügel|auf der kleiderstange|im katalog|katalog|shop|laden"
          "|geschäft|schaufenster|abteilung|werbung|produktfoto|schaufensterpuppe|kleiderbügel|bügel|sortiment"
          "|kollektion|zu verkaufen|online shop|onlineshop|marke|hersteller|kaufen|bestellen|preis",
    "nl": "in de winkel|winkel|etalage|paspop|catalogus|hanger|kledingrek|te koop|kopen|bestellen|prijs|merk|collectie",
    "fr": "en magasin|en boutique|magasin|boutique|vitrine|mannequin|cintre|catalogue|rayon|en solde|à vendre|a vendre"
          "|acheter|commander|prix|marque|collection|publicité|publicite",
    "es": "en la tienda|tienda|escaparate|maniquí|maniqui|percha|catálogo|catalogo|en oferta|a la venta|comprar|precio"
          "|marca|colección|coleccion|anuncio|publicidad",
    "pt": "na loja|loja|vitrine|montra|manequim|cabide|catálogo|catalogo|em promoção|a venda|à venda|comprar|preço|preco"
          "|marca|coleção|colecao|anúncio|anuncio",
    "it": "in negozio|negozio|vetrina|manichino|gruccia|appendiabiti|catalogo|in saldo|in vendita|comprare|prezzo|marca"
          "|collezione|pubblicità|pubblicita",
    "ca": "a la botiga|botiga|aparador|maniquí|maniqui|penjador|catàleg|cataleg|en oferta|a la venda|comprar|preu|marca",
    "ro": "în magazin|in magazin|magazin|vitrină|vitrina|manechin|umeraș|umeras|catalog|la reducere|de vânzare"
          "|de vanzare|cumpăra|cumpara|preț|pret|marcă|marca|colecție|colectie",
    "pl": "na wieszaku|na manekinie|na wystawie|w katalogu|w sklepie|sklep|sklepie|witrynie|witryna|manekinie|manekin|wieszaku|wieszak|katalogu|katalog|na wyprzedaży"
          "|na sprzedaż|kupić|kupic|cena|marka|kolekcja",
    "cs": "na ramínku|na raminku|na figuríně|na figurine|ve výloze|ve vyloze|v katalogu|v obchodě|v obchode|obchod|výloze|vyloze|figuríně|figurine|ramínku|raminku|katalogu|katalog|ve slevě|ve sleve"
          "|na prodej|koupit|cena|značka|znacka|kolekce",
    "sk": "na vešiaku|na vesiaku|na figuríne|na figurine|vo výklade|vo vyklade|v katalógu|v katalogu|v obchode|obchod|výklade|vyklade|figuríne|figurine|vešiaku|vesiaku|katalógu|katalogu|katalóg|katalog"
          "|v zľave|v zlave|na predaj|kúpiť|kupit|cena|značka|znacka|kolekcia",
    "sl": "v trgovini|trgovina|izložbi|izlozbi|lutki|obešalniku|obesalniku|katalogu|katalog|na prodaj|cena|znamka",
    "hr": "na vješalici|na vjesalici|na lutki|u izlogu|u katalogu|u trgovini|trgovina|izlogu|izlog|lutki|vješalici|vjesalici|katalogu|katalog|na akciji|na prodaju|kupiti"
          "|cijena|marka|kolekcija",
    "sv": "i butiken|butik|butiken|skyltfönster|skyltfonster|skyltdocka|galge|katalog|på rea|pa rea|till salu|köpa"
          "|kopa|pris|märke|marke|kollektion",
    "no": "i butikken|butikk|butikken|utstillingsvindu|utstillingsdukke|mannequin|kleshenger|katalog|på salg|pa salg"
          "|til salgs|kjøpe|kjope|pris|merke|kolleksjon",
    "da": "i butikken|butik|butikken|udstillingsvindue|mannequin|bøjle|bojle|katalog|på udsalg|pa udsalg|til salg|købe"
          "|kobe|pris|mærke|maerke|kollektion",
    "fi": "kaupassa|kauppa|näyteikkunassa|nayteikkunassa|mallinukella|mallinukke|henkarissa|henkari|luettelossa"
          "|katalogissa|alennuksessa|myynnissä|myynnissa|ostaa|hinta|merkki|mallisto",
    "et": "poes|pood|vaateaknal|mannekeenil|riidepuul|kataloogis|müügil|muugil|osta|hind",
    "hu": "a boltban|bolt|boltban|kirakatban|kirakat|próbababán|probababan|próbabábu|vállfán|vallfan|katalógusban"
          "|katalogusban|akcióban|akcioban|eladó|elado|vásárol|vasarol|ár|ar|márka|marka",
    "tr": "mağazada|magazada|mağaza|magaza|vitrinde|vitrin|mankende|manken|askıda|askida|katalogda|katalog|indirimde"
          "|satılık|satilik|satın al|satin al|fiyat|marka|koleksiyon",
    "id": "di toko|toko|etalase|manekin|gantungan|katalog|diskon|dijual|beli|harga|merek|koleksi|di mal|olshop",
    "tl": "sa tindahan|tindahan|mannequin|hanger|catalog|sale|binebenta|bilhin|presyo|brand",
    "sw": "dukani|duka|sanamu ya maonyesho|kwenye kiango|kiango|katalogi|inauzwa|bei|kununua|chapa",
    "ru": "на вешалке|на манекене|в витрине|в каталоге|в магазине|магазин|витрине|витрина|манекене|манекен|вешалке|вешалка|каталоге|каталог|на распродаже|купить"
          "|цена|бренд|коллекция",
    "uk": "у магазині|в магазині|магазин|вітрині|манекені|манекен|вішаку|каталозі|каталог|на розпродажі|купити|ціна"
          "|бренд|колекція",
    "bg": "в магазина|магазин|витрината|витрина|манекен|закачалка|каталог|намаление|купи|цена|марка",
    "el": "στο κατάστημα|κατάστημα|βιτρίνα|μανεκέν|κρεμάστρα|κατάλογο|κατάλογος|σε προσφορά|τιμή|μάρκα",
    "lt": "parduotuvėje|parduotuve|vitrinoje|manekene|pakabe|kataloge|akcija|kaina|pirkti",
    "lv": "veikalā|veikala|skatlogā|manekenam|pakaramā|katalogā|atlaidē|cena|pirkt",
    "vi": "ở cửa hàng|cửa hàng|shop|ma nơ canh|móc treo|catalogue|giảm giá|giá|mua",
}


def _under_for(lang: str, sheer: str) -> str:
    """The language's garments, without the ambiguous ones when the adjective list holds a bare English word."""
    forms = _UNDER[lang].split("|")
    if set(sheer.split("|")) & _BARE_SHEER:
        forms = [f for f in forms if f not in _AMBIGUOUS]
    return "|".join(forms)


def _shop(lang: str) -> str:
    return _SHOP.get(lang, "shop|store|catalog|catalogue|mannequin|hanger")


for _lang, _sheer in _SHEER_PRE.items():
    PATTERNS_34.append((_lang, f"{_alt(_sheer)} ~1 {_alt(_under_for(_lang, _sheer))} !{_alt(_shop(_lang))}", N, 0.8))
for _lang, _sheer in _SHEER_POST.items():
    # after the garment the adjective is no English one before a thing: every garment is read
    PATTERNS_34.append((_lang, f"{_alt(_UNDER[_lang])} ~1 {_alt(_sheer)} !{_alt(_shop(_lang))}", N, 0.8))

# --- 2. the breasts shown ---------------------------------------------------------------------------------------------------
#: Breast words (plural or definite forms; the chest words that mean the breasts too, as English "chest" in the
#: English rule) and words saying they are visible / out / bare.
_BREASTS: dict[str, str] = {
    "de": "brüste|brüsten|busen|nippel|brustwarzen",
    "nl": "borsten|tieten|tepels|boezem",
    "fr": "seins|tétons|tetons|poitrine|mamelons",
    "es": "pechos|senos|tetas|pezones",
    "pt": "seios|peitos|mamilos|os peitos|os seios",
    "it": "seno|seni|tette|capezzoli|petto",
    "ca": "pits|mugrons",
    "ro": "sânii|sanii|sâni|sani|sfârcurile|sfarcurile|țâțele",
    "pl": "piersi|cycki|sutki|biust",
    "cs": "prsa|prsy|ňadra|nadra|bradavky|kozy",
    "sk": "prsia|prsiami|bradavky|kozy|ňadrá",
    "sl": "prsi|joški|bradavice",
    "hr": "grudi|sise|bradavice|grudima",
    "sv": "brösten|bröst|bröstvårtorna|bröstvårtor|brösten syns",
    "no": "brystene|bryster|puppene|brystvortene|brystvorter",
    "da": "brysterne|bryster|brystvorterne|brystvorter|patterne",
    "fi": "rinnat|rintansa|tissit|nännit|rinnoista",
    "et": "rinnad|nibud",
    "hu": "mellei|mellek|mellét|melleit|cicijei|mellbimbói|mellbimbók",
    "tr": "göğüsleri|göğüsler|memeleri|memeler|meme uçları|göğüs uçları",
    "id": "payudara|payudaranya|toket|tetek|puting|putingnya",
    "tl": "dibdib|suso|utong|boobs",
    "sw": "matiti|maziwa yake|chuchu|titi|kifua chake",
    "ru": "грудь|груди|соски|сиськи",
    "uk": "груди|соски|цицьки",
    "bg": "гърдите|гърди|зърната",
    "el": "στήθος|στήθη|βυζιά|θηλές",
    "lt": "krūtys|krūtinė|speneliai",
    "lv": "krūtis|krūts|sprauslas",
}
_VISIBLE: dict[str, str] = {
    "de": "sichtbar|sichtbaren|zu sehen|frei|entblößt|entblösst|nackt|blank|draußen|heraus|raus",
    "nl": "zichtbaar|te zien|bloot|ontbloot|naakt|ontbloot",
    "fr": "visibles|visible|à l'air|a l air|a l'air|à nu|dénudés|denudes|dévoilés|devoiles|exposés|exposes|apparents"
          "|découverts|decouverts",
    "es": "visibles|visible|al aire|a la vista|al descubierto|descubiertos|expuestos|desnudos",
    "pt": "à mostra|a mostra|visíveis|visiveis|de fora|expostos|à vista|a vista|desnudos|nus",
    "it": "in vista|visibile|visibili|scoperto|scoperti|nudo|nudi|di fuori|esposto|esposti|all'aria",
    "ca": "a l'aire|a l aire|visibles|a la vista|al descobert|nus",
    "ro": "la vedere|vizibili|vizibil|goi|dezgoliți|dezgoliti|expuși|expusi|afară|afara",
    "pl": "widoczne|widać|widac|na wierzchu|odsłonięte|odsloniete|nagie|gołe|gole|na wierzch|obnażone|obnazone",
    "cs": "vidět|videt|viditelná|viditelna|viditelné|viditelne|venku|odhalená|odhalena|odhalené|nahá|naha|holá|hola"
          "|na odiv",
    "sk": "vidieť|vidiet|viditeľné|viditelne|vonku|odhalené|odhalene|nahé|nahe|holé|hole|na odiv",
    "sl": "vidne|vidni|na ogled|gole|razgaljene",
    "hr": "vidljive|vidljivi|vidljiva|vide|se vide|vani|gole|golih|otkrivene|razgolićene|razgolicene",
    "sv": "synliga|synlig|syns|bara|blottade|fria|ute",
    "no": "synlige|synlig|synes|bare|blottet|ute|fremme",
    "da": "synlige|synlig|ses|bare|blottede|ude|fremme",
    "fi": "näkyvissä|nakyvissa|näkyvät|nakyvat|näkyy|nakyy|paljaat|paljaana|esillä|esilla|paljaina",
    "et": "nähtaval|nahtaval|paistavad|paljad|väljas|valjas",
    "hu": "látszanak|latszanak|látszik|latszik|kilátszanak|kilatszanak|kint|szabadon|meztelenek|fedetlenek|látható"
          "|lathato|láthatóak|lathatoak",
    "tr": "görünüyor|gorunuyor|görünen|gorunen|görünür|gorunur|açıkta|acikta|çıplak|ciplak|dışarıda|disarida|ortada",
    "id": "kelihatan|terlihat|kelihatan jelas|terbuka|tampak|nongol|terekspos",
    "tl": "kita ang|kita|nakikita ang|nakikita|labas ang|lantad ang|lantad|hubad ang|hubad na",
    "sw": "yakionekana|yanaonekana|zinaonekana|yakiwa wazi|wazi|nje|yakionyesha|kuonekana",
    "ru": "видна|видны|виден|наружу|обнажена|обнажены|оголена|оголены|голая|голые|напоказ",
    "uk": "видно|видні|видна|назовні|оголені|оголена|голі|напоказ",
    "bg": "се виждат|видими|голи|оголени|навън",
    # not "έξω" (out): "στήθος έξω" is a posture ("chest out", a gym cue; tests/signals/test_sexual_ml_round20.py)
    "el": "να φαίνεται|να φαίνονται|φαίνεται|φαίνονται|γυμνό|γυμνά|ακάλυπτο|ακάλυπτα",
    "lt": "matomos|matoma|matosi|apnuogintos|nuogos|lauke",
    "lv": "redzamas|redzama|redzamā|atsegtas|kailas|ārā",
}
#: A scan, a medical image, a screen after the phrase: the body part of a diagnosis, not of a picture of a person.
_MEDICAL_AFTER = ("scan|scans|x-ray|x ray|xray|rtg|röntgen|rontgen|röntgenbild|mri|ultrasound|ultrazvuk|ultrazvuku"
                  "|usg|echo|mammogram|mammografie|mammografia|mamografía|mammographie|monitor|screen|obrazovce"
                  "|ekranie|bildschirm|écran|ecran|pantalla|tela|schermo|scherm|diagram|diagrama|schéma|schema"
                  # a preposition and the image ("na rentgenu", "auf dem Röntgenbild", "kwenye picha ya x-ray")
                  "|na rentgenu|na rtg|na snímku|na snimku|na ultrazvuku|na monitoru|na röntgene|na rontgene"
                  "|na zdjęciu rtg|na zdjeciu rtg|na usg|na prześwietleniu|na przeswietleniu|na ekranie"
                  "|kwenye picha ya x ray|kwenye x ray|kwenye skrini|ultraäänikuvassa|ultranikuvassa|röntgenkuvassa"
                  "|rontgenkuvassa|näytöllä|naytolla|im röntgenbild|auf dem röntgenbild|im rontgenbild"
                  "|auf dem rontgenbild|im ultraschall|auf dem bildschirm|à la radio|a la radio|sur la radio"
                  "|à l échographie|a l echographie|sur l écran|sur l ecran|en la radiografía|en la radiografia"
                  "|en la ecografía|en la ecografia|en la pantalla|no raio x|na radiografia|na ecografia|na tela"
                  "|alla radiografia|nella radiografia|all ecografia|sullo schermo|op de röntgenfoto|op de rontgenfoto"
                  "|op de echo|op het scherm|på röntgen|pa rontgen|på skärmen|pa skarmen|på skjermen|pa skjermen"
                  "|på skærmen|pa skaermen|a röntgenen|a rontgenen|az ultrahangon|röntgende|rontgende|ekranda"
                  "|di rontgen|di layar|на рентгене|на снимке|на экране|на рентгені|на екрані|στην ακτινογραφία"
                  # chicken, turkey or duck breast (Tagalog "dibdib ng manok", Swahili "kifua cha kuku")
                  "|ng manok|ng pato|ng pabo|ng baboy|cha kuku|ya kuku|di pollo|de pollo|de frango|de poulet|vom huhn"
                  "|van kip|z kurczaka|kuřecí|kureci")
for _lang, _b in _BREASTS.items():
    _v = _VISIBLE[_lang]
    PATTERNS_34 += [
        (_lang, f"{_alt(_b)} ~1 {_alt(_v)} !{_alt(_MEDICAL_AFTER)}", N, 0.8),
        (_lang, f"{_alt(_v)} ~1 {_alt(_b)} !{_alt(_MEDICAL_AFTER)}", N, 0.8),
    ]

# --- 2b. an intimate lower garment "and nothing on top" -------------------------------------------------------------------
_LOWER: dict[str, str] = {
    "en": "thong|thongs|g-string|g string|panties|knickers|briefs|boxers|underwear|undies|bikini bottoms|bikini bottom"
          "|lingerie",
    "fr": "string|culotte|culottes|tanga|slip|petite culotte|bas de bikini|sous-vêtements",
    "es": "tanga|tangas|bragas|braguitas|braga|hilo dental|calzones|bombacha|parte de abajo del bikini|ropa interior",
    "pt": "calcinha|calcinhas|fio dental|tanga|cueca|parte de baixo do biquíni|roupa íntima",
    "it": "perizoma|mutandine|slip|tanga|culotte|intimo",
    "de": "tanga|slip|höschen|string|unterhose|bikinihose|unterwäsche|panty",
    "nl": "string|slipje|onderbroek|bikinibroekje|ondergoed",
    "pl": "stringach|stringi|majtkach|majtki|figach|bieliźnie",
    "cs": "tangách|tanga|kalhotkách|kalhotky|prádle",
    "sk": "tangách|tangá|nohavičkách|nohavičky|bielizni",
    "ro": "tanga|chiloți|chiloti|lenjerie",
    "hr": "tangama|tange|gaćicama|gaćice|rublju",
    "sv": "stringtrosor|trosor|string|underkläder",
    "no": "truse|truser|string|undertøy",
    "da": "trusser|trusse|g-streng|undertøj",
}
_NOTHING_TOP: dict[str, str] = {
    "en": "{and|but|with|plus} nothing {on|up|} top !{of|shelf|shelves|layer|coat|note|notes|score|seed|tier|floor"
          "|deck|bunk|drawer|rack|row|hat|dressing|sauce|cream|frosting|icing}",
    "fr": "{et|mais|avec} rien {en haut|dessus|au-dessus|au dessus|sur le haut|sur la poitrine}",
    "es": "{y|pero|con} nada {arriba|encima|en la parte de arriba|en el torso|en el pecho}",
    "pt": "{e|mas|com} nada {em cima|na parte de cima|no torso|no peito}",
    "it": "{e|ma|con} niente {sopra|in alto|sul petto|sul busto|addosso sopra}",
    "de": "{und|aber|mit} {nichts|sonst nichts|gar nichts} {obenrum|oben|oben herum|am oberkörper|darüber}",
    "nl": "{en|maar|met} {niets|niks} {erboven|boven|bovenaan|aan de bovenkant|op het bovenlijf}",
    "pl": "{i|a|ale} nic {na górze|u góry|na piersiach|na biuście}",
    "cs": "{a|ale} nic {nahoře|nahore|na sobě nahoře|na hrudi}",
    "sk": "{a|ale} nič {hore|navrchu|na hrudi}",
    "ro": "{și|si|dar} nimic {sus|deasupra|pe piept|în partea de sus|in partea de sus}",
    "hr": "{i|a} ništa {gore|na gornjem dijelu|na prsima}",
    "sv": "{och|men} {inget|ingenting} {på överkroppen|upptill|ovanpå}",
    "no": "{og|men} {ingenting|intet} {på overkroppen|oppå|på toppen}",
    "da": "{og|men} {intet|ingenting} {på overkroppen|ovenpå|foroven}",
}
for _lang, _frame in _NOTHING_TOP.items():
    PATTERNS_34.append((_lang, f"{_alt(_LOWER[_lang])} {_frame}", N, 0.8))

# --- 3. an intimate garment posed for the speaker --------------------------------------------------------------------------
_POSE_FOR_ME: dict[str, str] = {
    "en": "{posing|poses|posed|pose|modeling|modelling|models|modeled|modelled|showing off|shows off|show off} {just|only|"
          "|privately|all} {for me|for my eyes|for my eyes only|for my private collection|for my bedroom wall}",
    "fr": "{qui pose|posant|pose|posé|posée|en train de poser|qui se montre|se montrant} {juste|seulement|rien que|"
          "|uniquement} {pour moi|devant moi|pour mes yeux}",
    "es": "{posando|posa|posó|que posa|modelando|mostrándose|luciéndose} {solo|sólo|solamente|únicamente|} {para mí"
          "|para mi|delante de mí|delante de mi|frente a mí|frente a mi|para mis ojos}",
    "pt": "{posando|posa|posou|que posa|desfilando|se exibindo|exibindo se} {só|apenas|somente|} {para mim|pra mim"
          "|na minha frente|para os meus olhos}",
    "it": "{in posa|posa|posando|che posa|mentre posa|sfilando|che si mostra|mostrandosi} {solo|soltanto|} {per me"
          "|davanti a me|per i miei occhi}",
    "de": "{posiert|posierend|posierte|die posiert|zeigt sich|modelt} {nur|extra|ganz privat|privat|} {für mich"
          "|vor mir|nur für mich}",
    "nl": "{poseert|poserend|poseerde|die poseert|showt} {alleen|speciaal|} {voor mij|voor me|voor mijn ogen}",
    "pl": "{pozuje|pozująca|pozujaca|pozując|pozujac|prezentuje się|prezentuje sie} {tylko|specjalnie|} {dla mnie"
          "|przede mną|przede mna|przed mną|przed mna}",
    "cs": "{pózuje|pozuje|pózující|pozujici|pózovala|předvádí se|predvadi se} {jen|jenom|} {pro mě|pro mne|pro me"
          "|přede mnou|prede mnou}",
    "sk": "{pózuje|pozuje|pózujúca|pozujuca|pózovala|predvádza sa|predvadza sa} {len|iba|} {pre mňa|pre mna|predo mnou}",
    "ro": "{pozează|pozeaza|pozând|pozand|care pozează|care pozeaza|se arată|se arata} {doar|numai|} {pentru mine"
          "|în fața mea|in fata mea}",
    "hr": "{pozira|pozirajući|pozirajuci|koja pozira|pokazuje se} {samo|} {za mene|meni|preda mnom}",
    "sl": "{pozira|pozirajoča|pozirajoca} {samo|le|} {zame|meni|pred mano}",
    "sv": "{poserar|poserande|som poserar|visar upp sig} {bara|enbart|} {för mig|framför mig}",
    "no": "{poserer|poserende|som poserer|viser seg fram} {bare|kun|} {for meg|foran meg}",
    "da": "{poserer|poserende|der poserer|viser sig frem} {kun|bare|} {for mig|foran mig}",
    "fi": "{poseeraa|poseeraamassa|poseeraava|poseerasi} {vain|pelkästään|} {minulle|minun edessäni|mulle}",
    "hu": "{pózol|pozol|pózolva|pozolva|pózoló|pozolo|mutogatja magát} {csak|} {nekem|előttem|elottem}",
    "tr": "{benim için|bana|sadece benim için|sadece bana} {poz veriyor|poz veren|poz verirken|poz vermiş|poz verir}",
    "id": "{berpose|berpose khusus|pose} {untukku|untuk saya|untuk aku|buat aku|buatku|di depanku|di depan saya}",
    "tl": "{nagpo-pose|nagpopose|nag-pose|nagpose|pose} {para sa akin|para sakin|para sa'kin|sa harap ko}",
    "sw": "{akipiga pozi|anapiga pozi|akinipigia pozi|anayepiga pozi} {kwa ajili yangu|mbele yangu|kwangu}",
    "ru": "{позирует|позирующая|позирующую|позируя|позировала} {только|} {для меня|передо мной|мне}",
    "uk": "{позує|позуючи|позувала|що позує} {тільки|лише|} {для мене|переді мною|мені}",
    "el": "{ποζάρει|ποζάροντας|που ποζάρει} {μόνο|} {για μένα|για εμένα|μπροστά μου}",
}
for _lang, _pose in _POSE_FOR_ME.items():
    _garments = _UNDER.get(_lang, "") or _UNDER["en"]
    PATTERNS_34 += [
        (_lang, f"{_alt(_garments)} ~4 {_pose}", U, 0.75),
    ]
    # the pose first: "posing for me in skimpy lingerie", "posando para mí en lencería"
    _bare = _pose.split(" !{")[0]
    PATTERNS_34.append((_lang, f"{_bare} ~3 {_alt(_garments)}", U, 0.75))


def _plain(grammar: str) -> str:
    """Hyphens and apostrophes as the separators they are in the text ("see-through" = "see through", "l'air" = "l air"):
    a rule's words are joined by any separator, one written inside a word would have to match literally."""
    return re.sub(r"\s+", " ", re.sub(r"[-'’:]", " ", grammar)).replace(" |", "|").replace("| ", "|")


PATTERNS_34[:] = [(lang, _plain(g), grade, score) for lang, g, grade, score in PATTERNS_34]
