"""Round 21 (issue 10): sexual requests outside English; imported by build_sexual_lexicon.py.

Why: the development set v20 asked, outside English, for nude or "intimate" pictures of named and private people
in grammar the lexicon lacked. The classes are written from each language's grammar and its equivalents in the
other big languages, not copied from v20:

1. an inflection gap of "intimate photo(s) of": the singular ("foto íntima de", "photo intime de", "foto intima di",
   "intimes Foto von", "intieme foto van", "intymne zdjęcie", uk "інтимне фото", ru "интимную фотографию");
   round 12 listed only the plural of most. A family, wedding or couple portrait ("foto íntima da família",
   "photo intime du mariage") and an intimate dinner stay clean;
2. "fake / leaked intimate photo" in Korean ("가짜 은밀한 사진"), Vietnamese "ảnh nhạy cảm" (sensitive photo: the usual
   word for a leaked nude), Turkish "mahrem fotoğraf", Arabic "صورة حميمة";
3. "totally naked" in the masculine ("corpo totalmente nu": Portuguese "nu" is also "bare", so only after the body
   noun or an adverb of totality); German "Körper komplett nackt" is already read;
4. "without a bra and without anything" ("ohne BH und ohne alles", "zonder bh en zonder iets", "senza reggiseno");
   "ohne alles" alone is a kebab order ("Döner ohne alles") and stays clean;
5. "with nothing on" in Dutch ("zonder iets aan", not "zonder iets aan te raken / te passen"), Hindi
   "बिना कुछ पहने" (not "बिना कुछ कहे", "without saying anything"), Indonesian "tanpa mengenakan apa-apa"
   and "polosan tanpa apa-apa" before a photo word (not "roti polosan", a plain bun), Egyptian Arabizi
   "bdoon hdoom" (without clothes);
6. posing "without anything" ("posieren ..., ohne alles", "poser sans rien", "posar sem nada"): the pretext of a
   life-drawing class; a first state then "without" ("en sous-vêtements puis sans", "in Dessous und dann ohne");
7. "as mother brought her into the world" (pt "do jeitinho que a mãe pôs no mundo"), Japanese "生まれた日の格好"
   (dressed as on the day she was born), "何も着せずに撮った" (photographed wearing nothing), "服なしの画像"
   (an image without clothes), Korean "태초의 모습 그대로인" (as at the dawn of time) before anything but a
   landscape ("태초의 모습 그대로인 숲" is a pristine forest), Korean "옷x" (clothes: none);
8. a peach emoji then "without anything" ("🍑 sem nadinha", "🍑 sans rien"); French "à poilou" (à poil);
9. a bra left off in Arabic ("بدون حمالة صدر") and Italian ("senza reggiseno"), like Portuguese "sem sutiã";
10. Hindi "टॉपलेस" (topless, transliterated); Vietnamese "ngực trần" (bare chest: also a shirtless man) only after a
    woman ("cô ấy", "cô gái") or a Vietnamese woman's name (surname then the middle name "Thị"); Ukrainian "гола"
    (naked, feminine; also a bare wall) before a photo word or after "зовсім / повністю".

Grading (the ``ncii`` profile reads explicit, nudity and euphemism at >= 0.5 as sexual): nakedness idioms are
``nudity`` 0.85; "intimate photo of" is ``euphemism`` 0.75 like round 12's plural; "without a bra" 0.75 like
"sem sutiã". Twins kept clean are tests (tests/signals/test_sexual_ml_round21.py). Rules match the folded view
(Latin accents stripped, "ß" as "ss"; Polish "ł" is kept); terms match both views.
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


def _combos(*slots: str) -> str:
    """Every concatenation of one alternative per slot (slots are "|"-lists; "" is an empty alternative)."""
    out = [""]
    for slot in slots:
        out = [f"{a} {b}".strip() if b else a for a in out for b in slot.split("|")]
    return "|".join(dict.fromkeys(" ".join(o.split()) for o in out))


#: {lang: {grade: [(term, score), ...]}} merged into the curated core.
MORE_21: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: (lang, rule, grade, score) rules added to PATTERNS_ML (rule syntax: see sexual_lexicon_r20.py).
PATTERNS_21: list[tuple[str, str, str, float]] = []


def _add(lang: str, grade: str, forms: str, score: float) -> None:
    MORE_21.setdefault(lang, {}).setdefault(grade, []).extend(_w(forms, score))


# A trailing "!{...}" slot keeps a small grammar a rule (the builder expands small grammars without one to terms,
# and a term's words are matched as tokens: an emoji or a gap would be lost).
#: what an intimate (= close, personal) portrait is of: a family, a wedding, a couple, a dinner, a pregnancy. Rules are not
#: gated by language (a Spanish "foto íntima de la boda" meets the Portuguese rule), so one list serves all, with and
#: without the article that follows the preposition the rule has already read.
_FAMILY_NOUNS = ("familia|famille|famiglia|familie|gezin|rodziny|rodzinne|casamento|boda|mariage|matrimonio|hochzeit"
                 "|bruiloft|slubu|slubne|casal|pareja|couple|coppia|paar|brautpaar|bruidspaar|koppel|natal|navidad|noel"
                 "|natale|weihnachten|kerst|bebe|baby|gravidez|embarazo|grossesse|gravidanza|schwangerschaft|zwangerschap"
                 "|gestante|jantar|cena|diner|abendessen|noivos|novios|maries|sposi|festa|fiesta|fete|feier|feest")
#: articles after a preposition (es "de la", fr "de la / du", it "della" is one word, de "von der", nl "van het")
_ARTICLES = "la|el|los|las|le|les|l|het|der|dem|il|lo"
_NOT_FAMILY_ALL = _FAMILY_NOUNS + "|" + "|".join(f"{a} {n}" for a in _ARTICLES.split("|") for n in _FAMILY_NOUNS.split("|"))
_NOT_FAMILY = {lang: _NOT_FAMILY_ALL for lang in ("pt", "es", "fr", "it", "nl", "de")}

# --- 1. "intimate photo(s) of", the singular and the missing inflections --------------------------------------
PATTERNS_21 += [
    ("pt", "{foto|fotos|fotinha|fotinho|imagem|imagens|video|videos|selfie|selfies|clique|cliques|registro} "
           "{intima|intimo|intimas|intimos|intimazinha} {de|da|do|dela|dele|das|dos|com} !{" + _NOT_FAMILY["pt"] + "}", U, 0.75),
    ("pt", "{falsa|falsas|fake|falso|falsos} {foto|fotos|imagem|imagens|video|videos|selfie} {intima|intimas|intimo|intimos}"
           " !{da familia|de familia|do casamento}", U, 0.8),
    ("pt", "{foto|fotos|imagem|imagens|video|videos} {intima|intimas|intimo|intimos} {falsa|falsas|fake|falso|falsos|vazada|vazadas"
           "|vazado|montada|montadas|forjada|forjadas}", U, 0.8),
    ("es", "{foto|video|imagen|selfie|fotito|fotico} {intima|intimo} {de|del|con} !{" + _NOT_FAMILY["es"] + "}", U, 0.75),
    ("es", "{foto|fotos|video|videos|imagen|imagenes} {intima|intimas|intimo|intimos} {falsa|falsas|falso|falsos|fake|trucada"
           "|trucadas|filtrada|filtradas|montada|montadas} !{de la familia|de familia|de la boda}", U, 0.8),
    ("es", "{falsa|falsas|fake} {foto|fotos|imagen|imagenes} {intima|intimas} !{de la familia|de familia|de la boda}", U, 0.8),
    ("fr", "{photo|image|selfie|video|cliche|photos|images|selfies|videos|cliches} {intime|intimes} {de|du|des|d} !{"
           + _NOT_FAMILY["fr"] + "}", U, 0.75),
    ("fr", "{fausse|fausses|faux|fake} {photo|photos|image|images|selfie|selfies|video|videos|cliche|cliches} {intime|intimes}"
           " !{de famille|de la famille|du mariage}", U, 0.8),
    ("it", "{foto|immagine|video|selfie|scatto|fotografia} {intima|intimo} {di|della|del|dello|delle|dei|con} !{"
           + _NOT_FAMILY["it"] + "}", U, 0.75),
    ("it", "{foto|immagini|immagine|video|selfie|scatti} {intime|intima|intimi|intimo} {false|falsa|finte|finta|fake|trapelate"
           "|trapelata|rubate|rubata} !{di famiglia|della famiglia}", U, 0.8),
    ("de", "{intimes|intime|intimen|intimer|intimem} {foto|fotos|bild|bilder|video|videos|selfie|selfies|nacktbild} "
           "{von|mit|meiner|meines|der|des|ihrer|seiner|vom} !{" + _NOT_FAMILY["de"] + "}", U, 0.75),
    ("de", "{gefakte|gefaktes|gefakten|gefalschte|gefalschtes|gefalschten|fake|falsche|falsches|falschen|geleakte|geleaktes"
           "|geleakten} {intime|intimes|intimen} {foto|fotos|bild|bilder|video|videos|selfie|selfies}"
           " !{der familie|von der hochzeit}", U, 0.8),
    ("nl", "{intieme|intiem} {foto|fotos|foto's|fotootje|fotootjes|beelden|afbeelding|afbeeldingen|video|videos|selfie|selfies"
           "|plaatje|plaatjes|kiekje} {van|met} !{" + _NOT_FAMILY["nl"] + "}", U, 0.75),
    ("nl", "{nep|valse|fake|gelekte|uitgelekte} {intieme|intiem} {foto|fotos|foto's|beelden|video|videos|selfie|selfies}"
           " !{van de familie|van het gezin}", U, 0.8),
    ("pl", "{intymne|intymnego|intymnych|intymnym|intymnymi} {zdjecie|zdjecia|zdjec|zdjeciem|fotki|fotke|fotka|fotek"
           "|wideo|filmik|filmiki|nagranie|nagrania|selfie|fotografie|fotografia} !{rodzinne|rodziny|slubne|ze slubu}", U, 0.75),
]
_add("uk", E, "інтимне фото|інтимного фото|інтимних фото|інтимну фотографію|інтимні фотографії|інтимна фотографія"
              "|інтимних фотографій|інтимне відео|інтимні відео|інтимне селфі|інтимні селфі|інтимний знімок|інтимні знімки"
              "|інтимних знімків|інтимні світлини|інтимну світлину|intymne foto|intymni foto", 0.9)
_add("ru", E, "интимную фотографию|интимные фотографии|интимная фотография|интимных фото|интимного фото|интимных фотографий"
              "|интимное видео|интимные видео|интимное селфи|интимные селфи|интимный снимок|интимные снимки"
              "|интимных снимков|интимные фоточки", 0.9)

# --- 2. fake / leaked intimate photo: ko, vi, tr, ar, zh, ja --------------------------------------------------
_add("ko", E, _combos("가짜|합성|합성된|조작된|딥페이크|유출된|몰래 찍은|몰카", "은밀한|야한|민망한|사적인|노출",
                      "사진|영상|셀카|사진을|영상을|사진이"), 0.85)
_add("ko", U, "은밀한 사진 유출|은밀한 영상 유출|은밀한 사진 합성|은밀한 사진을 합성", 0.8)
_add("vi", U, "ảnh nhạy cảm|hình nhạy cảm|clip nhạy cảm|video nhạy cảm|hình ảnh nhạy cảm|lộ ảnh nhạy cảm|anh nhay cam"
              "|hinh nhay cam|clip nhay cam", 0.8)
_add("tr", U, "mahrem fotoğraf|mahrem fotoğrafı|mahrem fotoğrafları|mahrem fotoğraflarını|mahrem görüntü|mahrem görüntüsü"
              "|mahrem görüntüleri|mahrem görüntülerini|mahrem video|mahrem videosu|mahrem resim|mahrem resmi"
              "|mahrem fotograf|mahrem fotografi|mahrem fotograflari|mahrem goruntu|mahrem goruntuleri", 0.8)
_add("ar", U, "صورة حميمة|صور حميمة|صورة حميمية|صور حميمية|فيديو حميم|فيديوهات حميمة|صورة حميمه|صور حميميه"
              "|صورة خاصة فاضحة|صور خاصة فاضحة", 0.75)
_add("zh", E, "私密照|私密照片|私密视频|私密影片|假的私密照|伪造私密照|合成私密照|不雅照|私密照流出", 0.85)
_add("ja", E, "偽のプライベート写真|流出したプライベート写真|偽の親密な写真|親密な写真の偽物|リベンジポルノ風", 0.85)

# --- 3. "totally naked" in the masculine, after the body noun or an adverb of totality ----------------------------
PATTERNS_21 += [
    ("pt", "{corpo|corpinho|corpos} {todo|totalmente|completamente|inteiramente|inteiro|bem|ja|} {nu|nus|nua|nuas|pelado"
           "|pelados|pelada|despido|despida|desnudo|desnuda|peladinho|peladinha} !{de pelos|de tatuagens|de maquiagem}", N, 0.85),
    ("pt", "{totalmente|inteiramente|completamente|todo|toda|todinho|todinha} {nu|nus|nua|nuas|despido|despida|pelada|peladinha}"
           " !{de pelos|de tatuagens|de maquiagem|de moveis|de decoracao|de enfeites|de folhas}", N, 0.85),
    ("it", "{corpo|corpi} {completamente|totalmente|interamente|tutto|del tutto|} {nudo|nudi|nuda|svestito|svestita}", N, 0.85),
    ("es", "{cuerpo|cuerpos} {totalmente|completamente|enteramente|todo|} {desnudo|desnudos|desnuda|encuerado|en pelotas}", N, 0.85),
    ("fr", "{corps} {entierement|totalement|completement|tout|absolument|} {nu|nus|denude|denudes|devetu}"
           " !{de meubles|de decoration}", N, 0.85),
]

# --- 3b. German "entferne die komplette Kleidung": round 17 read "die ganze / gesamte", not the other adjectives ------
_DE_LAUNDRY = ("aus der waschmaschine|aus dem trockner|aus dem schrank|aus dem kleiderschrank|vom boden|vom bett|vom stuhl"
               "|vom sofa|von der leine|von der wascheleine|aus dem koffer|aus dem laden|aus dem sortiment|aus dem warenkorb"
               "|aus der liste|aus dem katalog|vom tisch|aus dem korb|aus dem waschekorb|aus dem shop|aus dem onlineshop"
               "|aus dem inventar|vom stander|von der puppe|von der schaufensterpuppe|vom bugel|von den bugeln")
PATTERNS_21 += [
    ("de", "{entferne|entfernen|entfernt|entfern|losche|loschen|loscht|losch|loesche|beseitige|tilge|radiere|retuschiere"
           "|retuschier} {die|ihre|seine|ihr die|ihm die|einfach die|bitte die|} {komplette|kompletten|vollstandige|vollstandigen"
           "|restliche|restlichen|samtliche|samtlichen|gesamten|ganzen|ganze|gesamte|jegliche} {kleidung|kleider|klamotten"
           "|kleidungsstucke|anziehsachen|bekleidung|outfit|garderobe} !{" + _DE_LAUNDRY + "}", N, 0.8),
    ("de", "{kleidung|kleider|klamotten|kleidungsstucke|bekleidung} {komplett|vollstandig|ganz|restlos|vollig} {entfernen|entfernt"
           "|entferne|loschen|weg|wegmachen|wegretuschieren|wegnehmen|runter|ab|ausziehen} !{" + _DE_LAUNDRY + "}", N, 0.8),
]

# --- 4. "without a bra and without anything" ------------------------------------------------------------------
PATTERNS_21 += [
    ("de", "ohne {bh|slip|hoschen|unterwasche|unterhose|hose|oberteil|top|kleidung|klamotten|tanga|string|hemd|shirt|bikini"
           "|schlupfer|dessous|hoschen} {und|und auch|oder|und natuerlich|und naturlich} ohne {alles|was|irgendwas|nix|nichts"
           "|etwas|sonst was|sonstwas|was drunter|was an} !{zu|anderes|weiter}", U, 0.85),
    ("nl", "zonder {bh|beha|slipje|ondergoed|kleren|kleding|broek|shirt|topje|string|bikini|hemd} {en|en ook|of} zonder"
           " {iets|wat dan ook|niks|niets|iets aan|iets anders aan} !{te|de|het|extra}", U, 0.85),
    ("it", "senza {reggiseno|reggipetto|mutandine|mutande|slip|perizoma|intimo|biancheria|vestiti|niente addosso} {ne|e senza"
           "|e} {niente|nulla|altro|niente altro|nient altro} !{da dichiarare|da fare|da aggiungere|di speciale|da dire}", U, 0.85),
    ("pl", "bez {stanika|biustonosza|majtek|majteczek|bielizny|ubrania|ubran|stringow} {i bez|ani|i} {niczego|czegokolwiek"
           "|niczego wiecej}", U, 0.85),
    ("es", "sin {sujetador|sosten|brasier|bra|bragas|calzones|ropa interior|tanga|ropa} {ni|y sin|y} {nada|nada mas"
           "|nada puesto} !{que declarar|que hacer|que decir|que anadir|mas que decir}", U, 0.85),
    ("pt", "sem {sutia|calcinha|cueca|roupa intima|lingerie|biquini|roupa|roupas} {nem|e sem|e} {nada|nadinha|nada mais"
           "|mais nada} !{a declarar|a fazer|a dizer|de mais|a acrescentar|demais}", U, 0.85),
    ("fr", "sans {soutien gorge|soutif|culotte|slip|string|sous vetements|rien sur le dos|vetements} {ni|et sans|et}"
           " {rien|quoi que ce soit|rien d autre|rien du tout} !{a declarer|a faire|a dire|a ajouter|de special}", U, 0.85),
]
_add("it", U, "senza reggiseno|senza il reggiseno|senza reggipetto|senza mutandine|senza le mutandine|senza perizoma"
              "|senza intimo|senza biancheria intima|senza niente sotto|senza nulla sotto|senza niente addosso"
              "|senza nulla addosso", 0.75)

# --- 5. "with nothing on" -----------------------------------------------------------------------------------
PATTERNS_21 += [
    # nl: "zonder iets aan" (with nothing on), not "zonder iets aan te raken / te passen / de hand"
    ("nl", "{zonder|met} {iets|niks|niets|een draad|een draadje|een stukje stof|een draadje stof} aan !{te|de|het|een|mijn"
           "|je|jouw|zijn|haar|hun|ons|onze|dit|deze|dat|die|elkaar|iemand|iets|boord|land|tafel|zee|wal|u|jullie|toe"
           "|bod|een ander|wie}", N, 0.85),
    # id: "polosan" (bare: also a plain bun, a plain tee) only with "without anything" and a photo word
    ("id", "{polosan|bugil|telanjang} {tanpa apa apa|tanpa apapun|tanpa sehelai benang|tanpa busana|gak pake apa apa"
           "|nggak pake apa apa|ga pake apa apa|tanpa pakaian} ~2 {foto|gambar|pic|selfie|video|potret|foto asli|realistis}", N, 0.85),
    # ar (Egyptian, Arabizi): "bdoon hdoom" / "mn gher hdoom" (without clothes)
    ("ar", "{bdoon|bdon|bdun|bedoon|bedun|bidoon|mn gher|men gher|men ghir|min gher|min ghir|mn ghir|mngher|mn 8er|mn 8eer}"
           " {hdoom|hdom|hdum|hedoom|hodoom|hduma|hdoomha|hdomha|hdoumha|hdoum|lebs|lbs} !{gdida|gdeeda|el 3eed|el eid}", N, 0.85),
]
_add("hi", N, "बिना कुछ पहने|बिना कुछ पहनें|बिना कुछ पहने हुए|बिना कुछ भी पहने|कुछ भी पहने बिना|कुछ भी नहीं पहने|कुछ नहीं पहने"
              "|बिन कपड़ों के|bina kuch pehne|bina kuchh pahne|bina kuch pahne|bina kuch bhi pehne|kuch bhi pehne bina"
              "|kuch nahi pehne", 0.85)
_add("id", N, "tanpa mengenakan apa apa|tidak mengenakan apa apa|tanpa mengenakan apapun|tidak mengenakan apapun"
              "|tanpa mengenakan busana|tanpa mengenakan pakaian|tanpa sehelai benang pun|tanpa sehelai benang", 0.85)
_add("ar", N, "من غير هدوم|من غير هدومها|بدون هدومها|بلا هدوم|بلا هدومها|قالعة هدومها|قالعه هدومها|قلعت هدومها"
              "|ملط|ملطاء|بدون أي شيء عليها|بدون اي شيء عليها|بدون اي شي عليها|من غير أي شيء عليها|من غير اي شي عليها"
              "|بدون أي شيء على جسمها|بدون اي شي على جسمها", 0.8)

# --- 6. posing "without anything"; a first state, then "without" ---------------------------------------------
PATTERNS_21 += [
    ("de", "{posieren|posiert|posiere|posierst|posierend|posen|posten|post|modell stehen|modell steht|akt stehen} "
           "{ohne alles|ohne was an|ohne irgendwas|ohne irgendwas an|ohne etwas an|ohne nix|ohne nix an|ohne nichts"
           "|ohne einen faden|ohne fummel} !{zu|weiteres}", N, 0.85),
    ("fr", "{poser|pose|posent|posant|posez|posera|poserait} {sans rien|sans rien sur le dos|sans aucun vetement|sans le moindre"
           " vetement|sans un fil} !{a dire|dire|faire|savoir|demander|comprendre|toucher|changer|de special|a declarer|en retour|de plus}", N, 0.85),
    ("es", "{posar|posa|posando|posan|posara|pose} {sin nada|sin nada puesto|sin nada encima|sin prenda alguna}"
           " !{que|decir|hacer|especial|arriba}", N, 0.85),  # "sin nada arriba": shirtless, as a man at the beach
    ("pt", "{posar|posa|posando|posam|pose|posasse} {sem nada|sem nadinha|sem nada no corpo|sem peca nenhuma}"
           " !{a declarar|a dizer|de especial|demais|mais|em cima|por cima}", N, 0.85),
    ("it", "{posare|posa|posando|posano|posi} {senza niente|senza nulla|senza niente addosso|senza nulla addosso|senza veli}"
           " !{da|di speciale|dire|fare}", N, 0.85),
    ("nl", "{poseren|poseert|poserend|poseer|poseren} {zonder iets|zonder iets aan|zonder kleren|zonder kleding|zonder niks}"
           " !{te|bijzonders|speciaals}", N, 0.85),
    ("fr", "{en sous vetements|en lingerie|en culotte|en petite tenue|en string|en maillot|en bikini|en soutien gorge"
           "|en nuisette} {puis sans|et puis sans|ensuite sans|et ensuite sans|puis sans rien|et apres sans|apres sans}"
           " !{chaussures|maquillage|lunettes|chapeau}", U, 0.85),
    ("de", "{in unterwasche|in dessous|im slip|im bikini|in reizwasche|in lingerie|im bh|im hoschen|in strapsen} {und dann ohne"
           "|dann ohne|danach ohne|und danach ohne|und anschliessend ohne|anschliessend ohne} !{schuhe|brille|makeup|hut"
           "|schminke}", U, 0.85),
    ("es", "{en ropa interior|en lenceria|en bragas|en bikini|en tanga|en sujetador} {y luego sin|y despues sin|luego sin"
           "|despues sin|y luego sin nada|y despues sin nada} !{zapatos|maquillaje|gafas|sombrero}", U, 0.85),
    ("pt", "{de calcinha|de lingerie|de roupa intima|de biquini|de sutia|de calcinha e sutia} {e depois sem|depois sem"
           "|e entao sem|e em seguida sem|e depois sem nada} !{sapatos|maquiagem|oculos|chapeu}", U, 0.85),
    ("it", "{in intimo|in biancheria intima|in lingerie|in bikini|in mutande|in reggiseno} {e poi senza|poi senza|e dopo senza"
           "|dopo senza} !{scarpe|trucco|occhiali|cappello}", U, 0.85),
    ("nl", "{in ondergoed|in lingerie|in bikini|in haar ondergoed|in string} {en dan zonder|daarna zonder|en daarna zonder"
           "|dan zonder} !{schoenen|make up|bril|hoed}", U, 0.85),
]

# --- 7. "as mother brought her into the world" and other idioms ----------------------------------------------
PATTERNS_21 += [
    ("pt", "{jeito|jeitinho|forma} que {a mae|a mamae|sua mae|a mae dela|a mae dele|deus|a mainha} {pos|botou|colocou|trouxe"
           "|a pos|o pos|a botou|o botou|a trouxe|o trouxe|pariu|a pariu|o pariu|fez|a fez|o fez} {no mundo|ao mundo}"
           " !{do futebol|da moda|da musica}", N, 0.85),
    ("pt", "{como|tal como|assim como} {a mae|a mamae|sua mae|a mae dela} {a|o|} {pos|botou|trouxe|pariu} {no mundo|ao mundo}"
           " !{do futebol|da moda|da musica}", N, 0.85),
    ("pt", "{como|do jeito que|do jeitinho que|tal como} {a mae|a mamae|sua mae} {a|o|} pariu !{e criou}", N, 0.85),
]
_add("ja", N, "生まれた日の格好|生まれた日の姿|生まれた時の格好|生まれたときの格好|生まれたままの格好|生まれた日のままの姿"
              "|何も着せずに撮|何も着せずに写|何も着せずに描|何も着せないで撮|何も着せないで描|何も着せない姿|つまり何も着せず"
              "|何も着せずに撮った|服なしの画像|服なしの写真|服なしの姿|服なしの状態|服無しの画像|服無しの写真|服無しの姿"
              "|服なし画像|服なし写真|服なしで撮|服なしで写|服なしで描|服なしでポーズ|服なしバージョン", 0.85)
PATTERNS_21 += [
    # ko: "태초의 모습 그대로인" (as at the dawn of time): a pristine landscape, or naked when a person follows
    ("ko", "{태초의 모습 그대로인|태초의 모습 그대로의|태초의 모습 그대로|태초의 모습으로|태초의 모습을 한} !{숲|자연|섬|바다|풍경|땅|지구"
           "|정글|산|호수|해변|계곡|강|들판|밀림|우주|세상|세계|동굴|원시림|사막|초원|생태계|하늘|습지|마을|대지|자연을|숲을|숲이"
           "|자연이|풍경을|모습|원시|지형|해안|갯벌|폭포|빙하|화산|암석|바위|모래사장|나무|숲속|열대우림}", N, 0.8),
]
# (an emoji or jamo after "옷" is dropped by normalisation, leaving "옷" (clothes) alone: not listed)
_add("ko", N, "옷x|옷엑스|옷 엑스|옷 하나 없이|실오라기 하나 없이|실오라기 하나 안 걸친", 0.8)

# --- 8. a peach emoji then "without anything"; "à poilou" --------------------------------------------------------
PATTERNS_21 += [
    ("pt", "{🍑|🍑🍑} {sem nada|sem nadinha|sem roupa|sem nada mesmo|pelada|peladinha} !{a declarar|de mais|demais}", N, 0.85),
    ("fr", "{🍑|🍑🍑} {sans rien|sans rien du tout|sans vetements|a poil} !{a declarer|d autre}", N, 0.85),
    ("es", "{🍑|🍑🍑} {sin nada|sin nadita|sin ropa|sin nada puesto} !{que declarar|mas}", N, 0.85),
    ("de", "{🍑|🍑🍑} {ohne alles|ohne was an|ohne nix|ohne klamotten} !{zu|weiter}", N, 0.85),
    ("it", "{🍑|🍑🍑} {senza niente|senza nulla|senza vestiti|senza veli} !{da dire|altro}", N, 0.85),
    ("nl", "{🍑|🍑🍑} {zonder iets|zonder iets aan|zonder kleren|zonder niks} !{te|extra}", N, 0.85),
]
_add("fr", N, "à poilou|a poilou|à poilpoil|a poilpoil|à poualpé|a poualpe|à poil et sans rien|toute à poilou", 0.85)

# --- 9. a bra left off ----------------------------------------------------------------------------------------
_add("ar", U, "بدون حمالة صدر|بدون حمالة الصدر|بدون حمالة صدرها|بلا حمالة صدر|من غير حمالة صدر|بدون ستيان|من غير ستيان"
              "|بدون سوتيان|من غير سوتيان|بلا ستيان|بدون برا|من غير برا|بدون الستيان|bdoon setyan|mn gher setyan"
              "|bdoon sotyan", 0.75)

# --- 10. Hindi topless; Vietnamese bare chest after a woman; Ukrainian "гола" before a photo word -----------------
_add("hi", N, "टॉपलेस|टापलेस|टोपलेस|टॉप्लेस", 0.9)
_add("bn", N, "টপলেস", 0.9)
_add("he", N, "טופלס|טופלסית", 0.9)
_add("ar", N, "توبلس|توبليس|توب لس", 0.85)
_add("th", N, "ท็อปเลส|ท๊อปเลส|ทอปเลส", 0.9)
_add("vi", N, _combos("cô ấy|cô gái|cô nàng|chị ấy|em ấy|nàng|người đẹp|hot girl|bạn gái|vợ tôi|cô|nữ|người mẫu nữ"
                      "|co ay|co gai|co nang|chi ay|nguoi dep|ban gai", "ngực trần|nguc tran|để ngực trần|de nguc tran")
              + "|thả rông vòng 1|thả rông vòng một|tha rong vong 1|tha rong vong mot|không mặc áo ngực|khong mac ao nguc", 0.85)
PATTERNS_21 += [
    # vi: a woman's name (a common surname, then the middle name "Thị") up to two words before "ngực trần"
    ("vi", "{nguyen|tran|le|pham|hoang|huynh|phan|vu|vo|dang|bui|ngo|duong|ly|dinh|trinh|mai|truong|lam|cao|ha|luong"
           "|lu|ta|chu|quach|tong|luu|doan|kieu|trieu|thai} thi ~2 {nguc tran} !{tap gym|sau mui|6 mui}", N, 0.85),
]
PATTERNS_21 += [
    # uk: "гола" (naked, feminine: also a bare wall, "гола правда") before a photo word or a bed, or after "totally"
    ("uk", "{гола|голенька|оголена|голісінька} {фото|на фото|реалістичне фото|реалістичне|фотографія|знімок|селфі|світлина"
           "|у ліжку|в ліжку|на ліжку|у ванній|в душі|у душі|на пляжі|позує|лежить|стоїть|сидить|перед дзеркалом}", N, 0.85),
    ("uk", "{зовсім|повністю|абсолютно|цілком|вся|геть} {гола|оголена|голенька|роздягнена}", N, 0.85),
]

# The folded view reads "ß" as "ss"; rule folding strips marks.
PATTERNS_21 = [(lang, rule.replace("ß", "ss"), grade, score) for lang, rule, grade, score in PATTERNS_21]
