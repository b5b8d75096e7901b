"""A picture to be passed off as leaked, stolen or taken by a hidden camera (round 34, issue 10).

Why: "make it look like a leaked phone pic", "estilo foto vazada", "comme si elle avait fuité de son téléphone",
"hidden cam style", "geleakte Nacktfotos": a sexual picture made to look leaked or secretly filmed is made to pass
for a real person's private image; nobody fakes a leak of nobody. With a sexual request the ``ncii`` profile blocks
it (rule ``sexual_faked_leak``) even when the person readers do not find the person (a name in an unusual form,
"Ji-woo SEO"), as it does for a sexual deepfake. Alone the frame decides nothing ("the leaked budget memo", "a
hidden camera prank show"): the label ``faked_leak`` is read by no other rule.

Each pattern names a fixed word (the literal gate opens it) with bounded windows: linear. Matching runs on the
folded view (lower case, Latin accents off: "vazada", "fuitee", "filtrada"); other scripts keep their letters.
"""

from __future__ import annotations

from ...text.lazy_regex import lazy

#: Picture nouns a leak is of (en, es/pt/fr/de/it/nl/pl words share the list where the word is the same).
_PIC = (r"(?:photos?|pics?|pictures?|images?|videos?|nudes?|selfies?|snaps?|clips?|tapes?|footage|fotos?|foto's"
        r"|fotki|zdjeci\w*|filmik\w*|bilder|bild|nacktfotos?|nacktbilder|imagens?|imagen(?:es)?|immagini|video's|pack)")
_W2 = r"(?:[\w'-]+\s+){0,2}?"

#: (label, rule name, language, score, pattern): the shape of intent_text's rules.
LEAK_RULES = [
    ("faked_leak", "en_leaked_pic", "en", 0.8,
     lazy(rf"\b(?:leak(?:ed|s)?|hacked|stolen)\s+{_W2}{_PIC}\b|\b{_PIC}\s+{_W2}(?:that\s+)?(?:got\s+|was\s+|were\s+)?"
          r"(?:leaked|stolen\s+from)\b")),
    ("faked_leak", "en_look_leaked", "en", 0.8,
     lazy(r"\blooks?\s+(?:like\s+)?(?:it|they|she|he)?\s*(?:got\s+|was\s+|were\s+|had\s+been\s+|has\s+been\s+)?"
          r"(?:leaked|hacked|stolen)\b|\bas\s+if\s+(?:it|they)\s+(?:got\s+|was\s+|were\s+|had\s+)?(?:leaked|been\s+leaked)\b")),
    ("faked_leak", "en_hidden_cam", "en", 0.8,
     lazy(r"\b(?:hidden|secret|spy|concealed)[\s-]*cam(?:era)?s?\b|\bspycam\b|\bupskirt\w*|\bcreep\s*shots?\b"
          r"|\bpeeping[\s-]*tom\b")),
    ("faked_leak", "es_pt_filtrado", "es", 0.8,
     lazy(rf"\b{_PIC}\s+{_W2}(?:filtrad[oa]s?|vazad[oa]s?|hackead[oa]s?|robad[oa]s?|roubad[oa]s?)\b"
          r"|\b(?:filtrad[oa]s?|vazad[oa]s?)\s+(?:de|da|do|del)\b"
          r"|\b(?:se\s+)?(?:hubiera|hubiese|haya|tivesse|tenha)\s+(?:filtrado|vazado)\b"
          r"|\b(?:camara|camera)\s+(?:oculta|escondida|espia)\b")),
    ("faked_leak", "fr_fuite", "fr", 0.8,
     lazy(rf"\b(?:a|ait|avait|aurait)\s+fuite\b|\b{_PIC}\s+{_W2}(?:fuitee?s?|volee?s?|piratee?s?)\b"
          r"|\bcamera\s+cachee\b")),
    ("faked_leak", "de_geleakt", "de", 0.8,
     lazy(r"\bgeleakt\w*|\bdurchgesickert\w*|\bversteckte\w*\s+kamera\b|\bgestohlene\w*\s+(?:nackt)?(?:fotos?|bilder)\b")),
    ("faked_leak", "it_trapelato", "it", 0.8,
     lazy(rf"\btrapelat[aoie]\b|\b{_PIC}\s+{_W2}rubat[aoie]\b|\btelecamera\s+nascosta\b")),
    ("faked_leak", "nl_gelekt", "nl", 0.8, lazy(r"\bgelekte?\b|\bverborgen\s+camera\b")),
    ("faked_leak", "pl_wyciek", "pl", 0.8, lazy(r"\bwyciek\w*|\bwyciekl\w*|\bukryt\w+\s+kamer\w*")),
    ("faked_leak", "tr_sizdirilmis", "tr", 0.8, lazy(r"\bs[iı]zd[iı]r[iı]lm[iı][sş]\w*|\bs[iı]zint[iı]\w*|\bgizli\s+kamera\w*")),
    ("faked_leak", "id_bocor", "id", 0.8, lazy(r"\b(?:foto|video)\s+(?:\w+\s+){0,2}?bocor(?:an)?\b|\bkamera\s+(?:tersembunyi|tersembunyi)\b")),
    ("faked_leak", "ru_slitye", "ru", 0.8, lazy(r"\bслит(?:ые|ое|ый|ая|ых|о)\b|\bскрыт\w+\s+камер\w*")),
    ("faked_leak", "cjk_leak", "ja", 0.8, lazy(r"流出|盗撮|泄露|偷拍|유출|몰카|도촬|몰래\s*카메라")),
]
