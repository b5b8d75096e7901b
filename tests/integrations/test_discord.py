"""The Discord bot's event handlers on discord.py's own objects, with a recording HTTP layer.

No Discord gateway or API can be reached here. The bot is a real ``discord.Client`` whose
``ConnectionState`` builds real ``Guild``, ``TextChannel`` and ``Message`` objects from raw
payload dicts (the JSON the gateway sends); only ``HTTPClient.request`` (every REST call) and
``HTTPClient.get_from_cdn`` (attachment downloads) are replaced, to record calls and serve bytes.
So ``Message.delete()``, ``TextChannel.send(view=...)`` and ``Attachment.read()`` run discord.py's
own code down to the HTTP request.

Policy outcomes come from a scripted prompt signal (a stand-in word, never real sexual text) and
a REAL hash bank on SQLite holding a benign photo's PDQ hash.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

discord = pytest.importorskip("discord", reason="discord.py is not installed: pip install 'nciiguard[discord]'")

from nciiguard import Guard  # noqa: E402
from nciiguard.config import Config  # noqa: E402
from nciiguard.errors import ConfigError  # noqa: E402
from nciiguard.findings import Finding, Span  # noqa: E402
from nciiguard.integrations.discord_bot import AppealButton, IncidentStore, NciiGuardBot  # noqa: E402
from nciiguard.integrations.discord_config import load_bot_config  # noqa: E402
from nciiguard.signals.registry import DEFAULT_REGISTRY  # noqa: E402
from nciiguard.signals.base import Resources, Signal  # noqa: E402

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "images"
GUILD, GEN_CHANNEL, CHAT, MODLOG, QUARANTINE = 100, 200, 201, 300, 301
BOT_SELF, GEN_BOT, USER, OTHER_USER = 900, 901, 500, 501
FLAG = "flagword"  # the scripted signal's stand-in for a blocked request


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
    "name": "discord_test", "version": "1",
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
def bank_guard(tmp_path_factory):
    from nciiguard.banks import BankMatcher, BankStore, hash_file

    url = f"sqlite:///{tmp_path_factory.mktemp('bank') / 'bank.db'}"
    store = BankStore.open(url, actor="test")
    store.create_bank("survivors", "pdq", "confirmed")
    store.add_record("survivors", hash_file(FIX / "butterfly.jpg"), case_id="C-7")
    guard = Guard(PROFILE, config=Config.load(workers=0), resources=Resources(banks=BankMatcher(store)),
                  registry=DEFAULT_REGISTRY.extended({"scripted_prompt": ScriptedPrompt}))
    yield guard
    store.db.dispose()


def server_config(**overrides) -> dict:
    server = {"mod_log_channel": MODLOG, "generation_bots": [GEN_BOT], "generation_channels": [GEN_CHANNEL],
              "command_prefixes": ["/imagine", "!gen"], "on_review": "quarantine",
              "quarantine_channel": QUARANTINE}
    server.update(overrides)
    return {"servers": {GUILD: server}}


# ---------------------------------------------------------------------------------------------
# Harness: a real client with a recording HTTP layer
# ---------------------------------------------------------------------------------------------
@dataclass
class Call:
    method: str
    path: str
    url: str
    json: Any
    reason: str | None


class Harness:
    def __init__(self, config: dict, guard, records: IncidentStore | None = None):
        # guard None: no factory, so a config with a ``service:`` block screens through the service.
        self.client = NciiGuardBot(config, guard_factory=(lambda policy: guard) if guard is not None else None,
                                   records=records)
        self.calls: list[Call] = []
        self.cdn: dict[str, bytes] = {}
        self.downloads: list[str] = []
        self._ids = iter(range(10_000, 99_999))
        http = self.client.http
        http.request = self._request
        http.get_from_cdn = self._cdn
        state = self.client._connection
        state.loop = asyncio.get_running_loop()
        state.user = discord.ClientUser(state=state, data=_user(BOT_SELF, "nciiguard", bot=True))
        self.guild = state._add_guild_from_data({
            "id": str(GUILD), "name": "test server", "owner_id": str(OTHER_USER), "roles": [], "emojis": [],
            "stickers": [], "features": [], "members": [], "member_count": 3,
            "channels": [_channel(GEN_CHANNEL, "generate"), _channel(CHAT, "chat"), _channel(MODLOG, "mod-log"),
                         _channel(QUARANTINE, "quarantine")],
        })
        self.state = state

    async def _request(self, route, *, files=None, form=None, **kwargs):
        self.calls.append(Call(route.method, route.path, route.url, kwargs.get("json"), kwargs.get("reason")))
        if route.method == "POST" and route.path == "/channels/{channel_id}/messages":
            body = kwargs.get("json") or {}
            return _message(next(self._ids), int(route.channel_id), _user(BOT_SELF, "nciiguard", bot=True),
                            body.get("content", ""), components=body.get("components", []))
        return None

    async def _cdn(self, url: str) -> bytes:
        self.downloads.append(url)
        if url not in self.cdn:
            raise discord.NotFound(_FakeResponse(404), "Unknown attachment")
        return self.cdn[url]

    def message(self, content: str, *, channel: int = CHAT, author: dict | None = None, attachments=(),
                mentions=(), reply_to: dict | None = None) -> discord.Message:
        data = _message(next(self._ids), channel, author or _user(USER, "alice"), content,
                        attachments=list(attachments), mentions=[_user(m, f"u{m}", bot=m == GEN_BOT) for m in mentions])
        if reply_to is not None:
            data["message_reference"] = {"message_id": reply_to["id"], "channel_id": str(channel), "guild_id": str(GUILD)}
            data["referenced_message"] = reply_to
            data["type"] = 19
        return discord.Message(state=self.state, channel=self.guild.get_channel(channel), data=data)

    def attachment(self, name: str, data: bytes, *, content_type="image/jpeg", size: int | None = None) -> dict:
        aid = next(self._ids)
        url = f"https://cdn.discordapp.com/attachments/{CHAT}/{aid}/{name}"
        self.cdn[url] = data
        return {"id": str(aid), "filename": name, "size": len(data) if size is None else size, "url": url,
                "proxy_url": url, "content_type": content_type}

    def posts(self, channel: int) -> list[Call]:
        return [c for c in self.calls if c.method == "POST" and c.url.endswith(f"/channels/{channel}/messages")]

    def deletes(self) -> list[Call]:
        return [c for c in self.calls if c.method == "DELETE"]


class _FakeResponse:
    def __init__(self, status):
        self.status = status
        self.reason = "Not Found"


def _user(uid: int, name: str, *, bot: bool = False) -> dict:
    return {"id": str(uid), "username": name, "discriminator": "0", "global_name": name, "avatar": None, "bot": bot}


def _channel(cid: int, name: str) -> dict:
    return {"id": str(cid), "type": 0, "name": name, "guild_id": str(GUILD), "position": 0,
            "permission_overwrites": [], "nsfw": False, "parent_id": None, "topic": None}


def _message(mid: int, channel: int, author: dict, content: str, *, attachments=None, mentions=None,
             components=None) -> dict:
    return {"id": str(mid), "channel_id": str(channel), "guild_id": str(GUILD), "author": author,
            "content": content, "timestamp": datetime.now(timezone.utc).isoformat(), "edited_timestamp": None,
            "tts": False, "mention_everyone": False, "mentions": mentions or [], "mention_roles": [],
            "attachments": attachments or [], "embeds": [], "pinned": False, "type": 0, "flags": 0,
            "components": components or []}


def run(coro):
    return asyncio.run(coro)


# ---------------------------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------------------------
def test_blocked_prompt_is_deleted_and_moderators_get_reason_codes(bank_guard):
    async def go():
        h = Harness(server_config(), bank_guard)
        msg = h.message(f"/imagine {FLAG} at the beach, photorealistic")
        await h.client.on_message(msg)
        return h, msg

    h, msg = run(go())
    (delete,) = h.deletes()
    assert delete.url.endswith(f"/channels/{CHAT}/messages/{msg.id}")
    (mod,) = h.posts(MODLOG)
    text = mod.json["content"]
    assert "BLOCK" in text and "real_person.full_name" in text and "sexual.explicit" in text
    assert "discord_test@1" in text and f"<@{USER}>" in text
    assert FLAG not in text and "beach" not in text  # no prompt text unless the server opted in
    assert mod.json["allowed_mentions"]["parse"] == []  # nobody is pinged
    (notice,) = h.posts(CHAT)
    assert "removed" in notice.json["content"] and FLAG not in notice.json["content"]
    button = notice.json["components"][0]["components"][0]
    assert button["label"] == "Appeal" and button["custom_id"].startswith("nciiguard:appeal:")
    (incident,) = h.client.moderator.records.incidents.values()
    assert incident.author_id == USER and incident.decision == "block" and incident.action == "remove"


def test_benign_messages_are_untouched(bank_guard):
    async def go():
        h = Harness(server_config(), bank_guard)
        street = h.attachment("street.jpg", (FIX / "street.jpg").read_bytes())
        outcomes = [
            await h.client.moderator.handle_message(h.message("/imagine a lighthouse in a storm, oil painting")),
            await h.client.moderator.handle_message(h.message("nice weather today", attachments=[street])),
            await h.client.moderator.handle_message(h.message(f"talking about the word {FLAG} in chat")),
        ]
        return h, outcomes

    h, outcomes = run(go())
    assert [o.action if o else None for o in outcomes] == ["none", "none", None]  # last: not a prompt at all
    assert h.calls == [] and len(h.downloads) == 1


def test_prompt_contexts_mentions_replies_channels_and_opt_in_prompt_sharing(bank_guard):
    async def go():
        h = Harness(server_config(share_prompt_with_moderators=True), bank_guard)
        bot_msg = _message(1234, CHAT, _user(GEN_BOT, "genbot", bot=True), "here is your image")
        outs = [
            await h.client.moderator.handle_message(h.message(f"<@{GEN_BOT}> {FLAG} please", mentions=[GEN_BOT])),
            await h.client.moderator.handle_message(h.message(f"now {FLAG} again", reply_to=bot_msg)),
            await h.client.moderator.handle_message(h.message(f"{FLAG} standing", channel=GEN_CHANNEL)),
            await h.client.moderator.handle_message(h.message(f"!GEN {FLAG}")),
        ]
        return h, outs

    h, outs = run(go())
    assert [o.action for o in outs] == ["remove"] * 4
    assert len(h.deletes()) == 4
    assert all("prompt: " in c.json["content"] and FLAG in c.json["content"] for c in h.posts(MODLOG))
    assert "<@" not in h.posts(MODLOG)[0].json["content"].split("prompt: ")[1]  # mentions stripped from the prompt


def test_attachment_matching_a_bank_entry_is_removed(bank_guard):
    async def go():
        h = Harness(server_config(), bank_guard)
        fly = h.attachment("fly.jpg", (FIX / "butterfly.jpg").read_bytes())
        out = await h.client.moderator.handle_message(h.message("look at this", attachments=[fly]))
        # A generation bot's output image is screened too (as an output image).
        fly2 = h.attachment("out.jpg", (FIX / "butterfly.jpg").read_bytes())
        out2 = await h.client.moderator.handle_message(
            h.message("done!", channel=GEN_CHANNEL, author=_user(GEN_BOT, "genbot", bot=True), attachments=[fly2]))
        return h, out, out2

    h, out, out2 = run(go())
    assert out.action == "remove" and out.decision == "block" and out.reason_codes == ["known_ncii.bank_match"]
    assert out2.action == "remove"
    assert len(h.deletes()) == 2
    mod = [c.json["content"] for c in h.posts(MODLOG)]
    assert all("known_ncii.bank_match" in t for t in mod)
    # The image is never reposted anywhere: every post is text only, no files or attachments.
    assert all(not c.json.get("attachments") and "cdn.discordapp.com" not in c.json["content"] for c in h.calls
               if c.json)


def test_review_quarantines_and_flag_leaves_the_message(bank_guard):
    async def go():
        h = Harness(server_config(), bank_guard)
        q = await h.client.moderator.handle_message(h.message("/imagine holdword portrait"))
        h2 = Harness(server_config(on_review="flag", quarantine_channel=None), bank_guard)
        f = await h2.client.moderator.handle_message(h2.message("/imagine holdword portrait"))
        return h, q, h2, f

    h, q, h2, f = run(go())
    assert q.action == "quarantine" and q.decision == "review" and len(h.deletes()) == 1
    (qpost,) = h.posts(QUARANTINE)
    assert "sexual.explicit" in qpost.json["content"] and "holdword" not in qpost.json["content"]
    assert "held for moderator review" in h.posts(CHAT)[0].json["content"]
    assert f.action == "flag" and h2.deletes() == []
    assert any(c.method == "PUT" and "/reactions/" in c.url for c in h2.calls)
    assert "flagged" in h2.posts(MODLOG)[0].json["content"]


def test_oversized_or_unreadable_attachment_is_held_not_downloaded(bank_guard):
    async def go():
        h = Harness(server_config(max_attachment_bytes=1000), bank_guard)
        big = h.attachment("big.jpg", b"x" * 10, size=5_000_000)
        out = await h.client.moderator.handle_message(h.message("hi", attachments=[big]))
        gone = h.attachment("gone.png", b"", content_type="image/png")
        h.cdn.pop(gone["url"])
        out2 = await h.client.moderator.handle_message(h.message("hi", attachments=[gone]))
        return h, out, out2

    h, out, out2 = run(go())
    assert out.reason_codes == ["attachment_unscreenable.too_large"] and out.action == "quarantine"
    assert h.downloads[0].endswith("gone.png") and len(h.downloads) == 1  # the big one was never fetched
    assert out2.reason_codes == ["attachment_unscreenable.download_failed"]


def test_appeal_by_command_and_button_is_recorded_and_forwarded(bank_guard, tmp_path):
    path = tmp_path / "incidents.jsonl"

    async def go():
        h = Harness(server_config(), bank_guard, records=IncidentStore(path))
        out = await h.client.moderator.handle_message(h.message(f"/imagine {FLAG}"))
        inc = out.incident.id
        await h.client.on_message(h.message(f"!appeal {inc} it was a statue, not a person",
                                            author=_user(OTHER_USER, "mallory")))
        refused = h.posts(CHAT)[-1].json["content"]
        await h.client.on_message(h.message(f"!appeal {inc} it was a statue, not a person"))
        accepted = h.posts(CHAT)[-1].json["content"]
        await h.client.on_message(h.message(f"!appeal {inc} again"))
        twice = h.posts(CHAT)[-1].json["content"]
        await h.client.on_message(h.message("!appeal"))
        usage = h.posts(CHAT)[-1].json["content"]
        # The button: a second incident, appealed through the persistent AppealButton's callback.
        out2 = await h.client.moderator.handle_message(h.message(f"!gen {FLAG} two"))
        button_reply = await _click_appeal(h, out2.incident.id, USER)
        return h, inc, refused, accepted, twice, usage, out2.incident.id, button_reply

    h, inc, refused, accepted, twice, usage, inc2, button_reply = run(go())
    assert "only the author" in refused
    assert "was sent to the moderators" in accepted and "already been appealed" in twice and "Usage" in usage
    appeals = [c.json["content"] for c in h.posts(MODLOG) if c.json["content"].startswith("APPEAL")]
    assert len(appeals) == 2 and "it was a statue" in appeals[0] and inc in appeals[0] and inc2 in appeals[1]
    assert "was sent to the moderators" in button_reply
    # Recorded durably: a fresh store reads the incidents and their appeals back.
    again = IncidentStore(path)
    assert again.get(inc).appeal["via"] == "command" and again.get(inc2).appeal["via"] == "button"
    assert FLAG not in path.read_text()  # records hold codes and ids, never the prompt


async def _click_appeal(h: Harness, incident_id: str, user_id: int) -> str:
    """Build a real discord.Interaction for a button click and run the AppealButton callback."""
    data = {
        "id": "77001", "application_id": str(BOT_SELF), "type": 3, "token": "tok", "version": 1,
        "guild_id": str(GUILD), "channel_id": str(CHAT),
        "channel": {"id": str(CHAT), "type": 0, "guild_id": str(GUILD), "name": "chat"},
        "member": {"user": _user(user_id, "alice"), "roles": [], "joined_at": datetime.now(timezone.utc).isoformat(),
                   "deaf": False, "mute": False, "flags": 0, "permissions": "0"},
        "data": {"custom_id": f"nciiguard:appeal:{incident_id}", "component_type": 2},
        "app_permissions": "0", "locale": "en-US", "guild_locale": "en-US", "entitlements": [],
        "authorizing_integration_owners": {}, "attachment_size_limit": 1000,
    }
    interaction = discord.Interaction(data=data, state=h.state)
    button = AppealButton(incident_id)
    n = len(h.calls)
    from discord.webhook.async_ import AsyncWebhookAdapter

    async def webhook_request(adapter, route, session, *, payload=None, multipart=None, **kwargs):
        # Interaction responses go through discord.py's webhook adapter: record them too.
        h.calls.append(Call(route.method, route.path, route.url, payload, kwargs.get("reason")))
        return {"interaction": {"id": data["id"], "type": 3, "response_message_ephemeral": True}, "resource": None}

    original = AsyncWebhookAdapter.request
    AsyncWebhookAdapter.request = webhook_request
    try:
        await button.callback(interaction)
    finally:
        AsyncWebhookAdapter.request = original
    (reply,) = [c for c in h.calls[n:] if "/callback" in c.url]
    payload = reply.json if reply.json is not None else {}
    return json.dumps(payload)


def test_a_prompt_edited_into_a_blocked_one_is_removed(bank_guard):
    async def go():
        h = Harness(server_config(), bank_guard)
        before = h.message("/imagine a quiet harbour at dawn")
        await h.client.on_message(before)
        after = discord.Message(state=h.state, channel=before.channel,
                                data={**_message(before.id, CHAT, _user(USER, "alice"), f"/imagine {FLAG} harbour")})
        await h.client.on_message_edit(before, before)  # unchanged text: not screened again
        n = len(h.calls)
        await h.client.on_message_edit(before, after)
        return h, n

    h, n = run(go())
    assert n == 0 and len(h.deletes()) == 1


def test_unconfigured_servers_and_dms_are_ignored(bank_guard):
    async def go():
        cfg = {"servers": {999: server_config()["servers"][GUILD]}}
        h = Harness(cfg, bank_guard)
        return h, await h.client.moderator.handle_message(h.message(f"/imagine {FLAG}"))

    h, out = run(go())
    assert out is None and h.calls == []


def test_misconfigured_server_config_is_a_clear_error(tmp_path):
    bad = server_config()
    bad["servers"][GUILD]["on_reveiw"] = "flag"  # typo
    with pytest.raises(ConfigError, match=rf"servers\.{GUILD}\.on_reveiw: unknown key"):
        load_bot_config(bad)
    with pytest.raises(ConfigError, match="quarantine_channel"):
        load_bot_config(server_config(quarantine_channel=None))
    with pytest.raises(ConfigError, match="on_review"):
        load_bot_config(server_config(on_review="delete_everything"))
    with pytest.raises(ConfigError, match="mod_log_channel"):
        load_bot_config({"servers": {GUILD: {"generation_bots": [GEN_BOT]}}})
    with pytest.raises(ConfigError, match="servers"):
        load_bot_config({"servers": {}})
    with pytest.raises(ConfigError, match="command prefix"):
        load_bot_config(server_config(command_prefixes=["/im agine"]))
    (tmp_path / "bot.yaml").write_text("servers:\n  - not a mapping\n")
    with pytest.raises(ConfigError, match="bot.yaml is invalid"):
        load_bot_config(tmp_path / "bot.yaml")
    (tmp_path / "bot.json").write_text("{not json")
    with pytest.raises(ConfigError, match="not valid json"):
        load_bot_config(tmp_path / "bot.json")
    with pytest.raises(ConfigError, match="not found"):
        load_bot_config(tmp_path / "missing.yaml")
    with pytest.raises(ConfigError):
        NciiGuardBot(tmp_path / "bot.yaml")
    good = tmp_path / "good.yaml"
    good.write_text(f"servers:\n  '{GUILD}':\n    mod_log_channel: {MODLOG}\n    on_review: flag\n")
    cfg = load_bot_config(good)
    assert cfg.server(GUILD).on_review == "flag" and cfg.server(GUILD).command_prefixes == ["/imagine", "!gen", "!imagine"]


# ---------------------------------------------------------------------------------------------
# With a service: screening through its API, appeals into its queue (a real service on loopback)
# ---------------------------------------------------------------------------------------------
def test_with_a_service_appeals_reach_its_queue_and_a_dead_service_fails_closed(tmp_path, sqlite_url, request):
    from helpers.service import BotService
    from nciiguard.integrations.service_client import SERVICE_ERROR

    # The service builds its own Guard from the default registry: the scripted signal is added for
    # this test only.
    service = BotService(request, sqlite_url, tmp_path, policy=PROFILE, signals={"scripted_prompt": ScriptedPrompt},
                         bank_image=FIX / "butterfly.jpg")
    cfg = {**server_config(), "service": service.link()}
    butterfly = (FIX / "butterfly.jpg").read_bytes()

    async def go():
        h = Harness(cfg, None, records=IncidentStore())  # no guard: the service screens
        mod = h.client.moderator
        assert mod.service is not None
        assert (await mod.handle_message(h.message("/imagine a cat on a sofa"))).action == "none"
        out = await mod.handle_message(h.message(f"/imagine {FLAG}"))
        assert out.action == "remove" and out.decision == "block" and out.incident.decision_id.startswith("dec_")
        assert out.incident.policy.startswith("discord_test@")  # the service's decision
        photo = await mod.handle_message(h.message("holiday", attachments=[h.attachment("b.jpg", butterfly)]))
        assert photo.decision == "block" and photo.incident.decision_id.startswith("dec_")
        await h.client.on_message(h.message(f"!appeal {out.incident.id} it was a statue, not a person"))
        assert "the moderators and the service's appeals queue" in h.posts(CHAT)[-1].json["content"]
        assert "service: appeal apl_" in h.posts(MODLOG)[-1].json["content"]
        reply = await _click_appeal(h, photo.incident.id, USER)
        assert "appeals queue" in reply
        # The service goes away: the next request is held for review (fail closed), and its appeal
        # still reaches the moderators, who are told it is not in the service's queue.
        service.stop()
        held = await mod.handle_message(h.message("/imagine a cat on a sofa"))
        assert held.action == "quarantine" and held.decision == "review" and held.reason_codes == [SERVICE_ERROR]
        await h.client.on_message(h.message(f"!appeal {held.incident.id} it was a cat"))
        answer = h.posts(CHAT)[-1].json["content"]
        assert "sent to the moderators." in answer and "queue" not in answer
        assert "not filed" in h.posts(MODLOG)[-1].json["content"]
        return out, photo

    out, photo = run(go())
    # The service's moderators' queue: both appeals, with the decisions' reasons, nothing of the messages.
    queue = service.appeals()
    r_text = json.dumps(queue)
    items = {i["decision_id"]: i for i in queue["items"]}
    assert set(items) == {out.incident.decision_id, photo.incident.decision_id}
    assert FLAG not in r_text


def test_service_block_is_validated():
    for bad in ({"url": "ftp://x", "key_file": "k"}, {"url": "https://x"}, {"url": "https://x", "key_file": "k",
                                                                               "token": "t"}):
        with pytest.raises(ConfigError, match="service"):
            load_bot_config({**server_config(), "service": bad})

