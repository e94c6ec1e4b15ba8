// Installable on a phone: the service worker keeps the app's own files and an offline page.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", function () {
    navigator.serviceWorker.register("/sw.js").catch(function () { /* not supported here: the app works without it */ });
  });
}

// Sends the CSRF token with every htmx request (the CSP forbids inline scripts).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("meta[name='_csrf']");
  var header = document.querySelector("meta[name='_csrf_header']");
  if (token && header) {
    event.detail.headers[header.getAttribute("content")] = token.getAttribute("content");
  }
});

// A note form that saves itself: when the connection drops, the words stay in this tab
// (sessionStorage, gone when the tab closes) and the save is retried until it lands.
(function () {
  function form() {
    return document.querySelector("form[data-autosave]");
  }
  function key(f) {
    return "alongside-draft-" + f.getAttribute("data-note");
  }
  function keep(f) {
    var fields = {};
    new FormData(f).forEach(function (value, name) {
      (fields[name] = fields[name] || []).push(value);
    });
    try { sessionStorage.setItem(key(f), JSON.stringify(fields)); } catch (e) { /* storage full or off */ }
  }
  function restore(f) {
    var kept = sessionStorage.getItem(key(f));
    if (!kept) {
      return;
    }
    var fields = JSON.parse(kept);
    Array.prototype.forEach.call(f.elements, function (el) {
      if (!el.name || el.name === "version" || !(el.name in fields)) {
        return;
      }
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = fields[el.name].indexOf(el.value) >= 0;
      } else {
        el.value = fields[el.name][0];
      }
    });
    htmx.trigger(f, "input");
  }
  // The save status follows the field being typed in, so it is where the eye is, not at the top.
  function besideField(f, field) {
    var state = document.getElementById("save-state");
    var block = field.closest(".field, fieldset") || field;
    if (state && block && f.contains(block) && block.nextElementSibling !== state) {
      block.parentNode.insertBefore(state, block.nextSibling);
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    var f = form();
    if (f) {
      restore(f);
      f.addEventListener("input", function () { keep(f); });
      // moved when typing starts, never on a tap: nothing shifts under a finger
      f.addEventListener("input", function (event) {
        if (event.target.matches("textarea, input[type=text], input[type=number], input[type=time], input[type=date]")) {
          besideField(f, event.target);
        }
      });
    }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var f = form();
    if (!f || event.detail.elt !== f) {
      return;
    }
    if (event.detail.successful) {
      sessionStorage.removeItem(key(f));
      var saved = document.getElementById("save-state");
      if (saved) { saved.classList.remove("not-saved"); }
      return;
    }
    if (!event.detail.xhr || event.detail.xhr.status === 0) {
      var state = document.getElementById("save-state");
      var notSaved = document.querySelector("meta[name='alongside-not-saved']");
      if (state) {
        state.textContent = notSaved ? notSaved.getAttribute("content") : "";
        state.classList.add("not-saved");
      }
      setTimeout(function () { htmx.trigger(f, "input"); }, 5000);
    }
  });
})();

// Times the server wrote in UTC (such as when a paused sign-in may be tried again) are shown in
// the reader's own time zone.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("time[data-local-time]").forEach(function (time) {
    var at = new Date(time.getAttribute("datetime"));
    if (!isNaN(at)) {
      time.textContent = at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
    }
  });
});

// A message about an earlier action goes once the next one starts, so only the latest result shows.
document.addEventListener("htmx:beforeRequest", function (event) {
  if (event.detail.elt.closest && event.detail.elt.closest("[hx-boost]")) {
    document.querySelectorAll("main .flash").forEach(function (flash) { flash.remove(); });
  }
});

