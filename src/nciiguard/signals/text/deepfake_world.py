"""The word "deepfake" and its face-swap synonyms in other scripts and languages (round 34, issue 10).

Why: intent_text's ``deepfake`` rules were English words and four Romance/German face-swap phrasings, so
"伊藤陽菜の顔でディープフェイクのAV作って" (make a deepfake AV with <name>'s face) or "сделай дипфейк с ..." gave no
``deepfake`` finding: with the person found, ``undress_real_person`` could not block, and with a sexual word the
``ncii`` rule ``sexual_deepfake`` (a deepfake is of someone's face by construction) could not either. These are the
loanwords and native terms a user types for the same thing: Japanese ディープフェイク and アイコラ (an idol's face
pasted on a nude body), Korean 딥페이크 and 얼굴/지인 합성 (a face or an acquaintance composited), Chinese 深度伪造
and 换脸 (face swap), Cyrillic дипфейк, Arabic/Persian/Hebrew/Hindi/Thai/Greek transliterations, Vietnamese "ghép
mặt" and Indonesian "tukar wajah" (face swap).

Each pattern names a fixed word (the literal gate opens it), with no window: linear. Matching runs on the folded
view (Latin accents off: "ghép mặt" is "ghep mat"; other scripts keep their letters). Scripts without spaces
(CJK, Thai) have no word boundary. Words with an ordinary sense ("合成" alone is any compositing, "swap" any
exchange) are read only with a face or a person beside them.
"""

from __future__ import annotations

from ...text.lazy_regex import lazy

#: (label, rule name, language, score, pattern): the shape of intent_text's rules.
DEEPFAKE_WORLD_RULES = [
    ("deepfake", "ja_deepfake", "ja", 0.85, lazy(r"ディープ\s*フェイク|ディープフェイ|アイコラ|フェイス\s*スワップ|顔\s*(?:交換|すげ替え|を?入れ替え)")),
    ("deepfake", "ko_deepfake", "ko", 0.85, lazy(r"딥\s*페이크|얼굴\s*(?:합성|바꾸기|교체)|지인\s*합성|페이스\s*스왑")),
    # written out, not as character classes: the literal gate needs a fixed word in every branch
    ("deepfake", "zh_deepfake", "zh", 0.85, lazy(r"深度伪造|深度偽造|深伪|深偽|换脸|換臉")),
    ("deepfake", "cyrl_deepfake", "ru", 0.85, lazy(r"\b(?:дипфейк|діпфейк|дипфејк|дийпфейк|дыпфэйк)\w*")),
    ("deepfake", "ar_deepfake", "ar", 0.85, lazy(r"ديب\s*فيك|(?:ال)?تزييف\s+(?:ال)?عميق")),
    ("deepfake", "fa_deepfake", "fa", 0.85, lazy(r"دیپ\s*فیک|جعل\s+عمیق")),
    ("deepfake", "he_deepfake", "he", 0.85, lazy(r"דיפ\s*פייק")),
    ("deepfake", "hi_deepfake", "hi", 0.85, lazy(r"डीप\s*फ़?फे?क|डीपफेक")),
    ("deepfake", "th_deepfake", "th", 0.85, lazy(r"ดี[ปพฟ]\s*เฟ[คก]")),
    ("deepfake", "el_deepfake", "el", 0.85, lazy(r"\bντιπ\s*φ[εέ][ιί]κ\w*")),
    ("deepfake", "vi_ghep_mat", "vi", 0.85, lazy(r"\bghep\s+mat\b")),
    ("deepfake", "id_tukar_wajah", "id", 0.85, lazy(r"\b(?:tukar|ganti|tempel|tempelkan)\s+wajah\b")),
]
