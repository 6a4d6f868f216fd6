// Hostile text for the injection tests. Every payload, if it ever ran, would
// open a dialog (`alert`) or set `window.__pwned` (or `parent.__pwned` from a
// frame), so a test can tell that nothing ran.
//
// Each payload is given as the attacker types it (`text`), and is placed in a
// URL percent-encoded, so the app receives exactly that text; the `url`
// payloads are instead placed as written, so the app itself decodes them
// once (encoded and double-encoded forms, a NUL byte).

const plain = [
  ['script tag', '<script>window.__pwned=1;alert(1)</script>'],
  ['attribute breakout, double quote', '"><script>alert(1)</script>'],
  ['attribute breakout, single quote', "'><script>alert(1)</script>"],
  ['img onerror', '<img src=x onerror="window.__pwned=1;alert(1)">'],
  ['img onerror, unclosed', '<img src=x onerror=alert(1)//'],
  ['svg onload', '<svg onload=alert(1)>'],
  ['svg onload, slash separator', '<svg/onload=window.__pwned=1>'],
  ['script inside svg', '<svg><script>alert(1)</script></svg>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__pwned=1;parent.alert(1)</script>"></iframe>'],
  ['iframe javascript: src', '<iframe src="javascript:parent.__pwned=1"></iframe>'],
  ['javascript: URL', 'javascript:alert(1)'],
  ['javascript: URL, mixed case', 'JaVaScRiPt:window.__pwned=1//'],
  ['javascript: URL with tab', 'java\tscript:alert(1)'],
  ['link with javascript: href', '<a href="javascript:alert(1)">read more</a>'],
  ['data: URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['body onload', '<body onload=alert(1)>'],
  ['details ontoggle', '<details open ontoggle=alert(1)>'],
  ['input autofocus onfocus', '<input autofocus onfocus=alert(1)>'],
  ['video source onerror', '<video><source onerror="alert(1)"></video>'],
  ['object javascript: data', '<object data="javascript:alert(1)"></object>'],
  ['embed javascript: src', '<embed src="javascript:alert(1)">'],
  ['form button formaction', '<form><button formaction="javascript:alert(1)">go</button></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['event handler attribute breakout', '" onmouseover="alert(1)" autofocus onfocus="alert(1)'],
  ['textarea breakout (embed code box)', '</textarea><script>alert(1)</script>'],
  ['title breakout (document title)', '</title><script>alert(1)</script>'],
  ['style breakout', '</style><script>alert(1)</script><style>'],
  ['style with javascript: url', '<style>*{background:url("javascript:alert(1)")}</style>'],
  ['script end in a JS string (embed snippet)', '</script><script>window.__pwned=1</script>'],
  ['template breakout', '</template><img src=x onerror=alert(1)>'],
  ['client template expression', "{{constructor.constructor('window.__pwned=1;alert(1)')()}}"],
  ['JS template literal', '${alert(1)}`;alert(1);`'],
  ['JS string breakout', '";alert(1);//\\";alert(1);//'],
  ['mXSS through noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ['mXSS through math/style', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['nested tag filter evasion', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['HTML entities', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['numeric entities in a handler', '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;(1)">'],
  ['unicode escapes', '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'],
  ['hex escapes', '\\x3cimg src=x onerror=alert(1)\\x3e'],
  ['fullwidth brackets', '＜script＞alert(1)＜/script＞'],
  ['line and paragraph separators', '\u2028\u2029<script>alert(1)</script>'],
  ['long text cut inside a tag', `${'a'.repeat(190)}<img src=x onerror=alert(1)>`],
];

// Placed in the URL as written: the app's one decoding step turns these into
// markup-looking text (or, double-encoded, into text with escapes in it).
const encoded = [
  ['percent-encoded script tag', '%3Cscript%3Ewindow.__pwned%3D1%3Balert(1)%3C%2Fscript%3E'],
  ['percent-encoded img onerror', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
  ['double-encoded script tag', '%253Cscript%253Ealert(1)%253C%252Fscript%253E'],
  ['double-encoded svg onload', '%253Csvg%2520onload%253Dalert(1)%253E'],
  ['plus signs and a NUL byte', '%00%3Cscript%3Ealert(1)%3C/script%3E+x'],
  ['overlong UTF-8 for <', '%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE'],
  ['encoded javascript: URL', 'javascript%3Aalert(1)'],
];

/** `{ name, url }`: `url` is the payload as it stands in the address. */
export const PAYLOADS = [
  ...plain.map(([name, text]) => ({ name, url: encodeURIComponent(text) })),
  ...encoded.map(([name, url]) => ({ name, url })),
];

/**
 * The text the app reads from a query component or fragment: the URL codec's
 * `decode_component` (src/location.rs) in JavaScript. `+` is a space,
 * malformed escapes stay as they are, bytes that are not UTF-8 become U+FFFD.
 */
export function decodeComponent(raw) {
  const bytes = [];
  const input = new TextEncoder().encode(raw);
  const hex = (b) => (b >= 48 && b <= 57) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102);
  for (let i = 0; i < input.length; i++) {
    const b = input[i];
    if (b === 43) bytes.push(32);
    else if (b === 37 && i + 2 < input.length && hex(input[i + 1]) && hex(input[i + 2])) {
      bytes.push(parseInt(String.fromCharCode(input[i + 1], input[i + 2]), 16));
      i += 2;
    } else bytes.push(b);
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

/** The first `max` characters (code points) of `text`, as the app clips it. */
export function clip(text, max) {
  return Array.from(text).slice(0, max).join('');
}
