// `npm run lexicons:modal-verbs`: the word classes by which "could" of an act done by someone who
// acts states an option, not a likelihood (src/engine/detectors/hedge/rules/agent-option.ts):
//
//   src/lexicons/state-verbs.txt    verbs of a state or an outcome, never a chosen act: VERB DECIDED
//       BASE MODAL, where BASE is how often the word follows "to" or a modal, MODAL how often a
//       modal, and DECIDED how often it is the complement of a verb of deciding or attempting
//       ("decided to sell", "refused to use", "tried to reach"). Listed: BASE >= MIN_STATE_BASE,
//       MODAL >= MIN_STATE_MODAL (a verb, not the noun of "to Washington"), DECIDED < STATE_SHARE x
//       BASE. Only a verb that names an act its subject chooses follows "decided to"; "lose",
//       "become", "need", "happen", "face" hardly ever do (the control test for volitional verbs:
//       Quirk et al. 1985, §16.38-16.40, subject-controlled infinitive complements).
//   src/lexicons/body-nouns.txt     nouns for a body that acts: NOUN COUNT, where COUNT is how often
//       the noun, after a determiner (and at most one modifier), is the subject of a verb of saying
//       or deciding ("the company said", "the agency decided"). Listed: COUNT >= MIN_BODY, no
//       closed-class word, no thing or document head of the source lexicon ("the report said"), no
//       person noun (those are known already).
//   src/lexicons/option-modals.txt  the modals the rule applies to: MODAL N GOLD, where N counts the
//       occurrences in the labelled corpora of the rule's shape (isAgentAct: an agent subject, an act
//       verb, no verb of belief or fear over it), and GOLD those the gold marks as a hedge cue. Listed: N >= MIN_MODAL and
//       GOLD < N / 2: the labelled data mostly calls the modal an option there.
//   src/lexicons/counts/modal-verbs.txt  for the record: every verb after could/may/might in the
//       labelled corpora, with its counts per modal, subject class and corpus.
//
// The text counted for the first two classes is PolNeAR's 944 articles and the text of the
// labelled dev corpora (their text only: no hedge label is read for them). The labels read for the
// third are the *-dev sets of ../shared/corpora (FactBank, Wikipedia, newsgold, world-dev);
// world-check (held out) and the challenge set are never read. The script also prints the
// leave-one-corpus-out check: the modal decision taken without each corpus, and the agent + act
// occurrences of that corpus (n/gold). Derived counts only: no sentence leaves the corpora.
// Rerun after the corpora, the tokenizer or the rule's subject/verb tests change; then `npm run
// lexicons`. Skips cleanly when ../shared is absent.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDoc, type Token } from '../src/engine/document';
import { hasGrammarRole, headClass } from '../src/engine/detectors/source/lexicon';
import { isPersonWord } from '../src/engine/detectors/source/person';
import { hasAgentSubject, isActVerb, isAgentAct, modalVerbIndex, NEUTRAL_ADVERBS } from '../src/engine/detectors/hedge/rules/agent-option';
import { POLNEAR, readArticles } from './polnear';
import { inClass } from '../src/engine/detectors/hedge/lexicon';
import { lexiconFiles, lexiconText } from './lexicon-files';
import { SHARED } from './train';

const MIN_STATE_BASE = 20;
const MIN_STATE_MODAL = 3;
const STATE_SHARE = 0.02;
const MIN_BODY = 3;
const MIN_MODAL = 10;
const MODALS = ['could', 'may', 'might'];
const AUXILIARY_MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall']);
// Verbs of deciding, committing, attempting, in every form, that take a subject-controlled "to"
// infinitive naming an act. Not "want", "hope", "expect": wishes take outcomes too ("hopes to win").
const DECIDING = new Set(
  'decide decides decided deciding agree agrees agreed agreeing refuse refuses refused refusing vow vows vowed vowing pledge pledges pledged pledging promise promises promised promising threaten threatens threatened threatening intend intends intended intending plan plans planned planning choose chooses chose chosen choosing opt opts opted opting try tries tried trying attempt attempts attempted attempting seek seeks sought seeking offer offers offered offering'.split(' '),
);
// Verbs only someone who acts is the subject of: saying, announcing, deciding, committing.
const ACTS = new Set('said says told announced decided agreed refused argued vowed pledged promised threatened intends declined insisted'.split(' '));
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
const sortByCount = <T extends [string, number, ...number[]]>(rows: T[]) => rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

