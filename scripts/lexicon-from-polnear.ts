// `npm run lexicons:polnear`: counts, from the train split of PolNeAR's attribution relations
// (../shared/corpora/polnear-attributions.jsonl), how news attributes claims, and writes them as
// two counted lexicons:
//   src/lexicons/counts/polnear-cues.txt          the word of each cue span that says what kind of
//                                          predicate it is ("has long said" -> "said"), with how
//                                          often it is that word of a cue and how often it occurs
//   src/lexicons/counts/polnear-source-heads.txt  the head noun of each source span (findHead over the
//                                          span), with the same two counts
// Both are read over the engine's own tokens. Derived counts only: no sentence leaves the corpus.
// The two counted lexicons are data for people (no rule reads them: the frequent cues were added to
// source-verbs.txt by hand); `npm run lexicons` makes modules of the two word classes written after
// them (person and title nouns). Rerun after the corpus or the tokenizer changes.
import { existsSync } from 'node:fs';
import { cueWord } from '../src/engine/detectors/source/learned';
import { hasGrammarRole } from '../src/engine/detectors/source/lexicon';
import { findHead } from '../src/engine/detectors/source/phrase';
import { labelledSentences, POLNEAR, readArticles } from './polnear';
import { lexiconFiles, lexiconText } from './lexicon-files';
import { SHARED } from './train';

// A word is listed when it is the key word of at least this many cues (or heads of sources).
const MIN_COUNT = 5;
const files = lexiconFiles('npm run lexicons:polnear');

function write(file: string, what: string, counts: Map<string, number>, totals: Map<string, number>): void {
  const rows = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const header = [
    `# ${what}: WORD COUNT TOTAL, where COUNT is how often the word plays that part in an attribution`,
    '# relation and TOTAL how often it occurs at all, in the train split of PolNeAR (COUNT/TOTAL says',
    `# how reliably the word signals an attribution). Words counted at least ${MIN_COUNT} times.`,
    '# SOURCES: PolNeAR (Newell, Margolin and Ruths, LREC 2018), 812 train articles, through',
    '# ../shared/corpora/polnear-attributions.jsonl. Made by `npm run lexicons:polnear`',
    '# (scripts/lexicon-from-polnear.ts); do not edit by hand. Data, not a rule list: the source',
    '# detector reads its reporting verbs from source-verbs.txt, where frequent cues were added by hand',
    '# with their roles.',
  ];
  files.put(file, lexiconText(header, rows.map(([w, n]) => [w, n, totals.get(w) ?? 0])), `${rows.length} words`);
}

function main(): void {
  if (!existsSync(POLNEAR(SHARED))) {
    console.log('lexicons:polnear: skipped (../shared/corpora/polnear-attributions.jsonl is not here)');
    return;
  }
  const totals = new Map<string, number>();
  const cues = new Map<string, number>();
  const heads = new Map<string, number>();
  const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
  for (const article of readArticles(SHARED, 'train'))
    for (const s of labelledSentences(article)) {
      for (const t of s.tokens) if (t.word) bump(totals, t.lower);
      for (const span of s.spans) {
        if (span.kind === 'cue') {
          const k = cueWord(s.tokens, span);
          if (s.tokens[k].word) bump(cues, s.tokens[k].lower);
        } else {
          const found = findHead(s.tokens, span.from, span.to);
          if (found && s.tokens[found.head].word) bump(heads, s.tokens[found.head].lower);
        }
      }
    }
  write('counts/polnear-cues.txt', 'Reporting cue words of PolNeAR', cues, totals);
  write('counts/polnear-source-heads.txt', 'Head words of PolNeAR source phrases', heads, totals);
  writePersonNouns(personNouns());
  writeTitleNouns(titleNouns(totals));
  files.finish();
}

// A noun written right before a full name ("Governor Jane Roe", "front-runner Jane Roe") is a
// title: "the governor" later is that named person, while "the woman" is someone described.
const TITLE_MIN = 3;
const TITLE_SHARE = 0.05;
const isNameToken = (t: { word: boolean; text: string; lower: string } | undefined) => !!t && t.word && t.text !== t.lower && /^[A-Z][a-z]/.test(t.text);

