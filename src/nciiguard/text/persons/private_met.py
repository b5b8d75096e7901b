"""A person met through an app or a network, or one of the speaker's online community, round 23 (issue 10).

Why: the rows of :mod:`.private` read "a woman from my gym" with a short list of adjectives, and
:mod:`.private_known` reads a first-person verb of meeting ("a girl I matched with on hinge", "une nana
que j'ai rencontrée sur Hinge"). Speakers also single out one private person by

* **a member of the speaker's online community**, with any modifiers before the noun (also "random",
  which elsewhere makes a person generic): "a random woman from my city's subreddit", "some girl on our
  discord server", "a guy from my town's facebook group", "the woman from my gym's group chat" --
  a person noun, "from/on/in", "my"/"our", up to two words (a genitive allowed) and an online
  community noun (subreddit, server, group chat, forum, feed, followers, matches ...);
* **a participle of meeting with a platform or a place**, without the first-person pronoun:
  English "a woman met on bumble", "a girl matched on tinder"; French "une femme rencontrée sur
  Bumble", "la fille croisée à la soirée" (``rencontré(e)``, ``croisé(e)``: the speaker met her, any
  complement but a work of fiction); Spanish, Portuguese and Italian "una chica conocida en Tinder",
  "uma mulher conhecida no Tinder", "una ragazza conosciuta su Tinder" (the participle is also "well
  known": only with a platform, an app or "internet"); German "eine auf Tinder kennengelernte Frau";
  Dutch "een vrouw ontmoet via Tinder", "een via Tinder ontmoete vrouw"; Polish "dziewczyna poznana na
  Tinderze" (any complement but a dream, a film, a game or a book).

NOT read: a person in a work of fiction or a dream ("une femme rencontrée dans un rêve", "a woman from
my favourite anime" has no community noun), a well-known person ("una actriz conocida en todo el
mundo": no platform), a person on the speaker's screen or wallpaper, a generic person ("a random woman
on a beach"). A person found in a NON-sexual prompt changes nothing: the ``ncii`` profile blocks only
sexual AND real person.

Every row is a bounded alternation gated by literals every match holds (:class:`.roles_ml._Gated`).
"""

from __future__ import annotations

from .private_lexicon import _DE_PERSON, _EN_PERSON, _ES_PERSON, _FR_PERSON, _IT_PERSON, _ML_AGE_ASIDE, _NL_PERSON, _PL_PERSON, _PT_PERSON
from .roles_ml import _gated

__all__ = ["PRIVATE_MET_PATTERNS"]

#: Online communities and lists a person belongs to, seen from the speaker ("my city's subreddit").
_ONLINE = (
    r"subreddits?|sub|discord(?:\s+server)?|server|forum|message\s+board|group\s*chats?|gc|chat\s+group"
    r"|(?:facebook|fb|whatsapp|telegram|signal|neighbou?rhood|community|parents?|moms?|mums?)\s+(?:group|chat|page|channel)s?"
    r"|groups?|channel|guild|clan|feed|timeline|fyp|for\s+you\s+page|dms|inbox|followers|following|follower\s+list"
    r"|friends?\s+list|contacts|matches|mutuals|close\s+friends|nextdoor|twitch\s+chat|stream\s+chat|comments"
    r"|comment\s+section|replies|mentions|snap\s+list|tinder|bumble|hinge|grindr|insta|instagram|tiktok|snapchat"
)
_ONLINE_GATE = (
    "subreddit", " sub", "discord", "server", "forum", "message board", "chat", "gc", "group", "channel", "guild",
    "clan", "feed", "timeline", "fyp", "for you", "dms", "inbox", "follow", "friend", "contacts", "matches",
    "mutuals", "nextdoor", "comment", "replies", "mentions", "snap", "tinder", "bumble", "hinge", "grindr", "insta",
    "tiktok",
)
#: Dating apps, networks and the words for "an app", "the internet" (folded).
_PLATFORM = (
    r"tinder|bumble|hinge|grindr|okcupid|badoo|happn|feeld|raya|meetic|lovoo|parship|elitepartner|tantan|match(?:\.com)?"
    r"|instagram|insta|facebook|fb|snapchat|snap|tiktok|twitter|discord|reddit|whatsapp|telegram|linkedin|omegle"
    r"|chatroulette|kik|onlyfans|vinted|wallapop|leboncoin|olx|craigslist|marketplace|internet|online|en\s+ligne"
    r"|(?:(?:an?|une|un|una|uma|um|la|le|el|o|a|een|de|der|die|eine|einer|einem)\s+|l')?(?:dating\s+)?"
    r"(?:app|appli|application|aplicacion|aplicativo|applicazione|site|sitio|website|web|forum|foro|chat|rede|red|reseau)"
    r"|(?:las|los|as|os|les|i|le)\s+(?:redes|reseaux|social|sociais|sociales|social\s+network|apps)"
)
_PLATFORM_GATE = (
    "tinder", "bumble", "hinge", "grindr", "okcupid", "badoo", "happn", "feeld", "raya", "meetic", "lovoo", "parship",
    "elitepartner", "tantan", "match", "insta", "facebook", "fb", "snap", "tiktok", "twitter", "discord", "reddit",
    "whatsapp", "telegram", "linkedin", "omegle", "chatroulette", "kik", "onlyfans", "vinted", "wallapop",
    "leboncoin", "olx", "craigslist", "marketplace", "internet", "online", "en ligne", "app", "site", "sitio", "web",
    "forum", "foro", "chat", "rede", "red", "reseau", "social",
)
#: Fiction and dreams after a participle of meeting ("rencontrée dans un rêve").
_NOT_FICTION_AHEAD = (
    r"(?!(?:[a-z']+\s+){0,3}?(?:mon\s+|mes\s+|un\s+|une\s+|le\s+|la\s+|l'|les\s+|ce\s+|cette\s+)?"
    r"(?:reve|reves|film|films|jeu|jeux|livre|roman|serie|manga|anime|histoire|conte|fiction|fantasme|fantasmes"
    r"|imagination|tete|bd)\b)"
)

