"""Round 18 (issue 10): sexual words, undressing and idioms of nakedness outside English, imported by
build_sexual_lexicon.py.

Why: the retired held-out set v17 found the person in prompts of other languages whose sexual part the
lexicon did not read: an adjective in an inflection it lacked (German "erotisches", Polish "erotyczna"), a
porn-performer compound or a Greek loan written as one word ("porrskådespelerskas", "πορνοστάρ"), a
"sleeping with" idiom whose object is a stranger, a boss or a neighbour rather than the speaker, a separable
undressing verb with its person between verb and particle (Dutch "trek ... uit", Norwegian "kle ... av"), a
Korean undressing verb with a person object, a Hinglish "kapde remove kar do", and idioms of nakedness ("as
God made her", "in Adam's costume", "without a single stitch") in languages the lexicon had only some of.
Each class is written from the grammar of the language (2026-12-06), not copied from v17, and reaches past
its phrasings: other cases, genders, numbers, compounds, persons and languages.

Grading (the ``ncii`` profile reads explicit, nudity and euphemism at >= 0.5 as sexual):
- an "erotic" adjective in any inflection is ``explicit`` 0.8 (the base forms already are 0.85); Greek
  "ερωτικός" is left out: it also means "romantic, of love" (a love song);
- a porn compound is ``explicit`` 0.9 (the word names pornography whatever follows it);
- "sleeping with" a person is ``explicit`` 0.8: the object is a person noun or pronoun (never a book, a pet,
  a child), and the literal readings are cut by the tail ("... im Zelt", "... en el sofá", "... a dormir");
- undressing a person is ``nudity`` 0.8: the object is a pronoun, a role noun or a photo frame ("op de foto",
  "på bildet", "사진 속"), never a garment, a plug or a room ("trek de stekker uit", "kleed de kamer aan");
- an idiom that means nothing but nakedness is ``euphemism`` 0.8 (a birth, God's making, Adam's or Eve's
  costume, a single thread); Turkish "anadan doğma" (also "born-and-raised": "anadan doğma İstanbullu") is
  cleared by a near-exception in sexual_exceptions.tsv, not here;
- Ukrainian "гола" (naked) only with a Ukrainian place, pose or adverb: bare, it is also the Russian genitive of
  "гол" (a goal). A long person phrase before a photo frame ("zieh <person> auf dem Foto aus") is read by the
  intent grammar signals/text/undress_split.py, which can exclude things (a coat, a plug, a tree) in the window.
Rules match the folded view: Latin accents are stripped on both sides, "ß" is written "ss", the Turkish
dotless "ı" is written "i", Greek keeps its accents (and is also written without them, as people type it).
Twins kept clean are tests (tests/signals/test_sexual_world_round18.py).
"""

from __future__ import annotations

E, N, U = "explicit", "nudity", "euphemism"


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


def _alts(*parts: str) -> str:
    return "{" + "|".join(p for part in parts for p in part.split("|")) + "}"


# --- 1. words: "erotic" in every inflection, porn compounds (a trailing "*" is a prefix term) ---------------
_WORDS: dict[str, dict[str, str]] = {
    E: {
        # "erotisch" is in the lexicon; its declined forms (erotische, erotischen, erotischer, erotisches,
        # erotischem) were not. A prefix term reads them all, and Dutch "erotische" too.
        "de": "erotisch*|erotik*",
        "nl": "erotisch*|erotiek",
        "da": "erotisk*",  # erotisk, erotiska, erotiskt (sv), erotiske (da, no)
        "pl": "erotyczn*|erotyk*",  # erotyczny, erotyczna, erotyczne, erotycznego, erotycznych; erotyk, erotyki
        "cs": "erotick*|erotik*",  # erotický, erotická, erotické, erotickou; erotika, erotiku
        "sk": "erotick*",
        "hr": "erotsk*|erotičn*",  # erotski, erotska, erotske (hr, sr, bs); sl erotičen, erotična
        "fi": "eroottis*|eroottinen",  # eroottinen, eroottisen, eroottisia, eroottista
        "lt": "erotin*",
        "et": "erootili*",
        "uk": "еротичн*|еротик*",  # еротичне, еротичного, еротичні; bg еротична, еротичен
        "bg": "еротичен|еротична|еротично|еротични",
        # porn as the first part of a compound: -star, -scene, -actress, -model ... in any case
        # (a bare "porno*" prefix would also take "pornogrxphy" from the fuzzy matcher, which names the word it meant)
        "es": "|".join(f"porno{x}*" for x in (
            "star|stjern|stjärn|ster|szen|scen|scèn|scén|jelenet|darstell|aktor|aktris|actri|actor|atriz|attric|attor"
            "|herec|hereč|herc|hvězd|gwiazd|színész|model|video|videó|klip|clip|foto|fotó|bild|kép|zdjęc|sahne|yıldız"
            "|film|dreh|casting|sajt|site|seite|moment|szín|imag|scena|scenę|sceně|escena|cena|jelenet").split("|")),
        "ru": "порно*",  # порнозвезда, порноактриса, порносцена, порнозірка, порномодель ...
        "el": "πορνο*|πορνό*|πορνοστάρ|πορνοσταρ|πορνό σταρ|πορνο σταρ|πορνοηθοποιός|πορνοηθοποιος|ηθοποιός πορνό"
              "|ηθοποιος πορνο|σκηνή πορνό|σκηνη πορνο|ταινία πορνό|ταινια πορνο",
        # Swedish writes porn "porr" in compounds; "porr" alone is too short to be a prefix (Danish and
        # Norwegian "porre" is a leek), so the compounds are listed with their inflections.
        "sv": "porrskådespelersk*|porrskadespelersk*|porrskådespelar*|porrskadespelar*|porrstjärn*|porrstjarn*"
              "|porrfilm*|porrscen*|porrvideo*|porrbild*|porrfoto*|porrklipp*|porrmodell*|porrinspelning*"
              "|porrtidning*|porrsajt*|porrbransch*|porrfilmsinspelning*",
        "ko": "포르노 배우|포르노배우|포르노 스타|포르노스타|야동 배우|야동배우|야동 장면|야동장면|포르노 장면|포르노장면",
    },
}

