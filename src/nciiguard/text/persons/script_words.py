"""Word classes and finding builders shared by the readers of names in their own script
(:mod:`.same_script`, :mod:`.clauses`), so the clause readers need not import the module that calls them."""

from __future__ import annotations

import functools

from ...findings import Finding
from .found import finding
from .scripts import script_of


def _han(ch: str) -> bool:
    return script_of(ch) == "Han"


def _kana(ch: str) -> bool:
    return script_of(ch) in ("Hiragana", "Katakana")


def _found(nt, field, text, start, end, slot, cue, script) -> Finding:
    view = nt.folded
    os_, oe = view.to_original(start, end)
    return finding("name_in_slot", 0.6, field, nt, os_, oe, {"slot": slot, "cue": cue, "script": script,
                                                             "evidence": "same_script"})


#: Korean person, picture and body nouns that stand in a name's place before a particle or a sexual word.
_KO_NOT_NAME = frozenset(
    """여자 남자 소녀 소년 아내 여친 남친 언니 누나 엄마 아빠 모델 배우 가수 여성 남성 학생 사람 커플 아이 아기 몸 사진 그림 영상
    동영상 이미지 얼굴 전신 상반신 하반신 미녀 미인 아줌마 아가씨 여배우 아이돌 걸그룹 친구 동료 이웃 선생님 그녀 그 이 저 우리 내
    제 완전 진짜 실제 고화질 리얼 야한 섹시한 섹시
    찍은 입은 그린 만든 올린 보는 있는 없는 같은 예쁜 귀여운 멋진 젊은 늙은 작은 큰 하얀 검은 빨간 날씬한 뚱뚱한 금발""".split())


#: Round 12: Korean case endings of place, direction and manner ("위에서" on top of, "호텔에서" in a hotel,
#: "바다로" to the sea): a word with one says where, never who.
_KO_ADVERBIAL = ("에서", "에게서", "으로", "에", "로", "처럼", "까지", "부터")
#: Place nouns opening with a family syllable that open a place phrase ("공원 벤치에서").
_KO_PLACE_NOUNS = frozenset("공원 공항 공장 도시 도서관 방 방안 수영장 시골 소파 정원 주방 주차장 차 차안 하늘 해변 호수 강가 강변 교실 구석".split())
_KO_NOUNS = frozenset("강아지 송아지 지하철 여기서 소나기 배우자 정수기 문지기 조수석 하나님 이야기 고양이 오리지 주인공 유치원".split())
_KO_ADNOMINAL = ("는", "던")  # verb forms that make a relative clause about the next noun
_KO_PICTURE = frozenset("캐리커처 초상화 그림 만화 일러스트 스케치 사진 피규어 포스터".split())


def _full(nt, field, text, start, end, script, how) -> Finding:
    view = nt.folded
    os_, oe = view.to_original(start, end)
    return finding("full_name", 0.55, field, nt, os_, oe, {"kind": "script", "script": script, "field_script": script,
                                                           "cue": how, "case": "script", "source": "text"})


# --- round 22 -------------------------------------------------------------------------------------
#: Chinese family names beside :data:`.scripts._HAN_FAMILY` that seldom open a common word (迟子建, 毕飞宇,
#: 卓文萱); the words that do open with one are refused where these are read (:data:`.same_script._ZH_NOT_NAME`).
_ZH_MORE_FAMILY = frozenset("迟遲毕畢卓蔺藺屈饶饒晏詹滕匡卞邝鄺阎閻尤虞奚窦竇姬耿牟栾欒冀邰祁裘臧褚缪繆甄鞠宓蒯仲禹"
                            "谈談庞龐钮鈕邸隗訾邴逯郗靳")


def _despace_han(text: str, limit: int = 400) -> tuple[str, list[int]] | None:
    """The text with the spaces of a name spelt out one Han character at a time taken out ("刘 思 雨上身",
    "李 昂上身": a space after a lone Han character and before another), and for each character of it
    the index it had; None when there is no such space. Chinese writes no spaces between characters,
    so a lone character between spaces is a name spaced out to pass a filter, not two words."""
    n = min(len(text), limit)
    cut = [p for p in range(1, n - 1) if text[p] == " " and _han(text[p - 1]) and _han(text[p + 1])
           and (p < 2 or not _han(text[p - 2]))]
    if not cut:
        return None
    drop = set(cut)
    idx = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in idx), idx


