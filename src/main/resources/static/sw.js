// Alongside's service worker: keeps the app's own files (styles, scripts, icons) and a plain
// offline page, so the app opens quickly and says clearly when there is no connection. Pages are
// never kept: they hold people's records, and those stay on the server.
var CACHE = "alongside-v2";
var FILES = [
  "/css/alongside.css",
  "/js/alongside.js",
  "/webjars/htmx.org/dist/htmx.min.js",
  "/icons/icon.svg",
  "/icons/icon-192.png",
  "/offline"
];

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(FILES); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== CACHE; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") {
    // a form sent with no connection (signing on a weak signal) lands on the offline page, whose
    // "Try again" goes back to the form with its words, never on the browser's own error page
    if (request.mode === "navigate") {
      event.respondWith(fetch(request).catch(function () { return caches.match("/offline"); }));
    }
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(function () { return caches.match("/offline"); }));
    return;
  }
  var path = new URL(request.url).pathname;
  if (FILES.indexOf(path) >= 0) {
    // The kept copy answers at once; a fresh one replaces it for next time, so a new release
    // reaches the phone on the following visit.
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return cache.match(request).then(function (kept) {
        var fresh = fetch(request).then(function (response) {
          if (response.ok) {
            cache.put(request, response.clone());
          }
          return response;
        });
        if (kept) {
          fresh.catch(function () { /* offline: the kept copy serves */ });
          return kept;
        }
        return fresh;
      });
    }));
  }
});

// A reminder pushed by Alongside: only a count ("You have 2 notes to co-sign"), never a name. A tap
// opens Today, in the app's window when one is open.
self.addEventListener("push", function (event) {
  var data = {};
  try { data = event.data ? event.data.json() : {}; } catch (e) { data = { body: event.data ? event.data.text() : "" }; }
  event.waitUntil(self.registration.showNotification(data.title || "Alongside", {
    body: data.body || "",
    icon: "/icons/icon-192.png",
    badge: "/icons/icon-192.png",
    tag: "alongside-reminder",
    data: { url: data.url || "/today" }
  }));
});

self.addEventListener("notificationclick", function (event) {
  event.notification.close();
  var url = (event.notification.data && event.notification.data.url) || "/today";
  event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (windows) {
    for (var i = 0; i < windows.length; i++) {
      if ("focus" in windows[i]) { windows[i].navigate(url); return windows[i].focus(); }
    }
    return self.clients.openWindow(url);
  }));
});
