// `npm run eval:unnamed`: how many of PolNeAR's unnamed sources the engine flags, at scale.
//
// PolNeAR (../shared/corpora/polnear-attributions.jsonl) marks 22k attribution relations in 944
// political articles but not whether their source is named. This script selects the relations
// whose source is unnamed under GUIDELINES.md by a rule of its own, independent of the engine's
// lexicons and rules (so that the engine cannot grade itself):
//   - the source span is a phrase headed by a common noun for people or a quantity standing for
//     them ("a senior official", "people familiar with", "some", "those who"), not a pronoun;
//   - no capitalised word before its head except the sentence's first word, a party or people
//     ("Republicans", "Iowans") or a body whose unnamed members speak ("White House officials",
//     "Trump aides": plural or counted only; "Clinton's spokesman" is one named holder);
//   - no name in apposition ("a spokesman, Jane Roe"), no institution head ("the company",
//     "police": an identified body is named), no definite singular other than a noun that says
//     nothing of who ("the person", "the source"): "the senator" is someone named earlier.
// It then runs the engine on each article and reports the unnamed-source recall: the share of
// those relations whose sentence has an anonymous or vague finding overlapping the source span
// (relation level), and the share of sentences with such a relation that have any anonymous or
// vague finding (sentence level, as the scorer counts). Missed relations are grouped by shape:
// (cue lemma, source head, order, determiner).
//
//   npm run eval:unnamed                      figures per split, and the 30 commonest missed shapes
//   npm run eval:unnamed -- --split train     one split only (grow rules on train, measure on dev+test)
//   npm run eval:unnamed -- --missed 40       also print 40 missed relations (terminal only)
//   npm run eval:unnamed -- --sample 100      print a seeded sample of the engine's anonymous/vague
//                                             findings, for a precision review by hand
// Prints corpus text only to the terminal with --missed/--sample; writes nothing.
import { existsSync } from 'node:fs';
import { analyze } from '../src/engine';
import { buildDoc } from '../src/engine/document';
import type { Finding } from '../src/engine/types';
import { POLNEAR, readArticles, type Split } from './polnear';
import { SHARED } from './train';

// Words that stand for people without a noun: "some say", "many believe", "others argue", "those who".
const QUANTITIES = new Set(['some', 'many', 'most', 'few', 'several', 'others', 'all', 'both', 'those', 'none', 'everyone', 'everybody', 'anyone', 'nobody', 'somebody', 'someone', 'one', 'two', 'three', 'four', 'five', 'dozens', 'scores', 'hundreds', 'thousands', 'majority', 'minority', 'handful', 'number', 'half', 'plenty', 'lots']);
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'her', 'them', 'who', 'whom', 'which', 'that', 'this', 'these', 'itself', 'himself', 'herself', 'themselves', 'one', 'what']);
// Bodies that speak as one (named when the article identifies them) and things that are no people.
const NOT_PEOPLE = new Set([
  'company', 'ministry', 'department', 'agency', 'government', 'administration', 'campaign', 'committee', 'court', 'police', 'party',
  'board', 'office', 'commission', 'council', 'state', 'city', 'organization', 'panel', 'team', 'network', 'newspaper', 'paper', 'firm',
  'report', 'poll', 'polls', 'survey', 'study', 'studies', 'statement', 'data', 'document', 'documents', 'letter', 'memo', 'ad', 'ads',
  'analysis', 'research', 'record', 'records', 'filing', 'email', 'emails', 'book', 'article', 'story', 'video', 'website', 'release',
  'group', 'coalition', 'union', 'association', 'foundation', 'institute', 'center', 'bureau', 'service', 'house', 'senate', 'congress',
  'legislature', 'military', 'army', 'navy', 'pentagon', 'fbi', 'cia', 'judge', 'jury', 'country', 'nation', 'world', 'public', 'media',
  'press', 'law', 'bill', 'plan', 'proposal', 'rule', 'order', 'ruling', 'decision', 'evidence', 'numbers', 'figures', 'results', 'estimates',
  'projections', 'models', 'forecast', 'chart', 'map', 'tweet', 'tweets', 'post', 'speech', 'interview', 'remarks', 'comments', 'testimony',
  'account', 'accounts', 'reports', 'reporting', 'news', 'coverage', 'message', 'messages', 'website', 'site', 'page', 'platform', 'history',
  'experience', 'polling', 'markets', 'market', 'economy',
]);
// Singular nouns "the ..." may use of a source nobody named: they say nothing of who.
const GENERIC = new Set(['person', 'source', 'individual', 'insider', 'official', 'aide', 'staffer']);
// Capitalised words that are people, not names: parties and peoples.
const PEOPLE_WORD = /^(?:Republicans?|Democrats?|Independents?|Evangelicals?|Conservatives?|Liberals?|Progressives?|[A-Z][a-z]+(?:ans|ites))$/;
// Where the head ends: a post-modifier, a relative pronoun, punctuation.
const AFTER_HEAD = new Set(['who', 'whom', 'that', 'which', 'with', 'of', 'in', 'at', 'from', 'for', 'close', 'familiar', 'on', 'inside', 'within', 'around', 'near', 'across', 'throughout', 'involved', 'briefed', 'knowledgeable', 'aware', 'who’ve', 'like', 'such', 'among', 'to', 'by', 'under', 'over', 'behind', 'working', 'speaking', 'granted', 'not', 'outside', 'representing', 'connected', 'tied', 'associated', 'allied', 'loyal', 'opposed']);
const DETERMINERS: Record<string, string> = { a: 'counted', an: 'counted', one: 'counted', two: 'counted', three: 'counted', four: 'counted', five: 'counted', several: 'counted', the: 'definite', this: 'definite', these: 'definite', those: 'definite', that: 'definite', some: 'quant', many: 'quant', most: 'quant', few: 'quant', other: 'quant', more: 'quant', all: 'quant', his: 'possessive', her: 'possessive', their: 'possessive', its: 'possessive', our: 'possessive' };