# Italian "sgnuda" is a playful respelling of "nuda" (a prefixed "s-" and a softened "gn"), in every gender and number
_WORDS[N] = {"it": "sgnud*|sgnudat*"}

# --- 2. idioms of nakedness (euphemism 0.8): a birth, God's making, Adam's and Eve's costume, a single thread ----
_IDIOMS: dict[str, str] = {
    "el": "με τα αδαμιαία|με τα αδαμιαια|με τα αδαμιαία της|με τα αδαμιαία του|αδαμιαία περιβολή|αδαμιαια περιβολη"
          "|με την αδαμιαία περιβολή|με την αδαμιαια περιβολη|όπως τη γέννησε η μάνα της|οπως τη γεννησε η μανα της"
          "|όπως τον γέννησε η μάνα του|οπως τον γεννησε η μανα του|όπως την γέννησε η μητέρα της"
          "|όπως τη γέννησε η μητέρα της|χωρίς ούτε μια κλωστή|χωρις ουτε μια κλωστη|χωρίς ούτε ένα ρούχο"
          "|χωρις ουτε ενα ρουχο|όπως την έπλασε ο θεός|οπως την επλασε ο θεος|όπως τον έπλασε ο θεός",
    "sv": "som gud skapade henne|som gud skapade honom|som gud skapade dem|som gud skapade mig|som gud har skapat henne"
          "|i adamskostym|i evakostym|i adamsdräkt|i evadräkt|utan en tråd på kroppen|utan en tråd på sig"
          "|som hon kom till världen|som han kom till världen|spritt språngande naken|spritt naken",
    "no": "som gud skapte henne|som gud skapte ham|som gud skapte han|som gud skapte dem|i adamsdrakt|i evadrakt"
          "|i adamskostyme|i evakostyme|uten en tråd på kroppen|sånn som hun kom til verden|slik hun kom til verden"
          "|splitter naken|splitternaken",
    "da": "som gud skabte hende|som gud skabte ham|som gud skabte dem|i adamskostume|i evakostume"
          "|uden en trævl på kroppen|uden en trævl|som hun kom til verden|splitternøgen|splitter nøgen",
    "de": "wie gott sie schuf|wie gott ihn schuf|wie gott sie geschaffen hat|wie gott ihn geschaffen hat"
          "|wie gott mich schuf|im evaskostüm|im adamskostum|ohne einen faden am leib|ohne einen fetzen am leib"
          "|ohne faden am leib|splitterfasernackt|splitternackt|pudelnackt|wie ihre mutter sie geboren hat",
    "nl": "zoals god haar schiep|zoals god hem schiep|zoals god haar gemaakt heeft|zoals god hem gemaakt heeft"
          "|zoals god haar geschapen heeft|zoals god hem geschapen heeft|in evakostuum|in evaskostuum"
          "|zonder een draad aan het lijf|zonder een draad aan haar lijf|zonder een draadje aan|in haar nakie"
          "|in zijn nakie|in z'n nakie|in z n nakie|in je nakie|poedelnaakt|spiernaakt|moedernaakt",
    "fr": "comme dieu l'a faite|comme dieu l a faite|telle que dieu l'a faite|telle que dieu l a faite"
          "|comme dieu l'a fait|dans le plus simple appareil|nue comme un ver|nu comme un ver|en tenue d'adam"
          "|en tenue d adam|en costume d'ève|en costume d'adam|comme sa mère l'a faite|sans un fil sur le corps",
    "es": "como su madre la trajo al mundo|como su madre lo trajo al mundo|como dios lo trajo al mundo"
          "|en traje de eva|en traje de adán|en cueros|en pelota picada|sin un hilo encima|sin un hilo de ropa encima",
    "pt": "como deus a fez|como deus o fez|como deus a criou|como a mãe a pôs no mundo|como veio ao mundo"
          "|nua em pelo|nu em pelo|em trajes de eva|em trajes de adão|sem um fio de roupa|sem um fiapo de roupa",
    "it": "come dio l'ha fatta|come dio l ha fatta|come dio l'ha fatto|come sua madre l'ha fatta|nuda come un verme"
          "|nudo come un verme|senza un filo addosso|senza un filo di stoffa|in costume adamitico|ignuda|ignudo"
          "|ignude|ignudi",
    "pl": "jak go pan bóg stworzył|jak ją bóg stworzył|jak go bóg stworzył|w stroju ewy|w stroju adama"
          "|jak ją matka urodziła|jak go matka urodziła|bez jednej nitki na sobie|golusieńka|golusieńki",
    "cs": "jak ji pánbůh stvořil|jak ho pánbůh stvořil|jak ji bůh stvořil|v rouše evině|v rouše adamově"
          "|jak ji matka porodila|bez jediné nitky",
    "ru": "в костюме евы|в костюме адама|в чем мать родила|без единой нитки|без единой ниточки|в неглиже"
          "|как мать родила",
    "uk": "в костюмі єви|у костюмі єви|в костюмі адама|у костюмі адама|у чому мати народила|без жодної нитки",
    "hu": "ahogy isten megteremtette|ahogy az isten megteremtette|ádámkosztümben|évakosztümben|anyaszült meztelen"
          "|anyaszült meztelenül|egy szál ruha nélkül",
    "ro": "cum a făcut-o mama ei|cum l-a făcut mama lui|cum a lăsat-o dumnezeu|în costumul evei|în costumul lui adam"
          "|goală pușcă|gol pușcă|fără un fir pe ea",
    "hi": "बिना एक भी कपड़े के|बिना एक भी कपडे के|तन पर एक भी कपड़ा|बदन पर एक भी कपड़ा"
          "|शरीर पर एक भी कपड़ा|बिना किसी कपड़े के|बिना कपड़े के|बगैर कपड़ों के|बगैर कपड़े के|बिना कपड़ों के|बिना कपडों के"
          "|जैसे भगवान ने उसे बनाया",
}
# Hinglish written in Latin letters (the same language code; a second block because "hi" is taken above)
_IDIOMS_LATN: dict[str, str] = {
    "hi": "bina ek bhi kapde ke|tan pe ek bhi kapda|tan par ek bhi kapda|bina kapde ke"
          "|bina kapdo ke|bina kapdon ke|bina kapde pehne|bagair kapdon ke|badan pe ek bhi kapda",
}
_IDIOMS_MORE: dict[str, str] = {
    "ar": "كما خلقها الله|كما خلقه الله|كما خلقتها|كما ولدتها امها|بدون أي قطعة ملابس|دون أي قطعة ملابس",
    "he": "כמו שאלוהים ברא אותה|כמו שאלוהים ברא אותו|בלי חוט אחד עליה",
    "ja": "一糸まとわぬ|一糸纏わぬ|一糸もまとわぬ|一糸まとわない|生まれたままの姿で",
    "ko": "실오라기 하나 걸치지|실오라기 하나 없이|실오라기 하나 안 걸친|실오라기도 안 걸친|홀딱 벗은|홀딱 벗겨|발가벗",
    "zh": "一絲不掛|赤身裸體|赤身裸体|光溜溜的身体|光溜溜的身體|脱得精光|脫得精光|脱得一丝不挂",
    "tr": "çırılçıplak|cirilciplak|doğduğu gibi çıplak|üzerinde tek bir iplik bile olmadan",
    "id": "seperti saat dilahirkan|seperti baru lahir tanpa busana|tanpa sehelai benang pun",
}

