"""Configuration of the Discord bot: one block per server (guild), validated with pydantic.

Unknown keys, wrong types, a review action that needs a channel that is not given: all are
errors at start-up (:class:`~nciiguard.errors.ConfigError` naming the server and the key), never
a silent default. A server not listed is not moderated (the bot ignores it), which is logged once.

Example (YAML; JSON works too)::

    servers:
      "123456789012345678":              # the guild id
        mod_log_channel: 223456789012345678
        generation_bots: [323456789012345678]     # user ids of the image-generation bots
        generation_channels: [423456789012345678] # every message here is a request to a bot
        command_prefixes: ["/imagine", "!gen"]
        attachments: all                  # all | generation | none
        on_block: remove
        on_review: quarantine             # quarantine | flag | remove | ignore
        quarantine_channel: 523456789012345678
        share_prompt_with_moderators: false
    service:                              # optional: screen through a service, appeals to its queue
      url: https://nciiguard.example.org
      key_file: /run/secrets/nciiguard-discord.key   # a platform API key, one line
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .service_client import ServiceLink


Snowflake = int  # Discord ids: positive 64-bit integers


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ServerConfig(_Strict):
    #: Moderators' channel: reason codes of every action and every appeal go here.
    mod_log_channel: Snowflake = Field(gt=0)
    #: User ids of generation bots: messages mentioning them or replying to them are prompts.
    generation_bots: list[Snowflake] = Field(default_factory=list)
    #: Channels where every user message is a prompt to a generation bot.
    generation_channels: list[Snowflake] = Field(default_factory=list)
    #: Slash-command-like prefixes that mark a prompt anywhere ("/imagine", "!gen").
    command_prefixes: list[str] = Field(default_factory=lambda: ["/imagine", "!gen", "!imagine"])
    #: Which image attachments are screened: in every channel, only in generation contexts, none.
    attachments: Literal["all", "generation", "none"] = "all"
    #: Larger attachments are not downloaded; they count as unscreenable (see ``on_unscreenable``).
    max_attachment_bytes: int = Field(default=10 * 1024 * 1024, gt=0, le=512 * 1024 * 1024)
    #: What an attachment that cannot be screened (too large, download failed) turns into.
    on_unscreenable: Literal["review", "ignore"] = "review"
    on_block: Literal["remove"] = "remove"
    #: quarantine: delete, notice in the channel, details (never the image) in quarantine_channel.
    #: flag: leave the message, react, and ask moderators in the mod-log. remove: as a block.
    on_review: Literal["quarantine", "flag", "remove", "ignore"] = "quarantine"
    quarantine_channel: Snowflake | None = Field(default=None, gt=0)
    #: Moderator posts include the prompt text only when the server opts in (privacy default).
    share_prompt_with_moderators: bool = False
    #: Policy profile name or YAML path; default: the bot's.
    policy: str | None = None
    #: Post a notice in the channel where a message was removed (with the appeal button).
    notify_channel: bool = True
    appeals: bool = True
    #: Prefix of the appeal text command (``!appeal <incident> <why>``).
    appeal_command: str = Field(default="!appeal", min_length=1, max_length=32)

    @field_validator("command_prefixes")
    @classmethod
    def _prefixes(cls, value: list[str]) -> list[str]:
        out = []
        for p in value:
            p = p.strip()
            if not p or len(p) > 32 or any(c.isspace() for c in p):
                raise ValueError(f"command prefix {p!r} must be 1-32 characters without spaces")
            out.append(p.lower())
        return out

    @model_validator(mode="after")
    def _channels(self):
        if self.on_review == "quarantine" and self.quarantine_channel is None:
            raise ValueError("on_review: quarantine needs quarantine_channel")
        return self


class BotConfig(_Strict):
    servers: dict[Snowflake, ServerConfig] = Field(min_length=1)
    #: Screen through this service and send appeals to its queue (docs/appeals.md); None: a local Guard.
    service: ServiceLink | None = None
    #: Default policy profile for servers that do not name one.
    policy: str = "ncii"
    #: Where incidents and appeals are appended (JSON lines; ids and reason codes, no content).
    #: None: kept in memory only (moderators still see every appeal in their channel).
    records_path: Path | None = None

    def server(self, guild_id: int | None) -> ServerConfig | None:
        return self.servers.get(guild_id) if guild_id is not None else None


def load_bot_config(source: str | Path | dict[str, Any]) -> BotConfig:
    """Load and validate a bot configuration from a YAML/JSON file or a dict."""
    from ._config_file import load_bot_file

    return load_bot_file(source, BotConfig, what="discord bot configuration", top_key="servers")[0]
