"""Names a clause describes, in Korean and Japanese (round 12, issue 10; split from :mod:`.same_script`).

A relative clause ends in a verb form that ties it to the noun after it ("자전거 타는 이정은", "京都の路地を歩く
伊調馨", "섹스하는 라미란"): what stands there is who does it. A name or a noun can stand there; the noun
lists below (people by role, animals, things, abstract nouns) refuse the nouns, and the rest is read as a
name (``full_name`` 0.55 or ``name_in_slot`` 0.6, ``cue`` "after clause", "after_sexual" or "face_of").
Also whose face a Korean face swap takes ("솔라 얼굴을 야동 배우 몸에 합성해줘"). Cost: one pass over the words
or characters, bounded windows.
"""

from __future__ import annotations

import functools

from ...findings import Finding
from .script_words import (_KO_ADNOMINAL, _KO_ADVERBIAL, _KO_NOT_NAME, _KO_NOUNS, _KO_PICTURE, _KO_PLACE_NOUNS, _found,
                           _full, _han, _kana)
from .scripts import _KO_PLACES, _sexual_terms, script_of

#: Round 12: person nouns a sexual clause describes that are no name ("섹스하는 간호사", "알몸인 유부녀").
_KO_PERSON_NOUNS = frozenset(
    """간호사 유부녀 여대생 직장인 비서 메이드 승무원 경찰 군인 의사 교사 강사 트레이너 신부 새댁 미시 할머니 처녀 숙녀
    요정 천사 악마 엘프 마녀 여신 인어 외국인 백인 흑인 금발 여인 부부 연인 남녀 두 둘 셋 사람들 여자들 남자들 부인 과부
    이웃집 옆집 누군가 여자친구 남자친구 여사친 애인 와이프 마누라 그녀들 소녀들 미녀들 모델들 배우들 커플들
    상태 모습 자세 포즈 장면 몸매 느낌 분위기 스타일 버전 컨셉 풍경 장소 순간 채 사진들 영상들 그림들 일러스트 만화 애니""".split())
_KO_FACE = ("얼굴을", "얼굴", "얼굴로", "얼굴의", "얼굴만")


def _ko_name_word(word: str, terms: tuple[str, ...]) -> bool:
    return (2 <= len(word) <= 4 and all("\uac00" <= c <= "\ud7a3" for c in word) and word not in _KO_NOT_NAME
            and word not in _KO_PERSON_NOUNS and word not in _KO_NOUNS and word not in _KO_PLACES
            and not word.endswith(_KO_ADVERBIAL) and not any(word.startswith(t) or t.startswith(word) for t in terms))


def _hangul_after_or_face(nt, field, text, toks, sexual, terms) -> list[Finding]:
    """A name right after a sexual clause that describes it and ends it ("호텔 방에서 섹스하는 라미란,",
    "알몸인 에일리, 실사"), and whose face a swap takes ("솔라 얼굴을 야동 배우 몸에 합성해줘")."""
    n = len(toks)
    for k in range(1, n):
        prev, word = toks[k - 1][2], toks[k][2]
        prev_sexual = prev in sexual or any(prev.startswith(t) for t in terms)
        at_end = k + 1 == n or text[toks[k][1]:toks[k + 1][0]].strip() in (",", "，", ".", "。") \
            or toks[k + 1][2] in _KO_PICTURE
        if prev_sexual and prev.endswith(("하는", "인", "한", "된")) and at_end and _ko_name_word(word, terms):
            return [_found(nt, field, text, toks[k][0], toks[k][1], "after_sexual", prev, "Hangul")]
    for k in range(n - 1):
        if toks[k + 1][2] in _KO_FACE and (k == 0 or text[toks[k - 1][1]:toks[k][0]].strip() in (":", ",", "：")):
            word = toks[k][2]
            stem = word[:-1] if word.endswith("의") and len(word) >= 3 else word
            if _ko_name_word(stem, terms):
                return [_found(nt, field, text, toks[k][0], toks[k][0] + len(stem), "face_of", toks[k + 1][2], "Hangul")]
    return []


def _korean_after_clause(nt, field, text, toks) -> list[Finding]:
    """In an ordinary Korean prompt, a 2-4 syllable word between a relative clause and the end of its
    item or a picture noun ("떡볶이 만드는 솔라 캐리커처", "자전거 타는 이하늬, 보도 사진") is who does it, when it is
    no listed noun (animals, people by role, places, things: 강아지, 할머니, 로봇, 서울)."""
    if any(t in text for t in _ko_sexual_singles()):
        return []  # a sexual request: _hangul_after_or_face reads it
    for k in range(1, len(toks)):
        start, end, word = toks[k]
        if not toks[k - 1][2].endswith(_KO_ADNOMINAL) or not 2 <= len(word) <= 4:
            continue
        at_end = k + 1 == len(toks) or text[end:toks[k + 1][0]].strip() in (",", "，", ".", "。") \
            or toks[k + 1][2] in _KO_PICTURE
        if at_end and all("\uac00" <= c <= "\ud7a3" for c in word) and word not in _KO_THINGS \
                and word not in _KO_NOT_NAME and word not in _KO_PERSON_NOUNS and word not in _KO_NOUNS \
                and word not in _KO_PLACES and word not in _KO_PLACE_NOUNS and not word.endswith(_KO_ADVERBIAL):
            return [_full(nt, field, text, start, end, "Hangul", "after clause")]
    return []