# --- 3. sleeping with a person (explicit 0.8): a verb whose plain sense is going to bed, with a person object --
# Person objects per language: strangers, roles and relations (never a pet, a book, a child or a parent, whose
# company in bed is literal), with the determiners in front.
_FR_PERSON = ("inconnu|inconnue|inconnus|étranger|étrangère|voisin|voisine|voisins|collègue|collègues|patron|patronne"
              "|chef|prof|professeur|professeure|mari|copain|copine|ami|amie|amis|mec|mecs|type|types|homme|hommes"
              "|garçon|garçons|client|cliente|clients|ex|beau-frère|belle-sœur|meilleur ami|meilleure amie|pote|livreur"
              "|plombier|coach|entraîneur|stagiaire|secrétaire|médecin|infirmière|infirmier|étudiant|étudiante|élève"
              "|amant|maîtresse|boss|manager|directeur|directrice|serveur|serveuse|prof de yoga|gars")
_ES_PERSON = ("desconocido|desconocida|desconocidos|extraño|extraña|vecino|vecina|vecinos|compañero|compañera|colega"
              "|jefe|jefa|profesor|profesora|marido|esposo|esposa|novio|novia|amigo|amiga|amigos|hombre|hombres|chico"
              "|chica|chicos|cliente|clienta|ex|cuñado|cuñada|entrenador|entrenadora|alumno|alumna|médico|médica"
              "|enfermera|enfermero|secretaria|repartidor|fontanero|tipo|tipos|amante|camarero|camarera|mejor amigo"
              "|mejor amiga|director|directora|becario|becaria|instructor|instructora")
