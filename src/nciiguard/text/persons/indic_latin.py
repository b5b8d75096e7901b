"""Devanagari and Bengali words in Latin letters, as names are romanised, and the everyday Indic words that are no name.

Why a module of its own: the name readers of several scripts (same_script.py, own_script_slots.py) ask for a
Latin spelling of an Indic word to look it up in the Latin gazetteer; keeping the table here leaves it a leaf that
both can import without importing each other (split out of same_script.py in round 22).
"""

from __future__ import annotations

__all__ = ["_INDIC_WORDS", "indic_to_latin"]

_DEVA_CONS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh",
    "ष": "sh", "स": "s", "ह": "h", "ळ": "l", "क़": "q", "ख़": "kh", "ग़": "g", "ज़": "z", "ड़": "r", "ढ़": "rh",
    "फ़": "f", "य़": "y",
    # Bengali
    "ক": "k", "খ": "kh", "গ": "g", "ঘ": "gh", "ঙ": "ng", "চ": "ch", "ছ": "chh", "জ": "j", "ঝ": "jh", "ঞ": "n",
    "ট": "t", "ঠ": "th", "ড": "d", "ঢ": "dh", "ণ": "n", "ত": "t", "থ": "th", "দ": "d", "ধ": "dh", "ন": "n",
    "প": "p", "ফ": "f", "ব": "b", "ভ": "bh", "ম": "m", "য": "j", "র": "r", "ল": "l", "শ": "sh", "ষ": "sh",
    "স": "s", "হ": "h", "ড়": "r", "ঢ়": "rh", "য়": "y", "ৎ": "t",
}
#: Independent vowels and vowel signs; "ee"/"oo" are the other common spelling of the long vowels.
_DEVA_VOWEL = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e", "ऐ": "ai", "ओ": "o", "औ": "au",
    "অ": "a", "আ": "a", "ই": "i", "ঈ": "i", "উ": "u", "ঊ": "u", "ঋ": "ri", "এ": "e", "ঐ": "oi", "ও": "o", "ঔ": "ou",
}
_DEVA_SIGN = {
    "ा": "a", "ि": "i", "ी": "I", "ु": "u", "ू": "U", "ृ": "ri", "े": "e", "ै": "ai", "ो": "o", "ौ": "au",
    "া": "a", "ি": "i", "ী": "I", "ু": "u", "ূ": "U", "ৃ": "ri", "ে": "e", "ৈ": "oi", "ো": "o", "ৌ": "ou",
}
_DEVA_NASAL = {"ं": "n", "ँ": "n", "ং": "ng", "ঁ": "n", "ः": "h", "ঃ": "h"}
_VIRAMA = {"्", "্"}
_NUKTA = {"़", "়"}