const personNoun = (lower: string): boolean => {
  if (NOT_PEOPLE.has(lower)) return false;
  const sing = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
  if (NOT_PEOPLE.has(sing)) return false;
  // Agent nouns, people compounds, and the common nouns for people no suffix marks.
  return (
    /(?:er|or|ist|ian|ant|ent|ee|man|woman|men|women|person|people|crat|can)s?$/.test(lower) ||
    /^(?:people|persons?|sources?|officials?|aides?|staff|staffers?|experts?|critics?|observers?|insiders?|allies|ally|friends?|colleagues?|advocates?|diplomats?|activists?|voters?|leaders?|members?|residents?|witnesses|witness|analysts?|delegates?|attendees?|donors?|delegates?|relatives?|families|family|folks?|pundits?|strategists?|operatives?|veterans?|students?|parents?|aides|hands|elites?|conservatives?|liberals?|progressives?|moderates?|evangelicals?|hawks?|doves?|skeptics?|sceptics?|loyalists?|individuals?|officers?|troops|soldiers?|agents?|lawmakers?|legislators?|senators?|congressmen|governors?|mayors?|candidates?|contenders?|rivals?|opponents?|detractors?|backers?|fans?|allies|nominees?|hopefuls?|elders?|youths?|kids?|adults?|americans?|citizens?|immigrants?|refugees?|victims?|survivors?|democrats?|republicans?|independents?|scholars?|scientists?|economists?|historians?|academics?|researchers?|doctors?|nurses?|lawyers?|attorneys?|judges?|prosecutors?|investigators?|regulators?|bankers?|executives?|employees?|workers?|leaders?|spokesm[ae]n|spokeswom[ae]n|spokespe(?:rson|ople)|representatives?|aides?|advisers?|advisors?|consultants?|pollsters?|organizers?|volunteers?|protesters?|protestors?|demonstrators?|supporters?|participants?|onlookers?|bystanders?|everyone|everybody|someone|somebody|anyone|nobody)$/.test(lower)
  );
};

interface Selected {
  head: string;
  determiner: string;
  order: 'source-first' | 'cue-first';
  cue: string;
  from: number;
  to: number;
  sentence: number;
  text: string;
}

