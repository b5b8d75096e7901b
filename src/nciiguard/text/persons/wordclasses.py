"""Closed word classes the name reader uses: grammar, places, titles, and the fictional names it suppresses.

None of these is a list of real people. They keep ordinary words ("rose garden", "summer dress",
"hunter green"), places ("San Jose Sharks") and fictional characters ("lara croft") from reading as
the name of a person (see ``docs/signals/real_person_text.md``).
"""

from __future__ import annotations

import re

#: First tokens of place names ("San Francisco", "Santa Monica", "St Louis", "Fort Worth").
PLACE_PREFIX = frozenset(
    "san santa santo sao st ste saint fort ft port mount mt lake los las el new north south east west"
    " upper lower old great little big glen"
    # Romance place heads before a particle: "Rio de Janeiro", "Costa del Sol", "Lago di Como".
    " rio costa puerto porto lago isla villa monte mont cabo playa bahia vila castel castello"
    " ciudad vallee val col lac".split()
)
#: Two-letter romanised given names that the gazetteer keeps out of ``first`` because they are
#: also syllables, notes or abbreviations ("li", "ai", "yu"): a name only when written Title-case
#: before a capitalised surname of 4+ letters.
SHORT_GIVEN = frozenset("li ai yi su lu ji yu mi na bo ty".split())
#: Place heads that, written capitalised, make the next word part of a place name ("New York
#: Times", "San Jose Sharks"): a person's name never starts inside one.
PLACE_HEAD = frozenset(
    "san santa santo sao st ste saint fort ft port mount mt new los las rio costa puerto porto lago isla"
    " villa monte mont cabo playa bahia vila lake".split()
)
#: Second tokens that make a place, institution or brand, never a surname in a prompt
#: ("Georgia State", "Jackson Hole", "Virginia Beach", "Victoria Secret").
NOT_SURNAME_TAIL = frozenset(
    """
    state states city county beach street st avenue ave road rd bay island islands valley springs
    falls university college school academy hospital church cathedral airport station museum
    square heights creek canyon harbor harbour village lake river mountain mountains bridge tower
    center centre memorial monument boulevard highway park hotel resort motors records studios
    pictures airlines bank inc co corp company hole secret secrets garden gardens style styles
    castle palace temple abbey chapel mosque shrine fortress manor lodge light lights cafe
    restaurant pub
    """.split()
)
#: Colours: "Olive Green", "Ruby Red", "Golden Brown" are colours when the first word is a word.
COLOURS = frozenset(
    "red green blue black white brown gray grey pink gold silver orange purple yellow violet"
    " rose amber olive ruby navy cream ivory".split()
)

#: Fictional characters are not real people. A SHORT list of the characters most often named in
#: sexual fan-art prompts, used ONLY to suppress a full_name finding of exactly that pair (so a
#: benign "lara croft fan art, nude" is not treated as a real person). It never adds a finding,
#: and "<actress> as lara croft" still flags the actress. Placeholders (John Doe), artworks
#: (Mona Lisa) and brands/things that read as first + surname (Harley Davidson, Mercedes Benz)
#: seen in benign caption sets are here too. Kept short on purpose: every entry is a pair the
#: detector will never flag, even when a real person carries that name.
FICTIONAL = frozenset(
    tuple(name.split())
    for name in """
    harry potter|hermione granger|ginny weasley|luna lovegood|lara croft|peter parker|mary jane|
    bruce wayne|clark kent|lois lane|diana prince|tony stark|natasha romanoff|wanda maximoff|
    carol danvers|jean grey|emma frost|kitty pryde|selina kyle|harley quinn|barbara gordon|
    jessica rabbit|betty boop|lola bunny|james bond|john wick|indiana jones|luke skywalker|
    han solo|leia organa|rey skywalker|sherlock holmes|jon snow|arya stark|sansa stark|
    daenerys targaryen|cersei lannister|ellie williams|jill valentine|claire redfield|ada wong|
    tifa lockhart|aerith gainsborough|yuna|samus aran|chun li|cammy white|mai shiranui|
    morrigan aensland|hatsune miku|asuka langley|rei ayanami|misato katsuragi|usagi tsukino|
    nico robin|mikasa ackerman|annie leonhart|marin kitagawa|yor forger|makima|lucy heartfilia|
    erza scarlet|yennefer vengerberg|triss merigold|ciri|jack frost|peter pan|robin hood|
    mary poppins|alice liddell|dorothy gale|santa claus|ronald mcdonald|john doe|jane doe|
    richard roe|jane smith|john smith|tommy vercetti|carl johnson|lara su|bayonetta|
    princess peach|princess zelda|sailor moon|wonder woman|poison ivy|black widow|forrest gump|
    rob roy|mona lisa|venus milo|
    mercedes benz|harley davidson|oscar mayer|rosetta stone|taj mahal|carpe diem|yin yang|ping pong|
    mickey mouse|minnie mouse|donald duck|daisy duck|teddy bear|
    """.replace("\n", "").split("|")
    if name.strip()
)

