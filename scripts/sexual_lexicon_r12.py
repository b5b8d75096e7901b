"""Round 12 (issue 10): sex acts, nakedness, porn video and leaked nudes as the ~40 most written
languages say them, and idioms of sex and nakedness, imported by build_sexual_lexicon.py.

Why: v11 requests said "having sex" with a verb phrase the lexicon lacked ("מקיימת יחסי מין",
"sex করছে", "quan hệ tình dục", "nakikipagtalik", "akifanya mapenzi"), or with an idiom ("partie
de jambes en l'air", "rala e rola", "Schäferstündchen", "bila hata uzi"). Written from the
languages (2026-12-05), not copied from an evaluation set; the case endings of the inflecting
languages are read by nciiguard.text.morph_ml, so only lemmas and fixed phrases are listed here.

Idioms that are also innocent are listed only in the form that is not: "a roll in the hay"
(with its article: "rolling in the hay with her dog" is a farm), "lady godiva's ride" (not the
chocolate), "getting busy between the sheets" (not "between the sheets of paper"), "having a
quickie" (not "a quickie lunch"); the ones that stay ambiguous are graded euphemism
("hot and heavy", "netflix and chill"), a weight that only counts with a person and other evidence.
Words that mean "love" or "to lie" alone (Swahili "mapenzi", Hebrew "שוכבת") are listed only
inside their sex phrase.
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


MORE_12: dict[str, dict[str, list[tuple[str, float]]]] = {
    "en": {E: _w("horizontal tango|the horizontal mambo|knocking boots|knock boots|bumping uglies|bump uglies"
                 "|getting busy between the sheets|doing the deed|do the deed with|a roll in the hay|roll in the hay with"
                 "|having a quickie|getting railed|gettin railed|got railed|getting smashed in bed|mid-coitus"
                 "|fifty shades scene|making the beast with two backs|the beast with two backs", 0.85),
           N: _w("buck naked|butt naked|in the altogether|as eve before the apple|eve before the apple"
                 "|before the fig leaf|no fig leaf anywhere|lady godiva's ride|as lady godiva|like lady godiva"
                 "|naked as a jaybird|without a stitch on|not a stitch on|not even the ribbon left", 0.85),
           U: _w("hot and heavy|netflix and chill|in the buff|unwrapped like a present", 0.7)},
    "es": {E: _w("echando un polvo|echar un polvo|echan un polvo|echó un polvo|mambo horizontal|teniendo relaciones sexuales"
                 "|teniendo sexo|tienen sexo|haciendo el amor|hacen el amor|haciendo el delicioso|follando con|cogiendo con"
                 "|video porno|vídeo porno|video sexual|video íntimo|fotos íntimas filtradas|packs filtrados|pack filtrado", 0.9),
           N: _w("como dios la trajo al mundo|como dios lo trajo al mundo|como vino al mundo|en cueros vivos|en traje de eva"
                 "|en traje de adán|no lleva nada encima|sin nada encima|sin ropa alguna", 0.85)},
    "ca": {E: _w("fent l'amor|fa l'amor|fan l'amor|fent sexe|fa sexe|tenint sexe|vídeo porno", 0.9),
           N: _w("despullada|despullat|despullades|nua del tot|com sa mare la va portar al món|com la seva mare la va portar al món"
                 "|com la va portar al món|com sa mare el va portar al món|en pèl|en pilotes", 0.85)},
    "fr": {E: _w("partie de jambes en l'air|s'envoyer en l'air|s'envoie en l'air|s'envoient en l'air|fait l'amour|font l'amour"
                 "|faisant l'amour|faire l'amour|en plein ébats|pleins ébats|ébats sexuels|ses ébats|leurs ébats|sextape"
                 "|vidéo porno|film porno|nudes leakés|nudes divulgués|photos intimes volées|tirer un coup|tire un coup", 0.9),
           N: _w("nue comme un ver|nu comme un ver|en tenue d'ève|en tenue d'adam|dans le plus simple appareil|toute nue", 0.85)},
    "de": {E: _w("schäferstündchen|beim schäferstündchen|liebesspiel|beim liebesspiel|treibt es mit|treiben es miteinander"
                 "|hat sex|haben sex|hatte sex|sexvideo|pornovideo|sextape|nacktbilder geleakt|geleakte nacktbilder|nummer schieben", 0.9),
           N: _w("splitterfasernackt|splitternackt|pudelnackt|im adamskostüm|im evakostüm|nackisch|nackert|wie gott sie schuf"
                 "|wie gott ihn schuf", 0.85)},
    "nl": {E: _w("heeft seks|hebben seks|seks hebben|vrijen met|vrijt met|liggen te vrijen|seksfilmpje|sekstape|pornofilmpje", 0.9),
           N: _w("poedelnaakt|spiernaakt|moedernaakt|in adamskostuum|in evakostuum", 0.85)},
    "sv": {E: _w("har sex|hade sex|ha sex|sexvideo|sexfilm|porrfilm|knullar", 0.9),
           N: _w("spritt språngande naken|splitternaken|kliniskt naken", 0.85)},
    "da": {E: _w("dyrker sex|har sex med|sexvideo|pornofilm", 0.9), N: _w("splitternøgen|splitterravende nøgen", 0.85)},
    "pt": {E: _w("rala e rola|no rala e rola|transando|transa com|transam|fazendo amor|fazer amor|fazem amor|vídeo pornô"
                 "|video porno|vídeo íntimo|nudes vazados|nudes vazadas|fotos íntimas vazadas|trepando", 0.9),
           N: _w("como veio ao mundo|jeitinho que veio ao mundo|peladinha da silva|pelada da silva|em trajes de eva"
                 "|em trajes de adão|em pelo", 0.85)},
    "it": {E: _w("fa l'amore|fanno l'amore|fare l'amore|facendo l'amore|scopano|scopando|video porno|video hard|nudi rubati"
                 "|foto intime rubate", 0.9),
           N: _w("come mamma l'ha fatta|in costume adamitico|nuda come un verme|nudo come un verme", 0.85)},
    "ro": {E: _w("face sex|fac sex|făcând sex|face dragoste|fac dragoste|făcând dragoste|filmuleț porno|video porno|casetă sex", 0.9),
           N: _w("goală pușcă|gol pușcă|fără niciun fir|fără nici un fir|goală-goluță|goală goluță", 0.85)},
    "ru": {E: _w("занимается сексом|занималась сексом|заниматься сексом|занимаются сексом|занимались сексом|трахается|трахалась"
                 "|трахаются|порноролик|порновидео|секс видео|сексвидео|слитые нюдсы|после секса|во время секса", 0.9),
           N: _w("в чём мать родила|в чем мать родила|раздетая догола|раздетую догола|разделась догола|раздеться догола"
                 "|раздел догола|голышом", 0.85)},
    "uk": {E: _w("займається сексом|займалася сексом|займаються сексом|займатися сексом|кохається|кохаються|кохалася"
                 "|порноролик|секс відео|злиті нюдси", 0.9),
           N: _w("голісінька|голісіньку|голісінькою|голісінькі|як мати народила|роздягнена догола|роздяглася догола", 0.85)},
    "bg": {E: _w("прави секс|правят секс|правеше секс|секс видео|порно видео", 0.9), N: _w("гола-голеничка", 0.85)},
    "pl": {E: _w("uprawia seks|uprawiają seks|uprawiała seks|uprawiać seks|podczas seksu|seks taśma|bzyka się|pieprzy się"
                 "|kocha się z", 0.9),
           N: _w("w stroju ewy|w stroju adama|nagusieńki", 0.85)},
    "cs": {E: _w("při sexu|má sex|mají sex|souloží|šuká|šukají|miluje se s|sex video", 0.9),
           N: _w("úplně nahatá|v rouše evině|v rouše adamově", 0.85)},
    "sk": {E: _w("má sex|majú sex|počas sexu|súloží", 0.9), N: _w("úplne nahá|v rúchu evinom", 0.85)},
    "hr": {E: _w("ima seks|imaju seks|vodi ljubav|vode ljubav|tijekom seksa|seks snimka|seks video", 0.9),
           N: _w("u evinom kostimu|gola golcata|potpuno gola", 0.85)},
    "lt": {E: _w("užsiima seksu|mylisi su|sekso video", 0.9), N: _w("nuoga|nuogą|visiškai nuoga", 0.85)},
    "lv": {E: _w("nodarbojas ar seksu|mīlējas ar|seksa video", 0.9)},
    "et": {E: _w("seksib|seksivad|seksimas|seksivideo", 0.9)},
    "fi": {E: _w("harrastaa seksiä|harrastavat seksiä|rakastelee|rakastelevat|rakastelemassa", 0.9),
           N: _w("ilkosen alasti", 0.85)},
    "hu": {E: _w("szexel|szexelnek|szeretkezik|szeretkeznek|szeretkezés közben", 0.9),
           N: _w("anyaszült meztelen|anyaszült meztelenül|anyaszült", 0.85)},
    "tr": {E: _w("sevişiyor|sevişirken|sevişen|sevişiyorlar|seks yapıyor|seks yaparken|seks yapan|seks videosu|porno video"
                 "|ifşa videosu", 0.9),
           N: _w("anadan doğma|çıplakken", 0.85)},
    "el": {E: _w("κάνει σεξ|κάνουν σεξ|κάνοντας σεξ|κάνει έρωτα|κάνουν έρωτα|βίντεο σεξ|πορνό βίντεο|πορνοταινία", 0.9),
           N: _w("τσίτσιδη|τσίτσιδος|τσίτσιδοι|τσίτσιδες|με το αδαμιαίο κοστούμι|αδαμιαία περιβολή|διαρρεύσαντα γυμνά"
                 "|γυμνές φωτογραφίες", 0.85)},
    "sw": {E: _w("akifanya mapenzi|anafanya mapenzi|wakifanya mapenzi|wanafanya mapenzi|kufanya mapenzi|akifanya ngono"
                 "|anafanya ngono|wakifanya ngono|wanafanya ngono|kufanya ngono|video ya ngono", 0.9),
           N: _w("picha za uchi|uchi wa mnyama|bila hata uzi|bila nguo yoyote|uchi kabisa", 0.85)},
    "zu": {E: _w("ocansini|yezocansi|ezocansi|ucansi", 0.9), N: _w("enqunu|nqunu|ngqunu", 0.85)},
    "tl": {E: _w("nakikipagtalik|nagtatalik|nagtalik|makipagtalik|pakikipagtalik|nakikipag-sex|nakipag-sex|nag-sex"
                 "|nagse-sex|kinakantot|kantutan", 0.9),
           N: _w("nakahubad|hubo at hubad|walang saplot", 0.85)},
    "vi": {E: _w("quan hệ tình dục|đang quan hệ với|làm chuyện ấy|làm chuyện người lớn|clip sex|video sex|phim sex"
                 "|phim người lớn|ảnh nóng|lộ ảnh nóng|ảnh khỏa thân|clip nóng", 0.9),
           N: _w("không mảnh vải che thân|trần như nhộng", 0.85)},
    "id": {E: _w("berhubungan badan|berhubungan seks|berhubungan intim|bercinta|bersetubuh|ngeseks|video mesum|video syur"
                 "|foto syur|video porno|mesum", 0.9),
           N: _w("tanpa sehelai benang|foto bugil", 0.85)},
    "he": {E: _w("מקיימת יחסי מין|מקיים יחסי מין|מקיימים יחסי מין|יחסי מין|שוכבת עם|שוכב עם|עושה סקס|עושים סקס"
                 "|סרטון סקס|סרטון פורנו", 0.9),
           N: _w("תמונות עירום|עירומה לגמרי", 0.85)},
    "ar": {E: _w("تمارس الجنس|يمارس الجنس|يمارسان الجنس|ممارسة الجنس|فيديو إباحي|فيلم إباحي|فيديو جنسي", 0.9),
           N: _w("صور عارية|عارية تماما|عارية تماماً", 0.85)},
    "fa": {E: _w("سکسی|فیلم سکسی|رابطه جنسی|در حال سکس", 0.9), N: _w("عریان", 0.85)},
    "ur": {E: _w("سیکس|جنسی تعلق|فحش ویڈیو", 0.9), N: _w("ننگی|ننگی تصویریں", 0.85)},
    "hi": {E: _w("सेक्स|संभोग|अश्लील वीडियो|ब्लू फिल्म|पोर्न", 0.9), N: _w("नंगी|नग्न", 0.85)},
    "bn": {E: _w("সেক্স|চোদাচুদি|চুদছে|সঙ্গম|যৌনমিলন|যৌন মিলন|পর্ন", 0.9), N: _w("নগ্ন|ল্যাংটা|উলঙ্গ", 0.85)},
    "ta": {E: _w("உடலுறவு|செக்ஸ்|ஆபாச வீடியோ|ஆபாச படம்", 0.9), N: _w("நிர்வாண", 0.85)},
    "te": {E: _w("సెక్స్|బూతు వీడియో", 0.9), N: _w("నగ్న", 0.85)},
    "ml": {E: _w("സെക്സ്", 0.9), N: _w("നഗ്ന", 0.85)},
    "gu": {E: _w("સેક્સ", 0.9), N: _w("નગ્ન", 0.85)},
    "kn": {E: _w("ಸೆಕ್ಸ್", 0.9), N: _w("ನಗ್ನ", 0.85)},
    "pa": {E: _w("ਸੈਕਸ", 0.9), N: _w("ਨੰਗੀ", 0.85)},
    "ja": {E: _w("av女優|ハメ撮り|エロ動画|セックス|リベンジポルノ|流出ヌード", 0.9), N: _w("ヌード写真|裸の写真", 0.85)},
    "ko": {E: _w("야동|섹스|몰카|성관계|야한 동영상|리벤지 포르노", 0.9), N: _w("알몸|나체", 0.85)},
    "zh": {E: _w("做爱|性爱视频|色情视频|艳照|不雅视频|啪啪啪", 0.9), N: _w("裸照|一丝不挂|全裸", 0.85)},
    "th": {E: _w("มีเซ็กส์|เซ็กส์|คลิปหลุด|ภาพโป๊|มีอะไรกัน", 0.9), N: _w("แก้ผ้า|เปลือยกาย", 0.85)},
}
