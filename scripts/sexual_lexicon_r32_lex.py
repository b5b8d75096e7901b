"""Round 32 (issue 10, helper "lex"): the basic sexual vocabulary of every language the guard reads, audited concept by
concept; imported by build_sexual_lexicon.py.

Why: the retired set v31 (read as a development set in round 32) found basic phrases the lexicon lacked, caught only
when the semantic layer happened to fire: French "en pleine relation sexuelle", "ayant un rapport sexuel", Portuguese
"tendo relações sexuais", German "mach ein Aktbild von <X>", Portuguese "saindo do banho sem toalha", Croatian "samo u
tangama". They are not templates but the words any author writes, so the audit was made by concept, not by row: a
hand-written list of the dictionary forms of eight concepts (sexual intercourse / making love; a nude as a noun and
"make / draw a nude of"; a nude photo; topless; naked; without a towel / with nothing on; only in underwear, a thong,
a bra; undressed) in every language the guard reads, each form run through the rule layers alone as "<Name> <form>"
and "<form>, photo"; the forms no layer read are written here as terms and rules, graded like the existing ones:

1. sexual intercourse, the noun phrases and the participles (``explicit`` 0.9-0.95, like "sexual intercourse"): fr
   "relation(s) sexuelle(s)", "rapport(s) sexuel(s)", "acte sexuel"; es / pt / it / ca / ro / pl / cs / sk / hr / sr /
   sl / hu / tr / nl / de / the Nordic languages / fi / ru / uk / bg / el / lt / lv / et. The adjective alone stays
   clean ("éducation sexuelle", "harcèlement sexuel", "orientation sexuelle", "santé sexuelle"): only the noun
   phrase of the act is listed. Not added: words whose everyday sense is another ("kochają się", "milují se" love
   each other; Estonian "vahekord" a ratio; Spanish "cogiendo" taking, in Spain; Vietnamese "giao hợp", whose
   accentless fold "giao hop" is "deliver a box").
2. a nude as a noun (``nudity`` 0.85): German "Aktbild / Aktfoto / Aktaufnahme / Aktgemälde / Aktzeichnung", and
   "a nude" after a verb of making or drawing, where "Akt" / "akt" / "nu" is otherwise a theatre act, a deed or
   "not" ("mach / zeichne einen Akt von", "dessine / peins un nu de", "desenha um nu de", "narysuj akt", "nakresli
   akt", "nacrtaj akt", "rajzolj aktot"); Polish "rozbierane zdjęcia" (nude photos), Russian / Ukrainian "фото ню".
   "un nu de Modigliani" without a verb, "erster Akt", "akt notarialny" stay clean; Slovak "nahej" is read only in
   "fotka nahej" ("obraz nahej pravdy" is the naked truth).
3. topless (``nudity`` 0.9): German "barbusig", Italian "seno scoperto", Polish "odsłonięte piersi", Croatian "gola
   prsa / golih grudi", Hungarian "csupasz mell", Danish / Norwegian "bare bryster", Finnish "paljaat rinnat",
   Turkish "göğüsleri açık", Catalan "pits a l'aire".
4. naked (``nudity`` 0.85-0.9): Dutch "onbekleed", Norwegian "avkledd", Albanian "e zhveshur" (not "lakuriq" alone:
   "lakuriq nate" is a bat), Ukrainian and Bulgarian "зовсім / напълно гола". Not added alone: Polish / Croatian
   "gola" (Spanish and Portuguese "gola" is a collar), Cyrillic "гола" (Russian "of the goal"), Estonian "paljas"
   (bare).
5. without a towel in the bath or shower (``euphemism`` 0.8): both halves needed, in either order ("saindo do banho
   sem toalha", "sans serviette en sortant de la douche"); "à la plage sans serviette" and "a bathroom without a towel
   rail" stay clean. With nothing on (``euphemism`` 0.8): es "con nada puesto", pt "sem nada vestido", de "nichts am
   Leib" (not "hat nichts an": "hat nichts an Wert verloren"), hu "nincs rajta semmi", sv "ingenting på sig", fi
   "ilman mitään päällä".
6. only in underwear / a thong / a bra (``euphemism`` 0.75, like "no bra" 0.75): "samo u tangama", "só de calcinha",
   "nur in Unterwäsche", "tylko w bieliźnie", "только в нижнем белье" and the same in every language. A garment
   without "only" ("en string sur la plage") is not read by this rule; words that are also something else are left
   out of it (English "briefs", French "dessous" in "juste en dessous", German / Dutch / Nordic "string").

Twins kept clean are tests (tests/signals/test_sexual_lex_round32.py). Terms and rules are written on the folded view
(lower case, Latin accents stripped, "ß" as "ss", "æ" as "ae"; "ø", "ł", "đ", Greek accents and Cyrillic stay).
"""

