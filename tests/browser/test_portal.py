"""The survivor portal in headless Chromium against the real app over loopback HTTP.

Checks what matters to a survivor: the fingerprints made in the browser are the ones the server
would make (within 10 bits of Python's PDQ, the reference's tolerance), only fingerprints leave the
page (every request body is inspected for the picture's bytes), the case number and PIN are shown
once and then removed, and withdrawal deletes the fingerprints.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import httpx
import numpy as np
import pytest

from helpers.browser import screenshot
from nciiguard.hashing.pdq import hamming, pdq_hash
from nciiguard.imaging import decode_image

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _exif_rotated_jpeg(path: Path) -> Path:
    """A benign synthetic photo saved sideways with EXIF orientation 6 (rotate 90° to display)."""
    from PIL import Image

    rng = np.random.default_rng(7)
    base = rng.integers(0, 255, (6, 9, 3), dtype=np.uint8)
    img = Image.fromarray(base).resize((270, 180), Image.Resampling.BICUBIC)
    exif = Image.Exif()
    exif[0x0112] = 6
    img.save(path, format="JPEG", quality=92, exif=exif.tobytes())
    return path


def _python_pdq(path: Path) -> str:
    return pdq_hash(decode_image(str(path)).rgb).hex


def _assert_no_image_bytes(recorder, files: list[Path]) -> None:
    """No request body may carry any part of the pictures: raw, base64 or hex, or an image header."""
    bodies = recorder.bodies()
    assert bodies, "expected the page to send something"
    for body in bodies:
        assert len(body) < 50_000, f"a request body of {len(body)} bytes is too large to be hashes only"
        for magic in (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"RIFF", b"base64,"):
            assert magic not in body
        for f in files:
            data = f.read_bytes()
            for start in (0, len(data) // 2, max(0, len(data) - 64)):
                chunk = data[start:start + 48]
                assert chunk not in body
                assert base64.b64encode(chunk)[:40] not in body
                assert chunk.hex().encode() not in body


def _hash_files(page, input_selector: str, files: list[Path]) -> None:
    page.set_input_files(input_selector, [str(f) for f in files])
    table = input_selector.replace("files", "list")
    page.wait_for_function(
        """([sel, n]) => { const rows = document.querySelectorAll(sel + ' tr');
             return rows.length === n && [...rows].every(r => !r.className.includes('working')); }""",
        arg=[table, len(files)],
    )


def test_portal_hashes_in_browser_and_case_lifecycle(page, live_server, tmp_path):
    files = [FIXTURES / "pdq_js" / "square-512x512.jpg", FIXTURES / "pdq" / "labelme" / "q0122.jpg",
             FIXTURES / "images" / "chair_rgba.png", _exif_rotated_jpeg(tmp_path / "sideways.jpg")]
    page.goto(live_server.url + "/portal/protect")
    assert page.locator("#protect-send").is_disabled()
    _hash_files(page, "#protect-files", files)

    # Only file names and statuses are shown: no picture, no preview.
    assert page.locator("img").count() == 0
    assert page.locator("canvas").count() == 0
    names = page.locator("#protect-list td:first-child").all_inner_texts()
    assert names == [f.name for f in files]
    statuses = page.locator("#protect-list td:last-child").all_inner_texts()
    assert all(s == "Fingerprint made" for s in statuses), statuses
    assert "Nothing has been sent yet" in page.locator("#protect-status").inner_text()
    assert not page.recorder.posts("/v1/"), "nothing may be sent before the person presses send"
    screenshot(page, "portal-protect-ready")

    page.click("#protect-send")
    page.wait_for_selector("#case-created:not([hidden])")
    number = page.locator("#case-number").inner_text()
    pin = page.locator("#case-pin").inner_text()
    assert re.fullmatch(r"NG-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", number)
    assert re.fullmatch(r"\d{8}", pin)
    screenshot(page, "portal-case-created")

    # What was sent: per picture one PDQ hash (with crop variants) and the file's SHA-256.
    sent = json.loads(page.recorder.posts("/v1/cases")[0])
    pdqs = [h for h in sent["hashes"] if h["signal_type"] == "pdq"]
    shas = [h["value"] for h in sent["hashes"] if h["signal_type"] == "sha256"]
    assert len(pdqs) == len(files)
    import hashlib

    assert shas == [hashlib.sha256(f.read_bytes()).hexdigest() for f in files]
    distances = []
    for f, h in zip(files, pdqs):
        d = hamming(h["value"], _python_pdq(f))
        distances.append(d)
        assert d <= 10, f"{f.name}: browser PDQ is {d} bits from Python's"
        assert set(h["pdq_variants"]) == {"center90", "center80"}
    print("browser vs python PDQ distances:", dict(zip([f.name for f in files], distances)))
    _assert_no_image_bytes(page.recorder, files)

    # Shown once: after "done" they are gone from the page.
    assert page.locator("#case-done").is_disabled()
    page.check("#case-written")
    page.click("#case-done")
    page.wait_for_selector("#case-hidden:not([hidden])")
    html = page.content()
    assert number not in html and pin not in html
    # The page stored nothing.
    assert page.evaluate("() => localStorage.length + sessionStorage.length") == 0

    # Check the case, then withdraw it.
    page.goto(live_server.url + "/portal/case")
    page.fill("#signin-number", number.lower().replace("-", " "))  # typed loosely still works
    page.fill("#signin-pin", pin)
    page.click("#signin-form button[type=submit]")
    page.wait_for_selector("#case-view:not([hidden])")
    assert page.locator("#case-status").inner_text().startswith("Open")
    assert int(page.locator("#case-hashes").inner_text()) == 2 * len(files)
    screenshot(page, "portal-case-open")
    # Add one more picture to the case.
    more = FIXTURES / "pdq" / "labelme" / "q0746.jpg"
    files.append(more)
    _hash_files(page, "#add-files", [more])
    page.click("#add-send")
    page.wait_for_function(f"() => document.querySelector('#case-hashes').textContent === '{2 * len(files)}'")
    assert "Added 2" in page.locator("#add-status").inner_text()
    _assert_no_image_bytes(page.recorder, files)
    page.click("#withdraw-start")
    page.click("#withdraw-no")
    assert page.locator("#withdraw-confirm").is_hidden()
    page.click("#withdraw-start")
    page.click("#withdraw-yes")
    page.wait_for_function("() => document.querySelector('#case-status').textContent.startsWith('Withdrawn')")
    assert "deleted" in page.locator("#case-message").inner_text()
    screenshot(page, "portal-case-withdrawn")

    # The server agrees: the case is withdrawn and its hashes are gone from every bank.
    r = httpx.get(live_server.url + "/v1/cases/me", headers={"X-Case-Number": number, "X-Case-Pin": pin})
    assert r.status_code == 200 and r.json()["status"] == "withdrawn" and r.json()["hashes"] == {}
    assert not page.recorder.errors, page.recorder.errors


def test_wrong_pin_is_told_calmly(page, live_server):
    page.goto(live_server.url + "/portal/case")
    page.fill("#signin-number", "NG-2345-6789-ABCD")
    page.fill("#signin-pin", "00000000")
    page.click("#signin-form button[type=submit]")
    page.wait_for_function("() => document.querySelector('#signin-status').textContent.length > 0 && "
                           "!document.querySelector('#signin-status').textContent.startsWith('Looking')")
    assert "do not match" in page.locator("#signin-status").inner_text()
    assert page.locator("#case-view").is_hidden()


def test_unreadable_file_is_left_out_not_sent(page, live_server, tmp_path):
    bad = tmp_path / "notes.jpg"
    bad.write_bytes(b"this is not a picture at all" * 10)
    good = FIXTURES / "pdq" / "labelme" / "q1050.jpg"
    page.goto(live_server.url + "/portal/protect")
    _hash_files(page, "#protect-files", [bad, good])
    statuses = page.locator("#protect-list td:last-child").all_inner_texts()
    assert "could not be read" in statuses[0]
    assert statuses[1] == "Fingerprint made"
    page.click("#protect-send")
    page.wait_for_selector("#case-created:not([hidden])")
    sent = json.loads(page.recorder.posts("/v1/cases")[0])
    assert [h["signal_type"] for h in sent["hashes"]] == ["pdq", "sha256"]
    _assert_no_image_bytes(page.recorder, [bad, good])


def test_takedown_request(page, live_server):
    page.goto(live_server.url + "/portal/takedown")
    # Nothing filled in: the page lists what is missing, in words, and sends nothing.
    page.click("#td-send")
    page.wait_for_selector("#td-errors:not([hidden])")
    missing = page.locator("#td-errors li").all_inner_texts()
    assert len(missing) == 5
    assert not page.recorder.posts("/v1/takedowns")
    # Following an error link moves the keyboard focus to that field.
    page.locator("#td-errors a").first.click()
    assert page.evaluate("() => document.activeElement.id") == "td-urls"
    screenshot(page, "portal-takedown-errors")

    page.fill("#td-urls", "https://platform.example/p/123\nhttps://platform.example/p/456")
    page.fill("#td-ids", "post-789")
    page.set_input_files("#td-files", [str(FIXTURES / "pdq" / "labelme" / "q2821.jpg")])
    page.wait_for_function("() => document.querySelector('#td-list tr:not(.state-working)') !== null")
    page.check("#td-good-faith")
    page.fill("#td-email", "person@example.org")
    page.fill("#td-name", "Alex Example")
    page.check("#td-sign")
    page.click("#td-send")
    page.wait_for_selector("#td-done:not([hidden])")
    token = page.locator("#td-token").inner_text()
    assert len(token) >= 20
    screenshot(page, "portal-takedown-done")

    body = json.loads(page.recorder.posts("/v1/takedowns")[-1])
    assert body["signature"] == {"name": "Alex Example", "kind": "electronic"}
    assert body["good_faith"] is True and "good faith" in body["good_faith_statement"]
    assert {"url": "https://platform.example/p/123"} in body["locations"]
    assert {"content_id": "post-789"} in body["locations"]
    assert body["contact"]["email"] == "person@example.org"
    assert [h["signal_type"] for h in body["hashes"]] == ["pdq", "sha256"]
    _assert_no_image_bytes(page.recorder, [FIXTURES / "pdq" / "labelme" / "q2821.jpg"])

    page.check("#td-written")
    page.click("#td-hide")
    assert token not in page.content()
    page.fill("#td-check-token", token)
    page.click("#td-check-form button[type=submit]")
    page.wait_for_function("() => document.querySelector('#td-check-result').textContent.length > 0")
    assert page.locator("#td-check-result").inner_text().startswith("Received")
    assert not page.recorder.errors, page.recorder.errors


def test_keyboard_only_sign_in(page, live_server):
    """The skip link comes first, and the case form works with the keyboard alone."""
    created = httpx.post(live_server.url + "/v1/cases",
                         json={"hashes": [{"signal_type": "sha256", "value": "ab" * 32}]}).json()
    page.goto(live_server.url + "/portal/case")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    page.focus("#signin-number")
    page.keyboard.type(created["case_number"])
    page.keyboard.press("Tab")
    page.keyboard.type(created["pin"])
    page.keyboard.press("Enter")
    page.wait_for_selector("#case-view:not([hidden])")
    # Focus moved to the result so a screen reader announces it.
    assert page.evaluate("() => document.activeElement.id") == "case-view"


def test_quick_exit_leaves_at_once(page, live_server):
    # The neutral site is answered locally: the test makes no request to the internet.
    page.route("https://www.wikipedia.org/**", lambda route: route.fulfill(status=200, body="neutral page",
                                                                             content_type="text/plain"))
    page.goto(live_server.url + "/portal")
    page.goto(live_server.url + "/portal/protect")
    page.evaluate("() => sessionStorage.setItem('x', '1')")
    page.click("#quick-exit")
    page.wait_for_url("https://www.wikipedia.org/")
    # replace(): going back skips the page that was open and lands on the one before it.
    page.go_back()
    assert page.url == live_server.url + "/portal"
