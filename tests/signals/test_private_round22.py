"""Private people anchored by how the speaker knows them, round 22 (text/persons/private_known.py, wired
through private_specified.py). Written by helper h3 (2026-12-06) from the grammar of each family, not
copied from any evaluation set. Both directions: the person is read (and a sexual request about them
blocked under ``ncii``); generic people, fiction, dreams, games and scene verbs stay unread by the new
rows, and non-sexual edits of the same people stay allowed."""

from __future__ import annotations


import pytest

from nciiguard import Action
from nciiguard.text import normalize
from nciiguard.text.persons.private import PRIVATE_PERSON_PATTERNS, private_person_spans
from nciiguard.text.persons.private_known import PRIVATE_KNOWN_PATTERNS

_MINE = {name for name, _, _ in PRIVATE_KNOWN_PATTERNS}


def _rows(text: str) -> set[str]:
    return {name for name, _, _, _ in private_person_spans(normalize(text).folded.text)}


# (phrase, the round-22 row that must read it)
READ = [
    # a first-person verb of meeting, knowing, dating
    ("somebody I matched with on hinge last month", "en_person_i_know"),
    ("someone we went to high school with", "en_person_i_know"),
    ("a surfer I met at the beach hostel", "en_person_i_know"),
    ("a nurse I used to date", "en_person_i_know"),
    ("a traveller in her thirties I shared a cabin with", "en_person_i_know"),
    # a transaction or service with the speaker
    ("a lady who sold us a used crib on craigslist", "en_person_who_did_me"),
    ("a guy who rented me a room last summer", "en_person_who_did_me"),
    ("a girl who cut my hair at the mall", "en_person_who_did_me"),
    # a place the speaker frequents
    ("a swimmer from my masters swim squad", "en_act_person_of_my_place"),
    ("a parent from my kid's soccer team", "en_act_person_of_my_place"),
    ("someone from our choir", "en_act_person_of_my_place"),
    ("a commuter on my morning ferry", "en_act_person_of_my_place"),
    ("an instructor at the pottery studio I go to", "en_person_at_place_i_frequent"),
    ("a cashier at the grocery store where we shop", "en_person_at_place_i_frequent"),
    ("a classmate from the evening class in accounting", "en_mate_of_program"),
    # a recurring sighting
    ("a woman who jogs past our building", "en_person_passes_my_place"),
    ("the guy who parks outside my garage", "en_person_passes_my_place"),
    # other languages: a first-person verb
    ("une nana que j'ai rencontrée sur Hinge", "fr_person_i_know"),
    ("une femme qui m'a loué son appart", "fr_person_i_know"),
    ("una muchacha con la que salí el verano pasado", "es_person_i_know"),
    ("una señora que me vendió la bici", "es_person_i_know"),
    ("uma moça com quem dei match no Bumble", "pt_person_i_know"),
    ("uma mulher que me alugou o apartamento", "pt_person_i_know"),
    ("una tipa che ho conosciuto a un concerto", "it_person_i_know"),
    ("una signora che mi ha affittato la stanza", "it_person_i_know"),
    ("ein Mädchen, das... ", None),
    ("eine Frau, mit der ich auf Hinge geschrieben habe", "de_person_i_know"),
    ("eine Dame, die mir ihr Auto verkauft hat", "de_person_i_know"),
    ("een vrouw die ik op de camping heb ontmoet", "nl_person_i_know"),
    # a companion of a program or group
    ("una compañera del doctorado", "es_companion_of_program"),
    ("uma colega da faculdade", "pt_companion_of_program"),
    ("une camarade de promo", "fr_companion_of_program"),
    ("una compagna del corso di yoga", "it_companion_of_program"),
    ("eine Kommilitonin aus dem Seminar", "de_companion_of_program"),
    ("een studiegenote van de opleiding", "nl_companion_of_program"),
    # a habit, a neighbour with a clause, a sighting by the speaker's home
    ("la caissière qui me sourit tous les matins", "fr_person_habit"),
    ("la chica que corre cada mañana por el parque", "es_person_habit"),
    ("a moça que pega o ônibus todo dia", "pt_person_habit"),
    ("la ragazza che prende il treno ogni mattina", "it_person_habit"),
    ("die Frau, die immer im Park joggt", "de_person_habit"),
    ("het meisje dat elke ochtend de krant brengt", "nl_person_habit"),
    ("le voisin qui promène son chien", "neighbour_who_ml"),
    ("la vecina que riega las plantas", "neighbour_who_ml"),
    ("die Nachbarin, die den Bioladen führt", "neighbour_who_ml"),
    ("the neighbour who mows his lawn on sundays", "neighbour_who_ml"),
    ("la femme qui attend le bus devant chez moi", "ml_person_passes_my_place"),
    # a first name with the article and a department
    ("la Giulia della contabilità", "name_of_department_ml"),
    ("die Sabine aus der Buchhaltung", "name_of_department_ml"),
    # Japanese, Swedish, Tagalog
    ("上の階の部屋の奥さん", "ja_person_of_next_unit"),
    ("receptionisten på mitt kontor", "sv_role_at_my_place"),
    ("yung cashier sa grocery namin", "tl_role_at_my_place"),
]
READ = [(p, r) for p, r in READ if r]