from __future__ import annotations

__all__ = ["MORE_32", "PATTERNS_32"]

E, N, U = "explicit", "nudity", "euphemism"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_32: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_32: list[tuple[str, str, str, float]] = []


def _more(lang: str, grade: str, score: float, *terms: str) -> None:
    MORE_32.setdefault(lang, {}).setdefault(grade, []).extend((t, score) for t in terms)


# --- 1. sexual intercourse ---------------------------------------------------------------------------------------------
_more("fr", E, 0.9, "relation sexuelle", "relations sexuelles", "rapport sexuel", "rapports sexuels", "acte sexuel",
      "actes sexuels", "en plein acte sexuel", "en pleine relation sexuelle", "en plein rapport sexuel")
_more("es", E, 0.9, "relaciones sexuales", "relacion sexual", "acto sexual", "actos sexuales", "coito",
      "manteniendo relaciones sexuales", "teniendo relaciones sexuales")
_more("pt", E, 0.9, "relacoes sexuais", "relacao sexual", "ato sexual", "atos sexuais", "acto sexual", "coito",
      "tendo relacoes sexuais", "mantendo relacoes sexuais", "em plena relacao sexual")
_more("it", E, 0.9, "rapporto sessuale", "rapporti sessuali", "atto sessuale", "atti sessuali", "amplesso", "coito",
      "avendo rapporti sessuali", "in pieno rapporto sessuale")
_more("ca", E, 0.9, "relacions sexuals", "relacio sexual", "acte sexual", "actes sexuals")
_more("ro", E, 0.9, "relatii sexuale", "relatie sexuala", "raport sexual", "raporturi sexuale", "act sexual",
      "actul sexual", "actului sexual", "intretinand relatii sexuale", "intretin relatii sexuale")
_more("de", E, 0.9, "geschlechtsakt", "geschlechtsakts", "geschlechtsaktes", "beischlaf", "koitus", "liebe machen",
      "beim liebe machen", "beim liebemachen", "liebemachen")
_more("nl", E, 0.9, "geslachtsgemeenschap", "seksuele gemeenschap", "seksuele handeling", "seksuele handelingen",
      "de liefde bedrijven", "bedrijven de liefde", "bedrijft de liefde", "coitus")
_more("pl", E, 0.9, "stosunek seksualny", "stosunku seksualnego", "stosunkiem seksualnym", "stosunek płciowy",
      "stosunku płciowego", "akt seksualny", "aktu seksualnego", "wspołzycie", "wspołzyja", "wspołzyjaca",
      "w trakcie stosunku", "podczas stosunku")
_more("cs", E, 0.9, "pohlavni styk", "pohlavnim styku", "pohlavniho styku", "sexualni styk", "sexualnim styku",
      "soulož", "souloz", "soulozi", "sexualni akt")
_more("sk", E, 0.9, "pohlavny styk", "pohlavnom styku", "pohlavneho styku", "sulož", "suloz", "sulozi",
      "sexualny akt", "sexualny styk")
_more("hr", E, 0.9, "spolni odnos", "spolnom odnosu", "spolnog odnosa", "spolni odnosi", "seksualni odnos",
      "seksualnom odnosu", "seksualni cin", "snosaj", "snosaju", "u spolnom odnosu")
_more("sr", E, 0.9, "polni odnos", "polnom odnosu", "polnog odnosa", "polni odnosi", "seksualni odnos",
      "seksualnom odnosu", "snosaj")
_more("sl", E, 0.9, "spolni odnos", "spolnem odnosu", "spolni akt", "spolnega odnosa")
_more("hu", E, 0.9, "kozosules", "kozosules kozben", "kozosulnek", "kozosul", "nemi aktus", "nemi kozosules",
      "szexualis aktus")
