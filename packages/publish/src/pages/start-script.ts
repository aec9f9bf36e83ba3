/**
 * The dashboard's start script: a small classic script (`defer`) that loads the page's modules only after the
 * first contentful paint. The pre-rendered HTML already shows every headline value; on a slow connection the
 * JavaScript (hundreds of KB before compression) would otherwise download beside the stylesheet and delay that
 * first paint. Its element carries what to load:
 *
 * - `data-preload`: module URLs fetched at once, in parallel (`<link rel="modulepreload">`), without running;
 * - `data-modules`: module URLs imported in order, each evaluated before the next starts (zod's jitless switch
 *   must run before any schema module).
 *
 * It starts on the `first-contentful-paint` entry, or after a frame where paint timing is not supported, and at
 * the latest after 3 s (a page opened in a background tab paints late). No `eval`, no inline code: it runs under
 * `script-src 'self'`.
 */
export const START_SCRIPT = `(function () {
  var el = document.currentScript;
  if (!el) return;
  var list = function (name) {
    return (el.getAttribute(name) || '').split(' ').filter(Boolean).map(function (u) {
      return new URL(u, document.baseURI).href;
    });
  };
  var preload = list('data-preload');
  var modules = list('data-modules');
  var started = false;
  var start = function () {
    if (started) return;
    started = true;
    preload.concat(modules).forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.appendChild(link);
    });
    modules.reduce(function (previous, href) {
      return previous.then(function () {
        return import(href);
      });
    }, Promise.resolve());
  };
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (types.indexOf('paint') >= 0) {
    new PerformanceObserver(function (entries, observer) {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) {
        observer.disconnect();
        start();
      }
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
  setTimeout(start, 3000);
})();
`;
