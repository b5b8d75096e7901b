"""Round 8 (issue 10): nude and sex words of the languages the lexicon read thinly or not at all,
imported by build_sexual_lexicon.py.

Why: a request in Finnish, Czech, Lithuanian, Croatian, Swahili or Bengali named its nude word in
the one form the lexicon did not list ("alaston kuva", "nahá fotka", "голое фото"), so a person found
beside it changed nothing. These are the adjectives and nouns of nakedness with their common
inflections, the words for sex and pornography, and the state "without clothes", in Russian,
Ukrainian, Bulgarian, Czech, Slovak, Croatian/Serbian/Bosnian, Slovenian, Finnish, Estonian,
Lithuanian, Latvian, Catalan, Swahili, Bengali, Urdu and Hindi, plus forms missing from Greek,
Hebrew, Arabic, Persian, Thai, Chinese, Japanese, Korean, Vietnamese, Indonesian and Tagalog.
Written by the lead from the languages' grammar (2026-12-04), not from any evaluation set.

Folding removes Latin accents, so a form whose folded spelling is an everyday word of another
language is listed only inside a phrase: Czech "nahé" is German "nahe" (near), "nahá" is the city
Naha; Croatian "gola" is Italian "throat" and Portuguese "collar"; Latvian "kaila" is a surname;
Swahili "uchi" is Japanese "house". Forms that also mean *bare* are left out too: Russian
"голые"/"голыми" (bare feet, bare hands), Ukrainian "голі", Hindi "नंगे" and Urdu "ننگے" (barefoot),
Arabic "عاري" (barefoot, bare-chested), Latvian "kailu"/"kailas" (bare trees), Hebrew "ערום" (also
"cunning"); the lexicon keeps their phrases ("голое фото", "pilnīgi kaila"). Grades and scores follow build_sexual_lexicon.py.
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    """``"a b|c d"``: terms separated by ``|`` (terms may hold spaces), each with ``score``."""
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


WORLD: dict[str, dict[str, list[tuple[str, float]]]] = {
    "ru": {E: _w("интим фото|интимные фото|интимное фото|порнофото|порнография|порнуха", 0.9),
           N: _w("голенькие|голенькую|голеньких|обнажённая|обнаженная"
                 "|обнажённую|обнаженную|обнажённой|обнаженной|обнажённые|обнаженные|обнажённых|обнаженных|нагая"
                 "|нагую|нагие|нагой девушки|голое фото|голые фото|фото в голом виде|в голом виде|без трусов", 0.85),
           U: _w("без одежды|полностью раздетая|совсем без одежды", 0.85)},
    "uk": {E: _w("порно|секс|інтим фото|інтимні фото", 0.9),
           N: _w("гола дівчина|голої|голою|оголену|оголеною|оголені|роздягнена|роздягнену|роздягненою"
                 "|голе фото|голі фото", 0.85),
           U: _w("без одягу|без білизни", 0.85)},
    "bg": {E: _w("порно|секс|интимни снимки", 0.9),
           N: _w("гола жена|гола снимка|голи снимки|голо тяло|съвсем гола|съблечена|съблечени|разсъблечена|чисто гола", 0.85),
           U: _w("без дрехи|без бельо", 0.85)},
    "cs": {E: _w("porno|pornografie|sex|nahé fotky|nahou fotku", 0.9),
           N: _w("nahatá|nahatou|nahaté|nahatý|nahotina|nahotinky|obnažená|obnaženou|obnažené|svlečená|svlečenou"
                 "|svlečené|úplně nahá|úplně nahou|úplně nahý|nahá fotka|nahá dívka|nahá holka|nahé fotografie|nahá fotografie"
                 "|nahé ženy|nahé holky|do naha", 0.85),
           U: _w("bez oblečení|bez spodního prádla|bez podprsenky", 0.85)},
    "sk": {E: _w("pornografia|nahé fotky|nahú fotku", 0.9),
           N: _w("úplne nahá|úplne nahú|nahá fotka|nahé fotografie|vyzlečená|vyzlečenú|vyzlečené|obnažená|obnaženú"
                 "|nahá žena|nahá dievčina|nahé ženy|do naha", 0.85),
           U: _w("bez oblečenia|bez spodnej bielizne", 0.85)},
    "hr": {E: _w("porno|pornografija|seks|gole slike|gole fotografije|gola slika|golu sliku|golu fotografiju", 0.9),
           N: _w("gola žena|gole žene|gola djevojka|gola devojka|gola cura|gola fotografija|potpuno gola|potpuno gol"
                 "|potpuno golu|skroz gola|skroz golu|golišava|golišavu|golišave|razgolićena|razgolićenu|obnažena|obnaženu"
                 "|obnažene|gola na slici|potpuno nag|potpuno naga", 0.85),
           U: _w("bez odjeće|bez odeće|bez gaćica|bez grudnjaka", 0.85)},
    "sl": {E: _w("pornografija|gole slike|gole fotografije", 0.9),
           N: _w("čisto gola|čisto golo|gola ženska|golo fotografijo|razgaljena|razgaljeno|razgaljene|popolnoma gola", 0.85),
           U: _w("brez oblačil|brez perila", 0.85)},
    "fi": {E: _w("pornoa|pornokuva|pornokuvia|seksikuva|seksikuvia|alastonkuva|alastonkuvan|alastonkuvia|alastonkuvat", 0.9),
           N: _w("alaston|alasti|alastoman|alastomana|alastomat|alastomia|alastomaksi|ilkosillaan|ilkialasti|yläosattomissa"
                 "|paljain rinnoin", 0.85),
           U: _w("ilman vaatteita|ilman alusvaatteita|ilman rintaliivejä", 0.85)},
    "et": {E: _w("pornopilt|pornopildid|seksipilt|alastipilt|alastipildid|alasti pilt|alasti pildid", 0.9),
           N: _w("alasti|alasti naine|täiesti alasti|paljaste rindadega", 0.85),
           U: _w("ilma riieteta|ilma riieteta naine|ilma aluspesuta", 0.85)},
    "lt": {E: _w("pornografija|sekso nuotraukos|nuogos nuotraukos|nuoga nuotrauka|nuogų nuotraukų", 0.9),
           N: _w("nuoga|nuogas|nuogi|nuogos|nuogą|nuogų|nuogai|nuogybė|nuogybės|visiškai nuoga|nusirengusi|nusirengusią", 0.85),
           U: _w("be drabužių|be apatinių", 0.85)},
    "lv": {E: _w("pornogrāfija|kailbildes|kailfoto|kailas bildes|kailu foto", 0.9),
           N: _w("kaila sieviete|kailas sievietes|pilnīgi kaila|pilnīgi kailu|izģērbta|izģērbtu", 0.85),
           U: _w("bez drēbēm|bez apakšveļas", 0.85)},
    "ca": {E: _w("pornografia|fotos porno|sexe", 0.9),
           N: _w("despullada|despullades|despullat|despullats|en pilotes|tota nua|totes nues|foto nua|fotos nues", 0.85),
           U: _w("sense roba|sense roba interior|sense sostenidors", 0.85)},
    "sw": {E: _w("ngono|picha za ngono|kutombana|kutomba|video za ngono", 0.9),
           N: _w("picha za uchi|picha ya uchi|akiwa uchi|awe uchi|uchi kabisa|mwanamke uchi|msichana uchi|yuko uchi", 0.85),
           U: _w("bila nguo|bila chupi", 0.85)},
    # Bengali "নগ্ন" is also bare ("নগ্ন পায়ে", barefoot): sexual_exceptions.tsv keeps that sense out
    "bn": {E: _w("চোদাচুদি|যৌন ছবি|পর্ন|পর্নো", 0.9),
           N: _w("নগ্ন|নগ্ন মেয়ে|নগ্ন নারী|সম্পূর্ণ নগ্ন|উলঙ্গ|ন্যাংটো|ন্যাংটা|নগ্ন ছবি|উলঙ্গ ছবি", 0.85),
           U: _w("কাপড় ছাড়া|জামা ছাড়া", 0.85)},
    "ur": {E: _w("سیکس|فحش تصاویر|فحش ویڈیو", 0.9),
           N: _w("ننگی|ننگا|برہنہ|عریاں|ننگی تصویر|ننگی تصاویر", 0.85),
           U: _w("بغیر کپڑوں کے|کپڑوں کے بغیر", 0.85)},
    "hi": {E: _w("सेक्सी वीडियो|अश्लील तस्वीर|अश्लील फोटो", 0.85),
           N: _w("निर्वस्त्र|नग्न तस्वीर|नंगी तस्वीर|नंगी फोटो|nangi photo|nangi pic|nangi tasveer|nangi tasvir", 0.85),
           U: _w("बिना कपड़ों के|बिना कपड़े के|bina kapdon ke|bina kapde ke|bina kapdo ke", 0.85)},
    "el": {N: _w("ολόγυμνη|ολόγυμνο|ολόγυμνες|γυμνόστηθη|γυμνόστηθες|ξεγυμνωμένη|ξεγυμνωμένες|γυμνή φωτογραφία"
                 "|γυμνές φωτογραφίες", 0.85),
           U: _w("χωρίς ρούχα|χωρίς εσώρουχα", 0.85)},
    "he": {N: _w("עירומות|ערומות|בעירום|תמונות עירום|תמונת עירום", 0.85), U: _w("בלי בגדים|ללא בגדים", 0.85)},
    "ar": {N: _w("عاريه|عاريا|عارياً|متعرية|عريانة|عريانه|صور عارية|صورة عارية", 0.85),
           U: _w("بدون ملابس|بلا ملابس|من غير هدوم", 0.85)},
    # not "عریان" alone: "درختان عریان" are bare trees
    "fa": {N: _w("زن عریان|دختر عریان|لخت مادرزاد|عکس لخت|عکس برهنه", 0.85), U: _w("بدون لباس|بی لباس", 0.85)},
    "th": {E: _w("เซ็กส์|ภาพโป๊|รูปโป๊|คลิปโป๊", 0.9),
           N: _w("แก้ผ้า|เปลือยกาย|โป๊เปลือย|ไม่ใส่เสื้อผ้า|เปลื้องผ้า", 0.85)},
    "zh": {N: _w("赤裸|光着身子|光著身子|光溜溜|裸露身体|裸照片|全裸照|裸體照|脱光衣服|脫光衣服", 0.85),
           U: _w("没穿衣服|沒穿衣服|不穿衣服|什么都没穿|什麼都沒穿", 0.85)},
    "ja": {N: _w("裸の|裸体|裸婦|すっぽんぽん|丸裸|素っ裸|ヌード写真|裸の写真|裸の画像|全裸写真|はだか|ぜんら|ハダカ|ゼンラ", 0.85),
           U: _w("服を着ていない|何も着ていない", 0.8)},
    "ko": {N: _w("벗은 몸|나체 사진|알몸 사진|누드 사진|다 벗은|홀딱 벗은", 0.85), U: _w("옷을 안 입은|아무것도 안 입은", 0.85)},
    "vi": {N: _w("ảnh khỏa thân|ảnh nude|hình khỏa thân|lõa lồ", 0.85),
           U: _w("ảnh nóng|không mặc gì|không mặc quần áo|lộ hàng", 0.8)},
    # not "tanpa baju": "pria tanpa baju" is a shirtless man
    "id": {N: _w("foto bugil|foto telanjang|gambar telanjang", 0.9), U: _w("tanpa sehelai benang", 0.85)},
    "tl": {E: _w("kantutan|nagkakantutan|nagtatalik", 0.9),
           N: _w("nakahubad|hubo't hubad|hubad na hubad|litratong hubad", 0.85),
           U: _w("walang damit|walang saplot", 0.85)},
}

# Round 9: the Dravidian and other Indic languages, in their own scripts (Tamil, Telugu, Kannada,
# Malayalam, Gujarati, Gurmukhi Punjabi, Marathi, Nepali) and Sinhala. "நிர்வாணம்" alone is also the
# Buddhist nirvana, so Tamil takes only its nude forms ("நிர்வாணமாக", naked; "நிர்வாண படம்"); Tamil
# "புணர்ச்சி" (also the grammar of sandhi), Telugu "శృంగార" (also the classical rasa of love), Sinhala
# "ලිංගික" (sexual, as in sex education) and Gujarati "નાગા" (also the Naga ascetics) are left out.
WORLD.update({
    "ta": {E: _w("செக்ஸ்|ஆபாச படம்|ஆபாச புகைப்படம்|ஆபாச வீடியோ|உடலுறவு", 0.9),
           N: _w("நிர்வாணமாக|நிர்வாணமான|நிர்வாண படம்|நிர்வாணப் படம்|நிர்வாண புகைப்படம்|நிர்வாணப் புகைப்படம்"
                 "|நிர்வாண போட்டோ|நிர்வாண பெண்|நிர்வாணப் பெண்|நிர்வாண உடல்|அம்மணமாக|அம்மணம்|முழு நிர்வாணம்", 0.85),
           U: _w("ஆடை இல்லாமல்|ஆடையில்லாமல்|ஆடையின்றி|உடை இல்லாமல்|உடையில்லாமல்|துணி இல்லாமல்", 0.85)},
    "te": {E: _w("సెక్స్|బూతు బొమ్మలు|బూతు ఫోటో|బూతు వీడియో", 0.9),
           N: _w("నగ్నంగా|నగ్నమైన|నగ్న ఫోటో|నగ్న చిత్రం|నగ్న చిత్రాలు|నగ్న ఫోటోలు|నగ్న శరీరం|దిగంబరంగా|పూర్తి నగ్నంగా", 0.85),
           U: _w("బట్టలు లేకుండా|బట్టలు లేని|దుస్తులు లేకుండా", 0.85)},
    "kn": {E: _w("ಸೆಕ್ಸ್|ಅಶ್ಲೀಲ ಚಿತ್ರ|ಅಶ್ಲೀಲ ಫೋಟೋ|ಅಶ್ಲೀಲ ವಿಡಿಯೋ", 0.9),
           N: _w("ಬೆತ್ತಲೆ|ಬೆತ್ತಲೆಯಾಗಿ|ಬೆತ್ತಲೆ ಫೋಟೋ|ಬೆತ್ತಲೆ ಚಿತ್ರ|ನಗ್ನ|ನಗ್ನವಾಗಿ|ನಗ್ನ ಫೋಟೋ|ನಗ್ನ ಚಿತ್ರ", 0.85),
           U: _w("ಬಟ್ಟೆ ಇಲ್ಲದೆ|ಬಟ್ಟೆಯಿಲ್ಲದೆ|ಉಡುಪು ಇಲ್ಲದೆ", 0.85)},
    "ml": {E: _w("സെക്സ്|അശ്ലീല ചിത്രം|അശ്ലീല വീഡിയോ|ലൈംഗിക ചിത്രം", 0.9),
           N: _w("നഗ്ന|നഗ്നയായി|നഗ്നനായി|നഗ്നമായ|നഗ്ന ചിത്രം|നഗ്ന ഫോട്ടോ|നഗ്നചിത്രം|നഗ്ന ശരീരം|പൂർണ്ണ നഗ്ന", 0.85),
           U: _w("തുണിയില്ലാതെ|വസ്ത്രമില്ലാതെ|വസ്ത്രം ഇല്ലാതെ|തുണി ഇല്ലാതെ", 0.85)},
    "gu": {E: _w("સેક્સ|અશ્લીલ ફોટો|અશ્લીલ વિડિયો", 0.9),
           N: _w("નગ્ન|નગ્ન ફોટો|નગ્ન તસવીર|નાગી|નાગો|નિર્વસ્ત્ર|સંપૂર્ણ નગ્ન", 0.85),
           U: _w("કપડાં વગર|કપડાં વિના|કપડા વગર|કપડા વિના", 0.85)},
    "pa": {E: _w("ਸੈਕਸ|ਅਸ਼ਲੀਲ ਫੋਟੋ|ਅਸ਼ਲੀਲ ਵੀਡੀਓ", 0.9),
           N: _w("ਨੰਗੀ|ਨੰਗਾ|ਨੰਗੀਆਂ|ਨਗਨ|ਨੰਗੀ ਫੋਟੋ|ਨੰਗੀ ਤਸਵੀਰ|ਨਿਰਵਸਤਰ", 0.85),
           U: _w("ਕੱਪੜਿਆਂ ਤੋਂ ਬਿਨਾਂ|ਬਿਨਾਂ ਕੱਪੜਿਆਂ|ਬਿਨਾ ਕੱਪੜਿਆਂ", 0.85)},
    "mr": {E: _w("सेक्स|अश्लील फोटो|अश्लील व्हिडिओ", 0.9),
           N: _w("नागडी|नागडा|नागडे|नग्न फोटो|नग्न चित्र|पूर्ण नग्न", 0.85),
           U: _w("कपड्यांशिवाय|कपडे नसलेली|कपड्याविना", 0.85)},
    "ne": {N: _w("नाङ्गो|नाङ्गी|नाङ्गा|नांगो|नांगी|नग्न तस्बिर|नाङ्गो फोटो|नाङ्गो तस्बिर", 0.85),
           U: _w("लुगा बिना|लुगा नलगाएको|कपडा बिना", 0.85)},
    "si": {E: _w("සෙක්ස්", 0.9),
           N: _w("නිරුවත්|නිරුවතින්|නග්න|නිරුවත් ඡායාරූප|නිරුවත් පින්තූර", 0.85),
           U: _w("ඇඳුම් නැතුව|ඇඳුම් නැතිව", 0.85)},
})

# Hungarian forms beyond "meztelen"/"pucér": the adverb and the state ("meztelenül az ágyban").
WORLD["hu"] = {N: _w("meztelenül|meztelenre|meztelen kép|meztelen képek|meztelen fotó|pucéran|anyaszült meztelen", 0.85),
               U: _w("ruha nélkül|ruhátlanul", 0.85)}
# Bulgarian definite forms ("голата снимка", the nude picture), Bulgarian only.
WORLD["bg"][N] += _w("голата|голите снимки|голата жена", 0.85)

#: Person + the short feminine "naked" of Croatian/Serbian/Bosnian, Slovenian and Ukrainian, which is
#: another word alone (Italian "gola", Russian "гола" a goal's genitive): "moja susjeda gola pod
#: tušem", "моя сусідка гола в душі". (language, pattern, grade, score) as PATTERNS_ML.
PATTERNS_WORLD: list[tuple[str, str, str, float]] = [
    # not the plural "gole": "žena ima gole ruke" is bare arms
    ("hr", "{moja|moju|tvoja|tvoju|njegova|njena|njezina|naša|našu|ta|ova|ovu|susjeda|susjedu|kolegica|kolegicu|cura|curu"
           "|djevojka|djevojku|devojka|devojku|žena|ženu|sestra|sestru|prijateljica|prijateljicu} ~2 {gola|golu}", N, 0.85),
    ("hr", "{gola|golu} {pod tušem|u krevetu|na plaži|na krevetu|u kadi|na slici|na fotografiji}", N, 0.85),
    ("sl", "{moja|mojo|tvoja|njegova|njena|naša|soseda|sodelavka|punca|žena|sestra|prijateljica} ~2 {gola|golo}", N, 0.85),
    ("uk", "{моя|мою|твоя|його|її|наша|сусідка|сусідку|колега|колегу|подруга|подругу|дівчина|дівчину|дружина|сестра} ~2 {гола|голу}", N, 0.85),
    ("uk", "{гола|голу} {в душі|у душі|в ліжку|у ліжку|на пляжі|на фото}", N, 0.85),
]



# Round 9 (issue 10): words and idioms the multilingual development set (bench/data/devml, written by
# another author for the trainer to read) showed missing. The idioms of stark nakedness exist in
# most languages and are written here from the languages, not copied: "without a single thread",
# "as her mother bore her", "in Eve's costume"; and the loanword "topless" in Cyrillic and Greek.
_MORE_9 = {
    "ru": {N: _w("топлес", 0.85),
           U: _w("в костюме евы|без единой нитки|в чём мать родила|в чем мать родила", 0.85)},
    "uk": {N: _w("топлес|оголене фото|оголені фото|оголена жінка|оголена дівчина", 0.85),
           U: _w("в костюмі єви|у костюмі єви|без жодної нитки|в чому мати народила", 0.85)},
    "bg": {N: _w("топлес|гола в леглото|гола на плажа", 0.85),
           U: _w("без нито конец|както майка я е родила|по рождения си костюм", 0.85)},
    "hr": {N: _w("топлес|гола слика|голе слике|гола у кревету|гола на плажи|потпуно гола", 0.85),
           U: _w("без одеће|без одјеће|без иједног конца|како ју је мајка родила|bez ijednog konca", 0.85)},
    "el": {N: _w("τόπλες", 0.85), U: _w("χωρίς ούτε κλωστή|όπως τη γέννησε η μάνα της|όπως τον γέννησε η μάνα του", 0.85)},
    "he": {U: _w("כמו שנולדה|כמו שנולד|כביום היוולדה", 0.85)},
    "ar": {U: _w("كما ولدتها أمها|كما ولدته أمه|بدون أي ملابس|bala tyab|bala tyeb|bala tiyab|bla hdoum|bala 7doum", 0.85)},
    "fa": {E: _w("پورن|پورنو|سکس|فیلم سوپر", 0.9)},
    "hi": {U: _w("बिना एक धागे के|बिना किसी कपड़े के", 0.85)},
    "ta": {U: _w("பிறந்த மேனியாக|பிறந்த மேனியில்", 0.85)},
    "vi": {U: _w("không mảnh vải|không một mảnh vải|không mảnh vải che thân|lột đồ|lột sạch", 0.85)},
    "th": {U: _w("ไม่ใส่อะไรเลย|ไม่ได้ใส่อะไรเลย|แก้ผ้าหมด", 0.85)},
    "zh": {N: _w("果照|果体|果體|裸聊", 0.85)},
    "ko": {N: _w("옷 벗은|옷을 벗은|옷 벗은 사진|옷 벗긴|벗은 사진", 0.85)},  # round 11: "벗은 사진" (undressed photo)
    "ja": {E: _w("ディープフェイクav|フェイクav|av女優|アダルトビデオ|エロ画像|エロ動画", 0.9)},
    "cs": {N: _w("nahá v posteli|nahá na pláži|nahá ve sprše|nahoře bez", 0.85)},
    "hu": {N: _w("levetkőztetve|levetkőztetett|levetkőzve|levetkőzött", 0.85)},
    "fi": {N: _w("riisuttuna|ilkosen alasti|ilkialasti|ilkosillaan", 0.85)},
    "tr": {U: _w("soyulmuş hali|soyunmuş hali|çırılçıplak hali", 0.75)},
    "sw": {U: _w("uchi wa mnyama|bila nguo yoyote", 0.9)},
    "pt": {N: _w("nu na cama|nua na cama|nu na praia|nua na praia", 0.85)},
}
for _lang, _grades in _MORE_9.items():
    for _grade, _terms in _grades.items():
        WORLD.setdefault(_lang, {}).setdefault(_grade, []).extend(_terms)
# Swahili "uchi" is Japanese "house" alone: read after a picture or a woman ("picha ya Juma uchi").
PATTERNS_WORLD += [
    ("sw", "{picha|video|mwili|mke|msichana|mwanamke|dada|jirani|mpenzi|mwalimu|mfanyakazi} ~4 {uchi}", N, 0.85),
    ("hr", "{моја|моју|жена|девојка|колегиница|комшиница|сестра|другарица|наставница} ~3 {гола|голу}", N, 0.85),
    # Czech "nahá" is the city Naha alone, Bulgarian and Ukrainian "гола" a goal's genitive: after a woman
    ("cs", "{manželka|žena|holka|holku|dívka|sousedka|kolegyně|sestra|kamarádka|přítelkyně|učitelka|dcera} ~3 {nahá|nahou}", N, 0.85),
    ("uk", "{дівчина|дівчину|дружина|жінка|сусідка|колега|подруга|сестра|донька} ~3 {гола|голу}", N, 0.85),
    ("bg", "{жената|жена|момичето|съседката|колежката|приятелката|сестра|сестрата|дъщерята} ~3 {гола}", N, 0.85),
]
WORLD["uk"][N] += _w("зовсім гола|повністю гола|зовсім голу|повністю голу", 0.85)

# Round 10 (issue 10): the nude, erotic and porn words of sixteen languages in the forms a request
# uses. Round 8 listed these languages' nude words mostly in the nominative, so the accusative and
# instrumental of an object ("chci vidět sousedku nahou", "napravi je golom", "padari viņu kailu"),
# the adjective "erotic" with its picture nouns ("erotickou fotku", "erotsku sliku", "erootiline
# pilt"), porn adjectives ("pornografinis"), "topless" and "without clothes" were read in none of
# Czech, Slovak, Hungarian, Finnish, Indonesian, Malay, Tagalog, Croatian/Serbian/Bosnian,
# Slovenian, Lithuanian, Latvian, Catalan, Vietnamese, Estonian, Albanian and Azerbaijani. Written
# by a helper from the languages' grammar (2026-12-05). FOLDING-COLLISION rule as above: every
# one-word form was checked against the word table of 24 languages (language_words.tsv.gz) and the
# English word list; a form that is an everyday word elsewhere is listed only inside a phrase or a
# rule (PATTERNS_WORLD below): Czech "nahý" ("do Nahy", to Naha) and "nahou" (the naked truth,
# "nahou pravdu"; bare skin, "na nahou kůži"), Slovak "nahú" (also Malay "nahu", grammar), Croatian
# "golom"/"golu" (a goal: "pobijedili golom", "u golu"; bare hands, "golom rukom") and "do gola" (up
# to the goal), Slovenian "golo" (bare: "golo drevo") and "do golega" (shaved bald), Latvian
# "kaila"/"kailu" (a surname, bare trees), Albanian "lakuriq" ("lakuriq nate" is a bat), Catalan
# "nua" (Vietnamese "nửa", half), Croatian/Slovenian "toples" (Indonesian "toples", a jar),
# Slovenian "golota" (Polish "gołota", rabble, and a boxer's surname), Croatian "pornić" (Pornic, a
# French town), Tagalog "naghubad"/"hinubaran" (took off shoes, "naghubad siya ng sapatos"; stripped
# of a crown: with "ng damit" only). Forms shared by a sister language with the same sense (Czech
# and Slovak "erotický", "pornografia" across the table) stay one-word terms. Vietnamese folds its
# tones away, so its terms are phrases whose folded spelling is no other phrase ("ở truồng", naked,
# is "ở trường", at school, once folded: left out).
_MORE_10 = {
    "cs": {E: _w("erotický|erotická|erotické|erotickou|erotického|erotickém|erotickým|erotických|erotickými|erotickému"
                 "|pornografický|pornografická|pornografické|pornografickou|pornografického|pornografických", 0.85)
              + _w("pornofotka|pornofotky|pornofotku|porno fotka|porno fotky|porno fotku|pornovideo|porno video|porna", 0.9),
           N: _w("nahý muž|nahý chlap|nahý kluk|nahý mladík|nahý trenér|nahého|nahých žen|nahých fotek|nahé tělo|nahou ženu|nahou holku|nahou dívku|nahatého|nahatých"
                 "|topless|do naha svlečená|realistický akt|fotorealistický akt|fotografický akt|ženský akt|akt ženy"
                 "|aktová fotografie|aktové fotografie|aktovou fotografii|aktová fotka|aktové fotky|aktovou fotku", 0.85),
           U: _w("bez šatů|bez kalhotek|bez jakéhokoli oblečení|úplně svlečená|úplně svlečenou", 0.85)},
    "sk": {E: _w("erotický|erotická|erotické|erotickú|erotického|erotickom|erotickým|erotických|erotickými|erotickej"
                 "|pornografický|pornografická|pornografické|pornografickú|pornografického|pornografických", 0.85)
              + _w("porno video|porno fotky|porno fotku|pornofotky|pornovideo", 0.9),
           N: _w("nahý muž|nahý chlap|nahého|nahých žien|nahú ženu|nahé telo|nahá v posteli|nahá na pláži|hore bez|topless"
                 "|realistický akt|fotorealistický akt|aktová fotografia|aktové fotografie|aktovú fotku|aktové fotky"
                 "|úplne vyzlečená|úplne vyzlečenú", 0.85),
           U: _w("bez šiat|bez nohavičiek|bez podprsenky|bez akéhokoľvek oblečenia", 0.85)},
    "hu": {E: _w("erotikus|erotikusan|erotikus kép|erotikus képet|erotikus fotó|erotikus fotót|erotikus pózban"
                 "|pornográf|pornográfia|pornográfiát|pornográfiai|pornográfiás", 0.85)
              + _w("pornóvideó|pornóvideót|pornófilm|pornófilmet|pornókép|pornóképet|pornófotó|pornófotót"
                   "|szexkép|szexképet|szexvideó|szexvideót", 0.9),
           N: _w("félmeztelen|félmeztelenül|meztelent|meztelenek|aktfotó|aktfotót|aktfotók|aktkép|aktképet|aktképek"
                 "|toplesz|topless|ruhátlan|pucérra", 0.85),
           U: _w("ruhák nélkül|fehérnemű nélkül|melltartó nélkül|bugyi nélkül|minden ruha nélkül", 0.85)},
    "fi": {E: _w("eroottinen|eroottisen|eroottista|eroottisessa|eroottisia|eroottiseksi|eroottisena|eroottisesti"
                 "|eroottiset|eroottisten|pornografinen|pornografista|pornografisen|pornografisia", 0.85)
              + _w("pornovideo|pornovideon|pornovideoita|pornokuvan|pornokuvat|pornokuvaa|seksivideo|seksivideon", 0.9),
           N: _w("nakuna|nakukuva|nakukuvan|nakukuvia|nakukuvat|nakukuvaa|nakuilemassa|alastonkuvaa|alastomasta"
                 "|aktikuva|aktikuvan|aktikuvia|aktikuvat|aktikuvaa|aktikuviksi|topless|yläosattomana|yläosaton"
                 "|täysin alasti|puolialasti|puolialaston", 0.85),
           U: _w("ilman mitään vaatteita|vaatteettomana|ilman rintsikoita|ilman pikkuhousuja", 0.85)},
    "id": {E: _w("erotis|gambar erotis|foto erotis|video erotis|pornografi|pornografis", 0.85)
              + _w("video porno|foto porno|gambar porno|foto syur|video syur|foto mesum|video mesum|foto cabul|gambar cabul", 0.9),
           N: _w("telanjang bulat|bertelanjang|ditelanjangi|menelanjangi|setengah telanjang|topless|tidak berbusana"
                 "|tak berbusana|gambar bugil|video bugil", 0.85),
           U: _w("tanpa pakaian dalam|tanpa celana dalam|tanpa bh|tanpa sehelai pakaian", 0.85)},
    "ms": {E: _w("lucah|gambar lucah|video lucah|foto lucah|filem lucah|bahan lucah|gambar erotik|video erotik", 0.9)
              + _w("pornografi", 0.85),
           N: _w("berbogel|separuh bogel|telanjang bogel|foto bogel|video bogel|tak berpakaian|tidak berpakaian|topless", 0.85),
           U: _w("tanpa seurat benang|tanpa seluar dalam|tanpa baju dalam|tanpa coli", 0.85)},
    "tl": {E: _w("pornograpiya|malaswang larawan|malaswang litrato|malaswang video|malaswang picture|malaswang imahe"
                 "|bastos na larawan|bastos na litrato|erotikong larawan|erotikong litrato|erotikong video", 0.85),
           N: _w("hubad na litrato|hubad na larawan|hubad na picture|hubad na video|larawang hubad|naghubad ng damit"
                 "|naghuhubad ng damit|maghubad ng damit"
                 "|hinubaran ng damit|hubaran ng damit|hubu't hubad|nakahubo|babaeng walang pang-itaas|topless", 0.85),
           U: _w("walang kahit anong suot|walang anumang suot|walang suot na damit|walang panty|walang bra", 0.85)},
    "hr": {E: _w("erotski|erotska|erotsko|erotsku|erotske|erotskoj|erotskom|erotskih|erotskim|erotskog|erotskoga"
                 "|pornografski|pornografska|pornografsko|pornografsku|pornografske|pornografskih", 0.85)
              + _w("porno video|porno slika|porno slike|pornići", 0.9),
           N: _w("golotinja|golotinju|golotinje|gola do pojasa|do gole kože|gologuza|gologuzu|golišav|golišavo|golišavi"
                 "|razodjevena|razodjevenu|razodjevene|potpuno svučena|potpuno svučenu|svučena do gola|u toplesu|toples slika|toples fotografija"
                 "|topless|golom ženom|golom djevojkom|golom curom|golih žena|golih cura|gole cure|nagu ženu|naga djevojka"
                 "|nagu djevojku|nage žene|realistični akt|realističan akt", 0.85),
           U: _w("bez ičega na sebi|bez ikakve odjeće|bez ikakve odeće|bez donjeg rublja|bez donjeg veša", 0.85)},
    "sl": {E: _w("erotičen|erotična|erotično|erotični|erotične|erotičnega|erotičnem|erotičnim|erotičnih|erotičnimi"
                 "|pornografski|pornografska|pornografsko|pornografske|pornografskih", 0.85)
              + _w("porno video|porno slike|porno slika", 0.9),
           N: _w("zgoraj brez|toples na plaži|toples fotografija|topless|golo sliko|gola fotografija|golih žensk|golo žensko|golo telo"
                 "|golega moškega|ženska golota|golota na sliki|goloto|razgaljeno žensko|slečena|slečeno|popolnoma slečena|popolnoma golo", 0.85),
           U: _w("brez vsega na sebi|brez spodnjega perila|brez modrčka|brez hlačk", 0.85)},
    "lt": {E: _w("erotinis|erotinė|erotinę|erotinės|erotinėje|erotinio|erotinį|erotiniai|erotinių|erotiniame|erotines"
                 "|pornografinis|pornografinė|pornografinę|pornografinį|pornografinio|pornografinių|pornografiniai"
                 "|pornografiją|pornografijos", 0.85)
              + _w("porno vaizdo įrašas|porno nuotraukos|porno nuotrauka", 0.9),
           N: _w("nuogoje|nuogam|nuogomis|nuogumas|nuogumo|nuogumą|apnuoginta|apnuogintą|apnuogintos|nurengta|nurengtą"
                 "|išrengta|išrengtą|nusirengusį|nusirengusios|pusnuogė|pusnuogę|pusnuogis|pusnuogės|topless"
                 "|be liemenėlės", 0.85),
           U: _w("be jokių drabužių|be kelnaičių", 0.85)},
    "lv": {E: _w("erotisks|erotiska|erotisku|erotiskas|erotiskā|erotisko|erotiskās|erotiskos|erotiskām|erotiskie"
                 "|erotiskajā|pornogrāfisks|pornogrāfiska|pornogrāfisku|pornogrāfiskas|pornogrāfiskā|pornogrāfiju"
                 "|pornogrāfijas", 0.85)
              + _w("porno video|porno bildes|pornofilma|pornofilmu", 0.9),
           N: _w("kaila bilde|kailu bildi|kaila foto|kailā bildē|kaila gultā|kaila dušā|kaila pludmalē|kailums|kailumu"
                 "|kailbilde|kailbildi|kailbilžu|kailfotogrāfija|kailfotogrāfijas|pilnīgi kailas|kailo sievieti"
                 "|topless|toplesā|izģērbtas|pavisam kaila|pavisam kailu", 0.85),
           U: _w("bez apģērba|bez jebkāda apģērba|bez krūšturiem|bez krūštura|bez biksītēm", 0.85)},
    "ca": {E: _w("eròtica|eròtics|eròtiques|imatge eròtica|foto eròtica|pornogràfic|pornogràfica|pornogràfics"
                 "|pornogràfiques", 0.85)
              + _w("vídeo porno|foto porno", 0.9),
           N: _w("nua al llit|surti nua|sortir nua|aparegui nua|noia nua|dona nua|dones nues|noies nues|nu integral"
                 "|en topless|topless|pits nus|completament nua|completament despullada|veure-la nua|veure-la despullada", 0.85),
           U: _w("despulla-la|despullar-la|despullant-la|sense res de roba|sense calces|sense cap peça de roba", 0.85)},
    "vi": {E: _w("ảnh gợi dục|hình gợi dục|video gợi dục|tư thế gợi dục|ảnh khiêu dâm|hình khiêu dâm|phim khiêu dâm"
                 "|video khiêu dâm|phim người lớn|ảnh đồi trụy|phim đồi trụy|hình ảnh đồi trụy", 0.85),
           N: _w("để ngực trần|khoe ngực trần|lộ ngực trần|trần như nhộng|topless", 0.85),
           U: _w("không mặc áo ngực|không mặc đồ lót|lột hết quần áo|không mặc gì cả", 0.8)},
    "et": {E: _w("erootiline|erootilise|erootilist|erootilises|erootilised|erootilisi|erootiliseks|erootilisel"
                 "|erootiliste|pornograafia|pornograafiline|pornograafilise|pornograafilist|pornograafilised", 0.85)
              + _w("pornopilte|pornopilti|pornovideo|pornovideot", 0.9),
           N: _w("alastipilti|alastipilte|alastipildi|alastipiltide|alastifoto|alastifotod|alastifotot|alastifotosid"
                 "|aktifoto|aktifotod|aktipilt|aktipilte|alasti voodis|poolalasti|pooleldi alasti|topless|toplessis"
                 "|palja ülakehaga|paljad rinnad|alastus|alastust", 0.85),
           U: _w("riieteta|ilma rinnahoidjata|ilma aluspükseta|ilma ühegi riideeseme", 0.85)},
    "sq": {E: _w("erotike|erotikë|foto erotike|imazh erotik|pornografi|pornografike|pornografik|pornografia", 0.85)
              + _w("video porno|foto porno", 0.9),
           N: _w("lakuriqe|lakuriqësi|lakuriqësia|gjysmë lakuriq|gjysmë e zhveshur|krejt e zhveshur|plotësisht e zhveshur"
                 "|grua e zhveshur|vajzë e zhveshur|e zhveshur në shtrat|cullak|cullake|topless|me gjoks të zhveshur"
                 , 0.85),
           U: _w("pa rroba|pa asnjë rrobë|pa të brendshme|pa sytjena", 0.85)},
    "az": {E: _w("erotik şəkil|erotik şəkli|erotik foto|erotik video|pornoqrafiya|pornoqrafik|pornoqrafiyası", 0.85)
              + _w("porno video|porno şəkil|seks şəkli|seks videosu", 0.9),
           N: _w("çılpaq|çılpaqlıq|çılpaqlar|lüt şəkil|lüt qadın|lüt-üryan|lütüryan|üryan|tam lüt|yarıçılpaq|yarı çılpaq"
                 "|üstsüz|topless|soyunmuş qadın|soyundurulmuş", 0.85),
           U: _w("paltarsız|paltarı olmadan|heç bir paltar olmadan|alt paltarsız|büstqaltersiz", 0.85)},
}
for _lang, _grades in _MORE_10.items():
    for _grade, _terms in _grades.items():
        WORLD.setdefault(_lang, {}).setdefault(_grade, []).extend(_terms)
# The round-10 forms that are another word alone, read only beside what makes them nude: a woman or
# "her" as the object, a verb of stripping, or not followed by the benign sense.
_HR_ACC = ("ju|nju|moju|tvoju|njegovu|njenu|njezinu|ovu|ženu|susjedu|komšinicu|kolegicu|curu|djevojku|devojku"
           "|prijateljicu|drugaricu|frendicu|sestru|šogoricu|profesoricu|učiteljicu|konobaricu|stanodavku|bivšu")
_SL_ACC = ("jo|njo|mojo|tvojo|njegovo|njeno|našo|sosedo|sodelavko|sošolko|punco|ženo|žensko|natakarico|učiteljico"
           "|sestro|prijateljico|bivšo|svakinjo|najemodajalko")
# the bare things of the nude adjectives (acc. and instr.): the naked truth, bare skin, ground, rock, wall, hands,
# head, feet, back, the naked eye ("s nahou hlavou", bareheaded)
_CS_BARE = ("pravdu|pravdou|kůži|kůží|kožu|kožou|zem|zemi|zemí|skálu|skalu|skálou|skalou|stěnu|stenu|zeď|ruku|rukou"
            "|ruce|rukama|rukami|hlavu|hlavou|nohou|nohama|nohami|podlahu|zády|chrbtom|okem|okom")
_SK_ACC = ("ju|ženu|babu|čašníčku|učiteľku|susedu|kolegyňu|sestru|švagrinú|priateľku|frajerku|domácu|manželku|dievča"
           "|dievčinu|bývalú|moju|tvoju|našu|túto")
_LV_WOMAN = "sieviete|meitene|kaimiņiene|sieva|draudzene|kolēģe|māsa|skolotāja|medmāsa|saimniece|oficiante|viņa|klasesbiedrene"
_LV_ACC = ("sievieti|meiteni|kaimiņieni|sievu|draudzeni|kolēģi|māsu|skolotāju|medmāsu|saimnieci|oficianti|klasesbiedreni"
           "|svaini|viņu")
PATTERNS_WORLD += [
    # Czech/Slovak "nahou"/"nahú" except the naked truth
    ("cs", "nahou !{" + _CS_BARE + "}", N, 0.85),
    # Slovak "nahú" is Malay "nahu" (grammar) alone: after a woman in the accusative
    ("sk", "{" + _SK_ACC + "} ~4 nahú !{" + _CS_BARE + "}", N, 0.85),
    ("sk", "{vidieť|vidiet|uvidieť|urob|urobiť|sprav|spraviť|ukáž|ukázať|nafoť|odfoť|vyzleč|vyzliecť|chcem} ~5 nahú !{"
           + _CS_BARE + "}", N, 0.85),
    # Croatian: "golom"/"golu" with a woman as object ("napravi moju kolegicu iz razreda golom"), "do gola" after stripping
    ("hr", "{" + _HR_ACC + "} ~3 {golom|golu} !{rukom|ruku|glavom|glavu|okom|kožom|kožu|zemljom|zemlju|istinom|istinu"
           "|nogom|nogu|šakom|stijenu|stenu|leđa}", N, 0.85),
    ("hr", "{skini|skinite|skinuti|skinula|skinuo|skidaj|svuci|svucite|svući|svukla|svukao|razodjeni|razodeni|svlači} ~4 do gola", N, 0.85),
    # Slovenian: "golo" after a woman in the accusative, "do golega" after undressing (not shaving)
    ("sl", "{" + _SL_ACC + "} ~4 {golo} !{glavo|roko|nogo|kožo|zemljo|steno|skalo|dlan|resnico|drevo|oko}", N, 0.85),
    ("sl", "{sleci|slecite|sleči|slekel|slekla|slekli|slečena|slečen|slečeno|slači|slačiti|razgali|razgalil|razgalila} ~4 do golega", N, 0.85),
    # Latvian "kaila"/"kailu" after a woman (not bare trees, not the surname alone)
    ("lv", "{" + _LV_WOMAN + "} ~3 {kaila} !{galva|zeme|klints|siena|roka|mugura|patiesība}", N, 0.85),
    ("lv", "{" + _LV_ACC + "} ~4 {kailu} !{koku|kokus|zaru|zarus|zemi|sienu|klinti|galvu|roku|muguru|patiesību}", N, 0.85),
    # Albanian "lakuriq" except the bat ("lakuriq nate")
    ("sq", "lakuriq !{nate|natë|nata|i natës}", N, 0.85),
    # Catalan "nua" after a woman
    ("ca", "{dona|noia|veïna|companya|professora|cunyada|exnòvia|propietària|amiga|germana|cosina|parella|xicota} ~3 {nua}", N, 0.85),
]

# Round 10b (issue 10): the nude, porn and sex words of twenty-four languages the lexicon had no word
# of in their usual script: Galician, Basque, Welsh, Irish, Maltese, Macedonian, Belarusian, Uzbek,
# Kazakh, Kyrgyz, Tajik, Mongolian, Amharic, Somali, Hausa, Yoruba, Igbo, Burmese, Khmer, Lao,
# Pashto, Kurdish (Kurmanji in Latin letters, Sorani in Arabic script, both "ku"), Georgian and
# Armenian. Written by a helper from the languages' grammar (2026-12-05), few forms and only sure
# ones: "naked" in the forms a request uses, "nude photo", "porn", "sex video", "erotic photo",
# "without clothes". FOLDING-COLLISION rule as above (every one-word form checked against the word
# table and the English word list): Galician "nua" (Vietnamese "nửa"), Igbo "ọtọ" ("oto"), Kurmanji
# "rûs" ("rus", Russian) and "tazî" (also the greyhound) are read only inside phrases. The nude
# adjectives that are also *bare* (bare feet, bare trees, the naked eye) are listed only in their
# unambiguous phrases: Welsh "noeth", Irish "nocht" (also "revealed"), Macedonian "гола"/"голи",
# Kazakh "жалаңаш" (a naked sword), Kyrgyz "жылаңач", Mongolian "нүцгэн", Georgian "შიშველი",
# Armenian "մերկ", Lao "ເປືອຍ", Basque "biluzi" (bare trees), the
# Galician plurals "espidos"/"espidas" (bare feet, bare trees); Burmese "ညစ်ညမ်း" (obscene, also
# dirty: "ညစ်ညမ်းမှု" is pollution) only before a picture or video, Khmer "ភេទ" (also gender) and
# Burmese "လိင်" only in "sex video". Burmese, Khmer and Lao write no spaces between words, so the
# lexicon matches them as substrings like Thai (text/lexicon.py, _SUBSTRING_RANGES).
# Kazakh, Kyrgyz, Mongolian, Georgian, Armenian, Amharic and Basque add case endings and articles
# to the picture noun ("жалаңаш суретін", "մերկ լուսանկարը"): those phrases end in a stem ("*"); the
# Tajik izafe is written on the word ("акси бараҳнаи ..."): "бараҳнаи" is listed (not "бараҳна*",
# which would read "бараҳнапо", barefoot). Found, not fixed: the Portuguese "nua" listed before is
# Irish "nua" (new), tests/signals/test_sexual_lexicon_round10b.py KNOWN_BEFORE.
_MORE_10B = {
    "gl": {E: _w("vídeo porno|vídeos porno|foto erótica|fotos eróticas|imaxe erótica|imaxes eróticas|pornografía", 0.85),
           N: _w("espida|espido|completamente espida|foto espida|fotos espidas|muller espida"
                 "|rapaza espida|en coiros|nua na cama|foto nua|fotos núas", 0.85),
           U: _w("sen roupa|sen roupa interior|sen nada de roupa", 0.85)},
    "eu": {E: _w("pornografia|porno bideoa|porno bideo|sexu bideoa|sexu bideo|argazki erotikoa|argazki erotikoak"
                 "|argazki pornografikoak", 0.85),
           N: _w("biluzik|erabat biluzik|guztiz biluzik|larrugorritan|argazki biluzi*|emakume biluzi*|neska biluzi*", 0.85),
           U: _w("arroparik gabe|arropa gabe", 0.85)},
    "cy": {E: _w("pornograffi|pornograffig|fideo rhyw|llun erotig|lluniau erotig", 0.85),
           N: _w("noethlymun|yn noethlymun|llun noeth|lluniau noeth|menyw noeth|merch noeth|dynes noeth|hollol noeth"
                 "|corff noeth", 0.85),
           U: _w("heb ddillad|heb ddim dillad|heb unrhyw ddillad", 0.85)},
    "ga": {E: _w("pornagrafaíocht|físeán gnéis|físeáin gnéis", 0.85),
           N: _w("lomnocht|grianghraf nocht|grianghraif nochta|pictiúr nocht|pictiúir nochta|bean nocht|cailín nocht"
                 "|go hiomlán nocht", 0.85),
           U: _w("gan éadaí|gan aon éadach|gan éadach ar bith", 0.85)},
    "mt": {E: _w("pornografija|vidjo tas-sess|filmat tas-sess|ritratti pornografiċi", 0.85),
           N: _w("għarwiena|għarwien|għarwenin|gharwiena|gharwien|gharwenin|kompletament għarwiena"
                 "|ritratt għarwien", 0.85),
           U: _w("mingħajr ħwejjeġ|bla ħwejjeġ|minghajr hwejjeg|bla hwejjeg", 0.85)},
    "mk": {E: _w("порнографија|порно видео|секс видео|еротска фотографија|еротски фотографии|еротска слика", 0.85),
           N: _w("гола жена|гола девојка|гола фотографија|голи фотографии|гола слика|голи слики|сосема гола"
                 "|потполно гола|соблечена|разголена жена", 0.85),
           U: _w("без облека|без долна облека|без алишта", 0.85)},
    "be": {E: _w("порнаграфія|порна|сэкс|сэкс відэа|эратычнае фота|эратычныя фота", 0.85),
           N: _w("голае фота|голыя фота|голая дзяўчына|цалкам голая|аголеная|аголеную|распранутая|распранутую", 0.85),
           U: _w("без адзення|без вопраткі", 0.85)},
    "uz": {E: _w("pornografiya|porno video|seks video|erotik surat|erotik rasm|порнография", 0.85),
           N: _w("yalang'och|yalangʻoch|yalangoch|yalang'och rasm|yalang'och surat|yalang'och ayol|yalang'och qiz"
                 "|butunlay yalang'och|яланғоч", 0.85),
           U: _w("kiyimsiz|kiyimsiz ayol|кийимсиз", 0.85)},
    "kk": {E: _w("порнография|порно видео|секс видео", 0.85),
           N: _w("жалаңаш сурет*|жалаңаш фото*|жалаңаш әйел*|жалаңаш қыз*|толық жалаңаш", 0.85),
           U: _w("киімсіз", 0.85)},
    "ky": {E: _w("порнография|порно видео|секс видео", 0.85),
           N: _w("жылаңач сүрөт*|жылаңач аял*|жылаңач кыз*|толук жылаңач", 0.85),
           U: _w("кийимсиз", 0.85)},
    "tg": {E: _w("порнография|порно видео|секс видео", 0.85),
           N: _w("бараҳна|бараҳнаи|акси бараҳна|сурати бараҳна|зани бараҳна|духтари бараҳна", 0.85),
           U: _w("бе либос|бидуни либос", 0.85)},
    "mn": {E: _w("порно|порно видео|секс видео", 0.85),
           N: _w("нүцгэн зураг|нүцгэн зург*|нүцгэн эмэгтэй*|нүцгэн охин*|нүцгэн бүсгүй*|бүрэн нүцгэн|шал нүцгэн", 0.85),
           U: _w("хувцасгүй", 0.85)},
    "am": {E: _w("ፖርን|ፖርኖ|ፖርኖግራፊ|የወሲብ ቪዲዮ|የወሲብ ፊልም|የወሲብ ፎቶ", 0.85),
           N: _w("ራቁቷን|ራቁቱን|ራቁት|ራቁት ፎቶ*|የራቁት ፎቶ*|እርቃኗን|እርቃን ፎቶ*|እርቃን ሴት", 0.85),
           U: _w("ልብስ ያልለበሰች|ያለ ልብስ", 0.85)},
    "so": {E: _w("filim galmo|fiidyow galmo|muuqaal galmo|sawir galmo", 0.85),
           N: _w("qaawan|qaawanaan|sawir qaawan|sawirro qaawan|naag qaawan|gabar qaawan|gebar qaawan", 0.85),
           U: _w("dhar la'aan|dharla'aan|iyada oo aan dhar xirnayn", 0.85)},
    "ha": {E: _w("hotunan batsa|hoton batsa|bidiyon batsa|fim din batsa|bidiyon jima'i", 0.85),
           N: _w("tsirara|tsiraici|hoton tsiraici|hotunan tsiraici", 0.85),
           U: _w("babu kaya|ba tare da kaya", 0.85)},
    "yo": {E: _w("ìbálòpọ̀|fídíò ìbálòpọ̀|fíìmù oníhòòhò|oníhòòhò", 0.85),
           N: _w("ìhòòhò|ní ìhòòhò|àwòrán ìhòòhò|fọ́tò ìhòòhò", 0.85),
           U: _w("láìwọ aṣọ|láìwọṣọ|láìsí aṣọ", 0.85)},
    "ig": {E: _w("mmekọahụ|ihe nkiri mmekọahụ", 0.85),
           N: _w("gba ọtọ|gbara ọtọ|ịgba ọtọ", 0.85)},
    "my": {E: _w("ညစ်ညမ်းရုပ်ပုံ|ညစ်ညမ်းပုံ|ညစ်ညမ်းဗီဒီယို|ညစ်ညမ်းကား|လိင်ဗီဒီယို", 0.85),
           N: _w("ကိုယ်တုံးလုံး|အဝတ်မဲ့", 0.85),
           U: _w("အဝတ်အစားမပါ|အဝတ်မပါ", 0.85)},
    "km": {E: _w("រូបអាសអាភាស|វីដេអូអាសអាភាស|វីដេអូសិច|រូបភាពសិច", 0.85),
           N: _w("អាក្រាត|ស្រាតអាក្រាត|រូបអាក្រាត|រូបភាពអាក្រាត", 0.85),
           U: _w("គ្មានសម្លៀកបំពាក់", 0.85)},
    "lo": {E: _w("ຮູບລາມົກ|ວິດີໂອລາມົກ|ໜັງລາມົກ|ຫນັງລາມົກ", 0.85),
           N: _w("ເປືອຍກາຍ|ຮູບເປືອຍ|ແກ້ຜ້າ", 0.85),
           U: _w("ບໍ່ນຸ່ງເສື້ອຜ້າ", 0.85)},
    "ps": {E: _w("پورن|پورنو|سکس ویډیو|جنسي ویډیو", 0.85),
           N: _w("بربنډه|بربنډ عکس|لوڅ عکس|لوڅ عکسونه|بربنډه ښځه|لوڅه ښځه", 0.85),
           U: _w("بې جامو|بې له جامو|بغیر له جامو", 0.85)},
    "ku": {E: _w("pornografî|vîdyoya seksê|vîdeoya seksê|wêneyên pornografîk|پۆرنۆ|سێکس|ڤیدیۆی سێکسی", 0.85),
           N: _w("tazî û rûs|rûs û tazî|wêneyên tazî|wêneya tazî|wêneyê tazî|jina tazî|keça tazî"
                 "|بە ڕووتی|وێنەی ڕووت|ژنی ڕووت|کچی ڕووت", 0.85),
           U: _w("bê cil|bê cil û berg|bê kinc|بێ جل|بێ جلوبەرگ|بەبێ جل", 0.85)},
    "ka": {E: _w("პორნო|პორნოგრაფია|სექს ვიდეო|ეროტიკული ფოტო|ეროტიკული ფოტოები", 0.85),
           N: _w("შიშვლად|შიშველი ფოტო*|შიშველი სურათ*|შიშველი ქალი|შიშველი ქალის|შიშველი გოგო*"
                 "|სრულიად შიშველი|ნახევრად შიშველი", 0.85),
           U: _w("ტანსაცმლის გარეშე|უტანსაცმლოდ", 0.85)},
    "hy": {E: _w("պոռնո|պոռնոգրաֆիա|սեքս տեսանյութ|էրոտիկ լուսանկար|էրոտիկ նկար", 0.85),
           N: _w("մերկ լուսանկար*|մերկ նկար*|մերկ կին|մերկ կնոջ|մերկ աղջիկ*|ամբողջովին մերկ"
                 "|կիսամերկ|մերկացած|մերկացրու", 0.85),
           U: _w("առանց հագուստի", 0.85)},
}
for _lang, _grades in _MORE_10B.items():
    for _grade, _terms in _grades.items():
        WORLD.setdefault(_lang, {}).setdefault(_grade, []).extend(_terms)

# Round 11 (issue 10): the nude, porn and sex words of languages the lexicon had none of (Afrikaans,
# Icelandic, Faroese, Luxembourgish, Yiddish, Javanese, Sundanese, Cebuano, Haitian Creole, Malagasy,
# Kinyarwanda, Shona, Sesotho, Chichewa, Zulu, Xhosa, Sindhi, Tatar, Bashkir, Turkmen, Uyghur,
# Quechua, Tigrinya, Oromo, Lingala), and forms missing from Welsh ("noethlun"), Maltese, Ukrainian
# ("гола фотографія"), Yoruba typed without tone marks ("ihoho"), Estonian, Croatian/Serbian
# ("go golcat"), Indonesian, Malay and Tagalog. Written by a helper from the languages' grammar and
# general knowledge, without native speakers (2026-12-06): few forms, only those it was sure of;
# Guarani, Wolof and Twi were left out for want of sure forms. FOLDING-COLLISION rule as above
# (every one-word form checked against language_words.tsv.gz and the English word list): Icelandic
# "klám" (porn) is Czech/Slovak "klam" (deceit) and Danish "klam" (clammy): only its compounds
# ("klámmynd"); Turkmen "eşiksiz" (without clothes) is Turkish "eşiksiz" (threshold-free, a shower):
# only before a woman; Cebuano "hubo" (naked) is Spanish "hubo" (there was): only in phrases.
# Forms that are also *bare* or another word of their own language stay in phrases: Welsh "yn
# noeth" (bare trees, "mae'r coed yn noeth") is left out; Sindhi "اگهاڙو/اگهاڙي" (also barehead,
# barefoot), Oromo "qullaa" ("miila qullaa", barefoot), Tatar "ялангач", Bashkir "яланғас",
# Turkmen "ýalaňaç" and Uyghur "يالىڭاچ" (a naked sword, bare trees, as Kazakh "жалаңаш") and
# Quechua "q'ala" are read before a picture or a woman only; Faroese "nakað" is also "something":
# Faroese is read only in phrases. Igbo "gba oto" without tone marks already folded to round 10b's
# "gba ọtọ", and Romanian "dezbrăcată"/"nud" were listed before: nothing added there.
_MORE_11 = {
    "af": {E: _w("pornografiese|erotiese foto|erotiese foto's", 0.85),
           N: _w("naak|naakfoto|naakfoto's|naakfotos|kaalgat|poedelkaal|poedelnakend|kaal foto|kaal foto's|kaal vrou"
                 "|kaal meisie|heeltemal kaal|bostukloos", 0.85),
           U: _w("sonder klere|sonder enige klere|sonder onderklere", 0.85)},
    "is": {E: _w("klámmynd|klámmyndir|klámmyndband|klámmyndbönd|kynlífsmyndband|kynlífsmyndbönd|erótísk mynd", 0.85),
           N: _w("nakin|nakinn|nakta|naktar|naktir|nektarmynd|nektarmyndir|nektarmyndum|nektarmyndina|allsber|allsberi"
                 "|allsnakin|kviknakin|berbrjósta", 0.85),
           U: _w("án fata|án nokkurra fata|fatalaus", 0.85)},
    "fo": {N: _w("nakin kvinna|nakin genta|nakin mynd", 0.85), U: _w("uttan klæðir", 0.85)},
    "lb": {N: _w("plakeg|plakegen|plakeg Fotoen|plakeg Foto|Plakegfoto|Plakegfotoen|Nacktfotoen|ganz plakeg", 0.85),
           U: _w("ouni Kleeder|ouni Kleedung|ouni Ënnerwäsch", 0.85)},
    "yi": {E: _w("פּאָרנאָ|פארנא|פּאָרנאָגראַפֿיע|פארנאגראפיע|סעקס ווידעא", 0.85),
           N: _w("נאַקעט|נאקעט|נאַקעטע|נאקעטע|נאַקעטן|נאקעטן|נאַקעטע בילדער|נאקעטע בילדער|נאַקעטע פֿאָטאָ|נאקעטע פאטא", 0.85),
           U: _w("אָן קליידער|אן קליידער", 0.85)},
    "jv": {N: _w("wuda|wudo|wuda blejet|wudo blejet|foto wuda|foto wudo|gambar wuda|gambar wudo", 0.85),
           U: _w("tanpa sandhangan|ora nganggo sandhangan", 0.85)},
    "su": {N: _w("taranjang|buligir|poto taranjang|foto taranjang|poto buligir|foto buligir|gambar taranjang", 0.85),
           U: _w("teu make pakean|tanpa pakean", 0.85)},
    "ceb": {E: _w("malaw-ay nga video|malaw-ay nga litrato|malaw-ay nga hulagway", 0.85),
            N: _w("hubo nga litrato|hubo nga hulagway|hubo nga retrato|hubo nga babaye|hubo nga video|hubo'g hulagway", 0.85)},
    "ht": {E: _w("pònografi|videyo sèks|videyo pònografik", 0.85),
           N: _w("toutouni|foto toutouni|fòto toutouni", 0.85),
           U: _w("san rad sou li|pa gen rad sou li", 0.85)},
    "mg": {E: _w("sary vetaveta|horonantsary vetaveta|video vetaveta", 0.85),
           N: _w("mitanjaka|sary mitanjaka|vehivavy mitanjaka|tovovavy mitanjaka", 0.85),
           U: _w("tsy misy akanjo|tsy manao akanjo", 0.85)},
    "rw": {E: _w("amashusho y'urukozasoni|amafoto y'urukozasoni|filime z'urukozasoni", 0.85),
           N: _w("yambaye ubusa|bambaye ubusa|ubwambure|amafoto yambaye ubusa|ifoto yambaye ubusa", 0.85)},
    "sn": {E: _w("mifananidzo inonyadzisira|zvinonyadzisira", 0.85),
           N: _w("asina kupfeka|vasina kupfeka|asina kupfeka chero chinhu", 0.85)},
    "st": {E: _w("video ya thobalano|divideo tsa thobalano|ditshwantsho tsa thobalano", 0.85),
           N: _w("hlobotse|hlobotseng", 0.85),
           U: _w("ntle le diaparo|ntle le seaparo", 0.85)},
    "ny": {E: _w("zithunzi zolaula|vidiyo zolaula|makanema olaula", 0.85),
           N: _w("maliseche|wamaliseche|zamaliseche|zithunzi zamaliseche|chithunzi chamaliseche", 0.85),
           U: _w("wopanda zovala|opanda zovala|popanda zovala", 0.85)},
    "zu": {E: _w("ividiyo yocansi|amavidiyo ocansi|izithombe zocansi", 0.85),
           N: _w("izithombe ezinqunu|isithombe esinqunu|ubunqunu", 0.85),
           U: _w("ngaphandle kwezingubo|engagqokile|engagqoke lutho", 0.85)},
    "xh": {E: _w("iphonografi", 0.85), U: _w("ngaphandle kwempahla|engenxibanga nto", 0.85)},
    "sd": {E: _w("فحش وڊيو|فحش تصويرون|فحش فلم", 0.85),
           N: _w("اگهاڙي تصوير|اگهاڙيون تصويرون|اگهاڙي عورت|اگهاڙي ڇوڪري|بلڪل اگهاڙي", 0.85),
           U: _w("ڪپڙن کان سواءِ|ڪپڙن کانسواءِ|ڪپڙن کان سواء", 0.85)},
    "tt": {E: _w("порнография|порно видео|секс видео", 0.85),
           N: _w("ялангач фото*|ялангач рәсем*|ялангач хатын*|ялангач кыз*|тулысынча ялангач|чишенгән хатын*", 0.85),
           U: _w("киемсез", 0.85)},
    "ba": {E: _w("порнография|порно видео|секс видео", 0.85),
           N: _w("яланғас фото*|яланғас һүрәт*|яланғас ҡатын*|яланғас ҡыҙ*|тулыһынса яланғас", 0.85),
           U: _w("кейемһеҙ", 0.85)},
    "tk": {E: _w("pornografiýa|porno wideo|seks wideo", 0.85),
           N: _w("ýalaňaç surat*|ýalaňaç aýal*|ýalaňaç gyz*|doly ýalaňaç|yalangac surat*", 0.85),
           U: _w("eşiksiz aýal*|eşiksiz gyz*", 0.85)},
    "ug": {E: _w("پورنو|پورنوگرافىيە|سېرىق فىلىم", 0.85),
           N: _w("يالىڭاچ رەسىم*|يالىڭاچ سۈرەت*|يالىڭاچ ئايال*|يالىڭاچ قىز*|پۈتۈنلەي يالىڭاچ", 0.85),
           U: _w("كىيىمسىز", 0.85)},
    "qu": {N: _w("q'ala warmi|q'ala sipas", 0.85), U: _w("mana p'achayuq", 0.85)},
    "ti": {U: _w("ብዘይ ክዳን|ብዘይ ዝኾነ ክዳን", 0.85)},
    "om": {E: _w("viidiyoo saal-qunnamtii|viidiyoo qunnamtii saalaa", 0.85),
           N: _w("suuraa qullaa|suura qullaa|fakkii qullaa|dubartii qullaa|intala qullaa|qullaa ishee", 0.85),
           U: _w("uffata malee|uffata tokko malee", 0.85)},
    "ln": {N: _w("bolumbu|na bolumbu|foto ya bolumbu|bafoto ya bolumbu|video ya bolumbu", 0.85),
           U: _w("na bilamba te", 0.85)},
    # languages already present: the forms they lacked
    "cy": {N: _w("noethlun|noethluniau|llun noethlun|lluniau noethlun|lun noeth|luniau noeth|lun noethlun|bronnoeth"
                 "|noethlymunes", 0.85)},
    "mt": {E: _w("vidjows tas-sess|filmati pornografiċi|filmati tas-sess", 0.85)},
    "uk": {E: _w("порнографія|порновідео|еротичне фото|еротичні фото|еротичну фотографію", 0.85),
           N: _w("гола фотографія|голі фотографії|голу фотографію|гола фотка|голі фотки|голу фотку|гола світлина|голі світлини"
                 "|голе тіло|роздягнені фото|роздягнене фото", 0.85)},
    "yo": {E: _w("onihoho|fiimu onihoho|foto onihoho", 0.85),
           N: _w("ihoho|ni ihoho|aworan ihoho|foto ihoho", 0.85)},
    "et": {E: _w("seksivideod|pornofotod", 0.85)},
    "hr": {N: _w("gola fotka|gole fotke|golu fotku|gola na fotki|go golcat|gola golcata|golcata|nage slike|nagu sliku"
                 "|nage fotografije|potpuno go|skroz go", 0.85)},
    "id": {E: _w("foto vulgar|video vulgar", 0.85)},
    "ms": {U: _w("tanpa seurat pakaian", 0.85)},
    "tl": {E: _w("video ng pagtatalik", 0.85)},
}
for _lang, _grades in _MORE_11.items():
    for _grade, _terms in _grades.items():
        WORLD.setdefault(_lang, {}).setdefault(_grade, []).extend(_terms)

# --- romanised spellings (round 8) ----------------------------------------------------------------
# A filter that reads "голая" misses "golaya", and one that reads "γυμνή" misses "gymni" and "γυμνη":
# users type these languages in Latin letters (translit, Greeklish) and Greek without accents. The
# build writes, for every Cyrillic and Greek term, its common romanisations and its unaccented form;
# a romanisation that is a word or name elsewhere (the dictionary the misspellings are checked
# against) is left out. Languages whose romanisation needs a dictionary (Chinese pinyin, Japanese
# readings of kanji, Arabic and Hebrew vowels) get a hand list instead (ROMANISED below).

_CYR = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e",), "ё": ("yo", "e"), "ж": ("zh", "j"),
    "з": ("z",), "и": ("i",), "й": ("y", "j"), "к": ("k",), "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",),
    "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",), "ф": ("f",), "х": ("kh", "h"), "ц": ("ts", "c"),
    "ч": ("ch",), "ш": ("sh",), "щ": ("shch", "sch"), "ъ": ("",), "ы": ("y", "i"), "ь": ("",), "э": ("e",),
    "ю": ("yu", "ju"), "я": ("ya", "ja"), "і": ("i",), "ї": ("yi", "i"), "є": ("ye", "e"), "ґ": ("g",),
}
_GRK = {
    "α": ("a",), "β": ("v",), "γ": ("g",), "δ": ("d",), "ε": ("e",), "ζ": ("z",), "η": ("i", "h"), "θ": ("th", "8"),
    "ι": ("i",), "κ": ("k",), "λ": ("l",), "μ": ("m",), "ν": ("n",), "ξ": ("x", "ks"), "ο": ("o",), "π": ("p",),
    "ρ": ("r",), "σ": ("s",), "ς": ("s",), "τ": ("t",), "υ": ("y", "i", "u"), "φ": ("f",), "χ": ("x", "ch", "h"),
    "ψ": ("ps",), "ω": ("o", "w"),
}
_GRK_ACCENT = str.maketrans("άέήίόύώϊϋΐΰ", "αεηιουωιυιυ")


def _variants(word: str, table: dict[str, tuple[str, ...]], limit: int = 4) -> list[str]:
    """Up to ``limit`` romanisations of ``word``: the first reading of every letter, then each letter's
    other readings one at a time (a word mixing readings is rarer than one consistent scheme)."""
    first = "".join(table.get(c, (c,))[0] for c in word)
    out = [first]
    for k, c in enumerate(word):
        for alt in table.get(c, (c,))[1:]:
            v = "".join(table.get(ch, (ch,))[0] if q != k else alt for q, ch in enumerate(word))
            if v not in out:
                out.append(v)
    # one scheme throughout (ja/ju/j/h/c: the "Polish" style of Russian translit)
    second = "".join(table.get(c, (c,))[-1] for c in word)
    if second not in out:
        out.insert(1, second)
    return out[:limit]


def romanised(term: str, lang: str) -> list[str]:
    """Latin spellings of a Cyrillic or Greek term (and a Greek term without accents)."""
    t = term.lower()
    if any("\u0400" <= c <= "\u04ff" for c in t):
        table = _CYR
    elif any("\u0370" <= c <= "\u03ff" for c in t):
        table = _GRK
        plain = t.translate(_GRK_ACCENT)
        out = [plain] if plain != t else []
        return out + _variants(plain, table)
    else:
        return []
    if any(c.isalpha() and c not in table for c in t):
        return []
    return _variants(t, table)


#: Hand-written romanisations of nude and sex words whose script cannot be romanised letter by letter.
ROMANISED: dict[str, dict[str, list[tuple[str, float]]]] = {
    "ja": {N: _w("hadaka|zenra|zenrá|ratai|suppadaka|suppon pon|nuudo shashin|hadaka no shashin", 0.85),
           E: _w("sekkusu|ero gazou|eroi shashin|hentai na shashin", 0.85)},
    "zh": {N: _w("luoti|luo ti|luozhao|luo zhao|quanluo|quan luo|tuoguang|tuo guang|chiluo|yisi buгua|yi si bu gua", 0.85),
           E: _w("zuoai|zuo ai|seqing tupian|huangse tupian", 0.85)},
    "ar": {N: _w("3arya|3ariya|3aryah|3ariyah|3ary|3ari|mot3arya|bdoun malabes|bedun hodoum", 0.85),
           E: _w("sex 3arabi|neek|nik 3arabi", 0.8)},
    "he": {N: _w("erom|eirom|erumah|eruma|arumah|beerom|be'erom|tmunat erom", 0.85)},
    "fa": {N: _w("lokht|lakht|lokhti|berahne|berehne|lokht madarzad|aks lokht", 0.85)},
    "ko": {N: _w("almom|nudeu|nudeu sajin|beoseun mom", 0.85)},
    "th": {N: _w("bpluay|pluay|plueay|pleuay|gae pha|kae pha|poh pluay", 0.85)},
    "hi": {N: _w("nangi|nangii|nangee|nagn|nirvastra|bina kapdo|bina kapde", 0.85)},
}
ROMANISED["zh"][N] = [(t, sc) for t, sc in ROMANISED["zh"][N] if t.isascii()]  # a stray letter is no spelling


# --- typos inside the "without clothes" phrases (round 8) ---------------------------------------
# The fuzzy index reads one edit of a core word; the phrases of undress ("without clothes", "wearing
# nothing") were read only as spelled. The build crosses one-edit typos of each word of these
# phrases (deletion, transposition, doubling, vowel swap; never the first letter; never a word of
# the dictionary) and ships each phrase as one pattern. (phrase, grade, score)
PHRASE_TYPOS: list[tuple[str, str, float]] = [
    ("without clothes", U, 0.85), ("without clothing", U, 0.85), ("without any clothes", U, 0.85),
    ("no clothes", U, 0.8), ("wearing nothing", U, 0.8), ("not wearing anything", U, 0.8),
    ("with no clothes", U, 0.85), ("without underwear", U, 0.8), ("without panties", U, 0.85),
]
#: Abbreviations of "without" ("w/o clothes", "w/out clothes"), and the dropped final g ("nothin").
PHRASE_EXTRA = {"without": ("w/o", "w/out", "w.o.", "wo", "witout", "wthout", "witheout", "whitout", "whithout", "whit out", "with out"), "nothing": ("nothin", "nuthin", "nuthing")}