PRIVATE_MET_PATTERNS = [
    # "a random woman from my city's subreddit", "some girl on our discord server", "a guy from my town's fb group"
    ("en_person_of_my_online_group", 0.8,
     _gated(_ONLINE_GATE,
            rf"\b(?:a|an|the|this|that|some)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_EN_PERSON})s?\s+(?:from|on|in|off|of)\s+"
            rf"(?:my|our)\s+(?:[a-z0-9-]+(?:'s)?\s+){{0,2}}?(?:{_ONLINE})\b")),
    # "a woman met on bumble", "a girl matched on tinder", "the guy found on grindr"
    ("en_person_met_on_platform", 0.8,
     _gated(_PLATFORM_GATE,
            rf"\b(?:a|an|the|this|that|some)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_EN_PERSON})\s+"
            rf"(?:met|matched(?:\s+with)?|found|hooked\s+up\s+with|chatting|talking|texting)\s+(?:on|via|through|from|in|over)\s+"
            rf"(?:the\s+)?(?:{_PLATFORM})\b")),
    # "une femme rencontrée sur Bumble", "la fille croisée à la soirée de samedi", "un mec matché sur Hinge"
    ("fr_person_met_participle", 0.8,
     _gated(("rencontre", "croise", "matche", "connue sur", "connu sur", "connue via", "connu via"),
            rf"\b(?:une|la|cette|un|le|ce|cet)\s+(?:[a-z-]+\s+)?(?:{_FR_PERSON}){_ML_AGE_ASIDE}\s+"
            rf"(?:rencontree?s?|croisee?s?|matchee?s?)\s+{_NOT_FICTION_AHEAD}(?:sur|via|par|dans|a|au|aux|en|lors|hier|chez"
            rf"|ce|cet|cette|la|le|l'|il\s+y\s+a|pendant|pour)\b"
            rf"|\b(?:une|la|cette|un|le|ce|cet)\s+(?:[a-z-]+\s+)?(?:{_FR_PERSON})\s+connue?s?\s+(?:sur|via)\s+(?:{_PLATFORM})\b")),
    # "una chica conocida en Tinder", "uma mulher conhecida no Tinder", "una ragazza conosciuta su Tinder"
    ("romance_person_met_on_platform", 0.8,
     _gated(("conocid", "conhecid", "conosciut", "ligad", "encontrad", "achad", "trovat"),
            rf"\b(?:(?:una|la|esa|un|el|ese|uma|a|essa|um|o|esse|quella|quel|lo|il)\s+(?:[a-z-]+\s+)?)?"
            rf"(?:{_ES_PERSON}|{_PT_PERSON}|{_IT_PERSON}){_ML_AGE_ASIDE}\s+"
            r"(?:conocid[ao]s?|ligad[ao]s?|encontrad[ao]s?|conhecid[ao]s?|achad[ao]s?|conosciut[ao]|trovat[ao])\s+"
            rf"(?:en|por|a\s+traves\s+de|no|na|pelo|pela|em|via|su|sul|sulla|tramite|in|online)\s*(?:{_PLATFORM})\b")),
    # "eine auf Tinder kennengelernte Frau", "die im Urlaub kennengelernte Kellnerin"
    ("de_person_met_participle", 0.8,
     _gated(("kennengelernt",),
            rf"\b(?:eine|einer|einen|die|diese|dieser|der)\s+(?:[a-z]+\s+){{1,3}}?kennengelernten?\s+"
            rf"(?:[a-z]+e[nrs]?\s+)?(?:{_DE_PERSON})\b")),
    # "dziewczyna poznana na Tinderze", "kobieta poznana przez internet" (never "poznana we śnie", in a dream)
    ("pl_person_met_participle", 0.8,
     _gated(("poznan",),
            rf"\b(?:{_PL_PERSON})\s+poznan(?:a|ej|a\s+przeze\s+mnie|y|ego)\s+(?:na|przez|w|we|z|u|podczas|wczoraj)\s+"
            r"(?!(?:snie|sen|filmie|grze|ksiazce|serialu|bajce|anime|mandze)\b)")),
    # "een vrouw ontmoet via Tinder", "een via Tinder ontmoete vrouw"
    ("nl_person_met_participle", 0.8,
     _gated(("ontmoet",),
            rf"\b(?:een|de|die|deze)\s+(?:[a-z]+e\s+)?(?:{_NL_PERSON})\s+(?:ontmoet|leren\s+kennen)\s+(?:op|via|in|bij)\s+"
            rf"(?:{_PLATFORM})\b"
            rf"|\b(?:een|de|die|deze)\s+(?:op|via|in|bij)\s+(?:{_PLATFORM})\s+ontmoete\s+(?:{_NL_PERSON})\b")),
]
