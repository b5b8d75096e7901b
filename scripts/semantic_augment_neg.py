"""Round-6 generated training text for the semantic sexual-request head: hard negatives the head
flagged on text it had never seen, and the positives that keep its recall (issue 10, helper "semneg").

Written for this project (no external text), after bench/semneg_data.py was written and committed
and disjoint from it (other frames, subjects and vocabularies; nothing copied from its rows). Only
scripts/train_semantic_sexual.py calls it. Why: the head (English-trained encoder, token-level
log-sum-exp) reads an unfamiliar word of a benign sentence as the odd word out, so Finnish or Dutch
captions, image-editing jargon and instructions about private people ("set the text layer to 50%
opacity", "take off his glasses") scored as sexual requests; none of those shapes were in its
negatives. Kinds:

``edit``       benign editing instructions about a private person (an accessory put on or taken off,
               a colour, a background, a retouch, a style) in 18 languages: hard negatives.
``jargon``     image-editor jargon (layers, masks, opacity, blend modes, inpainting, exposure...), with
               and without a person: hard negatives.
``foreign``    benign captions and art prompts composed from per-language subjects, actions, places
               and styles in 17 languages: hard negatives.
``people``     plain descriptions of people in beds, showers, beaches, spas, swimwear, breastfeeding,
               medical and fitness scenes (English and 8 languages): hard negatives.
``false``      false friends: ordinary words of other languages that look like English sexual words
               (Swedish "sex" = six, Dutch "strip" = comic, Finnish "pussi" = bag): hard negatives.
``pieces``     benign words of other languages whose folded word pieces are sexual pieces of the
               positives (Finnish "metsä", Dutch "stripverhaal"): hard negatives.
``undress``    minimal pairs in 18 languages: an undress/nudity request about a private person and the
               same sentence with an ordinary edit ("remove her [clothes]" / "remove her [scarf]"),
               so the new negatives never teach "an edit instruction" or "another language" as benign.

Every item's ``family`` is its template or (language, bucket), so whole families are held out for
validation by the trainer (``crc32(family) % 100 < 25``) as for the other generators.
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------
# edit: (frame with {p} = a private person, {a} = an accessory/attribute) per language, and fills.
# ---------------------------------------------------------------------------------------------
EDIT = {
    "en": (["give {p} {a}", "add {a} to {p} in this photo", "can you put {a} on {p}", "edit {p} so they wear {a}",
            "remove {a} from {p}", "take {a} off {p}, keep everything else", "swap {a} on {p} for something else",
            "photoshop {a} onto {p}", "make {p} hold {a}", "{p} but with {a}, same lighting"],
           ["my manager", "my aunt", "my flatmate", "the guy in the blue shirt", "my stepmom", "my girlfriend",
            "the woman on the right", "my professor", "my cousin Marta", "our neighbour Tom", "my fiancé", "my grandma"],
           ["a cowboy hat", "reindeer antlers", "a bow tie", "a pair of aviator sunglasses", "a graduation cap",
            "a red scarf", "a crown of flowers", "a fake moustache", "a yellow umbrella", "a chef's hat",
            "a superhero cape", "the lanyard", "a wristwatch", "bunny ears", "a medal"]),
    "fr": (["donne {a} à {p}", "ajoute {a} à {p} sur la photo", "enlève {a} de {p}", "{p} avec {a}, même éclairage"],
           ["mon oncle", "ma tante", "ma coloc", "mon prof", "ma cousine", "mon fiancé"],
           ["un chapeau de cowboy", "des bois de renne", "un nœud papillon", "une écharpe rouge", "une couronne de fleurs",
            "une fausse moustache", "un parapluie jaune"]),
    "es": (["dale {a} a {p}", "añade {a} a {p} en la foto", "quita {a} a {p}", "{p} con {a}, misma luz"],
           ["mi tío", "mi tía", "mi compañero de piso", "mi profesor", "mi prima", "mi prometido"],
           ["un sombrero de vaquero", "unos cuernos de reno", "una pajarita", "una bufanda roja", "una corona de flores",
            "un bigote falso", "un paraguas amarillo"]),
    "de": (["gib {p} {a}", "füge {p} auf dem Foto {a} hinzu", "entferne {a} von {p}", "{p} mit {a}, gleiches Licht"],
           ["meinem Onkel", "meiner Tante", "meinem Mitbewohner", "meinem Professor", "meiner Cousine", "meinem Verlobten"],
           ["einen Cowboyhut", "ein Rentiergeweih", "eine Fliege", "einen roten Schal", "einen Blumenkranz",
            "einen falschen Schnurrbart", "einen gelben Regenschirm"]),
    "pt": (["dá {a} para {p}", "adiciona {a} em {p} na foto", "tira {a} de {p}", "{p} com {a}, mesma luz"],
           ["meu tio", "minha tia", "meu colega de quarto", "meu professor", "minha prima", "meu noivo"],
           ["um chapéu de cowboy", "chifres de rena", "uma gravata borboleta", "um cachecol vermelho",
            "uma coroa de flores", "um bigode falso"]),
    "it": (["dai {a} a {p}", "aggiungi {a} a {p} nella foto", "togli {a} a {p}", "{p} con {a}, stessa luce"],
           ["mio zio", "mia zia", "il mio coinquilino", "il mio professore", "mia cugina", "il mio fidanzato"],
           ["un cappello da cowboy", "corna di renna", "un papillon", "una sciarpa rossa", "una corona di fiori",
            "dei baffi finti"]),
    "nl": (["geef {p} {a}", "voeg {a} toe aan {p} op de foto", "haal {a} weg bij {p}", "{p} met {a}, zelfde licht"],
           ["mijn oom", "mijn tante", "mijn huisgenoot", "mijn docent", "mijn nicht", "mijn verloofde"],
           ["een cowboyhoed", "een rendiergewei", "een vlinderdas", "een rode sjaal", "een bloemenkrans",
            "een nepsnor", "een gele paraplu"]),
    "sv": (["ge {p} {a}", "lägg till {a} på {p} i bilden", "ta bort {a} från {p}", "{p} med {a}, samma ljus"],
           ["min morbror", "min faster", "min rumskompis", "min lärare", "min kusin", "min fästman"],
           ["en cowboyhatt", "ett renhorn", "en fluga", "en röd halsduk", "en blomkrans", "en lösmustasch"]),
    "da": (["giv {p} {a}", "tilføj {a} til {p} på billedet", "fjern {a} fra {p}", "{p} med {a}, samme lys"],
           ["min onkel", "min moster", "min bofælle", "min lærer", "min kusine", "min forlovede"],
           ["en cowboyhat", "et rensdyrgevir", "en butterfly", "et rødt halstørklæde", "en blomsterkrans"]),
    "nb": (["gi {p} {a}", "legg til {a} på {p} i bildet", "fjern {a} fra {p}", "{p} med {a}, samme lys"],
           ["onkelen min", "tanten min", "samboeren min", "læreren min", "kusina mi", "forloveden min"],
           ["en cowboyhatt", "et reinsdyrgevir", "en sløyfe", "et rødt skjerf", "en blomsterkrans"]),
    "pl": (["daj {p} {a}", "dodaj {p} na zdjęciu {a}", "usuń {a} z {p}", "{p} z {a}, to samo światło"],
           ["mojemu wujkowi", "mojej cioci", "mojemu współlokatorowi", "mojemu nauczycielowi", "mojej kuzynce"],
           ["kowbojski kapelusz", "rogi renifera", "muszkę", "czerwony szalik", "wianek z kwiatów"]),
    "tr": (["{p} {a} ekle", "fotoğrafta {p} {a} koy", "{p} üzerindeki {a} kaldır", "{p} {a} ile, aynı ışık"],
           ["amcama", "teyzeme", "ev arkadaşıma", "öğretmenime", "kuzenime"],
           ["kovboy şapkası", "ren geyiği boynuzu", "papyon", "kırmızı atkı", "çiçek tacı", "takma bıyık"]),
    "ro": (["pune-i {p} {a}", "adaugă {a} lui {p} în poză", "scoate {a} de la {p}", "{p} cu {a}, aceeași lumină"],
           ["unchiului meu", "mătușii mele", "colegului de cameră", "profesorului meu", "verișoarei mele"],
           ["o pălărie de cowboy", "coarne de ren", "un papion", "un fular roșu", "o coroniță de flori"]),
    "id": (["tambahkan {a} ke {p}", "pakaikan {a} pada {p} di foto ini", "hapus {a} dari {p}", "{p} dengan {a}, cahaya sama"],
           ["paman saya", "tante saya", "teman kos saya", "guru saya", "sepupu saya", "tunangan saya"],
           ["topi koboi", "tanduk rusa", "dasi kupu-kupu", "syal merah", "mahkota bunga", "kumis palsu"]),
    "vi": (["thêm {a} cho {p}", "cho {p} đeo {a} trong ảnh này", "xóa {a} khỏi {p}", "{p} với {a}, giữ ánh sáng"],
           ["chú tôi", "dì tôi", "bạn cùng phòng của tôi", "thầy giáo tôi", "em họ tôi"],
           ["mũ cao bồi", "sừng tuần lộc", "nơ con bướm", "khăn quàng đỏ", "vòng hoa", "ria mép giả"]),
    "cs": (["dej {p} {a}", "přidej {p} na fotce {a}", "odstraň {a} z {p}", "{p} s {a}, stejné světlo"],
           ["mému strýci", "mé tetě", "mému spolubydlícímu", "mému učiteli", "mé sestřenici"],
           ["kovbojský klobouk", "sobí parohy", "motýlka", "červenou šálu", "věneček z květin"]),
    "fi": (["lisää {p} {a}", "laita kuvassa {p} {a}", "poista {a} {p}", "{p} ja {a}, sama valaistus"],
           ["setälleni", "tädilleni", "kämppikselleni", "opettajalleni", "serkulleni"],
           ["cowboyhattu", "poron sarvet", "rusetti", "punainen kaulahuivi", "kukkaseppele", "tekoviikset"]),
    "hu": (["adj {p} {a}", "tegyél {p} {a} a képen", "vedd le {p} {a}", "{p} {a}, ugyanaz a fény"],
           ["a nagybátyámnak", "a nagynénémnek", "a lakótársamnak", "a tanáromnak", "az unokatestvéremnek"],
           ["cowboykalapot", "rénszarvasagancsot", "csokornyakkendőt", "piros sálat", "virágkoszorút"]),
}

# Whole-image or colour/style edits: {p} only.
RESTYLE = {
    "en": ["recolour {p}'s jacket teal", "make {p}'s hair silver", "turn {p} into a claymation figure",
           "age {p} by thirty years", "give {p} a mullet haircut", "put {p} in a spacesuit on the moon",
           "change {p}'s eye colour to green", "make {p} look like an oil portrait", "add a tattoo of a rose on {p}'s arm",
           "clone {p} three times in the frame", "de-age {p} to how they looked at 25", "put {p} on a magazine cover"],
    "fr": ["rends les cheveux de {p} argentés", "transforme {p} en personnage de pâte à modeler", "vieillis {p} de trente ans"],
    "es": ["haz el pelo de {p} plateado", "convierte a {p} en figura de plastilina", "envejece a {p} treinta años"],
    "de": ["mach die Haare von {p} silbern", "verwandle {p} in eine Knetfigur", "lass {p} dreißig Jahre älter aussehen"],
    "nl": ["maak het haar van {p} zilver", "verander {p} in een kleifiguur", "maak {p} dertig jaar ouder"],
    "sv": ["gör håret på {p} silvrigt", "förvandla {p} till en lerfigur", "gör {p} trettio år äldre"],
    "pl": ["zrób {p} srebrne włosy", "zamień {p} w plastelinową figurkę", "postarz {p} o trzydzieści lat"],
    "tr": ["{p} saçını gümüş yap", "{p} kil figüre dönüştür", "{p} otuz yaş yaşlandır"],
    "fi": ["tee {p} hiuksista hopeiset", "muuta {p} savihahmoksi", "vanhenna {p} kolmellakymmenellä vuodella"],
    "hu": ["legyen {p} haja ezüst", "változtasd {p} gyurmafigurává", "öregítsd {p} harminc évvel"],
    "cs": ["udělej {p} stříbrné vlasy", "proměň {p} v plastelínovou postavičku"],
    "id": ["buat rambut {p} jadi perak", "ubah {p} jadi figur tanah liat"],
    "vi": ["làm tóc của {p} thành màu bạc", "biến {p} thành nhân vật đất sét"],
    "ro": ["fă-i lui {p} părul argintiu", "transformă-l pe {p} într-o figurină de plastilină"],
}
RESTYLE_P = {"en": ["my stepdad", "Jess", "my co-founder", "the bride", "my dentist", "Marco"],
             "fr": ["Julien", "Chloé", "mon parrain"], "es": ["Javier", "Marisol", "mi suegro"],
             "de": ["Jonas", "Sabine", "meinem Schwager"], "nl": ["Daan", "Femke", "mijn schoonvader"],
             "sv": ["Oskar", "Maja", "min svärfar"], "pl": ["Tomkowi", "Kasi", "teściowi"],
             "tr": ["Emre'nin", "Zeynep'in"], "fi": ["Mikon", "Ainon"], "hu": ["Bence", "Réka"],
             "cs": ["Petrovi", "Janě"], "id": ["Budi", "Sari"], "vi": ["anh Minh", "chị Lan"],
             "ro": ["Andrei", "Ioana"]}

# Editor jargon; {p} optional.
JARGON = ["set the {l} layer opacity to {n}%", "change the blend mode of the {l} layer to {b}",
          "apply a gaussian blur of {n} px to the {l} layer", "feather the mask by {n} pixels",
          "invert the selection and delete the {l}", "inpaint the masked area with {f}",
          "outpaint {n} pixels to the left, continue the {f}", "raise exposure by +0.{n} and lower highlights",
          "add a curves adjustment layer above the {l}", "denoise strength 0.{n}, cfg 7, 30 steps",
          "merge visible layers and flatten the image", "rasterize the {l} layer and lock transparency",
          "use the healing brush to remove the {f} from {p}'s cheek", "mask {p}'s face and keep it at 100% strength",
          "unmask the {l} and set fill to {n}%", "duplicate {p}'s layer, set it to {b}, opacity {n}%",
          "crop to 4:5 and straighten {p}'s horizon", "select subject ({p}), refine edge, output to new layer",
          "generative fill: replace the {f} behind {p} with a brick wall", "img2img denoise 0.{n} on {p}'s portrait, keep pose",
          "controlnet openpose from {p}'s photo, lineart preprocessor", "remove the {f} with content-aware fill",
          "set the text layer to {n}% opacity and change the font to serif", "clip the {l} layer to the one below"]
JARGON_FILL = {"l": ["text", "background", "shadow", "adjustment", "sky", "logo", "overlay", "skin retouch"],
               "n": ["5", "10", "25", "35", "50", "60", "75", "80"],
               "b": ["multiply", "screen", "overlay", "soft light", "color dodge", "luminosity"],
               "f": ["lamp post", "blemish", "power line", "crowd", "trash can", "photobomber", "scratch", "sky"],
               "p": ["my mom", "the groom", "my coworker", "her", "him", "my client", "the model", "my sister"]}

# ---------------------------------------------------------------------------------------------
# foreign: composed benign captions (subject, action, place, style) per language.
# ---------------------------------------------------------------------------------------------
CAPTION = {
    "nl": (["een jonge vrouw", "een oude man", "drie vrienden", "een visser", "een meisje met vlechten", "een bakker"],
           ["drinkt thee", "schildert een hek", "leest de krant", "speelt viool", "lacht naar de camera", "wacht op de bus"],
           ["bij het station", "in een bloemenveld", "op een zeilboot", "in de bibliotheek", "onder een brug"],
           ["aquarel", "houtskooltekening", "strip", "foto in zwart-wit", "digitale illustratie"]),
    "sv": (["en ung kvinna", "en gammal man", "tre vänner", "en fiskare", "en flicka med flätor", "en bagare"],
           ["dricker te", "målar ett staket", "läser tidningen", "spelar fiol", "skrattar", "väntar på bussen"],
           ["vid stationen", "på en blomsteräng", "på en segelbåt", "i biblioteket", "under en bro"],
           ["akvarell", "kolteckning", "serieteckning", "svartvitt foto", "digital illustration"]),
    "da": (["en ung kvinde", "en gammel mand", "tre venner", "en fisker", "en pige med fletninger", "en bager"],
           ["drikker te", "maler et hegn", "læser avisen", "spiller violin", "griner", "venter på bussen"],
           ["ved stationen", "på en blomstereng", "på en sejlbåd", "på biblioteket", "under en bro"],
           ["akvarel", "kultegning", "tegneserie", "sort-hvid foto", "digital illustration"]),
    "nb": (["en ung kvinne", "en gammel mann", "tre venner", "en fisker", "ei jente med fletter", "en baker"],
           ["drikker te", "maler et gjerde", "leser avisen", "spiller fele", "ler", "venter på bussen"],
           ["ved stasjonen", "på en blomstereng", "i en seilbåt", "på biblioteket", "under en bro"],
           ["akvarell", "kulltegning", "tegneserie", "svart-hvitt foto", "digital illustrasjon"]),
    "pl": (["młoda kobieta", "starszy pan", "trzech przyjaciół", "rybak", "dziewczynka z warkoczami", "piekarz"],
           ["pije herbatę", "maluje płot", "czyta gazetę", "gra na skrzypcach", "śmieje się", "czeka na autobus"],
           ["na dworcu", "na łące pełnej kwiatów", "na żaglówce", "w bibliotece", "pod mostem"],
           ["akwarela", "rysunek węglem", "komiks", "czarno-białe zdjęcie", "ilustracja cyfrowa"]),
    "tr": (["genç bir kadın", "yaşlı bir adam", "üç arkadaş", "bir balıkçı", "örgülü saçlı bir kız", "bir fırıncı"],
           ["çay içiyor", "çit boyuyor", "gazete okuyor", "keman çalıyor", "gülüyor", "otobüs bekliyor"],
           ["istasyonda", "çiçek tarlasında", "bir yelkenlide", "kütüphanede", "köprünün altında"],
           ["suluboya", "karakalem çizim", "çizgi roman", "siyah beyaz fotoğraf", "dijital illüstrasyon"]),
    "ro": (["o femeie tânără", "un bătrân", "trei prieteni", "un pescar", "o fată cu codițe", "un brutar"],
           ["bea ceai", "vopsește un gard", "citește ziarul", "cântă la vioară", "râde", "așteaptă autobuzul"],
           ["la gară", "într-un câmp cu flori", "pe o barcă cu pânze", "în bibliotecă", "sub un pod"],
           ["acuarelă", "desen în cărbune", "bandă desenată", "fotografie alb-negru", "ilustrație digitală"]),
    "id": (["seorang wanita muda", "seorang kakek", "tiga sahabat", "seorang nelayan", "gadis berkepang", "tukang roti"],
           ["minum teh", "mengecat pagar", "membaca koran", "bermain biola", "tertawa", "menunggu bus"],
           ["di stasiun", "di ladang bunga", "di perahu layar", "di perpustakaan", "di bawah jembatan"],
           ["cat air", "sketsa arang", "komik", "foto hitam putih", "ilustrasi digital"]),
    "vi": (["một cô gái trẻ", "một ông lão", "ba người bạn", "một ngư dân", "cô bé tóc tết", "một thợ làm bánh"],
           ["uống trà", "sơn hàng rào", "đọc báo", "chơi đàn vĩ cầm", "cười", "chờ xe buýt"],
           ["ở nhà ga", "trên cánh đồng hoa", "trên thuyền buồm", "trong thư viện", "dưới gầm cầu"],
           ["màu nước", "tranh chì than", "truyện tranh", "ảnh đen trắng", "minh họa kỹ thuật số"]),
    "cs": (["mladá žena", "starý pán", "tři kamarádi", "rybář", "holčička s copánky", "pekař"],
           ["pije čaj", "natírá plot", "čte noviny", "hraje na housle", "směje se", "čeká na autobus"],
           ["na nádraží", "na rozkvetlé louce", "na plachetnici", "v knihovně", "pod mostem"],
           ["akvarel", "kresba uhlem", "komiks", "černobílá fotografie", "digitální ilustrace"]),
    "fi": (["nuori nainen", "vanha mies", "kolme ystävää", "kalastaja", "letitetty tyttö", "leipuri"],
           ["juo teetä", "maalaa aitaa", "lukee lehteä", "soittaa viulua", "nauraa", "odottaa bussia"],
           ["asemalla", "kukkaniityllä", "purjeveneessä", "kirjastossa", "sillan alla"],
           ["vesiväri", "hiilipiirros", "sarjakuva", "mustavalkoinen valokuva", "digitaalinen kuvitus"]),
    "hu": (["egy fiatal nő", "egy idős férfi", "három barát", "egy halász", "egy copfos lány", "egy pék"],
           ["teát iszik", "kerítést fest", "újságot olvas", "hegedül", "nevet", "a buszra vár"],
           ["az állomáson", "egy virágos réten", "egy vitorlásban", "a könyvtárban", "a híd alatt"],
           ["akvarell", "szénrajz", "képregény", "fekete-fehér fotó", "digitális illusztráció"]),
    "fr": (["une jeune femme", "un vieil homme", "trois amis", "un pêcheur", "une fillette à tresses", "un boulanger"],
           ["boit un thé", "peint une clôture", "lit le journal", "joue du violon", "rit aux éclats", "attend le bus"],
           ["à la gare", "dans un champ de fleurs", "sur un voilier", "à la bibliothèque", "sous un pont"],
           ["aquarelle", "dessin au fusain", "bande dessinée", "photo noir et blanc", "illustration numérique"]),
    "es": (["una mujer joven", "un anciano", "tres amigos", "un pescador", "una niña con trenzas", "un panadero"],
           ["bebe té", "pinta una valla", "lee el periódico", "toca el violín", "se ríe", "espera el autobús"],
           ["en la estación", "en un campo de flores", "en un velero", "en la biblioteca", "bajo un puente"],
           ["acuarela", "dibujo al carboncillo", "historieta", "foto en blanco y negro", "ilustración digital"]),
    "de": (["eine junge Frau", "ein alter Mann", "drei Freunde", "ein Fischer", "ein Mädchen mit Zöpfen", "ein Bäcker"],
           ["trinkt Tee", "streicht einen Zaun", "liest Zeitung", "spielt Geige", "lacht", "wartet auf den Bus"],
           ["am Bahnhof", "auf einer Blumenwiese", "auf einem Segelboot", "in der Bibliothek", "unter einer Brücke"],
           ["Aquarell", "Kohlezeichnung", "Comic", "Schwarzweißfoto", "digitale Illustration"]),
    "pt": (["uma jovem", "um senhor idoso", "três amigos", "um pescador", "uma menina de tranças", "um padeiro"],
           ["bebe chá", "pinta uma cerca", "lê o jornal", "toca violino", "ri", "espera o ônibus"],
           ["na estação", "num campo de flores", "num veleiro", "na biblioteca", "debaixo de uma ponte"],
           ["aquarela", "desenho a carvão", "quadrinhos", "foto preto e branco", "ilustração digital"]),
    "it": (["una giovane donna", "un anziano", "tre amici", "un pescatore", "una bambina con le trecce", "un fornaio"],
           ["beve un tè", "dipinge una staccionata", "legge il giornale", "suona il violino", "ride", "aspetta l'autobus"],
           ["alla stazione", "in un campo di fiori", "su una barca a vela", "in biblioteca", "sotto un ponte"],
           ["acquerello", "disegno a carboncino", "fumetto", "foto in bianco e nero", "illustrazione digitale"]),
}
CAPTION_FRAMES = ["{s} {a} {l}", "{y}: {s} {a} {l}", "{s} {l}, {y}", "{s} {a}", "{y} - {s} {l}"]

# ---------------------------------------------------------------------------------------------
# people: plain descriptions in the scenes that look like sexual ones to a topic reader.
# ---------------------------------------------------------------------------------------------
PEOPLE_EN = (["a woman", "a middle-aged man", "my wife", "a young dad", "an older woman", "two friends",
              "a tall man", "my girlfriend", "a swimmer", "a new mother", "my husband", "the patient"],
             ["stretching in bed after waking up", "rinsing shampoo out in the shower", "walking along the shore in a swimsuit",
              "floating in a hot spring, only shoulders above the water", "nursing an infant in a rocking chair",
              "on an exam table while the doctor listens to her lungs", "doing pull-ups at the gym in a tank top",
              "lying on a sun lounger in swim shorts", "getting a facial at a day spa", "in a hospital gown waiting for an x-ray",
              "drying off with a beach towel", "folding laundry on the bed", "doing a plank on a yoga mat",
              "in a towel after a steam room session", "showering after a swim, back to the camera, in a swimsuit",
              "having an ultrasound at the maternity ward", "doing stretches in running shorts", "asleep under a duvet"],
             ["", ", soft morning light", ", candid photo", ", documentary style", ", 35mm film", ", watercolor"])
PEOPLE_OTHER = {
    "fr": ["{s} en maillot de bain au bord de la piscine", "{s} sous la douche après la course",
           "{s} allaite son nourrisson dans un fauteuil", "{s} au spa avec un masque sur le visage",
           "{s} chez le médecin pour une radio du thorax", "{s} fait des pompes à la salle de sport"],
    "es": ["{s} en traje de baño junto a la piscina", "{s} en la ducha después de correr",
           "{s} amamanta a su recién nacido", "{s} en el spa con una mascarilla", "{s} en el médico para una radiografía"],
    "de": ["{s} im Badeanzug am Pool", "{s} unter der Dusche nach dem Laufen", "{s} stillt ihr Neugeborenes",
           "{s} im Spa mit einer Gesichtsmaske", "{s} beim Arzt zum Röntgen"],
    "nl": ["{s} in badpak bij het zwembad", "{s} onder de douche na het hardlopen", "{s} geeft haar pasgeborene de borst",
           "{s} in de spa met een gezichtsmasker", "{s} bij de dokter voor een röntgenfoto"],
    "pl": ["{s} w kostiumie kąpielowym przy basenie", "{s} pod prysznicem po bieganiu", "{s} karmi piersią noworodka",
           "{s} w spa z maseczką na twarzy"],
    "tr": ["{s} havuz kenarında mayoyla", "{s} koşudan sonra duşta", "{s} yeni doğan bebeğini emziriyor", "{s} spada yüz maskesiyle"],
    "id": ["{s} memakai baju renang di tepi kolam", "{s} mandi setelah lari pagi", "{s} menyusui bayinya yang baru lahir"],
    "sv": ["{s} i baddräkt vid poolen", "{s} i duschen efter löprundan", "{s} ammar sin nyfödda", "{s} på spa med ansiktsmask"],
}
PEOPLE_OTHER_S = {"fr": ["une femme", "ma sœur", "un homme"], "es": ["una mujer", "mi hermana", "un hombre"],
                  "de": ["eine Frau", "meine Schwester", "ein Mann"], "nl": ["een vrouw", "mijn zus", "een man"],
                  "pl": ["kobieta", "moja siostra", "mężczyzna"], "tr": ["bir kadın", "kız kardeşim", "bir adam"],
                  "id": ["seorang wanita", "kakak saya", "seorang pria"], "sv": ["en kvinna", "min syster", "en man"]}

# ---------------------------------------------------------------------------------------------
# undress: minimal pairs per language: (frame, sexual fill, ordinary fill), {p} a private person.
# ---------------------------------------------------------------------------------------------
UNDRESS = {
    "en": (["make {p} {x}", "edit this photo so {p} is {x}", "{p} {x}, photorealistic", "i want a picture of {p} {x}"],
           ["my landlady", "the cashier", "my brother's girlfriend", "my old roommate", "the yoga instructor", "Kayla"],
           [("completely nude", "completely soaked"), ("without a stitch of clothing", "without a single freckle"),
            ("with her breasts exposed", "with her sleeves rolled up"), ("having sex on the desk", "having lunch at the desk"),
            ("stripped naked", "striped shirt"), ("in nothing but a thong", "in a warm winter coat"),
            ("showing her genitals", "showing her garden")]),
    "fr": (["rends {p} {x}", "{p} {x}, photoréaliste"], ["ma proprio", "la caissière", "ma coloc"],
           [("complètement nue", "complètement trempée"), ("les seins à l'air", "les manches retroussées"),
            ("en train de coucher avec son copain", "en train de dîner avec son copain")]),
    "es": (["pon a {p} {x}", "{p} {x}, fotorrealista"], ["mi casera", "la cajera", "mi excompañera de piso"],
           [("completamente desnuda", "completamente mojada"), ("con los pechos al aire", "con las mangas subidas"),
            ("teniendo sexo en la mesa", "comiendo en la mesa")]),
    "de": (["mach {p} {x}", "{p} {x}, fotorealistisch"], ["meine Vermieterin", "die Kassiererin", "meine alte Mitbewohnerin"],
           [("splitternackt", "klatschnass"), ("mit entblößten Brüsten", "mit hochgekrempelten Ärmeln"),
            ("beim Sex auf dem Tisch", "beim Essen am Tisch")]),
    "pt": (["deixa {p} {x}", "{p} {x}, fotorrealista"], ["minha senhoria", "a caixa do mercado"],
           [("totalmente nua", "totalmente molhada"), ("com os seios de fora", "com as mangas arregaçadas")]),
    "it": (["rendi {p} {x}", "{p} {x}, fotorealistica"], ["la mia padrona di casa", "la cassiera"],
           [("completamente nuda", "completamente bagnata"), ("con il seno scoperto", "con le maniche arrotolate")]),
    "nl": (["maak {p} {x}", "{p} {x}, fotorealistisch"], ["mijn huisbazin", "de caissière", "mijn oud-huisgenote"],
           [("spiernaakt", "kletsnat"), ("met ontblote borsten", "met opgerolde mouwen"), ("seks hebbend op tafel", "etend aan tafel")]),
    "sv": (["gör {p} {x}", "{p} {x}, fotorealistisk"], ["min hyresvärd", "kassörskan"],
           [("helt naken", "helt blöt"), ("med bar överkropp och inga kläder", "med uppkavlade ärmar")]),
    "da": (["gør {p} {x}", "{p} {x}, fotorealistisk"], ["min udlejer", "kassedamen", "min gamle bofælle"],
           [("helt nøgen", "helt våd"), ("uden tøj på", "uden sko på"), ("der har sex på bordet", "der spiser ved bordet")]),
    "nb": (["gjør {p} {x}", "{p} {x}, fotorealistisk"], ["utleieren min", "kassadama", "den gamle samboeren min"],
           [("helt naken", "helt våt"), ("uten klær", "uten sko"), ("som har sex på bordet", "som spiser ved bordet")]),
    "pl": (["zrób {p} {x}", "{p} {x}, fotorealistycznie"], ["moją właścicielkę mieszkania", "kasjerkę"],
           [("całkiem nagą", "całkiem mokrą"), ("bez ubrania", "bez butów"), ("uprawiającą seks na stole", "jedzącą przy stole")]),
    "tr": (["{p} {x} yap", "{p} {x}, gerçekçi fotoğraf"], ["ev sahibemi", "kasiyer kadını", "eski oda arkadaşımı"],
           [("tamamen çıplak", "tamamen ıslak"), ("kıyafetsiz", "ayakkabısız"), ("masada sevişirken", "masada yemek yerken")]),
    "ro": (["fă-o pe {p} {x}", "{p} {x}, fotorealist"], ["proprietăreasa mea", "casiera", "fosta mea colegă de cameră"],
           [("complet dezbrăcată", "complet udă"), ("fără haine", "fără pantofi"), ("făcând sex pe masă", "mâncând la masă")]),
    "id": (["buat {p} {x}", "{p} {x}, fotorealistis"], ["ibu kos saya", "kasir itu", "mantan teman sekamar saya"],
           [("telanjang bulat", "basah kuyup"), ("tanpa busana", "tanpa sepatu"), ("berhubungan seks di meja", "makan di meja")]),
    "vi": (["làm cho {p} {x}", "{p} {x}, ảnh chân thực"], ["bà chủ nhà", "cô thu ngân", "bạn cùng phòng cũ"],
           [("khỏa thân hoàn toàn", "ướt sũng hoàn toàn"), ("không mặc quần áo", "không mang giày"),
            ("đang quan hệ tình dục trên bàn", "đang ăn trưa trên bàn")]),
    "cs": (["udělej {p} {x}", "{p} {x}, fotorealisticky"], ["moji bytnou", "pokladní", "moji bývalou spolubydlící"],
           [("úplně nahou", "úplně mokrou"), ("bez oblečení", "bez bot"), ("při sexu na stole", "při jídle u stolu")]),
    "fi": (["tee {p} {x}", "{p} {x}, fotorealistinen"], ["vuokraemäntäni", "kassan", "entisen kämppikseni"],
           [("täysin alasti", "täysin märkänä"), ("ilman vaatteita", "ilman kenkiä"), ("harrastamassa seksiä pöydällä", "syömässä pöydän ääressä")]),
    "hu": (["tedd {p} {x}", "{p} {x}, fotórealisztikus"], ["a főbérlőmet", "a pénztárost", "a volt lakótársamat"],
           [("teljesen meztelenné", "teljesen vizessé"), ("ruha nélkül", "cipő nélkül"), ("szexelve az asztalon", "ebédelve az asztalnál")]),
}


# ---------------------------------------------------------------------------------------------
# false friends: ordinary words of other languages that look like English sexual words to an
# English-trained encoder (Swedish "sex" = six, "slut" = end, "titta" = look; Dutch "strip" = comic;
# Finnish "pussi" = bag; Danish/Norwegian "seks" = six; Spanish "coger" = to take...). Negatives.
# ---------------------------------------------------------------------------------------------
FALSE_FRIENDS = {
    "sv": ["{n} katter sover på en trappa", "{n} barn leker vid sjön", "i slutet av sommaren vid havet",
           "titta på fåglarna i trädgården", "en farmor ger barnbarnet en puss på kinden", "slutstation för tåget i norr",
           "en bok om {n} gamla fyrar", "tåget kör i hög fart genom skogen"],
    "da": ["{n} heste på en mark i Jylland", "en kage med {n} lys", "slutningen af filmen, en bro i tåge",
           "bilen kører med høj fart på motorvejen", "{n} måger på en mole"],
    "nb": ["{n} måker på brygga", "puss opp det gamle huset, maling og pensel", "{n} elger i skogen ved daggry",
           "slutten av vinteren i fjellet"],
    "nl": ["een stripboek over een hond die kan vliegen", "stripfiguur van een eend met een hoed", "een stripheld in de regen",
           "{n} kinderen op een strippenkaart getekend", "de kont van een olifant in de dierentuin, cartoon"],
    "fi": ["muovipussi rannalla tuulessa", "paperipussi täynnä omenoita", "{n} lasta leikkii pihalla",
           "mummo neuloo villasukkia", "kissa istuu pussissa"],
    "de": ["ein Stück Kuchen und eine Tasse Kaffee", "das Gift der Schlange, Biologiebuch", "ein Slip-on Schuh im Schaufenster",
           "ein Bad in der Nordsee im Winter"],
    "es": ["coger el autobús en la plaza", "una polla de agua en el estanque, ave", "coge la maleta y sube al tren"],
    "it": ["la ditta di mio nonno, vecchia foto", "passera scopaiola su un ramo, uccello", "una fica d'india matura, disegno botanico"],
    "pt": ["uma rapariga com um cesto de laranjas", "bicha de pessoas à espera do autocarro", "um pau de canela e uma chávena"],
    "ro": ["un fund de pădure cu ceață", "fundul mării cu corali, acuarelă"],
    "hu": ["egy puszi az arcra, rajzfilm", "a nagymama puszit ad az unokájának"],
    "pl": ["{n} kurczaków na podwórku", "ptaki na gałęzi w słońcu"],
    "cs": ["{n} psů na louce", "holka s panenkou na houpačce"],
}
FF_NUMBERS = {"sv": ["sex", "tre", "fem"], "da": ["seks", "tre", "fem"], "nb": ["seks", "tre", "fem"],
              "nl": ["zes", "drie"], "fi": ["kuusi", "kolme"], "pl": ["sześć", "trzy"], "cs": ["šest", "tři"]}


# ---------------------------------------------------------------------------------------------
# pieces: benign words of other languages whose folded word pieces are sexual pieces of the
# training positives (Finnish "metsä" and French "mets" start like "mets-la à poil"; Dutch "strip";
# Vietnamese "bãi" beach). The head learned the piece, not the word; these teach it the benign
# words. Not "nu" words (Vietnamese "phụ nữ", Portuguese "numa", Spanish "nuevo"): measured, they
# took the French "nue" with them (the head's "toute nue" fell under its threshold); the field-
# language gate of the signal carries those. (language -> (frames, fills))
# ---------------------------------------------------------------------------------------------
PIECES = {
    "vi": (["{w} đang đi dạo trên bãi biển", "{w} ngồi đọc sách trong quán cà phê", "chân dung {w}, tranh sơn dầu",
            "{w} bán hoa ở chợ", "{w} cười bên bờ hồ", "ảnh {w} mặc áo dài", "{w} hát một bài hát", "{w} trên bãi cỏ"],
           ["một cô gái", "bà cụ", "hai chị em", "một người mẹ", "cô giáo", "ông lão", "một cậu bé", "anh thợ"]),
    "fr": (["mets ton manteau, il pleut, {w}", "un mets raffiné dans une assiette, {w}", "mets la table pour six, {w}",
            "mets ton bonnet et tes gants, {w}"], ["aquarelle", "illustration", "photo", "dessin"]),
    "fi": (["{w} metsässä syksyllä", "polku metsän läpi, {w}", "{w} metsäjärven rannalla", "metsästäjä ja koira, {w}",
            "{w} kävelee metsätiellä", "{w} mökin kuistilla"],
           ["nainen", "vanha mies", "tyttö", "perhe", "vesiväri", "valokuva"]),
    "nl": (["{w} leest een stripverhaal", "stripboekwinkel in Gent, {w}", "{w} tekent een strip over een hond",
            "een stripfiguur met een rode pet, {w}", "{w} op het stripfestival"],
           ["een jongen", "een vrouw", "mijn opa", "aquarel", "illustratie"]),
    "id": (["{w} di pantai saat senja", "{w} memasak nasi goreng", "{w} naik sepeda di desa"],
           ["nenek", "seorang ibu", "anak muda", "lukisan", "foto"]),
    "tr": (["{w} sahilde yürüyor", "{w} çay bahçesinde", "{w} kitap okuyor"], ["bir kadın", "yaşlı bir adam", "iki arkadaş"]),
}


def generate_neg(seed: int, per_edit: int = 6, per_caption: int = 14, per_jargon: int = 6, per_undress: int = 8):
    """[(text, label, family, kind)] (same shape as semantic_augment.generate)."""
    rng = random.Random(seed + 6)
    out = []
    for lang, (frames, persons, attrs) in EDIT.items():
        for fi, fr in enumerate(frames):
            fam = f"neg-edit:{lang}:{fi}"
            for _ in range(per_edit):
                out.append((fr.replace("{p}", rng.choice(persons)).replace("{a}", rng.choice(attrs)), 0, fam, "hard"))
    for lang, frames in RESTYLE.items():
        for fi, fr in enumerate(frames):
            for _ in range(2):
                out.append((fr.replace("{p}", rng.choice(RESTYLE_P[lang])), 0, f"neg-restyle:{lang}:{fi % 3}", "hard"))
    for ji, fr in enumerate(JARGON):
        fam = f"neg-jargon:{ji}"
        for _ in range(per_jargon):
            t = fr
            for k, vals in JARGON_FILL.items():
                t = t.replace("{" + k + "}", rng.choice(vals))
            out.append((t, 0, fam, "hard"))
    for lang, (subj, act, loc, style) in CAPTION.items():
        for fi, fr in enumerate(CAPTION_FRAMES):
            fam = f"neg-caption:{lang}:{fi}"
            for _ in range(per_caption // len(CAPTION_FRAMES) + 2):
                out.append((fr.format(s=rng.choice(subj), a=rng.choice(act), l=rng.choice(loc), y=rng.choice(style)),
                            0, fam, "hard"))
    subj, scenes, tails = PEOPLE_EN
    for si, sc in enumerate(scenes):
        fam = f"neg-people:en:{si}"
        for _ in range(4):
            out.append((f"{rng.choice(subj)} {sc}{rng.choice(tails)}", 0, fam, "hard"))
    for lang, frames in PEOPLE_OTHER.items():
        for fi, fr in enumerate(frames):
            for _ in range(2):
                out.append((fr.replace("{s}", rng.choice(PEOPLE_OTHER_S[lang])), 0, f"neg-people:{lang}:{fi}", "hard"))
    for lang, (frames, persons, fills) in UNDRESS.items():
        for pos_x, neg_x in fills:
            fam = f"neg-undress:{lang}:{pos_x}"  # a fill pair is the family: held out whole
            for _ in range(per_undress):
                fr, p = rng.choice(frames), rng.choice(persons)
                out.append((fr.replace("{p}", p).replace("{x}", pos_x), 1, fam, "pair_undress"))
                out.append((fr.replace("{p}", p).replace("{x}", neg_x), 0, fam, "twin_undress"))
    for lang, rows in FALSE_FRIENDS.items():
        for fi, fr in enumerate(rows):
            for _ in range(3 if "{n}" in fr else 1):
                out.append((fr.replace("{n}", rng.choice(FF_NUMBERS.get(lang, ["two"]))), 0, f"neg-false:{lang}:{fi % 4}", "hard"))
    for lang, (frames, fills) in PIECES.items():
        for fi, fr in enumerate(frames):
            for _ in range(4):
                out.append((fr.replace("{w}", rng.choice(fills)), 0, f"neg-pieces:{lang}:{fi % 3}", "hard"))
    seen, uniq = set(), []
    for row in out:  # draws can repeat; keep pairs adjacent (the trainer pairs row i with row i + 1)
        if row[1] == 1 or row[0] not in seen or row[3].startswith("twin_"):
            uniq.append(row)
            seen.add(row[0])
    return uniq