_more("tr", E, 0.9, "cinsel iliski", "cinsel iliskiye", "cinsel iliskide", "cinsel birlesme", "cinsel munasebet")
_more("id", E, 0.85, "hubungan intim", "bersenggama", "senggama")
_more("da", E, 0.9, "samleje", "har samleje", "under samleje")
_more("sv", E, 0.9, "har samlag", "under samlag", "ha samlag", "hade samlag", "samlag med")  # Norwegian "samlag": a society
_more("no", E, 0.9, "samleie", "har samleie", "under samleie")
_more("fi", E, 0.9, "yhdynta", "yhdynnassa", "yhdynnan", "yhdyntaa", "sukupuoliyhdynta", "seksiakti")
_more("ru", E, 0.9, "половой акт", "полового акта", "половом акте", "половое сношение", "полового сношения",
      "занимаются любовью", "занимается любовью", "занимающаяся любовью", "занимающиеся любовью")
_more("uk", E, 0.9, "статевий акт", "статевого акту", "статевому акті", "займаються коханням", "займається коханням")
_more("bg", E, 0.9, "полов акт", "полов контакт", "правят любов", "прави любов", "правейки любов")
_more("el", E, 0.9, "σεξουαλική επαφή", "σεξουαλικη επαφη", "σεξουαλικές επαφές", "σεξουαλικες επαφες",
      "κάνουν έρωτα", "κανουν ερωτα", "κάνει έρωτα", "κανει ερωτα")
_more("lt", E, 0.9, "lytinis aktas", "lytiniai santykiai", "lytiniu santykiu")
_more("lv", E, 0.9, "dzimumakts", "dzimumakta", "dzimumattiecibas")
_more("et", E, 0.9, "suguakt", "suguuhe", "seksuaalvahekord")

# --- 2. a nude (noun), make / draw a nude of ----------------------------------------------------------------------------
_more("de", N, 0.85, "aktbild", "aktbilder", "aktfoto", "aktfotos", "aktaufnahme", "aktaufnahmen", "aktgemalde",
      "aktzeichnung", "aktzeichnungen", "aktfotografie", "aktfotografien", "aktportrat", "aktshooting")
_more("pl", N, 0.85, "rozbierane zdjecie", "rozbierane zdjecia", "rozbieranych zdjec", "rozbierana sesja",
      "rozbieranej sesji", "rozbierana sesje", "akt kobiecy", "nagie zdjecie", "nagie zdjecia")
_more("hr", N, 0.85, "akt fotografija", "akt fotografije", "akt fotografiju", "akt slika", "akt slike", "akt fotka")
_more("ru", N, 0.85, "фото ню", "фотографии ню", "в стиле ню", "ню фото", "ню фотосессия", "фотосессия ню",
      "снимки ню", "ню портрет")
_more("uk", N, 0.85, "фото ню", "в стилі ню", "ню фото", "ню фотосесія", "фотосесія ню")
_more("sk", N, 0.85, "nahu fotku", "fotka nahej", "fotku nahej")  # not "nahej" alone: "obraz nahej pravdy"
PATTERNS_32 += [
    ("de", "{mach|mache|macht|zeichne|zeichnet|male|mal|malt|erstelle|erstell|fotografiere|generiere|generier"
           "|gib mir|zeig mir|zeige mir} {einen|ein} akt {von|mit|der|des}", N, 0.85),
    ("fr", "{fais|faites|fait|dessine|dessinez|peins|peignez|cree|creez|genere|generez|realise|realisez|montre moi"
           "|photographie|photographiez|fais moi|faites moi} {un|une} nu {de|d|avec|representant|integral de}", N, 0.85),
    ("pt", "{faz|faca|fazer|desenha|desenhe|desenhar|pinta|pinte|pintar|cria|crie|criar|gera|gere|gerar|fotografa"
           "|fotografe|me faz|me faca} um nu {de|da|do|com}", N, 0.85),
    ("ca", "{fes|feu|fer|dibuixa|dibuixeu|dibuixar|pinta|pinteu|pintar|crea|creeu|genera|genereu} un nu {de|d|amb}",
     N, 0.85),
    ("pl", "{zrob|zrobcie|narysuj|narysujcie|namaluj|namalujcie|stworz|wygeneruj|sfotografuj} {jej|mi|} akt", N, 0.85),
    ("cs", "{udelej|udelejte|nakresli|nakreslete|namaluj|namalujte|vytvor|vygeneruj|vyfot} {jeji|mi|} akt", N, 0.85),
    ("sk", "{urob|urobte|nakresli|nakreslite|namaluj|namalujte|vytvor|vygeneruj|odfot} {jej|mi|} akt", N, 0.85),
    ("hr", "{nacrtaj|nacrtajte|naslikaj|naslikajte|fotografiraj} {njen|njezin|mi|} akt", N, 0.85),
    ("hu", "{keszits|keszitsd|keszitsen|rajzolj|rajzold|fess|festd|csinalj|generalj} {egy|rola|} aktot", N, 0.85),
    ("hu", "aktot {keszits|rajzolj|fess|csinalj|generalj}", N, 0.85),
]

