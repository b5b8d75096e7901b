"""Caps that keep the cost of screening one text linear in its length.

Every text step must cost O(n) (or O(n log n)) in the length of the input, whatever its shape:
a prompt is attacker-controlled, and one slow prompt holds a worker for everyone (issue 11:
``"a" * 65000`` took 27 s through the quadratic joined-name splitter). Where a step looks at
candidate spans, the number or length of the candidates is capped here, once, with the reason,
so that the limit is documented and a test can pin it (tests/security/test_cost_text.py).

None of these caps changes what is found in a prompt a person would write: each is several times
the longest real instance (measured against the gazetteer and the prompt sets in bench/).
docs/normalisation.md lists them.
"""

from __future__ import annotations

#: Longest token (letters) that the real-person signal tries to split into a first name and a
#: surname written together ("emmawatson"). Each split point costs O(length), so without a cap a
#: 65,000-letter token cost O(n^2). The longest first name of the gazetteer has 17 letters and the
#: longest surname 13; "alexandriaocasiocortez" has 22.
MAX_JOINED_NAME = 40

#: Longest token (characters) that a per-token loop over suffixes or sub-strings reads (compound
#: and typo checks): longer tokens are no word and no name, and are skipped by such checks.
MAX_TOKEN_SCAN = 64
