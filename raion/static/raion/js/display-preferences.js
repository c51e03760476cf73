// The visitor's display preferences (raion.accessibility), linked before the page is
// shown: the stylesheet's URL names the preferences from the cookie, so the browser keeps
// each set of preferences' stylesheet for a year and a change of them is a new URL.
(function () {
  "use strict";
  var script = document.currentScript;
  var prefix = script.dataset.cookieName + "=";
  var value = "";
  document.cookie.split("; ").forEach(function (pair) {
    if (pair.indexOf(prefix) === 0) value = pair.slice(prefix.length);
  });
  var link = document.createElement("link");
  link.rel = "stylesheet";
  link.setAttribute("blocking", "render");
  link.dataset.displayPreferences = script.dataset.stylesheet;
  link.href = script.dataset.stylesheet + "&v=" + encodeURIComponent(value);
  script.after(link);
})();
