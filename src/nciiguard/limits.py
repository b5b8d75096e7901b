"""Named limits and thresholds, in one place.

Every bound on what one call may cost (bytes, pixels, items) and the matching thresholds the
library, the CLI and the service share live here, so a change is one line and no module carries a
copy of a literal. Operators change most of them per deployment in the configuration
(``nciiguard.config.Config``, the service settings): the values here are the defaults and the hard
ceilings those settings are validated against.

Core module: imports nothing from nciiguard (text-specific bounds stay in ``text/limits.py``).
"""

from __future__ import annotations

# -- hash matching ---------------------------------------------------------------------------------
#: Largest PDQ Hamming distance (of 256 bits) that counts as a match: the PDQ authors' recommended
#: threshold, used by the bank index, the hash_match signal, the CLI and the service by default.
PDQ_MATCH_DISTANCE = 31
#: PDQ hashes with a quality below this are not matched: flat or nearly flat images (a black
#: frame, a solid colour) all hash alike. 50 is the threshold the PDQ authors suggest.
PDQ_QUALITY_FLOOR = 50
#: Largest distance a caller may ask for (the service's ``max_distance`` is validated against it).
PDQ_MAX_DISTANCE = 64

# -- images ----------------------------------------------------------------------------------------
#: Largest image accepted, in pixels (8000 x 8000). Config: ``max_image_pixels``.
MAX_IMAGE_PIXELS = 64_000_000
#: Largest image file accepted, in bytes. Config: ``max_image_bytes``.
MAX_IMAGE_BYTES = 64 * 1024 * 1024
#: Bytes one frame may take in the decoder: 8000 x 8000 at 4 bytes per pixel. Config:
#: ``max_image_decode_bytes``.
MAX_IMAGE_DECODE_BYTES = 256 * 1024 * 1024
#: Pictures above this many pixels are reduced while decoding and before PDQ hashing (PDQ's own
#: first step is a box filter, so hashes of large images do not change).
WORK_PIXELS = 12_000_000
#: Most images one Content (one screening call) may hold.
MAX_IMAGES = 64

# -- text ------------------------------------------------------------------------------------------
#: Largest text field accepted, in bytes of UTF-8 (a prompt longer than this is not a prompt).
MAX_TEXT_BYTES = 64 * 1024

# -- requests and batches (service defaults and ceilings) -------------------------------------------
#: Largest JSON request body, in bytes.
MAX_JSON_BYTES = 1024 * 1024
#: Largest multipart request body (images, bank import files), in bytes.
MAX_UPLOAD_BYTES = 32 * 1024 * 1024
#: Most files in one multipart request (at most MAX_IMAGES).
MAX_FILES = 8
#: Most hashes in one call (match, case, takedown, bank add): the service's ``max_hashes`` may
#: lower it, never raise it for /v1/match.
MAX_HASHES_PER_CALL = 1000
#: Most prompts in one batch screening call, and the ceiling an operator may raise that to.
MAX_BATCH_ITEMS = 1000
MAX_BATCH_ITEMS_CEILING = 10_000
#: Most prompt text (UTF-8 bytes) in one batch screening call, and its ceiling.
MAX_BATCH_TEXT_BYTES = 1024 * 1024
MAX_BATCH_TEXT_BYTES_CEILING = 64 * 1024 * 1024
#: Largest hash-list file a bank import reads (a list this big should be split).
MAX_IMPORT_BYTES = 1024 * 1024 * 1024