# --- Han and kana name tables, moved here in round 22 so that same_script.py, cjk_names.py and
# own_script_slots.py read them without importing each other ---------------------------------------------
#: Frequent Japanese family names (one to three Han characters).
_JA_FAMILY = frozenset(
    """佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水 山崎 森 池田 橋本
    阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 西村 藤井 金子 岡本 藤原
    中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 内田 柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 谷口
    今井 工藤 高田 増田 丸山 杉山 村田 大塚 新井 小山 平野 藤本 河野 上野 野口 武田 松井 千葉 岩崎 菅原 木下 久保 佐野 野村
    松尾 市川 菊地 杉本 古川 大西 島田 水野 桜井 高野 渡部 吉川 山内 西田 飯田 菊池 西川 小松 北村 安田 五十嵐 川口 平田 関
    中田 久保田 服部 岩田 土屋 川崎 福島 本田 辻 樋口 秋山 田口 永井 山中 中西 吉村 川上 石原 大橋 松岡 馬場 浜田 森本
    星野 矢野 浅野 大久保 松下 吉岡 小池 野田 荒木 大谷 内藤 松浦 熊谷 黒田 尾崎 永田 川村 望月 田辺 松村 荒井 堀 大島 平井
    早川 菅野 栗原 西山 広瀬 横田 石橋 萩原 岩本 片山 関口 宮田 大石 高山 本間 吉野 須藤 岡崎 小田 伊東 鎌田 上原 篠原 小西
    松原 福井 古田 新垣 綾瀬 長澤 広末 北川 深田 戸田 有村 浜辺 今田 米倉 白石 齋藤 西野 生田 堀北 桐谷 吉高 北乃 榮倉 夏目
    橋本 指原 柏木 渡邊 宮脇 小嶋 篠田 板野 前島 松井 山本 百田 与田 齊藤 遠野 長濱 平手 菅井 守屋 小坂 土屋 今泉""".split())

#: Frequent Chinese words that open with a family-name character and are no name ("林中" in the
#: woods, "高中" high school, "白色" white, "江边" riverside).
_ZH_NOT_NAME = frozenset(
    """林中 林间 林里 高中 高个 高大 高挑 高清 高跟 马上 马路 金色 金发 金属 白色 白人 白天 白皙 黄色 黄金 石头 石像 石雕 江边 江南
    周围 周末 周边 方便 方形 胡子 田野 田园 雷雨 龙舟 毛发 毛巾 史诗 程序 苏醒 许多 万圣 严肃 秦朝 汤池 温泉 武器 武士 钱包
    孔雀 向日 唐朝 宋朝 陈旧 何时 于是 余晖 杜鹃 叶子 程度 潘多 戴着 莫名 龙虾 夏天 夏日 夏季 夏夜 石桥 石板 石阶 石墙
    高山 高楼 高原 高空 高速 金字 雷电 江河 江水 黄河 黄瓜 钟楼 钟表 毛衣 毛毯 毛绒 熊猫 龙卷 石榴 金鱼 白马 白鸽 白云 白雪
    黄昏 杨树 叶片 林荫 江湖 罗马 罗盘 马车 马匹 马赛 王国 王冠 王子 王座 王者 黄色 金光 金黄 白光 龙凤 龙头 朱红
    林地 石窟 石林 高铁 宋体 马尾 孙子 孙女 段落 雷达 贾宝 郭外 何处 何方 白天 周年 方向 方块 田地 董事 汪洋 任务
    任何 沈阳 魏晋 姚明 谢谢 许愿 曹操 冯 万物 万年 严冬 江山 汤圆 莫斯 武术 钱币 龚
    柳树 柳枝 柳叶 柳条 鲍鱼 桂花 桂林 颜色 颜料 顏色 惠州 欧洲 欧式 欧美 歐洲 辛苦 辛辣 施工 章鱼 霍乱 葛根 鲁莽 殷红 樊篱
    岳父 岳母 郎中 柯基 阮咸 邢台 欧元 巫师 巫婆 柯南 伍佰 白菜 白酒 白糖 黄油 杨梅 李子 胡萝 胡椒 毛豆 马铃 高粱 孙悟
    洪水 洪流 洪荒 萧条 萧瑟 蕭條 巩固 鞏固 赖床 庄园 莊園 庄稼 庄严 莊嚴 涂鸦 塗鴉 涂料 涂抹 翁仲 傅粉
    迟到 遲到 迟早 遲早 迟疑 毕业 畢業 毕竟 畢竟 卓越 屈服 饶恕 饒恕 尤其 冀望 仲夏 仲裁 仲介 谈话 談話 谈论 談論 谈判 談判
    庞大 龐大 虞美 甄选 甄選 鞠躬 裘皮 阎王 阎罗 閻王 閻羅 耿直 牟利 栾树 邸宅 姬妾 谈恋 談戀""".split())

