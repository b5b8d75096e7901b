"""real_person_text: references to identifiable people in prompt text.

A plain list of celebrity names catches a small share of the real people prompts name, and
none of the private people ("my ex", "the girl in this photo"). This signal finds:

``full_name``
    A first name from a large gazetteer followed by a surname-like token: a census surname, a
    token capitalised in the user's text, or a token that is no English word. Graded by the
    strength of that evidence (see the table in ``docs/signals/real_person_text.md``). Works on
    lower case, joined (``emmawatson``), ``emma_watson``, ``EmmaWatson``, weights, LoRA tags and
    prompt editing, because it reads the normalised ``folded`` view.
``style_reference``
    The same kind of name after "by", "art by", "in the style of" ...: the *author* of a style,
    not the subject of the image. The policy does not count it as a real person.
``protected_name``
    An alias of a person in the likeness registry (``resources.protected_names``), score 1.0.
``handle``
    A social-media handle (``@someone``, ``u/someone``, ``instagram.com/someone``).
``private_person``
    A phrase pointing at a private, identifiable person ("my coworker", "the woman in this
    photo", "keep her face").
``celebrity_term``
    "celebrity", "famous actress", "influencer" ...: a real person even without a name.
``registry_unavailable``
    The registry's names could not be read (store down); the rest ran (protected_lookup.py).

It never decides: the ``ncii`` profile blocks sexual + real person, so over-firing here blocks
benign sexual-art requests. Every rule below exists to keep ordinary words ("rose garden",
"summer dress", "hunter green") from reading as names.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from dataclasses import replace as _replace
from typing import Any, Iterable

from pydantic import Field

from ...findings import Finding, Span
from ...text.limits import MAX_JOINED_NAME
from ...text.names import FOREIGN_PERSON_NOUNS
from ...text.normalize import LEET_MAP
from ...text.spans import Cover
from ..base import SignalParams, TextSignal
from .person_mention import model_mention_findings, private_person_findings

__all__ = ["RealPersonTextSignal", "StaticNames", "NameLists", "name_lists"]


# ---------------------------------------------------------------------------------------------
# Small closed word classes (grammar, not name lists)
# ---------------------------------------------------------------------------------------------
#: First tokens of place names ("San Francisco", "Santa Monica", "St Louis", "Fort Worth").
_PLACE_PREFIX = frozenset(
    "san santa santo sao st ste saint fort ft port mount mt lake los las el new north south east west"
    " upper lower old great little big glen"
    # Romance place heads before a particle: "Rio de Janeiro", "Costa del Sol", "Lago di Como".
    " rio costa puerto porto lago isla villa monte mont cabo playa bahia vila castel castello"
    " ciudad vallee val col lac".split()
)
#: Two-letter romanised given names that the gazetteer keeps out of ``first`` because they are
#: also syllables, notes or abbreviations ("li", "ai", "yu"): a name only when written Title-case
#: before a capitalised surname of 4+ letters.
_SHORT_GIVEN = frozenset("li ai yi su lu ji yu mi na bo ty".split())
#: Place heads that, written capitalised, make the next word part of a place name ("New York
#: Times", "San Jose Sharks"): a person's name never starts inside one.
_PLACE_HEAD = frozenset(
    "san santa santo sao st ste saint fort ft port mount mt new los las rio costa puerto porto lago isla"
    " villa monte mont cabo playa bahia vila lake".split()
)
#: Second tokens that make a place, institution or brand, never a surname in a prompt
#: ("Georgia State", "Jackson Hole", "Virginia Beach", "Victoria Secret").
_NOT_SURNAME_TAIL = frozenset(
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
_COLOURS = frozenset(
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
_FICTIONAL = frozenset(
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
_TITLES = frozenset(
    """king queen prince princess emperor empress sultan sultana sheikh sheik sheikha emir shah tsar
    czar tsarina czarina pope sir dame lord lady mr mrs ms mx dr president senator governor chancellor
    premier congressman congresswoman ayatollah imam rabbi archbishop cardinal mayor""".split()
)
#: Two-letter abbreviations that are not a person's initials ("US Marshall", "TV Hogan").
_ABBREV = frozenset(
    "us uk eu un la ny dc sf tv hd sd uv ir vr ar ai pc id ok nc ac dc gb mb kb mp hp ps xl xs"
    " ad bc am pm vs rv uh oh ow no go up tx ca fl wa nj pa ma mi oh va ga az co md mn mo wi".split()
)
#: Generational suffixes: "Dale Jr", "<lora:dale_jr_v1>": after a first name they make a name.
_NAME_SUFFIX = frozenset("jr sr ii iii iv".split())
#: Fictional, legendary and mascot characters written with a title: suppressed exactly like
#: ``_FICTIONAL`` pairs (never flagged, never added). Decided: fictional characters are not real
#: people, so "Queen Elsa" and "Princess Peach" stay quiet; historical royals are people.
_FICTIONAL_TITLED = frozenset(
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
_PARTICLES = frozenset(
    "de da do dos das del della delle di du van von der den ter ten al el bin ibn bint ben abu la le y".split()
)
#: Katakana words joined by the middle dot (folded to "."), or by "=" inside a given name:
#: 2-4 parts, so "ジャン＝クロード・ヴァン・ダム" is one name. Not preceded or followed by more
#: katakana or another dot (a longer title such as "ロード・オブ・ザ・リング" fails the part list).
_KATAKANA = "\u30a1-\u30fa\u30fc"
_KATAKANA_NAME = re.compile(
    rf"(?<![{_KATAKANA}.=])[{_KATAKANA}]+(?:[.=][{_KATAKANA}]+){{1,3}}(?![{_KATAKANA}]|[.=][{_KATAKANA}])"
)
#: Common katakana loanwords that make a dotted katakana phrase a title, brand, place or
#: description rather than a name ("スター・ウォーズ" Star Wars, "ニュー・ヨーク" New York,
#: "コカ・コーラ" Coca-Cola, "セクシー・ランジェリー"). Nouns and function words, not names.
_KATAKANA_NOT_NAME = frozenset(
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
#: Fictional characters most often written in katakana (suppressed like ``_FICTIONAL``).
_KATAKANA_FICTIONAL = frozenset(
    tuple(x.split("・"))
    for x in "ハリー・ポッター ハーマイオニー・グレンジャー ララ・クロフト ミッキー・マウス ティファ・ロックハート"
    " モナ・リザ サンタ・クロース ピーター・パン ジェームズ・ボンド".split()
)
#: Words that end the item before a run of names when the names ARE the subjects: "four
#: women, A, B, C, and D, ..." (an apposition), "featuring A, B, C". An artist list follows a
#: description of the scene or style instead.
_APPOSITION_CUES = frozenset(
    """woman women girl girls man men boy boys guy guys lady ladies friend friends model models
    actress actresses actor actors star stars pornstar pornstars celebrity celebrities people person
    persons couple couples wife wives husband husbands girlfriend girlfriends boyfriend boyfriends
    sister sisters brother brothers member members performer performers featuring starring
    including with of and like named as""".split()
)
_STYLE_BEFORE_1 = frozenset({"by", "artist", "artists", "painter", "illustrator", "photographer"})
#: Words after which a name stands in a subject slot ("porn of X", "starring X"); see
#: ``_Namer._lower_subject`` and ``_Namer._joined_lower``.
_SUBJECT_CUES = frozenset({"of", "starring", "featuring", "with", "and"})
_STYLE_AFTER = frozenset({"style", "styled", "artstyle", "aesthetic", "inspired"})
_LIST_JOINERS = frozenset({"and", "or"})
_SEPARATORS = re.compile(r"[,;|!?\n:()\[\]{}]|\.\s")
_NAME_GAP = re.compile(r"[ _\-]{1,3}|\.")
_INITIAL_GAP = re.compile(r"\.?[ _\-]{0,2}")
#: Endings of English derivations and place names: never the surname half of a joined token.
_JOINED_TAIL_NOT_SURNAME = ("ing", "ed", "ly", "ness", "ful", "able", "ible", "ous", "ist", "ism", "esque",
                            "ville", "town", "land", "ive", "ery", "ity", "ize", "ise", "less", "ship", "hood", "ward", "wise")
_SUFFIX_NOT_SURNAME = ("istic", "ism", "core", "punk", "wave", "ness", "ment", "tion", "ical")


# ---------------------------------------------------------------------------------------------
# Registry names: StaticNames (in-memory implementation) and the matcher built from any provider
# ---------------------------------------------------------------------------------------------
class StaticNames:
    """An in-memory, thread-safe ``protected_names`` provider for tests and library users.

    ``revision`` changes on every change, so signals know to rebuild their matchers.
    """

    def __init__(self, aliases: Iterable[tuple[str, str]] = ()):
        self._lock = threading.Lock()
        self._names: dict[str, set[str]] = {}
        self._revision = 0
        for person_id, alias in aliases:
            self._add(person_id, alias)

    @property
    def revision(self) -> int:
        return self._revision

    def _add(self, person_id: str, alias: str) -> None:
        if not isinstance(person_id, str) or not person_id:
            raise ValueError("person_id must be a non-empty string")
        if not isinstance(alias, str) or not alias.strip():
            raise ValueError("alias must be a non-empty string")
        self._names.setdefault(person_id, set()).add(alias.strip())
        self._revision += 1

    def add(self, person_id: str, alias: str) -> None:
        with self._lock:
            self._add(person_id, alias)

    def remove(self, person_id: str, alias: str | None = None) -> None:
        """Remove one alias of a person, or the person (all aliases) when ``alias`` is None."""
        with self._lock:
            if alias is None:
                self._names.pop(person_id, None)
            else:
                aliases = self._names.get(person_id)
                if aliases is not None:
                    aliases.discard(alias.strip())
                    if not aliases:
                        del self._names[person_id]
            self._revision += 1

    def aliases(self) -> list[tuple[str, str]]:
        with self._lock:
            return [(pid, a) for pid, names in self._names.items() for a in sorted(names)]


@dataclass(frozen=True)
class _Alias:
    tokens: tuple[str, ...]
    person_id: str
    alias: str


class _ProtectedMatcher:
    """Token-sequence and joined-form matcher over registry aliases (immutable once built)."""

    def __init__(self, pairs: Iterable[tuple[str, str]], gaz):
        from ...text.normalize import normalize

        self.by_first: dict[str, list[_Alias]] = {}
        self.joined: dict[str, list[_Alias]] = {}
        for person_id, alias in pairs:
            toks = tuple(_clean(t.text) for t in normalize(str(alias)).folded.tokens)
            toks = tuple(t for t in toks if t)
            if not toks:
                continue
            entry = _Alias(toks, str(person_id), str(alias))
            if len(toks) == 1 and (len(toks[0]) < 4 or gaz.is_common_word(toks[0])):
                # A one-word alias that is a common word ("Rose") would flag every rose garden:
                # such aliases only match when written exactly as a multi-word alias is.
                continue
            self.by_first.setdefault(toks[0], []).append(entry)
            joined = "".join(toks)
            if len(toks) > 1 and len(joined) >= 6:
                self.joined.setdefault(joined, []).append(entry)
        self.lengths = sorted({len(k) for k in self.joined}, reverse=True)

    def find(self, words: list["_Word"]) -> list[tuple[int, int, _Alias, str]]:
        out = []
        n = len(words)
        for i, w in enumerate(words):
            for entry in self.by_first.get(w.folded, ()):
                k = len(entry.tokens)
                if i + k <= n and all(words[i + j].folded == entry.tokens[j] for j in range(k)):
                    if all(words[i + j].joinable_next for j in range(k - 1)):
                        out.append((i, i + k - 1, entry, "tokens"))
            if w.folded in self.joined:
                for entry in self.joined[w.folded]:
                    out.append((i, i, entry, "joined"))
            elif len(w.folded) >= 8:
                # "emmawatsonnude", "xjanedoex": the joined alias inside a longer token.
                for length in self.lengths:
                    if length > len(w.folded):
                        continue
                    for s in range(0, len(w.folded) - length + 1):
                        hit = self.joined.get(w.folded[s : s + length])
                        if hit:
                            out.extend((i, i, entry, "joined") for entry in hit)
        return out


# ---------------------------------------------------------------------------------------------
# Public helper for the benchmark
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NameLists:
    """The name lists this signal uses, so a benchmark can hold out names that are in them."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    #: Full names the code knows by name: only the fictional/placeholder suppressions.
    full_names: frozenset[str]

    def __contains__(self, full_name: object) -> bool:
        """True when the full name, or its first or last token, is in one of the lists."""
        if not isinstance(full_name, str):
            return False
        toks = [_clean(t) for t in re.split(r"[\s_\-]+", full_name.lower()) if t]
        if not toks:
            return False
        return (
            " ".join(toks) in self.full_names
            or toks[0] in self.first_names
            or toks[-1] in self.surnames
        )


