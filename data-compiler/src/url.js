// The one reader of the URL in boot.js, Quote Explorer's first script: what
// src/location.rs's `parse` reads from a query string, for the static page
// before the app starts. The post-build hook writes this function into the
// served boot script, inside boot.js's function (no global of its own), with
// the data's filter values. A test reads it with Rust's `parse` on fuzzed
// addresses (tests/boot_reader.rs, through tests/js/url-oracle.mjs): change
// one, and that test says where the other disagrees.
//
// As location.rs reads: keys and values are percent-decoded (`+` is a
// space); of a parameter given twice, the last valid value wins and an
// invalid one is skipped (`q` and `childId`: simply the last); filter ids
// are matched after trimming, ignoring ASCII case only; the embed's look
// means nothing without `embed=1`. It judges nothing: the app, once started,
// reports what it ignored. Links from before `theme=` keep their look:
// `background=dark` and `background=auto` read as those themes (an explicit
// `theme=` wins), `background=light` as the default.
//
// `search` is location.search, `href` location.href, and `ids` the data's
// filter values in data order: { speaker: [...], topic: [...], stance: [...] }.
// Returns a plain object:
//   embed        `embed=1` (or `true`)
//   embedId      the host page's id for the frame, or null
//   theme        'light', 'dark' or 'auto' (the reader's setting)
//   transparent  `background=transparent`: the host's page shows through
//   cards        the cards shown before "Show all", or null for all of them
//   controls     false for `controls=0`
//   compact      the list one line a statement (`density=compact`, an
//                embed's default; `density=full` for whole cards)
//   childId      pym.js's id for the frame, or null
//   defaultView  the static page is this view: no filter, no search, the list
//   filters      the ids of the filter panel's checkboxes to tick (f-topic-syria)
//   q            the search (at most 200 characters)
//   fullView     this view's address outside the embed, in canonical form
function qeReadUrl(search, href, ids) {
  var params = new URLSearchParams(search);
  var hostId = /^[A-Za-z0-9._:-]{1,64}$/;
  var keys = ['speaker', 'topic', 'stance'];
  // str::trim's whitespace (Unicode White_Space), which is not String.trim's:
  // U+0085 is trimmed, U+FEFF is not.
  var space = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
  function trim(text) {
    return text.replace(space, '');
  }
  // to_ascii_lowercase: a Kelvin sign is not a k.
  function lower(text) {
    return text.replace(/[A-Z]+/g, function (upper) { return upper.toLowerCase(); });
  }
  // The last value of `key` that `valid` takes, or null.
  function last(key, valid) {
    var all = params.getAll(key).filter(valid);
    return all.length ? all[all.length - 1] : null;
  }
  function oneOf(pattern) {
    return function (value) { return pattern.test(value); };
  }
  function any() {
    return true;
  }
  // encode_component: unreserved bytes as they are, a space as `+`.
  function encode(text) {
    return encodeURIComponent(text)
      .replace(/[!'()*]/g, function (c) { return '%' + c.charCodeAt(0).toString(16).toUpperCase(); })
      .replace(/%20/g, '+');
  }

  var embed = /^(1|true)$/.test(last('embed', oneOf(/^(1|true|0|false)$/)) || '');
  var background = embed && last('background', oneOf(/^(solid|transparent|light|dark|auto)$/)) || 'solid';
  var theme = embed && last('theme', oneOf(/^(light|dark|auto)$/)) ||
    (background === 'dark' || background === 'auto' ? background : 'light');
  var cards = embed && last('cards', function (value) {
    return value === 'all' || /^[0-9]{1,3}$/.test(value) && Number(value) >= 1;
  });
  var child = last('childId', any);
  var density = last('density', oneOf(/^(compact|full)$/));

  // Each facet's values, in data order, whatever order the URL names them in.
  var chosen = {};
  keys.forEach(function (key) {
    var named = [];
    params.getAll(key).forEach(function (value) {
      value.split(',').forEach(function (id) {
        id = lower(trim(id));
        if (id) named.push(id);
      });
    });
    chosen[key] = (ids[key] || []).filter(function (id) { return named.indexOf(id) >= 0; });
  });
  // location::MAX_QUERY_CHARS, in characters (not UTF-16 units).
  var q = Array.from(last('q', any) || '').slice(0, 200).join('');
  var articleOrder = q !== '' && last('sort', oneOf(/^(article|best|)$/)) === 'article';
  var article = last('view', oneOf(/^(article|list|)$/)) === 'article';

  var filters = [];
  var query = [];
  keys.forEach(function (key) {
    chosen[key].forEach(function (id) { filters.push('f-' + key + '-' + id); });
    if (chosen[key].length) query.push(key + '=' + chosen[key].join(','));
  });
  if (q) query.push('q=' + encode(q));
  if (articleOrder) query.push('sort=article');
  if (article) query.push('view=article');

  return {
    embed: embed,
    embedId: embed && last('embedId', oneOf(hostId)) || null,
    theme: theme,
    transparent: background === 'transparent',
    cards: cards === 'all' ? null : cards ? Number(cards) : 5,
    controls: !(embed && /^(0|false)$/.test(last('controls', oneOf(/^(0|1|true|false)$/)) || '')),
    childId: child !== null && hostId.test(child) ? child : null,
    compact: density ? density === 'compact' : embed,
    defaultView: !filters.length && !trim(q) && !article,
    filters: filters,
    q: q,
    fullView: href.split(/[?#]/)[0] + (query.length ? '?' + query.join('&') : '')
  };
}
