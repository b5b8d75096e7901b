"""Word classes and finding builders shared by the readers of names in their own script
(:mod:`.same_script`, :mod:`.clauses`), so the clause readers need not import the module that calls them."""

from __future__ import annotations

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