def name_lists(intl: bool | None = None) -> NameLists:
    """The first names, surnames and full names the detector reads (lower case)."""
    from ...text.names import load_gazetteer

    gaz = load_gazetteer(intl)
    return NameLists(
        first_names=gaz.first,
        surnames=frozenset(gaz.surname_rank),
        full_names=frozenset(" ".join(t) for t in _FICTIONAL),
    )


# ---------------------------------------------------------------------------------------------
# Phrase patterns (run over the folded view: lower case, diacritics removed, leet undone)
# ---------------------------------------------------------------------------------------------
_REL = (
    r"ex[ -]?(?:girlfriend|boyfriend|gf|bf|wife|husband|partner|fiancee?)|ex|girlfriend|boyfriend|gf|bf"
    r"|wife|husband|crush|co[ -]?workers?|colleagues?|classmates?|class mate|schoolmates?|neighbou?rs?"
    r"|boss|manager|supervisor|teacher|professor|tutor|coach|student|sister|sis|brother|step[ -]?sister"
    r"|step[ -]?brother|step[ -]?mom|step[ -]?mother|step[ -]?dad|mom|mum|mother|mommy|dad|father"
    r"|aunt|auntie|uncle|cousin|niece|nephew|daughter|son|friends?|best friend|bff|bestie|roommate"
    r"|flatmate|housemate|landlady|landlord|tenant|employee|secretary|assistant|intern|babysitter"
    r"|nanny|maid|date|partner|fiancee?|girl|crush|ex's|wife's|sister's|in[ -]laws?|mother[ -]in[ -]law"
    r"|sister[ -]in[ -]law|therapist|doctor|nurse|pastor|trainer|barista|waitress|cashier"
)
_REL_ADJ = (
    r"(?:(?:hot|sexy|cute|beautiful|pretty|new|old|former|future|own|best|favou?rite|current"
    r"|annoying|married|female|male|young|older|younger|little|big|step|real|ex|lovely)\s+){0,2}"
)
_PRIVATE_PATTERNS: list[tuple[str, float, re.Pattern[str]]] = [
    (
        "my_relation",
        0.8,
        # not "my nurse costume": a costume is no person
        re.compile(rf"\b(?:my|our)\s+{_REL_ADJ}(?:{_REL})\b(?!\s+(?:outfits?|costumes?|uniforms?|cosplay)\b)"
                   rf"(?:'s\s+{_REL_ADJ}(?:{_REL})\b)?"),
    ),
    (
        "person_i_know",
        0.85,
        re.compile(
            r"\b(?:a|some|this|the|that)\s+(?:girl|woman|guy|man|lady|boy|person|chick|dude|teen|student)"
            r"\s+(?:i|we)\s+(?:know|knew|met|work with|go to school with|dated|used to date|like|saw)\b"
            r"|\bsomeone\s+(?:i|we)\s+(?:know|knew|met|work with)\b"
        ),
    ),
    (
        "person_from_my_place",
        0.8,
        re.compile(
            r"\b(?:girl|woman|guy|man|lady|boy|teacher|person|chick|student)s?\s+(?:from|at|in)\s+my\s+"
            r"(?:school|class|work|office|gym|church|team|job|building|street|college|university|dorm"
            r"|neighbou?rhood|company|workplace)\b"
        ),
    ),
    (
        "person_in_this_photo",
        0.9,
        re.compile(
            r"\b(?:the|this|that)\s+(?:woman|girl|man|person|lady|guy|boy|people|persons|couple|subject)"
            r"\s+(?:in|on|from)\s+(?:this|the|my|that|attached|uploaded|given|provided|input|these)\s+"
            r"(?:photo|photograph|picture|pic|image|img|selfie|screenshot|video|snapshot|shot)s?\b"
            r"(?!\s+(?:studio|booth|frame|album|gallery|book))"
        ),
    ),
    (
        "this_person",
        0.7,
        re.compile(r"\b(?:this|these)\s+(?:girl|woman|guy|man|lady|boy|person|chick|dude|teen|women|girls)\b"),
    ),
    (
        "keep_face",
        0.8,
        re.compile(
            r"\b(?:keep|use|preserve|retain|maintain|copy|reuse|using)\s+(?:her|his|their|the same|this|my)"
            r"\s+(?:real\s+|exact\s+|original\s+)?(?:face|likeness|identity)\b"
            # "keep the face", "keep identity", "preserve facial identity": no determiner needed.
            r"|\b(?:keep|keeping|preserve|preserving|retain|retaining|maintain|maintaining)\s+(?:the\s+)?"
            r"(?:(?:real|exact|original|facial|same)\s+)?(?:face|likeness|identity|facial features)\b"
        ),
    ),
    ("same_face", 0.7, re.compile(r"\bsame\s+(?:face|person|identity|likeness)\b")),
    (
        "uploaded_photo",
        0.8,
        re.compile(
            r"\b(?:uploaded|attached|provided|given|my)\s+(?:photo|photograph|picture|pic|image|img|selfie)s?\b"
            r"|\bphoto\s+i\s+(?:uploaded|attached|sent|took)\b"
        ),
    ),
    # Other languages: first-person possessive + relation (accents already removed).
    (
        "my_relation_es",
        0.8,
        re.compile(
            r"\b(?:mi|mis)\s+(?:ex|novia|novio|esposa|esposo|mujer|vecina|vecino|companera|companero|jefa|jefe"
            r"|profesora|profesor|maestra|prima|primo|hermana|amiga|amigo|suegra|cunada|madrastra|hermanastra)\b"
        ),
    ),
    (
        "my_relation_fr",
        0.8,
        re.compile(
            r"\b(?:mon|ma|mes)\s+(?:ex|copine|copain|femme|mari|voisine|voisin|collegue|patronne|patron|prof"
            r"|professeure|professeur|cousine|soeur|amie|belle-mere|belle-soeur|demi-soeur)\b"
        ),
    ),
    (
        "my_relation_de",
        0.8,
        re.compile(
            r"\b(?:meine|mein|meiner|meinen|meinem)\s+(?:ex|exfreundin|freundin|frau|nachbarin|nachbar|kollegin"
            r"|kollege|chefin|chef|lehrerin|lehrer|cousine|schwester|mitschulerin|stiefschwester|stiefmutter)\b"
        ),
    ),
    (
        "my_relation_pt",
        0.8,
        re.compile(
            r"\b(?:minha|meu|minhas|meus)\s+(?:ex|namorada|namorado|esposa|mulher|vizinha|vizinho|colega|chefe"
            r"|professora|prima|irma|amiga|cunhada|madrasta)\b"
        ),
    ),
]