_PT_PERSON = ("desconhecido|desconhecida|estranho|estranha|vizinho|vizinha|colega|chefe|patrão|patroa|professor"
              "|professora|marido|namorado|namorada|amigo|amiga|homem|homens|cara|caras|cliente|ex|cunhado|cunhada"
              "|personal|treinador|aluno|aluna|médico|médica|enfermeira|secretária|entregador|encanador|amante"
              "|garçom|garçonete|melhor amigo|melhor amiga|diretor|diretora|estagiário|estagiária")
_IT_PERSON = ("sconosciuto|sconosciuta|estraneo|estranea|vicino|vicina|collega|capo|capa|professore|professoressa"
              "|marito|fidanzato|fidanzata|ragazzo|ragazza|amico|amica|uomo|uomini|tizio|cliente|ex|cognato|cognata"
              "|allenatore|allenatrice|studente|studentessa|medico|infermiera|segretaria|fattorino|idraulico|amante"
              "|cameriere|cameriera|migliore amico|migliore amica|direttore|direttrice|stagista|istruttore")
_DE_PERSON = ("fremden|fremder|unbekannten|unbekannter|nachbarn|nachbarin|kollegen|kollegin|chef|chefin|boss"
              "|lehrer|lehrerin|professor|professorin|mann|freund|freundin|kumpel|kerl|typen|typ|kunden|kundin|ex"
              "|schwager|schwägerin|trainer|trainerin|schüler|schülerin|arzt|ärztin|krankenschwester|pfleger"
              "|sekretärin|lieferanten|klempner|liebhaber|geliebten|kellner|kellnerin|besten freund|besten freundin"
              "|direktor|direktorin|praktikanten|praktikantin|männern|vorgesetzten|vermieter|vermieterin")
_NL_PERSON = ("vreemde|vreemdeling|onbekende|buurman|buurvrouw|buren|collega|baas|bazin|chef|leraar|lerares"
              "|docent|docente|man|vriend|vriendin|gast|kerel|klant|ex|zwager|schoonzus|trainer|coach|student"
              "|studente|dokter|arts|verpleegster|verpleger|secretaresse|bezorger|loodgieter|minnaar|minnares"
              "|ober|serveerster|beste vriend|beste vriendin|directeur|stagiair|stagiaire|mannen|leidinggevende")
_SCAND_PERSON = ("chef|chefen|sjef|sjefen|kollega|kollegan|kollegaen|kollega|granne|grannen|nabo|naboen|främling"
                 "|fremmed|fremmede|lärare|läraren|lærer|læreren|lærerinne|vän|venn|vennen|veninde|väninna|kompis"
                 "|kompisen|kille|killen|fyr|fyren|man|mannen|mand|manden|pojkvän|kjæreste|kæreste|kund|kunde|kunden"
                 "|ex|svåger|svoger|trainer|tränare|tränaren|trener|treneren|läkare|lege|legen|læge|sköterska"
                 "|sykepleier|sygeplejerske|sekreterare|sekretær|rörmokare|rørlegger|blikkenslager|älskare|elsker"
                 "|elskeren|bästa vän|beste venn|bedste ven|direktör|direktør|praktikant|praktikanten|okänd|ukjent"
                 "|ukendt|främlingen|chefen sin|sjefen sin|kollegaen sin|naboen sin|mannen sin")
_PL_PERSON = ("szefem|szefową|sąsiadem|sąsiadką|nieznajomym|nieznajomą|obcym|kolegą|koleżanką|nauczycielem"
              "|nauczycielką|chłopakiem|dziewczyną|klientem|klientką|facetem|trenerem|trenerką|lekarzem"
              "|pielęgniarką|sekretarką|kurierem|hydraulikiem|kochankiem|kochanką|kelnerem|kelnerką|dyrektorem"
              "|dyrektorką|stażystą|stażystką|przyjacielem|przyjaciółką|szwagrem|szwagierką|studentem|studentką"
              "|nim|nią|dwoma facetami|kimś|byłym|byłą|profesorem|wykładowcą")
_RU_PERSON = ("начальником|боссом|шефом|соседом|соседкой|незнакомцем|незнакомкой|коллегой|учителем|учительницей"
              "|преподавателем|парнем|девушкой|клиентом|клиенткой|мужиком|тренером|тренершей|врачом"
              "|медсестрой|секретаршей|курьером|сантехником|любовником|любовницей|официантом|официанткой"
              "|директором|директрисой|стажером|стажёром|другом|подругой|бывшим|бывшей|профессором|студентом"
              "|студенткой|ним|ней|двумя мужчинами|кем-то|первым встречным")
