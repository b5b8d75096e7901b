"""Configuration of the Telegram bot: one block per moderated group, validated with pydantic.

Unknown keys, wrong types, a group id that is not a group's (group ids are negative), no groups at
all: start-up errors (:class:`~nciiguard.errors.ConfigError` naming the group and the key). A
group that is not listed is not moderated (logged once).

Example (YAML; JSON works too)::

    admin_chat: -1001234567890          # where reason codes and appeals go (default for every group)
    groups:
      "-1009876543210":
        generation_bots: ["nudify_gen_bot", 6012345678]   # usernames (without @) or user ids
        generation_chats: []            # chats where every message is a request to a bot
        command_prefixes: ["/imagine", "/gen", "/undress"]
        images: all                     # all | generation | none
        on_review: hold                 # hold | flag | delete | ignore
    service:                            # optional: screen through a service, appeals to its queue
      url: https://nciiguard.example.org
      key_file: /etc/nciiguard/telegram-bot.key   # an API key of role platform, one line
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..errors import ConfigError
from .service_client import ServiceLink


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GroupConfig(_Strict):
    #: Where this group's reports and appeals go (default: the bot's ``admin_chat``).
    admin_chat: int | None = None
    #: Generation bots: usernames (without "@", case-insensitive) or numeric user ids. A message
    #: mentioning one, replying to one, or a command addressed to one (``/imagine@bot``) is a prompt.
    generation_bots: list[str | int] = Field(default_factory=list)
    #: Chats (this group, or its linked discussion) where every text message is a prompt.
    generation_chats: list[int] = Field(default_factory=list)
    #: Commands that mark a prompt (``/imagine a cat``, ``/imagine@somebot a cat``).
    command_prefixes: list[str] = Field(default_factory=lambda: ["/imagine", "/gen", "/draw"])
    #: Which images (photos, image documents, with their captions) are screened.
    images: Literal["all", "generation", "none"] = "all"
    #: Larger images are not downloaded; they count as unscreenable.
    max_image_bytes: int = Field(default=10 * 1024 * 1024, gt=0, le=20 * 1024 * 1024)
    on_unscreenable: Literal["review", "ignore"] = "review"
    on_block: Literal["delete"] = "delete"
    #: hold: delete, notice "held for review", details to the admin chat (Telegram cannot hide a
    #: message and show it later, so holding is deleting and letting admins decide).
    #: flag: leave it, report it with a link. delete: as a block. ignore: nothing.
    on_review: Literal["hold", "flag", "delete", "ignore"] = "hold"
    #: Reports include the prompt or caption text only when the group opts in.
    share_text_with_admins: bool = False
    policy: str | None = None
    notify_chat: bool = True
    appeals: bool = True

    @field_validator("generation_bots")
    @classmethod
    def _bots(cls, value: list[str | int]) -> list[str | int]:
        out: list[str | int] = []
        for b in value:
            if isinstance(b, int):
                if b <= 0:
                    raise ValueError(f"bot user id {b} must be positive")
                out.append(b)
                continue
            name = b.strip().lstrip("@").lower()
            if not (5 <= len(name) <= 32) or not name.replace("_", "").isalnum():
                raise ValueError(f"bot username {b!r} must be 5-32 letters, digits or '_'")
            out.append(name)
        return out

    @field_validator("command_prefixes")
    @classmethod
    def _prefixes(cls, value: list[str]) -> list[str]:
        out = []
        for p in value:
            p = p.strip().lower()
            if not p.startswith("/") or len(p) < 2 or len(p) > 33 or any(c.isspace() for c in p):
                raise ValueError(f"command {p!r} must look like /name (no spaces, at most 32 characters)")
            out.append(p)
        return out


class TelegramBotConfig(_Strict):
    groups: dict[int, GroupConfig] = Field(min_length=1)
    #: Screen through this service and send appeals to its queue (docs/appeals.md); None: a local Guard.
    service: ServiceLink | None = None
    admin_chat: int | None = None
    policy: str = "ncii"
    #: Incidents and appeals as JSON lines (ids and reason codes, no content); None: memory only.
    records_path: Path | None = None

    @field_validator("groups")
    @classmethod
    def _group_ids(cls, value: dict[int, GroupConfig]) -> dict[int, GroupConfig]:
        for gid in value:
            if gid >= 0:
                raise ValueError(f"{gid} is not a group id (group and supergroup ids are negative)")
        return value

    def group(self, chat_id: int | None) -> GroupConfig | None:
        return self.groups.get(chat_id) if chat_id is not None else None

    def admin_chat_for(self, chat_id: int) -> int | None:
        g = self.group(chat_id)
        return (g.admin_chat if g is not None and g.admin_chat is not None else self.admin_chat)


def load_telegram_config(source: str | Path | dict[str, Any]) -> TelegramBotConfig:
    from ._config_file import load_bot_file

    cfg, origin = load_bot_file(source, TelegramBotConfig, what="telegram bot configuration", top_key="groups")
    missing = [gid for gid in cfg.groups if cfg.admin_chat_for(gid) is None]
    if missing:
        raise ConfigError(f"telegram bot configuration {origin}: no admin_chat for group(s) "
                          f"{', '.join(map(str, missing))} (set admin_chat at the top or per group)")
    return cfg