_CELEBRITY = re.compile(
    r"\b(?:celebrity|celebrities|celeb|celebs|a-list(?:er)?"
    r"|famous\s+(?:actress|actor|singer|model|rapper|athlete|person|woman|man|girl|star|youtuber"
    r"|streamer|influencer|tiktoker|politician|celebrity|tv star|pornstar|porn star|musician)"
    r"|influencers?|streamer|youtubers?|tiktokers?|tiktok\s+(?:star|girl|influencer)"
    r"|instagram\s+(?:model|girl|influencer|star)|insta\s+model|ig\s+model|onlyfans\s+(?:model|girl|creator)"
    r"|twitch\s+(?:streamer|girl)|politicians?|congress(?:wo)?man|senator|prime minister|news\s+anchor"
    r"|newscaster|tv\s+host|talk\s+show\s+host|k-?pop\s+(?:idol|star|singer)|pop\s*star|movie\s+star"
    r"|film\s+star|hollywood\s+(?:actress|actor|star)|bollywood\s+(?:actress|actor|star))\b"
)

_HANDLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("at", re.compile(r"(?<![\w@.])@([a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?)")),
    ("reddit", re.compile(r"(?<![\w/])/?u/([a-z0-9_-]{3,20})\b")),
    (
        "url",
        re.compile(
            r"\b(?:https?://)?(?:www\.)?(instagram|tiktok|twitter|x|onlyfans|fansly|facebook|fb|youtube|twitch"
            r"|snapchat|threads|patreon|reddit|vk|pornhub|xvideos)\.(?:com|net|tv|me)/"
            r"(?:@|user/|u/|c/|channel/)?([a-z0-9_.-]{2,40})"
        ),
    ),
]
_URL_NOT_PERSON = frozenset({"watch", "p", "reel", "reels", "explore", "hashtag", "search", "results",
                             "home", "tv", "r", "shorts", "video", "videos", "tags", "login", "signup"})


# ---------------------------------------------------------------------------------------------
# Token analysis
# ---------------------------------------------------------------------------------------------
def _clean(token: str) -> str:
    """Lookup form: possessive and apostrophes removed ("watson's" -> "watson", "o'brien")."""
    if token.endswith("'s"):
        token = token[:-2]
    return token.replace("'", "")


@dataclass
class _Word:
    base: str          # lookup form
    start: int         # folded view offsets of the base (possessive excluded)
    end: int
    ostart: int        # original offsets
    oend: int
    title: bool        # written Title-case in the original
    joinable_next: bool  # the gap to the next token can sit inside a name
    item: int          # comma/sentence item index (for style lists)
    hyphen_next: bool = False  # joined to the next token by one hyphen ("zeta-jones")
    leet: bool = False  # ``base`` is a leetspeak reading of a token with digits ("k1n5k1")
    #: Inside a LoRA/LyCORIS tag: the name of a network trained to reproduce its subject.
    #: Tag names are written in lower case with underscores ("<lora:jane_roe_v1:0.8>"), so the
    #: tag stands in for the capitals a name would have in running text. Index of the tag, or -1.
    tagged: int = -1
    #: The folded view's form, before any leetspeak reading: registry aliases are matched on it.
    folded: str = ""
    #: Written without capitals in the original (the name-likeness rules read only such words:
    #: in all-caps or Title-Cased text an unknown token is as often a brand or a place).
    lower: bool = False
    #: The ORIGINAL gap to the next token is only spaces, "-" or "." (the folded view drops
    #: prompt syntax, so "yelan (genshin impact)" looks like one name there).
    plain_gap_next: bool = False


#: Leetspeak digits (and symbols) to letters, for reading names the normaliser leaves alone: the
#: normaliser's own table, without "!" (never inside a name). "1" is tried as both "i" and "l"
#: (see :func:`_leet_readings`).
_NAME_LEET = str.maketrans({k: v for k, v in LEET_MAP.items() if k != "!"})


def _leet_readings(token: str) -> list[str]:
    """Letter readings of a token that mixes letters and leetspeak digits, else [].

    The normaliser undoes leetspeak only where a lexicon word is unambiguous (it keeps "k1n5k1"
    and "j053" as they are, since "4k", "sd15" and "gpt4" are ordinary tokens). A name reader can
    afford more, because a reading only counts when it lands on a first name or a surname of
    the gazetteer (or pairs with one): "j053 c4n53c0" is read "jose canseco".
    """
    letters = sum(1 for c in token if c.isalpha())
    if letters < 1 or len(token) < 3 or letters == len(token) or not any(c in "0134578" for c in token):
        return []
    base = token.translate(_NAME_LEET)
    if "1" not in base:
        return [base] if base.isalpha() else []
    out = [base.replace("1", "i"), base.replace("1", "l")]
    ctx = "".join("l" if c == "1" and k + 1 < len(base) and base[k + 1] in "aeiou" else ("i" if c == "1" else c)
                  for k, c in enumerate(base))
    out.insert(0, ctx)
    return [r for r in dict.fromkeys(out) if r.isalpha() and r.isascii()]


_HAS_LEET = re.compile(r"[0134578@$]")
#: No "_": outside LoRA tags, underscores join Danbooru-style tags ("zettai_ryouiki",
#: "asaka_yashima"), mostly characters and clothing, not the names of people.
_PLAIN_GAP = re.compile(r"[ .\-]{1,3}")
#: Function words of other languages that English never uses: two of them in a text make it
#: foreign, and then unknown tokens are mostly words of that language ("mujer desnuda en la
#: playa"), so the name-likeness model is not asked.
_FOREIGN_MARKERS = frozenset(
    "el la los las del en con por para una une des du et avec pour dans sur der das und mit ein eine"
    " nicht sehr auf uma com em os il di che per gli della sono est sont je tu es muy"
    " beim zum zur vom qui que sous".split()
)
#: Determiners, numerals and size/quality adjectives: never a given name, even capitalised
#: ("The Alamo", "Two Heineken", "Large Labrador", "Good Friday").
_NEVER_WORD_FIRST = frozenset(
    "the this that these those some any every each all both one two three four five six seven eight"
    " nine ten many few several good large small big great little land new old".split()
)
_INNER_DIGIT = re.compile(r"[a-z][0-9@$]+[a-z]")
#: Original gaps that end a name even when the folded view leaves only a space: CLIP's special
#: tokens ("<|endoftext|>"), "|" alternation and the edges of network tags.
_BREAK_GAP = re.compile(r"[<|>]")


def _words(nt, namer: "_Namer | None" = None) -> list[_Word]:
    view = nt.folded
    text = view.text
    original = nt.original
    toks = view.tokens
    out: list[_Word] = []
    item = 0
    # Network tags, found per token by binary search (many tags x many words was quadratic).
    net_tags = [k for k, tg in enumerate(nt.tags) if tg.kind in ("lora", "lyco")]
    net_cover = Cover((nt.tags[k].span.start, nt.tags[k].span.end) for k in net_tags)
    for i, t in enumerate(toks):
        raw = t.text
        end = t.end - 2 if raw.endswith("'s") else (t.end - 1 if raw.endswith("'") else t.end)
        base = _clean(raw)
        os_, oe = view.to_original(t.start, end)
        orig = original[os_:oe]
        title = len(orig) >= 2 and orig[0].isupper() and any(c.islower() for c in orig[1:])
        joinable = False
        if i + 1 < len(toks):
            gap = text[t.end : toks[i + 1].start]
            if raw.endswith("'s"):
                joinable = False
            elif len(base) == 1:
                joinable = _INITIAL_GAP.fullmatch(gap) is not None
            else:
                joinable = _NAME_GAP.fullmatch(gap) is not None
        if i > 0:
            gap = text[toks[i - 1].end : t.start]
            if _SEPARATORS.search(gap) or gap.strip() == "." or toks[i - 1].text.endswith("."):
                item += 1
        hyphen = joinable and i + 1 < len(toks) and text[t.end : toks[i + 1].start] == "-"
        leet = False
        folded_base = base
        if namer is not None and _HAS_LEET.search(orig) and (not base.isalpha() or base not in namer.gaz.first):
            # Read the token as written: the folded view may have half-undone it ("l1u" -> "llu").
            reading = namer.leet_reading(_clean(orig.lower()), base)
            if reading is not None and reading != base:
                base, leet = reading, True
                # "J053": digits stand for lower-case letters, so a leading capital alone is Title case.
                title = orig[:1].isupper() and not any(c.isupper() for c in orig[1:])
        tagged = net_cover.find(os_, oe)
        tagged = net_tags[tagged] if tagged >= 0 else -1
        plain_gap = False
        if joinable:
            nos, _ = view.to_original(toks[i + 1].start, toks[i + 1].end)
            ogap = original[oe:nos]
            plain_gap = _PLAIN_GAP.fullmatch(ogap) is not None
            if _BREAK_GAP.search(ogap):
                # The folded view drops "<|startoftext|>" and the "|" of "[a|b]" alternation:
                # the words on both sides belong to different names ("dong <|startoftext|>").
                joinable = hyphen = False
        # Inside a LoRA tag, made-up and character names ("hutao_yuzhai") look as much like
        # names as people's do: the name-likeness rules stay out of tags (``lower`` False).
        out.append(_Word(base, t.start, end, os_, oe, title, joinable, item, hyphen, leet, tagged, folded_base,
                         tagged < 0 and not any(c.isupper() for c in orig), plain_gap))
    return out


#: Past participles before "by" that name an author ("painted by", "photographed by"). Any other
#: participle makes "by" introduce the agent of an action in the picture ("seduced by X",
#: "surrounded by X"): X is a subject, not a style.
_AUTHOR_PARTICIPLES = frozenset(
    """painted drawn illustrated photographed shot created made designed rendered inspired sculpted
    directed written styled crafted generated edited lit captured animated sketched inked coloured
    colored produced composed filmed influenced modeled modelled engraved etched printed published
    commissioned signed curated lensed art artwork detailed textured finished concepted imagined
    envisioned reimagined interpreted presented licensed copyrighted owned hosted sponsored powered
    funded authored penned translated narrated voiced performed recorded mixed mastered remixed
    arranged conducted choreographed organized organised posted uploaded shared submitted featured
    credited photoshopped retouched upscaled""".split()
)