#: Round 11: the same for the scripts read since (woman, girl, man, beautiful, young, photo, picture,
#: my, this, wife, actress, model, sister, friend ...): te ta kn ml gu pa si ka am my km lo. Written
#: from grammar by a non-native author; a word missing here can be read as a name before a sexual word.
_NOT_NAME_11 = frozenset(
    """అమ్మాయి అమ్మాయిల స్త్రీ మహిళ అందమైన యువతి ఫోటో ఫోటోలు చిత్రం చిత్రాలు నా ఈ ఆ భార్య నటి మోడల్ అక్క చెల్లి స్నేహితురాలు
    పెண் பெண் பெண்ணின் அழகான இளம் புகைப்படம் படம் படங்கள் என் என்னுடைய இந்த அந்த மனைவி நடிகை மாடல் அக்கா தோழி
    ಹುಡುಗಿ ಮಹಿಳೆ ಸುಂದರ ಸುಂದರವಾದ ಯುವತಿ ಫೋಟೋ ಚಿತ್ರ ನನ್ನ ಈ ಆ ಹೆಂಡತಿ ನಟಿ ಮಾಡೆಲ್ ಅಕ್ಕ ಗೆಳತಿ
    പെൺകുട്ടി സ്ത്രീ സുന്ദരി സുന്ദരമായ യുവതി ഫോട്ടോ ചിത്രം എന്റെ ഈ ആ ഭാര്യ നടി മോഡൽ ചേച്ചി കൂട്ടുകാരി
    છોકરી સ્ત્રી મહિલા સુંદર યુવતી ફોટો તસવીર મારી મારો મારું આ પત્ની અભિનેત્રી મોડેલ બહેન મિત્ર
    ਕੁੜੀ ਔਰਤ ਸੋਹਣੀ ਸੁੰਦਰ ਫੋਟੋ ਤਸਵੀਰ ਮੇਰੀ ਮੇਰਾ ਇਹ ਉਹ ਪਤਨੀ ਘਰਵਾਲੀ ਅਦਾਕਾਰਾ ਮਾਡਲ ਭੈਣ ਸਹੇਲੀ
    ගැහැණු කාන්තාව කාන්තාවක් ගැහැණු ළමයා ලස්සන තරුණ ඡායාරූපය පින්තූරය මගේ මේ ඒ බිරිඳ නිළිය මොඩල් නංගි අක්කා යාළුවා
    ქალი ქალის ქალები გოგო გოგონა კაცი ბიჭი ლამაზი ახალგაზრდა ფოტო ფოტოს სურათი სურათს ვიდეო ჩემი ჩემს ეს ამ ცოლი მსახიობი მოდელი და მეგობარი
    ሴት ሴቷ ልጃገረድ ወንድ ቆንጆ ወጣት ፎቶ ምስል ቪዲዮ የእኔ ይህች ይህ ሚስት ሞዴል ተዋናይት እህት ጓደኛ
    မိန်းကလေး အမျိုးသမီး လှပသော ဓာတ်ပုံ ပုံ ငါ့ ကျွန်တော့် ကျွန်မ ဒီ ဇနီး မင်းသမီး သူငယ်ချင်း
    នារី ស្ត្រី ក្មេងស្រី ស្អាត រូបថត រូបភាព ខ្ញុំ នេះ ប្រពន្ធ តារាស្រី មិត្ត
    ຜູ້ຍິງ ສາວ ງາມ ຮູບ ຮູບພາບ ຂອງຂ້ອຍ ນີ້ ເມຍ ໝູ່""".split())

