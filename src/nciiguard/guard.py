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
from .errors import ConfigError, InputError, MissingExtraError
from .findings import Decision, ItemError
from .imaging import ImageLimits
from .limits import PDQ_MATCH_DISTANCE
from .policy import PolicyEngine, load_policy
from .resources import StoreResources
from .signals.base import Resources, Signal
from .signals.registry import signal_class
from .signals.runner import run_signals, run_signals_many

_log = logging.getLogger("nciiguard.guard")


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
        shadow: str | Path | dict | PolicyEngine | None = None,
    ):
        self.config = config or Config.load()
        self.policy: PolicyEngine = load_policy(policy if policy is not None else self.config.policy)
        # Default: banks and the likeness registry from the configured store (SQLite by default),
        # opened on first use. Pass Resources() explicitly to run without any store.
        self.resources = resources if resources is not None else StoreResources(self.config)
        self.limits = ImageLimits(
            max_pixels=self.config.max_image_pixels, max_file_bytes=self.config.max_image_bytes,
            max_decode_bytes=self.config.max_image_decode_bytes,
        )
        self.signals: list[Signal] = [
            signal_class(name)(params, self.resources) for name, params in self.policy.profile.signals.items()
        ]
        self._executor: ThreadPoolExecutor | None = None
        self._executor_lock = threading.Lock()
        # Shadow policy (docs/shadow.md): a candidate profile decided beside the enforcing one on
        # every call; only counted, never enforced. ``on_shadow(tally)`` runs after each count
        # (the service flushes the tally to the database from there).
        self.shadow = None
        self.shadow_tally = None
        self.shadow_surface = "library"
        self.on_shadow: Any = None
        if shadow is not None:
            from .shadow import ShadowPolicy, ShadowTally

            self.shadow = ShadowPolicy(shadow, self.signals, self.resources)
            self.shadow_tally = ShadowTally()
        if preload:
            self.load()

    # -- lifecycle --------------------------------------------------------------------------
    def load(self, modalities: Iterable[str] | None = None) -> "Guard":
        """Load the signals now (for all modalities, or those given) instead of on first use."""
        wanted = frozenset(modalities) if modalities else None
        for s in self.signals:
            if wanted is None or s.applies_to(wanted):
                s.ensure_loaded()
        for s in self.shadow.own if self.shadow is not None else []:
            if wanted is None or s.applies_to(wanted):
                try:
                    s.ensure_loaded()
                except Exception as exc:  # noqa: BLE001 - a broken candidate never stops enforcement
                    _log.warning("shadow signal %s failed to load: %s", s.name, type(exc).__name__)
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
        return self.screen_with_shadow(content)[0]

    def screen_with_shadow(self, content: Content) -> tuple[Decision, Decision | None]:
        """The enforcing decision and, with ``shadow=``, the candidate's (None without one or if
        the candidate failed). The enforcing decision is the same with or without a shadow."""
        ctx = ScanContext(content, limits=self.limits)
        executor = self._pool() if "image" in content.modalities else None
        results = run_signals(self.signals, ctx, executor=executor)
        decision = self.policy.decide(results)
        candidate = self._observe_shadow(ctx, results, decision, executor) if self.shadow is not None else None
        return decision, candidate

    def _observe_shadow(self, ctx, results, decision: Decision, executor, times: int = 1) -> Decision | None:
        """Decide with the candidate profile and count the outcome. Never raises: a shadow must not
        be able to break, slow down by failing, or change enforcement."""
        from .shadow import count_key

        try:
            candidate = self.shadow.decide(ctx, results, executor)
        except Exception as exc:  # noqa: BLE001 - counted as "error", logged without content
            _log.warning("shadow policy %s failed: %s", self.shadow.label, type(exc).__name__)
            candidate = None
        self.shadow_tally.add(count_key(self.shadow_surface, decision, candidate, self.shadow.label), times)
        if self.on_shadow is not None:
            try:
                self.on_shadow(self.shadow_tally)
            except Exception as exc:  # noqa: BLE001 - recording must not fail the screening call
                _log.warning("recording shadow counts failed: %s", type(exc).__name__)
        return candidate

    def screen_many(self, contents: Sequence[Content]) -> list[Decision | ItemError]:
        """Screen many contents in one call: the batch path of the service and the CLI.

        Returns one entry per content, in order: its Decision (the same as :meth:`screen` would
        give), or an :class:`~nciiguard.findings.ItemError` for an item that could not be
        screened at all (e.g. not a Content); one bad item never fails the others. Identical
        text-only contents in one batch are screened once (a decision depends only on the content).
        """
        out: list[Decision | ItemError | None] = [None] * len(contents)
        ctxs: list[ScanContext] = []
        owners: list[list[int]] = []
        seen: dict[tuple, int] = {}
        for i, content in enumerate(contents):
            if not isinstance(content, Content):
                out[i] = ItemError("invalid_input", f"expected a Content, got {type(content).__name__}")
                continue
            key = None
            if not content.images and not content.metadata:
                key = tuple(sorted(content.texts.items()))
                if key in seen:
                    owners[seen[key]].append(i)
                    continue
            if key is not None:
                seen[key] = len(ctxs)
            ctxs.append(ScanContext(content, limits=self.limits))
            owners.append([i])
        executor = self._pool() if any("image" in c.content.modalities for c in ctxs) else None
        self._prepare(ctxs)
        for ctx, results, positions in zip(ctxs, run_signals_many(self.signals, ctxs, executor=executor), owners):
            decision = self.policy.decide(results)
            if self.shadow is not None:
                self._observe_shadow(ctx, results, decision, executor, times=len(positions))
            for i in positions:
                out[i] = decision
        return out  # type: ignore[return-value]

    def screen_prompts(self, prompts: Sequence[str | tuple[str, str | None] | Content]) -> list[Decision | ItemError]:
        """:meth:`screen_prompt` for many prompts (a string, ``(prompt, negative_prompt)`` or a
        text-only Content): the same decisions, faster (the semantic encoder runs once over the batch).

        An item that is not a valid prompt (not a string, larger than the text limit) becomes an
        :class:`~nciiguard.findings.ItemError` in its place; the others are screened.
        """
        contents: list[Any] = []
        for item in prompts:
            if isinstance(item, Content):
                contents.append(item)
                continue
            prompt, negative = (item if isinstance(item, tuple) and len(item) == 2 else (item, None))
            try:
                if not isinstance(prompt, str) or not (negative is None or isinstance(negative, str)):
                    raise InputError("a prompt must be a string (and its negative prompt a string or None)")
                contents.append(Content.request(prompt, negative))
            except InputError as exc:
                contents.append(ItemError("invalid_input", str(exc)))
        decided = self.screen_many([c for c in contents if isinstance(c, Content)])
        it = iter(decided)
        return [c if isinstance(c, ItemError) else next(it) for c in contents]

    def screen_prompt(self, prompt: str, negative_prompt: str | None = None, **fields: str) -> Decision:
        """Screen the text of a generation request before any image exists."""
        return self.screen(Content.request(prompt, negative_prompt, **fields))

    def _prepare(self, ctxs: Sequence[ScanContext]) -> None:
        """Signals with a ``prepare(contexts)`` hook (the semantic encoder) run their model once
        over a batch. A failing ``prepare`` is not fatal: ``detect`` then computes each scan
        itself and fails closed there if it must."""
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
                _log.warning("signal %s batch prepare failed: %s", signal.name, type(exc).__name__)

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

    def match(self, image_or_hash: Any, bank: str | None = None, *, max_distance: int = PDQ_MATCH_DISTANCE):
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