def _agent_by(words: list[_Word], k: int) -> bool:
    """True when ``words[k]`` ("by") follows a participle of an action, not of authorship."""
    if k == 0 or words[k - 1].item != words[k].item:
        return False
    prev = words[k - 1].base
    return len(prev) > 4 and prev.endswith("ed") and prev not in _AUTHOR_PARTICIPLES


def _case_informative(nt, words: list[_Word]) -> bool:
    """Capitals mean something only in text that is not all caps and not Title Cased throughout."""
    if not any(c.islower() for c in nt.original):
        return False
    longish = [w for w in words if len(w.base) >= 3 and w.base.isalpha()]
    if len(longish) < 4:
        return True
    titled = sum(1 for w in longish if w.title)
    return titled / len(longish) < 0.6


# Score table: (first class, last class) -> (score in lower case, score when both capitalised).
_TABLE: dict[tuple[str, str], tuple[float, float]] = {
    ("F", "S"): (0.8, 0.9),
    ("F", "Sw"): (0.6, 0.85),
    ("F", "Sw-"): (0.0, 0.5),
    ("F", "L"): (0.7, 0.85),
    ("F", "Fo"): (0.5, 0.55),
    ("F", "P"): (0.0, 0.55),
    ("Fa", "Sw-"): (0.0, 0.5),
    ("W", "S"): (0.0, 0.5),
    ("W", "L"): (0.0, 0.5),
    ("W", "P"): (0.0, 0.5),
    ("U", "Sw"): (0.0, 0.5),
    ("U2", "S"): (0.0, 0.5),
    ("U2", "L"): (0.0, 0.5),
    ("Fa", "S"): (0.7, 0.85),
    ("Fa", "Sw"): (0.0, 0.55),
    ("Fa", "L"): (0.55, 0.8),
    ("U", "S"): (0.0, 0.55),
    ("U", "L"): (0.0, 0.5),
    # Not ("U", "Fo"): "Hrithik Roshan" yes, but in the unsafe sets mostly anime characters
    # written surname first ("Mirai Akari") and camelCase tags ("TweakerLora", "SukebeElf").
    # A first name before a rare dictionary word, both capitalised: "Shania Twain", "Julien Varlet".
    ("F", "Wo"): (0.0, 0.5),
}
_STRONG_SURNAME_RANK = 2000  # surnames this common ("Stone", "Swift") count even when also words
_VERY_COMMON_SURNAME_RANK = 500  # "smith", "green": weak evidence even after an ambiguous first name