@functools.lru_cache(maxsize=1)
def _ko_sexual_singles() -> tuple[str, ...]:
    """The lexicon's one-word Hangul terms of two syllables or more."""
    return tuple(t for t in _sexual_terms()[2] if script_of(t[0]) == "Hangul" and len(t) >= 2)


#: Animals, people by age or role and things a Korean relative clause describes (round 12).
_KO_THINGS = frozenset(
    """강아지 고양이 할머니 할아버지 아이 아이들 아기 토끼 곰 팬더 판다 로봇 펭귄 여우 사자 호랑이 코끼리 원숭이 다람쥐 햄스터 오리 닭
    병아리 말 소 돼지 양 새 앵무새 부엉이 올빼미 물고기 고래 돌고래 상어 공룡 용 괴물 유령 좀비 외계인 마법사 기사 해적 닌자 요리사
    셰프 농부 어부 화가 학생들 아이돌들 소년 소녀 청년 노인 어르신 아저씨 사람 사람들 가족 친구들 남자 여자 사진 모습 장면 풍경
    자동차 기차 비행기 배 자전거 건물 도시 마을 거리 집 나무 꽃 하늘 바다 산 강 공원 카페 식당 시장
    갈매기 나비 벌 개구리 거북이 독수리 참새 비둘기 백조 사슴 늑대 기린 얼룩말 하마 낙타 문어 새우 고슴도치 수달 너구리 개 소년들
    소녀들 군인 경찰 의사 간호사 선생님 학생 가수 배우 모델 댄서 선수 마네킹 인형 허수아비 눈사람 천사 요정""".split())


# Round 12: a Japanese name after a relative clause ("京都の路地を歩く伊調馨", "ホテルの部屋でセックスしている
# 友近", "ベッドの上で全裸の伊調馨"): a verb in its plain form (or "全裸の") right before 2-4 Han characters that
# end the clause (end, comma, "の似顔絵", "が", "は"). The family name need not be listed; Han nouns a
# clause describes as often (women, couples, animals, scenes) are refused.
_JA_ADNOMINAL_END = frozenset("くぐすつぬぶむるうたい")
_JA_AFTER_CLAUSE = frozenset("、。,，がは ")
_JA_NOT_NAME = frozenset(
    """女性 男性 少女 少年 青年 人妻 彼女 彼氏 美女 美人 女優 男優 夫婦 熟女 学生 女子 男子 看護師 先生 二人 三人 人々 子供 家族
    老人 主婦 新妻 母親 父親 女将 巫女 妖精 天使 悪魔 男女 恋人 姉妹 兄弟 子猫 子犬 仔猫 様子 写真 画像 動画 風景 景色 光景 場面
    女医 警官 店員 社員 同僚 上司 部下 隣人 友人 友達 女王 王女 姫様 花嫁 新婦 若妻 義母 義姉 教師 生徒 選手 歌手 俳優 女将 侍
    武士 忍者 魔女 騎士 職人 料理人 観光客 旅行者 外国人 日本人 女の人 猫 犬 鳥 馬 金魚 桜 花火 夕日 朝日 夜景 時間 瞬間""".split())


def _ja_after_adnominal(nt, field, text) -> list[Finding]:
    if not any(_kana(c) for c in text[:400]):
        return []  # Japanese only: a Chinese field has no kana
    n = min(len(text), 4000)
    for k in range(1, n - 1):
        c = text[k]
        if not (c in _JA_ADNOMINAL_END and _kana(c) or c == "の" and text.endswith("全裸", 0, k)):
            continue
        e = k + 1
        while e < n and e - k <= 6 and (_han(text[e]) or text[e] == "々"):
            e += 1
        size = e - k - 1
        if not 2 <= size <= 5 or text[k + 1:e] in _JA_NOT_NAME or text[e - 2:e] in _JA_NOT_NAME:
            continue
        if text[k + 1] in "々" or text[e - 1] in _CJK_PLACE_END:
            continue
        if e == n or text[e] in _JA_AFTER_CLAUSE or text.startswith(("の似顔絵", "のイラスト", "の写真", "の絵"), e):
            return [_full(nt, field, text, k + 1, e, "Han", "after clause")]
    return []


#: Han characters that end a place name (mountain, river, city, temple ...): never the last of a name here.
_CJK_PLACE_END = frozenset("山川市島岛寺城湖県县道駅站港橋桥塔宮宫院区區町村省江河海園园州京峰谷湾灣台門门楼樓館馆店屋")
