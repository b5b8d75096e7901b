"""Reading real people in text: names, registry aliases, handles and private-person phrases.

Used by the ``real_person_text`` signal and the model scanner (``model_file``), through the
scan's cache (:meth:`PersonReader.read_scan`). One job per module:

- :mod:`.reader`: :class:`PersonReader`, the whole reading of one text;
- :mod:`.words`: the text as words (offsets, case, leetspeak, LoRA tags);
- :mod:`.wordclasses`: closed word classes and fictional names (grammar, not name lists);
- :mod:`.gazetteer`: first names, surnames and word lists (package data);
- :mod:`.namer`: classes of name parts and the score of a first name + surname pair;
- :mod:`.fullnames`: where full names stand (pairs, titles, initials, joined, katakana);
- :mod:`.style`: style authors ("art by X") versus subjects;
- :mod:`.slots` and :mod:`.lora`: one name in the person slot of a sexual request, person
  network tags (``<lora:pinar:0.7>``);
- :mod:`.protected`: registry aliases (:class:`StaticNames`, the matcher);
- :mod:`.phrases` and :mod:`.private`: "my ex", "the girl from accounting", handles, "celebrity";
- :mod:`.titles`, :mod:`.roles` and :mod:`.initials`: "Dr. Lindqvist", "that tiktok dancer",
  "the bride in this photo", "Mara S.";
- :mod:`.namelike`, :mod:`.model` and :mod:`.mentions`: the learned name-likeness and
  person-mention models;
- :mod:`.lists`: the name lists, for benchmarks that hold out names.
"""

from .lists import NameLists, name_lists
from .protected import ProtectedMatcher, StaticNames
from .reader import REPORT_MIN_SCORE, PersonReader, PersonReading, ReadingOptions

__all__ = ["NameLists", "name_lists", "ProtectedMatcher", "StaticNames", "PersonReader", "PersonReading",
           "ReadingOptions", "REPORT_MIN_SCORE"]