class _Namer:
    """Classifies tokens with the gazetteer and scores first/last pairs."""

    def __init__(self, gaz, like=None, like_min: float = 0.8):
        self.gaz = gaz
        #: Name-likeness model (``nciiguard.text.namelike``) and the probability an unknown token
        #: needs to count as a name part where capitals give no evidence; None disables it.
        self.like = like
        self.like_min = like_min

    def namelike(self, tok: str, at_least: float | None = None) -> bool:
        """True when ``tok`` (letters, no dictionary word) looks like a personal name."""
        if self.like is None or not tok.isalpha() or not tok.isascii():
            return False
        return self.like.prob(tok) >= (self.like_min if at_least is None else at_least)

    def leet_reading(self, tok: str, folded: str) -> str | None:
        """The reading of a leetspeak token as a name part, or None (see :func:`_leet_readings`).

        ``folded`` is the normaliser's form of the token. A reading that is a gazetteer first
        name or surname wins; else the normaliser's reading stands if it is all letters; else an unknown reading
        of 4+ letters from a token with 3+ real letters ("l0rdk1p4n1t53") may serve as an
        unknown surname. Dictionary words are not returned: "m0del" is no name part.
        """
        readings = _leet_readings(tok)
        if not readings:
            return None
        gaz = self.gaz
        one_letter = sum(1 for c in tok if c.isalpha()) < 2
        for r in readings:
            # One real letter ("j053", "v05") is too little to read a surname into: first names only.
            if r in gaz.first or (r in gaz.surname_rank and not one_letter):
                return r
        if folded.isalpha():
            return None  # the normaliser's reading stands
        r = readings[0]
        # An unknown reading needs leetspeak inside the word ("l0rdk1p4n1t53"): a trailing
        # number is a version or model ("gpt4", "sdxl1", "model3"), not a disguised letter.
        # A capitalised dictionary entry that is no word ("degeneres", a famous surname) may
        # serve too: the name classes decide what it is worth.
        if (len(r) >= 4 and sum(1 for c in tok if c.isalpha()) >= 3
                and (not gaz.is_known(r) or r in gaz.proper_other and not gaz.is_word(r) and r not in gaz.not_surname)
                and _INNER_DIGIT.search(tok)):
            return r
        return None

    def first_class(self, tok: str) -> str | None:
        gaz = self.gaz
        if tok in _PLACE_PREFIX or not tok.isalpha():
            return None
        if tok in gaz.first:
            return "Fa" if tok in gaz.first_ambiguous else "F"
        if len(tok) >= 3 and not gaz.is_known(tok) and not tok.endswith(_SUFFIX_NOT_SURNAME):
            return "U"
        return None

    def last_class(self, tok: str) -> tuple[str | None, int | None]:
        gaz = self.gaz
        if tok in _NOT_SURNAME_TAIL or len(tok) < 2 or not tok.isalpha():
            return None, None
        rank = gaz.surname_rank.get(tok)
        if rank is not None and tok not in gaz.not_surname:
            if gaz.is_common_word(tok):
                return ("Sw" if rank <= _STRONG_SURNAME_RANK else "Sw-"), rank
            return "S", rank
        if tok in gaz.first:
            return "Fo", None
        if (len(tok) >= 4 and tok in gaz.proper_other and tok not in gaz.words_common
                and tok not in gaz.words_other and tok not in gaz.not_surname):
            # A capitalised dictionary entry that is no census name: places and brands, but also
            # famous surnames ("Biden", "Gorbachev", "Rushdie"). Evidence only when capitalised
            # after a first name (see _TABLE).
            return "P", None
        if (len(tok) >= 4 and tok in gaz.words_other and tok not in gaz.words_common
                and tok not in gaz.not_surname and tok not in gaz.proper_other):
            # A rare dictionary word ("twain", "varlet", "limos"): a surname only when capitalised
            # after an unambiguous first name (see _TABLE).
            return "Wo", None
        if len(tok) < 3 or gaz.is_known(tok) or tok.endswith(_SUFFIX_NOT_SURNAME):
            return None, None
        return "L", None

    def score(self, a: str, b: str, capitalised: bool, lower: bool = False,
              subject: bool = False) -> tuple[float, str, str] | None:
        """(score, first class, last class) of the pair ``a b``, or None.

        ``capitalised``: both written Title-case in text whose capitals inform; ``lower``: both
        written without capitals (only then may the name-likeness model admit unknown tokens).
        """
        fc = self.first_class(a)
        if fc is None and capitalised and (a in _SHORT_GIVEN or a == "al") and len(b) >= 4:
            # "Ai Sugiyama", "Li Ka-shing", "Al Davis" (Title-case "Al" is a given name; the
            # lower-case particle "al" is read by the compound rule): only capitalised, before a
            # 4+ letter surname.
            fc = "U2"
        word_first = False
        if fc is None:
            if not capitalised or a in _PLACE_PREFIX:
                return None
            if a in self.gaz.first_word_names:
                # A word that is also a first name ("Pierce Brosnan", "Felicity Huffman"): only
                # capitalised, before a capitalised census surname that is no common word.
                fc = "W"
            elif (len(a) >= 3 and a.isalpha() and self.gaz.is_word(a) and a not in _COLOURS
                  and a not in _TITLES and a not in _PARTICLES and a not in _NEVER_WORD_FIRST):
                # Any other dictionary word written as a given name before a capitalised census
                # surname that is no word ("Art Delgado", "Tiger Kowalczyk"): capitals are the only evidence, and an unknown second token ("Studio
                # Ghibli", "Mortal Kombat") is not enough, so only a census surname counts.
                fc, word_first = "W", True
            else:
                return None
        lc, rank = self.last_class(b)
        if lc is None:
            return None
        if word_first and not (lc == "S" and len(b) >= 4 and b not in self.gaz.first_census
                               and b not in self.gaz.proper_other and self.namelike(b)
                               and self.namelike(a, 0.85)):
            # Stricter than the gender-guesser word names: "Multiple Mickey", "Honest John",
            # "Downtown Austin", "Double Decker" are capitalised word + census surname too.
            return None
        if fc == "Fa" and b in _COLOURS:
            return None
        if (a, b) in _FICTIONAL or a == b:
            return None  # "bu bu", "aliya aliya": a repeated token is no first + last name
        pair = _TABLE.get((fc, lc))
        if pair is None:
            return None
        s = pair[1] if capitalised else pair[0]
        if not capitalised and (fc, lc) == ("Fa", "Sw") and rank is not None and rank <= _VERY_COMMON_SURNAME_RANK:
            s = 0.45
        if s <= 0 and lower and subject and self._lower_subject(a, b, fc, lc, rank):
            s, lc = 0.5, lc + "^"  # evidence: admitted by the subject-slot rule
        if s <= 0 and lower:
            s = self._lower_unknown(a, b, fc, lc)
            if s > 0:
                lc += "~"  # evidence: admitted by the name-likeness model
        if s <= 0:
            return None
        return s, fc, lc

    def _lower_subject(self, a: str, b: str, fc: str, lc: str, rank: int | None) -> bool:
        """A lower-case first name + a surname that is also a word, where the pair is a subject.

        "donald trump", "david spade", "alison brie" in lower case: the table leaves a
        first name before a word surname (``Sw-``) or a capitalised dictionary entry (``P``:
        places, but also famous surnames) to capitals. Where the pair
        opens a comma/sentence item or follows "of", "starring", "featuring", "with", "and"
        (the caller's ``subject``), it counts at 0.5 when the first name is unambiguous and of
        4+ letters or a census first name, the surname-word is of 4+ letters, a census surname
        of rank <= 20000 if it is ``Sw-`` ("olivia seen", "mandy standing" stay quiet), and no
        plural of a common word ("teddy bears", "warner brothers"). On the benign sets this
        added nothing; on the unsafe sets its findings are mostly real people (Trump, Putin,
        Stalin, Hockney). Left out: ambiguous first names ("glory wall", "maple story",
        "ginger hair", "ken doll") and rare words (``Wo``: "cole slaw", "julien varlet").
        """
        return (fc == "F" and (len(a) >= 4 or a in self.gaz.first_census) and len(b) >= 4
                and (lc == "Sw-" and rank is not None and rank <= 20000 or lc == "P")
                and not (b.endswith("s") and b[:-1] in self.gaz.words_common))

    def _lower_unknown(self, a: str, b: str, fc: str, lc: str) -> float:
        """Score of a lower-case pair that the table leaves out, using name-likeness, or 0.

        - an unknown first token of 4+ letters that looks like a name before a census surname
          that is no word ("shaukir gonzalez");
        - two unknown tokens of 4+ letters that both look like names ("kavish dharwan",
          "adeyemi okonkwo"); typos and run-together words ("bjplacing", "enormoral") and
          jargon do not, and dictionary words never reach this point.
        """
        if len(a) < 4 or self.like is None:
            return 0.0
        if fc == "U" and lc == "S" and len(b) >= 4 and self.namelike(a):
            return 0.5
        # Not "U" + "Fo" (an unknown token before a foreign first name): in lower case that is
        # mostly a Japanese character name, surname first ("haruno sakura", "matou sakura").
        if fc == "U" and lc == "L" and len(b) >= 4 and self.namelike(a) and self.namelike(b):
            return 0.5
        return 0.0

    def _ends_in_word(self, core: str) -> bool:
        """True when ``core`` ends in a common word of 4+ letters ("beautifull", "cheteenager",
        "belialglory"): compounds and typos, not a first name glued to a surname."""
        common = self.gaz.words_common
        return any(core[k:] in common for k in range(1, len(core) - 3))

    def _joined_lower(self, core: str, a: str, b: str, fc: str | None, lc: str | None, rank: int | None,
                      subject: bool) -> float:
        """Score of a lower-case joined token split at ``a|b`` in a subject slot, or 0.

        Only where the token stands as a subject (it opens a comma/sentence item or follows
        "of", "starring", "featuring", "with", "and": "porn of tommoss", "jonglee nude"), because
        anywhere else compounds and typos split as readily. Two rules:

        - a first name (3+ letters; a first name that is also a word needs a 4+ letter rest)
          then a census surname of rank <= 20000, also one that is a word ("tom|moss",
          "jong|lee", "wilbert|foy");
        - an unambiguous first name of 4+ letters then an unknown rest of 5+ letters that the
          name-likeness model reads as a name ("paul|crake", "emmanuel|milingo"), when the whole
          token does not end in a common word and the rest does not end in another first name
          ("stav|ronikita": a place name glued from name-like parts).

        Measured on COCO, TIFA, GenEval, Six-CD benign and the unsafe sets: no new finding
        (bench/results/prompts*.md). Left out: the same without the subject slot ("marihuana",
        "devianart", "breezeway"); a 3-letter first name before an unknown rest ("charizard",
        "akihabara", "tailwindapp"); rarer census surnames ("gigachad", "mortadela"); the model
        at 0.7 ("hasselblad").
        """
        if not subject or fc not in ("F", "Fa") or lc is None or len(a) < 3 or b.endswith(_JOINED_TAIL_NOT_SURNAME):
            return 0.0
        if (lc in ("S", "Sw") and rank is not None and rank <= 20000
                and len(b) >= (3 if fc == "F" else 4)):
            return 0.5
        if (fc == "F" and len(a) >= 4 and lc == "L" and len(b) >= 5 and not self._ends_in_word(core)
                and self.namelike(b) and not any(b[k:] in self.gaz.first for k in range(1, len(b) - 4))):
            return 0.5
        return 0.0

    def split_joined(self, tok: str, camel_at: set[int], lower: bool = False,
                     subject: bool = False) -> tuple[float, str, str, str, str] | None:
        """Best split of a joined name ("emmawatson") into first + surname, or None.

        Strict, because any unknown word can be cut into two name-like halves ("daikon",
        "beanie", "childern"): both halves must be 3+ and 4+ letters, the first an unambiguous
        first name, the second a census surname of rank <= 20000 that is no common word (0.7);
        an unknown or rare second half counts when camelCase marks the join ("EmmaRutkowskiy",
        0.75), or at 0.5 after a common first name of 4+ letters ("hanscorell", see below).
        """
        gaz = self.gaz
        core = tok.rstrip("0123456789")
        if len(core) > MAX_JOINED_NAME:
            return None  # bounded cost: every split below costs O(len), so longer tokens are cut off
        # 6-7 letters ("tommoss", "jonglee") only for the subject-slot rule of lower-case tokens:
        # elsewhere short words split too easily.
        short = len(core) < 8
        if short and not (lower and subject and len(core) >= 6) or not core.isalpha():
            return None
        if core in gaz.first or core in gaz.surname_rank or gaz.is_known(core):
            return None
        best = None
        for i in range(3, len(core) - 1):
            a, b = core[:i], core[i:]
            camel = i in camel_at
            if len(b) < 4 and not camel and not (lower and subject):
                continue  # a 2-3 letter surname ("FujioCho", "JamesLee") only where capitals mark it
            fc = self.first_class(a)
            lc, rank = self.last_class(b)
            if fc not in ("F", "Fa") and not (fc == "U" and camel and (
                    lc == "S" or lc == "L" and i >= 5 and len(b) >= 5 and len(camel_at) == 1
                    # "AdeyOkonkwo": a 4-letter unknown half and a rest that both read as names. that both read as names.
                    or lc == "L" and i >= 4 and len(b) >= 4 and len(camel_at) == 1
                    and self.namelike(a) and self.namelike(b))):
                continue  # "GuenterVerheugen": one capital inside; "rAsiansGoneWild" has three
            if short or len(b) < 4 and not camel:
                # Short tokens and 3-letter surnames ("jon|lee") only through the subject-slot
                # rule, after a census first name and a common surname ("sha|olin" is no person).
                s = (self._joined_lower(core, a, b, fc, lc, rank, subject)
                     if a in gaz.first_census and rank is not None and rank <= 5000 else 0.0)
                if not s:
                    continue
            elif fc == "F" and lc == "S" and rank is not None and rank <= 20000:
                s = 0.7
            elif lc in ("S", "L", "Sw", "Sw-", "Fo", "P") and camel and fc in ("F", "Fa", "U"):
                # camelCase is the capitals of a written name: "SalmanRushdie", "HabibHisham".
                s = 0.6
            elif lc in ("S", "Sw") and rank is not None and (rank <= 20000 or lc == "S" and len(b) >= 6) and (
                    fc == "F" and i >= 4 and len(b) >= 4 or fc == "Fa" and lc == "S" and len(b) >= 4
            ) and not core.endswith(_JOINED_TAIL_NOT_SURNAME) and not (lc == "S" and self._ends_in_word(core)):
                # "marthasmith", "charlesbell" (a surname that is also a word, after a 4+ letter
                # first name), "hunterkemper", "donflanagan" (a first name that is also a word,
                # before a surname that is none).
                s = 0.55
            elif (fc == "F" and i >= 4 and (a in gaz.first_census or lc == "S")
                  and (lc == "S" and len(b) >= 5 or lc == "L" and (len(b) >= 6 or len(b) >= 5 and len(core) >= 10))
                  and not b.endswith(_JOINED_TAIL_NOT_SURNAME) and not self._ends_in_word(core)):
                # "hanscorell", "davidhasselhoff": a common (census) first name of 4+ letters, then
                # a rare surname of 5+ or an unknown token of 6+ letters that is no word, jargon or
                # place, and does not end like an English derivation ("florescent", "sidneyville").
                # The whole token is no word either (checked above). Measured on COCO, TIFA,
                # GenEval and the unsafe sets: typos and compounds rarely pass all of this.
                s = 0.5
            elif lower and (s2 := self._joined_lower(core, a, b, fc, lc, rank, subject)):
                s = s2
            else:
                # Tried and left out: any first name + a rest the name-likeness model reads as a
                # surname ("mikhailkhodorkovsky") also split "Friedrichshafen", "marihuana",
                # "Kangaskhan" and "stavronikita" in the unsafe and benign sets.
                continue
            if i in camel_at:
                s += 0.15
            if best is None or s > best[0]:
                best = (s, a, b, fc, lc)
        return best


