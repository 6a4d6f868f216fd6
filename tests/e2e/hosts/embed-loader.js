// Puts the embed code into a host page. Each <template data-embed-origin>
// holds a snippet exactly as the app's "Embed" dialog generated it for the app
// served at that origin; this loader points it at the app that serves this
// demo instead: the address in ?app=, or else this page's own port minus one
// (8091 → 8090 in the tests, 8081 → 8080 under `scripts/dev.sh serve`).
// pym.js's CDN address becomes the copy this server serves at /pym.v1.min.js.
(function () {
  'use strict';
  var PYM_CDN = 'https://pym.nprapps.org/pym.v1.min.js';

  // The app's address without its final slash: an origin, or an origin and
  // a path (?app=http://127.0.0.1:8080/no-cors/, the build without CORS).
  function appOrigin() {
    var asked = new URLSearchParams(location.search).get('app');
    if (asked) return new URL(asked).href.replace(/\/$/, '');
    return location.protocol + '//' + location.hostname + ':' + (Number(location.port) - 1);
  }

  // Scripts parsed by innerHTML never run: replace each with a fresh copy, in
  // order, waiting for an external one to load before the next one runs.
  function run(scripts, i) {
    if (i >= scripts.length) return;
    var old = scripts[i];
    var fresh = document.createElement('script');
    for (var a = 0; a < old.attributes.length; a++) fresh.setAttribute(old.attributes[a].name, old.attributes[a].value);
    fresh.text = old.text;
    if (fresh.src) {
      fresh.onload = function () { run(scripts, i + 1); };
      old.replaceWith(fresh);
    } else {
      old.replaceWith(fresh);
      run(scripts, i + 1);
    }
  }

  window.QE_APP_ORIGIN = appOrigin();
  var templates = document.querySelectorAll('template[data-embed-origin]');
  for (var t = 0; t < templates.length; t++) {
    var template = templates[t];
    var code = template.innerHTML
      .split(template.getAttribute('data-embed-origin')).join(window.QE_APP_ORIGIN)
      .split(PYM_CDN).join('/pym.v1.min.js');
    var holder = document.createElement('div');
    holder.innerHTML = code;
    var nodes = Array.prototype.slice.call(holder.childNodes);
    var scripts = nodes.filter(function (n) { return n.nodeName === 'SCRIPT'; });
    template.replaceWith.apply(template, nodes);
    run(scripts, 0);
  }
})();