_CS_PERSON = ("šéfem|šéfovou|sousedem|sousedkou|cizincem|cizinkou|neznámým|neznámou|kolegou|kolegyní|učitelem"
              "|učitelkou|přítelem|přítelkyní|klientem|klientkou|chlapem|trenérem|trenérkou|doktorem|lékařem"
              "|sestřičkou|sekretářkou|kurýrem|instalatérem|milencem|milenkou|číšníkem|servírkou|ředitelem"
              "|ředitelkou|stážistou|kamarádem|kamarádkou|bývalým|bývalou|profesorem|studentem|studentkou|ním|ní"
              "|dvěma chlapy|někým")
_UK_PERSON = ("начальником|босом|шефом|сусідом|сусідкою|незнайомцем|незнайомкою|колегою|вчителем|вчителькою"
              "|викладачем|хлопцем|дівчиною|клієнтом|тренером|лікарем|медсестрою|секретаркою|кур'єром"
              "|сантехніком|коханцем|коханкою|офіціантом|директором|другом|подругою|колишнім|колишньою|ним|нею")
_TR_PERSON = ("patronuyla|patronu ile|komşusuyla|komsusuyla|bir yabancıyla|yabancıyla|yabanciyla|iş arkadaşıyla"
              "|is arkadasiyla|arkadaşıyla|arkadasiyla|öğretmeniyle|ogretmeniyle|hocasıyla|hocasiyla|sevgilisiyle"
              "|kocasıyla|kocasiyla|müşterisiyle|musterisiyle|müdürüyle|muduruyle|antrenörüyle|antrenoruyle"
              "|doktoruyla|eski sevgilisiyle|bir adamla|adamla|biriyle|onunla|iki adamla|kuryeyle|garsonla|tesisatçıyla")

_DETS = {
    "fr": "un|une|son|sa|ses|mon|ma|mes|ton|ta|tes|le|la|les|l'|deux|trois|plusieurs|des|cet|cette|ce|notre|leur|",
    "es": "un|una|el|la|los|las|su|sus|mi|mis|tu|tus|dos|tres|varios|este|esta|ese|esa|aquel|aquella|nuestro|nuestra|",
    "pt": "um|uma|o|a|os|as|seu|sua|meu|minha|teu|tua|dois|três|vários|esse|essa|este|esta|aquele|aquela|",
    "it": "il|la|lo|l'|un|una|uno|suo|sua|mio|mia|tuo|tua|il suo|la sua|il mio|la mia|due|tre|quel|quella|",
    "de": "einem|einer|ihrem|ihrer|seinem|seiner|meinem|meiner|deinem|deiner|dem|der|den|zwei|drei|mehreren|diesem|dieser|",
    "nl": "een|de|het|haar|zijn|mijn|je|jouw|twee|drie|die|deze|",
    "sc": "sin|sina|hennes|hans|min|mitt|din|en|ett|et|två|to|",
}

