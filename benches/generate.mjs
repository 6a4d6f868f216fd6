// Writes synthetic article data files for the benchmarks at scale: an
// article of many paragraphs and N statements by 20 speakers on 8 topics,
// with the real article's proportions (about 40% verbatim quotes, 60%
// paraphrases, notes on most statements, a tenth answering an earlier one)
// and lengths (statements ~80 characters, paragraphs ~400). Every file
// passes the data rules: each quote is copied from its paragraph.
//
// Deterministic (a fixed seed per size), so two runs compare like with like.
//
//   node benches/generate.mjs [--out target/bench] 1000 10000 100000
//
// writes target/bench/data-1000.json etc.; a file that already exists with
// the same generator version is kept.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = 1;
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

// The search benchmark types "sanction" then "s": both words occur, with
// different counts, so each keystroke changes the result.
export const SEARCH_PREFIX = 'sanction';
export const SEARCH_KEY = 's';

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPEAKERS = [
  ['Rex Tillerson', 'U.S. Secretary of State', 'us'], ['Sergey Lavrov', 'Russian foreign minister', 'russia'],
  ['Vladimir Putin', 'Russian president', 'russia'], ['Mark Toner', 'State Department spokesman', 'us'],
  ['Dmitry Peskov', 'Kremlin spokesman', 'russia'], ['Nikki Haley', 'U.S. ambassador to the UN', 'us'],
  ['Vasily Nebenzya', 'Russian ambassador to the UN', 'russia'], ['James Mattis', 'U.S. Secretary of Defense', 'us'],
  ['Sergei Shoigu', 'Russian defence minister', 'russia'], ['Maria Zakharova', 'Russian foreign ministry spokeswoman', 'russia'],
  ['Heather Nauert', 'State Department spokeswoman', 'us'], ['Antonio Guterres', 'UN Secretary-General', 'other'],
  ['Staffan de Mistura', 'UN special envoy for Syria', 'other'], ['Jens Stoltenberg', 'NATO Secretary General', 'other'],
  ['Federica Mogherini', 'EU foreign policy chief', 'other'], ['Mevlüt Çavuşoğlu', 'Turkish foreign minister', 'other'],
  ['Petro Poroshenko', 'Ukrainian president', 'other'], ['Wang Yi', 'Chinese foreign minister', 'other'],
  ['H. R. McMaster', 'U.S. national security adviser', 'us'], ['Yuri Ushakov', 'Kremlin foreign policy aide', 'russia'],
];
const TOPICS = [
  ['syria', 'Syria'], ['north-korea', 'North Korea'], ['ukraine', 'Ukraine'], ['us-russia', 'U.S.–Russia relations'],
  ['sanctions', 'Sanctions'], ['chemical-weapons', 'Chemical weapons'], ['nato', 'NATO'], ['elections', 'Election interference'],
];
const SUBJECTS = ['The United States', 'Moscow', 'Washington', 'The Kremlin', 'The coalition', 'Our government',
  'The Assad government', 'The international community', 'Pyongyang', 'Kyiv', 'The alliance', 'Both sides',
  'The Security Council', 'Our partners', 'The Russian side', 'The American delegation'];
const VERBS = ['will not accept', 'has no evidence of', 'is ready to discuss', 'strongly condemns', 'cannot ignore',
  'remains committed to', 'categorically rejects', 'is deeply concerned about', 'has agreed to review',
  'will continue to support', 'calls for an inquiry into', 'sees no alternative to', 'is prepared to end',
  'will respond firmly to', 'does not recognise', 'welcomes progress on'];
const OBJECTS = ['the chemical attack in Idlib', 'new sanctions on Russian banks', 'the sanction regime',
  'a ceasefire in eastern Ukraine', 'the missile tests', 'the investigation into the sarin attack',
  'the air strike on the Shayrat base', 'the working group on bilateral irritants', 'the Minsk agreements',
  'the deployment of NATO troops', 'interference in the election', 'the talks in Geneva', 'the nuclear programme',
  'the humanitarian corridor', 'the sanctions imposed last year', 'a unified, stable Syria', 'the annexation of Crimea',
  'the expulsion of diplomats', 'the future of Bashar al-Assad', 'the treaty on intermediate-range forces'];
const TAILS = ['in the coming weeks', 'without preconditions', 'at the earliest opportunity', 'under any circumstances',
  'as long as the evidence is unclear', 'before the summit', 'with our European partners', 'despite the pressure',
  'in the interest of regional stability', 'unless the facts change', 'whatever the cost', 'after careful review'];