function titleNouns(totals: Map<string, number>): [string, number, number][] {
  const before = new Map<string, number>();
  for (const article of readArticles(SHARED, 'train'))
    for (const { tokens } of labelledSentences(article))
      for (let k = 1; k + 2 < tokens.length; k++)
        if (tokens[k].word && /^[a-z-]+$/i.test(tokens[k].text) && isNameToken(tokens[k + 1]) && isNameToken(tokens[k + 2]) && !hasGrammarRole(tokens[k].lower))
          before.set(tokens[k].lower, (before.get(tokens[k].lower) ?? 0) + 1);
  return [...before]
    .filter(([w, n]) => n >= TITLE_MIN && n >= TITLE_SHARE * (totals.get(w) ?? 0))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w, n]) => [w, n, totals.get(w) ?? 0]);
}

function writeTitleNouns(rows: [string, number, number][]): void {
  const header = [
    '# Title words of PolNeAR: WORD BEFORE TOTAL, where BEFORE is how often the word stands right before',
    '# two capitalized words (a full name: "Governor Jane Roe", "front-runner Jane Roe") and TOTAL how',
    `# often it occurs, in the train split of PolNeAR. Listed: BEFORE >= ${TITLE_MIN} and >= ${TITLE_SHARE * 100}% of TOTAL.`,
    '# SOURCES: PolNeAR (Newell, Margolin and Ruths, LREC 2018), 812 train articles, through',
    '# ../shared/corpora/polnear-attributions.jsonl. Made by `npm run lexicons:polnear`',
    '# (scripts/lexicon-from-polnear.ts); do not edit by hand.',
  ];
  files.put('polnear-title-nouns.txt', lexiconText(header, rows), `${rows.length} words`);
}

// The relative "who" is said of people, "which" and "that" mostly of things: a noun followed by
// "who" several times, and by "which"/"that" less than half as often, names a person ("a judge
// who", "residents who"). A determiner seen before it at least once says it is a noun at all
// ("know who", "decide who" are verbs). Lower-case words only: names are read as names.
const WHO_MIN = 2;
// ... and followed by "who" more than this many times as often as by "which"/"that": a body of
// people ("the administration who", "unions who") takes "which" and "that" too, a person hardly.
const WHO_RATIO = 3;
const PERSON_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'every', 'each', 'this', 'two', 'three', 'several', 'some', 'many']);

function personNouns(): [string, number, number][] {
  const who = new Map<string, number>();
  const other = new Map<string, number>();
  const determined = new Set<string>();
  const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
  for (const article of readArticles(SHARED, 'train'))
    for (const { tokens } of labelledSentences(article))
      for (let k = 1; k < tokens.length; k++) {
        // "a judge who", and "the judge, who" (a non-restrictive clause says as much).
        const prev = tokens[k - 1].text === ',' && tokens[k].lower === 'who' && k > 1 ? tokens[k - 2] : tokens[k - 1];
        if (!prev.word || prev.text !== prev.lower) continue;
        const w = tokens[k].lower;
        if (PERSON_DETERMINERS.has(prev.lower) && tokens[k].word) determined.add(w);
        if (w === 'who') bump(who, prev.lower);
        else if (w === 'which' || w === 'that') bump(other, prev.lower);
      }
  return [...who]
    .filter(([w, n]) => n >= WHO_MIN && n > WHO_RATIO * (other.get(w) ?? 0) && determined.has(w) && !hasGrammarRole(w) && /^[a-z]{3,}$/.test(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w, n]) => [w, n, other.get(w) ?? 0]);
}

function writePersonNouns(rows: [string, number, number][]): void {
  const header = [
    '# Person nouns of PolNeAR: WORD WHO OTHER, where WHO is how often the word is followed by the',
    `# relative "who" and OTHER by "which" or "that", in the train split of PolNeAR. Listed: WHO >= ${WHO_MIN},`,
    `# WHO > ${WHO_RATIO} x OTHER, seen after a determiner at least once, lower case, three letters or more, no closed-class word.`,
    '# SOURCES: PolNeAR (Newell, Margolin and Ruths, LREC 2018), 812 train articles, through',
    '# ../shared/corpora/polnear-attributions.jsonl; the who/which test for personal nouns (Quirk et',
    '# al. §6.32, §17.9). Made by `npm run lexicons:polnear` (scripts/lexicon-from-polnear.ts); do not',
    '# edit by hand.',
  ];
  files.put('polnear-person-nouns.txt', lexiconText(header, rows), `${rows.length} words`);
}

main();