_SLEEP_WITH: list[tuple[str, str, str, str]] = [
    # (language, verbs, preposition, person slot) + a tail where the bed is only a bed
    ("fr", "coucher|couche|couches|couchent|couchant|couchait|couchaient|couchera|coucherait|couché|couchée|couchés",
     "avec", f"{_alts(_DETS['fr'])} {_alts(_FR_PERSON)}"),
    ("es", "acostándose|acostandose|acostarse|se acuesta|se acostó|se acosto|se acostaba|se acostará|se acostaria"
           "|se acostaría|se está acostando|se esta acostando|acostada|acostado|se acuestan|acostándote",
     "con", f"{_alts(_DETS['es'])} {_alts(_ES_PERSON)}"),
    ("pt", "transando|transou|transa|transar|transava|indo pra cama|foi pra cama|vai pra cama|foi para a cama"
           "|vai para a cama|indo para a cama",
     "com", f"{_alts(_DETS['pt'])} {_alts(_PT_PERSON)}"),
    # "dormir com" is also a night beside a spouse: only with someone who is not one
    ("pt", "dormindo|dormiu|dorme|dormir|dormia|dormiria", "com",
     f"{_alts(_DETS['pt'])} {_alts('|'.join(p for p in _PT_PERSON.split('|') if p not in ('marido', 'namorado', 'namorada')))}"),
    ("it", "va a letto|vanno a letto|andare a letto|andata a letto|andato a letto|andava a letto|finisce a letto"
           "|finita a letto|finito a letto|scopa|scopando|scopare|scopava|fa l'amore|fa l amore|fare l'amore"
           "|fare l amore|facendo l'amore|facendo l amore",
     "con", f"{_alts(_DETS['it'])} {_alts(_IT_PERSON)}"),
    ("de", "schläft|schlief|schlafen|schläfst|schlafend|geschlafen|treibt es|trieb es|treiben es|es treibt|vögelt"
           "|vogelt|bumst",
     "mit", f"{_alts(_DETS['de'])} {_alts(_DE_PERSON)}"),
    ("nl", "slaapt|sliep|slapen|geslapen|vrijt|vrijen|vrijde|vrijend|ligt te vrijen|ligt te rollebollen",
     "met", f"{_alts(_DETS['nl'])} {_alts(_NL_PERSON)}"),
    ("sv", "ligger|låg|ligga|legat|ligge|lå|ligget|går i säng|gick i säng|gå i säng|går i seng|gik i seng|gå i seng"
           "|går til sengs|gikk til sengs|har sex|hade sex|knullar|knepper",
     "med", f"{_alts(_DETS['sc'])} {_alts(_SCAND_PERSON)}"),
    ("pl", "sypia|sypiała|sypiał|sypiać|sypiają|przespała się|przespał się|prześpij się|przespać się|idzie do łóżka"
           "|poszła do łóżka|poszedł do łóżka|uprawia seks|uprawiała seks|pieprzy się|bzyka się",
     "z", _alts(_PL_PERSON)),
    ("ru", "спит|спала|спал|спят|переспала|переспал|переспать|переспит|переспали|трахается|трахалась"
           "|занимается сексом|занималась сексом|ложится в постель|легла в постель",
     "{с|c|со|co}", _alts(_RU_PERSON)),
    ("cs", "spí|spala|spal|spát|vyspala se|vyspal se|vyspí se|vyspat se|se vyspala|se vyspal|chodí do postele"
           "|šla do postele|souloží|miluje se|milovala se",
     "{s|se}", _alts(_CS_PERSON)),
    ("uk", "спить|спала|спав|переспала|переспав|переспати|кохається|кохалася|займається сексом|лягла в ліжко", "з",
     _alts(_UK_PERSON)),
]
#: Where the bed is only a bed: a place, a nap, the night's sleep, a tent on a school trip.
_SLEEP_TAIL = {
    "fr": "sur le canapé|sur le canape|dans la tente|à l'hôtel|pour dormir|la sieste|dans la même chambre|tôt|tot",
    "es": "en el sofá|en el sofa|en el sillón|en el sillon|en la hamaca|en el suelo|a dormir|para dormir|la siesta"
          "|en la tienda|temprano",
    "pt": "no sofá|no sofa|na rede|no chão|no chao|na barraca|pra dormir|para dormir|cedo|no hospital",
    "it": "sul divano|in tenda|per dormire|presto|in ospedale",
    "de": "im|in|auf|unter|neben|zusammen|ein|zelt|einem zimmer|einem bett",
    "nl": "in|op|naast|onder|samen",
    "sv": "i soffan|på stranden|pa stranden|och sover|och vilar|i sofaen|på sofaen|og sover|i tältet|i teltet|i sengen"
          "|på sjukhus|på hospitalet",
    "pl": "w namiocie|w jednym pokoju|w szpitalu|na kanapie",
    "cs": "ve stanu|v jednom pokoji|v nemocnici|na gauči|na gauci|v posteli|v jedné posteli",
    "ru": "в палатке|в одной комнате|в больнице|на диване|в одной палате",
    "uk": "в наметі|в одній кімнаті|в лікарні|на дивані",
}

PATTERNS_18: list[tuple[str, str, str, float]] = []
for _lang, _verbs, _prep, _person in _SLEEP_WITH:
    PATTERNS_18.append((_lang, f"{_alts(_verbs)} {_prep} {_person} !{_alts(_SLEEP_TAIL[_lang])}", E, 0.8))
# "переспала с", "переспала з" (slept with, once): the verb has no other sense, any object
PATTERNS_18.append(("ru", "{переспала|переспал|переспать|переспит|переспали|переспи} {с|c|со|co}", E, 0.8))
PATTERNS_18.append(("uk", "{переспала|переспав|переспати|переспить|переспали} {з|зі|із}", E, 0.8))
# Dutch "gaat met een vreemde naar bed" (the person between "met" and "naar bed")
PATTERNS_18.append(("nl", f"{{gaat|ging|gaan|gegaan|gingen|wil}} met {_alts(_DETS['nl'])} {_alts(_NL_PERSON)} naar bed", E, 0.8))
# German "geht mit ihrem Chef ins Bett", "landet mit dem Nachbarn in der Kiste"
PATTERNS_18.append(("de", f"{{geht|ging|gehen|gegangen|landet|landete|gelandet|steigt|stieg}} mit {_alts(_DETS['de'])} "
                          f"{_alts(_DE_PERSON)} {{ins bett|in die kiste|in der kiste|in die federn}}", E, 0.8))
# Turkish puts the person first ("patronuyla yatıyor": she sleeps with her boss)
PATTERNS_18.append(("tr", f"{_alts(_TR_PERSON)} {{yatıyor|yatti|yattı|yatarken|yatan|yatmış|yatmis|yatmak|yatsın|yatsin"
                          "|yatağa giriyor|yatağa girdi|yatağa giren|sevişiyor|sevişti|sevişirken|sevişen|birlikte oluyor}"
                          " !{aynı odada|ayni odada|hastanede|çadırda|cadirda|erkenden}", E, 0.8))

