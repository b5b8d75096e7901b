"""A Telegram bot that screens requests to image-generation bots, and captions and images, in the
groups it moderates (python-telegram-bot).

- **Prompts**: a message is a request to a generation bot when it is in a ``generation_chats``
  chat, mentions a listed bot (``@nudify_gen_bot ...``), replies to one of its messages, or is a
  listed command (``/imagine a cat``, ``/imagine@somebot a cat``). The text without the command and
  mentions is screened as ``prompt``.
- **Images**: photos (the largest size under the cap) and image documents are downloaded through
  the Bot API and screened by the image guard and the hash banks, together with their caption
  (``caption``, or ``prompt`` for a request). A generation bot's own images are screened as outputs.
- **Actions**: block -> the message is deleted and a notice with an Appeal button is posted;
  review -> ``hold`` (deleted, notice "held for review", details to the admins), ``flag`` (left up,
  reported with a link), ``delete`` or ``ignore``.
- **Admins** (``admin_chat``) get the reason codes, policy and incident id: never the image, and
  never the text unless the group opted in (``share_text_with_admins``).
- **Appeals**: the notice's Appeal button (only the author can use it) or ``/appeal <incident>
  <why>`` (in the group or in a private chat with the bot). Appeals are recorded and forwarded
  to the admins.
- **Service** (optional ``service: {url, key_file}``): screening goes through the service's API
  (integrations/service_client.py), so each review/block decision is the service's, and an appeal
  is also filed in the service's appeals queue (``POST /v1/appeals``) for its moderators.

Run: ``python -m nciiguard.integrations.telegram_bot --config bot.yaml`` with the token in
``NCIIGUARD_TELEGRAM_TOKEN``. Needs ``pip install 'nciiguard[telegram]'``; in BotFather, privacy
mode off (``/setprivacy`` -> Disable) so the bot sees group messages; in each group, the bot is an
admin with "Delete messages".
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from .._optional import require
from ..content import Content, ImageInput
from ..findings import Action
from ..records import policy_ref
from .incidents import AppealError, Incident, IncidentStore
from .telegram_config import GroupConfig, TelegramBotConfig, load_telegram_config

telegram = require("telegram", extra="telegram", feature="the Telegram bot")
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update  # noqa: E402
from telegram.error import BadRequest, Forbidden, TelegramError  # noqa: E402

log = logging.getLogger("nciiguard.telegram")

APPEAL_DATA = re.compile(r"^nciiguard:appeal:([0-9a-f]{12})$")
_GROUP_TYPES = ("group", "supergroup")


@dataclass
class Outcome:
    """What the bot did with one message (returned for tests and logs)."""

    action: str  # none, delete, hold, flag, ignore
    decision: str  # allow, review, block
    reason_codes: list[str]
    incident: Incident | None = None


class TelegramModerator:
    """Screens messages and acts on them. ``guard_factory(policy)`` returns a (cached) Guard."""

    def __init__(self, config: TelegramBotConfig, guard_factory: Callable[[str], Any] | None = None, *,
                 records: IncidentStore | None = None):
        self.config = config
        self.service = None
        if guard_factory is None and config.service is not None:
            from .service_client import connect

            self.service = connect(config.service)
            guard_factory = lambda policy: self.service  # noqa: E731 - the service's policy applies
        self._guard_factory = guard_factory or _default_guard
        self._guards: dict[str, Any] = {}
        self.records = records if records is not None else IncidentStore(config.records_path)
        self._unconfigured_warned: set[int] = set()

    def guard(self, group: GroupConfig):
        policy = group.policy or self.config.policy
        if policy not in self._guards:
            self._guards[policy] = self._guard_factory(policy)
        return self._guards[policy]

    # -- dispatch ------------------------------------------------------------------------------------
    async def handle_update(self, update: Update) -> Outcome | None:
        if update.callback_query is not None:
            await self._appeal_button(update)
            return None
        message = update.message or update.edited_message
        if message is None:
            return None
        if message.chat.type == "private":
            if _command(message.text or "") == "/appeal":
                await self._appeal_command(message)
            return None  # private chats are not moderated
        if message.chat.type not in _GROUP_TYPES:
            return None  # channels: not moderated here
        group = self.config.group(message.chat.id)
        if group is None:
            if message.chat.id not in self._unconfigured_warned:
                self._unconfigured_warned.add(message.chat.id)
                log.warning("chat %s is not in the bot configuration: not moderated", message.chat.id)
            return None
        bot = message.get_bot()
        if message.from_user is not None and message.from_user.id == bot.id:
            return None
        if group.appeals and _command(message.text or "") == "/appeal":
            await self._appeal_command(message)
            return None
        return await self.handle_message(message, group)

    # -- what counts as a request to a generation bot -------------------------------------------------
    def _is_bot(self, group: GroupConfig, user_id: int | None, username: str | None) -> bool:
        names = {b for b in group.generation_bots if isinstance(b, str)}
        ids = {b for b in group.generation_bots if isinstance(b, int)}
        return (user_id is not None and user_id in ids) or (username or "").lower() in names

    def is_generation_request(self, message, group: GroupConfig) -> bool:
        if message.chat.id in group.generation_chats:
            return True
        text, entities = _text_and_entities(message)
        for ent, value in entities.items():
            if ent.type == "mention" and self._is_bot(group, None, value.lstrip("@")):
                return True
            if ent.type == "text_mention" and ent.user is not None and self._is_bot(group, ent.user.id, ent.user.username):
                return True
            if ent.type == "bot_command" and ent.offset == 0:
                cmd, _, target = value.lower().partition("@")
                if cmd in group.command_prefixes or (target and self._is_bot(group, None, target)):
                    return True
        reply = message.reply_to_message
        if reply is not None and reply.from_user is not None:
            if self._is_bot(group, reply.from_user.id, reply.from_user.username):
                return True
        return _command(text) in group.command_prefixes

    @staticmethod
    def request_text(message) -> str:
        """The text of a request without the command and the @mentions."""
        text, entities = _text_and_entities(message)
        cut = sorted(((e.offset, e.length) for e in entities
                      if e.type in ("mention", "bot_command") and (e.type == "mention" or e.offset == 0)), reverse=True)
        # Offsets are UTF-16 code units: work on the UTF-16 encoding so emoji do not shift them.
        units = text.encode("utf-16-le")
        for offset, length in cut:
            units = units[: 2 * offset] + " ".encode("utf-16-le") + units[2 * (offset + length):]
        return " ".join(units.decode("utf-16-le", errors="replace").split())

    # -- screening one message -------------------------------------------------------------------------
    async def handle_message(self, message, group: GroupConfig) -> Outcome | None:
        author = message.from_user
        from_gen_bot = author is not None and self._is_bot(group, author.id, author.username)
        generation = from_gen_bot or self.is_generation_request(message, group)
        text = self.request_text(message) if generation and not from_gen_bot else (message.caption or "")
        field_name = "prompt" if generation and not from_gen_bot else "caption"
        if from_gen_bot:
            text = ""  # a bot's reply text is not a request; its images are screened as outputs
        wants_images = group.images == "all" or (group.images == "generation" and generation)
        files = _image_files(message) if wants_images else []
        if not text and not files:
            return None
        images: list[ImageInput] = []
        extra_codes: list[str] = []
        for f, size, name in files:
            if size is not None and size > group.max_image_bytes:
                extra_codes.append("attachment_unscreenable.too_large")
                continue
            try:
                data = bytes(await (await f.get_file()).download_as_bytearray())
            except TelegramError as exc:
                log.warning("could not download an image of message %s: %s", message.message_id, type(exc).__name__)
                extra_codes.append("attachment_unscreenable.download_failed")
                continue
            if len(data) > group.max_image_bytes:
                extra_codes.append("attachment_unscreenable.too_large")
                continue
            images.append(ImageInput(data, "output" if from_gen_bot else "upload", name))
        decision = None
        if text or images:
            screened = Content(texts={field_name: text} if text else {}, images=tuple(images))
            decision = await asyncio.to_thread(self.guard(group).screen, screened)
        verdict = decision.action if decision is not None else Action.ALLOW
        if extra_codes and group.on_unscreenable == "review":
            verdict = Action.most_severe([verdict, Action.REVIEW])
        codes = sorted({r.code for r in decision.reasons} if decision is not None else set()) + sorted(set(extra_codes))
        if verdict is Action.ALLOW:
            return Outcome("none", "allow", codes)
        what = "delete" if verdict is Action.BLOCK else group.on_review
        if what == "ignore":
            return Outcome("ignore", verdict.value, codes)
        policy = policy_ref(decision) if decision is not None else "-"
        incident = Incident(id=uuid.uuid4().hex[:12], chat_id=message.chat.id, message_id=message.message_id,
                            author_id=author.id if author is not None else 0, action=what, decision=verdict.value,
                            reason_codes=codes, policy=policy, created_at=datetime.now(timezone.utc).isoformat(),
                            decision_id=getattr(decision, "decision_id", None))
        self.records.add(incident)
        user_message = (decision.message if decision is not None and decision.message
                        else "An image could not be checked and was held for review.")
        await self._act(message, group, incident, user_message, text)
        return Outcome(what, verdict.value, codes, incident)

    async def _act(self, message, group: GroupConfig, incident: Incident, user_message: str, text: str) -> None:
        bot = message.get_bot()
        problems: list[str] = []
        if incident.action in ("delete", "hold"):
            try:
                await message.delete()
            except BadRequest as exc:
                if "not found" not in str(exc).lower():
                    problems.append(f"could not delete the message ({type(exc).__name__}): make the bot an admin "
                                    "with 'Delete messages'")
            except (Forbidden, TelegramError) as exc:
                problems.append(f"could not delete the message ({type(exc).__name__}): make the bot an admin "
                                "with 'Delete messages'")
            if group.notify_chat:
                verb = "removed" if incident.action == "delete" else "held for review"
                who = _user_label(message.from_user)
                notice = f"A message by {who} was {verb}. {user_message} (incident {incident.id})"
                markup = None
                if group.appeals:
                    notice += f"\nIf this is a mistake, press Appeal or send /appeal {incident.id} <why>."
                    markup = InlineKeyboardMarkup([[InlineKeyboardButton(
                        "Appeal", callback_data=f"nciiguard:appeal:{incident.id}")]])
                await _send(bot, message.chat.id, notice, reply_markup=markup, problems=problems)
        details = self._details(message, group, incident, text)
        if problems:
            details += "\nproblems: " + "; ".join(problems)
        admin = self.config.admin_chat_for(message.chat.id)
        if admin is not None:
            await _send(bot, admin, details)

    def _details(self, message, group: GroupConfig, incident: Incident, text: str) -> str:
        verb = {"delete": "deleted", "hold": "held (deleted, pending your review)",
                "flag": "flagged for review (left up)"}[incident.action]
        lines = [f"nciiguard {incident.decision.upper()}: {verb} a message by {_user_label(message.from_user)} "
                 f"in {message.chat.title or message.chat.id} (incident {incident.id})",
                 f"reasons: {', '.join(incident.reason_codes) or '-'}",
                 f"policy: {incident.policy}"]
        if incident.action == "flag" and message.link:
            lines.append(f"message: {message.link}")
        if group.share_text_with_admins and text:
            lines.append("text: " + text[:1500])
        return "\n".join(lines)

    # -- appeals -----------------------------------------------------------------------------------------
    async def file_appeal(self, bot, incident_id: str, user, text: str, *, via: str) -> str:
        try:
            incident = self.records.appeal(incident_id, user.id, text, via)
        except AppealError as exc:
            return f"Could not file the appeal: {exc}."
        queued, note = await self._to_service(incident, text)
        admin = self.config.admin_chat_for(incident.chat_id)
        if admin is not None:
            await _send(bot, admin, f"APPEAL for incident {incident.id} ({incident.decision}: "
                                    f"{', '.join(incident.reason_codes) or '-'}) by {_user_label(user)}:\n"
                                    + (text[:1000] or "(no text)") + (f"\n{note}" if note else ""))
        where = "the admins" + (" and the moderators' queue" if queued else "")
        return f"Your appeal for incident {incident.id} was sent to {where}."

    async def _to_service(self, incident: Incident, text: str) -> tuple[bool, str]:
        """File the appeal in the service's queue when the decision is the service's."""
        if self.service is None:
            return False, ""
        from .service_client import appeal_to_service

        return await asyncio.to_thread(appeal_to_service, self.service, incident.decision_id, text)

    async def _appeal_button(self, update: Update) -> None:
        query = update.callback_query
        match = APPEAL_DATA.match(query.data or "")
        if match is None:
            await query.answer()
            return
        reply = await self.file_appeal(query.get_bot(), match.group(1), query.from_user, "(appeal button)",
                                       via="button")
        await query.answer(reply, show_alert=True)

    async def _appeal_command(self, message) -> None:
        parts = (message.text or "").strip().split(maxsplit=2)
        bot = message.get_bot()
        if len(parts) < 2 or not re.fullmatch(r"[0-9a-f]{12}", parts[1]):
            await _send(bot, message.chat.id, "Usage: /appeal <incident id> <why>",
                        reply_to=message.message_id)
            return
        reply = await self.file_appeal(bot, parts[1], message.from_user, parts[2] if len(parts) > 2 else "",
                                       via="command")
        await _send(bot, message.chat.id, reply, reply_to=message.message_id)


# ---------------------------------------------------------------------------------------------------
def _command(text: str) -> str:
    head = text.lstrip().split(maxsplit=1)
    return head[0].lower().split("@", 1)[0] if head and head[0].startswith("/") else ""


def _text_and_entities(message) -> tuple[str, dict]:
    if message.text is not None:
        return message.text, message.parse_entities()
    if message.caption is not None:
        return message.caption, message.parse_caption_entities()
    return "", {}


def _image_files(message) -> list[tuple[Any, int | None, str | None]]:
    """(file object, declared size, name) of the message's images: the largest photo size whose
    declared size fits, and image documents."""
    out = []
    if message.photo:
        out.append((message.photo[-1], message.photo[-1].file_size, None))
    doc = message.document
    if doc is not None and (doc.mime_type or "").lower().startswith("image/"):
        out.append((doc, doc.file_size, doc.file_name))
    return out


def _user_label(user) -> str:
    if user is None:
        return "someone"
    return f"@{user.username}" if user.username else f"user {user.id}"


async def _send(bot, chat_id: int, text: str, *, reply_markup=None, reply_to: int | None = None,
                problems: list[str] | None = None):
    kwargs: dict[str, Any] = {"disable_notification": True}
    if reply_markup is not None:
        kwargs["reply_markup"] = reply_markup
    if reply_to is not None:
        kwargs["reply_to_message_id"] = reply_to
    try:
        return await bot.send_message(chat_id, text[:4096], **kwargs)
    except TelegramError as exc:
        log.error("could not post in chat %s: %s", chat_id, type(exc).__name__)
        if problems is not None:
            problems.append(f"could not post in chat {chat_id} ({type(exc).__name__})")
        return None


def _default_guard(policy: str):
    from ..guard import Guard

    return Guard(policy, preload=True)


def build_application(config: TelegramBotConfig | str | Path | dict, *, token: str | None = None, bot=None,
                      guard_factory: Callable[[str], Any] | None = None, records: IncidentStore | None = None):
    """The python-telegram-bot Application: every update goes to a :class:`TelegramModerator`
    (``application.bot_data["moderator"]``). Give ``token`` (polling) or a ready ``bot``."""
    from telegram.ext import ApplicationBuilder, TypeHandler

    cfg = config if isinstance(config, TelegramBotConfig) else load_telegram_config(config)
    moderator = TelegramModerator(cfg, guard_factory, records=records)
    builder = ApplicationBuilder()
    builder = builder.bot(bot).updater(None) if bot is not None else builder.token(token)
    app = builder.build()
    app.bot_data["moderator"] = moderator

    async def on_update(update, context) -> None:
        try:
            await moderator.handle_update(update)
        except Exception:  # noqa: BLE001 - one bad update must not take the bot down
            log.exception("failed to moderate update %s", getattr(update, "update_id", "?"))

    app.add_handler(TypeHandler(Update, on_update))
    return app


def main(argv: list[str] | None = None) -> int:
    import argparse
    import os

    parser = argparse.ArgumentParser(prog="python -m nciiguard.integrations.telegram_bot",
                                     description="Run the nciiguard Telegram bot (long polling).")
    parser.add_argument("--config", required=True, help="bot configuration (YAML or JSON)")
    args = parser.parse_args(argv)
    token = os.environ.get("NCIIGUARD_TELEGRAM_TOKEN")
    if not token:
        parser.error("set the bot token in NCIIGUARD_TELEGRAM_TOKEN (never on the command line)")
    app = build_application(args.config, token=token)
    moderator = app.bot_data["moderator"]
    for group in moderator.config.groups.values():  # load models before polling
        moderator.guard(group)
    app.run_polling(allowed_updates=["message", "edited_message", "callback_query"])
    return 0


if __name__ == "__main__":  # pragma: no cover - needs the Telegram API
    raise SystemExit(main())