// Parts of a page that update themselves (hx-boost on a section): every form on the page keeps the
// version the last change produced, and what was just added is brought into view and highlighted.
document.addEventListener("htmx:afterSettle", function () {
  var version = document.getElementById("plan-version");
  if (version) {
    document.querySelectorAll("main input[name=version]").forEach(function (input) {
      input.value = version.getAttribute("data-version");
    });
  }
  var added = document.querySelector("[data-just-added]");
  if (added) {
    added.removeAttribute("data-just-added");
    added.classList.add("just-added");
    added.scrollIntoView({ block: "center" });
    var heading = added.querySelector("h3, h2");
    if (heading) {
      heading.focus({ preventScroll: true });
    }
  }
});

// A dropped connection while a part of the page saves: nothing typed is lost (the form stays as it
// is), and the reader is told, next to the button they tapped.
document.addEventListener("htmx:sendError", function (event) {
  var form = event.detail.elt.closest ? event.detail.elt.closest("form") : null;
  if (!form || form.hasAttribute("data-autosave")) {
    return;
  }
  var note = form.querySelector(".offline");
  if (!note) {
    note = document.createElement("p");
    note.className = "field-error offline";
    note.setAttribute("role", "alert");
    form.appendChild(note);
  }
  var text = document.querySelector("meta[name='alongside-not-saved']");
  note.textContent = text ? text.getAttribute("content") : "Not saved: no connection.";
});

// "Use this phone's location" on the directory search: the browser asks the person first; the
// place goes into the form's hidden fields and is searched near, nearest first.
document.addEventListener("click", function (event) {
  var button = event.target.closest ? event.target.closest("[data-locate]") : null;
  if (!button) {
    return;
  }
  var fields = button.getAttribute("data-locate").split(",");
  var status = document.getElementById("location-status");
  if (!navigator.geolocation) {
    status.textContent = button.getAttribute("data-unavailable");
    return;
  }
  navigator.geolocation.getCurrentPosition(function (position) {
    document.querySelector(fields[0]).value = position.coords.latitude.toFixed(5);
    document.querySelector(fields[1]).value = position.coords.longitude.toFixed(5);
    status.textContent = button.getAttribute("data-located");
    var postcode = document.getElementById("postcode");
    if (postcode) {
      postcode.value = "";
    }
  }, function () {
    status.textContent = button.getAttribute("data-unavailable");
  }, {timeout: 10000, maximumAge: 60000});
});

// A file over the import limit is refused before it is sent, with the same words the server uses.
document.addEventListener("change", function (event) {
  var input = event.target;
  if (!input.matches || !input.matches("input[type=file][data-max-bytes]")) {
    return;
  }
  var tooLarge = input.files.length > 0 && input.files[0].size > Number(input.getAttribute("data-max-bytes"));
  var error = document.getElementById(input.id + "-error");
  if (tooLarge) {
    if (!error) {
      error = document.createElement("p");
      error.className = "field-error";
      error.id = input.id + "-error";
      input.insertAdjacentElement("afterend", error);
    }
    error.textContent = input.getAttribute("data-too-large");
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", error.id);
    input.value = "";
  } else if (error) {
    error.remove();
    input.removeAttribute("aria-invalid");
  }
});