# --- 4. separable and split undressing verbs with a person object (nudity 0.8) ------------------------------
# Dutch "trek haar (helemaal) uit", "trek mijn buurvrouw helemaal uit": a pronoun or a role noun between verb and
# particle; "uit de auto/het water" (pull her out of the car) is a rescue, cut by the tail.
_NL_ROLE = ("buurvrouw|buurman|collega|vriendin|zus|zusje|lerares|juf|leraar|docente|baas|bazin|vrouw|meisje|dame"
            "|schoonzus|nicht|stiefzus|klasgenote|huisgenote|ex|vriendinnetje|moeder|secretaresse|serveerster|studente")
_NL_TAIL = "de|het|een|je|zijn|haar|mijn|dat|die|deze|bed|zee|water|auto|bad"
PATTERNS_18.append(("nl", "{trek|trekt|trok|kleed|kleedt|kleedde} {haar|mijn|de|onze|jouw|je|die|deze|} "
                          f"{_alts(_NL_ROLE)} {{helemaal|volledig|compleet|totaal|maar|eens|even|}} uit "
                          f"!{_alts(_NL_TAIL)}", N, 0.8))
PATTERNS_18.append(("nl", "{trek|trekt|trok|kleed|kleedt|kleedde} haar {helemaal|volledig|compleet|totaal|maar|eens|even|} "
                          f"uit !{_alts(_NL_TAIL)}", N, 0.8))
# Polish and Czech/Slovak aspect pairs of "undress" ("rozbieraj/rozbierz", "svlékej/svleč", "vyzliekaj/vyzleč"):
# they also mean "take apart" (an engine, a wardrobe), so the object is a pronoun or a person noun in the
# accusative; a long person phrase before a photo frame is read by signals/text/undress_split.py
_PL_UNDRESS = ("rozbieraj|rozbierajcie|rozbierz|rozbierzcie|rozbierać|rozebrać|rozbiera|rozbierają|rozbierając|rozdziej"
               "|rozdziejcie|rozdziać|rozdziewa|rozbierze|rozbierzesz")
_PL_OBJ = ("ją|go|je|ich|sąsiadkę|koleżankę|dziewczynę|żonę|siostrę|nauczycielkę|szefową|kuzynkę|modelkę|kobietę|panią"
           "|przyjaciółkę|byłą|sekretarkę|pielęgniarkę|kelnerkę|studentkę|współlokatorkę|bratową|szwagierkę|teściową")
_CS_UNDRESS = ("svlékat|svlekat|svlékej|svlékejte|svléknout|svlékni|svlékněte|svleč|svlečte|svlékla|vyzleč|vyzlečte"
               "|vyzliekaj|vyzliecť|vyzliekajte|vyzlečie")
_CS_OBJ = ("ji|ho|je|ju|kolegyni|kolegyňu|sousedku|susedku|přítelkyni|priateľku|ženu|sestru|učitelku|učiteľku|šéfovou"
           "|holku|modelku|kamarádku|kamarátku|sekretářku|sestřičku|servírku|studentku|spolubydlící|švagrovou|bývalou")
PATTERNS_18.append(("pl", f"{_alts(_PL_UNDRESS)} {_alts(_PL_OBJ)}", N, 0.8))
PATTERNS_18.append(("cs", f"{_alts(_CS_UNDRESS)} {{moji|mou|tu|naši|svou|svoju|moju|}} {_alts(_CS_OBJ)}", N, 0.8))
# Ukrainian "гола" (naked, fem.) is also the Russian genitive of "гол" (a goal: "после гола"), so it is read
# only with a Ukrainian place, pose or adverb: "гола на ліжку", "лежить гола", "зовсім гола"
_UK_NAKED = "гола|голий|голе|голі|голою|голим|голими|голенька|голенький|голісінька|голісінький"
_UK_PLACE = ("ліжку|готельному ліжку|дивані|пляжі|кухні|балконі|підлозі|простирадлі|фото|фотографії|знімку|селфі|камеру"
             "|камері|сцені|столі|траві|піску|снігу|вулиці|подушках|канапі")
_UK_IN = "душі|ліжку|ванній|ванні|басейні|сауні|спальні|готелі|номері|офісі|роздягальні|лазні|джакузі|морі|річці|озері"
PATTERNS_18.append(("uk", f"{_alts(_UK_NAKED)} {{на|у|в|y|b}} {{моєму|своєму|нашому|цьому|тому|}} {_alts(_UK_PLACE, _UK_IN)}",
                    N, 0.8))