#: Honorifics, ranks of nobility and offices written before a name ("King Mswati", "Queen
#: Rania", "Sheikh Hasina", "President Lula", "Sir Elton", "Dr Dre"). A closed word class of
#: grammar, not a list of people: the word after it is a person whenever it is a name-like token.
#: Occupations ("nurse", "officer", "captain", "doctor") are left out on purpose: "nurse joy",
#: "officer jenny", "captain america" name characters and costumes far more often than people.
TITLES = frozenset(
    """king queen prince princess emperor empress sultan sultana sheikh sheik sheikha emir shah tsar
    czar tsarina czarina pope sir dame lord lady mr mrs ms mx dr president senator governor chancellor
    premier congressman congresswoman ayatollah imam rabbi archbishop cardinal mayor""".split()
)
#: Two-letter abbreviations that are not a person's initials ("US Marshall", "TV Hogan").
ABBREV = frozenset(
    "us uk eu un la ny dc sf tv hd sd uv ir vr ar ai pc id ok nc ac dc gb mb kb mp hp ps xl xs"
    " ad bc am pm vs rv uh oh ow no go up tx ca fl wa nj pa ma mi oh va ga az co md mn mo wi".split()
)
#: Generational suffixes: "Dale Jr", "<lora:dale_jr_v1>": after a first name they make a name.
NAME_SUFFIX = frozenset("jr sr ii iii iv".split())
#: Fictional, legendary and mascot characters written with a title: suppressed exactly like
#: ``FICTIONAL`` pairs (never flagged, never added). Decided: fictional characters are not real
#: people, so "Queen Elsa" and "Princess Peach" stay quiet; historical royals are people.
FICTIONAL_TITLED = frozenset(
    tuple(name.split())
    for name in """
    king kong|emperor palpatine|queen elsa|princess elsa|princess anna|princess leia|princess jasmine|princess aurora|
    princess ariel|princess daisy|princess rosalina|princess fiona|princess celestia|princess luna|
    princess mononoke|princess bubblegum|princess tiana|princess merida|princess belle|king arthur|
    sir lancelot|sir galahad|lord voldemort|lady dimitrescu|king triton|queen amidala|king julien|
    queen marika|king ghidorah|dr jekyll|mr hyde|dr frankenstein|mr bean|mr clean|dr pepper|
    dr martens|mr freeze|dr eggman|dr robotnik|mr incredible|mrs incredible|mr potato|lady marmalade|
    lord farquaad|prince eric|prince naveen|prince ali|prince adam|king candy|queen grimhilde|
    lady tremaine|king bowser|king dedede|king boo|queen chrysalis|lady sif|lord shen|
    """.replace("\n", "").split("|")
    if name.strip()
)