/** The running text the two unlabelled classes are counted in. */
function* sentences(corpora: string[]): Generator<Token[]> {
  const texts = readArticles(SHARED).map((a) => a.text);
  for (const corpus of corpora)
    for (const line of readFileSync(join(SHARED, 'corpora', `${corpus}.jsonl`), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  for (const text of texts) for (const s of buildDoc(text).sentences) yield s.tokens;
}

function stateVerbs(corpora: string[]): [string, number, number, number][] {
  const decided = new Map<string, number>();
  const base = new Map<string, number>();
  const modal = new Map<string, number>();
  for (const tokens of sentences(corpora))
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k];
      const prev = tokens[k - 1];
      // Lower case as written: "will Trump", "to Washington" are names, no verbs.
      if (!t.word || !prev.word || t.text !== t.lower) continue;
      if (AUXILIARY_MODALS.has(prev.lower)) bump(modal, t.lower);
      else if (prev.lower !== 'to') continue;
      bump(base, t.lower);
      if (prev.lower === 'to' && k > 1 && tokens[k - 2].word && DECIDING.has(tokens[k - 2].lower)) bump(decided, t.lower);
    }
  const rows = [...base]
    .filter(([w, n]) => n >= MIN_STATE_BASE && (modal.get(w) ?? 0) >= MIN_STATE_MODAL && (decided.get(w) ?? 0) < STATE_SHARE * n)
    .filter(([w]) => /^[a-z]+$/.test(w) && !w.endsWith('ly') && !hasGrammarRole(w) && !inClass('determiner', w) && !NEUTRAL_ADVERBS.has(w) && w !== 'be' && w !== 'have')
    .map(([w, n]): [string, number, number, number] => [w, decided.get(w) ?? 0, n, modal.get(w) ?? 0]);
  return rows.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
}

function bodyNouns(corpora: string[]): [string, number][] {
  const subject = new Map<string, number>();
  for (const tokens of sentences(corpora))
    for (let k = 2; k < tokens.length; k++) {
      if (!tokens[k].word || !ACTS.has(tokens[k].lower)) continue;
      let v = k - 1;
      if (tokens[v].word && (tokens[v].lower === 'has' || tokens[v].lower === 'had')) v--;
      const head = tokens[v];
      if (!head?.word || head.text !== head.lower) continue;
      // "the company said", "the federal agency decided": a determiner one or two words back.
      const d1 = tokens[v - 1];
      const d2 = tokens[v - 2];
      if (d1?.word && (DETERMINERS.has(d1.lower) || (d2?.word && DETERMINERS.has(d2.lower)))) bump(subject, head.lower);
    }
  const excluded = (w: string) => ['thing', 'document', 'self'].includes(headClass(w) ?? '') || hasGrammarRole(w) || isPersonWord(w);
  return sortByCount([...subject].filter(([w, n]) => n >= MIN_BODY && /^[a-z]{3,}$/.test(w) && !excluded(w)));
}

interface Occurrence {
  corpus: string;
  modal: string;
  verb: string;
  /** The subject acts (hasAgentSubject). */
  agent: boolean;
  /** The whole shape the rule reads (isAgentAct). */
  shape: boolean;
  gold: boolean;
}

interface GoldSentence {
  start: number;
  end: number;
  hedge?: string[];
}

/** Every could/may/might of the labelled corpora, with its verb, subject class and gold status
 *  (the gold lists the modal among the sentence's hedge cues). */
