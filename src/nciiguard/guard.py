"""The Guard: load once, screen many. Thread-safe.

The Guard owns the compiled policy, one instance of each signal the policy runs (loaded lazily,
the first time content of its modality arrives) and the resources signals read (banks, registry).
It translates calls into :class:`~nciiguard.content.Content`, runs the signals and hands their
results to the policy.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterable, Sequence

from .config import Config
from .content import Content, ImageInput, ScanContext
from .errors import ConfigError, MissingExtraError
from .findings import Decision
from .imaging import ImageLimits
from .policy import PolicyEngine, load_policy
from .resources import StoreResources
from .signals.base import Resources, Signal
from .signals.registry import signal_class
from .signals.runner import run_signals

log = logging.getLogger("nciiguard.guard")


class Guard:
    """Screens prompts, images and whole generation requests against a policy profile.

    >>> guard = Guard()                      # the default "ncii" profile
    >>> guard.screen_prompt("a watercolour of a lighthouse").action.value
    'allow'
    """

    def __init__(
        self,
        policy: str | Path | dict | PolicyEngine | None = None,
        *,
        config: Config | None = None,
        resources: Resources | None = None,
        preload: bool = False,
    ):
        self.config = config or Config.load()
        self.policy: PolicyEngine = load_policy(policy if policy is not None else self.config.policy)
        # Default: banks and the likeness registry from the configured store (SQLite by default),
        # opened on first use. Pass Resources() explicitly to run without any store.
        self.resources = resources if resources is not None else StoreResources(self.config)
        self.limits = ImageLimits(
            max_pixels=self.config.max_image_pixels, max_file_bytes=self.config.max_image_bytes
        )
        self.signals: list[Signal] = [
            signal_class(name)(params, self.resources) for name, params in self.policy.profile.signals.items()
        ]
        self._executor: ThreadPoolExecutor | None = None
        self._executor_lock = threading.Lock()
        if preload:
            self.load()

    # -- lifecycle --------------------------------------------------------------------------
    def load(self, modalities: Iterable[str] | None = None) -> "Guard":
        """Load the signals now (for all modalities, or those given) instead of on first use."""
        wanted = frozenset(modalities) if modalities else None
        for s in self.signals:
            if wanted is None or s.applies_to(wanted):
                s.ensure_loaded()
        return self

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
        if isinstance(self.resources, StoreResources):
            self.resources.close()

    def __enter__(self) -> "Guard":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- screening --------------------------------------------------------------------------
    def screen(self, content: Content) -> Decision:
        ctx = ScanContext(content, limits=self.limits)
        executor = self._pool() if "image" in content.modalities else None
        results = run_signals(self.signals, ctx, executor=executor)
        return self.policy.decide(results)

    def screen_prompt(self, prompt: str, negative_prompt: str | None = None, **fields: str) -> Decision:
        """Screen the text of a generation request before any image exists."""
        return self.screen(Content.request(prompt, negative_prompt, **fields))

    def screen_prompts(self, prompts: Sequence[str | Content]) -> list[Decision]:
        """Screen many prompts (or text-only Contents) at once; one Decision per item, in order.

        Same decisions as calling :meth:`screen_prompt` on each, faster: signals with a
        ``prepare(contexts)`` hook (the semantic encoder) run their model once over the batch.
        A failing ``prepare`` is not fatal: ``detect`` then computes each scan itself and fails
        closed there if it must.
        """
        contents = [p if isinstance(p, Content) else Content.request(p) for p in prompts]
        ctxs = [ScanContext(c, limits=self.limits) for c in contents]
        for signal in self.signals:
            prepare = getattr(signal, "prepare", None)
            if prepare is None:
                continue
            mine = [ctx for ctx in ctxs if signal.applies_to(ctx.content.modalities)]
            if not mine:
                continue
            try:
                prepare(mine)
            except (MissingExtraError, ConfigError):
                raise
            except Exception as exc:  # noqa: BLE001 - detect() recomputes and fails closed per scan
                log.warning("signal %s batch prepare failed: %s", signal.name, type(exc).__name__)
        return [self.policy.decide(run_signals(self.signals, ctx)) for ctx in ctxs]

    def screen_request(
        self, prompt: str | None = None, negative_prompt: str | None = None, input_images: Sequence[Any] = (), **fields: str
    ) -> Decision:
        """Screen a whole request: prompt, negative prompt and the input images of an edit."""
        return self.screen(Content.request(prompt, negative_prompt, input_images, **fields))

    def screen_image(
        self, image: Any, prompt: str | None = None, input_images: Sequence[Any] = (), *,
        negative_prompt: str | None = None, role: str = "output",
    ) -> Decision:
        """Screen a generated image or an upload, with the request it came from when known."""
        img = image if isinstance(image, ImageInput) else ImageInput(image, role)
        content = Content.request(prompt, negative_prompt, input_images)
        return self.screen(Content(texts=content.texts, images=(img,) + content.images))

    def match(self, image_or_hash: Any, bank: str | None = None, *, max_distance: int = 31):
        """Match an image (path, bytes, array) or a hash string against the hash banks.

        Returns a list of :class:`nciiguard.banks.Match`; allow-listed hashes never match.
        """
        banks = self.resources.banks
        if banks is None:
            from .errors import ConfigError

            raise ConfigError("this Guard has no hash banks configured")
        return banks.match(image_or_hash, banks=bank, max_distance=max_distance)

    def _pool(self) -> ThreadPoolExecutor | None:
        if self.config.workers <= 0:
            return None
        with self._executor_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self.config.workers, thread_name_prefix="nciiguard-signal")
            return self._executor
