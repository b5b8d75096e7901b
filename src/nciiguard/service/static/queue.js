/*
 * The moderator review queue. The moderator's API key is kept in sessionStorage (this tab only,
 * gone when it closes) and sent in the X-API-Key header; never in a URL or a cookie.
 *
 * Shows removal requests with their 48-hour clock (overdue first), matches/reports awaiting
 * review and appeals of screening decisions. Never displays an image, and web addresses are shown as text, not links, so nothing is
 * opened or previewed by accident.
 */
(function () {
  "use strict";
  var N = window.Nciiguard;
  var $ = function (id) { return document.getElementById(id); };
  var KEY = "nciiguard.moderatorKey";
  var takedowns = [];

  function getKey() {
    try { return sessionStorage.getItem(KEY); } catch (e) { return null; }
  }

  function headers() { return { "X-API-Key": getKey() || "" }; }

  function status(text, kind) { N.setStatus($("queue-status"), text, kind); }

  function fact(label, value, mono) {
    if (value === null || value === undefined || value === "") return null;
    return N.el("div", {}, [N.el("dt", { text: label }), N.el("dd", { className: mono ? "code" : "", text: String(value) })]);
  }

  function clockText(t) {
    var left = (new Date(t.due_at).getTime() - Date.now()) / 1000;
    if (t.status === "received" || t.status === "valid") {
      return left < 0 ? "Overdue by " + N.formatDuration(left) : N.formatDuration(left) + " left";
    }
    return "";
  }

  function noteField(id, label) {
    return N.el("div", { className: "field" }, [
      N.el("label", { "for": id, text: label }),
      N.el("input", { type: "text", id: id, autocomplete: "off" })
    ]);
  }

  function button(text, cls, onClick) {
    var b = N.el("button", { type: "button", className: cls || "", text: text });
    b.addEventListener("click", function () { onClick(b); });
    return b;
  }

  // -- removal requests -------------------------------------------------------------------------

  function renderTakedowns() {
    var list = $("takedowns-list");
    while (list.firstChild) list.removeChild(list.firstChild);
    $("takedowns-empty").hidden = takedowns.length > 0;
    takedowns.forEach(function (t) {
      var overdue = new Date(t.due_at).getTime() < Date.now();
      var short = t.ref.slice(0, 8);
      var locs = N.el("ul", { className: "plain-list" });
      (t.locations || []).forEach(function (l) {
        var parts = [];
        if (l.url) parts.push(l.url);
        if (l.content_id) parts.push("content id " + l.content_id);
        if (l.description) parts.push("(" + l.description + ")");
        locs.appendChild(N.el("li", { className: "code", text: parts.join(" ") }));
      });
      var contact = t.contact || {};
      var card = N.el("li", { className: "card" + (overdue ? " overdue" : ""), "data-ref": t.ref }, [
        N.el("h3", {}, [
          "Request " + short + " ",
          N.el("span", { className: "badge " + (overdue ? "badge-overdue" : "badge-clock"), text: clockText(t) })
        ]),
        N.el("dl", { className: "facts" }, [
          fact("Status", t.status === "valid" ? "valid, waiting for the platform to remove it" : t.status),
          fact("Received", N.formatTime(t.received_at)),
          fact("Due by", N.formatTime(t.due_at)),
          fact("Signed by", t.signature && t.signature.name ? t.signature.name + " (" + t.signature.kind + ")" : ""),
          fact("Contact", [contact.email, contact.phone, contact.address].filter(Boolean).join(", ")),
          fact("Statement", t.good_faith_statement),
          fact("Fingerprints given", (t.hashes || []).length)
        ]),
        N.el("p", { className: "label", text: "Where the content is:" }),
        locs
      ]);
      if (t.status === "received") {
        var noteId = "td-note-" + short;
        card.appendChild(noteField(noteId, "Reason (sent to the requester if not valid)"));
        card.appendChild(N.el("div", { className: "actions" }, [
          button("Valid: start removal", "primary", function (b) { decideTakedown(t, true, $(noteId).value, b); }),
          button("Not valid", "danger", function (b) { decideTakedown(t, false, $(noteId).value, b); })
        ]));
      } else if (t.status === "valid") {
        card.appendChild(N.el("div", { className: "actions" }, [
          button("Sweep the banks for copies", "", function (b) { sweep(t, b); })
        ]));
        if (t.swept_at) card.appendChild(N.el("p", { className: "hint", text: "Last swept " + N.formatTime(t.swept_at) }));
      }
      list.appendChild(card);
    });
  }

  function decideTakedown(t, valid, reason, btn) {
    if (!valid && !reason.trim()) {
      status("Please give a reason before marking request " + t.ref.slice(0, 8) + " as not valid.", "error");
      return;
    }
    btn.disabled = true;
    N.api("/v1/takedowns/" + encodeURIComponent(t.ref) + "/decision",
          { method: "POST", headers: headers(), body: { valid: valid, reason: reason } })
      .then(function () {
        status("Request " + t.ref.slice(0, 8) + (valid ? " marked valid." : " marked not valid."), "ok");
        return load();
      }, function (err) { btn.disabled = false; status(N.friendly(err), "error"); });
  }

  function sweep(t, btn) {
    btn.disabled = true;
    N.api("/v1/takedowns/" + encodeURIComponent(t.ref) + "/sweep", { method: "POST", headers: headers() })
      .then(function () {
        status("Swept the banks for copies of request " + t.ref.slice(0, 8) + ".", "ok");
        return load();
      }, function (err) { btn.disabled = false; status(N.friendly(err), "error"); });
  }

  // -- matches and reports ----------------------------------------------------------------------

  function renderReview(items) {
    var list = $("review-list");
    while (list.firstChild) list.removeChild(list.firstChild);
    $("review-empty").hidden = items.length > 0;
    items.forEach(function (it) {
      var hashes = N.el("ul", { className: "plain-list" });
      (it.hashes || []).forEach(function (h) {
        hashes.appendChild(N.el("li", {}, [N.el("span", { className: "label", text: h.signal_type + " " }),
                                          N.el("span", { className: "code hash", text: h.value })]));
      });
      var scores = Object.keys(it.scores || {}).map(function (k) {
        return k + " " + Number(it.scores[k]).toFixed(2);
      }).join(", ");
      var reasons = (it.reasons || []).map(function (r) {
        return [r.code, r.message].filter(Boolean).join(": ");
      }).join("; ");
      var matches = (it.matches || []).map(function (m) {
        var parts = [];
        if (m.bank) parts.push("bank " + m.bank);
        if (m.entry_id !== undefined) parts.push("entry " + m.entry_id);
        if (m.distance !== undefined) parts.push("distance " + m.distance);
        return parts.join(", ") || JSON.stringify(m);
      }).join("; ");
      var noteId = "rv-note-" + it.id;
      list.appendChild(N.el("li", { className: "card", "data-item": String(it.id) }, [
        N.el("h3", { text: (it.kind === "match" ? "Match " : "Report ") + "#" + it.id }),
        N.el("dl", { className: "facts" }, [
          fact("Content id", it.content_id, true),
          fact("Web address", it.url, true),
          fact("Seen", N.formatTime(it.created_at)),
          fact("From", it.source),
          fact("Scores", scores),
          fact("Reasons", reasons),
          fact("Matched", matches)
        ]),
        N.el("p", { className: "label", text: "Fingerprints:" }),
        hashes,
        noteField(noteId, "Note (optional, kept in the audit log)"),
        N.el("div", { className: "actions" }, [
          button("Confirm: add to the confirmed bank", "primary", function (b) { decide(it, "confirm", $(noteId).value, b); }),
          button("Not a match: allow-list it", "", function (b) { decide(it, "reject", $(noteId).value, b); })
        ])
      ]));
    });
  }

  function decide(it, decision, note, btn) {
    btn.disabled = true;
    N.api("/v1/review/" + it.id + "/decision", { method: "POST", headers: headers(),
                                                   body: { decision: decision, note: note } })
      .then(function () {
        status(decision === "confirm" ? "Item #" + it.id + " confirmed: its fingerprints are in the confirmed bank." :
               "Item #" + it.id + " rejected: its fingerprints are on the allow-list and stop matching.", "ok");
        return load();
      }, function (err) { btn.disabled = false; status(N.friendly(err), "error"); });
  }

  // -- appeals of screening decisions (docs/appeals.md) --------------------------------------------

  function renderAppeals(items) {
    var list = $("appeals-list");
    while (list.firstChild) list.removeChild(list.firstChild);
    $("appeals-empty").hidden = items.length > 0;
    items.forEach(function (a) {
      var d = a.decision || {};
      var short = a.ref.slice(4, 12);
      var reasons = (d.reasons || []).map(function (r) {
        return r.code + (r.field ? " (" + r.field + ")" : "");
      }).join("; ");
      var noteId = "ap-note-" + short, fpId = "ap-fp-" + short;
      var buttons = [
        button("Uphold: the decision stands", "", function (b) { decideAppeal(a, "uphold", false, b); }),
        button("Overturn", "primary", function (b) { decideAppeal(a, "overturn", false, b); })
      ];
      if ((d.hashes || []).length) {
        buttons.push(button("Overturn and allow-list the picture", "", function (b) { decideAppeal(a, "overturn", true, b); }));
      }
      list.appendChild(N.el("li", { className: "card", "data-appeal": a.ref }, [
        N.el("h3", { text: "Appeal " + short }),
        N.el("dl", { className: "facts" }, [
          fact("Decision", [d.action, d.policy ? "(policy " + d.policy + ")" : ""].filter(Boolean).join(" ")),
          fact("Screened at", d.endpoint),
          fact("Content id", d.content_id, true),
          fact("Decided", N.formatTime(d.created_at)),
          fact("Appealed", N.formatTime(a.created_at)),
          fact("Reasons", reasons),
          fact("Fingerprints", (d.hashes || []).length || ""),
          fact("The requester says", a.text)
        ]),
        noteField(noteId, "Answer (shown to the requester, kept with the appeal)"),
        N.el("div", { className: "field" }, [
          N.el("input", { type: "checkbox", id: fpId }),
          N.el("label", { "for": fpId, text: " A false positive of the policy (noted for retraining, with reason codes only)" })
        ]),
        N.el("div", { className: "actions" }, buttons)
      ]));
    });
  }

  function decideAppeal(a, outcome, allowList, btn) {
    var short = a.ref.slice(4, 12);
    var fp = outcome === "overturn" && $("ap-fp-" + short).checked;
    btn.disabled = true;
    N.api("/v1/appeals/" + encodeURIComponent(a.ref) + "/decision", { method: "POST", headers: headers(),
          body: { outcome: outcome, note: $("ap-note-" + short).value, allow_list: allowList, false_positive: fp } })
      .then(function () {
        status("Appeal " + short + (outcome === "uphold" ? " upheld: the decision stands." :
               " overturned" + (allowList ? ": the picture's fingerprints are on the allow-list." : ".")), "ok");
        return load();
      }, function (err) { btn.disabled = false; status(N.friendly(err), "error"); });
  }

  // -- loading ----------------------------------------------------------------------------------

  function load() {
    var h = headers();
    return Promise.all([
      N.api("/v1/takedowns?status=received&limit=500", { headers: h }),
      N.api("/v1/takedowns?status=valid&limit=500", { headers: h }),
      N.api("/v1/review?status=pending&limit=200", { headers: h }),
      N.api("/v1/appeals?status=open&limit=200", { headers: h })
    ]).then(function (res) {
      takedowns = res[0].takedowns.concat(res[1].takedowns).sort(function (a, b) {
        return new Date(a.due_at).getTime() - new Date(b.due_at).getTime();
      });
      // Removal requests are decided in their own section, with the clock.
      var items = res[2].items.filter(function (it) { return it.kind !== "takedown"; });
      renderTakedowns();
      renderReview(items);
      renderAppeals(res[3].items);
      $("takedowns-section").hidden = false;
      $("review-section").hidden = false;
      $("appeals-section").hidden = false;
    }, function (err) {
      if (err.status === 401) {
        forget();
        status("That key was not accepted (unknown, revoked or mistyped). Please enter it again.", "error");
      } else if (err.status === 403) {
        status("This key does not have the moderator role.", "error");
      } else {
        status(N.friendly(err), "error");
      }
      throw err;
    });
  }

  function signedIn() {
    var key = getKey();
    $("key-form").hidden = true;
    $("key-active").hidden = false;
    $("key-tail").textContent = key.slice(-4);
    return load().then(function () { status("Queue loaded.", "ok"); }, function () {});
  }

  function forget() {
    try { sessionStorage.removeItem(KEY); } catch (e) { /* nothing stored */ }
    $("key-form").hidden = false;
    $("key-active").hidden = true;
    $("takedowns-section").hidden = true;
    $("review-section").hidden = true;
    $("appeals-section").hidden = true;
    $("key-input").value = "";
  }

  function start() {
    $("key-form").addEventListener("submit", function (e) {
      e.preventDefault();
      var key = $("key-input").value.trim();
      if (!key) { status("Please enter your moderator API key.", "error"); return; }
      try { sessionStorage.setItem(KEY, key); } catch (err) {
        status("This browser does not allow session storage, which the queue needs.", "error");
        return;
      }
      $("key-input").value = "";
      signedIn();
    });
    $("key-forget").addEventListener("click", function () { forget(); status("The key was forgotten."); $("key-input").focus(); });
    $("refresh").addEventListener("click", function () { load().then(function () { status("Queue refreshed.", "ok"); }, function () {}); });
    // The 48-hour clocks move on their own.
    setInterval(function () { if (!$("takedowns-section").hidden) renderTakedownClocks(); }, 30000);
    if (getKey()) signedIn();
  }

  function renderTakedownClocks() {
    takedowns.forEach(function (t) {
      var card = document.querySelector('[data-ref="' + t.ref + '"] .badge');
      if (card) card.textContent = clockText(t);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
