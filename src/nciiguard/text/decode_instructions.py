"""The one shared list of words that ask for something to be decoded (split out of :mod:`.hidden_payload`
in round 18, so the decoders read it without an import cycle).

Why: a weak code shape (an acrostic, a chunk-reversed clause) is read only behind an instruction to
decode it, and :mod:`.hidden_payload` reports an unreadable payload only behind one; both ask this
module. The list: "decode", "decipher", "encoded", "cipher", "secret format", "you know the scheme",
"CTF", "puzzle", "base64", "acrostic", "first letters" ... in English and the main languages; a
payload named as such ("payload=...") counts for the decoders. A literal pre-test (a piece of every
word, checked with ``in``) skips the pattern on most prompts.
"""

from __future__ import annotations

import re

__all__ = ["decode_instruction", "instruction_match", "MAX_SCAN"]

#: Characters of a text read.
MAX_SCAN = 20000

_INSTRUCTION = re.compile(
    r"\b(?:de-?cod(?:e|er|ed|ing)|decipher|decrypt\w*|de-?obfuscat\w*|unscrambl\w*|en-?cod(?:ed|ing)|"
    r"ciphers?|ciphertext|cipher-?text|encrypted|obfuscated|secret (?:format|code|language|scheme)|acrostic|first letters?(?: of (?:each|every) \w+)?|"
    r"(?:you know|same|our|the usual) (?:the )?scheme|ctf|puzzle|base ?(?:32|45|58|64|85)|rot-?\d{1,2}|"
    r"decodifica\w*|descifr\w*|codificad[oa]s?|cifrad[oa]s?|d[ée]cod\w*|d[ée]chiffr\w*|chiffr[ée]e?s?|"
    r"cod[ée]e?s?|dekodier\w*|entschl[üu]ss\w*|verschl[üu]ss\w*|[ck]odiert\w*|decifr\w*|cifrat[oa]|"
    r"decodifique|decifre|odszyfruj\w*|zakodowan\w*|zaszyfrowan\w*|decodeer\w*|ontcijfer\w*|gecodeerd|"
    r"çöz|şifreli|şifrel\w*|"
    # round 19: "the caption got scrambled, restore it", "[hidden request] ...", "figure it out"
    r"scrambled(?! eggs?)|hidden (?:request|message|prompt|text|instructions?)|figure (?:it|this) out|"
    # round 21: a tag that names its payload coded ("[encoded_prompt]", "<cipher_text>"), and a string
    # handed over to be turned into the picture it describes
    r"(?:encoded|encrypted|ciphered|coded|hidden|secret)_(?:prompt|text|message|payload|request)|"
    r"(?:string|code)\b[^.\n]{0,40}\b(?:picture|image|photo|scene) (?:it|this|that) (?:describes|spells))\b"
    r"|расшифр\w*|декодир\w*|закодир\w*|зашифр\w*|解码|解密|编码|密文|暗号|復号|デコード|디코드|해독|암호|"
    r"فك التشفير|مشفر|פענח|מוצפן|डिकोड|कूट",
    re.IGNORECASE)

#: A payload named as such ("payload=...", "payload: ..."): an instruction for the decoders' weak shapes
#: (acrostics), not for this module's review (a JSON payload is ordinary).
_PAYLOAD_NAMED = re.compile(r"\bpayload\s?[=:]|\bdecode_", re.IGNORECASE)


#: A piece of every Latin-script word of :data:`_INSTRUCTION`: a text holding none of them (and no other
#: script) holds no instruction, tested with ``in`` before the costly pattern (~30 us a prompt).
_HINTS = ("describes", "spells", "scrambled", "hidden ", "figure ", "acrostic", "first letter", "cod", "ciph", "crypt", "fusc", "scrambl", "scheme", "secret", "ctf", "puzzle", "chiffr", "schl", "szyfr",
          "cijfer", "cifr", "kod", "çöz", "şifr", "rot-", *(f"rot{d}" for d in range(1, 10)),
          *(f"base{s}{d}" for s in ("", " ") for d in "34568"))
#: The same for the words of other scripts.
_SCRIPT_HINTS = ("шифр", "кодир", "码", "密", "暗号", "復号", "デコード", "디코드", "해독", "암호", "شفر", "פענח", "מוצפן",
                 "डिकोड", "कूट")


def instruction_match(text: str) -> re.Match[str] | None:
    """The first decode instruction of ``text`` (its first :data:`MAX_SCAN` characters), or None."""
    text = text[:MAX_SCAN]
    low = text.lower()
    if not any(h in low for h in _HINTS) and (text.isascii() or not any(h in low for h in _SCRIPT_HINTS)):
        return None
    return _INSTRUCTION.search(text)


def decode_instruction(text: str) -> bool:
    """Whether ``text`` (its first :data:`MAX_SCAN` characters) asks for something to be decoded: the one
    shared list of decode-instruction words (:data:`_INSTRUCTION`), or a payload named as such."""
    text = text[:MAX_SCAN]
    if instruction_match(text) is not None:
        return True
    return "payload" in text.lower() and _PAYLOAD_NAMED.search(text) is not None or "decode_" in text
