"""The English part of the sexual-content lexicon: the hand-graded core (``CURATED``, every language
the core lists) and the descriptive phrasings without a sexual keyword (``PATTERNS``). Imported by
scripts/build_sexual_lexicon.py, which credits, merges, expands and writes them; kept apart so the
build script stays a build script (data here, procedure there).
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

# (term, score). A trailing * marks a stem (inflected languages). Scores: explicit 0.85-1.0,
# nudity 0.9 (0.75 for terms that are often innocuous alone), euphemism 0.6-0.9 depending on
# how often the phrase means anything else, suggestive 0.5-0.7.
CURATED: dict[str, dict[str, list[tuple[str, float]]]] = {
    "en": {
        E: [
            ("porn", 0.98), ("porno", 0.98), ("pornography", 0.98), ("pornographic", 0.98), ("porn star", 0.98),
            ("pornstar", 0.98), ("xxx", 0.9), ("hentai", 0.95), ("sex", 0.9), ("having sex", 0.98),
            ("sex act", 0.98), ("sex scene", 0.95), ("sex tape", 0.98), ("sex toy", 0.9), ("sexual intercourse", 0.98),
            ("intercourse", 0.9), ("blowjob", 0.98), ("blow job", 0.98), ("handjob", 0.98), ("hand job", 0.98),
            ("footjob", 0.95), ("fellatio", 0.98), ("cunnilingus", 0.98), ("anal sex", 0.98), ("oral sex", 0.98),
            ("anal", 0.85), ("masturbat*", 0.95), ("orgasm*", 0.95), ("orgy", 0.95), ("orgies", 0.95),
            ("gangbang", 0.98), ("gang bang", 0.98), ("threesome", 0.9), ("creampie", 0.98), ("cumshot", 0.98),
            ("cum", 0.9), ("cumming", 0.95), ("ejaculat*", 0.95), ("erection", 0.85), ("erect penis", 0.98),
            ("penis", 0.95), ("penises", 0.95), ("vagina", 0.95), ("vaginas", 0.95), ("vulva", 0.95), ("clitoris", 0.98),
            ("clit", 0.95), ("labia", 0.95), ("genitals", 0.95), ("genitalia", 0.95), ("pussy", 0.9),
            ("cock", 0.9), ("cocks", 0.9), ("dick", 0.85), ("dicks", 0.85), ("tits", 0.9), ("titties", 0.9),
            ("titty", 0.9), ("boobs", 0.85), ("boobies", 0.85), ("fuck", 0.85), ("fucking", 0.85), ("fucked", 0.85),
            ("dildo", 0.95), ("vibrator", 0.8), ("butt plug", 0.95), ("buttplug", 0.95), ("bdsm", 0.9),
            ("bondage", 0.8), ("bukkake", 0.98), ("deepthroat", 0.95), ("deep throat", 0.9), ("doggystyle", 0.98),
            ("doggy style", 0.98), ("missionary position", 0.95), ("reverse cowgirl", 0.95), ("rimjob", 0.98),
            ("titfuck", 0.98), ("paizuri", 0.98), ("ahegao", 0.9), ("futanari", 0.95), ("erotic", 0.85),
            ("erotica", 0.9), ("erotically", 0.85), ("making love", 0.85), ("make love", 0.85), ("lovemaking", 0.85),
            ("foreplay", 0.9), ("groping", 0.85), ("molest*", 0.9), ("rape", 0.95), ("raped", 0.95), ("raping", 0.95),
            ("incest", 0.95), ("bestiality", 1.0), ("zoophilia", 1.0), ("milf", 0.85), ("upskirt", 0.95),
            ("downblouse", 0.95), ("cameltoe", 0.85), ("camel toe", 0.85), ("pornhub", 0.98), ("xvideos", 0.98),
            ("xhamster", 0.98), ("brazzers", 0.98), ("chaturbate", 0.95), ("hardcore", 0.8), ("scrotum", 0.9),
            ("testicles", 0.85), ("anus", 0.85), ("phallus", 0.8), ("boner", 0.85), ("schlong", 0.9),
            ("cunt", 0.85), ("semen", 0.9), ("fingering", 0.85),
            ("fisting", 0.95), ("pegging", 0.95), ("sodomy", 0.95), ("sodomize", 0.95), ("sexting", 0.85),
            ("nude sex", 0.98), ("sex doll", 0.9), ("strap on", 0.85), ("strapon", 0.95), ("cowgirl position", 0.95),
            ("69 position", 0.95), ("spread pussy", 1.0), ("wet pussy", 1.0),
        ],
        N: [
            ("nude", 0.9), ("nudes", 0.9), ("nudity", 0.9), ("naked", 0.9), ("nakedness", 0.9), ("topless", 0.9),
            ("bottomless", 0.85), ("unclothed", 0.9), ("undressed", 0.85), ("disrobed", 0.85), ("unrobed", 0.85),
            ("bare breasts", 0.95), ("bare breasted", 0.95), ("barebreasted", 0.95), ("bare-chested woman", 0.9),
            ("exposed breasts", 0.95), ("exposed nipples", 0.95), ("nipple", 0.9), ("nipples", 0.9), ("areola", 0.9),
            ("areolas", 0.9), ("areolae", 0.9), ("full frontal", 0.95), ("in the nude", 0.95), ("nudist", 0.85),
            ("naturist", 0.8), ("skinny dipping", 0.85), ("bare butt", 0.9), ("bare ass", 0.9), ("bare bottom", 0.85),
            ("stripped naked", 0.95), ("strip naked", 0.95), ("pubic hair", 0.9), ("pubes", 0.85), ("breasts", 0.75),
            ("big breasts", 0.85), ("huge breasts", 0.9), ("large breasts", 0.85), ("bare chest woman", 0.85),
            ("barenaked", 0.9), ("buck naked", 0.95), ("stark naked", 0.95), ("butt naked", 0.95),
            ("nude photo", 0.95), ("nude photos", 0.95), ("nude selfie", 0.95),
        ],
        U: [
            ("nsfw", 0.9), ("without clothes", 0.85), ("without clothing", 0.85), ("without any clothes", 0.9),
            ("no clothes", 0.85), ("no clothing", 0.85), ("not wearing clothes", 0.85), ("not wearing anything", 0.85),
            ("wearing nothing", 0.85), ("zero clothes", 0.85), ("invisible clothes", 0.7), ("birthday suit", 0.8),
            ("au naturel", 0.7), ("clothing optional", 0.7), ("see through", 0.6), ("seethrough", 0.65),
            ("nip slip", 0.85), ("wardrobe malfunction", 0.7), ("onlyfans", 0.85), ("only fans", 0.8), ("fansly", 0.8),
            ("rule34", 0.9), ("rule 34", 0.9), ("r34", 0.8), ("lewd", 0.8), ("smut", 0.85), ("smutty", 0.8),
            ("x rated", 0.85), ("adult content", 0.8), ("adult only", 0.6), ("explicit content", 0.8),
            ("sexually explicit", 0.95), ("uncensored", 0.75), ("no panties", 0.9), ("no underwear", 0.85),
            ("no bra", 0.75), ("braless", 0.75), ("in the buff", 0.8), ("scantily clad", 0.75),
            ("barely dressed", 0.75), ("barely clothed", 0.75), ("half naked", 0.85), ("half-naked", 0.85),
            ("partially clothed", 0.65), ("sexual", 0.7), ("sexualized", 0.8), ("sexualised", 0.8),
            ("striptease", 0.8), ("strip tease", 0.8), ("strip club", 0.75), ("playboy", 0.75), ("horny", 0.75),
            ("aroused", 0.7), ("seggs", 0.85), ("secks", 0.85), ("sexo", 0.85), ("sexe", 0.85), ("creepshot", 0.9),
            ("voyeur", 0.75), ("camgirl", 0.8), ("porny", 0.85), ("boudoir nude", 0.9), ("taking off her clothes", 0.8),
            ("takes off her clothes", 0.8), ("removing her clothes", 0.8), ("clothes removed", 0.8),
            ("exposing herself", 0.8), ("body fully exposed", 0.75), ("fully exposed body", 0.75),
            ("only wearing a towel", 0.6), ("wet t shirt", 0.6), ("sexy nude", 0.95),
        ],
        S: [
            ("sexy", 0.6), ("sexier", 0.6), ("sexiest", 0.6), ("seductive", 0.6), ("seductively", 0.6),
            ("seducing", 0.6), ("seduction", 0.55), ("sensual", 0.6), ("sensuality", 0.6), ("sultry", 0.55),
            ("provocative", 0.5), ("provocatively", 0.55), ("lingerie", 0.65), ("bikini", 0.5), ("underwear", 0.55),
            ("panties", 0.65), ("panty", 0.6), ("thong", 0.55), ("g string", 0.6), ("bra", 0.5), ("bralette", 0.5),
            ("negligee", 0.6), ("nightie", 0.5), ("garter belt", 0.55), ("cleavage", 0.65), ("bedroom eyes", 0.6),
            ("spread legs", 0.7), ("legs spread", 0.7), ("spreading her legs", 0.7), ("skimpy", 0.55), ("busty", 0.65),
            ("voluptuous", 0.55), ("pinup", 0.5), ("pin up girl", 0.5), ("boudoir", 0.6), ("stripper", 0.7),
            ("lap dance", 0.7), ("pole dancer", 0.55), ("twerking", 0.55), ("ecchi", 0.7), ("oppai", 0.7),
            ("kinky", 0.6), ("fetish", 0.65), ("succubus", 0.5), ("lolita", 0.5), ("prostitute", 0.6), ("hooker", 0.6),
            ("slut", 0.6), ("slutty", 0.65), ("whore", 0.55), ("naughty", 0.5), ("risque", 0.6), ("booty shorts", 0.55),
            ("revealing clothing", 0.6), ("revealing outfit", 0.6), ("low cut top", 0.5),
            ("breast", 0.55), ("curvy body", 0.5), ("bimbo", 0.55), ("thicc", 0.6), ("camisole", 0.5),
            ("sexy lingerie", 0.7), ("micro bikini", 0.65), ("string bikini", 0.55), ("yaoi", 0.55),
        ],
    },
    "es": {
        E: [("porno", 0.98), ("pornografía", 0.98), ("pornográfico", 0.98), ("pornográfica", 0.98), ("sexo oral", 0.98),
            ("haciendo el amor", 0.85), ("hacer el amor", 0.85), ("follar", 0.95), ("follando", 0.95), ("coño", 0.9),
            ("verga", 0.85), ("pene", 0.95), ("semen", 0.9), ("mamada", 0.95), ("hacer una paja", 0.98),
            ("masturbándose", 0.95), ("masturbación", 0.95), ("erótico", 0.85), ("erótica", 0.85), ("orgía", 0.95),
            ("tetas", 0.9), ("tetas grandes", 0.9), ("chupapollas", 0.95)],
        N: [("desnuda", 0.9), ("desnudo", 0.9), ("desnudas", 0.9), ("desnudos", 0.9), ("desnudez", 0.9),
            ("pezón", 0.9), ("pezones", 0.9), ("en topless", 0.9), ("senos desnudos", 0.95)],
        U: [("sin ropa", 0.85), ("sin nada de ropa", 0.9), ("sin sostén", 0.75), ("sin bragas", 0.9)],
        S: [("lencería", 0.65), ("ropa interior", 0.55), ("tanga", 0.55), ("sensual", 0.6), ("seductora", 0.6),
            ("prostituta", 0.6), ("maciza", 0.55)],
    },
    "fr": {
        E: [("pornographie", 0.98), ("pornographique", 0.98), ("faire l'amour", 0.85), ("branlette", 0.95),
            ("fellation", 0.98), ("sodomie", 0.98), ("érotique", 0.85), ("orgie", 0.95), ("ménage à trois", 0.8),
            ("clito", 0.9), ("branler", 0.9), ("éjaculation", 0.95), ("pénis", 0.95), ("turlute", 0.9)],
        N: [("nue", 0.9), ("nues", 0.9), ("toute nue", 0.95), ("tout nu", 0.95), ("nudité", 0.9), ("seins nus", 0.95),
            ("mamelons", 0.85)],
        U: [("sans vêtements", 0.85), ("sans aucun vêtement", 0.9), ("déshabillée", 0.8), ("déshabillé", 0.75),
            ("sans soutien-gorge", 0.75), ("sans culotte", 0.9)],
        S: [("soutien-gorge", 0.5), ("culotte", 0.55), ("sous-vêtements", 0.55), ("séduisante", 0.55),
            ("sensuelle", 0.6), ("lingerie fine", 0.65)],
    },
    "de": {
        E: [("pornografie", 0.98), ("ficken", 0.95), ("fickt", 0.95), ("bumsen", 0.9), ("muschi", 0.8), ("fotze", 0.9),
            ("pimmel", 0.85), ("titten", 0.9), ("erotisch", 0.85), ("erotik", 0.85), ("orgasmus", 0.95),
            ("onanieren", 0.95), ("geschlechtsverkehr", 0.95), ("schwanzlutscher", 0.9), ("analsex", 0.98),
            ("oralsex", 0.98), ("wichsen", 0.9)],
        N: [("nackt", 0.9), ("nackte", 0.9), ("nackten", 0.9), ("nackter", 0.9), ("nacktes", 0.9), ("unbekleidet", 0.9),
            ("oben ohne", 0.85), ("nippel", 0.85), ("brustwarzen", 0.9), ("nacktfoto", 0.95), ("nacktbild", 0.95),
            ("nacktbilder", 0.95), ("aktfoto", 0.85), ("splitternackt", 0.95), ("entblößt", 0.8)],
        U: [("ohne kleidung", 0.85), ("ohne klamotten", 0.85), ("ausgezogen", 0.6)],
        S: [("dessous", 0.6), ("reizwäsche", 0.65), ("unterwäsche", 0.55), ("verführerisch", 0.6), ("sinnlich", 0.55)],
    },
    "it": {
        E: [("pornografia", 0.98), ("sesso", 0.9), ("fare l'amore", 0.85), ("scopare", 0.8), ("scopata", 0.9),
            ("cazzo", 0.8), ("figa", 0.85), ("tette", 0.9), ("pompino", 0.98), ("sborra", 0.98), ("ditalino", 0.98),
            ("pecorina", 0.9), ("sveltina", 0.85), ("erotico", 0.85), ("erotica", 0.85), ("orgia", 0.95),
            ("sesso orale", 0.98), ("masturbazione", 0.95)],
        N: [("nuda", 0.9), ("nudi", 0.85), ("nudità", 0.9), ("capezzoli", 0.9), ("capezzolo", 0.9), ("seno nudo", 0.95)],
        U: [("senza vestiti", 0.85), ("svestita", 0.8)],
        S: [("biancheria intima", 0.55), ("intimo sexy", 0.65), ("seducente", 0.55)],
    },
    "pt": {
        E: [("pornô", 0.98), ("pornografia", 0.98), ("transar", 0.9), ("transando", 0.9), ("foder", 0.9),
            ("fodendo", 0.9), ("boceta", 0.95), ("buceta", 0.95), ("xoxota", 0.95), ("chochota", 0.95),
            ("pênis", 0.95), ("fazendo amor", 0.85), ("fazer amor", 0.85), ("sexo anal", 0.98), ("punheta", 0.95),
            ("gozando", 0.85), ("erótico", 0.85), ("esporra", 0.95)],
        N: [("nua", 0.9), ("nuas", 0.9), ("pelada", 0.75), ("peladas", 0.75), ("nudez", 0.9), ("mamilos", 0.9),
            ("mamilo", 0.9), ("seios nus", 0.95), ("peitos de fora", 0.95)],
        U: [("sem roupa", 0.85), ("sem roupas", 0.85), ("sem calcinha", 0.9), ("sem sutiã", 0.75)],
        S: [("calcinha", 0.55), ("sutiã", 0.5), ("sensual", 0.6)],
    },
    "nl": {
        E: [("neuken", 0.95), ("seks", 0.9), ("tieten", 0.9), ("klaarkomen", 0.95), ("beffen", 0.95),
            ("een wip maken", 0.9), ("vingeren", 0.9), ("kontneuken", 0.98), ("pornografie", 0.98)],
        N: [("naakt", 0.9), ("naakte", 0.9), ("bloot", 0.85), ("blote", 0.8), ("tepels", 0.9), ("spiernaakt", 0.95),
            ("topless", 0.9)],
        U: [("zonder kleren", 0.85), ("zonder kleding", 0.85), ("uitgekleed", 0.8)],
        S: [("ondergoed", 0.55), ("verleidelijk", 0.55), ("sexy lingerie", 0.7)],
    },
    "ru": {
        E: [("секс", 0.9), ("порно", 0.98), ("порнография", 0.98), ("порнографи*", 0.98), ("порнух*", 0.98),
            ("сиськи", 0.9), ("пенис", 0.95), ("вагина", 0.95), ("трахать*", 0.9), ("трахает*", 0.9),
            ("трахну*", 0.9), ("траxать", 0.9), ("ебать", 0.85), ("половое сношение", 0.98), ("дрочит*", 0.95),
            ("эротик*", 0.85), ("эротич*", 0.85), ("оргия", 0.95), ("оргазм*", 0.95), ("минет", 0.98),
            ("мастурб*", 0.95)],
        N: [("голый", 0.9), ("голая", 0.9), ("голые", 0.9), ("голую", 0.9), ("голой", 0.9), ("голым", 0.9),
            ("обнажен*", 0.9), ("обнажён*", 0.9), ("обнаженный", 0.9), ("нагая", 0.9), ("нагой", 0.9),
            ("соски", 0.9), ("топлесс", 0.9)],
        U: [("без одежды", 0.85), ("раздет*", 0.8)],
        S: [("нижнее белье", 0.55), ("нижнем белье", 0.55), ("нижнее бельё", 0.55), ("стриптиз", 0.75),
            ("сексуальн*", 0.6), ("соблазнительн*", 0.55)],
    },
    "ja": {
        E: [("セックス", 0.98), ("ポルノ", 0.98), ("エロ", 0.85), ("まんこ", 0.98), ("オマンコ", 0.98), ("ちんこ", 0.95),
            ("ペニス", 0.95), ("フェラチオ", 0.98), ("中出し", 0.98), ("射精", 0.95), ("手コキ", 0.98), ("パイズリ", 0.98),
            ("オナニー", 0.95), ("陰毛", 0.9), ("膣", 0.95), ("性交", 0.98), ("乱交", 0.98), ("輪姦", 1.0),
            ("近親相姦", 0.98), ("獣姦", 1.0), ("潮吹き", 0.9), ("エロティック", 0.85), ("淫乱", 0.9),
            ("クリトリス", 0.98), ("アナル", 0.9), ("ハードコア", 0.8), ("ぶっかけ", 0.9), ("クンニリングス", 0.98),
            ("アダルトビデオ", 0.95)],
        N: [("ヌード", 0.9), ("裸", 0.9), ("全裸", 0.95), ("裸体", 0.9), ("おっぱい", 0.85), ("オッパイ", 0.85),
            ("乳首", 0.9), ("トップレス", 0.9)],
        U: [("服を着ていない", 0.85), ("脱衣", 0.8), ("エッチ", 0.7)],
        S: [("ランジェリー", 0.6), ("下着", 0.55), ("巨乳", 0.65), ("セクシー", 0.6), ("売春婦", 0.6), ("ビキニ", 0.5)],
    },
    "zh": {
        E: [("色情", 0.95), ("做爱", 0.98), ("性交", 0.98), ("口交", 0.98), ("肛交", 0.98), ("乳交", 0.98),
            ("奶子", 0.9), ("阴茎", 0.95), ("阴道", 0.9), ("阴部", 0.9), ("阴唇", 0.95), ("阴毛", 0.9), ("阴蒂", 0.95),
            ("鸡巴", 0.95), ("屄", 0.95), ("操逼", 0.98), ("肉棒", 0.9), ("射精", 0.95), ("淫荡", 0.9), ("淫秽", 0.9),
            ("三级片", 0.9), ("黄片", 0.9), ("成人片", 0.9), ("自慰", 0.95), ("手淫", 0.95), ("轮奸", 1.0),
            ("强奸", 0.95), ("性爱", 0.95), ("淫乱", 0.9), ("色情片", 0.98)],
        N: [("裸体", 0.9), ("裸照", 0.95), ("全裸", 0.95), ("裸", 0.85), ("一丝不挂", 0.9), ("乳头", 0.9),
            ("乳房", 0.75), ("露点", 0.9), ("脱光", 0.9), ("扒光", 0.9), ("赤身裸体", 0.95)],
        U: [("没穿衣服", 0.85), ("不穿衣服", 0.85)],
        S: [("性感", 0.6), ("内衣", 0.55), ("情趣内衣", 0.7), ("比基尼", 0.5), ("诱惑", 0.55), ("内裤", 0.6)],
    },
    "ko": {
        E: [("섹스", 0.98), ("포르노", 0.98), ("야동", 0.9), ("성교", 0.95), ("딸딸이", 0.95), ("음란", 0.9),
            ("강간", 0.95), ("에로", 0.85), ("젖꼭지", 0.9), ("자위행위", 0.95)],
        N: [("누드", 0.9), ("알몸", 0.9), ("나체", 0.9), ("유두", 0.85), ("옷을 벗은", 0.85), ("전라", 0.85)],
        U: [("몰카", 0.85), ("옷을 입지 않은", 0.85)],
        S: [("속옷", 0.55), ("란제리", 0.6), ("비키니", 0.5), ("섹시", 0.6), ("야한", 0.65)],
    },
    "ar": {
        E: [("سكس", 0.95), ("نيك", 0.95), ("جماع", 0.9), ("زب", 0.9), ("كس", 0.9), ("إباحي", 0.95), ("إباحية", 0.95),
            ("اباحي", 0.95), ("اباحية", 0.95), ("اغتصاب", 0.95), ("الجنس", 0.8), ("ممارسة الجنس", 0.98),
            ("شرموطة", 0.7), ("قحبة", 0.6)],
        N: [("عاري", 0.9), ("عارية", 0.9), ("عراة", 0.9), ("عاريات", 0.9), ("حلمة", 0.9), ("حلمات", 0.9),
            ("صدر عاري", 0.95)],
        U: [("بدون ملابس", 0.85), ("بلا ملابس", 0.85)],
        S: [("ملابس داخلية", 0.55), ("مثيرة", 0.5), ("شهوة", 0.6), ("عاهرة", 0.6), ("ثدي", 0.6)],
    },
    "hi": {
        E: [("सेक्स", 0.95), ("पोर्न", 0.98), ("चुदाई", 0.98), ("हस्तमैथुन", 0.95), ("बलात्कार", 0.95), ("योनि", 0.85),
            ("chudai", 0.95), ("chut", 0.85), ("choot", 0.9), ("balatkar", 0.95), ("chodna", 0.95), ("chudaap", 0.95)],
        N: [("नग्न", 0.9), ("नंगी", 0.9), ("नंगा", 0.9), ("nangi", 0.9), ("nanga badan", 0.9)],
        U: [("बिना कपड़ों", 0.85), ("bina kapdon", 0.85), ("bina kapde", 0.85)],
        S: [("अश्लील", 0.8), ("स्तन", 0.6), ("chuchi", 0.8), ("choochi", 0.8)],
    },
}


# Descriptive phrasings without a sexual keyword ("her clothes fell off", "without a stitch of
# clothing", "in a state of undress"). Written as small grammars and expanded at build time into
# plain lexicon terms when small, or shipped as one ``re:`` rule (see nciiguard.text.lexicon) when the
# expansion would be large. Syntax: ``{a|b|}`` alternatives (an empty alternative makes the slot
# optional). Every pattern is anchored on a clothing word, a
# possessive or a body word, so it only fires when a person's body is described: "a car without
# wheels", "leaves fell off", "stripped paint" and "a bare wall" do not expand from these.
_GARMENT = "{clothes|clothing|garments|garment|attire|apparel|undergarments|underwear|lingerie|knickers|panties|bra|bra and panties|bikini|robe|bathrobe|towel|dress|nightgown|nightie|swimsuit}"
_POSS = "{her|his|their|all her|all his|all their|all of her|all of his|all of their|every|each|}"
_UNCLOTHED_VERB = "{took|take|takes|taking|taken|pulls|pulled|pulling|pull|strips|stripped|stripping|strip|removes|removed|removing|remove|sheds|shed|shedding|peels|peeled|peeling|slips|slipped|slipping|drops|dropped|dropping|throws|threw|tears|tore|tearing|torn|rips|ripped|ripping|rip}"
#: Who receives an oral-sex idiom: a pronoun or a person, never a thing ("a blow to the wall").
_RECIPIENT = ("{him|her|them|me|you|each other|one another|another lady|another woman|another man|another girl|"
              "another guy|another boy|an older man|an older woman|an old man|a young man|a younger man|a man|a woman|"
              "a lady|a girl|a guy|a boy|a dude|the man|the woman|the lady|the girl|the guy|the boy|the dude|"
              "her boyfriend|his girlfriend|her husband|his wife|her boss|his boss|a stranger|the stranger|her stepdad|"
              "her stepbrother|his stepsister|his stepmom|the older man|the old man|his younger girl|his girl|her man|"
              "her lover|his lover|a client|her client|the client|two men|two guys|several men|multiple men|"
              "a group of men|all the men|every man|the boys|the guys|the men|men|guys|dudes}")
_SUCK_RECIPIENT = "{" + "|".join(w for w in _RECIPIENT[1:-1].split("|") if w not in {"her", "them", "me", "you"}) + "}"
#: Words after "a blow" that make it a punch, a tool or weather: the idiom never continues this way.
_NOT_A_BLOW = ("!{to|on|with|against|from|by|for|dryer|dryers|dry|dried|drying|torch|torches|gun|guns|pipe|pipes|"
               "horn|horns|fish|up|out|away|off|that|which|in|at|of|so|hard|across|fly|flies|dart|darts|"
               "hole|holes|moulding|molding|mold|kiss|kisses|bubble|bubbles}")
_FALL_VERB = "{drop|slip|fall|slide|fell|falls|fall|falling|fallen|slipped|slips|slipping|slid|slides|sliding|came|comes|coming|dropped|drops|dropping|ripped|torn|pulled|taken|peeled|melted|melts|melting|vanished|vanishes|vanishing|disappeared|disappears|disappearing|dissolved|dissolves|dissolving|blown|blew}"
PATTERNS: list[tuple[str, str, float]] = [
    # A leak of private images is what NCII is: "private photos leaked", "leaked pics of <name>".
    # Graded euphemism (sexual) so a named person makes it block under `ncii`. "leaked photos of the
    # new phone" stays out by the article/product words after "of"; "a leaked memo" has no image word.
    ("{private|intimate|personal|bedroom|shower|nude|naked|sexy|spicy|explicit} {photo|photos|pic|pics|picture|pictures|image|images|video|videos|selfie|selfies|snaps|tape|tapes} {leaked|leak|leaks|got leaked|were leaked|was leaked|have leaked|has leaked|leaking}", U, 0.75),
    ("{leaked|leaking|leak of|leaks of|leaked private|leaked personal|leaked intimate|leaked bedroom|leaked shower|hacked|stolen} {private|intimate|personal|bedroom|shower|} {photo|photos|pic|pics|picture|pictures|image|images|selfie|selfies|snaps|tape|tapes|video|videos} !{the|a|an|new|upcoming|next|from the|from a|show|shows|showing|reveal|reveals|of the|of a|of an|of new|of its|of their|of our|of his new|of her new|of apple's|of samsung's|of google's|game|games|camera|cameras|card|cards|game console|player|editor|editing|call|calls|chat|conference|tutorial|tutorials}", U, 0.7),
    # "bent over, skirt lifted, nothing underneath": a lifted/opened garment or a bent-over pose,
    # then nothing underneath ("a sofa with nothing underneath" stays out).
    ("{skirt|skirts|dress|gown|robe|kilt|nightgown|nightie|towel|sarong|shirt|blouse|top|coat|jacket} {lifted|raised|hiked up|hiked|pulled up|flipped up|lifted up|hitched up|riding up|rides up|blown up|open|opened|undone|unbuttoned} ~2 nothing {underneath|beneath|under|on underneath} !{the|a|an|this|that|these|those|its|their|our|my|your|his|it|them|but|except|to|of|is|was|at|in}", U, 0.75),
    ("{bent over|bending over|bends over|bent forward} ~4 nothing {underneath|beneath|on underneath} !{the|a|an|this|that|these|those|its|their|our|my|your|his|it|them|but|except|to|of|is|was|at|in}", U, 0.75),
    # round 11: sex with the speaker said as a position ("my ex riding me", "my classmate on her knees in
    # front of me", "seducing me"); "sitting on my lap", "bouncing on my knee" and "in bed with me" stay out
    # (children, pets, co-sleeping), so do piggyback rides and a man on his knees (a proposal)
    ("{riding|straddling|grinding on|twerking on|seducing|undressing for|lap dancing for} {me} !{like a horse"
     "|piggyback|on my back|on my shoulders|home|to school|to work}", U, 0.75),
    ("{sitting on|sat on|sits on} my face", U, 0.8),
    ("giving me a lap dance", U, 0.75),
    ("{on her knees|kneeling} {in front of|before|between} {me|my legs|my crotch} !{with a ring|holding a ring|proposing"
     "|to propose|in prayer|praying}", U, 0.75),
    # round 11: watched through a spy hole or a hidden camera ("in the shower through the keyhole")
    ("{in the shower|showering|in the bath|bathing|in the bathtub|getting changed|changing|undressing|in the changing room"
     "|in the locker room} ~3 {through the keyhole|through the peephole|through a peephole|on a hidden camera"
     "|hidden camera|hidden cam|spy cam|spycam}", U, 0.8),
    # absence of clothing
    ("{without|with no|not wearing|not wearing any|wearing no|devoid of|free of|stripped of|bereft of} {any|a single|a piece of|a stitch of|a shred of|a thread of|} {clothes|clothing|garments|garment|attire|apparel|undergarments}", U, 0.8),
    ("{without|not wearing} a {stitch|thread|shred} {of clothing|of clothes|on}", U, 0.85),  # "without a stitch of makeup": see sexual_lexicon_slang
    ("{with|has|had|having|wearing|dressed in|clad in} {nothing on|nothing at all|absolutely nothing|not a stitch|not a thread}", U, 0.8),
    ("{dressed in|clad in|clothed in|clothed only in|covered only by|covered only in|clad only in|dressed only in|wearing only|wearing just|wearing nothing but|covered by nothing but} {a smile|her smile|sunlight|the sunlight|moonlight|the moonlight|light|shadows|shadow|her skin|his skin|their skin|skin|her hair|her long hair|jewelry|jewellery|body paint|paint|a bedsheet|a sheet|bubbles|foam|soap suds|a few leaves|leaves|fig leaves|a fig leaf|her birthday suit|nothing}", U, 0.75),
    ("{clothes|clothing|garments|attire|underwear|panties|bra|bikini|lingerie} {off|removed|gone|discarded|stripped|stripped off|torn off|ripped off|on the floor}", U, 0.75),
    # round 32: a garment that falls off a rail, a hook or a chair is laundry ("a towel slipping off the rail")
    (f"{_POSS} {_GARMENT} {_FALL_VERB} {{off|away|to the floor|to the ground|off her body|off his body}} !{{the rail"
     "|the towel rail|the rack|the towel rack|the drying rack|the hook|the hanger|a hanger|the line|the washing line"
     "|the clothesline|the clothes line|the chair|a chair|the table|the shelf|the railing|the radiator|the door"
     "|the balcony|the roof|the wall|the mannequin|the doll|the dryer|the pile|the counter|the peg|the pegs|its hanger"
     "|the banister|the bannister|the sofa arm|the shower rail|the rod|the curtain rod}", U, 0.75),
    (f"{_UNCLOTHED_VERB} off {_POSS} {_GARMENT}", U, 0.75),
    (f"{_UNCLOTHED_VERB} {{her|his|their|all her|all his|all their}} {_GARMENT} off", U, 0.75),
    ("{her|his|their|with her|with his|with their} {clothes|clothing|bra|panties|underwear|bikini|bikini top|knickers} off", U, 0.75),
    ("{her|with her|with their} {top|shirt|blouse|tops|shirts} off", U, 0.7),
    ("{stripped|strips|stripping|strip|stripped down|strips down|stripping down} {to nothing|down to nothing|to the skin|bare|completely|to her skin|to his skin|naked|nude}", U, 0.85),
    ("{stripping|strips|stripped} {for the camera|for him|for her|for them|for you|for me|for the audience|for money|for the viewer|on camera|on stage|in front of}", U, 0.75),
    ("{woman|girl|lady|women|girls|ladies} {stripping|undressing|disrobing|getting undressed|taking her clothes off}", U, 0.8),
    ("{in a|in various|in|in some|in a partial} {state|states|stage|stages} of {undress|nudity|undressing|disrobe}", U, 0.85),
    ("{getting|got|gets|get} {undressed|naked|nude}", N, 0.85),
    ("{woman|girl|lady|women|girls|ladies|female|she|her} {with no|without a|without any|without her|wearing no|not wearing a|not wearing her|not wearing any} {top|shirt|bra|blouse|bikini top|panties|underwear|knickers|swimsuit|bikini|tops|shirts|bras} {on|off|}", U, 0.75),
    ("{shirt|blouse|dress|robe|coat|skirt|top|gown|nightgown|towel|jacket|sheet|trench coat|unbuttoned|open|sheer|see through|transparent} {with|and|but} nothing {underneath|under it|beneath|on underneath|else on}", U, 0.7),
    # round 25: not "gifts with nothing under the tree" (requiring a garment before "with" instead cost six
    # disguised requests of the never-seen set v2, numbers only: "with nothing under it" is how they hide it)
    ("{wearing|wears|wore|with} nothing {underneath|beneath|under} {her|his|their|it|the} !{tree|trees|christmas|bridge"
     "|table|desk|sink|stairs|staircase|hood|bonnet|sun|sea|water|ground|surface|radar|floor|floorboards|roof|rug|carpet"
     "|snow|ice|sky|sofa|couch|cushions|mattress|car|bed frame|shelf|counter}", U, 0.7),
    # seeing through someone's clothes (x-ray glasses, "seen through her clothing with xray vision")
    ("{see|sees|seeing|seen|saw|look|looks|looking|peek|peeks|peeking|peer|peering|vision|glasses|goggles} through ~3 {clothes|clothing|garments|dress|her dress|his shirt|her shirt|blouse|outfit|swimsuit|bikini|underwear}", U, 0.8),
    ("{x ray|xray} {vision|glasses|goggles|specs|eyes|camera|filter|app} ~6 {clothes|clothing|garments|undressed|naked|nude}", U, 0.8),
    ("{x ray|xray} ~4 through ~6 {clothes|clothing|garments|dress|outfit|swimsuit|bikini|underwear}", U, 0.8),
    # body paint instead of clothes ("covered in nothing but body paint", "body paint only")
    ("{nothing but|only|just|solely|nothing except} {body paint|bodypaint|body painting|paint on her body|paint on his body}", U, 0.75),
    ("{body paint|bodypaint} {only|and nothing else|instead of clothes|instead of clothing|as clothes|as clothing|as her only clothing}", U, 0.75),
    # "taking everything off" (clothes implied); not "taking everything off the shelf"
    ("{taking|takes|took|take|taken} {everything|it all|all} off !{the|a|an|of|from|this|that|these|those|his|her|their|my|your|our|its|table|shelf|shelves|wall|walls|desk|list|menu|board|truck|car}", U, 0.75),
    # Issue 10 disguise classes: "body paint only", "transparent dress" on a person.
    ("{body paint|bodypaint|body-paint|body painting} only", U, 0.75),
    ("only {body paint|bodypaint|body-paint}", U, 0.75),
    ("transparent {dress|gown|top|blouse|shirt|bodysuit|lingerie|nightgown|nightie|swimsuit|bikini|leotard|outfit|clothes|clothing|underwear|bra|panties}", U, 0.6),
    ("{clothes|clothing|outfit|fabric|dress|bikini|garments|lingerie|top|towel|sheet|costume} {barely|hardly|scarcely|just barely} {covering|covers|covered|concealing|conceals|hiding|hides|containing|contains}", U, 0.7),
    ("{barely|hardly|scarcely|just barely} {covering|covers|concealing|conceals|hiding|hides|containing} {her|his} {body|breasts|chest|modesty|privates|nipples|crotch|curves|assets|bosom|bare body|naked body}", U, 0.7),
    ("nothing {covering|covers|to cover|hiding|hides|concealing} {her|his|their} {body|bodies|skin|breasts|chest|modesty|privates|nakedness|bosom}", U, 0.75),
    (f"{_GARMENT} {{slid|slips|slipped|slipping|slides|sliding|pulled|pulls|tugged|fell|falls|falling|rolled|peeled}} down {{exposing|revealing|baring|to reveal|to expose|showing|uncovering}}", U, 0.75),
    ("{exposing|revealing|baring|bares|flashing|flashes|uncovering|uncovers} her {chest|torso|bust}", U, 0.75),
    ("{removing|removed|removes|remove|took off|takes off|taking off|shed|sheds|shedding|stripped off|strips off|stripping off|without|no|not a|not one} {every|each|all|the last|her last|his last|every last|every single|a single|} {piece|pieces|stitch|item|items|article|articles|scrap|shred|bit} of {clothing|clothes|her clothing|her clothes|his clothing|his clothes|their clothes|their clothing}", U, 0.8),
    ("{her|his|their|whose} {clothes|clothing|garments|dress|bikini|swimsuit|lingerie|underwear|outfit} {have|has|had|} {vanished|disappeared|dissolved|evaporated|melted away|gone missing|been removed|been taken off|come off|fallen off|been stripped|been stripped off|been torn off|been ripped off}", U, 0.75),
    ("{dropped|drops|dropping|drop|let drop|lets drop|letting drop|loses|lost|losing|discards|discarded|discarding|sheds|shed} {her|his} {towel|robe|bathrobe|dress|bikini|swimsuit|lingerie|underwear|panties|bra|clothes|clothing|sheet|bedsheet|gown|nightgown|last garment}", U, 0.7),
    ("{genital area|genital areas|genital region|genital regions}", E, 0.8),
    ("{woman's|women's|girl's|girls'|lady's} {private parts|privates|intimate parts|intimate areas|intimate area|nether regions|naughty bits|lady parts|lady bits|pubic area|bare bottom|bare butt|bare buttocks|bare breasts|naked body|nude body}", U, 0.75),
    ("{wearing only|wearing just|dressed only in|clad only in|in only|wearing nothing but|wears only|wore only|has only|with only} ~3 {and nothing else|and nothing more|nothing else|and nothing on}", U, 0.7),
    ("{wearing only|wearing just|dressed only in|clad only in|wears only|wore only|wearing nothing but|naked except for|nude except for|nothing but} {a|her|his|some|black|white|red|} {necklace|jewelry|jewellery|stockings|heels|high heels|choker|pearls|pearl necklace|earrings|body chain|garter|garters|garter belt|thigh highs|fishnets|a smile|her smile|a strategically placed}", U, 0.65),
    ("{her|his|she|he|woman|girl|lady|women|girls} ~4 {everything|it all} {visible|showing|exposed|on display|on show|hanging out|uncovered}", U, 0.6),
    ("{showing|shows|show|baring|bares|bare|revealing|reveals|exposing|exposes} {everything|it all} {to the camera|to the viewer|for the camera|for the viewer|to him|to everyone|on camera|}", U, 0.65),
    ("{taking|takes|took|take|taken} it all off", U, 0.75),
    ("{let|lets|letting} it all hang out", U, 0.6),
    ("{no|zero|not a single|without|not wearing|not wearing any} {clothes|clothing|garments|garment|attire|apparel|undergarments} {at all|whatsoever|of any kind}", U, 0.85),
    ("no {garments|garment|attire|apparel|undergarments|clothes on|clothing on|stitch on}", U, 0.8),
    ("{his|her|their} {junk|package|bits|goods|privates|wang|dong|schlong|member|manhood|tits|boobs|breasts|bits and pieces|nipples|genitals|penis|vagina|butt|ass|bum} {out|exposed|hanging out|showing|on display|visible|uncovered|popping out|spilling out}", U, 0.75),
    ("{without|not wearing|not wearing any|wearing no|minus} {any|her|a|} {panties|knickers|underwear|bra|undies|undergarments}", U, 0.75),
    ("her {crotch|bare crotch}", U, 0.6),
    # euphemisms and slang for nakedness
    ("{in the|in her|in his|in their} {altogether|nuddy|nuddie|buff|raw}", U, 0.75),
    ("{nothing but|only} {skin|bare skin|naked skin|her skin|his skin}", U, 0.7),
    ("{clothes|clothing|garment|garments} {free|less|optional}", U, 0.7),
    ("{clothesless|clothingless|garmentless|unclad|unclothe|unclothes|unclothing|unattired|undressing|disrobing|disrobe|disrobes|undresses|undressed|nakedly|nudely|nudie|nudies|nekkid|nekid|nakey|nakie|nekked|nakked|neked|nuddy|nuddies|neykid|naykid|neykkid|naykkid|neikid|naikid|neykked|naykked}", N, 0.85),
    # exposed body parts, always with a possessive or a body word
    ("{her|his|their} {private parts|privates|intimate parts|intimate areas|intimate area|nether regions|naughty bits|lady parts|lady bits|genital area|pubic area|bare bottom|bare butt|bare buttocks|bare breasts|bare chest|bare body|naked body|nude body|bosom|buttocks}", U, 0.75),
    ("{exposing|exposed|showing|shows|show|revealing|reveals|reveal|revealed|flashing|flashes|flash|baring|bares|bare|uncovering|uncovered|uncovers} {her|his|their|} {breasts|boobs|nipples|genitals|genitalia|buttocks|crotch|private parts|privates|intimate parts|bare body|naked body|nude body|everything|bosom|pubic area|vulva|vagina|penis}", N, 0.85),
    ("{breasts|boobs|nipples|genitals|buttocks|private parts|intimate parts|bosom|chest} {exposed|out|uncovered|bared|fully exposed|fully visible|on display|on full display|hanging out|spilling out|popping out|falling out|visible}", N, 0.8),
    ("{bare|naked} {body|bodies|bottom|bottomed|buttocks|butt|flesh|torso woman|skin everywhere}", N, 0.8),
    ("{her|woman's|women's|girl's|girls'} {bare|naked|exposed|uncovered} {skin|chest|torso|body|flesh|back and buttocks|hips|thighs|midriff and breasts}", U, 0.7),
    ("{every inch of|all of} {her|his} {bare|naked|} {skin|body|flesh}", U, 0.65),
    ("{anatomically correct|anatomically accurate|anatomically detailed|anatomically complete} {body|bodies|woman|man|female|male|figure|nude|genitals|girl}", U, 0.7),
    # sex without the word "sex"
    ("{coitus|coital|postcoital|post coital|copulating|copulation|copulate|copulates|fornicating|fornication|fornicate|fornicates|lovemaking|love making|sexually|intercourse|humping|shagging|shag|bonking|boinking|banging her|banging him|screwing her|screwing him}", E, 0.85),
    ("{sleeping together|in bed together naked|hooking up in bed|having relations|doing the deed|the deed|in flagrante|in flagrante delicto|intimate act|intimate acts|intimate moment in bed|sexual act|sexual acts|sexual position|sexual positions|sexual activity|sexually active|sex position|sex positions}", E, 0.8),
    ("{spreading her legs|spreads her legs|spread her legs|legs wide open|legs spread wide}", U, 0.7),
    ("{pron|pr0n|prawn porn|p0rn|pornz|pornos|porns|porno's|sexx|sexxx|secks|sexe|seks|sexo|sexxy|sexi|seggs|s*x}", E, 0.85),
    # Third pass (2026-11-21, H2): idioms for sex acts and sexualised touching that carry no keyword.
    # Oral sex: "giving another lady a blow", "giving an older man some blow". A person must receive
    # it, and a trailing negative slot keeps the punch and the hair dryer out ("a blow to the head",
    # "a blow dryer"). "some blow" is also cocaine: rare in image prompts, and still a review.
    (f"{{giving|gives|gave|give|given}} {_RECIPIENT} {{a|some|a little|a quick}} blow {_NOT_A_BLOW}", E, 0.8),
    # "sucking each other", "sucking him off", "licking her pussy": sucking/licking with a sexual object.
    ("{sucking|sucks|sucked|suck|licking|licks|licked|lick|blowing|blows|blew} {each other|one another|each other off|him off|her off|them off|me off|you off|him dry|his member|his manhood|his shaft|his cock|his dick|his balls|his penis|her pussy|her clit|her clitoris|her nipples|her nipple|her breasts|her tits|her boobs|her vagina|her crotch|her ass|his ass|their genitals|each other's genitals}", E, 0.9),
    # "ganging and sucking a guy", "sucking a man": sucking a person (not a man's blood, a vampire's meal).
    # "her"/"them" are possessives too ("sucking her thumb"), so only persons and "him" count here.
    (f"{{sucking|sucks|sucked|suck|sucking on|sucks on|sucked on}} {_SUCK_RECIPIENT} !{{s|blood|dry|veins|neck|thumb|finger|fingers|toe|toes|face|life|soul|energy}}", E, 0.85),
    # Spanking and groping a bottom: sexualised, not an act a benign caption describes this way.
    ("{spanking|spanks|spanked|spank|slapping|slaps|slapped|grabbing|grabs|grabbed|groping|gropes|groped|squeezing|squeezes|squeezed|fondling|fondles|fondled} {her|his|their|a woman's|a girl's|the woman's|the girl's|her bare|her naked|her round|her big|her plump} {ass|butt|booty|buttocks|arse|ass cheeks|butt cheeks}", U, 0.75),
    ("{her|his|their|a woman's|a girl's|the woman's|the girl's} {ass|butt|booty|buttocks|arse|bare ass|naked ass|bare butt} {spanked|being spanked|getting spanked|slapped|being slapped|getting slapped|grabbed|being grabbed|groped|being groped|fondled|being fondled|squeezed}", U, 0.75),
    ("{getting|gets|got|get} {her|his|their} {ass|butt|booty|buttocks|arse|bare ass|bare butt} {spanked|slapped|grabbed|groped|fondled|squeezed|smacked|whipped|pounded|stretched|licked|eaten}", U, 0.8),
    # Posed bottoms: "with her ass stretched up in the back seat", "her booty in the air".
    # Only "her"/"their": "a donkey with his ass in the air" is a donkey.
    ("{her|with her|their|with their} {ass|booty|buttocks|arse|bare ass|naked ass|bare butt|bare bottom|naked butt} {stretched|stretched up|stretched out|up|up high|in the air|high in the air|up in the air|sticking out|sticking up|poking out|out|spread|spread open|spread apart|raised|lifted|pushed out|pushed back|pressed against|facing the camera|towards the camera|toward the camera|to the camera|on display|on full display|bent over|exposed}", U, 0.7),
    # Undressing out of a garment: "sliding out of a little knit dress".
    ("{sliding|slides|slid|slide|slipping|slips|slipped|slip|wriggling|wriggles|wriggled|wiggling|wiggles|wiggled|peeling herself|stepping|steps|stepped} out of {her|a|the|his|their} ~3 {dress|dresses|clothes|clothing|bra|panties|lingerie|underwear|bikini|robe|bathrobe|gown|nightgown|nightie|swimsuit|knickers|negligee|thong|leotard|towel}", U, 0.7),
    # Mouths and tongues on a body: "licking honey off her chest", "kissing down her stomach".
    ("{licking|licks|licked|lick|sucking|sucks|sucked|suck|kissing|kisses|kissed|kiss} ~3 {off|from|down|along|across|over|all over} {her|his|their} {chest|body|naked body|bare body|breasts|tits|boobs|nipples|stomach|belly|tummy|navel|thighs|inner thigh|inner thighs|hips|buttocks|ass|butt|crotch|bare skin|naked skin}", U, 0.75),
    # Pleasure sounds: "moaning softly" alone is suggestive; "moaning with pleasure" is sex.
    ("{moaning|moans|moaned|moan|groaning|groans|gasping|gasps} {in pleasure|with pleasure|in ecstasy|with ecstasy|with desire|with lust|in lust|orgasmically|in delight as he|as he enters|as she rides|as he thrusts|as he penetrates|loudly in bed|in bed}", E, 0.8),
    ("{moaning|moans|moaned} {softly|sensually|seductively|breathily|breathlessly|quietly|sweetly}", S, 0.55),
    # A body shown off: "showing off her sexy body", "showcasing her figure": suggestive, reviewed.
    ("{showing off|shows off|showed off|show off|flaunting|flaunts|flaunted|flaunt|showcasing|showcases|showcased|displaying|displays|parading|parades} {her|his|their} {sexy|curvy|voluptuous|naked|bare|hot|nubile|seductive|toned|slim|slender|perfect|shapely|busty|thick|curvaceous|gorgeous|luscious|tight|} {body|bodies|figure|figures|curves|physique|assets|cleavage|hips|booty|butt|legs and ass|breasts}", S, 0.6),
    # Arousal visible: "pitbull with bulge in his pants" (a bulge IN clothing, not a bulging bag).
    ("{bulge|bulges|bulging|big bulge|huge bulge|visible bulge} in {his|the|their|her} {pants|trousers|shorts|jeans|underwear|briefs|boxers|speedo|crotch|swim trunks|trunks|boxer briefs|leggings|sweatpants}", U, 0.7),
    ("{crotch|groin} {bulge|bulges}", U, 0.7),
    # Sex-act slang with no lexicon word, as people write it ("riding him", "going down on her",
    # "eating her out", "pounding her from behind", "jerking off"). Each is anchored on a person or a
    # body part so the literal senses stay out ("riding a horse", "going down the stairs", "eating out
    # at a restaurant", "pounding the dough", "stroking his cat").
    ("{riding|rides|rode|ride|bouncing on|bounces on|bounced on|mounting|mounts|mounted} {him|a man|the man|a guy|the guy|her boyfriend|her husband|her lover|a stranger|two men|two guys|his cock|his dick|his shaft|his member|his manhood|his face|his crotch} !{s|shoulders|back|horse|into|to|through|across|out|home|down the|up the|piggyback|piggy back|piggy-back|like a horse|around|on his back|on her back|hard in the|to victory}", E, 0.8),
    ("{sitting|sits|sat|squatting|squats|squatted} on {his|her|my|their|a man's|the man's} face", E, 0.85),
    ("{grinding|grinds|grinded|twerking|twerks|twerked|bouncing|bounces} {on|against|in} {his|him|her boyfriend's|a man's|the man's} {lap|crotch|groin|dick|cock|hips|}", U, 0.75),
    ("{straddling|straddles|straddled} {him|a man|the man|his lap|his hips|his waist|her lover|her boyfriend|her husband|a guy|the guy} !{s|shoulders|back}", U, 0.7),
    ("{going|goes|went|gone|go} down on {him|her|each other|one another|a man|a woman|the man|the woman|a guy|a girl|her boyfriend|his girlfriend|her husband|his wife}", E, 0.9),
    ("{eating|eats|ate|eat} {her|him|each other} out !{of|for|at|in|tonight|to}", E, 0.9),
    ("{pounding|pounds|pounded|pound|drilling|drills|drilled|banging|bangs|banged|railing|rails|railed|plowing|plows|plowed|ploughing|nailing|nails|nailed|screwing|screws|screwed|taking|takes|took|fucking|fucks} her {from behind|hard from behind|doggy|doggystyle|senseless|silly|against the wall|on the bed|in the ass|raw}", E, 0.85),
    ("{taking|takes|took|take} it {from behind|up the ass|in the ass|deep in her|deep inside|doggy style}", E, 0.85),
    ("{getting|gets|got|get} {railed|banged|boned|dicked down|creampied|gangbanged|laid|fingered|eaten out} !{up|off|out|down|to rest|flat|bare|on the table|by the|in the}", E, 0.8),
    ("{jerking|jerks|jerked|jerk|jacking|jacks|jacked|jack|wanking|wanks|wanked|wank} {off|himself off|his meat|his dick|his cock|his shaft|his member}", E, 0.85),
    ("{jerking|jacking|wanking} it !{up|in|out|around|back|forward|loose|free|away|open|hard}", E, 0.8),
    ("{beating|beats|beat|choking|chokes|choked} {his meat|the bishop|his dick|his cock|his shaft}", E, 0.9),
    ("{stroking|strokes|stroked|stroke|rubbing|rubs|rubbed|rub|squeezing|squeezes|squeezed} {his|her} {hard|erect|throbbing|swollen|wet|} {shaft|member|cock|dick|length|manhood|penis|clit|clitoris|erection|balls|pussy|crotch|groin}", E, 0.9),
    ("{cums|came|cumming|comes|coming|finishing|finishes|finished|ejaculates|ejaculating|shoots his load|shooting his load|shot his load|blows his load|blew his load|unloads|unloading} {on|in|over|all over|inside|across} her {face|mouth|tits|breasts|chest|body|belly|stomach|back|ass|butt|pussy|feet|lips|tongue}", E, 0.9),
    ("{mouth|face|lips|tits|breasts|chest|belly|body} {full of|covered in|covered with|dripping with|filled with|coated in|coated with|glazed with|splattered with} {his|their|a|hot|warm|} {load|loads|cum|semen|jizz|spunk|seed}", E, 0.9),
    ("{unzipping|unzips|unzipped|unzip|unbuckling|unbuckles|unbuckled|pulling down|pulls down|pulled down} {his|a man's|the man's} {pants|trousers|jeans|fly|zipper|belt|boxers|briefs|shorts|underwear}", U, 0.7),
    ("on her knees {in front of|between|before} {him|his legs|a man|the man|her boss|a stranger|his crotch|two men|the men}", U, 0.7),
    ("{pleasuring|pleasures|pleasured|pleasure|servicing|services|serviced|satisfying|satisfies|satisfied|worshipping|worships} {him|her|his boss|her boss|a man|the man|a client|each other|his cock|his dick|her pussy|her body} {with her mouth|with his mouth|with her tongue|with his tongue|with their mouths|orally|with her lips|with her hands|under the desk|under the table|in bed|on her knees}", E, 0.85),
    ("{pleasuring|pleasures|pleasured} {him|her boyfriend|her husband|her lover|his girlfriend|his wife|a man|the man|a client}", E, 0.8),
    ("{his|her|a|the man's|the woman's} {hand|hands|fingers|finger|tongue} {between her thighs|between her legs|down her panties|in her panties|inside her panties|inside her|up her skirt|under her skirt|in his pants|down his pants|inside his pants|in his boxers|down his boxers|in his underwear|down her pants|in her pants|down her underwear|in her underwear|on his crotch|on her crotch|on his cock|on his dick|on her pussy}", U, 0.75),
    ("{thrusting|thrusts|thrusted|thrust|pushing|pushes|pushed|sliding|slides|slid} {into her|inside her|deep inside her|deeper into her|into him|inside him|his hips into her|his cock into|his dick into}", E, 0.85),
    ("{couple|lovers|two people|pair|they|two men|two women} {doing it|doing the deed|going at it|getting it on|hooking up|making out naked|having a quickie} !{yourself|up|over|right|wrong|all|for|a|an|the|their|his|her|to|with|together|again|on the project|at work}", E, 0.8),
    ("{getting it on|bumping uglies|knocking boots|doing the nasty|horizontal tango|horizontal refreshment|having a quickie|a quickie in|hanky panky|hanky-panky|netflix and chill naked}", E, 0.8),
    ("{lovers|couple|naked bodies|bodies|two bodies|limbs} {entangled|intertwined|tangled|writhing|entwined} {between the sheets|in the sheets|under the sheets|in bed|on the bed|in passion|passionately|naked|together naked}", U, 0.7),
    ("{streaking|streaks|streaked} {across|through|onto|down} {the|a} {field|pitch|stadium|football field|soccer field|campus|quad|stage|court|beach}", N, 0.8),
    ("{streaker|streakers}", N, 0.8),
    ("{nipple slip|nip slip|nipslip|wardrobe malfunction} ", N, 0.8),
    ("{a|his|raging|huge|massive|big|visible|obvious|throbbing} {hard-on|hardon|hard on|boner} !{yourself|himself|herself|themselves|the|a|his|her|me|you|us|them|others|people}", E, 0.85),
    ("{with|has|had|having|sporting|got|gets} {a|} morning wood", E, 0.8),
    ("{edging|edges|edged} {him|her|himself|herself|each other|one another}", E, 0.85),
    ("{in|caught in} {a|} compromising {position|positions|situation|pose|poses}", U, 0.65),
    ("{compromising|leaked|private} {nude|naked|intimate|sex|sexy|explicit} {photo|photos|pictures|picture|video|videos|images|image|tape|selfie|selfies}", E, 0.85),
    ("{adults only|adults-only|adult only|adult-only|18 plus only|uncensored nsfw|uncensored adult} {photo|photos|pic|pics|picture|image|video|content|version|scene|pose|shoot|photoshoot|art|drawing|render}", U, 0.75),
    ("{thirst trap|thirst traps|thirst-trap}", S, 0.6),
    (f"{{giving|gives|gave|give|given}} {_RECIPIENT} head !{{on|in the|start|starts|room|space|way|of|to|up|nod|nods|count|counts|coach|office|chef|teacher|injury|injuries|wound|massage|massages|scratch|scratches|pat|pats|butt|butts|lock|lamp|torch}}", E, 0.85),
    # Without a recipient only the progressive is idiomatic enough ("a woman giving head in a car");
    # "the beer gives a good head" has an article and stays out.
    ("{giving|gives} head !{on|in the|start|starts|room|space|way|of|to|up|nod|nods|count|counts|coach|office|chef|teacher|injury|injuries|wound|massage|massages|scratch|scratches|pat|pats|butt|butts|lock|lamp|torch}", E, 0.8),
    (f"{{giving|gives|gave|give|given}} {_RECIPIENT} head !{{start|starts|room|space|way|of|to|up|nod|nods|count|counts|coach|office|chef|teacher|injury|injuries|wound|massage|massages|scratch|scratches|pat|pats|butt|butts|lock|lamp|torch}}", E, 0.85),
    ("{her|his} {tongue|mouth|lips} on {his|her} {balls|cock|dick|penis|shaft|pussy|clit|clitoris|nipples|nipple|tits|boobs|ass|crotch|genitals|vagina|member}", E, 0.9),
    ("{woman|women|she|lady|ladies|milf|wife|girlfriend|her} {squirting|squirts|squirted} !{water|a|the|ketchup|mustard|paint|juice|milk|cream|sunscreen|lotion|at|with|from|each|his|her|their|someone|people|him|them|it|out|on|into|in}", E, 0.8),
    ("{sixty nine|sixty-nine|soixante-neuf} {position|pose|style}", E, 0.9),
    ("{spreading|spreads|spread|parting|parts|parted|pulling apart|pulls apart|pulled apart|holding open|holds open} her {ass cheeks|butt cheeks|cheeks|buttocks|ass|labia|pussy lips|pussy|slit|vulva}", E, 0.85),
    ("{her|a woman's|the woman's|a girl's} {hairy|shaved|trimmed|bare|naked|wet|pink|exposed} {bush|beaver|mound|slit|snatch|muff|twat}", E, 0.8),
    ("{her|wet|tight|dripping|glistening} {slit|snatch|twat|muff|cooch|coochie|vajayjay|minge} !{skirt|skirts|dress|dresses|sleeve|sleeves|eyes|pupils|pocket|pockets|window|windows|lamp|trench|opening|vent|vents|in the|of the}", E, 0.8),
    ("{lifting|lifts|lifted|lift|pulling up|pulls up|pulled up|raising|raises|raised|pulling down|pulls down|pulled down|yanking down|yanks down|opening|opens|opened} her {shirt|top|blouse|dress|skirt|t-shirt|tshirt|t shirt|sweater|tank top|jersey|bra|bikini top|robe|neckline} {to flash|to show|to reveal|to expose|flashing|showing|revealing|exposing|baring|and flashing|and showing}", U, 0.8),
    # "flashing the crowd" is also what a photographer's strobe does: flashing needs the camera or a passer-by.
    ("{flashing|flashes|flashed} {the camera|for the camera|at the camera|the viewer|the viewers|passersby|passers-by|strangers|the neighbors|the neighbours}", U, 0.7),
    ("{mooning|moons|mooned} {the camera|the crowd|the viewer|the viewers|everyone|the audience|the photographer|for the camera|at the camera|passersby|passers-by|the public|strangers|the neighbors|the neighbours}", U, 0.7),
    ("{his|a man's|the man's} {package|junk|bulge|member|manhood|dick|cock} {in|through|under|bulging in|visible in|outlined in|visible through|straining against|pressing against} {tight|his|the|} {briefs|underwear|boxers|speedo|trunks|shorts|pants|jeans|leggings|sweatpants}", U, 0.7),
    ("{rubbing|rubs|rubbed|fondling|fondles|fondled|stroking|strokes|stroked} {himself|herself|themselves|each other} !{with|dry|down|clean|off|warm|against the|on the|in the sun}", E, 0.8),
    # Not "steamy session": a sauna is steamy.
    ("{steamy|naughty|kinky|x-rated|raunchy} {encounter|encounters|romp|romps|tryst|trysts|hookup|hook-up|night together|threesome}", U, 0.7),
    ("{passionate|wild|secret} {romp|romps|tryst|trysts}", U, 0.7),
    ("{happy ending massage|massage with a happy ending|erotic massage|sensual massage|nuru massage|tantric massage}", E, 0.8),
    ("{inserting|inserts|inserted|insert|sliding|slides|slid|pushing|pushes|pushed} {a|her|his|the|} {toy|sex toy|dildo|vibrator|plug|butt plug|finger|fingers} {inside her|into her|in her|inside herself|into herself|in herself|inside him|into him|in her ass|into her ass|in his ass|into his ass|in her pussy|into her pussy}", E, 0.85),
    ("{legs|thighs|knees} {open|opened|spread|parted|wide open|spread wide|apart} {for him|for her|for the camera|for the viewer|for you|for them|invitingly|wide for}", U, 0.75),
    ("explicit {photo|photos|pic|pics|picture|pictures|image|images|video|videos|scene|scenes|content|shot|shots|selfie|selfies|pose|poses|render|renders|drawing|drawings|illustration|photoshoot|photo shoot|footage|clip|material}", U, 0.7),
    ("{exposing|exposes|exposed|flashing|flashes|flashed} {himself|herself|themselves} !{to danger|to risk|to the sun|to the elements|to radiation|to criticism|to ridicule|to the cold|to infection|to harm}", N, 0.8),
    ("{strip show|strip shows|stripshow|webcam show|cam show|camshow|private show on webcam|nude show|peep show|sex show|live sex show}", U, 0.75),
    (f"{{giving|gives|gave|give|given}} {_RECIPIENT} a handy !{{tool|tools|guide|guides|tip|tips|reference|map|list|knife|gadget|helper|kit|way|hint|hints|book|manual|chart|trick|tricks|bag|pouch|case|box|app|device}}", E, 0.85),
    ("{panties|panty|thong|knickers|underwear|bikini bottom|bikini bottoms|swimsuit|leotard|g-string|g string} {pulled|pushed|moved|tugged|slid|shifted|pulled down|pushed down|slipped} {to the side|aside|down|off|to one side|around her ankles|down her legs|to her knees}", U, 0.8),
    ("{showing|shows|showed|flashing|flashes|flashed|exposing|exposes|exposed|baring|bares|whipping out|whips out|whipped out|pulling out|pulls out|pulled out|takes out|took out|taking out} his {dong|junk|package|member|manhood|wang|schlong|willy|pecker|wiener|weiner|cock|dick|penis|genitals|privates}", E, 0.85),
]