/** Lemma of a cue span, crudely: the last word that is no auxiliary or adverb, folded. */
function cueLemma(cue: string): string {
  const l = cue.toLowerCase().replace(/[’]/g, "'");
  if (/according to/.test(l)) return 'according to';
  const words = l.match(/[a-z'-]+/g) ?? [];
  const aux = /^(?:has|have|had|is|are|was|were|be|been|being|do|does|did|will|would|could|should|may|might|must|can|not|n't|also|later|long|already|still|repeatedly|publicly|privately|often|never|just|previously|recently|quickly|widely|strongly|to)$/;
  const main = words.filter((w) => !aux.test(w) && !w.endsWith('ly'));
  const w = main[0] ?? words[0] ?? '';
  const irregular: Record<string, string> = { said: 'say', says: 'say', saying: 'say', told: 'tell', tells: 'tell', telling: 'tell', wrote: 'write', written: 'write', thought: 'think', thinks: 'think', believes: 'believe', believed: 'believe', argued: 'argue', argues: 'argue', noted: 'note', notes: 'note' };
  if (irregular[w]) return irregular[w];
  return w.replace(/(?:ied)$/, 'y').replace(/(?:ed|es|s|ing)$/, '') || w;
}

/** Select the unnamed-source relations of one article. */
function selectUnnamed(text: string, attributions: { source?: [number, number][]; cue?: [number, number][] }[], sentenceOf: (at: number) => number, sentenceStarts: Set<number>): Selected[] {
  const out: Selected[] = [];
  // Words the article capitalises inside a sentence: at a sentence's start too they are names ("Sanders said").
  const capitalised = new Set<string>();
  for (const m of text.matchAll(/[\p{Ll},;] +(\p{Lu}[\p{L}'’-]*)/gu)) capitalised.add(m[1].replace(/[’]/g, "'"));
  for (const rel of attributions) {
    if (!rel.source?.length || !rel.cue?.length || rel.source.length > 1) continue;
    const [from, to] = rel.source[0];
    const span = text.slice(from, to);
    // A name in apposition, or a list of sources.
    if (/,\s*[A-Z]/.test(span) || /\(/.test(span)) continue;
    const words = [...span.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => ({ w: m[0].replace(/[’]/g, "'"), at: from + m.index }));
    if (!words.length) continue;
    // The head phrase: up to the first post-modifier; "some of the president's allies": past "of".
    let first = 0;
    if (words.length > 2 && QUANTITIES.has(words[0].w.toLowerCase()) && words[1].w.toLowerCase() === 'of') first = 2;
    else if (words.length > 3 && /^(?:a|the)$/i.test(words[0].w) && QUANTITIES.has(words[1].w.toLowerCase()) && words[2].w.toLowerCase() === 'of') first = 3;
    let end = first;
    while (end < words.length && (end === first || !AFTER_HEAD.has(words[end].w.toLowerCase()))) end++;
    const phrase = words.slice(first, end);
    const headWord = phrase[phrase.length - 1].w;
    const head = headWord.toLowerCase().replace(/'s$/, '');
    if (PRONOUNS.has(head) && !(head === 'those' && end < words.length) && !(head === 'one' && first > 0)) continue;
    if (phrase.length === 1 && PRONOUNS.has(head)) continue;
    // Capitalised words before the head (or the head itself), other than the sentence's first word.
    const plural = head.endsWith('s') || /^(?:people|staff|folks|men|women|troops)$/.test(head);
    const det = DETERMINERS[phrase[0].w.toLowerCase()] ?? (/'s$/.test(phrase[0].w) || phrase.some((p, i) => i < phrase.length - 1 && /'s$|s'$/.test(p.w)) ? 'possessive' : 'bare');
    let named = false;
    for (let i = 0; i < phrase.length; i++) {
      const { w, at } = phrase[i];
      if (!/^\p{Lu}/u.test(w)) continue;
      if (PEOPLE_WORD.test(w) || (sentenceStarts.has(at) && !capitalised.has(w))) continue;
      // "White House officials", "Trump aides", "a Clinton aide": unnamed members of a body.
      if (i < phrase.length - 1 && !/'s$/.test(w) && (plural || det === 'counted')) continue;
      named = true;
    }
    if (named) continue;
    const standsAlone = QUANTITIES.has(head) && (phrase.length === 1 || first > 0);
    if (!standsAlone && !personNoun(head)) continue;
    if (!plural && (det === 'definite' || det === 'possessive') && !GENERIC.has(head)) continue;
    // "the candidates said", "these senators": people the article has introduced, mostly by name.
    if (plural && det === 'definite' && !GENERIC.has(head.replace(/s$/, '')) && head !== 'people') continue;
    if (!plural && det === 'bare' && !standsAlone) continue; // "Democrat Jane Roe": a title
    const cueStart = rel.cue[0][0];
    out.push({
      head,
      determiner: standsAlone ? 'alone' : det,
      order: from < cueStart ? 'source-first' : 'cue-first',
      cue: cueLemma(rel.cue.map(([s, e]) => text.slice(s, e)).join(' ')),
      from,
      to,
      sentence: sentenceOf(from),
      text: span,
    });
  }
  return out;
}

// Predicates that attribute a claim or a view (GUIDELINES.md section 2: "said, told, according to,
// described, claimed, reported, wrote, quoted, believes, insisted..."), as crude lemmas: the
// headline figure is read over these. PolNeAR also marks wants, plans, acts and questions ("voters
// support", "Republicans hope", "a reporter asked"), which no reader needs flagged.
const REPORTING = new Set(['say', 'tell', 'claim', 'report', 'write', 'argue', 'believe', 'think', 'insist', 'warn', 'note', 'add', 'suggest', 'explain', 'describe', 'acknowledge', 'admit', 'contend', 'maintain', 'assert', 'predict', 'complain', 'according to', 'estimate', 'confirm', 'reveal', 'disclose', 'announce', 'indicate', 'point', 'speculate', 'recall', 'testify', 'allege', 'charge', 'accuse', 'agree', 'disagree', 'tweet', 'post', 'state', 'declare', 'stress', 'emphasize', 'observe', 'concede', 'caution', 'fear', 'worry', 'expect', 'feel', 'reply', 'counter', 'recount', 'view', 'see', 'consider', 'mention', 'quote', 'cite', 'guess', 'figure', 'reckon', 'assume', 'suspect', 'doubt', 'question', 'criticize', 'praise', 'describ', 'acknowledg', 'argu', 'continu', 'conclud', 'conclude', 'find', 'found', 'show', 'caution', 'lament', 'complain', 'predict', 'suggest', 'notice', 'remark', 'recommend', 'urge', 'advise', 'explain', 'reason', 'surmise', 'convinced', 'skeptical', 'sure', 'concerned', 'worried', 'certain', 'confident']);
const isReporting = (lemma: string) => REPORTING.has(lemma) || REPORTING.has(`${lemma}e`);

const UNNAMED = new Set(['anonymous-source', 'vague-source']);

interface Tally {
  relations: number;
  hit: number;
  named: number;
  sentences: number;
  sentencesHit: number;
}

function main(): void {
  if (!existsSync(POLNEAR(SHARED))) {
    console.log('eval:unnamed: skipped (../shared/corpora/polnear-attributions.jsonl is not here)');
    return;
  }
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const only = opt('--split') as Split | undefined;
  const missedN = Number(opt('--missed') ?? 0);
  const sampleN = Number(opt('--sample') ?? 0);
  const tallies = new Map<string, Tally>();
  const shapes = new Map<string, number>();
  // Per dimension of the shape: [relations, flagged].
  const margins = { cue: new Map<string, [number, number]>(), head: new Map<string, [number, number]>(), order: new Map<string, [number, number]>(), determiner: new Map<string, [number, number]>() };
  const missed: string[] = [];
  const flagged: string[] = [];
  let missCount = 0;
  for (const article of readArticles(SHARED, only)) {
    const doc = buildDoc(article.text);
    const starts = doc.sentences.map((s) => s.start);
    const sentenceOf = (at: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    // The first word of each sentence (past quotes and brackets) may be capitalised for no name.
    const sentenceStarts = new Set<number>();
    for (const s of doc.sentences) {
      const m = /[\p{L}\p{N}]/u.exec(s.text);
      if (m) sentenceStarts.add(s.start + m.index);
    }
    // After a colon, a dash or a quote a capital may also start a clause.
    for (const m of article.text.matchAll(/[:—“"]\s*([\p{L}])/gu)) sentenceStarts.add(m.index + m[0].length - 1);
    const selected = selectUnnamed(article.text, article.attributions, sentenceOf, sentenceStarts);
    const findings = analyze(article.text).findings.filter((f) => f.kind !== 'hedge' && f.kind !== 'caveat');
    const unnamedBySentence = new Map<number, Finding[]>();
    for (const f of findings) {
      const k = sentenceOf(f.sentence.start);
      const list = unnamedBySentence.get(k) ?? [];
      list.push(f);
      unnamedBySentence.set(k, list);
    }
    const tallyOf = (key: string) => {
      const t = tallies.get(key) ?? { relations: 0, hit: 0, named: 0, sentences: 0, sentencesHit: 0 };
      tallies.set(key, t);
      return t;
    };
    const overlaps = (f: Finding, s: Selected) => f.cues.some((c) => c.start < s.to && c.end > s.from) || (f.start < s.to && f.end > s.from);
    const sentences = new Map<number, boolean>();
    for (const s of selected) {
      const reporting = isReporting(s.cue);
      const t = tallyOf(`${article.split} ${reporting ? 'reporting' : 'other'}`);
      t.relations++;
      sentences.set(s.sentence, reporting || (sentences.get(s.sentence) ?? false));
      const here = unnamedBySentence.get(s.sentence) ?? [];
      const hit = here.some((f) => UNNAMED.has(f.kind) && overlaps(f, s));
      if (hit) t.hit++;
      if (!reporting) continue;
      for (const dim of ['cue', 'head', 'order', 'determiner'] as const) {
        const m = margins[dim].get(s[dim]) ?? [0, 0];
        m[0]++;
        if (hit) m[1]++;
        margins[dim].set(s[dim], m);
      }
      if (!hit) {
        if (here.some((f) => f.kind === 'named-source' && overlaps(f, s))) t.named++;
        const key = `${s.cue} | ${s.head} | ${s.order} | ${s.determiner}`;
        shapes.set(key, (shapes.get(key) ?? 0) + 1);
        if (missed.length < missedN && reporting && article.split === (only ?? 'train') && ++missCount % 3 === 2)
          missed.push(`[${s.text}] ${s.cue} (${here.map((f) => f.kind).join(',') || 'nothing'}) :: ${doc.sentences[s.sentence].text.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
    }
    for (const [k, reporting] of sentences) {
      const t = tallyOf(`${article.split} ${reporting ? 'reporting' : 'other'}`);
      t.sentences++;
      if ((unnamedBySentence.get(k) ?? []).some((f) => UNNAMED.has(f.kind))) t.sentencesHit++;
    }
    if (sampleN) {
      const marked = (f: Finding) => article.attributions.some((r) => r.source?.some(([s, e]) => s < f.end && e > f.start));
      for (const f of findings) if (UNNAMED.has(f.kind)) flagged.push(`${f.kind === 'anonymous-source' ? 'ANON ' : 'VAGUE'} ${marked(f) ? 'polnear' : '-------'} «${f.text}» :: ${doc.sentences[sentenceOf(f.sentence.start)].text.replace(/\s+/g, ' ').slice(0, 260)}`);
    }
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
  console.log('unnamed-source recall on PolNeAR (relations selected as unnamed by scripts/polnear-unnamed.ts;');
  console.log('"reporting": the cue attributes a claim or view; "other": wants, acts, questions)');
  const all: Tally = { relations: 0, hit: 0, named: 0, sentences: 0, sentencesHit: 0 };
  for (const [split, t] of [...tallies].sort()) {
    if (split.endsWith('reporting')) for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
    console.log(`  ${split.padEnd(16)} relations ${String(t.relations).padStart(5)}  flagged ${pct(t.hit, t.relations).padStart(5)}%  (read as named ${pct(t.named, t.relations)}%)   sentences ${String(t.sentences).padStart(5)}  flagged ${pct(t.sentencesHit, t.sentences)}%`);
  }
  console.log(`  all reporting    relations ${String(all.relations).padStart(5)}  flagged ${pct(all.hit, all.relations).padStart(5)}%  (read as named ${pct(all.named, all.relations)}%)   sentences ${String(all.sentences).padStart(5)}  flagged ${pct(all.sentencesHit, all.sentences)}%`);
  console.log('\nmissed shapes (cue lemma | source head | order | determiner), commonest first:');
  for (const [k, n] of [...shapes].sort((a, b) => b[1] - a[1]).slice(0, Number(opt('--shapes') ?? 30))) console.log(`  ${String(n).padStart(4)}  ${k}`);
  for (const dim of ['order', 'determiner', 'cue', 'head'] as const) {
    const rows = [...margins[dim]].sort((a, b) => b[1][0] - b[1][1] - (a[1][0] - a[1][1])).slice(0, dim === 'cue' || dim === 'head' ? 25 : 10);
    console.log(`\nby ${dim} (missed / relations, flagged %), most missed first:`);
    console.log(rows.map(([k, [n, h]]) => `  ${String(n - h).padStart(4)}/${String(n).padEnd(4)} ${pct(h, n).padStart(5)}%  ${k || '(none)'}`).join('\n'));
  }
  if (missed.length) console.log(`\nmissed (${only ?? 'train'} split):\n${missed.join('\n')}`);
  if (sampleN) {
    // A fixed-seed shuffle, so that a review can be repeated on the same sample.
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let i = flagged.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [flagged[i], flagged[j]] = [flagged[j], flagged[i]];
    }
    console.log(`\nsample of ${sampleN} of ${flagged.length} anonymous/vague findings:\n${flagged.slice(0, sampleN).map((l, i) => `${i + 1}. ${l}`).join('\n')}`);
  }
}

main();