#: Surname particles: "de Souza", "van der Wal", "al Bassam", "bin Laden". Grammar, not names.
PARTICLES = frozenset(
    "de da do dos das del della delle di du van von der den ter ten al el bin ibn bint ben abu bani banu la le y".split()
)
#: Katakana words joined by the middle dot (folded to "."), or by "=" inside a given name:
#: 2-4 parts, so "ジャン＝クロード・ヴァン・ダム" is one name. Not preceded or followed by more
#: katakana or another dot (a longer title such as "ロード・オブ・ザ・リング" fails the part list).
KATAKANA = "\u30a1-\u30fa\u30fc"
KATAKANA_NAME = re.compile(
    rf"(?<![{KATAKANA}.=])[{KATAKANA}]+(?:[.=][{KATAKANA}]+){{1,3}}(?![{KATAKANA}]|[.=][{KATAKANA}])"
)
#: Common katakana loanwords that make a dotted katakana phrase a title, brand, place or
#: description rather than a name ("スター・ウォーズ" Star Wars, "ニュー・ヨーク" New York,
#: "コカ・コーラ" Coca-Cola, "セクシー・ランジェリー"). Nouns and function words, not names.
KATAKANA_NOT_NAME = frozenset(
    """
    スター ウォーズ ワールド ゲーム ファイナル ファンタジー ストリート ファイター ニュー ヨーク オブ ザ アンド
    エンド ライフ ラブ マン ガール ガールズ ボーイ ボーイズ カップ ショー パーク シティ ホテル センター スクール
    カフェ ハウス タイム ロード ナイト デイ ブラック ホワイト レッド ブルー ゴールド シルバー スーパー ハイパー
    ウルトラ メタル ギア ソリッド ミュージック ダンス アート デザイン スタイル ファッション ポケット モンスター
    コーラ フード ドリンク セット ランナー ブレード カード ボール ゲート ドラゴン クエスト キング クイーン
    プリンス プリンセス レディ ナース メイド コスプレ ヌード セクシー ビキニ ランジェリー ボディ スーツ ドレス
    スカート ジャパン アメリカ フランス イタリア ロンドン パリ ハリウッド ベイビー バニー エンジェル デビル
    ワン ツー スリー ハッピー ビューティー ガーデン ストーリー シリーズ エディション バージョン ムービー
    アニメ ゲームズ ネット ウェブ オンライン モデル ポーズ フォト カメラ ビデオ ホラー ミステリー ヒーロー
    ヒロイン ワンダー ウーマン ビッグ リトル オールド ヤング ハイ ロー トップ ベスト ニュース ラジオ テレビ
    フェア スポーツ クラブ チーム リーグ カンパニー コーポレーション グループ バンド オーケストラ
    """.split()
)
#: Fictional characters most often written in katakana (suppressed like ``FICTIONAL``).
KATAKANA_FICTIONAL = frozenset(
    tuple(x.split("・"))
    for x in "ハリー・ポッター ハーマイオニー・グレンジャー ララ・クロフト ミッキー・マウス ティファ・ロックハート"
    " モナ・リザ サンタ・クロース ピーター・パン ジェームズ・ボンド".split()
)
#: Words that end the item before a run of names when the names ARE the subjects: "four
#: women, A, B, C, and D, ..." (an apposition), "featuring A, B, C". An artist list follows a
#: description of the scene or style instead.
APPOSITION_CUES = frozenset(
    """woman women girl girls man men boy boys guy guys lady ladies friend friends model models
    actress actresses actor actors star stars pornstar pornstars celebrity celebrities people person
    persons couple couples wife wives husband husbands girlfriend girlfriends boyfriend boyfriends
    sister sisters brother brothers member members performer performers featuring starring
    including with of and like named as""".split()
)
STYLE_BEFORE_1 = frozenset({"by", "artist", "artists", "painter", "illustrator", "photographer"})
#: Words after which a name stands in a subject slot ("porn of X", "starring X"); see
#: ``Namer._lower_subject`` and ``Namer._joined_lower``.
SUBJECT_CUES = frozenset({"of", "starring", "featuring", "with", "and"})
STYLE_AFTER = frozenset({"style", "styled", "artstyle", "aesthetic", "inspired"})
LIST_JOINERS = frozenset({"and", "or"})
#: Endings of English derivations and place names: never the surname half of a joined token.
JOINED_TAIL_NOT_SURNAME = ("ing", "ed", "ly", "ness", "ful", "able", "ible", "ous", "ist", "ism", "esque",
                            "ville", "town", "land", "ive", "ery", "ity", "ize", "ise", "less", "ship", "hood", "ward", "wise")
SUFFIX_NOT_SURNAME = ("istic", "ism", "core", "punk", "wave", "ness", "ment", "tion", "ical")
#: Function words of other languages that English never uses: two of them in a text make it
#: foreign, and then unknown tokens are mostly words of that language ("mujer desnuda en la
#: playa"), so the name-likeness model is not asked.
FOREIGN_MARKERS = frozenset(
    "el la los las del en con por para una une des du et avec pour dans sur der das und mit ein eine"
    " nicht sehr auf uma com em os il di che per gli della sono est sont je tu es muy"
    " beim zum zur vom qui que sous".split()
)
#: Determiners, numerals and size/quality adjectives: never a given name, even capitalised
#: ("The Alamo", "Two Heineken", "Large Labrador", "Good Friday").
NEVER_WORD_FIRST = frozenset(
    "the this that these those some any every each all both one two three four five six seven eight"
    " nine ten many few several good large small big great little land new old"
    # numerals of the other languages the guard reads ("Zwei Kinder", "Deux Femmes")
    " zwei drei vier funf sechs sieben acht neun zehn deux trois quatre cinq dos tres cuatro cinco"
    " due tre quattro dois quatro".split()
)
#: Nouns of a picture or a recording in the languages the guard reads: the head of "foto de X",
#: "Foto von X", "ritratto di X", never the given name of a pair ("foto" is a given name in some
#: gazetteer locale; "foto de la Sagrada Familia" is no "Foto de la Sagrada").
PICTURE_NOUNS = frozenset(
    "foto fotos photo photos bild bilder imagen imagenes imagem imagens immagine immagini image images"
    " retrato ritratto portrait portrat dibujo disegno desenho dessin zeichnung gemalde pintura dipinto"
    " peinture selfie video clip".split()
)
#: Closed-class words (articles, prepositions and their contractions, conjunctions) of the
#: languages the guard reads that are also given names somewhere ("im", "bei", "am", "del", "al",
#: "le"). In text of those languages (fullnames.py's ``foreign``) they are the word, not a first
#: name: "nackte Frau im Garten" is no "Im Garten". In English text they still read ("im yoona",
#: "Su Pollard"); "uma"/"una" are left out ("uma thurman").
FUNCTION_NOT_FIRST = frozenset(
    "im am um an in zu zum zur vom beim bei mit von aus auf der die das den dem des ein eine einen einem"
    " und oder aber fur uber unter vor nach"
    " le la les de du des au aux et ou sur sous avec pour dans en un une par chez"
    " el los las del al con por para sin sobre"
    " il lo gli di della nel nella per su da"
    " os as do da dos das no na nos nas ao com em ou"
    " het een en van op bij aan voor naar"
    " w z od po pod nad przy".split()
)

