// Progressive enhancement only: without this script every page works, and the
// carousel is a plain list of captioned photos.
(function () {
  "use strict";

  var AUTOPLAY_MS = 6000;

  function initCarousel(root) {
    var slides = Array.prototype.slice.call(root.querySelectorAll(".carousel__slide"));
    var controls = root.querySelector(".carousel__controls");
    if (slides.length < 2 || !controls) return;
    var toggle = root.querySelector("[data-carousel-toggle]");
    var status = root.querySelector("[data-carousel-status]");
    var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var current = 0;
    var timer = null;

    function show(index, announce) {
      current = (index + slides.length) % slides.length;
      slides.forEach(function (slide, i) {
        slide.hidden = i !== current;
      });
      if (announce) status.textContent = slides[current].getAttribute("aria-label");
    }

    function setPlaying(playing) {
      if (timer) window.clearInterval(timer);
      timer = playing ? window.setInterval(function () { show(current + 1, false); }, AUTOPLAY_MS) : null;
      toggle.textContent = playing ? toggle.dataset.labelPause : toggle.dataset.labelPlay;
      root.dataset.playing = playing ? "true" : "false";
    }

    root.classList.add("carousel--enhanced");
    controls.hidden = false;
    show(0, false);
    setPlaying(!reduceMotion);

    root.querySelector("[data-carousel-prev]").addEventListener("click", function () {
      setPlaying(false);
      show(current - 1, true);
    });
    root.querySelector("[data-carousel-next]").addEventListener("click", function () {
      setPlaying(false);
      show(current + 1, true);
    });
    toggle.addEventListener("click", function () { setPlaying(timer === null); });
    // Motion stops while a reader is on a slide (WCAG 2.2.2); the controls say what they do.
    root.addEventListener("focusin", function (event) {
      if (timer && !controls.contains(event.target)) setPlaying(false);
    });
    root.addEventListener("mouseenter", function () { if (timer) window.clearInterval(timer); });
    root.addEventListener("mouseleave", function () { if (timer) setPlaying(true); });
  }

  // Display preferences (raion.accessibility). The visitor's stylesheet, linked on every
  // page by display-preferences.js, does the work; this only makes the panel apply a
  // change at once and shows descriptions in place of hidden images.
  function imagesHidden() {
    var style = window.getComputedStyle(document.documentElement);
    return style.getPropertyValue("--display-images").trim() === "hidden";
  }

  function describeHiddenImages() {
    if (!imagesHidden()) {
      document.querySelectorAll(".image-alt").forEach(function (note) { note.remove(); });
      return;
    }
    document.querySelectorAll("img[alt]").forEach(function (img) {
      var next = img.nextElementSibling;
      if (!img.alt.trim() || (next && next.classList.contains("image-alt"))) return;
      var note = document.createElement("span");
      note.className = "image-alt";
      note.textContent = img.alt;
      img.insertAdjacentElement("afterend", note);
    });
  }

  // The header is cached for every page, so the panel learns here where to send the reader
  // back to; without JavaScript it uses the Referer.
  function linkPanelToThisPage(link) {
    var url = new URL(link.href, window.location.href);
    if (url.pathname === window.location.pathname) return;
    url.searchParams.set("next", window.location.pathname + window.location.search);
    link.href = url.toString();
  }

  function initPreferencesForm(form) {
    var stylesheet = document.querySelector("link[data-display-preferences]");
    var pending = null;
    form.addEventListener("change", function () {
      var pairs = Array.prototype.map.call(
        form.querySelectorAll("input[type=radio]:checked"),
        function (input) { return input.name + ":" + input.value; }
      );
      var value = pairs.join("|");
      document.cookie = form.dataset.cookieName + "=" + value + "; path=/; max-age=" +
        form.dataset.cookieMaxAge + "; samesite=lax" +
        (window.location.protocol === "https:" ? "; secure" : "");
      // A new link, loaded before the old one goes, so the page never flashes unstyled;
      // only the latest change counts when several are loading.
      var fresh = stylesheet.cloneNode();
      fresh.href = stylesheet.dataset.displayPreferences + "&v=" + encodeURIComponent(value);
      if (pending) pending.remove();
      pending = fresh;
      fresh.addEventListener("load", function () {
        if (pending !== fresh) return;
        stylesheet.remove();
        stylesheet = fresh;
        pending = null;
        describeHiddenImages();
      });
      stylesheet.after(fresh);
    });
  }

  // The bare root "/" opens in the language the reader last chose (the django_language
  // cookie); pages themselves follow their URL, so without this script nothing breaks.
  function rememberLanguage(link) {
    link.addEventListener("click", function () {
      document.cookie = "django_language=" + link.lang + "; path=/; max-age=31536000; samesite=lax" +
        (window.location.protocol === "https:" ? "; secure" : "");
    });
  }

  document.querySelectorAll("[data-carousel]").forEach(initCarousel);
  document.querySelectorAll(".language-switch a[lang]").forEach(rememberLanguage);
  document.querySelectorAll("[data-display-settings]").forEach(linkPanelToThisPage);
  document.querySelectorAll("[data-preferences-form]").forEach(initPreferencesForm);
  describeHiddenImages();
})();