def indic_to_latin(word: str) -> tuple[str, ...]:
    """Latin spellings of a Devanagari or Bengali word, as names are romanised (at most eight): the
    inherent vowel "a" after a consonant with no sign, dropped before a virama and at the word's end
    ("कपूर" kapur, "भट्ट" bhatt) and, in a second spelling, inside the word before a consonant that
    carries a vowel ("चोपड़ा" chopra, "भावना" bhavna); long ī/ū as "i"/"u" and as "ee"/"oo" ("दीपिका"
    dipika, deepika); the flapped ड़/ড় as "r" and as "d" ("पाड़ुकोन" padukon)."""
    import unicodedata

    chars = list(unicodedata.normalize("NFC", word))
    seg: list[str] = []  # "@" marks an inherent vowel, "R" the flap, "I"/"U" the long vowels
    k = 0
    while k < len(chars):
        c = chars[k]
        if k + 1 < len(chars) and chars[k + 1] in _NUKTA and c + chars[k + 1] in _DEVA_CONS:
            c = c + chars[k + 1]
            k += 1
        if c in _DEVA_CONS:
            seg.append("R" if c in ("ड़", "ড়") else _DEVA_CONS[c])
            nxt = chars[k + 1] if k + 1 < len(chars) else ""
            if nxt not in _DEVA_SIGN and nxt not in _VIRAMA and nxt not in _NUKTA:
                seg.append("@")
        elif c in _DEVA_SIGN:
            seg.append(_DEVA_SIGN[c])
        elif c in _DEVA_VOWEL:
            seg.append(_DEVA_VOWEL[c])
        elif c in _DEVA_NASAL:
            seg.append("N" + _DEVA_NASAL[c])
        elif c in _VIRAMA or c in _NUKTA or c in ("\u200d", "\u200c"):
            pass
        else:
            return ()
        k += 1
    if len(seg) >= 3 and seg[-1] == "@":
        seg.pop()  # the final inherent vowel is not spoken ("कपूर" is kapur)
    vowels = set("aeiouIU@")
    medial = list(seg)
    seen_vowel = False
    for q, piece in enumerate(seg):
        if piece == "@" and seen_vowel and q + 2 < len(seg) and seg[q + 1] not in vowels \
                and not seg[q + 1].startswith("N") and seg[q + 2] in vowels:
            medial[q] = ""  # "chop@Ra" -> "chopRa"
        if piece in vowels or piece[:1] in vowels:
            seen_vowel = True
    forms = []
    for parts in (seg, medial):
        base = "".join(p[1:] if p.startswith("N") else p for p in parts).replace("@", "a")
        for flap in ("r", "d"):
            b = base.replace("R", flap)
            forms.append(b.replace("I", "i").replace("U", "u"))
            forms.append(b.replace("I", "ee").replace("U", "oo"))
    return tuple(dict.fromkeys(f for f in forms if f))[:8]


#: Everyday Hindi and Bengali words of scenes that are also given names or surnames somewhere
#: ("समुद्र" Samudra, "लाल" Lal, "नदीर" Nadira): never the first word of a name here.
_INDIC_WORDS = frozenset(
    """समुद्र तट सूर्यास्त सूर्योदय पहाड़ नदी जंगल शहर गाँव गांव बिल्ली कुत्ता लाल नीला हरा पीला काला सफेद सुंदर छोटा छोटी बड़ा
    बड़ी पुराना नया नई सुबह शाम रात दिन फूल पेड़ घर कमरा बाजार मंदिर आसमान बादल बारिश चाँद चांद सूरज तारे झील बगीचा
    सड़क गली खिड़की दरवाजा मेज कुर्सी किताब चाय कॉफी खाना पानी बर्फ हवा रंग रंगीन गुलाबी सुनहरा चांदी हीरा मोती राजा रानी
    নদী নদীর সমুদ্র সৈকত পাহাড় বন শহর গ্রাম বিড়াল কুকুর লাল নীল সবুজ হলুদ কালো সাদা সুন্দর ছোট বড় পুরনো নতুন সকাল
    সন্ধ্যা রাত দিন ফুল গাছ বাড়ি ঘর বাজার মন্দির আকাশ মেঘ বৃষ্টি চাঁদ সূর্য তারা হ্রদ বাগান রাস্তা জানালা দরজা টেবিল
    চেয়ার বই চা কফি খাবার জল পানি বরফ বাতাস রং রঙিন গোলাপি সোনালি রাজা রানি
    लड़की लडकी लड़का लडका औरत महिला आदमी मर्द बच्ची भाभी आंटी गोरी गोरा काली काला मोटी मोटा पतली पतला हॉट सेक्सी
    जवान बूढ़ी देसी कॉलेज गर्ल मॉडल नर्स टीचर दुल्हन पत्नी बीवी
    মেয়ে মেয়েটি মেয়েটা ছেলে মহিলা নারী পুরুষ বউ ভাবি আন্টি ফর্সা কালো মোটা রোগা হট সেক্সি মডেল নার্স""".split())