# --- 3. topless -----------------------------------------------------------------------------------------------------------
_more("de", N, 0.9, "barbusig", "barbusige", "barbusigen", "barbusiger")
_more("it", N, 0.9, "seno scoperto", "seni scoperti", "a seno scoperto", "col seno scoperto", "con il seno scoperto")
_more("pl", N, 0.9, "odsłoniete piersi", "odsłonietymi piersiami", "z odsłonietymi piersiami", "obnazone piersi",
      "obnazonymi piersiami")
_more("hr", N, 0.9, "gola prsa", "golih prsa", "golim prsima", "gole grudi", "golih grudi", "golim grudima",
      "razgolicenih grudi", "razgolicene grudi")
_more("hu", N, 0.9, "csupasz mell", "csupasz mellel", "csupasz mellek", "csupasz mellekkel", "fedetlen kebellel",
      "fedetlen mellel", "fedetlen mellek")
_more("da", N, 0.9, "bare bryster", "med bare bryster")
_more("no", N, 0.9, "bare bryster", "med bare bryster", "nakne bryster")
_more("fi", N, 0.9, "paljaat rinnat", "paljaine rintoineen", "paljaat rintansa")
_more("tr", N, 0.85, "gogusleri acik", "gogusleri ciplak", "gogusleri acikta", "ciplak goguslu")
_more("ca", N, 0.9, "pits a l aire", "els pits a l aire", "amb els pits a l aire", "pits nus")
_more("fr", N, 0.9, "la poitrine a l air", "poitrine a l air", "les seins a l air", "seins a l air")

# --- 4. naked ---------------------------------------------------------------------------------------------------------
_more("nl", N, 0.9, "onbekleed", "onbeklede")
_more("no", N, 0.85, "avkledd", "avkledde")
_more("sq", N, 0.85, "e zhveshur", "te zhveshur")  # not "lakuriq" alone: "lakuriq nate" is a bat
_more("uk", N, 0.9, "повністю гола", "зовсім гола", "абсолютно гола", "цілком гола")
_more("bg", N, 0.9, "напълно гола", "съвсем гола", "чисто гола")
_more("lv", N, 0.85, "pilniga kaila", "pilnigi kaila", "kaila meitene", "kaila sieviete")

