// wagtail-localize's translation editor builds the heading "Русский to Беларуская
// translation" in English, outside its catalogue (a template literal in its bundle). Say
// it in the admin's language, from our catalogue (locale/*/LC_MESSAGES/djangojs.po).
(() => {
  const english = /^(.+) to (.+) translation$/;
  const translate = (heading) => {
    const words = heading.textContent.match(english);
    if (!words || !window.gettext) return;
    heading.textContent = window.interpolate(
      window.gettext("%(source)s to %(target)s translation"),
      { source: words[1], target: words[2] },
      true,
    );
  };
  const start = () => {
    const editor = document.querySelector(".js-translation-editor");
    if (!editor) return;
    editor.querySelectorAll("section h3").forEach(translate);
    new MutationObserver(() => editor.querySelectorAll("section h3").forEach(translate)).observe(
      editor,
      { childList: true, subtree: true },
    );
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