PATTERNS_18.append(("uk", "{зовсім|повністю|цілком|абсолютно|геть|майже|цілковито} " f"{_alts(_UK_NAKED)}", N, 0.8))
PATTERNS_18.append(("uk", "{лежить|стоїть|сидить|позує|танцює|спить|ходить|купається|фотографується|плаває"
                          f"|лежала|стояла|сиділа|позувала|танцювала|спала|ходила|купалася}} {_alts(_UK_NAKED)}", N, 0.8))
PATTERNS_18.append(("uk", f"{_alts(_UK_NAKED)} {{лежить|стоїть|сидить|позує|танцює|спить|ходить|купається|фотографується"
                          "|лежала|стояла|сиділа|позувала|танцювала|спала|ходила|купалася}", N, 0.8))
# Norwegian "kle av henne", "kle henne av", Danish "klæd hende af", Swedish "klä av henne" (sv is read elsewhere)
PATTERNS_18.append(("no", "{kle|kler|kledde|kledd|klæd|klæder|klædte|klæ} {av} {henne|ham|han|dem} "
                          "!{juletreet|treet|sengen|senga|møblene|mobelene|sofaen|dukken|dokken}", N, 0.8))
PATTERNS_18.append(("no", "{kle|kler|kledde|klæd|klæder|klædte|klæ} {henne|ham|han|dem|hende} {helt|fullstendig|helt og holdent|"
                          "} {av|af}", N, 0.8))
PATTERNS_18.append(("no", "{ta|tar|fjern|fjerne|fjerner|tag|tager} {av henne|av ham|af hende|af ham|} {alle|alt|} "
                          "{klærne hennes|klærne hans|hennes klær|hans klær|tøjet hendes|hendes tøj|hans tøj|tøjet hans"
                          "|klærne til|tøjet på} !{i vaskemaskinen|fra snora|fra tørkestativet|i skapet|fra tørresnoren}",
                    N, 0.8))
# Korean "벗겨줘" (take off / peel off) with a person object; "사과 껍질 벗겨줘" (peel the apple) has no person
_KO_PERSON = ("그녀를|그녀|그를|여자를|여자|여친을|여친|여자친구를|여자친구|아내를|와이프를|누나를|언니를|동생을|동료를"
              "|친구를|선생님을|이웃을|이웃집 여자를|옆집 여자를|이 여자를|그 여자를|저 여자를|이 사람을|그 사람을|걔를"
              "|얘를|쟤를|직장 동료를|여동생을|사촌을|선배를|후배를|여사친을|전여친을|전 여자친구를|모델을|아이돌을")
# Hangul terms match the start of a token, so "벗겨" reads 벗겨줘, 벗겨주세요, 벗겨봐, 벗겨버려 and "벗기" reads 벗기고,
# 벗기기; rules fold Hangul into its letters and cannot be used, so the phrases are plain terms (person x adverb).
_KO_STRIP = "벗겨|벗기|다 벗겨|전부 벗겨|완전히 벗겨|모두 벗겨|홀딱 벗겨|싹 벗겨|다 벗기"
# Hinglish "X ke kapde remove kar do", "uske kapde delete karo": an owner before the clothes, an edit verb after
PATTERNS_18.append(("hi", "{ke|ki|uske|uski|iske|iski|unke|inke|apni|uss ke|is ke|us ke} "
                               "{kapde|kapda|kapdey|kapre|kapray|kapdon|kapdo|kapde sab|sare kapde|saare kapde|sab kapde"
                               "|clothes|dress|cloths} "
                               "{remove|delete|erase|gayab|gaayab|utaar|utar|utaaro|utaro|uda|udao|vanish|gum} "
                               "{kar do|kardo|karo|kr do|krdo|kar de|karde|kar dena|kar dijiye|kijiye|do|de|dena|dijiye|}",
                    N, 0.8))

# The folded view reads Turkish dotless "ı" as "i" and "ß" as "ss"; rule folding only strips marks.
PATTERNS_18 = [(lang, rule.replace("ı", "i").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe"), grade, score)
               for lang, rule, grade, score in PATTERNS_18]

#: Phrase-terms (not rules) by language and grade.
MORE_18: dict[str, dict[str, list[tuple[str, float]]]] = {}


def _add(lang: str, grade: str, forms: str, score: float) -> None:
    MORE_18.setdefault(lang, {}).setdefault(grade, []).extend(_w(forms, score))


for _lang, _forms in _WORDS[E].items():
    # porn compounds name pornography; the "erotic" adjectives are one step below the base forms
    _add(_lang, E, _forms, 0.9 if ("porn" in _forms or "порн" in _forms or "πορν" in _forms or "포르노" in _forms
                                   or "porr" in _forms) else 0.8)
for _lang, _forms in _WORDS[N].items():
    _add(_lang, N, _forms, 0.8)
_add("ko", N, "|".join(f"{p} {v}" for p in _KO_PERSON.split("|") for v in _KO_STRIP.split("|")), 0.8)
for _block in (_IDIOMS, _IDIOMS_LATN, _IDIOMS_MORE):
    for _lang, _forms in _block.items():
        _add(_lang, U, _forms, 0.8)
