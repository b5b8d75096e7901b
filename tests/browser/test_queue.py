"""The moderator review queue in headless Chromium against the real app over loopback HTTP.

The queue is seeded through the real API (a survivor case, a platform match, a platform report,
removal requests), then decided in the page; the API and the banks are checked afterwards.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from helpers.browser import screenshot
from nciiguard.hashing.pdq import pdq_hash
from nciiguard.imaging import decode_image

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _pdq(name: str) -> str:
    return pdq_hash(decode_image(str(FIXTURES / "pdq" / "labelme" / name)).rgb).hex


def _takedown(url: str, where: str) -> dict:
    body = {"signature": {"name": "Sam Example"}, "locations": [{"url": where}], "good_faith": True,
            "contact": {"email": "sam@example.org"}}
    r = httpx.post(url + "/v1/takedowns", json=body)
    assert r.status_code == 201, r.text
    return r.json()


@pytest.fixture
def seeded(live_server):
    url = live_server.url
    platform, moderator = live_server.key("platform"), live_server.key("moderator")
    h_match, h_report = _pdq("q0291.jpg"), _pdq("q1050.jpg")
    # A survivor's case banks both hashes; the platform then sees both pictures.
    r = httpx.post(url + "/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": h_match},
                                                       {"signal_type": "pdq", "value": h_report}]})
    assert r.status_code == 201, r.text
    p = {"X-API-Key": platform}
    m = httpx.post(url + "/v1/match", headers=p, json={"hashes": [{"signal_type": "pdq", "value": h_match}],
                                                      "content_id": "upload-4411"}).json()
    assert m["matched"] and m["review_item"]
    rep = httpx.post(url + "/v1/reports", headers=p, json={"hashes": [{"signal_type": "pdq", "value": h_report}],
                                                           "url": "https://platform.example/v/77",
                                                           "reason": "user report"}).json()
    on_time = _takedown(url, "https://platform.example/p/on-time")
    late = _takedown(url, "https://platform.example/p/late")
    # Move the second request's clock 50 hours back: it is overdue.
    from nciiguard.casework.models import TakedownRow

    with live_server.db.session() as s:
        row = s.execute(select(TakedownRow).where(TakedownRow.ref == late["ref"])).scalar_one()
        row.received_at = row.received_at - timedelta(hours=50)
        row.due_at = row.due_at - timedelta(hours=50)
    return {"url": url, "platform": platform, "moderator": moderator, "h_match": h_match, "h_report": h_report,
            "match_item": m["review_item"], "report_item": rep["review_item"], "on_time": on_time["ref"],
            "late": late["ref"]}


def _signed_in(page, seeded):
    page.goto(seeded["url"] + "/moderate")
    page.fill("#key-input", seeded["moderator"])
    page.click("#key-form button[type=submit]")
    page.wait_for_selector("#review-list .card")


def test_queue_lists_and_decides(page, seeded):
    url, p = seeded["url"], {"X-API-Key": seeded["platform"]}
    _signed_in(page, seeded)
    # The key is in this tab's session storage only, and never in a URL.
    assert page.evaluate("() => sessionStorage.getItem('nciiguard.moderatorKey')") == seeded["moderator"]
    assert page.evaluate("() => localStorage.length") == 0
    assert all(seeded["moderator"] not in u for _, u, _ in page.recorder.requests)

    # Removal requests: the overdue one first, highlighted, with its clock.
    cards = page.locator("#takedowns-list .card")
    assert cards.count() == 2
    first = cards.nth(0)
    assert first.get_attribute("data-ref") == seeded["late"]
    assert "overdue" in first.get_attribute("class")
    assert first.locator(".badge").inner_text().startswith("Overdue by 2 h")
    assert "https://platform.example/p/late" in first.inner_text()
    second = cards.nth(1)
    assert "overdue" not in second.get_attribute("class")
    assert second.locator(".badge").inner_text().endswith("left")
    # Web addresses are text, not links; no picture anywhere.
    assert page.locator("main a").count() == 0
    assert page.locator("img, video, canvas, iframe").count() == 0

    # Matches and reports (removal requests are not listed twice).
    items = page.locator("#review-list .card")
    assert items.count() == 2
    match_card = page.locator(f'[data-item="{seeded["match_item"]}"]')
    assert "upload-4411" in match_card.inner_text()
    assert seeded["h_match"] in match_card.inner_text()
    assert "known_ncii.survivor_match" in match_card.inner_text()
    assert "distance 0" in match_card.inner_text()
    report_card = page.locator(f'[data-item="{seeded["report_item"]}"]')
    assert "https://platform.example/v/77" in report_card.inner_text()
    screenshot(page, "moderate-queue")

    # Confirm the match: its hash goes to the confirmed bank.
    match_card.locator("input").fill("same picture as the survivor's")
    match_card.get_by_role("button", name="Confirm: add to the confirmed bank").click()
    page.wait_for_function("() => document.querySelectorAll('#review-list .card').length === 1")
    assert "confirmed" in page.locator("#queue-status").inner_text()
    mod = {"X-API-Key": seeded["moderator"]}
    item = httpx.get(f"{url}/v1/review/{seeded['match_item']}", headers=mod).json()
    assert item["status"] == "confirmed" and item["note"] == "same picture as the survivor's"
    m = httpx.post(url + "/v1/match", headers=p, json={"hashes": [{"signal_type": "pdq", "value": seeded["h_match"]}]})
    assert any(x["bank"].startswith("confirmed") for x in m.json()["results"][0]["matches"])

    # Reject the report: its hash goes on the allow-list and stops matching, even the survivor bank.
    before = httpx.post(url + "/v1/match", headers=p,
                        json={"hashes": [{"signal_type": "pdq", "value": seeded["h_report"]}]}).json()
    assert before["matched"]
    page.locator(f'[data-item="{seeded["report_item"]}"]').get_by_role("button", name="Not a match: allow-list it").click()
    page.wait_for_selector("#review-empty:not([hidden])")
    after = httpx.post(url + "/v1/match", headers=p,
                       json={"hashes": [{"signal_type": "pdq", "value": seeded["h_report"]}]}).json()
    assert not after["matched"] and after["results"][0]["allow_listed"]
    assert httpx.get(f"{url}/v1/review/{seeded['report_item']}", headers=mod).json()["status"] == "rejected"

    # Removal requests: "not valid" needs a reason; "valid" starts removal.
    late = page.locator(f'[data-ref="{seeded["late"]}"]')
    late.get_by_role("button", name="Not valid").click()
    assert "give a reason" in page.locator("#queue-status").inner_text()
    assert httpx.get(f"{url}/v1/takedowns/{seeded['late']}", headers=mod).json()["status"] == "received"
    late.get_by_role("button", name="Valid: start removal").click()
    page.wait_for_function(f"""() => document.querySelector('[data-ref="{seeded["late"]}"]')
                                    .textContent.includes('waiting for the platform')""")
    assert httpx.get(f"{url}/v1/takedowns/{seeded['late']}", headers=mod).json()["status"] == "valid"
    on_time = page.locator(f'[data-ref="{seeded["on_time"]}"]')
    on_time.locator("input").fill("the address is not on this platform")
    on_time.get_by_role("button", name="Not valid").click()
    page.wait_for_function("() => document.querySelectorAll('#takedowns-list .card').length === 1")
    td = httpx.get(f"{url}/v1/takedowns/{seeded['on_time']}", headers=mod).json()
    assert td["status"] == "invalid" and td["decision_reason"] == "the address is not on this platform"
    screenshot(page, "moderate-after")
    assert not page.recorder.errors, page.recorder.errors


def test_queue_key_handling(page, seeded):
    page.goto(seeded["url"] + "/moderate")
    assert page.locator("#takedowns-section").is_hidden()
    # A wrong key is refused, said plainly, and not kept.
    page.fill("#key-input", "ngk_000000000000_" + "A" * 43)
    page.click("#key-form button[type=submit]")
    page.wait_for_function("() => document.querySelector('#queue-status').textContent.includes('not accepted')")
    assert page.evaluate("() => sessionStorage.length") == 0
    assert page.locator("#key-form").is_visible()
    # A platform key is not a moderator key.
    page.fill("#key-input", seeded["platform"])
    page.click("#key-form button[type=submit]")
    page.wait_for_function("() => document.querySelector('#queue-status').textContent.includes('moderator role')")
    page.click("#key-forget")
    # The right key survives a reload of the tab (session storage), and "forget" removes it.
    _signed_in(page, seeded)
    page.reload()
    page.wait_for_selector("#review-list .card")
    page.click("#key-forget")
    assert page.evaluate("() => sessionStorage.length") == 0
    assert page.locator("#review-section").is_hidden()
