"""The Telegram bot's handlers on python-telegram-bot's own objects, with a fake Bot API transport.

No Telegram API can be reached here. The bot is a real ``telegram.Bot`` whose request object is a
``BaseRequest`` subclass answering the Bot API's JSON (getMe, sendMessage, deleteMessage, getFile,
answerCallbackQuery) and serving file downloads; ``Update`` and ``Message`` objects are built with
``Update.de_json`` from the JSON Telegram sends, so ``Message.delete()``, ``Bot.send_message``,
``PhotoSize.get_file()`` / ``File.download_as_bytearray()`` and ``CallbackQuery.answer`` run
python-telegram-bot's own code down to the HTTP request. The Application test routes an update
through ``Application.process_update``.

Policy outcomes come from a scripted prompt signal (a stand-in word, never real sexual text) and
a REAL hash bank on SQLite holding a benign photo's PDQ hash.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

telegram = pytest.importorskip("telegram", reason="python-telegram-bot is not installed: pip install 'nciiguard[telegram]'")

from telegram import Bot, Update  # noqa: E402
from telegram.request import BaseRequest  # noqa: E402

from nciiguard import Guard  # noqa: E402
from nciiguard.config import Config  # noqa: E402
from nciiguard.errors import ConfigError  # noqa: E402
from nciiguard.findings import Finding, Span  # noqa: E402
from nciiguard.integrations.incidents import IncidentStore  # noqa: E402
from nciiguard.integrations.telegram_bot import TelegramModerator, build_application  # noqa: E402
from nciiguard.integrations.telegram_config import load_telegram_config  # noqa: E402
from nciiguard.signals.registry import DEFAULT_REGISTRY  # noqa: E402
from nciiguard.signals.base import Resources, Signal  # noqa: E402

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "images"
GROUP, OTHER_GROUP, GEN_CHAT, ADMIN = -1001000000001, -1001000000002, -1001000000003, -1001000000099
BOT_SELF, GEN_BOT, USER, OTHER_USER = 900, 901, 500, 501
FLAG = "flagword"


class ScriptedPrompt(Signal):
    """'flagword' -> sexual + a named person (block); 'holdword' -> sexual only (review)."""

    name = "scripted_prompt"
    modalities = frozenset({"text"})

    def detect(self, ctx):
        out = []
        for field in ctx.text_fields:
            text = ctx.content.texts[field]
            for word, labels in ((FLAG, ("explicit", "full_name")), ("holdword", ("explicit",))):
                i = text.find(word)
                if i >= 0:
                    out += [Finding(label, 0.9, field, span=Span(i, i + len(word))) for label in labels]
        return out


PROFILE = {
    "name": "telegram_test", "version": "1",
    "signals": {"scripted_prompt": {}, "hash_match": {}},
    "categories": {
        "sexual": {"from": [{"signal": "scripted_prompt", "labels": ["explicit"]}]},
        "real_person": {"from": [{"signal": "scripted_prompt", "labels": ["full_name"]}]},
        "minor": {"from": [{"signal": "scripted_prompt", "labels": ["age_under_18"]}]},
        "known_ncii": {"from": [{"signal": "hash_match", "labels": ["bank_match"]}]},
        "ncii": {"when": {"all": ["sexual", "real_person"]}},
    },
    "rules": [
        {"id": "minor_sexual", "when": {"all": ["sexual", "minor"]}, "action": "block", "message": "Never."},
        {"id": "known_ncii", "when": "known_ncii", "action": "block",
         "message": "This image matches one reported as shared without consent."},
        {"id": "ncii", "when": "ncii", "action": "block", "message": "Sexual images of a real person are not allowed."},
        {"id": "sexual", "when": "sexual", "action": "review", "message": "Held for review."},
    ],
}


@pytest.fixture(scope="module")
def guard(tmp_path_factory):
    from nciiguard.banks import BankMatcher, BankStore, hash_file

    url = f"sqlite:///{tmp_path_factory.mktemp('bank') / 'bank.db'}"
    store = BankStore.open(url, actor="test")
    store.create_bank("survivors", "pdq", "confirmed")  # confirmed NCII blocks; a survivor-only match is held for review
    store.add_record("survivors", hash_file(FIX / "butterfly.jpg"), case_id="C-7")
    g = Guard(PROFILE, config=Config.load(workers=0), resources=Resources(banks=BankMatcher(store)),
              registry=DEFAULT_REGISTRY.extended({"scripted_prompt": ScriptedPrompt}))
    yield g
    store.db.dispose()


def config(**group) -> dict:
    base = {"generation_bots": ["nudify_gen_bot", GEN_BOT], "command_prefixes": ["/imagine", "/undress"],
            "on_review": "hold"}
    base.update(group)
    return {"admin_chat": ADMIN, "groups": {GROUP: base}}


# ---------------------------------------------------------------------------------------------
# The fake Bot API transport (only where the network would be)
# ---------------------------------------------------------------------------------------------
class FakeBotApi(BaseRequest):
    def __init__(self):
        self.calls: list[tuple[str, dict]] = []
        self.files: dict[str, bytes] = {}
        self.fail: dict[str, tuple[int, str]] = {}  # endpoint -> (status, description)
        self._ids = iter(range(50_000, 99_999))

    @property
    def read_timeout(self):
        return None

    async def initialize(self):
        pass

    async def shutdown(self):
        pass

    async def do_request(self, url, method, request_data=None, read_timeout=None, write_timeout=None,
                         connect_timeout=None, pool_timeout=None):
        if "/file/bot" in url:  # a file download
            path = url.split("/file/bot", 1)[1].split("/", 1)[1]
            if path not in self.files:
                return 404, b'{"ok":false,"error_code":404,"description":"Not Found"}'
            return 200, self.files[path]
        endpoint = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data is not None else {}
        self.calls.append((endpoint, params))
        if endpoint in self.fail:
            status, desc = self.fail[endpoint]
            return status, json.dumps({"ok": False, "error_code": status, "description": desc}).encode()
        return 200, json.dumps({"ok": True, "result": self._result(endpoint, params)}).encode()

    def _result(self, endpoint, params):
        if endpoint == "getMe":
            return {"id": BOT_SELF, "is_bot": True, "first_name": "nciiguard", "username": "nciiguard_bot"}
        if endpoint == "sendMessage":
            return {"message_id": next(self._ids), "date": 1_700_000_000,
                    "chat": {"id": int(params["chat_id"]), "type": "supergroup"},
                    "from": {"id": BOT_SELF, "is_bot": True, "first_name": "nciiguard"}, "text": params["text"]}
        if endpoint == "getFile":
            fid = params["file_id"]
            return {"file_id": fid, "file_unique_id": "u" + fid, "file_size": len(self.files.get(f"p/{fid}", b"")),
                    "file_path": f"p/{fid}"}
        return True

    def sent(self, chat_id: int) -> list[dict]:
        return [p for e, p in self.calls if e == "sendMessage" and int(p["chat_id"]) == chat_id]

    def deleted(self) -> list[int]:
        return [int(p["message_id"]) for e, p in self.calls if e == "deleteMessage"]


class Harness:
    def __init__(self, cfg: dict, guard, records: IncidentStore | None = None):
        self.api = FakeBotApi()
        self.bot = Bot("123456:TEST", request=self.api, get_updates_request=self.api)
        self.mod = TelegramModerator(load_telegram_config(cfg), lambda policy: guard, records=records)
        self._ids = iter(range(1, 40_000))

    async def start(self):
        await self.bot.initialize()
        return self

    def update(self, **message) -> Update:
        return Update.de_json({"update_id": next(self._ids), "message": message}, self.bot)

    def message(self, text: str | None = None, *, chat: int = GROUP, author: dict | None = None, entities=None,
                photo: bytes | None = None, photo_size: int | None = None, caption: str | None = None,
                reply_to: dict | None = None, chat_type: str = "supergroup", edited: bool = False) -> Update:
        m: dict = {"message_id": next(self._ids), "date": 1_700_000_000,
                   "chat": {"id": chat, "type": chat_type, "title": "test group"},
                   "from": author or user(USER, "alice")}
        if text is not None:
            m["text"] = text
            m["entities"] = entities if entities is not None else _entities(text)
        if photo is not None:
            fid = f"ph{m['message_id']}"
            self.api.files[f"p/{fid}"] = photo
            m["photo"] = [{"file_id": fid + "s", "file_unique_id": fid + "s", "width": 90, "height": 60, "file_size": 900},
                          {"file_id": fid, "file_unique_id": fid, "width": 800, "height": 600,
                           "file_size": len(photo) if photo_size is None else photo_size}]
        if caption is not None:
            m["caption"] = caption
        if reply_to is not None:
            m["reply_to_message"] = reply_to
        key = "edited_message" if edited else "message"
        if edited:
            m["edit_date"] = 1_700_000_100
        return Update.de_json({"update_id": next(self._ids), key: m}, self.bot)

    def button(self, data: str, who: dict) -> Update:
        return Update.de_json({"update_id": next(self._ids), "callback_query": {
            "id": str(next(self._ids)), "from": who, "chat_instance": "ci", "data": data,
            "message": {"message_id": 1, "date": 1_700_000_000, "chat": {"id": GROUP, "type": "supergroup"},
                        "text": "notice"}}}, self.bot)


def user(uid: int, name: str | None, *, bot: bool = False) -> dict:
    u = {"id": uid, "is_bot": bot, "first_name": name or "x"}
    if name:
        u["username"] = name
    return u


def _entities(text: str) -> list[dict]:
    """Mentions and a leading command, as Telegram marks them (offsets in UTF-16 code units)."""
    out = []
    pos = 0
    for word in text.split(" "):
        u16 = len(text[:pos].encode("utf-16-le")) // 2
        n = len(word.encode("utf-16-le")) // 2
        if word.startswith("@") and len(word) > 1:
            out.append({"type": "mention", "offset": u16, "length": n})
        elif word.startswith("/") and pos == 0:
            out.append({"type": "bot_command", "offset": 0, "length": n})
        pos += len(word) + 1
    return out


def run(coro):
    return asyncio.run(coro)


BUTTERFLY = (FIX / "butterfly.jpg").read_bytes()
STREET = (FIX / "street.jpg").read_bytes()


# ---------------------------------------------------------------------------------------------
def test_requests_to_generation_bots_are_screened_both_ways(guard):
    async def go():
        h = await Harness(config(), guard).start()
        # Mention of a generation bot with the stand-in word: deleted, notice with Appeal, admins told.
        out = await h.mod.handle_update(h.message(f"@nudify_gen_bot 😀 make {FLAG} of my classmate"))
        assert (out.action, out.decision) == ("delete", "block")
        assert len(h.api.deleted()) == 1
        [notice] = h.api.sent(GROUP)
        markup = json.loads(notice["reply_markup"]) if isinstance(notice["reply_markup"], str) else notice["reply_markup"]
        assert markup["inline_keyboard"][0][0]["callback_data"] == f"nciiguard:appeal:{out.incident.id}"
        [report] = h.api.sent(ADMIN)
        assert out.incident.id in report["text"] and "scripted" not in report["text"]
        assert FLAG not in report["text"] and "classmate" not in report["text"]  # no text unless opted in
        # A benign request to the same bot: nothing happens.
        before = len(h.api.calls)
        ok = await h.mod.handle_update(h.message("@nudify_gen_bot a watercolour of a lighthouse"))
        assert ok.action == "none" and len(h.api.calls) == before  # no API call at all
        # A command addressed to the bot, a listed command, a reply to the bot: all requests.
        r1 = await h.mod.handle_update(h.message(f"/imagine@nudify_gen_bot {FLAG}"))
        r2 = await h.mod.handle_update(h.message(f"/undress holdword"))
        reply_to = {"message_id": 7, "date": 1_700_000_000, "chat": {"id": GROUP, "type": "supergroup"},
                    "from": user(GEN_BOT, "some_gen_bot", bot=True), "text": "here you go"}
        r3 = await h.mod.handle_update(h.message(f"more {FLAG}", reply_to=reply_to))
        assert [r1.decision, r2.decision, r3.decision] == ["block", "review", "block"]
        assert r2.action == "hold" and len(h.api.deleted()) == 4
        # Not addressed to a generation bot and no image: not a request, not screened.
        assert await h.mod.handle_update(h.message(f"talking about {FLAG} here")) is None
        assert await h.mod.handle_update(h.message(f"@someone_else {FLAG}")) is None
        # The request text is what reaches the guard: command and mentions removed.
        msg = h.message("/imagine@nudify_gen_bot  a cat @friend_name on a sofa").message
        assert h.mod.request_text(msg) == "a cat on a sofa"

    run(go())


def test_images_and_captions_in_the_group(guard):
    async def go():
        h = await Harness(config(), guard).start()
        banked = await h.mod.handle_update(h.message(photo=BUTTERFLY, caption="look at this"))
        assert (banked.action, banked.decision) == ("delete", "block") and "known_ncii.bank_match" in banked.reason_codes
        assert [e for e, _ in h.api.calls].count("getFile") == 1  # downloaded through the Bot API
        benign = await h.mod.handle_update(h.message(photo=STREET, caption="my street"))
        assert benign.action == "none"
        held = await h.mod.handle_update(h.message(photo=STREET, caption=f"holdword"))
        assert held.decision == "review"  # the caption is screened with the image
        big = await h.mod.handle_update(h.message(photo=STREET, photo_size=50 * 1024 * 1024))
        assert big.decision == "review" and big.reason_codes == ["attachment_unscreenable.too_large"]
        h.api.fail["getFile"] = (400, "Bad Request: file is too big")
        broken = await h.mod.handle_update(h.message(photo=STREET))
        assert broken.reason_codes == ["attachment_unscreenable.download_failed"]
        del h.api.fail["getFile"]
        # A generation bot's own output image is screened (as an output image).
        out = await h.mod.handle_update(h.message(photo=BUTTERFLY, author=user(GEN_BOT, "some_gen_bot", bot=True)))
        assert out.decision == "block"
        # images: generation -> a photo outside a request is not screened.
        h2 = await Harness(config(images="generation"), guard).start()
        outside = await h2.mod.handle_update(h2.message(photo=BUTTERFLY, caption="look"))
        assert outside.action == "none" and "getFile" not in [e for e, _ in h2.api.calls]  # caption only
        assert (await h2.mod.handle_update(h2.message(photo=BUTTERFLY, caption="/imagine like this"))).decision == "block"

    run(go())


def test_flag_mode_ignored_chats_and_delete_failures(guard):
    async def go():
        h = await Harness(config(on_review="flag", share_text_with_admins=True), guard).start()
        out = await h.mod.handle_update(h.message("/imagine holdword please"))
        assert out.action == "flag" and h.api.deleted() == []
        [report] = h.api.sent(ADMIN)
        assert "https://t.me/c/1000000001/" in report["text"] and "holdword please" in report["text"]  # opted in
        # Unconfigured groups, private chats and the bot's own messages are not moderated.
        assert await h.mod.handle_update(h.message(f"/imagine {FLAG}", chat=OTHER_GROUP)) is None
        assert await h.mod.handle_update(h.message(f"/imagine {FLAG}", chat=USER, chat_type="private")) is None
        assert await h.mod.handle_update(h.message(f"/imagine {FLAG}", author=user(BOT_SELF, "nciiguard_bot", bot=True))) is None
        # An edit that turns a request harmful is screened again.
        assert (await h.mod.handle_update(h.message(f"/imagine {FLAG}", edited=True))).decision == "block"
        # Deletion refused (the bot is not an admin): the admins are told what to fix.
        h.api.fail["deleteMessage"] = (400, "Bad Request: message can't be deleted")
        await h.mod.handle_update(h.message(f"/imagine {FLAG}"))
        assert "Delete messages" in h.api.sent(ADMIN)[-1]["text"]

    run(go())


def test_appeals_by_button_and_command(guard, tmp_path):
    async def go():
        records = IncidentStore(tmp_path / "incidents.jsonl")
        h = await Harness(config(), guard, records=records).start()
        out = await h.mod.handle_update(h.message(f"/imagine {FLAG}"))
        inc = out.incident.id
        await h.mod.handle_update(h.button(f"nciiguard:appeal:{inc}", user(OTHER_USER, "mallory")))
        answers = [p for e, p in h.api.calls if e == "answerCallbackQuery"]
        assert "only the author" in answers[-1]["text"]
        await h.mod.handle_update(h.button(f"nciiguard:appeal:{inc}", user(USER, "alice")))
        answers = [p for e, p in h.api.calls if e == "answerCallbackQuery"]
        assert "was sent to the admins" in answers[-1]["text"]
        assert f"APPEAL for incident {inc}" in h.api.sent(ADMIN)[-1]["text"]
        await h.mod.handle_update(h.button(f"nciiguard:appeal:{inc}", user(USER, "alice")))
        assert "already been appealed" in [p for e, p in h.api.calls if e == "answerCallbackQuery"][-1]["text"]
        await h.mod.handle_update(h.button("something:else", user(USER, "alice")))  # answered, ignored
        # /appeal in a private chat with the bot, after a restart (records reloaded from the file).
        out2 = await h.mod.handle_update(h.message(f"/undress holdword"))
        h2 = await Harness(config(), guard, records=IncidentStore(tmp_path / "incidents.jsonl")).start()
        await h2.mod.handle_update(h2.message(f"/appeal {out2.incident.id} it was a joke about a painting",
                                              chat=USER, chat_type="private"))
        assert "was sent to the admins" in h2.api.sent(USER)[-1]["text"]
        assert "it was a joke" in h2.api.sent(ADMIN)[-1]["text"]
        await h2.mod.handle_update(h2.message("/appeal nonsense", chat=USER, chat_type="private"))
        assert h2.api.sent(USER)[-1]["text"].startswith("Usage")
        lines = (tmp_path / "incidents.jsonl").read_text()
        assert FLAG not in lines and "holdword" not in lines  # ids and codes, never the message text

    run(go())


def test_application_routes_updates_to_the_moderator(guard):
    async def go():
        api = FakeBotApi()
        bot = Bot("123456:TEST", request=api, get_updates_request=api)
        app = build_application(config(), bot=bot, guard_factory=lambda policy: guard)
        await app.initialize()
        try:
            upd = Update.de_json({"update_id": 1, "message": {
                "message_id": 77, "date": 1_700_000_000, "chat": {"id": GROUP, "type": "supergroup", "title": "g"},
                "from": user(USER, "alice"), "text": f"/imagine {FLAG}",
                "entities": [{"type": "bot_command", "offset": 0, "length": 8}]}}, bot)
            await app.process_update(upd)
        finally:
            await app.shutdown()
        assert api.deleted() == [77] and api.sent(ADMIN)

    run(go())


@pytest.mark.parametrize("bad,msg", [
    ({"groups": {}}, "groups"),
    ({"admin_chat": ADMIN, "groups": {5: {}}}, "not a group id"),
    ({"groups": {GROUP: {}}}, "no admin_chat"),
    ({"admin_chat": ADMIN, "groups": {GROUP: {"on_reveiw": "hold"}}}, "unknown key"),
    ({"admin_chat": ADMIN, "groups": {GROUP: {"generation_bots": ["x y"]}}}, "username"),
    ({"admin_chat": ADMIN, "groups": {GROUP: {"command_prefixes": ["imagine"]}}}, "/name"),
])
def test_configuration_errors_name_the_problem(bad, msg):
    with pytest.raises(ConfigError, match=msg):
        load_telegram_config(bad)


# ---------------------------------------------------------------------------------------------
# With a service: screening through its API, appeals into its queue (a real service on loopback)
# ---------------------------------------------------------------------------------------------
def test_with_a_service_appeals_reach_its_queue_and_a_dead_service_fails_closed(tmp_path, sqlite_url, request):
    from helpers.service import BotService
    from nciiguard.integrations.service_client import SERVICE_ERROR

    service = BotService(request, sqlite_url, tmp_path, policy=PROFILE, signals={"scripted_prompt": ScriptedPrompt},
                         bank_image=FIX / "butterfly.jpg")
    cfg = {**config(), "service": service.link()}

    async def go():
        h = await Harness(cfg, None).start()
        h.mod = TelegramModerator(load_telegram_config(cfg), records=IncidentStore())  # no guard: the service
        assert (await h.mod.handle_update(h.message("/imagine a cat on a sofa"))).action == "none"
        out = await h.mod.handle_update(h.message(f"/imagine {FLAG}"))
        assert out.action == "delete" and out.decision == "block" and out.incident.decision_id.startswith("dec_")
        assert out.incident.policy.startswith("telegram_test@")  # the service's decision
        photo = await h.mod.handle_update(h.message(photo=BUTTERFLY, caption="holiday"))
        assert photo.decision == "block" and photo.incident.decision_id.startswith("dec_")
        await h.mod.handle_update(h.button(f"nciiguard:appeal:{out.incident.id}", user(USER, "alice")))
        answer = [p for e, p in h.api.calls if e == "answerCallbackQuery"][-1]["text"]
        assert "the admins and the moderators' queue" in answer
        assert "service: appeal apl_" in h.api.sent(ADMIN)[-1]["text"]
        await h.mod.handle_update(h.message(f"/appeal {photo.incident.id} it is my own holiday photo",
                                            chat=USER, chat_type="private"))
        assert "moderators' queue" in h.api.sent(USER)[-1]["text"]
        # The service goes away: the next message is held for review (fail closed), and its appeal
        # still reaches the admins, who are told it is not in the service's queue.
        service.stop()
        held = await h.mod.handle_update(h.message("/imagine a cat on a sofa"))
        assert held.action == "hold" and held.decision == "review" and held.reason_codes == [SERVICE_ERROR]
        await h.mod.handle_update(h.button(f"nciiguard:appeal:{held.incident.id}", user(USER, "alice")))
        answer = [p for e, p in h.api.calls if e == "answerCallbackQuery"][-1]["text"]
        assert "sent to the admins." in answer and "queue" not in answer
        assert "not filed" in h.api.sent(ADMIN)[-1]["text"]
        return out, photo

    out, photo = run(go())
    # The service's moderators' queue: both appeals, with the decisions' reasons, nothing of the messages.
    queue = service.appeals()
    r_text = json.dumps(queue)
    items = {i["decision_id"]: i for i in queue["items"]}
    assert set(items) == {out.incident.decision_id, photo.incident.decision_id}
    assert FLAG not in r_text and "holiday" in items[photo.incident.decision_id]["text"]