// Reminders on this phone: subscribes the installed app for Web Push with the server's key and
// sends the subscription to the server; stopping removes it from both.
(function () {
  var section = document.getElementById("this-phone");
  var on = document.getElementById("push-on");
  var off = document.getElementById("push-off");
  var status = document.getElementById("push-status");
  if (!section || !on || !status) {
    return;
  }
  function say(which) { status.textContent = status.getAttribute("data-" + which) || ""; }
  function key() {
    var text = section.getAttribute("data-push-key").replace(/-/g, "+").replace(/_/g, "/");
    var raw = atob(text + "===".slice((text.length + 3) % 4));
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
    return bytes;
  }
  function post(url, subscription) {
    var json = subscription.toJSON();
    var headers = { "Content-Type": "application/json" };
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    if (token && header) { headers[header.getAttribute("content")] = token.getAttribute("content"); }
    return fetch(url, { method: "POST", headers: headers, credentials: "same-origin",
      body: JSON.stringify({ endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth }) })
      .then(function (response) { if (!response.ok) { throw new Error("refused"); } });
  }
  function shown(subscribed) { on.hidden = subscribed; off.hidden = !subscribed; }
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
    on.hidden = true;
    say("unsupported");
    return;
  }
  navigator.serviceWorker.ready.then(function (registration) {
    return registration.pushManager.getSubscription();
  }).then(function (subscription) { shown(!!subscription); }).catch(function () { /* shown as off */ });
  on.addEventListener("click", function () {
    Notification.requestPermission().then(function (permission) {
      if (permission !== "granted") { say("denied"); return null; }
      return navigator.serviceWorker.ready.then(function (registration) {
        return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key() });
      }).then(function (subscription) {
        return post("/account/push-subscriptions", subscription).then(function () { shown(true); say("on"); });
      });
    }).catch(function () { say("failed"); });
  });
  off.addEventListener("click", function () {
    navigator.serviceWorker.ready.then(function (registration) {
      return registration.pushManager.getSubscription();
    }).then(function (subscription) {
      if (!subscription) { shown(false); return null; }
      return post("/account/push-subscriptions/remove", subscription)
        .then(function () { return subscription.unsubscribe(); })
        .then(function () { shown(false); say("off"); });
    }).catch(function () { say("failed"); });
  });
})();

// Signing a note: the language guide has the last word once (its suggestions shown again beside
// the button, "Sign as written" one tap away, never a block); and with no connection the note is
// not lost: it says plainly it is not signed yet, and signs itself when the connection is back.
(function () {
  var confirmed = false;
  function signNow(f, sign) {
    confirmed = true;
    if (f.requestSubmit) { f.requestSubmit(sign); } else { sign.click(); }
  }
  document.addEventListener("submit", function (event) {
    var f = event.target;
    var sign = document.getElementById("sign");
    if (!f.matches("form[data-autosave]") || !sign || event.submitter !== sign) {
      return;
    }
    if (!navigator.onLine) {
      event.preventDefault();
      document.getElementById("not-signed").hidden = false;
      document.getElementById("not-signed").scrollIntoView({ block: "center" });
      // the phone says it is back: sign once the server really answers (the first moments after a
      // reconnection often still fail), trying again every few seconds until it does
      var trySign = function () {
        fetch(location.href, { method: "HEAD", cache: "no-store", credentials: "same-origin" })
          .then(function (response) { if (response.ok) { signNow(f, sign); } else { setTimeout(trySign, 3000); } })
          .catch(function () { setTimeout(trySign, 3000); });
      };
      window.addEventListener("online", function () { setTimeout(trySign, 300); }, { once: true });
      return;
    }
    var flagged = document.querySelectorAll(".guide li");
    if (confirmed || flagged.length === 0) {
      return;
    }
    event.preventDefault();
    var panel = document.getElementById("before-signing");
    var list = panel.querySelector(".last-word");
    list.innerHTML = "";
    flagged.forEach(function (item) { list.appendChild(item.cloneNode(true)); });
    panel.hidden = false;
    panel.scrollIntoView({ block: "center" });
    document.getElementById("sign-anyway").focus({ preventScroll: true });
  });
  document.addEventListener("click", function (event) {
    var f = document.querySelector("form[data-autosave]");
    var sign = document.getElementById("sign");
    if (!f || !sign) {
      return;
    }
    if (event.target.id === "sign-anyway") {
      signNow(f, sign);
    } else if (event.target.id === "change-words") {
      document.getElementById("before-signing").hidden = true;
      var first = document.querySelector(".guide li");
      var field = first && document.querySelector("[aria-describedby='" + first.closest(".guide").id + "']");
      (field || document.getElementById("narrative")).focus();
    }
  });
})();

// The offline page's "Try again": back to the page that could not load (a note keeps its words).
document.addEventListener("click", function (event) {
  if (event.target.id === "try-again") {
    if (history.length > 1) { history.back(); } else { location.reload(); }
  }
});
