/*
 * Shared helpers for the portal and the review queue: JSON requests to this server's /v1 API,
 * calm error messages, dates, and the "leave this site quickly" button.
 *
 * Everything builds DOM nodes with textContent: data from the server is never parsed as HTML.
 */
(function (root) {
  "use strict";

  /** Messages for the survivor pages: plain words, no blame, what to do next. */
  var FRIENDLY = {
    401: "That did not match. Please check the details and try again.",
    403: "This key is not allowed to do that.",
    404: "We could not find that. Please check the details and try again.",
    409: "That was already done, or cannot be done now.",
    413: "That was too much to send at once. Try fewer pictures.",
    423: "For safety, this case is paused for a while after several wrong PINs. Please try again later.",
    429: "There were many tries from this connection. Please wait a few minutes and try again."
  };

  function ApiError(status, code, message, details) {
    this.status = status;
    this.code = code;
    this.message = message;
    this.details = details || null;
  }
  ApiError.prototype = Object.create(Error.prototype);

  /**
   * Call the JSON API. Options: method, body (an object, sent as JSON), headers.
   * Resolves with the parsed JSON; rejects with ApiError (status 0 when the network failed).
   */
  function api(path, options) {
    options = options || {};
    var headers = { "Accept": "application/json" };
    Object.keys(options.headers || {}).forEach(function (k) { headers[k] = options.headers[k]; });
    var init = { method: options.method || "GET", headers: headers, credentials: "omit", cache: "no-store",
                 referrerPolicy: "no-referrer" };
    if (options.body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(options.body);
    }
    return fetch(path, init).then(function (resp) {
      return resp.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        if (resp.ok) return data;
        var err = (data && data.error) || {};
        throw new ApiError(resp.status, err.code || "http_" + resp.status,
                           err.message || "request failed (" + resp.status + ")", err.details);
      });
    }, function () {
      throw new ApiError(0, "network", "The connection failed. Nothing was sent. Please check your connection and try again.");
    });
  }

  /** A message a person can act on, for an ApiError (or anything else thrown). */
  function friendly(err, overrides) {
    var status = err && typeof err.status === "number" ? err.status : -1;
    if (overrides && overrides[status]) return overrides[status];
    if (status === 0) return err.message;
    if (status === 422 && err.message) return "Please check the form: " + err.message;
    if (FRIENDLY[status]) return FRIENDLY[status];
    return "Something went wrong on our side. Nothing was changed. Please try again later.";
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "className") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function setStatus(node, text, kind) {
    if (!node) return;
    node.textContent = text || "";
    node.className = "status" + (kind ? " status-" + kind : "");
  }

  function formatTime(iso) {
    if (!iso) return "";
    var d = new Date(iso);
    if (isNaN(d.getTime())) return iso;
    return d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  }

  /** "5 h 03 min" for a number of seconds (absolute value). */
  function formatDuration(seconds) {
    var s = Math.abs(Math.round(seconds));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
    if (h === 0) return m + " min";
    return h + " h " + (m < 10 ? "0" : "") + m + " min";
  }

  /**
   * "Leave this site quickly": a real link to the operator's leave_quickly_url setting, so it works
   * without JavaScript too. With JavaScript it also clears this tab's session storage and replaces
   * the portal in the tab's history instead of adding to it (no inline script: the CSP stays strict).
   */
  function quickExit() {
    var link = document.getElementById("quick-exit");
    if (!link) return;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      try { sessionStorage.clear(); } catch (e) { /* storage may be disabled */ }
      // replace(): the portal does not stay in this tab's back history.
      window.location.replace(link.getAttribute("data-exit-url") || link.href || "about:blank");
    });
  }

  root.Nciiguard = {
    api: api, ApiError: ApiError, friendly: friendly, el: el, setStatus: setStatus,
    formatTime: formatTime, formatDuration: formatDuration
  };

  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", quickExit);
    else quickExit();
  }
})(typeof self !== "undefined" ? self : this);