# --- 5. without a towel in the bath or shower; with nothing on ----------------------------------------------------------
#: language: (without a towel, the bath or shower)
_TOWEL = {
    "en": ("without a towel|without her towel|without his towel|without their towel|with no towel|without any towel"
           "|towelless|minus the towel", "shower|bath|bathtub|bathroom|sauna|tub"),
    "fr": ("sans serviette|sans sa serviette|sans aucune serviette|sans drap de bain",
           "douche|bain|baignoire|salle de bain|salle de bains|sauna"),
    "es": ("sin toalla|sin su toalla|sin ninguna toalla", "ducha|bano|banera|sauna|regadera"),
    "pt": ("sem toalha|sem a toalha|sem sua toalha|sem nenhuma toalha", "banho|chuveiro|banheira|banheiro|duche"
           "|casa de banho|sauna"),
    "it": ("senza asciugamano|senza l asciugamano|senza il suo asciugamano|senza accappatoio",
           "doccia|bagno|vasca|sauna"),
    "de": ("ohne handtuch|ohne ihr handtuch|ohne sein handtuch|ohne bademantel", "dusche|bad|badewanne|badezimmer|sauna"),
    "nl": ("zonder handdoek|zonder haar handdoek|zonder zijn handdoek", "douche|bad|badkamer|sauna"),
    "pl": ("bez recznika|bez swojego recznika", "prysznica|prysznic|prysznicem|kapieli|wanny|wanna|łazienki|sauny"),
    "cs": ("bez rucniku|bez osusky", "sprchy|sprcha|koupele|vany|koupelny|sauny"),
    "sk": ("bez uteraku|bez osusky", "sprchy|sprcha|kupela|vane|kupelne|sauny"),
    "hr": ("bez rucnika", "tusa|tus|kade|kupaonice|saune|kupanja"),
    "ro": ("fara prosop", "dus|dusul|baie|cada|saune|sauna"),
    "hu": ("torolkozo nelkul|torulkozo nelkul", "zuhany|zuhanybol|furdo|furdobol|kad|kadbol|szauna|szaunabol"),
    "tr": ("havlusuz|havlu olmadan|havlusu olmadan", "dus|dustan|banyo|banyodan|kuvet|sauna"),
    "id": ("tanpa handuk", "kamar mandi|mandi|shower|bak mandi|sauna"),
    "tl": ("walang tuwalya|nang walang tuwalya", "banyo|naliligo|paliguan|shower"),
    "vi": ("khong khan tam|khong co khan tam|khong khan", "phong tam|nha tam|tam xong|voi sen"),
    "da": ("uden handklaede|uden sit handklaede", "bad|bruser|badet|badevaerelset|sauna"),
    "sv": ("utan handduk", "duschen|dusch|badet|badkaret|badrummet|bastun|bastu"),
    "no": ("uten handkle", "dusjen|dusj|badet|badekaret|badet|badstuen|badstue"),
    "fi": ("ilman pyyhetta", "suihku|suihkusta|kylpy|kylvysta|saunasta|sauna|kylpyhuone"),
    "ca": ("sense tovallola", "dutxa|bany|banyera|sauna"),
    "ru": ("без полотенца", "душа|душ|ванной|ванны|ванная|бани|сауны|душевой"),
    "uk": ("без рушника", "душу|душ|ванної|ванни|сауни|лазні"),
}
#: fittings named after the towel ("a bathroom without a towel rail"): the towel is not the person's
_TOWEL_FITTING = "!{rail|rails|rack|racks|bar|bars|hook|hooks|holder|holders|warmer|ring|hanger|dispenser|radiator}"
for _lang, (_towel, _bath) in _TOWEL.items():
    _not = " " + _TOWEL_FITTING if _lang == "en" else ""
    PATTERNS_32 += [(_lang, f"{{{_towel}}} ~5 {{{_bath}}}", U, 0.8),
                    (_lang, f"{{{_bath}}} ~5 {{{_towel}}}{_not}", U, 0.8)]
_more("es", U, 0.8, "con nada puesto", "sin nada encima")
_more("pt", U, 0.8, "sem nada vestido", "sem nada vestida", "sem nada por cima")
_more("hu", U, 0.8, "nincs rajta semmi", "nincs rajta egy ruha sem")
_more("sv", U, 0.8, "ingenting pa sig", "inget pa sig")
_more("fi", U, 0.8, "ilman mitaan paalla", "ei mitaan paallaan")
# German "hat nichts an" is left out: "hat nichts an Wert verloren", "es liegt nichts an mir"; the body is named.
_more("de", U, 0.8, "nichts am leib", "nichts am korper", "nichts mehr am leib", "nichts mehr am korper")