function modalOccurrences(corpora: string[], bodies: ReadonlySet<string>, states: ReadonlySet<string>): Occurrence[] {
  const out: Occurrence[] = [];
  for (const corpus of corpora)
    for (const line of readFileSync(join(SHARED, 'corpora', `${corpus}.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { text: string; labels: string[]; sentences?: GoldSentence[] };
      if (!doc.labels?.includes('hedge') || !doc.sentences) continue;
      for (const { tokens } of buildDoc(doc.text).sentences)
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i];
          // The modal, not the month or a name ("in May", "Theresa May").
          if (!MODALS.includes(t.lower) || (t.text !== t.lower && i > 0)) continue;
          const v = modalVerbIndex(tokens, i);
          if (v < 0) continue;
          const cues = doc.sentences.find((g) => g.start < t.end && t.start < g.end)?.hedge ?? [];
          const gold = cues.some((c) => c.toLowerCase().split(/\s+/)[0] === t.lower);
          out.push({ corpus, modal: t.lower, verb: tokens[v].lower, agent: hasAgentSubject(tokens, i, bodies), shape: isAgentAct(tokens, i, bodies, states), gold });
        }
    }
  return out;
}

function main(): void {
  const dir = join(SHARED, 'corpora');
  if (!existsSync(POLNEAR(SHARED)) || !existsSync(dir)) {
    console.log('lexicons:modal-verbs: skipped (../shared/corpora is not here)');
    return;
  }
  const corpora = readdirSync(dir)
    .filter((f) => f.endsWith('-dev.jsonl') && !f.startsWith('challenge'))
    .map((f) => f.slice(0, -'.jsonl'.length))
    .sort();
  const files = lexiconFiles('npm run lexicons:modal-verbs');
  const lexicon = (file: string, lines: string[], rows: (string | number)[][], summary: string) =>
    files.put(file, lexiconText(lines.map((l) => `# ${l}`), rows), summary);
  const sourcesLine = `SOURCES: PolNeAR (Newell, Margolin and Ruths, LREC 2018), 944 articles, and ${corpora.join(', ')}`;
  const made = 'Made by `npm run lexicons:modal-verbs` (scripts/lexicon-modal-verbs.ts); do not edit by hand.';

  const states = stateVerbs(corpora);
  lexicon(
    'state-verbs.txt',
    [
      'Verbs of a state or an outcome, hardly ever a chosen act: VERB DECIDED BASE MODAL, where BASE is how',
      'often the word follows "to" or a modal, MODAL how often a modal, and DECIDED how often it is the',
      'complement of a verb of deciding or attempting ("decided to sell", "tried to reach").',
      `Listed: BASE >= ${MIN_STATE_BASE}, MODAL >= ${MIN_STATE_MODAL}, DECIDED < ${STATE_SHARE * 100}% of BASE. A modal with one of these`,
      'verbs weighs a likelihood even of a person ("he could lose"), see hedge/rules/agent-option.ts.',
      `${sourcesLine} (text only,`,
      'no label read), through ../shared/corpora; the control test for volitional verbs (Quirk et al.',
      `1985, §16.38-16.40). ${made}`,
    ],
    states,
    `${states.length} verbs`,
  );

  const bodies = bodyNouns(corpora);
  lexicon(
    'body-nouns.txt',
    [
      'Nouns for a body that acts: NOUN COUNT, where COUNT is how often the noun, after a determiner (and',
      'at most one modifier), is the subject of a verb of saying or deciding ("the company said", "the',
      `agency decided"). Listed: COUNT >= ${MIN_BODY}, no closed-class word, no thing or document head of the`,
      'source lexicon, no person noun.',
      `${sourcesLine} (text only, no label read), through ../shared/corpora.`,
      made,
    ],
    bodies,
    bodies.map(([w]) => w).join(' '),
  );

  // The labelled evidence is read with the two classes just counted, not the committed modules.
  const stateSet = new Set(states.map(([w]) => w));
  const occ = modalOccurrences(corpora, new Set(bodies.map(([w]) => w)), stateSet);
  const isAct = (w: string) => isActVerb(w, stateSet);
  const target = (o: Occurrence) => o.shape;
  const tally = (rows: Occurrence[], modal: string) => {
    const hit = rows.filter((o) => o.modal === modal && target(o));
    return [hit.length, hit.filter((o) => o.gold).length] as const;
  };
  const decide = (rows: Occurrence[]) =>
    MODALS.filter((m) => {
      const [n, g] = tally(rows, m);
      return n >= MIN_MODAL && g < n / 2;
    });
  const modals = decide(occ);
  lexicon(
    'option-modals.txt',
    [
      'Modals that state an option when someone who acts does an act ("NASA could use the landers"):',
      'MODAL N GOLD, where N counts such occurrences (isAgentAct of',
      `hedge/rules/agent-option.ts) in the labelled corpora and GOLD those the gold marks as hedge cues. Listed: N >= ${MIN_MODAL}, GOLD < N/2.`,
      `SOURCES: the Szeged Uncertainty Corpus (FactBank, Wikipedia) and the news gold sets: ${corpora.join(', ')}`,
      `in ../shared/corpora (world-check never read). ${made}`,
    ],
    modals.map((m) => [m, ...tally(occ, m)]),
    modals.join(' ') || '(none)',
  );
  for (const m of MODALS) console.log(`  ${m}: agent + act ${tally(occ, m).join('/')} (n/gold)`);

  // For the record: every verb after a modal, per modal, subject class and corpus: "n/gold".
  const byVerb = new Map<string, Map<string, [number, number]>>();
  for (const o of occ) {
    const key = `${o.modal}:${o.agent ? 'agent' : 'other'}:${o.corpus.replace(/-dev$/, '')}`;
    const m = byVerb.get(o.verb) ?? new Map<string, [number, number]>();
    const c = m.get(key) ?? [0, 0];
    c[0]++;
    if (o.gold) c[1]++;
    byVerb.set(o.verb, m.set(key, c));
  }
  const total = (v: string) => [...byVerb.get(v)!.values()].reduce((s, [n]) => s + n, 0);
  const rows = [...byVerb.keys()]
    .sort((a, b) => total(b) - total(a) || (a < b ? -1 : 1))
    .map((v) => [`${v}${isAct(v) ? ' act' : ''}`, ...[...byVerb.get(v)!].sort().map(([k, [n, g]]) => `${k}=${n}/${g}`)]);
  lexicon(
    'counts/modal-verbs.txt',
    [
      'Verbs after could/may/might in the labelled corpora: VERB [act] MODAL:SUBJECT:CORPUS=N/GOLD ...,',
      'where SUBJECT is agent (hasAgentSubject: a pronoun, name, person, office or body noun) or other,',
      'N the occurrences and GOLD those the gold marks as a hedge cue; "act": isActVerb (not "be",',
      'not "have", not in state-verbs.txt). SOURCES: ../shared/corpora *-dev (world-check never read).',
      'Made by `npm run lexicons:modal-verbs` (scripts/lexicon-modal-verbs.ts); data for people, no rule reads it.',
    ],
    rows,
    `${rows.length} verbs`,
  );
  files.finish();

  // Leave one corpus out: the decision taken without it, and its own agent + act occurrences.
  console.log('\nleave-one-corpus-out (modals decided without the corpus; agent + act occurrences in it, n/gold):');
  for (const c of corpora) {
    const chosen = decide(occ.filter((o) => o.corpus !== c));
    const mine = occ.filter((o) => o.corpus === c);
    console.log(`  ${c.padEnd(14)} modals: ${chosen.join(' ') || '(none)'}   in it: ${MODALS.map((m) => `${m} ${tally(mine, m).join('/')}`).join(', ')}`);
  }
  console.log('\n(now run `npm run lexicons` to make their modules)');
}

main();
