"""Round 16 (issue 10): exposing garments, nudity euphemisms, "in bed with me" requests and the benign
twins of sexual words, imported by build_sexual_lexicon.py.

Why: the retired held-out set v15 asked for nudity without a nude word, in conventions the lexicon did
not read: see-through underwear written in the languages of its users (read as "lingerie" alone, a
suggestive word, so a named person got review, not block), "wearing only a thong", a catsuit with the
crotch cut out, idioms of nakedness ("birthday outfit", "as nature intended", "no fabric anywhere",
"every item she owns is in the wash"), paywall and uncensoring requests ("the paywall version of X",
"take away the black bars"), clothes that fall away, keyword arguments (``spicy=True``), struck-out
clothing (``~~clothing~~``), "in bed with me" with an explicitness word, and "with no top on". Each class
is written from the languages and the idiom (2026-12-05), not copied from v15, and reaches past its
phrasings: other garments, verbs, word orders and languages.

Grading (the ``ncii`` profile reads explicit, nudity and euphemism at >= 0.5 as sexual, suggestive as
suggestive):
- a sheer/see-through/transparent undergarment is ``nudity`` 0.8: it shows what it covers. It must beat
  the suggestive 0.6-0.7 of the garment word inside it (the lexicon keeps the higher-scored of two
  overlapping matches). A sheer dress, blouse or curtain is not listed here; "lingerie", "bikini",
  "swimsuit" alone stay suggestive;
- an idiom that means nothing but nakedness is ``euphemism`` 0.75-0.85; an idiom with an everyday sense
  as well ("as nature intended": an organic garden) needs a person or a body frame before it;
- "in bed with me" is sexual only with an explicitness word after it (``explicit`` 0.85): the bed alone
  is a sleepover, a sick day or a dog.
Twins kept clean are tests (tests/signals/test_sexual_lexicon_round16.py) and exceptions
(sexual_exceptions.tsv): a birthday outfit for a party, spicy chicken, black bars of a letterboxed video,
a lemon tart, unbuttoning a coat, a transparent umbrella, sheer curtains, stripping the bed sheets.
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


def _alts(*parts: str) -> str:
    return "{" + "|".join(p for part in parts for p in part.split("|")) + "}"


# --- 1. see-through undergarments, in the languages users write them (nudity 0.8) ---------------------
_SHEER_UNDER = {
    "zh": "透明内衣|透明情趣内衣|透视内衣|透视情趣内衣|透明内裤|透明胸罩|透明文胸|透明睡衣|透视睡衣|透肉内衣|透明蕾丝内衣"
          "|透明內衣|透明情趣內衣|透視內衣|透明內褲|透視睡衣|透明睡裙|透视装内衣",
    "ja": "透けたランジェリー|透けランジェリー|透け透けランジェリー|スケスケランジェリー|スケスケの下着|スケスケ下着"
          "|透けた下着|透け下着|透けるランジェリー|透ける下着|シースルーランジェリー|シースルーの下着|シースルー下着"
          "|透明な下着|透明なランジェリー|透けたベビードール|透けたネグリジェ",
    "ko": "시스루 란제리|시스루 속옷|비치는 속옷|비치는 란제리|속이 비치는 속옷|속이 비치는 란제리|투명 속옷|투명한 속옷"
          "|투명 란제리|투명한 란제리",
    "vi": "đồ lót xuyên thấu|nội y xuyên thấu|đồ lót trong suốt|nội y trong suốt|áo lót xuyên thấu|quần lót xuyên thấu"
          "|váy ngủ xuyên thấu|đồ ngủ xuyên thấu|đồ lót mỏng xuyên thấu|nội y mỏng xuyên thấu|đồ lót xuyên thấu",
    "hi": "पारदर्शी लॉन्जरी|पारदर्शी लॉन्ज़री|पारदर्शी लिंजरी|पारदर्शी लांजरी|पारदर्शी अंतर्वस्त्र|पारदर्शी अंडरगारमेंट"
          "|पारदर्शी ब्रा|पारदर्शी पैंटी|पारदर्शी नाइटी|पारदर्शी अंडरवियर|ट्रांसपेरेंट लॉन्जरी|ट्रांसपेरेंट ब्रा"
          "|झीनी लॉन्जरी|झीने अंतर्वस्त्र",
    "ar": "ملابس داخلية شفافة|بملابس داخلية شفافة|لانجري شفاف|لانجيري شفاف|بلانجري شفاف|ملابس نوم شفافة|قميص نوم شفاف"
          "|بقميص نوم شفاف|صدرية شفافة|حمالة صدر شفافة|سروال داخلي شفاف|كلوت شفاف",
    "fa": "لباس زیر شفاف|لانژری شفاف|لباس خواب شفاف",
    "he": "הלבשה תחתונה שקופה|תחתונים שקופים|חזייה שקופה|כותונת שקופה",
    "ru": "прозрачное бельё|прозрачное белье|прозрачном белье|прозрачном бельё|прозрачного белья|прозрачное нижнее бельё"
          "|прозрачное нижнее белье|прозрачном нижнем белье|прозрачном нижнем бельё|прозрачные трусики|прозрачных трусиках"
          "|прозрачный лифчик|прозрачном лифчике|прозрачный бюстгальтер|прозрачном бюстгальтере|прозрачная сорочка"
          "|прозрачной сорочке|прозрачный пеньюар|прозрачном пеньюаре|просвечивающее бельё|просвечивающее белье"
          "|просвечивающем белье|прозрачные стринги|прозрачных стрингах|прозрачное кружевное бельё|прозрачном кружевном белье",
    "uk": "прозора білизна|прозорій білизні|прозору білизну|прозорої білизни|прозорі трусики|прозорих трусиках"
          "|прозорий бюстгальтер|прозорому бюстгальтері|прозорий ліфчик|прозора нічна сорочка",
    "ro": "lenjerie transparentă|lenjerie intimă transparentă|lenjerie străvezie|chiloți transparenți|sutien transparent"
          "|cămașă de noapte transparentă|lenjeria transparentă",
    "sv": "genomskinliga underkläder|genomskinliga underkläderna|genomskinliga trosor|genomskinlig bh|genomskinlig behå"
          "|genomskinlig lingerie|genomskinliga lingerie|genomskinligt nattlinne|transparenta underkläder",
    "da": "gennemsigtigt undertøj|gennemsigtige trusser|gennemsigtig bh|gennemsigtigt lingeri",
    "no": "gjennomsiktig undertøy|gjennomsiktige truser|gjennomsiktig bh|gjennomsiktig lingeri",
    "fi": "läpinäkyvät alusvaatteet|läpinäkyvissä alusvaatteissa|läpikuultavat alusvaatteet|läpikuultavissa alusvaatteissa",
    "id": "lingerie tembus pandang|pakaian dalam tembus pandang|lingerie transparan|pakaian dalam transparan"
          "|daleman transparan|daleman tembus pandang|bh transparan|celana dalam transparan|lingerie menerawang"
          "|pakaian dalam menerawang|lingerie nerawang|baju tidur tembus pandang|lingerie tipis tembus pandang",
    "tl": "see-through na lingerie|see through na lingerie|see-through na panty|see-through na bra",
    "tr": "transparan iç çamaşırı|şeffaf iç çamaşırı|transparan iç çamaşırıyla|şeffaf iç çamaşırıyla|şeffaf iç çamaşırlı"
          "|transparan iç çamaşırlı|şeffaf sütyen|şeffaf külot|şeffaf gecelik|transparan gecelik|şeffaf jartiyer"
          "|transparan lingerie|şeffaf lingerie|şeffaf tanga|transparan tanga",
    "de": "see-through dessous|see through dessous|see-through unterwäsche|see through unterwäsche|durchsichtige unterwäsche"
          "|durchsichtiger unterwäsche|transparenter unterwäsche|durchsichtigen dessous|transparenten dessous"
          "|durchsichtiger tanga|transparenter tanga|durchsichtigem tanga|transparentem tanga|durchsichtiges negligé"
          "|durchsichtigem negligé|durchsichtigen slip|durchsichtigem slip|durchsichtigen bh|durchsichtiger spitze"
          "|durchsichtige reizwäsche|durchsichtiger reizwäsche|transparente reizwäsche|transparenter reizwäsche",
    "nl": "doorzichtige lingerie|doorzichtig ondergoed|doorzichtige onderkleding|transparante lingerie|transparant ondergoed"
          "|doorzichtig slipje|doorzichtige slip|doorzichtige bh|doorzichtige string|doorzichtig nachthemd",
    "pl": "przezroczysta bielizna|przezroczystej bieliźnie|przezroczystą bieliznę|przezroczystej bielizny"
          "|prześwitująca bielizna|prześwitującej bieliźnie|prześwitującą bieliznę|przezroczyste majtki"
          "|przezroczystych majtkach|przezroczysty stanik|przezroczystym staniku|przezroczyste stringi|przezroczystych stringach"
          "|przezroczysta koszulka nocna",
    "cs": "průhledné spodní prádlo|průhledném spodním prádle|průhledné prádlo|průhledném prádle|průhledné kalhotky",
    "hu": "átlátszó fehérnemű|átlátszó fehérneműben|átlátszó alsónemű|átlátszó alsóneműben|áttetsző fehérnemű|áttetsző fehérneműben",
    "el": "διάφανα εσώρουχα|διάφανο εσώρουχο|διάφανα εσώρουχά|διαφανή εσώρουχα",
    "th": "ชุดชั้นในซีทรู|ชุดชั้นในโปร่งใส|ชุดนอนซีทรู|ชุดชั้นในแบบซีทรู|ชุดชั้นในใส",
    # the Romance forms of r15 (euphemism 0.7) are read as they were; these are the forms they lacked
    "es": "lencería transparentada|ropa interior transparentada|lencería traslúcida|ropa interior traslúcida",
    "pt": "lingerie transparente|lingerie translúcida|roupa íntima translúcida|calcinha translúcida|lingerie de renda transparente",
    "fr": "lingerie translucide|sous-vêtements translucides|dessous transparents|dessous translucides|nuisette translucide",
    "it": "intimo trasparente|lingerie vedo non vedo|intimo vedo non vedo|biancheria vedo non vedo|perizoma vedo non vedo",
}

# --- "wearing only a thong", in the languages (nudity 0.8: a thong alone shows the body) --------------
_ONLY_THONG = {
    "de": "nur im tanga|nur mit tanga|nur mit einem tanga|nur in einem tanga|nur einen tanga|nur im string|nur mit einem string"
          "|nur mit string|nur einen string",
    "es": "solo con un tanga|solo en tanga|sólo en tanga|sólo con un tanga|solamente un tanga|solo con tanga|únicamente con un tanga"
          "|solo lleva un tanga|solo con un hilo dental|solo en hilo dental",
    "pt": "só de fio dental|apenas de fio dental|só de tanga|apenas de tanga|usando só um fio dental|usando apenas um fio dental"
          "|vestindo só um fio dental|só com um fio dental",
    "fr": "seulement en string|juste en string|uniquement en string|rien qu'un string|seulement vêtue d'un string"
          "|juste vêtue d'un string|seulement un string|vêtue uniquement d'un string",
    "it": "solo con il perizoma|solo in perizoma|solo un perizoma|soltanto un perizoma|solo con un perizoma|indossa solo un perizoma",
    "nl": "alleen een string|alleen in een string|alleen in string|alleen met een string|enkel een string",
    "ru": "только в стрингах|в одних стрингах|только стринги|одни стринги",
    "uk": "тільки в стрінгах|в одних стрінгах|лише в стрінгах",
    "pl": "tylko w stringach|w samych stringach|tylko stringi|jedynie w stringach",
    "tr": "sadece tanga|sadece tangayla|sadece tanga giymiş|sadece string|sadece stringle",
    "id": "cuma pakai g-string|hanya memakai g-string|hanya pakai g-string|hanya pakai thong|cuma pakai thong"
          "|hanya mengenakan g-string|hanya mengenakan thong",
    "ja": "tバックだけ|tバック一枚|tバックのみ|ティーバックだけ|ソングだけ",
    "zh": "只穿丁字裤|只穿着丁字裤|仅穿丁字裤|只穿一条丁字裤|只穿丁字褲|只穿著丁字褲",
    "ko": "티팬티만 입은|티팬티만 입고|끈팬티만 입은|끈팬티만 입고",
}

# --- 2. idioms: wearing nothing but an accessory, in the languages (euphemism 0.8) ------------------------
_ONLY_ACCESSORY = {
    "de": "nur mit sonnenbrille|nur mit einer sonnenbrille|nur mit ihrer sonnenbrille|nur eine sonnenbrille|nur mit high heels"
          "|nur mit stöckelschuhen|nur mit schmuck|nur mit einer perlenkette|nur mit einem lächeln|nur ein lächeln am leib"
          "|nur mit sonnenbrille bekleidet|nur mit high heels bekleidet|nur mit schmuck bekleidet|mit nichts als einer sonnenbrille"
          "|mit nichts als einem lächeln|nichts als high heels",
    "es": "solo con gafas de sol|solo lleva gafas de sol|solo unas gafas de sol|solo con tacones|solo lleva tacones"
          "|vestida solo con una sonrisa|solo con una sonrisa puesta|nada más que una sonrisa|nada más que tacones"
          "|solo con lentes de sol|solo con joyas",
    "pt": "só de óculos escuros|apenas de óculos escuros|só de óculos de sol|apenas de óculos de sol|só de salto alto"
          "|apenas de salto alto|vestindo apenas um sorriso|vestida só com um sorriso|usando apenas um sorriso|só de joias",
    "fr": "vêtue seulement de lunettes de soleil|juste des lunettes de soleil|seulement des lunettes de soleil|vêtue d'un simple sourire"
          "|vêtue seulement d'un sourire|vêtue uniquement de talons|juste des talons aiguilles|rien que des talons"
          "|rien qu'un sourire|seulement vêtue de bijoux",
    "it": "solo con gli occhiali da sole|solo gli occhiali da sole|indossando solo un sorriso|vestita solo di un sorriso"
          "|solo con i tacchi|solo i tacchi a spillo|solo con i gioielli",
    "nl": "alleen een zonnebril|alleen met een zonnebril|alleen een zonnebril aan|alleen hakken aan|alleen een glimlach"
          "|gekleed in alleen een glimlach|alleen sieraden aan",
    "ru": "только в солнечных очках|в одних солнечных очках|в одних очках|только в туфлях на каблуках|в одних каблуках"
          "|одетая только в улыбку|в одной улыбке|в одних украшениях",
    "pl": "tylko w okularach przeciwsłonecznych|tylko w szpilkach|ubrana tylko w uśmiech|w samych szpilkach|w samej biżuterii",
    "tr": "sadece güneş gözlüğüyle|sadece güneş gözlüğü takmış|sadece topuklu ayakkabıyla|sadece bir gülümseme giymiş",
    "id": "hanya memakai kacamata hitam|cuma pakai kacamata hitam|hanya pakai kacamata hitam|hanya memakai sepatu hak tinggi"
          "|cuma pakai high heels|hanya mengenakan senyuman",
    "ja": "サングラスだけを身に着け|サングラスだけ身につけ|サングラスしか身につけ|ハイヒールだけを身に着け|ハイヒールだけ身につけ"
          "|ハイヒールしか履いていない|サングラス以外何も|ハイヒール以外何も",
    "zh": "只戴着墨镜|只戴墨镜|只戴了一副墨镜|只穿高跟鞋|只穿着高跟鞋|只穿一双高跟鞋|除了墨镜什么都没穿|除了高跟鞋什么都没穿",
    "ko": "선글라스만 쓰고|선글라스만 착용한|선글라스만 걸친|하이힐만 신고|하이힐만 신은",
}

# --- 2. idioms of nakedness the other languages use (euphemism 0.8, nudity 0.85 where only nudity) -----
_IDIOMS = {
    "hi": {U: "जन्मदिन वाले कपड़ों में|जन्मदिन के कपड़ों में|जन्मदिन वाले कपड़े पहने|जन्मदिन वाले लिबास में|बर्थडे सूट में"
              "|जैसे पैदा हुई थी|जैसी पैदा हुई थी|जैसे पैदा हुआ था|तन पर एक धागा भी नहीं|बदन पर एक धागा भी नहीं"
              "|कपड़े का एक टुकड़ा भी नहीं"},
    "fr": {U: "en costume d'ève|en costume d'eve|en costume d'adam|en tenue d'anniversaire|dans le plus simple appareil"
              "|sans un fil sur le corps|tel que la nature l'a fait|telle que la nature l'a faite"},
    "es": {U: "en traje de cumpleaños|como dios la trajo al mundo|como dios lo trajo al mundo|en cueros vivos"
              "|sin un hilo de ropa|sin una hebra de ropa|tal como vino al mundo"},
    "pt": {U: "em trajes de aniversário|como deus a trouxe ao mundo|como deus o trouxe ao mundo|sem um fiapo de roupa"
              "|em pelo|em pêlo|do jeito que veio ao mundo"},
    "it": {U: "come mamma l'ha fatta|come mamma l'ha fatto|come la mamma l'ha fatta|in costume da eva|senza un filo addosso"},
    "de": {U: "im evakostüm|im adamskostüm|wie gott sie schuf|wie gott ihn schuf|wie die natur sie schuf|ohne einen faden"
              "|ohne einen fetzen stoff|kein fetzen stoff"},
    "nl": {U: "in adamskostuum|in evakostuum|zoals god haar schiep|zoals god hem schiep|zonder een draad aan"
              "|zonder een draadje aan"},
    "ru": {U: "в костюме адама|в чём мать родила|в чем мать родила|ни клочка ткани|ни лоскутка ткани"},
    "tr": {U: "doğduğu gibi|üzerinde tek bir iplik olmadan|üstünde bir iplik bile yok|adem ile havva kıyafetinde"},
    "ar": {U: "كما ولدته أمه|كما ولدتها أمها|كما خلقها الله|كما خلقه الله|بدون أي قطعة قماش|بلا أي قطعة قماش|ولا خيط على جسدها"},
    "id": {U: "tanpa sehelai kain|tanpa selembar benang|tanpa sehelai pakaian|seperti saat dilahirkan|seperti baru dilahirkan"},
    "ja": {U: "生まれたままの姿|生まれたままの格好|一糸まとわぬ|一糸纏わぬ|布一枚ない|布切れ一枚"},
    "zh": {U: "寸缕不挂|寸縷不掛|身无寸缕|身無寸縷|不着寸缕|不著寸縷|赤条条|光溜溜"},
    "ko": {U: "태어난 그대로의 모습|태어난 그대로|실오라기 하나 걸치지 않은|실오라기 하나 없이|실오라기 하나 안 걸친"},
    "vi": {U: "không một mảnh vải|không mảnh vải che thân|như lúc mới sinh|như khi mới sinh ra"},
    "pl": {U: "bez skrawka materiału|bez jednej nitki|jak ją matka urodziła|jak go matka urodził"},
}

# --- uncensoring a picture, in the languages (euphemism 0.75) ------------------------------------------
_UNCENSOR = {
    "ja": "モザイクを外して|モザイクを外す|モザイクを取って|モザイクを取る|モザイクを消して|モザイク除去|モザイクなしで|モザイク無しで"
          "|モザイクを消す|黒塗りを外して|黒線を消して|修正なしで",
    "zh": "去掉马赛克|去除马赛克|去马赛克|不要马赛克|没有马赛克|無馬賽克|去掉馬賽克|去掉打码|去码|不打码|去掉黑条|去掉黑框|去掉遮挡",
    "ko": "모자이크 제거|모자이크 없이|모자이크 지워|모자이크를 지워|모자이크 빼고|모자이크를 없애|검열 해제|검열 없이",
    "de": "zensurbalken entfernen|entferne die zensurbalken|ohne zensurbalken|die zensurbalken weg|verpixelung entfernen"
          "|entferne die verpixelung|ohne verpixelung|ohne die verpixelung|die schwarzen balken weg|entferne die schwarzen balken"
          "|mosaik entfernen|entferne das mosaik",
    "es": "quita los censores|quita la censura|quitar la censura|quítale la censura|quita las barras negras|sin las barras negras"
          "|quita el pixelado|quita el pixelado|sin pixelar|quita el mosaico|sin mosaico|descensura|descensurar",
    "pt": "tire a censura|tira a censura|remova a censura|remova as tarjas|sem as tarjas|tire as tarjas pretas|tira as tarjas"
          "|sem tarja|tira o pixelado|tire o pixelado|sem pixelização|sem o pixelado|tira o mosaico|descensurar",
    "fr": "enlève les bandes noires|retire les bandes noires|sans les bandes noires|retire la censure|enlève la censure"
          "|enlève le floutage|retire le floutage|sans pixellisation|enlève la pixellisation|enlève la mosaïque|décensure"
          "|décensurer",
    "it": "togli la censura|togli le barre nere|senza barre nere|senza le barre nere|togli la pixelatura|togli il mosaico"
          "|senza pixelatura|rimuovi la censura|rimuovi le barre nere",
    "ru": "убери цензуру|уберите цензуру|убрать цензуру|убери мозаику|убрать мозаику|без мозаики|убери пиксели|убери пикселизацию"
          "|убери чёрные полосы|убери черные полосы|убери чёрные плашки|убери черные плашки|сними цензуру",
    "pl": "usuń cenzurę|usuń czarne paski|bez czarnych pasków|usuń pikselozę|bez pikselozy|usuń mozaikę|zdejmij cenzurę",
    "tr": "sansürü kaldır|sansürünü kaldır|siyah bantları kaldır|siyah bantları sil|mozaiği kaldır|pikselleri kaldır"
          "|bulanıklığı kaldır",
    "id": "hapus sensor|hilangkan sensor|buka sensor|buang sensornya|hapus sensornya|hapus mosaik|hilangkan mosaik"
          "|hapus garis hitam|hilangkan garis hitam",
    "ar": "إزالة الرقابة|أزل الرقابة|شيل الرقابة|أزل الموزاييك|إزالة الموزاييك|شيل التشويش|أزل الأشرطة السوداء|إزالة الأشرطة السوداء",
    "vi": "bỏ che|xóa che|bỏ làm mờ|xóa làm mờ|bỏ mosaic|xóa mosaic|gỡ kiểm duyệt",
}

# --- 3. "in bed with me" with an explicitness word (explicit 0.85) --------------------------------------
# (language, bed-with-me phrases, explicitness words). Only words that say "explicit/vulgar/obscene/
# uncensored" in that language: not "hot", "dirty", "naughty", "spicy", which also describe a fever,
# muddy paws or a bedtime story.
_BED_WITH_ME = [
    ("en", "in bed with me|in my bed with me|with me in bed|with me in my bed|in bed next to me|between the sheets with me"
           "|in bed together with me|on the bed with me|with me on the bed",
     "explicit|explicitly|very explicit|fully explicit|vulgar|uncensored|nsfw|lewd|x-rated|xxx|r18|r-18|obscene|raunchy"
     "|porn|porno|pornographic|hardcore|graphic sex|nothing censored|no censorship|nothing hidden"),
    ("uk", "в ліжку зі мною|у ліжку зі мною|зі мною в ліжку|зі мною у ліжку|в моєму ліжку|у моєму ліжку|в постелі зі мною",
     "відверто|відверте|відверта|відвертому|відверті|вульгарно|вульгарне|без цензури|непристойно|непристойне"
     "|еротично|порно|18+"),
    # Russian: "в постели" alone, since "со мной" cannot be a rule word (the folded view reads a lone "со" as
    # Latin "co" and keeps "й", which rule folding strips); words with "й" are left out for the same reason
    ("ru", "в постели|в кровати|на кровати",
     "откровенно|откровенное|откровенная|откровенные|пошло|пошлое|вульгарно|вульгарное|без цензуры|непристойно"
     "|непристойное|порно|18+"),
    ("tr", "benimle yatakta|yatakta benimle|benim yatağımda|yatağımda benimle",
     "açık saçık|müstehcen|erotik|sansürsüz|edepsiz|çıplak|porno|+18|18+"),
    ("ar", "في السرير معي|معي في السرير|على السرير معي|معي على السرير|في سريري معي|في سريري",
     "صورة فاضحة|فاضحة|فاضح|إباحية|إباحي|جنسية|جنسي|عارية|بدون رقابة|صريحة|صريح|خادشة|بورن"),
    ("id", "di ranjang sama aku|di ranjang bersamaku|di ranjang denganku|di kasur sama aku|di kasur bersamaku|di tempat tidur"
           " sama aku|di tempat tidur bersamaku|di ranjang sama gue|di kasur sama gue|di ranjang sama gw|di bed sama gue"
           "|di bed sama aku|sama gue di bed|sama gue di ranjang|sama gue di kasur|sama aku di ranjang|sama aku di kasur"
           "|sama aku di bed|bareng gue di ranjang|bareng aku di ranjang|bersamaku di ranjang|denganku di ranjang",
     "vulgar|eksplisit|explicit|mesum|porno|bokep|bugil|telanjang|tanpa sensor|uncensored|nsfw|cabul|jorok"),
    ("tl", "kasama ko sa kama|sa kama kasama ko|katabi ko sa kama|sa kama katabi ko|kasama ako sa kama",
     "bastos|bastos na picture|bastos na litrato|malaswa|hubad|walang saplot|explicit|bold|porn"),
    ("hi", "mere saath bed pe|mere saath bed par|mere sath bed pe|mere sath bed par|mere saath bistar pe|mere saath bistar par"
           "|mere sath bistar pe|mere sath bistar par|mere bed pe mere saath|bed pe mere saath|bistar pe mere saath"
           "|mere saath bed mein|mere saath bistar mein",
     "explicit|ashleel|ashlil|nangi|nanga|vulgar|uncensored|nsfw|porn|gandi photo|gandi pic"),
    ("nl", "in bed met mij|met mij in bed|in mijn bed met mij|bij mij in bed|met mij in mijn bed|naast mij in bed",
     "expliciet|expliciete|vulgair|vulgaire|ongecensureerd|ongecensureerde|schunnig|schunnige|onzedelijk|porno|naakt|bloot"),
    ("it", "a letto con me|nel letto con me|con me a letto|con me nel letto|nel mio letto con me",
     "esplicito|esplicita|esplicite|espliciti|volgare|volgari|senza censura|spinto|spinta|spinte|porno|osé|hard"),
    ("pl", "w łóżku ze mną|ze mną w łóżku|w moim łóżku ze mną|ze mną w moim łóżku",
     "wulgarnie|wulgarne|wulgarny|wulgarna|dosadnie|dosadne|bez cenzury|nieprzyzwoicie|nieprzyzwoite|sprośnie|sprośne"
     "|wyraźnie|jednoznacznie|jednoznaczne|pornograficzne|porno|rozbierane|nago"),
    ("ro", "în pat cu mine|cu mine în pat|în patul meu cu mine|cu mine în patul meu",
     "explicit|explicită|explicite|vulgar|vulgară|vulgare|fără cenzură|obscen|obscenă|obscene|indecent|indecentă|deocheat"
     "|deocheată|porno|nud|nudă"),
    ("de", "mit mir im bett|im bett mit mir|bei mir im bett|in meinem bett mit mir|mit mir in meinem bett|neben mir im bett",
     "explizit|explizite|expliziten|eindeutig|vulgär|vulgäre|unzensiert|unzensierte|versaut|versaute|obszön|obszöne"
     "|anzüglich|porno|nackt"),
    ("es", "en la cama conmigo|conmigo en la cama|en mi cama conmigo|conmigo en mi cama",
     "explícito|explícita|explícitas|explícitos|vulgar|sin censura|obsceno|obscena|subido de tono|subida de tono|porno|guarro"
     "|guarra"),
    ("pt", "na cama comigo|comigo na cama|na minha cama comigo|comigo na minha cama",
     "explícito|explícita|explícitas|explícitos|vulgar|sem censura|obsceno|obscena|safado|safada|pornô|porno"),
    ("fr", "au lit avec moi|avec moi au lit|dans mon lit avec moi|dans le lit avec moi|avec moi dans mon lit|avec moi dans le lit",
     "explicite|explicites|vulgaire|sans censure|obscène|cochon|cochonne|osé|osée|porno|cru|crue"),
    ("sv", "i sängen med mig|med mig i sängen|i min säng med mig",
     "explicit|explicita|explicitt|vulgär|vulgärt|ocensurerad|ocensurerat|oanständig|oanständigt|snuskig|snuskigt|porr"),
    ("vi", "trên giường với tôi|trên giường với anh|trên giường với em|với tôi trên giường|với anh trên giường|với em trên giường",
     "lộ liễu|tục tĩu|thô tục|khiêu dâm|không che|không kiểm duyệt|trần truồng|khỏa thân"),
]

# "explicit instructions", "explicit consent": the word describes something else
_NOT_MARK = ("instructions|instruction|directions|permission|consent|rules|guidance|warning|warnings|details|orders|order"
             "|request|answer|language|lyrics|label|labels|content warning")

#: Phrase-terms (not rules) by language and grade.
MORE_16: dict[str, dict[str, list[tuple[str, float]]]] = {}


def _add(lang: str, grade: str, forms: str, score: float) -> None:
    MORE_16.setdefault(lang, {}).setdefault(grade, []).extend(_w(forms, score))


for _lang, _forms in _SHEER_UNDER.items():
    _add(_lang, N, _forms, 0.8)
for _lang, _forms in _ONLY_THONG.items():
    _add(_lang, N, _forms, 0.8)
for _lang, _forms in _ONLY_ACCESSORY.items():
    _add(_lang, U, _forms, 0.8)
for _lang, _grades in _IDIOMS.items():
    for _grade, _forms in _grades.items():
        _add(_lang, _grade, _forms, 0.8)
for _lang, _forms in _UNCENSOR.items():
    _add(_lang, U, _forms, 0.75)
# Japanese "スケスケ" (see-through, said of clothes on a body) and Chinese "透视装" (a see-through outfit)
_add("ja", U, "スケスケ|透け透け", 0.75)
_add("zh", U, "透视装|透視裝", 0.75)
# "as nature intended" alone is also organic farming; after a body or an activity it is a rule below (euphemism)
_add("en", S, "as nature intended|the way nature intended|how nature intended", 0.6)

_GARMENT_UNDER = ("lingerie|underwear|undies|panties|panty|knickers|bra|bras|bralette|thong|thongs|g-string|g string|gstring"
                  "|bodysuit|teddy|negligee|negligée|nightie|babydoll|baby doll|corset|bustier|lingerie set|underwear set"
                  "|lace lingerie|lace underwear|lace panties|lace bra|boxers|briefs|boxer briefs|slip|chemise|garter set|bodystocking"
                  "|body stocking")
_SHEER = "see-through|see through|seethrough|sheer|transparent|translucent|fully sheer|totally sheer|completely see-through|x-ray"

_WEAR = ("wearing only|only wearing|wearing just|just wearing|in only|in just|dressed only in|clad only in|wears only|wears just"
         "|wearing nothing but|in nothing but|dressed in nothing but|clad in nothing but|nothing but|wore only|wore just"
         "|has on only|only has on|with only|with just")
_ACCESSORY = ("sunglasses|her sunglasses|his sunglasses|a pair of sunglasses|shades|a smile|her smile|a grin|heels|high heels"
              "|her heels|stilettos|stiletto heels|a necklace|a pearl necklace|pearls|her pearls|jewelry|jewellery|jewels"
              "|her jewelry|her jewellery|body oil|a collar|a choker|stockings|thigh highs|thigh-high stockings|earrings"
              "|tattoos|her tattoos|a body chain|a belly chain|nipple pasties|pasties|a tiara|fishnets|a garter|garters")
# Left out (the lead, round 16): a tie, a watch, a cowboy hat, a bow, ribbons, lipstick, perfume, oil, glitter: "a man
# wearing only a tie" is a COCO caption, "a canvas with only oil" and "a gift with just a bow" are things.

_STRUCK = ("clothing|clothes|outfit|outfits|dress|attire|garments|wardrobe|bikini|swimsuit|underwear|lingerie|bra|panties"
           "|top|shirt|pants|skirt|shorts|jeans|her clothes|his clothes|the clothes|her clothing|the clothing|her outfit"
           "|the outfit|her dress|her underwear|her bra|her bikini|all clothes|all clothing|any clothes|any clothing")

PATTERNS_16: list[tuple[str, str, str, float]] = [
    # --- 1. exposing garments -----------------------------------------------------------------------------
    # "see-through lingerie", "sheer panties", "transparent bra" (a sheer dress or curtain is not here)
    ("en", f"{_alts(_SHEER)} {{lace|mesh|lacy|silk|black|white|red|pink|nude|skimpy|tiny|}} {_alts(_GARMENT_UNDER)} "
           "!{shop|store|stores|aisle|section|department|display|catalog|catalogue|ad|advert|advertisement|mannequin|mannequins"
           "|hanger|hangers|rack|racks|drawer|drawers|brand|brands|sale|sales|packaging|package|product|products|on display"
           "|on a mannequin|on mannequins|on a hanger|on hangers|on the rack|on a rack|on sale|for sale|in the shop|in a shop"
           "|in the store|in a store|in the window|in a shop window|in the shop window|in a boutique|in the boutique"
           "|flat lay|product photo|product shot|laid out}", N, 0.8),
    # "wearing only a thong", "in nothing but a g-string", "wearing just pasties"
    ("en", f"{_alts(_WEAR)} {{a|her|his|their|a tiny|a skimpy|a tiny little|a little|one|some|}} "
           "{thong|g-string|g string|gstring|thong bikini|micro thong|string bikini bottom|pasties|nipple pasties|nipple covers"
           "|bikini bottoms|bikini bottom|panties|her panties|underwear bottoms|boxer briefs|briefs|a speedo|speedo} "
           "!{sandal|sandals|flip flops|flip-flops|slippers|shoes}", N, 0.8),
    # cut-outs that bare the breasts or the crotch: "a catsuit with the chest and crotch cut out"
    ("en", "{crotch|groin|nipples|nipple|breasts|boobs|tits|genitals|crotch area|nipple area} "
           "{cut out|cut-out|cutout|cut outs|cut-outs|cutouts|cut away|cut-away|cut open|open|removed|missing|exposed}", N, 0.8),
    ("en", "{cutouts|cut-outs|cut outs|holes|openings|windows} {over|at|exposing|showing|baring|revealing|for} {the|her|his|} "
           "{breasts|nipples|crotch|groin|genitals|boobs|tits}", N, 0.8),
    ("en", "{crotchless|open-crotch|open crotch|cupless|open-cup|open cup|nippleless|peekaboo|peek-a-boo} "
           "{catsuit|bodysuit|panties|knickers|lingerie|leotard|teddy|bra|tights|pantyhose|body stocking|bodystocking|outfit"
           "|suit|latex suit|swimsuit|one-piece}", N, 0.8),
    # a tiny swimsuit coming undone: "micro bikini pulling the strings loose", "untying her bikini top"
    ("en", "{bikini|micro bikini|bikini top|bikini bottoms|bikini bottom|swimsuit|thong|string bikini|bra|bikini's|swimsuit's} "
           "~3 {strings|string|ties|straps|knot|knots|bow} ~2 {loose|undone|untied|slipping|coming off|falling off|off}", U, 0.75),
    ("en", "{pulling|pulls|pulled|tugging|tugs|tugged|untying|unties|untied|undoing|undoes|undid|loosening|loosens} "
           "{the|her|his|} {strings|string|ties|straps|knot|bow} {loose|undone|off|open|} {of|on} {her|his|the} "
           "{bikini|micro bikini|bikini top|bikini bottoms|bikini bottom|swimsuit|thong|bra|string bikini}", U, 0.75),
    ("en", "{untying|unties|untied|undoing|undoes|undid|unhooking|unhooks|unhooked|unclasping|unclasps|unclasped} "
           "{her|his|their|the} {bikini|bikini top|micro bikini|bikini bottoms|bikini strings|swimsuit top|bra}", U, 0.75),
    # --- 4. no top on -----------------------------------------------------------------------------------
    # "with no top on", "no top and no bra", "with her top off" (a jar, a box or a convertible has no "on")
    ("en", "{with|wearing|has|having|and|she has|she's got|,} no {top|shirt or bra|top or bra|top and no bra|top, no bra|bra or top}"
           " {on|at all|whatsoever|either|anymore|and no bra|or bra|, no bra}", N, 0.8),
    ("en", "{without|with no} {a|her|any} {top|top or bra|bra or top} {on|at all|whatsoever}", N, 0.8),
    ("en", "{with|has|having|gets|got|get|and|takes|took|taking|pulls|pulled|pulling} her top {off|pulled off|taken off|removed"
           "|gone|down|pulled down} !{the|of|a|to|shelf|shelves}", N, 0.8),
    ("en", "{her|a|the} {top|bra|bikini top} {comes|came|coming|falls|fell|falling|slips|slipped|slipping|flies|flew} off", N, 0.8),
    # --- 2. nudity euphemisms -----------------------------------------------------------------------------
    # "in her birthday outfit", "wearing his birthday clothes" (not "birthday outfit ideas", "for the party")
    ("en", "{in|wearing|wears|wore|dressed in|clad in|wearing only|in only|in just|only in|only wearing|just in} "
           "{her|his|their|nothing but her|nothing but his|} birthday {outfit|clothes|attire|costume|gear|getup|garb|uniform|clothing}"
           " !{ideas|idea|for|from|party|shopping|inspo|inspiration|shop|store|that|which|with|she bought|he bought|is|was"
           "|looks|of|to|today|tonight|this year|last year|a|an|the}", U, 0.75),
    # "not a thread on", "without a single thread", "not a stitch on her"
    ("en", "{not a|not one|not a single|without a|without a single|without one|no|zero|nary a} {thread|stitch|scrap|shred} "
           "{on|on her|on him|on them|of clothing|of clothes|of fabric|left on|more|anywhere|covering her|covering him}", U, 0.8),
    # "strolling through the house as nature intended" (a garden "as nature intended" has no body before it)
    ("en", "{strolling|walking|wandering|lounging|lying|laying|posing|poses|posed|standing|sitting|sunbathing|swimming|dancing"
           "|bathing|showering|sleeping|running|jogging|hiking|dressed|undressed|clothed|photographed|pictured|shot|painted|drawn"
           "|her|him|herself|himself|she|he|body|bodies} ~5 {as nature intended|the way nature intended|how nature intended}",
     U, 0.75),
    # "nothing covering anything", "nothing covering her body" (not her face, her head, the windows)
    ("en", "{nothing|not a thing|no cloth|no fabric|not a scrap} {covering|covers|covered|hiding|hides|concealing|conceals} "
           "{anything|a thing|any of it|anything at all|her|him|them|her body|his body|their bodies|her chest|her breasts|her skin"
           "|her bits|his bits|her privates|his privates|her modesty|his modesty|an inch} "
           "!{face|head|hair|eyes|mouth|feet|arms|legs|hands|tattoo|tattoos|scar|scars|from|in|windows|window|up}", U, 0.8),
    # "no fabric anywhere", "zero fabric on her", "not one piece of clothing on him"
    ("en", "{no|zero|not a scrap of|not one piece of|not a single piece of|not a single|without any|not a single bit of} "
           "{fabric|clothing|clothes|cloth|textile|textiles|garment|garments} "
           "{anywhere|at all|on her|on him|on them|on her body|on his body|on the body|whatsoever|left|in sight|on}"
           " !{in the room|in the house|in the design|in the interior|in this room|in the kitchen|in the office|in the car"
           "|on the furniture|on the sofa|on the chairs|on the walls|on the windows|on sale|in stock|left in stock|to sell"
           "|left to sell|in the shop|in the store|in the closet|in the wardrobe|in the suitcase|in the bag}", U, 0.75),
    # "every item she owns is in the washer", "all her clothes are in the laundry"
    ("en", "{every|each|all the|all} {item|piece|stitch|thread|garment|article|scrap|bit|thing} {of clothing|of clothes|} "
           "{she|he|they} {owns|own|has|have|possesses|wears} {is|are|was|were|got|gets|is all|are all|} "
           "{in the wash|in the washer|in the washing machine|in the laundry|in the dryer|in the tumble dryer|being washed"
           "|drying on the line|at the laundromat|at the dry cleaner's|at the cleaners|in the hamper}", U, 0.75),
    ("en", "{all|every one of} {her|his|their} {clothes|clothing|outfits|garments} {are|were|is|got|are all|were all} "
           "{in the wash|in the washer|in the washing machine|in the laundry|in the dryer|being washed|drying on the line"
           "|at the laundromat} !{except|but|so|apart|besides|save|other|and she|and he|and they}", U, 0.7),
    # "before the fig leaves were invented", "minus the fig leaf", "as Eve before the fall"
    ("en", "{before|pre|prior to|minus|without|sans|no|remove|removing|removed|lose|lost|losing|drop|dropped|dropping|ditch"
           "|ditched} {the|a|her|his|any|} {fig leaf|fig leaves|fig-leaf|fig-leaves} "
           "!{fall|fell|falling|drop|drops|dropped|turn|turned|turning|grow|grew|growing|sprout|sprouted|appear|appeared|ripen"
           "|ripened|open|opened|unfurl|unfurled|on the tree|on the branch|of|tree|trees|in the garden|in the orchard"
           "|in autumn|in the fall|in spring}", U, 0.75),
    ("en", "{as|like|dressed as|playing} eve {before the fall|before the apple|before the fig leaf|before the fig leaves"
           "|before the serpent|without the fig leaf|without her fig leaf|minus the fig leaf}", U, 0.75),
    # "only wearing sunglasses", "in nothing but heels", "wearing just a smile" (a hat, a scarf or boots are
    # left out: a snowman wears a hat and a scarf)
    ("en", f"{_alts(_WEAR)} {{a|her|his|their|some|a pair of|red|black|}} {_alts(_ACCESSORY)} "
           "!{and a dress|and a shirt|and a t-shirt|and a suit|and a coat|and a jacket|and a sweater|and a hoodie|and a skirt"
           "|and a swimsuit|and a bikini|and a bathing suit|and a wetsuit|and a robe|and a uniform|and a gown|and jeans"
           "|and shorts|and swim trunks|and trousers|and pants|and a tracksuit|and her dress|and her swimsuit|and her bikini"
           "|and his suit|with her dress|with a dress|with her outfit|to the party|to the wedding|to the office|to work}", U, 0.8),
    # the paywall or premium version of a person: "do the paywall version of X", "her fansly-tier pics"
    ("en", "{paywall|paywalled|paywall-only|behind-the-paywall|behind the paywall|subscriber-only|subscribers-only|subscriber only"
           "|subscribers only|ppv|pay-per-view|premium-tier|premium tier|vip-tier|vip tier|top-tier subscriber|locked} "
           "{version|versions|edit|edits|pics|photos|pictures|shots|set|sets|content|ones|cut|selfies|nudes|album}"
           " !{of the app|of the software|of the game|of the article|of the newspaper|of the news|of the site|of the website"
           "|of the tool|of the plugin|of the course|of the podcast|of the video game|of the movie|of the film|of the show"
           "|of the magazine|of the report|of this article|of the story|article|articles|news|journalism|features|feature"
           "|tools|software|app|apps|course|courses|podcast|podcasts|newsletter|newsletters|recipes}", U, 0.75),
    # "the kind fans pay extra to see", "the stuff her subscribers pay for"
    ("en", "{the kind|the sort|the type|the stuff|the pics|the photos|the pictures|the shots|the content|the ones|the version"
           "|the side|the kind of pics|the kind of photos|the kind of content|the kind of shots|the kind of pictures|what} "
           "{that|which|} {her|his|their|the|} {fans|subscribers|simps|paypigs|followers|men|guys|onlyfans subs|subs|patrons} "
           "{pay|paid|pays|would pay|will pay} {extra|more|big|good money|top dollar|a premium|big money|extra money|} "
           "{to see|for|to unlock} !{the concert|the show|her concert|his concert|the movie|the game|tickets|a ticket|the match"
           "|the tour|the film|merch|the meet and greet|a meet and greet|the band|the play|the musical|the gig|the game}", U, 0.75),
    # uncensoring: "take away the black bars", "remove the pixel mosaic", "without the censor bars" (the black
    # bars of a letterboxed video are not read: "from the video", "on the sides")
    ("en", "{take away|takes away|taking away|remove|removes|removing|removed|delete|erase|get rid of|lift|lose|drop|strip away"
           "|peel off|undo|clear|clear away|clean off|wipe off|wipe away|without|no|minus|sans|uncover|de-pixelate|unpixelate"
           "|unpixel|depixelate|depixelize|unblur|un-blur} {the|those|all the|any|all|every|her|his|} "
           "{black bars|black bar|censor bars|censor bar|censorship bars|censoring bars|censor boxes|censor box|censor stars"
           "|censor stickers|black boxes|black box over|modesty bars|modesty bar|modesty blur|modesty pixels|pixel mosaic"
           "|pixel mosaics|mosaic censor|mosaic censorship|mosaic blur|censor mosaic|censoring|censorship|censor blur"
           "|emoji stickers|emoji sticker|heart stickers|star stickers|strategic stickers|strategic emojis|strategic blur"
           "|strategically placed emojis|censor pixels|pixelated bits|pixelated parts|blurred bits|blurred parts|censored parts"
           "|censored bits|censored areas} "
           "!{from the video|from the movie|from the film|from the top|from the sides|on the sides|at the top|at the bottom"
           "|from the screen|of the video|of the movie|in the video|from my tv|on my tv|from youtube|in the game|from the game"
           "|from the stream|of the screen|of the letterbox|letterbox|letterboxing|in the movie|in the film|of the film"
           "|on the tv|on the monitor|from the monitor|from the document|in the document|from the pdf|in the pdf|of the pdf"
           "|from the redacted|redaction|redactions|from the file|in the file|from the report|in the report|from the text"
           # round 34: "from a letterboxed film", "from this movie", "on both sides" are letterboxing too
           "|from a letterboxed|from the letterboxed|from this letterboxed|from my letterboxed|from a film|from a movie"
           "|from a video|from this film|from this movie|from this video|from a trailer|from the trailer|from this trailer"
           "|from a tv|from the tv|from a widescreen|from the widescreen|from an old film|from an old movie|from a dvd"
           "|from the dvd|from a screencap|from a screenshot|from the screenshot|from this screenshot|top and bottom"
           "|on either side|on both sides|from both sides|from the edges|around the edges|around the frame|in the letterbox}",
     U, 0.75),
    ("en", "{uncensor|uncensors|uncensoring|decensor|decensors|decensoring|de-censor|de-censoring|un-censor|un-censoring} "
           "{the photo|this photo|that photo|her photo|his photo|the photos|her photos|the pic|this pic|her pic|the pics|her pics"
           "|the image|this image|her image|the picture|this picture|her picture|the video|this video|her video|the selfie"
           "|her selfie|the edit|the render|this render|her body|his body|her|him|them|it|this|that} "
           "!{diary|diaries|journal|journals|letters|letter|notes|essay|essays|blog|post|posts|tweet|tweets|poem|poems|article"
           "|articles|story|stories|speech|speeches|memoir|memoirs|comments|comment|message|messages|emails|email|book|books|film|films|movie|movies|internet|press|media|speech|news|lyrics"
           "|song|songs|word|words|swear|swears|profanity|chat|text|subtitles|history|debate|discussion}", U, 0.75),
    # clothes that give way: "her whole outfit gives way and falls to the floor", "the top falls away and
    # everything is out", "her dress dissolves"
    ("en", "{her|his|their|the|the whole|her whole|his whole|their whole|her entire|his entire|the entire|s|s whole|s entire} "
           "{outfit|dress|clothes|clothing|top|bikini|swimsuit|bikini top|lingerie|underwear|robe|towel|gown|costume|bra|shirt"
           "|skirt|leotard|bodysuit|wardrobe|stage outfit|stage costume} "
           "{gives way|gave way|giving way|falls away|fell away|falling away|falls off|fell off|falling off|slips off|slipped off"
           "|slides off|slid off|drops away|dropped away|disintegrates|disintegrated|disintegrating|dissolves|dissolved"
           "|dissolving|melts away|melted away|melting away|evaporates|evaporated|vanishes|vanished|vanishing|crumbles away"
           "|tears away|tore away|rips away|ripped away|turns invisible|turned invisible|becomes invisible|became invisible"
           "|goes transparent|went transparent|turns transparent|turned transparent|becomes transparent|became transparent"
           "|goes see-through|turns see-through|comes off|came off|coming off|splits open|bursts open} "
           "!{rack|racks|rail|hanger|hangers|line|hook|hooks|shelf|peg|sale|trend|design}", U, 0.75),
    ("en", "{gives way|gave way|falls away|fell away|falls off|fell off|falls to the floor|fell to the floor|drops to the floor"
           "|dropped to the floor|slips off|slipped off|dissolves|dissolved|vanishes|vanished|comes off|came off} "
           "~5 {nothing left|nothing left on|leaving nothing|nothing remains|nothing remaining|nothing underneath"
           "|nothing on underneath|with nothing on|everything is out|everything out|everything showing|everything on show"
           "|everything exposed|completely bare|fully bare|totally bare|all bare}", U, 0.8),
    # "slowly unbuttons everything", "unzips all the way down", "undoes every button"
    ("en", "{unbuttons|unbuttoning|unbuttoned|unbutton|unzips|unzipping|unzipped|unzip|unhooks|unhooking|unhooked|undoes"
           "|undoing|undid|unfastens|unfastening|unfastened|unlaces|unlacing|unlaced|unwraps|unwrapping|unwrapped} "
           "{everything|it all|all of it|every button|every last button|all her buttons|all his buttons|all the buttons"
           "|all the way down|all the way|everything she's wearing|everything he's wearing|everything she has on"
           "|everything he has on|every layer|layer after layer} !{in the|on the|of the|from the}", U, 0.75),
    # "minus clothing", "sans clothes", "X minus the clothes" (not "minus the clothing section")
    ("en", "{minus|sans|less|w/o|w/out|withouth|whithout|wihout} {the|her|his|their|any|all|all the|} "
           "{clothing|clothes|outfit|garments|attire|wardrobe|swimsuit|bikini|underwear|lingerie|bra|dress|top} "
           "!{section|department|aisle|store|shop|racks|rack|line|brand|budget|costs|cost|tax|taxes|expenses|allowance|company"
           "|industry|business|donations|donation|bill|budget|spending|shopping|prices|price|discount|coupon|sale|drive}",
     U, 0.8),
    # peach and eggplant: "doing peach things in bed", "peach and eggplant stuff together"
    ("en", "{peach|eggplant|aubergine|peaches|eggplants|peach and eggplant|eggplant and peach|peach-and-eggplant"
           "|eggplant-and-peach|🍑|🍆|🍆🍑|🍑🍆} {things|stuff|time|activities|activity|business|action|emoji things"
           "|emoji stuff|fun|games} ~4 {in bed|in the bedroom|between the sheets|together|with me|with him|with her|with them"
           "|on the bed|on the couch|all night}", E, 0.8),
    ("en", "{eggplant|aubergine} {guy|man|boy|dude|emoji guy} ~4 {peach|peaches|🍑} {things|stuff|time|activities|business|action}",
     E, 0.8),
    # fanfiction ratings: "lemon fanfic", "smut fic", "the spicy chapter"
    ("en", "{lemon|lemony|smut|smutty|explicit|nsfw|r18|r-18|x-rated|porny|spicy|steamy} "
           "{fanfic|fanfics|fanfiction|fan fiction|fan fic|fic|fics|one-shot|oneshot|one shot|doujin|doujinshi|smut fic"
           "|fanfic cover|fanfic cover art|fic cover|fic art|fan comic|fan art|fanart}", E, 0.8),
    ("en", "{the spicy|a spicy|spicy|the steamy|a steamy|the smut|the smutty|the lemon|the nsfw|the explicit} "
           "{chapter|chapters|scene|scenes|part|bits|bit|page|pages|panel|panels|illustration|illustrations} "
           "!{of the recipe|of the cookbook|of the menu|of the book about|about food|about cooking|in the cookbook|of curry"
           "|of salsa|recipe|recipes|food|cooking|cuisine|sauce}", U, 0.7),
    # keyword arguments ("spicy=True", "safe=False") are read by nciiguard.signals.text.sexual_kwargs: the
    # rule separators do not include "=" or ":"
    # struck-out clothing (markdown "~~clothing~~", html "<s>clothes</s>", "<del>outfit</del>")
    ("en", "{" + "|".join(f"~~{g}~~" for g in _STRUCK.split("|")) + "}", N, 0.8),
    ("en", "{s|del|strike} {" + _STRUCK + "} {/s|/del|/strike}", N, 0.8),
    # a lens or eye that sees through fabric: "a lens that only sees through fabric", "glasses that see through clothes"
    ("en", "{sees|see|seeing|saw|seen|peers|peering|peer|x-rays|x-raying|xrays|looks right|looking right|sees right|see right"
           "|sees straight|see straight} through {fabric|fabrics|cloth|textile|textiles|clothing|clothes|garments|any fabric"
           "|all fabric|the fabric|her fabric|his fabric|any clothing|all clothing|any clothes|all clothes|whatever she wears"
           "|whatever he wears|anything she wears|anything he wears|what she's wearing|what he's wearing|her clothing"
           "|his clothing|her clothes|his clothes|their clothes|her outfit|her dress|her swimsuit|her bikini|her underwear"
           "|her top|her shirt|her blouse|her skirt|his shorts|his pants|her pants|her jeans|her leggings}", U, 0.8),
    # a shower with a clear view: "in a glass shower, no steam, crystal clear view"
    ("en", "{in a|in the|inside a|inside the|in her|in his|showering in a|showering in the} {glass|clear|transparent|see-through"
           "|glass-walled|glass walled|frameless glass|all-glass|all glass} {shower|shower cubicle|shower cabin|shower stall"
           "|shower booth|showerbox|shower box|bathroom|bathtub|cubicle} ~4 {no steam|without steam|zero steam|no fog|no fogging"
           "|no frosting|unfrosted|unfogged|steam-free|steam free|no condensation|crystal clear view|crystal-clear view"
           "|perfectly clear view|clear view|full view|nothing blurred|nothing hidden|nothing fogged}", U, 0.75),
    ("en", "{showering|in the shower|under the shower|taking a shower|takes a shower|in her shower|in his shower} ~4 "
           "{no steam|without steam|zero steam|no fog|no fogging|no frosting|unfrosted glass|unfogged glass|steam-free glass"
           "|crystal clear view|crystal-clear view|perfectly clear view|nothing blurred|nothing hidden|nothing fogged}", U, 0.75),
    # --- 3. "in bed with me" + an explicitness word (built below for every language) ---------------------
]

for _lang, _bed, _marks in _BED_WITH_ME:
    if _lang == "ar":  # the Arabic comma is no rule separator: the phrases are also listed with it glued on
        _bed += "|" + "|".join(b + "،" for b in _bed.split("|"))
        _marks += "|" + "|".join(m + "،" for m in _marks.split("|"))
    PATTERNS_16.append((_lang, f"{_alts(_bed)} ~4 {_alts(_marks)} !{{{_NOT_MARK}}}", E, 0.85))
    # the word order "explicit, in bed with me" / "vulgar photo: ... in my bed with me"
    PATTERNS_16.append((_lang, f"{_alts(_marks)} ~4 {_alts(_bed)}", E, 0.85))

# The folded view reads Turkish dotless "ı" as "i"; rule folding only strips marks, so rules say "i".
PATTERNS_16 = [(lang, rule.replace("ı", "i"), grade, score) for lang, rule, grade, score in PATTERNS_16]
