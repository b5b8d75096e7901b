"""A Discord bot that screens requests to image-generation bots and image attachments.

What it does, per server (see :mod:`nciiguard.integrations.discord_config`):

- **Prompts**: a user message is a prompt when it is in a generation channel, mentions or replies
  to a listed generation bot, or starts with a command prefix (``/imagine``, ``!gen``). Its text
  (prefix and mentions removed) goes through the prompt guard as ``prompt``.
- **Images**: image attachments are fetched with ``Attachment.read()`` (never above the size cap)
  and screened by the image guard and the hash banks, together with the prompt when there is one.
  Images posted by generation bots (their outputs) are screened too.
- **Actions**: block -> the message is deleted and a notice is posted in the channel; review ->
  ``quarantine`` (deleted, notice, details in the quarantine channel), ``flag`` (left up, a
  reaction, moderators asked), ``remove`` or ``ignore``, per server.
- **Moderators** get reason codes, policy and an incident id in their channel: never the image,
  and never the prompt text unless the server opted in (``share_prompt_with_moderators``).
- **Appeals**: the notice carries an Appeal button; ``!appeal <incident> <why>`` works too. An
  appeal is recorded (and appended to ``records_path`` when configured) and forwarded to the
  moderators' channel. Only the author of the removed message can appeal it, once.
- **Service** (optional ``service: {url, key_file}``): screening goes through the service's API
  (integrations/service_client.py), so each review/block decision is the service's (a service
  that fails holds the message for review), and an appeal is also filed in the service's appeals
  queue (``POST /v1/appeals``) for its moderators.

Nothing here keeps image bytes or prompt text: incident records hold ids, reason codes and times.

Run it with ``python -m nciiguard.integrations.discord_bot --config bot.yaml`` and the token in
``NCIIGUARD_DISCORD_TOKEN``. Needs ``pip install 'nciiguard[discord]'`` and, in the Discord
developer portal, the Message Content intent; in each server, Manage Messages and Read Message
History in the moderated channels and Send Messages in the moderators' channels.
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
from ..batch.sources import IMAGE_SUFFIXES as _IMAGE_SUFFIXES
from ..content import Content, ImageInput
from ..findings import Action
from ..records import policy_ref
from . import incidents
from .discord_config import BotConfig, ServerConfig, load_bot_config
from .incidents import AppealError

discord = require("discord", extra="discord", feature="the Discord bot")

log = logging.getLogger("nciiguard.discord")

IMAGE_SUFFIXES = tuple(sorted(_IMAGE_SUFFIXES))  # the one list of image file names (batch.sources)
_MENTION = re.compile(r"<@!?\d+>")
NO_PINGS = discord.AllowedMentions.none()


# ---------------------------------------------------------------------------------------------
# Incidents and appeals
# ---------------------------------------------------------------------------------------------
@dataclass
class Incident:
    id: str
    guild_id: int
    channel_id: int
    message_id: int
    author_id: int
    action: str  # what the bot did: remove, quarantine, flag
    decision: str  # the policy's action: block, review
    reason_codes: list[str]
    policy: str
    created_at: str
    appeal: dict[str, Any] | None = None
    #: The service's decision id when screening went through a service (its appeals queue).
    decision_id: str | None = None


class IncidentStore(incidents.IncidentStore):
    """The chat bots' incident store, with Discord's server and channel on each incident: an
    appeal names an incident of the server it is asked from."""

    incident_type = Incident
    answerers = "moderators"

    def appeal(self, incident_id: str, user_id: int, guild_id: int | None, text: str, via: str) -> Incident:
        return self._appeal(incident_id, user_id, text, via,
                            visible=lambda inc: inc.guild_id == guild_id, where=" on this server")


# ---------------------------------------------------------------------------------------------
# The appeal button (persistent: survives restarts, state in the custom id)
# ---------------------------------------------------------------------------------------------
class AppealButton(discord.ui.DynamicItem[discord.ui.Button], template=r"nciiguard:appeal:(?P<incident>[0-9a-f]{12})"):
    def __init__(self, incident_id: str):
        super().__init__(discord.ui.Button(label="Appeal", style=discord.ButtonStyle.secondary,
                                           custom_id=f"nciiguard:appeal:{incident_id}"))
        self.incident_id = incident_id

    @classmethod
    async def from_custom_id(cls, interaction, item, match):  # noqa: D401 - discord.py hook
        return cls(match["incident"])

    async def callback(self, interaction) -> None:
        moderator: Moderator | None = getattr(interaction.client, "moderator", None)
        if moderator is None:
            await interaction.response.send_message("Appeals are not available right now.", ephemeral=True)
            return
        reply = await moderator.file_appeal(self.incident_id, interaction.user.id, interaction.guild,
                                            "(appeal button)", via="button")
        await interaction.response.send_message(reply, ephemeral=True)


def appeal_view(incident_id: str):
    view = discord.ui.View(timeout=None)
    view.add_item(AppealButton(incident_id))
    return view


# ---------------------------------------------------------------------------------------------
# The moderator: all decisions and actions, independent of the gateway connection
# ---------------------------------------------------------------------------------------------
@dataclass
class Outcome:
    """What the bot did with one message (returned for tests and logs)."""

    action: str  # none, remove, quarantine, flag, ignore
    decision: str  # allow, review, block
    reason_codes: list[str]
    incident: Incident | None = None


class Moderator:
    """Screens messages and acts on them. ``guard_factory(policy)`` returns a (cached) Guard."""

    def __init__(self, config: BotConfig, guard_factory: Callable[[str], Any] | None = None, *,
                 self_id: Callable[[], int | None] = lambda: None, records: IncidentStore | None = None):
        self.config = config
        self.service = None
        if guard_factory is None and config.service is not None:
            from .service_client import connect

            self.service = connect(config.service)
            guard_factory = lambda policy: self.service  # noqa: E731 - the service's policy applies
        self._guard_factory = guard_factory or _default_guard
        self._guards: dict[str, Any] = {}
        self._self_id = self_id
        self.records = records if records is not None else IncidentStore(config.records_path)
        self._unconfigured_warned: set[int] = set()

    def guard(self, server: ServerConfig):
        policy = server.policy or self.config.policy
        if policy not in self._guards:
            self._guards[policy] = self._guard_factory(policy)
        return self._guards[policy]

    # -- what counts as a prompt ----------------------------------------------------------------
    def is_generation_request(self, message, server: ServerConfig) -> bool:
        if message.channel.id in server.generation_channels:
            return True
        parent = getattr(message.channel, "parent_id", None)  # threads of a generation channel
        if parent is not None and parent in server.generation_channels:
            return True
        bots = set(server.generation_bots)
        if bots & ({u.id for u in message.mentions} | set(message.raw_mentions)):
            return True
        ref = message.reference
        resolved = getattr(ref, "resolved", None) if ref is not None else None
        if resolved is not None and getattr(getattr(resolved, "author", None), "id", None) in bots:
            return True
        head = message.content.lstrip().split(maxsplit=1)
        return bool(head) and head[0].lower() in server.command_prefixes

    @staticmethod
    def prompt_text(message, server: ServerConfig) -> str:
        text = _MENTION.sub(" ", message.content).strip()
        head = text.split(maxsplit=1)
        if head and head[0].lower() in server.command_prefixes:
            text = head[1] if len(head) > 1 else ""
        return text.strip()

    # -- the event -------------------------------------------------------------------------------
    async def handle_message(self, message) -> Outcome | None:
        guild = message.guild
        if guild is None:
            return None  # direct messages are not moderated
        server = self.config.server(guild.id)
        if server is None:
            if guild.id not in self._unconfigured_warned:
                self._unconfigured_warned.add(guild.id)
                log.warning("server %s is not in the bot configuration: not moderated", guild.id)
            return None
        if message.author.id == self._self_id():
            return None
        content = message.content or ""
        command = server.appeal_command.lower()
        if server.appeals and (content.lower().startswith(command + " ") or content.strip().lower() == command):
            await self._appeal_command(message, server)
            return None

        from_bot = message.author.id in server.generation_bots or message.author.bot
        generation = self.is_generation_request(message, server) or message.author.id in server.generation_bots
        prompt = self.prompt_text(message, server) if generation and not message.author.bot else ""
        attachments = []
        if server.attachments == "all" or (server.attachments == "generation" and generation):
            attachments = [a for a in message.attachments if _is_image(a)]
        if not prompt and not attachments:
            return None

        images: list[ImageInput] = []
        extra_codes: list[str] = []
        for a in attachments:
            if a.size > server.max_attachment_bytes:
                extra_codes.append("attachment_unscreenable.too_large")
                continue
            try:
                data = await a.read()
            except (discord.HTTPException, discord.NotFound, discord.Forbidden) as exc:
                log.warning("could not download attachment %s: %s", a.id, exc)
                extra_codes.append("attachment_unscreenable.download_failed")
                continue
            if len(data) > server.max_attachment_bytes:
                extra_codes.append("attachment_unscreenable.too_large")
                continue
            images.append(ImageInput(data, "output" if from_bot else "upload", a.filename))

        decision = None
        if prompt or images:
            guard = self.guard(server)
            screened = Content(texts={"prompt": prompt} if prompt else {}, images=tuple(images))
            decision = await asyncio.to_thread(guard.screen, screened)
        verdict = decision.action if decision is not None else Action.ALLOW
        if extra_codes and server.on_unscreenable == "review":
            verdict = Action.most_severe([verdict, Action.REVIEW])
        codes = sorted({r.code for r in decision.reasons} if decision is not None else set()) + sorted(set(extra_codes))
        if verdict is Action.ALLOW:
            return Outcome("none", "allow", codes)
        what = "remove" if verdict is Action.BLOCK else server.on_review
        if what == "ignore":
            return Outcome("ignore", verdict.value, codes)
        policy = policy_ref(decision) if decision is not None else "-"
        incident = Incident(
            id=uuid.uuid4().hex[:12], guild_id=guild.id, channel_id=message.channel.id, message_id=message.id,
            author_id=message.author.id, action=what, decision=verdict.value, reason_codes=codes, policy=policy,
            created_at=datetime.now(timezone.utc).isoformat(), decision_id=getattr(decision, "decision_id", None))
        self.records.add(incident)
        user_message = (decision.message if decision is not None and decision.message
                        else "An image could not be checked and was held for review.")
        await self._act(message, server, incident, user_message, prompt)
        return Outcome(what, verdict.value, codes, incident)

    async def _act(self, message, server: ServerConfig, incident: Incident, user_message: str, prompt: str) -> None:
        guild = message.guild
        problems: list[str] = []
        if incident.action in ("remove", "quarantine"):
            try:
                await message.delete()
            except discord.NotFound:
                pass  # already gone
            except (discord.Forbidden, discord.HTTPException) as exc:
                problems.append(f"could not delete the message ({type(exc).__name__}): "
                                "grant the bot Manage Messages in that channel")
            if server.notify_channel:
                verb = "removed" if incident.action == "remove" else "held for moderator review"
                text = (f"A message by <@{incident.author_id}> was {verb}. {user_message} "
                        f"(incident `{incident.id}`)")
                if server.appeals:
                    text += f"\nIf this is a mistake, press Appeal or type `{server.appeal_command} {incident.id} <why>`."
                await _send(message.channel, text, view=appeal_view(incident.id) if server.appeals else None,
                            problems=problems)
        elif incident.action == "flag":
            try:
                await message.add_reaction("\N{WARNING SIGN}")
            except discord.HTTPException as exc:
                problems.append(f"could not react ({type(exc).__name__})")
        details = self._details(message, server, incident, prompt)
        if incident.action == "quarantine":
            q = guild.get_channel(server.quarantine_channel)
            if q is None:
                problems.append(f"quarantine channel {server.quarantine_channel} not found")
            else:
                await _send(q, "Quarantined (the image is not reposted). " + details, problems=problems)
        mod = guild.get_channel(server.mod_log_channel)
        if mod is None:
            log.error("mod-log channel %s of server %s not found", server.mod_log_channel, guild.id)
            return
        if problems:
            details += "\nproblems: " + "; ".join(problems)
        await _send(mod, details)

    def _details(self, message, server: ServerConfig, incident: Incident, prompt: str) -> str:
        verb = {"remove": "removed", "quarantine": "quarantined", "flag": "flagged for review (left up)"}[incident.action]
        lines = [
            f"nciiguard {incident.decision.upper()}: {verb} a message by <@{incident.author_id}> in "
            f"<#{incident.channel_id}> (incident `{incident.id}`)",
            f"reasons: {', '.join(incident.reason_codes) or '-'}",
            f"policy: {incident.policy}",
        ]
        if incident.action == "flag":
            lines.append(f"message: {message.jump_url}")
        if server.share_prompt_with_moderators and prompt:
            lines.append("prompt: " + prompt[:1500].replace("`", "'"))
        return "\n".join(lines)

    # -- appeals -----------------------------------------------------------------------------------
    async def file_appeal(self, incident_id: str, user_id: int, guild, text: str, *, via: str) -> str:
        """File an appeal and forward it to the moderators; returns the reply for the user."""
        try:
            incident = self.records.appeal(incident_id, user_id, getattr(guild, "id", None), text, via)
        except AppealError as exc:
            return f"Could not file the appeal: {exc}."
        queued, note = False, ""
        if self.service is not None:
            from .service_client import appeal_to_service

            queued, note = await asyncio.to_thread(appeal_to_service, self.service, incident.decision_id, text)
        server = self.config.server(incident.guild_id)
        channel = guild.get_channel(server.mod_log_channel) if server is not None and guild is not None else None
        if channel is not None:
            await _send(channel, f"APPEAL for incident `{incident.id}` ({incident.decision}: "
                                 f"{', '.join(incident.reason_codes) or '-'}) by <@{user_id}>:\n> "
                        + (text[:1000].replace("\n", "\n> ") or "(no text)") + (f"\n{note}" if note else ""))
        where = "the moderators" + (" and the service's appeals queue" if queued else "")
        return f"Your appeal for incident {incident.id} was sent to {where}."

    async def _appeal_command(self, message, server: ServerConfig) -> None:
        parts = message.content.strip().split(maxsplit=2)
        if len(parts) < 2 or not re.fullmatch(r"[0-9a-f]{12}", parts[1]):
            await _send(message.channel, f"Usage: `{server.appeal_command} <incident id> <why>`",
                        reference=message)
            return
        reply = await self.file_appeal(parts[1], message.author.id, message.guild,
                                       parts[2] if len(parts) > 2 else "", via="command")
        await _send(message.channel, reply, reference=message)


async def _send(channel, text: str, *, view=None, reference=None, problems: list[str] | None = None):
    kwargs: dict[str, Any] = {"allowed_mentions": NO_PINGS}
    if view is not None:
        kwargs["view"] = view
    if reference is not None:
        kwargs["reference"] = reference
        kwargs["mention_author"] = False
    try:
        return await channel.send(text[:2000], **kwargs)
    except discord.HTTPException as exc:
        log.error("could not post in channel %s: %s", getattr(channel, "id", "?"), exc)
        if problems is not None:
            problems.append(f"could not post in <#{channel.id}> ({type(exc).__name__})")
        return None


def _is_image(attachment) -> bool:
    ctype = (attachment.content_type or "").lower()
    return ctype.startswith("image/") or attachment.filename.lower().endswith(IMAGE_SUFFIXES)


def _default_guard(policy: str):
    from ..guard import Guard

    return Guard(policy, preload=True)


# ---------------------------------------------------------------------------------------------
# The client
# ---------------------------------------------------------------------------------------------
def default_intents():
    intents = discord.Intents.default()
    intents.message_content = True  # privileged: enable it in the developer portal
    return intents


class NciiGuardBot(discord.Client):
    """The gateway client: forwards events to a :class:`Moderator`."""

    def __init__(self, config: BotConfig | str | Path | dict, *, guard_factory: Callable[[str], Any] | None = None,
                 records: IncidentStore | None = None, **options: Any):
        options.setdefault("intents", default_intents())
        options.setdefault("allowed_mentions", NO_PINGS)
        super().__init__(**options)
        cfg = config if isinstance(config, BotConfig) else load_bot_config(config)
        self.moderator = Moderator(cfg, guard_factory, self_id=lambda: self.user.id if self.user else None,
                                   records=records)

    async def setup_hook(self) -> None:
        self.add_dynamic_items(AppealButton)

    async def on_message(self, message) -> None:
        try:
            await self.moderator.handle_message(message)
        except Exception:  # noqa: BLE001 - one bad message must not take the bot down
            log.exception("failed to moderate message %s", getattr(message, "id", "?"))

    async def on_message_edit(self, before, after) -> None:
        # A benign prompt edited into a harmful one is screened again (attachments cannot be
        # added by an edit, only removed, so only a changed text is worth a new screening).
        if before.content == after.content:
            return
        try:
            await self.moderator.handle_message(after)
        except Exception:  # noqa: BLE001
            log.exception("failed to moderate edited message %s", getattr(after, "id", "?"))


def main(argv: list[str] | None = None) -> int:
    import argparse
    import os

    parser = argparse.ArgumentParser(prog="python -m nciiguard.integrations.discord_bot",
                                     description="Run the nciiguard Discord bot.")
    parser.add_argument("--config", required=True, help="bot configuration (YAML or JSON)")
    args = parser.parse_args(argv)
    token = os.environ.get("NCIIGUARD_DISCORD_TOKEN")
    if not token:
        parser.error("set the bot token in NCIIGUARD_DISCORD_TOKEN (never on the command line)")
    bot = NciiGuardBot(args.config)
    for server in bot.moderator.config.servers.values():  # load models before connecting
        bot.moderator.guard(server)
    bot.run(token, log_handler=None)
    return 0


if __name__ == "__main__":  # pragma: no cover - needs a live gateway
    raise SystemExit(main())