const SAID = ['said', 'told reporters', 'said at a press conference', 'said in a statement', 'told the AP',
  'said on Wednesday', 'wrote on Twitter', 'said after the meeting'];
const NARRATION = ['The meeting lasted more than two hours and ended without a joint statement.',
  'Officials on both sides described the talks as frank.', 'The remarks came a day after the Security Council vote.',
  'Diplomats said the exchange was unusually sharp.', 'Neither side offered evidence for its claims.',
  'The comments were broadcast live on state television.', 'Reporters were not allowed into the second session.',
  'Analysts said the sanction threat was unlikely to change Moscow’s course.'];
const NOTES = ['The article reports no response to this claim.', 'Disputed later the same day by the other side.',
  'Both delegations confirmed this at the joint press conference.', 'The article gives no evidence either way.',
  'Repeated in a statement after the meeting, according to the AP.', 'The other side called this “a distortion of the facts.”',
  'Said in answer to a reporter’s question about sanctions.', 'Echoes a position first stated in 2014.'];

const pick = (r, list) => list[Math.floor(r() * list.length)];

function sentence(r) {
  let s = `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}`;
  if (r() < 0.6) s += ` ${pick(r, TAILS)}`;
  return s;
}

function slug(text) {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function generate(n) {
  const r = rng(0x5eed + n);
  const speakers = SPEAKERS.map(([name, role, side]) => ({ id: slug(name), name, role, side }));
  const topics = TOPICS.map(([id, label]) => ({ id, label }));
  const paragraphs = [];
  const statements = [];
  // Speakers are not equally vocal: a few say most of it.
  const weights = speakers.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const speakerAt = () => {
    let x = r() * total;
    for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
    return weights.length - 1;
  };
  while (statements.length < n) {
    // One paragraph: a narration sentence, then one to four statements.
    const p = paragraphs.length;
    const parts = [pick(r, NARRATION)];
    const here = Math.min(n - statements.length, 1 + Math.floor(r() * 4));
    for (let k = 0; k < here; k++) {
      const speaker = speakerAt();
      const i = statements.length;
      const quote = r() < 0.4;
      const words = sentence(r);
      let text;
      if (quote) {
        text = `${words}.`;
        parts.push(`“${words},” ${speakers[speaker].name} ${pick(r, SAID)}.`);
      } else {
        text = `${speakers[speaker].name.split(' ').pop()} said ${words.charAt(0).toLowerCase()}${words.slice(1)}.`;
        parts.push(`${speakers[speaker].name} ${pick(r, SAID)} that ${words.charAt(0).toLowerCase()}${words.slice(1)}.`);
      }
      const topicCount = r() < 0.5 ? 1 : r() < 0.9 ? 2 : 3;
      const chosen = new Set();
      while (chosen.size < topicCount) chosen.add(Math.floor(r() * topics.length));
      const x = r();
      const statement = {
        id: `s${i}-${speakers[speaker].id}`,
        speaker: speakers[speaker].id,
        kind: quote ? 'quote' : 'paraphrase',
        text,
        paragraph: p,
        topics: [...chosen].sort((a, b) => a - b).map((t) => topics[t].id),
        stance: x < 0.1 ? 'agreed' : x < 0.4 ? 'disputed' : 'unchallenged',
      };
      if (i > 0 && r() < 0.1) statement.responds_to = statements[Math.floor(r() * i)].id;
      if (r() < 0.7) statement.note = pick(r, NOTES);
      statements.push(statement);
    }
    if (r() < 0.5) parts.push(pick(r, NARRATION));
    paragraphs.push(parts.join(' '));
  }
  return {
    article: {
      headline: `Synthetic article with ${n.toLocaleString('en-US')} statements`,
      dek: 'Generated for the Quote Explorer benchmarks.',
      published: '2017-04-12',
      source_url: 'https://example.com/benchmark-article',
      paragraphs,
    },
    sides: [{ id: 'us', label: 'U.S.' }, { id: 'russia', label: 'Russia' }, { id: 'other', label: 'Other' }],
    speakers,
    topics,
    statements,
  };
}

function main() {
  const args = process.argv.slice(2);
  let out = join(root, 'target', 'bench');
  const sizes = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = resolve(args[++i]);
    else sizes.push(Number(args[i]));
  }
  mkdirSync(out, { recursive: true });
  for (const n of sizes.length ? sizes : [1000, 10000, 100000]) {
    const file = join(out, `data-${n}.json`);
    const stamp = `${file}.version`;
    if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === String(VERSION)) {
      console.log(`kept ${file}`);
      continue;
    }
    writeFileSync(file, JSON.stringify(generate(n), null, 1));
    writeFileSync(stamp, String(VERSION));
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