#: Function words of French, Spanish, German, Italian, Portuguese, Dutch and Polish that are no
#: English words, with :data:`FOREIGN_MARKERS` ("i'm", "am", "den", "die" are left out: English).
OTHER_LANGUAGE_WORDS = FOREIGN_MARKERS | frozenset(
    "de du des les aux au avec sous dans pour sur une est sont qui que ce cette ses leur"
    " del al los las con por para una unos unas muy sin sobre esta este su"
    " dem vom zum zur beim auf mit und ein eine einer einem nicht sehr der das ihr ihre"
    " il nel nella della dei degli sul sulla dalla dal che per gli uno questa questo sono"
    " num numa nos nas dos das ao aos pelo pela uma com em sua seu"
    " het een naar bij voor zijn haar niet"
    " sie jest na z w"
    " lui elle ils elles nous vous mon ton mes tes leurs ella ellos ellas nosotros lei ihm ihn ihnen"
    " ela ele eles elas dela dele deles".split()
)


def written_in_other_language(words) -> bool:
    """Two or more distinct :data:`OTHER_LANGUAGE_WORDS` among ``words`` (folded word texts): the
    text is written in another language (the semantic head leaves such fields to the lexicon)."""
    seen = set()
    for word in words:
        if word in OTHER_LANGUAGE_WORDS:
            seen.add(word)
            if len(seen) >= 2:
                return True
    return False



#: Words that make a network tag a concept, not a person (subject.py's tag rule, fullnames.py's
#: tag pairs and the model mentions inside tags).
TAG_NOT_PERSON = frozenset(
    """character char chara oc style concept pose outfit costume clothes background slider detail details
    tweaker helper enhancer lighting anime cartoon pokemon genshin""".split()
)
#: Separators of the words of a network tag's name.
TAG_SPLIT = re.compile(r"[_\-\s.]+")


#: "Famous" and "known" in the languages read (folded: no accents): a question about why someone is
#: famous (persons/ordinary.py, persons/scripts.py: the name is a word of the same item).
FAMOUS_WORDS = frozenset(
    """famous famoso famosa famosos celebre celebres beruhmt bekannt bekend beroemd
    kand kjent kendt kuuluisa kuulus hires unlu meshur terkenal sikat tanyag znany znana znane slavny
    slavna slavne slavny slavni slaven slavna poznat poznata poznati celebru celebra faimos faimoasa
    famos famosa garsus garsi slavens slavena popular popularna populaire conhecido conhecida conocido
    conocida noto nota known""".split())


#: Latin letters that are no accent, so stripping marks leaves them ("Guðrún" -> "guðrun"), as the name lists
#: and slugs spell them in ASCII ("gudrun", "bjorn", "thora", "lukasz", "aegir"): Nordic, Icelandic, Polish,
#: Croatian/Maltese "ħ", Turkish dotless i, German sharp s. Vietnamese "đ" is left to the callers that want it
#: (:mod:`.slugs` does; :mod:`.namer` does not: "điều", "đang" would fold onto given names).
NO_ACCENT_LETTERS = {"ð": "d", "þ": "th", "æ": "ae", "ø": "o", "ł": "l", "ß": "ss", "œ": "oe", "ħ": "h", "ı": "i"}