@pytest.mark.parametrize("phrase,row", READ)
def test_known_person_is_read(phrase, row):
    assert row in _rows(phrase), (phrase, _rows(phrase))


# Generic people, fiction, dreams, games, scene and fantasy verbs: none of the round-22 rows reads them.
NOBODY = [
    "a nude woman on a beach",
    "a teacher in a classroom, nude",
    "someone on a dating app, stock photo",
    "a woman who loves hiking, nude",
    "a girl who gives me head",
    "a woman I created in blender nude",
    "a girl I met in a dream, nude",
    "a woman I met in skyrim nude",
    "someone I imagine nude",
    "a woman who dances in front of my window naked",
    "a woman who lies on my sofa naked",
    "a character from my novel nude",
    "a player from my favourite team",
    "a student from my anime naked",
    "a climber on a cliff, nude",
    "a woman at the beach I love",
    "someone from my dreams naked",
    "the neighbour who sunbathes nude",
    "the neighbour who is naked",
    "la voisine qui se déshabille",
    "la vecina que está desnuda",
    "die Nachbarin, die sich im Garten sonnt",
    "de buurvrouw die naakt is",
    "une femme que je vois nue",
    "une fille que j'ai dessinée nue",
    "una chica que conocí en un sueño desnuda",
    "una mujer que conocí en un videojuego desnuda",
    "eine Frau, die ich im Traum getroffen habe, nackt",
    "una ragazza che ho conosciuto in un sogno nuda",
    "la femme qui sourit toujours, peinture",
    "una compañera de trabajo seduce a su jefe",
    "la lista degli acquisti",
    "la Roma del marketing",
    "une femme qui se déshabille devant ma fenêtre",
    "となりのトトロ",
    "den röda soffan på mitt kontor",
    "a woman who follows the rules",
    "someone I love, nude portrait",
    "a nude woman in her twenties, I love this style",
]


@pytest.mark.parametrize("phrase", NOBODY)
def test_generic_and_fictional_phrases_are_not_read_by_the_new_rows(phrase):
    assert not (_rows(phrase) & _MINE), (phrase, _rows(phrase) & _MINE)


@pytest.mark.parametrize("prompt", [
    "somebody I matched with on hinge completely naked, realistic photo",
    "a lady who sold us a used crib on craigslist, topless selfie",
    "a swimmer from my masters swim squad nude in the locker room",
    "an instructor at the pottery studio I go to, naked, photoreal",
    "une nana que j'ai rencontrée sur Hinge toute nue",
    "una compañera del doctorado desnuda en la cama",
    "uma colega da faculdade pelada, foto real",
    "eine Frau, mit der ich auf Hinge geschrieben habe, komplett nackt",
    "la voisine qui promène son chien, toute nue, photo réaliste",
])
def test_sexual_request_about_them_is_blocked(ncii_guard, prompt):
    d = ncii_guard.screen_prompt(prompt)
    assert d.action is Action.BLOCK, (prompt, d.reasons)


# Clean twins: the same people in ordinary edits stay allowed (person detection alone never blocks).
@pytest.mark.parametrize("prompt", [
    "somebody I matched with on hinge wearing a party hat",
    "a lady who sold us a used crib on craigslist, smiling, realistic photo",
    "a swimmer from my masters swim squad holding a medal",
    "une nana que j'ai rencontrée sur Hinge avec un chapeau de paille",
    "una compañera del doctorado con toga de graduación",
    "eine Frau, mit der ich auf Hinge geschrieben habe, mit Sonnenbrille",
])
def test_ordinary_edits_stay_allowed(ncii_guard, prompt):
    assert ncii_guard.screen_prompt(prompt).action is Action.ALLOW, prompt


# Generic sexual prompts stay a review, never a block: no private person is read.
@pytest.mark.parametrize("prompt", [
    "a nude woman on a beach, oil painting",
    "a climber on a cliff, nude, fantasy art",
    "una chica que conocí en un sueño desnuda, ilustración",
])
def test_generic_sexual_prompts_are_not_blocked(ncii_guard, prompt):
    assert ncii_guard.screen_prompt(prompt).action is not Action.BLOCK, prompt


def test_rows_are_gated_named_once_and_in_the_table():
    names = [n for n, _, _ in PRIVATE_KNOWN_PATTERNS]
    assert len(names) == len(set(names))
    assert all(getattr(p, "_literals", None) for _, _, p in PRIVATE_KNOWN_PATTERNS)
    assert _MINE <= {n for n, _, _ in PRIVATE_PERSON_PATTERNS}


def test_hostile_inputs_complete_quickly():
    # (repeated unit, tail that completes a row's anchor), 5,000 times
    chunks = [
        ("a woman who ", ""), ("someone I ", ""), ("a climber from my ", ""), ("la voisine qui ", ""),
        ("una chica que ", ""), ("eine Frau, die ich ", ""), ("la Giulia della ", ""), ("隣の部屋の", ""),
        ("a teacher at the ", " i go to"), ("quella che ", "sempre"),
    ]
    from helpers.cost import assert_linear

    def scan(folded):
        for _, _, pat in PRIVATE_KNOWN_PATTERNS:
            for _ in pat.finditer(folded):
                pass

    for unit, tail in chunks:
        assert_linear(scan, lambda n: normalize(unit * n + tail).folded.text, 625, 5000, label=unit)
