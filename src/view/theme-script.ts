/**
 * The theme switch, as the text of the inline script in every page's <head>.
 * It lives here, not in the component, so that astro.config.ts can allow it
 * in the Content-Security-Policy by its hash: Astro hashes only the scripts it
 * bundles, not inline ones.
 */
export const THEME_SCRIPT = `(function () {
  var root = document.documentElement;
  var media = matchMedia('(prefers-color-scheme: dark)');
  var stored = null;
  try { stored = localStorage.getItem('theme'); } catch (e) {}
  if (stored === 'dark' || stored === 'light') root.dataset.theme = stored;
  root.classList.add('js');
  function isDark() { return root.dataset.theme ? root.dataset.theme === 'dark' : media.matches; }
  function sync() {
    var buttons = document.querySelectorAll('.theme-toggle');
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(isDark()));
  }
  document.addEventListener('DOMContentLoaded', sync);
  media.addEventListener('change', sync);
  document.addEventListener('click', function (event) {
    if (!(event.target instanceof Element) || !event.target.closest('.theme-toggle')) return;
    var next = isDark() ? 'light' : 'dark';
    try {
      if (next === (media.matches ? 'dark' : 'light')) localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch (e) {}
    if (next === (media.matches ? 'dark' : 'light')) delete root.dataset.theme;
    else root.dataset.theme = next;
    sync();
  });
})();`;
