"""Appeals in the moderator queue page (headless Chromium, the real app over loopback HTTP): a
held prompt and a blocked picture are appealed through the API, shown in the page with their
reasons and the requester's words (never the prompt), and decided there."""

from __future__ import annotations

import httpx
import pytest

from helpers.browser import screenshot
from helpers.images import synthetic_png
from nciiguard.hashing.records import hash_image

pytestmark = pytest.mark.browser


@pytest.fixture
def appealed(live_server):
    url = live_server.url
    platform, moderator = live_server.key("platform"), live_server.key("moderator")
    p = {"X-API-Key": platform}
    held = httpx.post(url + "/v1/screen/prompt", headers=p,
                      json={"prompt": "PAGE-MARKER a naked woman, explicit porn"}).json()
    assert held["action"] == "review"
    img = synthetic_png(41)
    assert httpx.post(url + "/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": hash_image(img).pdq}]}
                      ).status_code == 201
    blocked = httpx.post(url + "/v1/screen/image", headers=p, files={"image": ("a.png", img, "image/png")},
                         data={"content_id": "post-9"}).json()
    assert blocked["action"] == "block"
    a1 = httpx.post(url + "/v1/appeals", headers=p, json={"decision_id": held["decision_id"],
                                                         "text": "It is a museum painting"}).json()
    a2 = httpx.post(url + "/v1/appeals", headers=p, json={"decision_id": blocked["decision_id"],
                                                         "text": "This is my own holiday photo"}).json()
    return {"url": url, "platform": platform, "moderator": moderator, "prompt": a1["ref"], "image": a2["ref"],
            "img": img}


def test_appeals_are_listed_and_decided_in_the_page(page, appealed):
    url, mod = appealed["url"], {"X-API-Key": appealed["moderator"]}
    page.goto(url + "/moderate")
    page.fill("#key-input", appealed["moderator"])
    page.click("#key-form button[type=submit]")
    page.wait_for_selector("#appeals-list .card")
    assert page.locator("#appeals-list .card").count() == 2
    prompt_card = page.locator(f'[data-appeal="{appealed["prompt"]}"]')
    text = prompt_card.inner_text()
    assert "It is a museum painting" in text and "sexual." in text and "(prompt)" in text
    assert "PAGE-MARKER" not in page.content()  # the prompt is never shown
    assert prompt_card.get_by_role("button", name="Overturn and allow-list the picture").count() == 0
    image_card = page.locator(f'[data-appeal="{appealed["image"]}"]')
    assert "known_ncii.survivor_match" in image_card.inner_text() and "post-9" in image_card.inner_text()
    assert page.locator("img, video, canvas, iframe").count() == 0
    screenshot(page, "moderate-appeals")

    # Overturn the prompt decision as a policy false positive.
    prompt_card.locator("input[type=text]").fill("a painting, not a photo")
    prompt_card.locator("input[type=checkbox]").check()
    prompt_card.get_by_role("button", name="Overturn", exact=True).click()
    page.wait_for_function("() => document.querySelectorAll('#appeals-list .card').length === 1")
    got = httpx.get(f"{url}/v1/appeals/{appealed['prompt']}", headers=mod).json()
    assert got["status"] == "overturned" and got["false_positive"] is True and got["note"] == "a painting, not a photo"

    # Overturn the picture and allow-list it: the same picture then passes screening.
    page.locator(f'[data-appeal="{appealed["image"]}"]').get_by_role(
        "button", name="Overturn and allow-list the picture").click()
    page.wait_for_selector("#appeals-empty:not([hidden])")
    assert "allow-list" in page.locator("#queue-status").inner_text()
    again = httpx.post(url + "/v1/screen/image", headers={"X-API-Key": appealed["platform"]},
                       files={"image": ("a.png", appealed["img"], "image/png")}).json()
    assert again["action"] == "allow"
    assert not page.recorder.errors, page.recorder.errors
