/*
 * The survivor portal: make fingerprints on this device, open a case, check or withdraw it, ask
 * for removal.
 *
 * What leaves the device: PDQ hashes (with two centre-crop variants) and the SHA-256 of each file,
 * the case number and PIN (in request headers, only to this server), and what the person types
 * into the removal form. Never the pictures: files are read into memory here, hashed, and dropped.
 * Nothing is written to storage; the case number and PIN live in this page's memory only.
 */
(function () {
  "use strict";
  var N = window.Nciiguard;
  var PDQ = window.NciiguardPdq;
  var $ = function (id) { return document.getElementById(id); };

  // -- fingerprints made on this device ---------------------------------------------------------

  function hex(buffer) {
    var bytes = new Uint8Array(buffer), out = "";
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return out;
  }

  function sha256(file) {
    if (!(window.crypto && crypto.subtle && file.arrayBuffer)) return Promise.resolve(null);
    return file.arrayBuffer().then(function (buf) { return crypto.subtle.digest("SHA-256", buf); })
      .then(hex, function () { return null; });
  }

  /**
   * A list of chosen files and their fingerprints, shown as a table of names and statuses.
   * onChange(list) is called whenever the list changes.
   */
  function Fingerprints(input, table, tbody, status, onChange) {
    this.items = [];
    this.input = input; this.table = table; this.tbody = tbody; this.status = status;
    this.onChange = onChange || function () {};
    this.busy = 0;
    var self = this;
    input.addEventListener("change", function () {
      var files = Array.prototype.slice.call(input.files || []);
      // The file input is cleared at once: the page keeps no reference to the pictures.
      input.value = "";
      files.forEach(function (f) { self.add(f); });
    });
  }

  Fingerprints.prototype.add = function (file) {
    var self = this;
    var item = { name: file.name || "picture", state: "working", hashes: [], note: "" };
    this.items.push(item);
    this.busy++;
    this.render();
    N.setStatus(this.status, "Making fingerprints on this device…");
    var pdqPromise = PDQ.hashFile(file).then(function (r) { return r; }, function () { return null; });
    Promise.all([pdqPromise, sha256(file)]).then(function (res) {
      var p = res[0], sha = res[1];
      if (!p) {
        item.state = "failed";
        item.note = "This file could not be read as a picture, so it was left out.";
      } else {
        if (sha && self.items.some(function (o) { return o !== item && o.sha256 === sha; })) {
          item.state = "duplicate";
          item.note = "The same file is already in the list.";
        } else {
          item.sha256 = sha;
          if (p.quality >= PDQ.QUALITY_FLOOR) {
            var h = { signal_type: "pdq", value: p.hash };
            if (Object.keys(p.variants).length) h.pdq_variants = p.variants;
            item.hashes.push(h);
            item.state = "ready";
            item.note = "Fingerprint made";
          } else {
            item.state = "weak";
            item.note = "This picture is very plain, so only an exact-copy fingerprint can be made.";
          }
          if (sha) item.hashes.push({ signal_type: "sha256", value: sha });
          if (!item.hashes.length) { item.state = "failed"; item.note = "No fingerprint could be made."; }
        }
      }
    }).then(function () {
      self.busy--;
      self.render();
      var ready = self.hashes().length;
      if (self.busy === 0) {
        N.setStatus(self.status, ready ? "Fingerprints are ready. Nothing has been sent yet." :
          "No fingerprint could be made from the chosen files.", ready ? "ok" : "warn");
      }
      self.onChange(self);
    });
  };

  Fingerprints.prototype.hashes = function () {
    var out = [];
    this.items.forEach(function (it) {
      if (it.state === "ready" || it.state === "weak") out = out.concat(it.hashes);
    });
    return out;
  };

  Fingerprints.prototype.clear = function () {
    this.items = [];
    this.render();
    N.setStatus(this.status, "");
    this.onChange(this);
  };

  Fingerprints.prototype.render = function () {
    var tbody = this.tbody;
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    this.items.forEach(function (it) {
      var label = it.state === "working" ? "Working…" : it.note;
      tbody.appendChild(N.el("tr", { className: "state-" + it.state }, [
        N.el("td", { text: it.name }),
        N.el("td", { text: label })
      ]));
    });
    this.table.hidden = this.items.length === 0;
  };

  function reveal(section) {
    section.hidden = false;
    section.focus();
  }

  // -- new case ---------------------------------------------------------------------------------

  function protectPage() {
    var form = $("protect-form"), send = $("protect-send"), clear = $("protect-clear");
    var prints = new Fingerprints($("protect-files"), $("protect-table"), $("protect-list"), $("protect-status"),
      function (fp) {
        send.disabled = fp.busy > 0 || fp.hashes().length === 0;
        clear.hidden = fp.items.length === 0;
      });
    clear.addEventListener("click", function () { prints.clear(); });

    var unsaved = false;
    window.addEventListener("beforeunload", function (e) {
      if (unsaved) { e.preventDefault(); e.returnValue = ""; }
    });

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var hashes = prints.hashes();
      if (!hashes.length) return;
      send.disabled = true;
      N.setStatus($("protect-status"), "Sending the fingerprints…");
      N.api("/v1/cases", { method: "POST", body: { hashes: hashes } }).then(function (res) {
        prints.clear();
        form.hidden = true;
        $("case-number").textContent = res.case_number;
        $("case-pin").textContent = res.pin;
        unsaved = true;
        reveal($("case-created"));
      }, function (err) {
        send.disabled = false;
        N.setStatus($("protect-status"), N.friendly(err), "error");
      });
    });

    $("case-written").addEventListener("change", function () { $("case-done").disabled = !this.checked; });
    $("case-done").addEventListener("click", function () {
      // Shown once: remove them from the page, so they are not left on screen.
      $("case-number").textContent = "";
      $("case-pin").textContent = "";
      $("case-created").hidden = true;
      unsaved = false;
      reveal($("case-hidden"));
    });
  }

  // -- existing case ----------------------------------------------------------------------------

  var STATUS_WORDS = {
    open: "Open: platforms compare uploads with your fingerprints.",
    withdrawn: "Withdrawn: the fingerprints were deleted."
  };
  var TAKEDOWN_WORDS = {
    received: "Received, waiting for a decision",
    valid: "Accepted, waiting for removal",
    invalid: "Not accepted",
    removed: "Removed"
  };

  function casePage() {
    var creds = null;
    var headers = function () { return { "X-Case-Number": creds.number, "X-Case-Pin": creds.pin }; };
    var message = $("case-message");

    function show(c) {
      $("case-status").textContent = STATUS_WORDS[c.status] || c.status;
      $("case-opened").textContent = N.formatTime(c.created_at);
      var counts = c.hashes || {};
      var total = Object.keys(counts).reduce(function (n, k) { return n + counts[k]; }, 0);
      $("case-hashes").textContent = c.status === "open" ? String(total) : "None (deleted)";
      var list = $("case-takedowns");
      while (list.firstChild) list.removeChild(list.firstChild);
      (c.takedowns || []).forEach(function (t) {
        list.appendChild(N.el("li", { text: (TAKEDOWN_WORDS[t.status] || t.status) + " — sent " +
          N.formatTime(t.received_at) + ", due by " + N.formatTime(t.due_at) }));
      });
      $("case-takedowns-none").hidden = (c.takedowns || []).length > 0;
      $("case-open-actions").hidden = c.status !== "open";
      $("signin-form").hidden = true;
      reveal($("case-view"));
    }

    function load() {
      return N.api("/v1/cases/me", { headers: headers() }).then(show);
    }

    $("signin-form").addEventListener("submit", function (e) {
      e.preventDefault();
      var number = $("signin-number").value.trim(), pin = $("signin-pin").value.trim();
      if (!number || !pin) {
        N.setStatus($("signin-status"), "Please enter both the case number and the PIN.", "error");
        return;
      }
      creds = { number: number, pin: pin };
      N.setStatus($("signin-status"), "Looking up your case…");
      load().then(function () {
        $("signin-pin").value = "";
        N.setStatus($("signin-status"), "");
      }, function (err) {
        creds = null;
        N.setStatus($("signin-status"), N.friendly(err, {
          401: "That case number and PIN do not match. Please check them and try again."
        }), "error");
      });
    });

    var addSend = $("add-send");
    var prints = new Fingerprints($("add-files"), $("add-table"), $("add-list"), $("add-status"), function (fp) {
      addSend.disabled = fp.busy > 0 || fp.hashes().length === 0;
    });
    $("add-form").addEventListener("submit", function (e) {
      e.preventDefault();
      var hashes = prints.hashes();
      if (!hashes.length || !creds) return;
      addSend.disabled = true;
      N.api("/v1/cases/me/hashes", { method: "POST", headers: headers(), body: { hashes: hashes } })
        .then(function (res) {
          prints.clear();
          N.setStatus($("add-status"), "Added " + res.added + " fingerprint(s) to your case.", "ok");
          return load();
        }, function (err) {
          addSend.disabled = false;
          N.setStatus($("add-status"), N.friendly(err), "error");
        });
    });

    $("withdraw-start").addEventListener("click", function () {
      $("withdraw-confirm").hidden = false;
      $("withdraw-no").focus();
    });
    $("withdraw-no").addEventListener("click", function () {
      $("withdraw-confirm").hidden = true;
      $("withdraw-start").focus();
    });
    $("withdraw-yes").addEventListener("click", function () {
      if (!creds) return;
      this.disabled = true;
      var btn = this;
      N.api("/v1/cases/me/withdraw", { method: "POST", headers: headers() }).then(function () {
        $("withdraw-confirm").hidden = true;
        N.setStatus(message, "Your case was withdrawn and its fingerprints were deleted.", "ok");
        return load();
      }).then(function () { btn.disabled = false; }, function (err) {
        btn.disabled = false;
        N.setStatus(message, N.friendly(err), "error");
      });
    });

    $("signout").addEventListener("click", function () {
      creds = null;
      prints.clear();
      $("case-view").hidden = true;
      N.setStatus(message, "");
      $("signin-number").value = "";
      $("signin-form").hidden = false;
      $("signin-number").focus();
    });
  }

  // -- removal request --------------------------------------------------------------------------

  function lines(text) {
    return text.split(/\r?\n/).map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function takedownPage() {
    var form = $("takedown-form"), errors = $("td-errors"), send = $("td-send");
    var prints = new Fingerprints($("td-files"), $("td-table"), $("td-list"), $("td-status"), function (fp) {
      send.disabled = fp.busy > 0;
    });

    function showErrors(list) {
      while (errors.firstChild) errors.removeChild(errors.firstChild);
      if (!list.length) { errors.hidden = true; return; }
      errors.appendChild(N.el("p", { text: "A few things are still needed:" }));
      var ul = N.el("ul");
      list.forEach(function (item) {
        var a = N.el("a", { href: "#" + item.field, text: item.message });
        a.addEventListener("click", function (e) { e.preventDefault(); $(item.field).focus(); });
        ul.appendChild(N.el("li", {}, [a]));
      });
      errors.appendChild(ul);
      errors.hidden = false;
      errors.focus();
    }

    var FIELD_OF = { signature: "td-name", locations: "td-urls", good_faith: "td-good-faith", contact: "td-email" };

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var urls = lines($("td-urls").value), ids = lines($("td-ids").value);
      var name = $("td-name").value.trim(), email = $("td-email").value.trim(), phone = $("td-phone").value.trim();
      var missing = [];
      if (!urls.length && !ids.length) missing.push({ field: "td-urls", message: "Where the picture is: at least one web address or content number." });
      if (!$("td-good-faith").checked) missing.push({ field: "td-good-faith", message: "The statement that it was shared without consent (tick the box)." });
      if (!email && !phone) missing.push({ field: "td-email", message: "A way to reach you: an email address or a phone number." });
      if (!name) missing.push({ field: "td-name", message: "Your full name, as your signature." });
      if (!$("td-sign").checked) missing.push({ field: "td-sign", message: "Tick the box to sign the request with your name." });
      var number = $("td-case-number").value.trim(), pin = $("td-case-pin").value.trim();
      if ((number && !pin) || (!number && pin)) missing.push({ field: number ? "td-case-pin" : "td-case-number", message: "Both the case number and the PIN, or neither." });
      showErrors(missing);
      if (missing.length) return;

      var locations = urls.map(function (u) { return { url: u }; })
        .concat(ids.map(function (i) { return { content_id: i }; }));
      var body = {
        signature: { name: name, kind: "electronic" },
        locations: locations,
        good_faith: true,
        good_faith_statement: $("td-good-faith-text").textContent.replace(/\s+/g, " ").trim(),
        contact: { name: name },
        hashes: prints.hashes(),
        description: $("td-description").value.trim()
      };
      if (email) body.contact.email = email;
      if (phone) body.contact.phone = phone;
      var headers = number ? { "X-Case-Number": number, "X-Case-Pin": pin } : {};
      send.disabled = true;
      N.setStatus($("td-status"), "Sending your request…");
      N.api("/v1/takedowns", { method: "POST", body: body, headers: headers }).then(function (res) {
        form.hidden = true;
        prints.clear();
        $("td-due").textContent = N.formatTime(res.due_at);
        $("td-token").textContent = res.token;
        reveal($("td-done"));
      }, function (err) {
        send.disabled = false;
        N.setStatus($("td-status"), "");
        if (err.code === "incomplete_request" && err.details) {
          showErrors(err.details.map(function (d) { return { field: FIELD_OF[d.element] || "td-urls", message: d.message }; }));
        } else {
          N.setStatus($("td-status"), N.friendly(err, {
            401: "The case number and PIN do not match. Check them, or leave both empty to send the request without a case."
          }), "error");
        }
      });
    });

    $("td-written").addEventListener("change", function () { $("td-hide").disabled = !this.checked; });
    $("td-hide").addEventListener("click", function () {
      $("td-token").textContent = "";
      $("td-done").hidden = true;
      $("td-check-token").focus();
    });

    $("td-check-form").addEventListener("submit", function (e) {
      e.preventDefault();
      var token = $("td-check-token").value.trim(), out = $("td-check-result");
      if (!token) { N.setStatus(out, "Please enter the status code.", "error"); return; }
      N.api("/v1/takedowns/status", { headers: { "X-Takedown-Token": token } }).then(function (r) {
        var text = (TAKEDOWN_WORDS[r.status] || r.status) + ". Sent " + N.formatTime(r.received_at) + ".";
        if (r.status === "removed") text += " Removed " + N.formatTime(r.removed_at) + ".";
        else if (r.status === "invalid") text += r.decision_reason ? " Reason given: " + r.decision_reason : "";
        else text += " Due by " + N.formatTime(r.due_at) + (r.overdue ? " (this is past the 48-hour deadline)." : ".");
        N.setStatus(out, text, "ok");
      }, function (err) {
        N.setStatus(out, N.friendly(err, { 404: "We could not find a request with that status code. Please check it and try again." }), "error");
      });
    });
  }

  function start() {
    var page = document.body.getAttribute("data-page");
    if (!PDQ || !N) return;
    if (page === "portal-protect") protectPage();
    else if (page === "portal-case") casePage();
    else if (page === "portal-takedown") takedownPage();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
