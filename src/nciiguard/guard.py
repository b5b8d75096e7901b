"""The Guard: load once, screen many. Thread-safe.

The Guard owns the compiled policy, one instance of each signal the policy runs (loaded lazily,
the first time content of its modality arrives) and the resources signals read (banks, registry).
It translates calls into :class:`~nciiguard.content.Content`, runs the signals and hands their
results to the policy.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterable, Sequence

from .config import Config
from .content import Content, ImageInput, ScanContext
from .errors import ConfigError, InputError, MissingExtraError
from .findings import Decision, ItemError
from .imaging import ImageLimits
from .limits import PDQ_MAX_DISTANCE
from .policy import PolicyEngine, load_policy
from .resources import StoreResources
from .signals.base import Resources, Signal, SignalResources  # noqa: F401 - Resources: importable from here too
from .signals.match.hash_match import REPORTS_KEY
from .signals.registry import SignalRegistry, default_registry
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
        resources: SignalResources | None = None,
        preload: bool = False,
        shadow: str | Path | dict | PolicyEngine | None = None,
        registry: SignalRegistry | None = None,
    ):
        self.config = config or Config.load()
        # The signals this Guard can run (and its profiles are checked against): the built-ins
        # unless the caller brings its own registry (docs/signals/README.md).
        self.signal_registry: SignalRegistry = registry if registry is not None else default_registry()
        self.policy: PolicyEngine = load_policy(policy if policy is not None else self.config.policy,
                                                registry=self.signal_registry)
        # Default: banks and the likeness registry from the configured store (SQLite by default),
        # opened on first use. Pass Resources() explicitly to run without any store.
        self.resources = resources if resources is not None else StoreResources(self.config)
        self.limits = ImageLimits(
            max_pixels=self.config.max_image_pixels, max_file_bytes=self.config.max_image_bytes,
            max_decode_bytes=self.config.max_image_decode_bytes,
        )
        self.signals: list[Signal] = [
            self.signal_registry.signal_class(name)(params, self.resources)
            for name, params in self.policy.profile.signals.items()
        ]
        self._executor: ThreadPoolExecutor | None = None
        self._executor_lock = threading.Lock()
        #: hash_match signals for matchers other than ``resources.banks`` (see :meth:`match`).
        self._match_signals: dict[int, tuple[Any, Signal]] = {}
        # Shadow policy (docs/shadow.md): a candidate profile decided beside the enforcing one on
        # every call; only counted, never enforced. ``on_shadow(tally)`` runs after each count
        # (the service flushes the tally to the database from there).
        self.shadow = None
        self.shadow_tally = None
        self.shadow_surface = "library"
        self.on_shadow: Any = None
        if shadow is not None:
            from .shadow import ShadowPolicy, ShadowTally

            self.shadow = ShadowPolicy(shadow, self.signals, self.resources, registry=self.signal_registry)
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

    def warm(self, modalities: Iterable[str] | None = None) -> "Guard":
        """:meth:`load`, then compile every pattern the rule tables compile on first use
        (``text.lazy_regex``), so the first prompts that open rare rows pay nothing extra. For a
        server that prefers an even latency from its first request to a faster start (since round 29 ~0.03 s of
        CPU: the rows compile from shipped code, text/regex_code.py)."""
        from .text.lazy_regex import compile_all

        self.load(modalities)
        compile_all()
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
        decision = _with_scan(self.policy.decide(results), ctx)
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
            decision = _with_scan(self.policy.decide(results), ctx)
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
        """Signals that override :meth:`Signal.prepare` (the semantic encoder) run their model once
        over a batch. A failing ``prepare`` is not fatal: ``detect`` then computes each scan
        itself and fails closed there if it must."""
        for signal in self.signals:
            if type(signal).prepare is Signal.prepare:
                continue
            mine = [ctx for ctx in ctxs if signal.applies_to(ctx.content.modalities)]
            if not mine:
                continue
            try:
                signal.prepare(mine)
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

    def match(self, item: Any = None, bank: str | Sequence[str] | None = None, *, hashes: Sequence[Any] | None = None,
              max_distance: int | None = None, signal_type: str | None = None, matcher: Any = None) -> Decision:
        """Match an image or hashes against the hash banks: the ``hash_match`` signal and the policy.

        ``item``: an image (path, bytes, PIL image, array, DecodedImage, ImageInput), one hash
        string (``"pdq:<hex>"``, or a bare hex MD5 / SHA-256 / PDQ), a video path or a
        :class:`~nciiguard.hashing.HashRecord`. ``hashes``: many hashes at once, as
        ``(signal_type, value)`` pairs or :class:`~nciiguard.hashing.QueryHashes` (the batch form:
        one pass of the matcher, one Decision). ``bank``: only this bank (or these banks);
        default the profile's ``hash_match.banks`` (every bank but allow-lists). ``max_distance``: largest PDQ distance that matches
        (default: the profile's ``hash_match.max_distance``, 31). ``matcher``: the
        :class:`~nciiguard.banks.BankMatcher` to use (default: this Guard's ``resources.banks``).

        Returns a :class:`~nciiguard.findings.Decision` whose reasons name each matched field
        (``image[0]``, ``hash[i]`` for ``hashes``/a hash ``item``) with ``known_ncii.bank_match``
        or ``survivor_bank.survivor_match`` as the profile says. ``decision.matches`` maps each
        field to its :class:`~nciiguard.banks.MatchReport` (matches, quality, allow-list, low
        quality) and ``decision.bank_matches`` lists every match; for an image,
        ``decision.hashes`` holds the hashes computed. Allow-listed hashes never match. A bad
        image or hash raises :class:`~nciiguard.errors.InputError` (nothing is matched).
        """
        from .hashing.query import QueryHashes
        from .imaging import DecodedImage, decode_image
        from .signals.match.hash_match import HashQuery

        matcher = matcher if matcher is not None else self.resources.banks
        if matcher is None:
            raise ConfigError("this Guard has no hash banks configured")
        if (item is None) == (hashes is None):
            raise InputError("match one item (an image or a hash) or a list of hashes, not both")
        if max_distance is not None and (isinstance(max_distance, bool) or not isinstance(max_distance, int)
                                         or not 0 <= max_distance <= PDQ_MAX_DISTANCE):
            raise InputError(f"max_distance must be an integer from 0 to {PDQ_MAX_DISTANCE}, got {max_distance!r}")
        banks = [bank] if isinstance(bank, str) else (list(bank) if bank is not None else None)
        images: tuple[ImageInput, ...] = ()
        queries: list[Any] = []
        if hashes is not None:
            queries = [h if isinstance(h, QueryHashes) else QueryHashes.of_hash(*h) for h in hashes]
        else:
            query = _item_query(item, signal_type)
            if query is not None:
                queries = [query]
            else:
                source = item.source if isinstance(item, ImageInput) else item
                # Decoded here, with this Guard's limits: a bad image is the caller's error, not
                # a failed signal (the scan then reuses the decoded pixels).
                decoded = source if isinstance(source, DecodedImage) else decode_image(source, limits=self.limits)
                images = (ImageInput(decoded, "upload", getattr(item, "name", None)),)
        content = Content(images=images, metadata={"hashes": HashQuery(queries, banks, max_distance)})
        ctx = ScanContext(content, limits=self.limits)  # ctx.image(0) hands the decoded image back as it is
        signal = self._hash_signal(matcher)
        decision = self.policy.decide(run_signals([signal], ctx))
        return _with_scan(decision, ctx)

    def _hash_signal(self, matcher) -> Signal:
        """The profile's ``hash_match`` signal, or (for a profile without one, or another matcher
        than this Guard's banks) one with the same parameters reading ``matcher``."""
        own = next((s for s in self.signals if s.name == "hash_match"), None)
        if own is not None and matcher is self.resources.banks:
            return own
        with self._executor_lock:
            cached = self._match_signals.get(id(matcher))
            if cached is None or cached[0] is not matcher:
                from .signals.base import Resources as PlainResources

                params = own.params.model_dump() if own is not None else {}
                signal = self.signal_registry.signal_class("hash_match")(params, PlainResources(banks=matcher))
                cached = self._match_signals[id(matcher)] = (matcher, signal)
            return cached[1]

    def _pool(self) -> ThreadPoolExecutor | None:
        if self.config.workers <= 0:
            return None
        with self._executor_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self.config.workers, thread_name_prefix="nciiguard-signal")
            return self._executor


def _with_scan(decision: Decision, ctx: ScanContext) -> Decision:
    """The decision with what the scan computed for the caller: the images' hashes (per image
    field) and the bank match reports (per matched field). Unchanged when there is none."""
    hashes = ctx.computed_image_hashes()
    reports = ctx.peek(REPORTS_KEY)
    if not hashes and not reports:
        return decision
    fields = {ctx.content.image_field(i): h for i, h in sorted(hashes.items())}
    return replace(decision, hashes=fields, matches=reports or {})


def _item_query(item: Any, signal_type: str | None):
    """The QueryHashes of a :meth:`Guard.match` item that is not an image (a hash string, a
    HashRecord, a video file, QueryHashes), or None for an image."""
    from .hashing.query import QueryHashes, looks_like_hash
    from .hashing.records import VIDEO_SUFFIXES, HashRecord, hash_file

    if isinstance(item, QueryHashes):
        return item
    if isinstance(item, HashRecord):
        return QueryHashes.of_record(item)
    if isinstance(item, str) and (signal_type is not None or looks_like_hash(item)):
        return QueryHashes.of_text(item, signal_type)
    if isinstance(item, (str, Path)) and Path(item).suffix.lower() in VIDEO_SUFFIXES:
        return QueryHashes.of_record(hash_file(item))
    return None