# --- 6. only in underwear / a thong / a bra -------------------------------------------------------------------------------
#: language: grammars of "only in <intimate garment>" (one rule each)
_ONLY_IN = {
    "en": ("{only|just} {in|wearing} {a|her|his|their|some|} {thong|g string|panties|knickers|underwear|lingerie|bra"
           "|bra and panties|undies}",
           "in {just|only|nothing but} {a|her|his|their|} {thong|g string|panties|knickers|underwear|lingerie|bra"
           "|bra and panties|undies}"),
    "fr": ("{seulement|juste|uniquement|simplement|rien qu|seule} {en|dans|avec} {sa|son|ses|une|un|des|} {string"
           "|culotte|petite culotte|sous vetements|soutien gorge|lingerie|slip|tanga}",
           "en {string|culotte|petite culotte|sous vetements|soutien gorge|lingerie|tanga} {seulement|uniquement"
           "|pour tout vetement}"),
    "es": ("{solo|solamente|unicamente|nada mas que} {en|con} {su|sus|un|una|} {tanga|bragas|braga|ropa interior"
           "|sujetador|sosten|lenceria|calzones|bombacha|panties|hilo dental|brasier|bracier|calzon}",),
    "pt": ("{so|apenas|somente} {de|com|usando|vestindo|em} {a|uma|sua|} {calcinha|fio dental|sutia|roupa intima"
           "|lingerie|roupa de baixo|tanga|calcinhas|cuecas|cueca}",),
    "it": ("{solo|soltanto|solamente|unicamente} {in|con} {il|la|le|un|una|} {perizoma|mutandine|mutande|reggiseno"
           "|intimo|biancheria intima|lingerie|tanga|slip|reggiseno e mutandine}",),
    "de": ("{nur|bloss|lediglich|einzig} {im|in|in ihrer|in seiner|in ihrem|in seinem|mit|mit ihrem|mit ihrer} {tanga"
           "|unterwasche|slip|bh|dessous|hoschen|stringtanga|reizwasche|unterhose|hoschen und bh}",),
    "nl": ("{alleen|enkel|slechts|uitsluitend} {in|met} {haar|zijn|een|} {stringetje|ondergoed|slipje|beha|bh|lingerie"
           "|onderbroek|tanga}",),
    "pl": ("tylko w {stringach|bieliznie|majtkach|majteczkach|staniku|biustonoszu|samej bieliznie|stringach}",
           "w {samej|samych|samym} {bieliznie|majtkach|majteczkach|stringach|staniku|biustonoszu}"),
    "cs": ("{jen|pouze|jenom} {v|ve} {tangach|spodnim pradle|kalhotkach|podprsence|pradle|tangach a podprsence}",),
    "sk": ("{len|iba|jedine} {v|vo} {tangach|spodnej bielizni|nohavickach|podprsenke|bielizni}",),
    "hr": ("samo u {tangama|tangicama|donjem rublju|gacicama|grudnjaku|donjem vesu|gacama|brusu|rublju|vesu}",),
    "sl": ("samo v {tangicah|tangah|spodnjem perilu|hlackah|modrcku|perilu}",),
    "ro": ("{doar|numai} in {chiloti|tanga|lenjerie intima|lenjerie|sutien|slip|chilotei}",),
    "hu": ("{csak|csupan|kizarolag} {egy|} {tangaban|fehernemuben|bugyiban|melltartoban|alsonemuben|alsoban"
           "|tangaban es melltartoban}",),
    "tr": ("{sadece|yalnizca|yalniz} {tangayla|tanga ile|ic camasiriyla|ic camasirla|ic camasiri ile"
           "|ic camasirlariyla|kulotla|kulot ile|sutyenle|sutyen ile|tangali|ic camasirli}",),
    "id": ("{hanya|cuma|cuman|sekadar} {memakai|pakai|mengenakan|pake|berpakaian|bercelana} {celana dalam"
           "|pakaian dalam|bra|bh|thong|lingerie|daleman|beha}",),
    "tl": ("{naka panty|naka bra|naka underwear|naka thong|naka lingerie|nakapanty|nakabra|naka panti} lang",
           "{panty|bra|underwear|thong|panti} lang ang suot"),
    "vi": ("chi mac {quan lot|đo lot|do lot|ao nguc|quan chip|ao lot|noi y}",),
    "da": ("{kun|bare} i {g streng|undertoj|undertøj|trusser|bh|lingeri|trusser og bh}",),
    "sv": ("{bara|endast|enbart} i {stringtrosor|underklader|trosor|beha|bh|trosor och bh}",),
    "no": ("{bare|kun} i {truse|undertoy|undertøy|g streng|bh|truser|truse og bh}",),
    "fi": ("pelkissa {alusvaatteissa|stringeissa|pikkuhousuissa|rintaliiveissa|alushousuissa}",),
    "ca": ("{nomes|sols|solament|unicament} {en|amb} {tanga|roba interior|calces|sostenidors|sostens}",),
    "ru": ("{только|лишь} в {стрингах|нижнем белье|трусиках|трусах|лифчике|бюстгальтере|белье}",
           "в {одних|одном|одной} {трусиках|стрингах|трусах|белье|нижнем белье|лифчике}"),
    "uk": ("{лише|тільки} в {стрінгах|нижній білизні|трусиках|трусах|ліфчику|білизні}",
           "в {одних|одній} {трусиках|стрінгах|трусах|білизні|нижній білизні}"),
}
_UNDER_SCORE = 0.75
for _lang, _grammars in _ONLY_IN.items():
    PATTERNS_32 += [(_lang, _g, U, _UNDER_SCORE) for _g in _grammars]

