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

  document.querySelectorAll("[data-carousel]").forEach(initCarousel);
})();