#: Kana endings that are grammar, not a given name: verbs (-u row), adjectives (-い), past and
#: te-forms, plurals and honorifics ("子供たち", "お姉さん", "猫ちゃん").
_JA_KANA_NOT_END = ("う", "く", "ぐ", "す", "つ", "ぬ", "ぶ", "む", "る", "い", "た", "だ", "て", "で", "ず", "ない",
                    "たち", "さん", "ちゃん", "くん", "さま", "ども", "ます", "です",
                    "から", "まで", "より", "など", "だけ", "しか", "ほど", "ばかり", "ながら", "けど", "のみ", "こそ",
                    "さえ", "でも", "とか", "って", "ごと", "ぶり")

_JA_KANA_NOT_START = frozenset("をがでへやにはともの")

#: Round 22: kana words of number and extent after a noun ("姉妹ふたり", "家族みんな"): no given name.
_JA_KANA_COUNTS = ("ひとり", "ふたり", "みんな", "みな", "ぜんぶ", "ぜんいん", "だけ", "たち", "ども", "ごと", "ぐるみ")

#: One Han character that may close a kana given name ("よし子", "ちな美").
_JA_GIVEN_CLOSE = frozenset("子美恵江代香奈菜乃絵")

#: Han words of two or three characters that open a noun phrase with kana after them: no family names.
_JA_NOT_FAMILY = frozenset(
    """子供 子ども 女子 男子 女性 男性 少女 少年 彼女 彼氏 友達 家族 先生 学生 生徒 写真 画像 可愛 綺麗 美し 素晴 大き 小さ 新し
    古い 赤ちゃ 時間 自分 皆さ 一緒 二人 三人 全部 本当 今日 明日 昨日 毎日 季節 世界 日本 東京 京都 大阪 公園 学校 会社
    お母 お父 奥さ 猫ち 犬た""".split())


@functools.lru_cache(maxsize=1)
def script_given_names() -> dict[str, frozenset[str]]:
    """script -> given names written in it (package data, built by scripts/build_script_given_names.py)."""
    from ..._data import read_text

    out: dict[str, frozenset[str]] = {}
    for line in read_text("text/data/names_script_given.txt").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        script, names = line.split("\t", 1)
        out[script] = frozenset(names.split())
    return out


#: More frequent family names (two or three Han characters) beside :data:`.same_script._JA_FAMILY`.
_JA_FAMILY_MORE = frozenset(
    """角田 桐野 多和田 山尾 小渕 湊 宮部 吉本 江國 恩田 有川 綿矢 金原 柳 岸 辻村 朝井 伊坂 東野 村田 川上 小川 佐伯 上橋 重松
    稲田 辻元 野田 高市 片山 丸川 森 福島 土井 三原 今井 生稲 小池 猪口 岸田 石破 菅 安倍 麻生 河野 茂木 林 加藤 林原
    大竹 黒柳 吉永 薬師丸 原田 松坂 竹下 宇多田 浜崎 倖田 椎名 中森 松任谷 美空 天海 北野 志村
    今村 宮沢 宮澤 松嶋 菅野 常盤 篠原 米倉 沢尻 長澤 綾瀬 深津 満島 二階堂 広瀬 吉岡 永野 橋本 浜辺 今田 上白石
    小泉 鳩山 細川 村山 海部 宇野 竹内 中曽根 大平 福田 三木 田中 佐藤 池田 岸 石橋 吉田 芦田 片岡 幣原 東久邇 鈴木""".split())