# --- 7. sexual words of other languages that only the fuzzy matcher read ------------------------------------------------
# Words of other languages whose sense IS sexual, read only as one edit from an English or Spanish core term (found by
# scripts/audit_fuzzy_collisions.py): exact terms now, at their own score, whatever the fuzzy matcher reads.
_more("ro", E, 0.85, "erotice", "genitale", "organele genitale")
_more("it", E, 0.85, "erotici", "genitali", "organi genitali")
_more("pt", E, 0.85, "genitais", "orgaos genitais")
_more("es", E, 0.85, "genitales", "organos genitales")
_more("hr", E, 0.9, "genitalija", "genitalije", "penisa", "penis")
_more("pl", E, 0.9, "orgazm", "orgazmu", "penisa", "wagina", "waginy", "pornografii")
_more("tr", E, 0.9, "orgazm", "penisi", "vajina", "vajinasi")
_more("sl", E, 0.9, "penisa", "vajina", "penisu")
_more("cs", E, 0.9, "penisu", "vaginy", "pornografii")
_more("sk", E, 0.9, "penisu", "penise", "vaginy")
_more("hu", E, 0.9, "penisz", "pénisz", "peniszt")
_more("fr", U, 0.75, "deshabiller", "la deshabiller", "le deshabiller")

# --- 8. "dressed" negated (not dressed = naked) -------------------------------------------------------------------------
# The fuzzy matcher read Italian "vestita" (dressed) as "svestita" (undressed); it no longer does (nciiguard.text.fuzzy),
# and the requests that said "non vestita" / "per niente vestita" (not dressed at all), which it caught by that
# accident, are read here on purpose. A negated "dressed" followed by what one is dressed as, for or how is a costume
# or a dress code ("non vestita da strega", "pas habillée pour la pluie", "nicht passend angezogen").
#: language: (negations, dressed words, continuations that make it a costume or a dress code)
_NOT_DRESSED = {
    "it": ("non|per niente|niente affatto|per nulla|nemmeno|neanche|mica|non e|non era|non sono|non piu",
           "vestita|vestite|vestito|vestiti",
           "da|come|di|con|in|bene|male|elegante|eleganti|abbastanza|per|a|alla|al|uguale|uguali|cosi|tanto"),
    "es": ("no|nada|para nada|no esta|no estaba|ni siquiera|ya no",
           "vestida|vestidas|vestido|vestidos",
           "de|como|para|con|en|bien|mal|elegante|igual|asi|tan|a la|al|para la"),
    "pt": ("nao|nada|nem|nao esta|nao estava|ja nao|de jeito nenhum",
           "vestida|vestidas|vestido|vestidos",
           "de|como|para|com|em|bem|mal|elegante|igual|assim|tao|a|ao|na|no"),
    "fr": ("pas|non|pas du tout|plus|aucunement|n est pas|n'est pas|n est plus|n'est plus",
           "habillee|habillees|habille|habilles|vetue|vetues|vetu|vetus",
           "en|pour|comme|de|avec|bien|mal|chaudement|elegamment|correctement|assez|pareil|a la|au|ainsi"),
    "de": ("nicht|gar nicht|uberhaupt nicht|nicht mehr|keineswegs",
           "angezogen|bekleidet|angekleidet",
           "als|fur|wie|mit|gut|schlecht|passend|warm|richtig|genug|elegant|festlich|zum|zur|im|in"),
}
for _lang, (_neg, _dressed, _costume) in _NOT_DRESSED.items():
    PATTERNS_32.append((_lang, f"{{{_neg}}} {{{_dressed}}} !{{{_costume}}}", U, 0.8))
_more("it", N, 0.85, "vestita di niente", "vestite di niente", "vestita di nulla", "vestito di niente")
_more("it", U, 0.75, "poco vestita", "poco vestite", "pochissimo vestita", "appena vestita")