# ---------------------------------------------------------------------------------------------
# The signal
# ---------------------------------------------------------------------------------------------
class RealPersonTextSignal(TextSignal):
    name = "real_person_text"
    version = "2"
    modalities = frozenset({"text"})
    extra = None
    summary = "Names, handles, registry aliases and phrases that point at an identifiable person."

    class Params(SignalParams):
        #: Findings scoring below this are not reported (the policy applies its own threshold).
        min_score: float = Field(default=0.4, ge=0.0, le=1.0)
        #: Add gender-guesser's international first names: None = when installed, True = require.
        international_first_names: bool | None = None
        #: Report "by <name>" author references as ``style_reference`` findings.
        report_style_references: bool = True
        #: Probability (of the name-likeness model, ``nciiguard.text.namelike``) that an unknown
        #: token needs to count as a name part where capitals give no evidence (lower case, LoRA
        #: tags, joined names). Higher = fewer names of people on no list, fewer typos read as
        #: names; 1.0 turns the model off.
        name_likeness_min: float = Field(default=0.8, ge=0.5, le=1.0)
        #: Run the learned person-mention model (``model_mention`` findings) beside the rules.
        person_model: bool = True
        #: Its token threshold; None = the one chosen at training (stored in the artifact).
        person_model_min: float | None = Field(default=None, ge=0.05, le=0.99)

    def __init__(self, params=None, resources=None):
        super().__init__(params, resources)
        self._gaz = None
        self._namer: _Namer | None = None
        from .protected_lookup import ProtectedNames

        # The registry's names, kept through a store outage (protected_lookup.py).
        self._protected = ProtectedNames(lambda aliases: _ProtectedMatcher(aliases, self._gaz))

    def load(self) -> None:
        from ...text.names import load_gazetteer

        self._gaz = load_gazetteer(self.params.international_first_names)
        like = None
        if self.params.name_likeness_min < 1.0:
            from ...text.namelike import load_name_likeness

            like = load_name_likeness()
        self._namer = _Namer(self._gaz, like, self.params.name_likeness_min)
        self._person_model = None
        if self.params.person_model:
            from ...text.persons_model import load_person_mention_model

            self._person_model = load_person_mention_model(self._gaz)

    # -- registry ---------------------------------------------------------------------------
    def _protected_matcher(self) -> _ProtectedMatcher | None:
        return self._protected.get(self.resources)[0]

    # -- detection --------------------------------------------------------------------------
    def detect(self, ctx) -> list[Finding]:
        self.ensure_loaded()
        matcher, failure = self._protected.get(self.resources)
        findings: list[Finding] = []
        for field in ctx.text_fields:
            findings.extend(self.detect_text(ctx.text(field), field, ctx, matcher=matcher))
        if failure is not None and ctx.text_fields:
            # Everything else ran; the names lookup is reported on its own so the policy can fail
            # closed for it alone (the last names loaded were still matched above).
            fields = [f for f in ctx.text_fields if f != "negative_prompt"] or list(ctx.text_fields)
            findings.append(Finding("registry_unavailable", 1.0, fields[0], evidence={
                "error": failure,
                "names": "last loaded" if matcher is not None else "none loaded"}))
        return findings

    def detect_text(self, nt, field: str = "prompt", ctx=None, *, matcher: _ProtectedMatcher | None = None) -> list[Finding]:
        """Findings for one normalised text (``nciiguard.text.normalize``)."""
        self.ensure_loaded()
        if matcher is None:
            matcher = self._protected_matcher()
        min_score = self.params.min_score
        words = _words(nt, self._namer)
        out: list[Finding] = []
        taken: list[tuple[int, int]] = []  # original spans already reported as a person

        if matcher is not None:
            for i, j, entry, how in matcher.find(words):
                os_, oe = words[i].ostart, words[j].oend
                out.append(self._finding("protected_name", 1.0, field, nt, os_, oe,
                                         {"person_id": entry.person_id, "alias": entry.alias, "match": how}))
                taken.append((os_, oe))

        out.extend(self._names(nt, words, field, taken))
        out.extend(self._katakana_names(nt, field, taken))
        out.extend(self._handles(nt, field))
        out.extend(self._phrases(nt, field))
        out.extend(model_mention_findings(self, nt, field, out))
        return [f for f in out if f.score >= min_score or f.label == "protected_name"]

    def _finding(self, label, score, field, nt, os_, oe, evidence) -> Finding:
        return Finding(label, min(1.0, score), field, span=Span(os_, oe), text=nt.original[os_:oe],
                       evidence=evidence)

    def _names(self, nt, words: list[_Word], field: str, taken) -> list[Finding]:
        namer = self._namer
        assert namer is not None
        informative = _case_informative(nt, words)
        foreign = (sum(1 for w in words if w.base in _FOREIGN_MARKERS) >= 2
                   or any(w.base in FOREIGN_PERSON_NOUNS for w in words))
        if foreign:
            # Foreign text: no model-admitted pairs (see _FOREIGN_MARKERS). A short sentence
            # may hold one function word or none, but its subject ("mujer", "frau") gives the
            # language away. Copies, so the caller's words stay as they were.
            words = [_replace(w, lower=False) for w in words]
        n = len(words)
        cands: list[tuple[int, int, float, dict]] = []  # (first word, last word, score, evidence)
        i = 0
        while i < n:
            w = words[i]
            best = None
            if i > 0 and words[i - 1].joinable_next and words[i - 1].title and words[i - 1].base in _PLACE_HEAD:
                # "New York Yankees", "San Jose Sharks", "Fort Worth Star": the name of a place
                # goes on, and what follows is no person.
                i += 1
                continue
            if i + 1 < n and w.joinable_next:
                j = i + 1
                middle = None
                if len(words[j].base) == 1 and words[j].joinable_next and j + 1 < n:
                    middle, j = words[j].base, j + 1  # "john f kennedy"
                cap = informative and w.title and words[j].title or self._tag_cap(w, words[j])
                subj = (i == 0 or words[i - 1].item != w.item or words[i - 1].base in _SUBJECT_CUES)
                s = namer.score(w.base, words[j].base, cap, w.lower and words[j].lower and w.plain_gap_next
                                and (middle is None or words[i + 1].plain_gap_next), subject=subj)
                if s is not None:
                    best = (i, j, s[0], {"first": w.base, "last": words[j].base, "classes": f"{s[1]}+{s[2]}",
                                         "case": "capitalised" if cap else "any"})
                    if middle:
                        best[3]["middle"] = middle
                # "sarah jessica parker": two first names then a surname.
                if (middle is None and words[i + 1].joinable_next and i + 2 < n
                        and namer.first_class(words[i + 1].base) in ("F", "Fa")
                        and namer.first_class(w.base) in ("F", "Fa")):
                    cap2 = (informative and words[i + 1].title and words[i + 2].title
                            or self._tag_cap(words[i + 1], words[i + 2]))
                    s2 = namer.score(words[i + 1].base, words[i + 2].base, cap2)
                    if s2 is not None and (best is None or s2[0] >= best[2]):
                        best = (i, i + 2, s2[0], {"first": w.base, "middle": words[i + 1].base,
                                                  "last": words[i + 2].base, "classes": f"{s2[1]}+{s2[2]}",
                                                  "case": "capitalised" if cap2 else "any"})
            if i + 2 < n and w.joinable_next:
                best = self._compound(words, i, best, informative)
            if best is None and i + 1 < n and w.joinable_next:
                best = self._tag_name(words, i)
            if best is None and i + 1 < n and w.joinable_next and w.base in _TITLES and (w.title or w.lower):
                best = self._titled(words, i, informative)
            if best is None and i + 1 < n and w.joinable_next and words[i + 1].base in _NAME_SUFFIX:
                best = self._suffixed(words, i, informative)
            if (best is None and i + 2 < n and w.joinable_next and words[i + 1].joinable_next
                    and words[i + 2].base in _NAME_SUFFIX):
                best = self._suffixed3(words, i)
            if best is None and i + 1 < n and w.joinable_next and informative:
                best = self._initials(nt, words, i)
            if best is not None:
                best[3]["kind"] = "first+surname"
                cands.append(best)
                i = best[1] + 1
                continue
            # One token that joins a first name and a surname: "emmawatson", "EmmaWatson".
            orig = nt.original[w.ostart : w.oend]
            # Capitals of the original mark the join, also when the name was spaced or dotted
            # ("M i k e M y e r s" is folded to "mikemyers"): read the letters only.
            letters = [c for c in orig if c.isalpha()]
            camel = {k for k in range(1, len(letters))
                     if letters[k].isupper() and letters[k - 1].islower() and letters[k].isascii()}
            if len(letters) != len(w.base) or w.leet:
                camel = set()
            prev = words[i - 1].base if i > 0 else ""
            subject = (i == 0 or words[i - 1].item != w.item or prev in _SUBJECT_CUES)
            js = namer.split_joined(w.base, camel, lower=w.lower and not foreign, subject=subject)
            if js is not None and foreign and not camel and len(js[1]) < 4:
                # In foreign text a word splits into a short first name and a census surname
                # by accident ("chupando" = "chu" + "pando"); "emmawatson" still reads.
                js = None
            if js is None and camel:
                js = self._titled_joined(w.base, camel)
            if js is not None:
                cands.append((i, i, js[0], {"kind": "joined", "first": js[1], "last": js[2],
                                            "classes": f"{js[3]}+{js[4]}",
                                            "case": "camel" if (len(js[1]) in camel) else "any"}))
            i += 1

        tag_cover = Cover((t.span.start, t.span.end) for t in nt.tags)
        taken_cover = Cover(taken)
        style = self._style_flags(words, cands)
        out = []
        for (i, j, score, ev), is_style in zip(cands, style):
            os_, oe = words[i].ostart, words[j].oend
            if taken_cover.contains(os_, oe):
                continue  # already reported as a registry name
            source = "text"
            k = tag_cover.find(os_, oe)
            if k >= 0:
                source = nt.tags[k].kind
                score += 0.1  # a LoRA named after a person is made to reproduce that person
            ev["source"] = source
            if is_style:
                if not self.params.report_style_references:
                    continue
                ev["cue"] = is_style
                out.append(self._finding("style_reference", score, field, nt, os_, oe, ev))
            else:
                out.append(self._finding("full_name", score, field, nt, os_, oe, ev))
        return out

    def _title_target(self, tok: str, capitalised: bool) -> float:
        """Score of ``tok`` as the name after a title, or 0.

        Capitalised: a first name that is no common word (0.8), or a token that is no common
        word and no jargon (0.7: "King Mswati", "Sheikh Hasina", "President Okonkwo"); a
        first name that is also a common word is left out ("Queen Bee", "Lady Grace"). Lower
        case: a first name that is no word, or an unknown token that the name-likeness model
        reads as a name (0.55: "king adeyemi"). A common word is never the name ("King Size",
        "Lady Liberty").
        """
        gaz, namer = self._gaz, self._namer
        if len(tok) < 3 or not tok.isalpha() or tok in _TITLES or tok in gaz.not_surname or tok in _NOT_SURNAME_TAIL:
            return 0.0
        fc = namer.first_class(tok)
        if capitalised:
            if fc == "F":
                return 0.8
            if not gaz.is_common_word(tok) and tok not in _PLACE_PREFIX:
                return 0.7
            return 0.0
        if fc == "F":
            return 0.55
        if fc == "U" and len(tok) >= 4 and not gaz.is_known(tok) and namer.namelike(tok):
            return 0.55
        return 0.0

    def _titled(self, words: list[_Word], i: int, informative: bool):
        """A title and the name after it: "King Mswati", "(Queen Rania:1.5)", "sheikh
        hamdan", "President Lula da Silva" (a first+surname pair after the title extends the span)."""
        w, nxt = words[i], words[i + 1]
        if (w.base, nxt.base) in _FICTIONAL_TITLED or (w.base, nxt.base) in _FICTIONAL:
            return None
        cap = bool(informative and w.title and nxt.title) or (w.tagged >= 0 and w.tagged == nxt.tagged)
        score = self._title_target(nxt.base, cap)
        if score <= 0:
            return None
        j = i + 1
        if nxt.joinable_next and j + 1 < len(words):
            cap2 = bool(informative and nxt.title and words[j + 1].title)
            pair = self._namer.score(nxt.base, words[j + 1].base, cap2)
            if pair is not None:
                j, score = j + 1, max(score, pair[0])
        ev = {"title": w.base, "first": nxt.base, "classes": "T+name", "case": "capitalised" if cap else "any"}
        if j > i + 1:
            ev["last"] = words[j].base
        return (i, j, score, ev)

    def _suffixed(self, words: list[_Word], i: int, informative: bool):
        """A first name with a generational suffix: "Dale Jr", "<lora:dale_jr_v1>"."""
        w, nxt = words[i], words[i + 1]
        fc = self._namer.first_class(w.base)
        in_tag = w.tagged >= 0 and w.tagged == nxt.tagged
        if len(w.base) < 3 or not (w.plain_gap_next or in_tag):
            return None
        if fc != "F" and not (fc == "Fa" and (in_tag or informative and w.title)):
            return None
        return (i, i + 1, 0.6, {"first": w.base, "last": nxt.base, "classes": f"{fc}+suffix",
                                "case": "capitalised" if informative and w.title else "any"})

    def _suffixed3(self, words: list[_Word], i: int):
        """A first name, any second word and a suffix: "leslie wiser jr", "Ken Griffey Jr".
        The suffix is the evidence that the word before it is a surname."""
        w, mid = words[i], words[i + 1]
        if len(w.base) < 3 or self._namer.first_class(w.base) != "F" or words[i + 2].base in ("ii", "iv"):
            return None  # "ii"/"iv" follow words too ("part ii"); "jr", "sr", "iii" do not
        b = mid.base
        if len(b) < 3 or not b.isalpha() or b in self._gaz.not_surname or b in _NOT_SURNAME_TAIL:
            return None
        return (i, i + 2, 0.6, {"first": w.base, "last": b, "suffix": words[i + 2].base,
                                "classes": "F+?+suffix", "case": "any"})

    def _initials(self, nt, words: list[_Word], i: int):
        """Two capital initials before a Title-case census surname: "JP Suarez", "AJ Delgado".

        Only a surname that is no word and not a capitalised dictionary entry ("TV Show",
        "US Army", "LA Lakers", "NY Times", "UK Parliament" never reach the score), and not a
        common two-letter abbreviation.
        """
        w, nxt = words[i], words[i + 1]
        orig = nt.original[w.ostart : w.oend]
        if len(orig) != 2 or not (orig.isupper() and orig.isascii() and orig.isalpha()) or w.base in _ABBREV:
            return None
        if not nxt.title or len(nxt.base) < 4:
            return None
        lc, _ = self._namer.last_class(nxt.base)
        if lc != "S" or nxt.base in self._gaz.proper_other or nxt.base in self._gaz.first:
            return None
        return (i, i + 1, 0.55, {"first": w.base, "last": nxt.base, "classes": "I+S", "case": "capitalised"})

    def _titled_joined(self, tok: str, camel: set[int]):
        """A title joined to a name at a capital: "KingMswati", "K i n g M s w a t i"."""
        for k in sorted(camel):
            a, b = tok[:k], tok[k:]
            if a in _TITLES and (a, b) not in _FICTIONAL_TITLED and self._title_target(b, True) > 0:
                return (0.65, a, b, "T", "camel")
        return None

    def _tag_name(self, words: list[_Word], i: int):
        """A LoRA/LyCORIS tag that opens with an unambiguous first name and a second word
        ("<lora:eddie_compass_v1>", "<lora:mohammed_sharia>"): a network named after a person.

        The second word may be any word but prompt jargon or a place/brand tail, since LoRA
        authors name person networks "first_last" and style networks with jargon
        ("add_detail", "epi_noiseoffset"), which never open with a first name.
        """
        w, nxt = words[i], words[i + 1]
        if w.tagged < 0 or nxt.tagged != w.tagged or i > 0 and words[i - 1].tagged == w.tagged:
            return None  # only the first two words of a tag
        if self._namer.first_class(w.base) != "F" or w.base in self._gaz.not_surname:
            return None  # "lora_bondage": "lora" is a first name and the jargon word
        b = nxt.base
        gaz = self._gaz
        if len(b) < 3 or not b.isalpha() or b in gaz.not_surname or b in _NOT_SURNAME_TAIL:
            return None
        return (i, i + 1, 0.5, {"first": w.base, "last": b, "classes": "F+tag", "case": "tag"})

    def _tag_cap(self, first: _Word, last: _Word) -> bool:
        """A first name and the next token inside one LoRA tag count as a capitalised pair.

        Only an unambiguous first name, or an unknown token before a census surname that is no
        word ("lleyton_hewitt"): LoRA names are full of made-up tokens ("hutao_yuzhai",
        "locon_perfecteyes") that must not pass as an unknown first name.
        """
        if first.tagged < 0 or first.tagged != last.tagged:
            return False
        fc = self._namer.first_class(first.base)
        return fc == "F" or (fc == "U" and len(first.base) >= 4 and len(last.base) >= 3 and self._namer.last_class(last.base)[0] == "S")

    def _compound(self, words: list[_Word], i: int, best, informative: bool):
        """Names of three or more tokens that the first+surname pair misses, or ``best``.

        - a surname particle between the names: "marcio de souza", "frederique van der wal",
          "mahdi al bassam" (the particle itself is evidence of a name: +0.1);
        - a hyphenated surname whose first part is no surname: "catherine zeta-jones";
        - a hyphenated given name: "jean-claude van damme", "kim ryong-sung" is covered by the
          surname rule, "hung wan-ting" by the pair.
        """
        namer = self._namer
        n = len(words)
        w = words[i]
        options = []
        # Particles (at most two: "van der", "de la").
        k = i + 1
        while k < n - 1 and k - i <= 2 and words[k].base in _PARTICLES and words[k].joinable_next:
            k += 1
        if k > i + 1:
            options.append((k, 0.1, {"particle": " ".join(x.base for x in words[i + 1 : k])}))
        # Hyphenated given name: skip its second part.
        if (w.hyphen_next and words[i + 1].joinable_next
                and namer.first_class(words[i + 1].base) in ("F", "Fa", "U")):
            options.append((i + 2, 0.0, {"middle": words[i + 1].base}))
        # Hyphenated surname after the pair's first token.
        if words[i + 1].hyphen_next and (best is None or best[1] == i + 1):
            options.append((i + 2, 0.0, {"hyphenated": words[i + 1].base}))
        for j, bonus, extra in options:
            if j >= n:
                continue
            last = words[j]
            # "Li Ka-shing": the capital of a hyphenated name is on its first part.
            last_title = last.title or (j == i + 2 and words[i + 1].hyphen_next and words[i + 1].title)
            cap = informative and w.title and last_title or self._tag_cap(w, last)
            sc = namer.score(w.base, last.base, cap, w.lower and last.lower
                             and all(words[k].plain_gap_next for k in range(i, j)))
            if sc is None:
                continue
            score = sc[0] + bonus
            if best is None or score > best[2]:
                best = (i, j, score, {"first": w.base, "last": last.base, "classes": f"{sc[1]}+{sc[2]}",
                                      "case": "capitalised" if cap else "any", **extra})
        if best is not None and best[1] + 1 < n and words[best[1]].hyphen_next:
            # "wilson-sampras": the name goes on after the hyphen; report the whole span.
            nxt = words[best[1] + 1]
            if nxt.base.isalpha() and not self._gaz.is_common_word(nxt.base):
                best = (best[0], best[1] + 1, best[2], best[3])
        return best

    def _style_flags(self, words: list[_Word], cands) -> list[str | None]:
        """For each candidate: the cue that makes it a style author ("by", "style of", ...) or None.

        "art by greg rutkowski" names the author; "greg rutkowski nude" names the subject. A cue
        also covers a list that follows it: "by artgerm, greg rutkowski and alphonse mucha", as
        long as each list item holds only a name (an item with other words ends the list).
        """
        flags: list[str | None] = []
        starts = {c[0]: k for k, c in enumerate(cands)}
        # Items that continue an artist list: items after a cue whose words are all names or
        # unknown tokens (no common words).
        active_items: set[int] = set()
        cue_items: dict[int, int] = {}  # item -> word index of the cue
        n = len(words)
        for k, w in enumerate(words):
            if (w.base == "by" and not _agent_by(words, k)) or (
                    w.base == "of" and k > 0 and words[k - 1].base in ("style", "styles")):
                cue_items.setdefault(w.item, k)
        if cue_items:
            gaz = self._gaz
            item_words: dict[int, list[int]] = {}
            for k, w in enumerate(words):
                item_words.setdefault(w.item, []).append(k)
            for item, cue_at in sorted(cue_items.items()):
                tail = [k for k in item_words[item] if k > cue_at]
                if not tail or not self._only_names(words, tail, starts, cands, gaz):
                    continue
                nxt = item + 1
                while nxt in item_words and self._only_names(words, item_words[nxt], starts, cands, gaz):
                    active_items.add(nxt)
                    nxt += 1
        for i, j, _, _ in cands:
            cue = None
            prev = words[i - 1].base if i > 0 and words[i - 1].item == words[i].item else None
            prev2 = words[i - 2].base if i > 1 and words[i - 2].item == words[i].item else None
            if prev in _STYLE_BEFORE_1 and not (prev == "by" and _agent_by(words, i - 1)):
                cue = prev
            elif prev == "of" and prev2 in ("style", "styles", "manner", "works", "work"):
                cue = f"{prev2} of"
            elif prev in _LIST_JOINERS and i > 1 and self._joined_to_style(words, i - 1, cands, flags):
                # "by greg rutkowski and alphonse mucha", "art by artgerm and jason chan",
                # "by william - adolphe bouguereau and alphonse mucha": an "and" list after a cue.
                cue = "list"
            elif words[i].item in active_items:
                cue = "list"
            if cue is None and j + 1 < n and words[j + 1].item == words[j].item and words[j + 1].base in _STYLE_AFTER:
                cue = words[j + 1].base
            flags.append(cue)
        return self._bare_lists(words, cands, flags, starts)

    def _joined_to_style(self, words: list[_Word], k: int, cands, flags) -> bool:
        """True when the "and"/"or" at ``words[k]`` continues an artist list of the same item.

        Walks back over the list: names (candidates), joiners and words that are no common
        word ("artgerm", "bouguereau", the "adolphe" of "william - adolphe bouguereau"), until
        a style cue ("by", "style of") or a name already read as a style author. Any common
        word on the way ends the walk: "surrounded by roses and emma watson" is no list, and
        neither is "seduced by X and Y" (``_agent_by``).
        """
        ends = {c[1]: (c[0], f) for c, f in zip(cands, flags)}
        item = words[k].item
        m = k - 1
        while m >= 0 and words[m].item == item:
            if m in ends:
                start, flag = ends[m]
                if flag:
                    return True
                m = start - 1
                continue
            b = words[m].base
            if b == "by":
                return not _agent_by(words, m)
            if b == "of" and m > 0 and words[m - 1].base in ("style", "styles", "manner", "works", "work"):
                return True
            if b in _STYLE_BEFORE_1:
                return True
            if b in _LIST_JOINERS or not (self._gaz.is_common_word(b) or b in self._gaz.not_surname
                                          and b not in ("artgerm", "wlop")):
                m -= 1
                continue
            return False
        return False

    def _bare_lists(self, words: list[_Word], cands, flags: list[str | None], starts) -> list[str | None]:
        """Artist lists without a "by": "a river at dusk, sir lawrence alma - tadema, john
        william godward, arnold bocklin, caravaggio".

        Decided rule (see the docs page): a run of comma/sentence items that hold only names
        (each at most five words, no common word, no prompt jargon) is a list of style authors
        when
        - one of its names already has a style cue ("greg rutkowski style, alphonse mucha"), or
        - it has 3+ items, 2+ of them read as full names, and it follows an item with ordinary
          words (the subject clause comes first in prompts; the names trail it), or
        - it is the whole text and has 4+ items (a prompt that is nothing but names is a list
          of painters far more often than a request for four people in one picture).
        Names in the item that holds the subject ("featuring X, Y, Z in a pose") are never in a
        run, so such a prompt still names a person. Known trade-off: "nude woman, A, B, C"
        (three subject names appended after a subject) reads as a style list; "by A" is no
        harder to write, so the rule opens no new way around the detector.
        """
        if len(cands) < 2:
            return flags
        gaz = self._gaz
        item_words: dict[int, list[int]] = {}
        for k, w in enumerate(words):
            item_words.setdefault(w.item, []).append(k)
        cand_item: dict[int, list[int]] = {}
        for c_idx, (i, _j, _s, _e) in enumerate(cands):
            cand_item.setdefault(words[i].item, []).append(c_idx)

        def name_item(item: int) -> bool:
            # "greg rutkowski style": the style word of a cued item is part of the list item.
            idx = [k for k in item_words.get(item, []) if words[k].base not in _STYLE_AFTER]
            if any(words[k].base in ("by", "of") or words[k].tagged >= 0 for k in idx):
                # "Emma Roe by James Gurney": the name before "by" is the subject (the cue rules
                # handle what follows it); a LoRA tag is a person network, never a style list.
                return False
            if not idx or not self._only_names(words, idx, starts, cands, gaz):
                return False
            if item in cand_item:
                return True
            # An item without a full name counts when it is one unknown word of 4+ letters
            # ("caravaggio", "bouguereau"), not a number, tag or jargon ("8k", "1girl").
            return any(len(words[k].base) >= 4 and words[k].base.isalpha() for k in idx)

        items = sorted(item_words)
        runs: list[list[int]] = []
        cur: list[int] = []
        for it in items:
            if name_item(it) and (not cur or it == cur[-1] + 1):
                cur.append(it)
                continue
            if cur:
                runs.append(cur)
            cur = [it] if name_item(it) else []
        if cur:
            runs.append(cur)
        out = list(flags)
        for run in runs:
            in_run = [c for it in run for c in cand_item.get(it, [])]
            if not in_run:
                continue
            cued = any(flags[c] for c in in_run)
            before = item_words[run[0] - 1][-1] if run[0] - 1 in item_words else None
            apposition = before is not None and words[before].base in _APPOSITION_CUES
            after_subject = run[0] > items[0] and len(run) >= 3 and len(in_run) >= 2 and not apposition
            whole = run[0] == items[0] and run[-1] == items[-1] and len(run) >= 4 and len(in_run) >= 2
            if cued or after_subject or whole:
                for c in in_run:
                    if out[c] is None:
                        out[c] = "list"
        return out

    @staticmethod
    def _only_names(words, idx: list[int], starts, cands, gaz) -> bool:
        """True when the words at ``idx`` are one artist-list item: names or unknown words only."""
        if not idx or len(idx) > 5:
            return False
        k = 0
        while k < len(idx):
            w = idx[k]
            c = starts.get(w)
            if c is not None:
                k += cands[c][1] - cands[c][0] + 1
                continue
            base = words[w].base
            if base in _LIST_JOINERS or base == "by":
                k += 1
                continue
            if gaz.is_common_word(base) or base in gaz.not_surname and base not in ("artgerm", "wlop"):
                return False
            k += 1
        return True

    def _katakana_names(self, nt, field: str, taken) -> list[Finding]:
        """Foreign personal names written in katakana with the middle dot: "エマ・ワトソン".

        Japanese writes a foreign person's given name and surname as two katakana words joined
        by "・" (the folded view has made it "."; half-width "ｴﾏ･ﾜﾄｿﾝ" too), and "＝" inside a
        hyphenated given name ("ジャン＝クロード"). Titles, brands and places written the same way
        hold a common loanword ("スター・ウォーズ", "ニュー・ヨーク", "コカ・コーラ"): any part in
        ``_KATAKANA_NOT_NAME`` rules the match out, and so do the few fictional characters of
        ``_KATAKANA_FICTIONAL``. Katakana without the dot ("エマワトソン", "コーヒー") is never read
        here: one katakana word is a loanword far more often than a name.
        """
        out = []
        view = nt.folded
        taken_cover = Cover(taken)
        for m in _KATAKANA_NAME.finditer(view.text):
            parts = [x for x in re.split(r"[.=]", m.group()) if x]
            if any(x in _KATAKANA_NOT_NAME for x in parts) or tuple(parts) in _KATAKANA_FICTIONAL:
                continue
            if sum(1 for x in parts if len(x) >= 2) < 2:
                continue  # "ア・イ": a name has at least two parts of two or more sounds
            os_, oe = view.to_original(m.start(), m.end())
            if taken_cover.contains(os_, oe):
                continue
            out.append(self._finding("full_name", 0.7, field, nt, os_, oe,
                                     {"kind": "katakana", "first": parts[0], "last": parts[-1],
                                      "classes": "K+K", "case": "script", "source": "text"}))
        return out

    def _handles(self, nt, field: str) -> list[Finding]:
        view = nt.plain
        text = view.text
        out = []
        for kind, pat in _HANDLE_PATTERNS:
            for m in pat.finditer(text):
                handle = m.group(m.lastindex or 0)
                if kind == "url":
                    handle = m.group(2)
                    if handle in _URL_NOT_PERSON:
                        continue
                if not any(c.isalpha() for c in handle):
                    continue
                os_, oe = view.to_original(m.start(), m.end())
                before = text[max(0, m.start() - 4) : m.start()]
                label = "style_reference" if re.search(r"\bby\s*$", before) else "handle"
                ev = {"kind": kind, "handle": handle}
                if kind == "url":
                    ev["platform"] = m.group(1)
                out.append(self._finding(label, 0.8, field, nt, os_, oe, ev))
        return out

    def _phrases(self, nt, field: str) -> list[Finding]:
        view = nt.folded
        text = view.text
        out = []
        for name, score, pat in _PRIVATE_PATTERNS:
            for m in pat.finditer(text):
                os_, oe = view.to_original(m.start(), m.end())
                out.append(self._finding("private_person", score, field, nt, os_, oe, {"pattern": name}))
        out.extend(private_person_findings(self, nt, field, out))  # workplace, service staff ... (5 languages)
        for m in _CELEBRITY.finditer(text):
            os_, oe = view.to_original(m.start(), m.end())
            out.append(self._finding("celebrity_term", 0.6, field, nt, os_, oe,
                                     {"pattern": "celebrity", "term": m.group(0)}))
        return out
