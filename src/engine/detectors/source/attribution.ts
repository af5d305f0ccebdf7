// Finding attributions in a sentence: the reporting verb (or "according to", or an agentless
// passive) and the token range of the source phrase it attributes the claim to. Works on tokens
// only, without a parser: a source phrase is the run of words between a clause boundary and its
// verb ("X said"), after an inverting verb ("..., said X"), or after "according to" / "by".
import type { Token } from '../../document';
import { hasGrammarRole, hasRole, hasTag, hasVerbRole, headClass, isVerbForm, ROLE, tagWords, VERB } from './lexicon';
import { isPersonWord } from './person';
import { AFTER_VERB, clauseStart, findHead, isAppositive, MAX_PHRASE, type PhraseSite, phraseAfter, type Range, relativeBefore, startsNewSubject } from './phrase';
import { isOpeningMark, quotedTokens } from './quotes';
import { cueAt, isAbbreviationStop, isApostrophe, isCapitalized, isCount, isLyAdverb, isNumeral, isParticiple, isPostModifier, isWord } from './tokens';

export type Order = 'subject' | 'inverted' | 'according' | 'cited' | 'agent' | 'impersonal' | 'participle' | 'anonymity-cue' | 'quoted-as' | 'learned';

export type { Range };

export interface Attribution extends PhraseSite {
  order: Order;
  /** The reporting verb (or "according to", "is widely believed"). */
  verb: Range;
  /** The verb attributes only to documents and data ("polls show", "studies found"). */
  thingOnly?: boolean;
  /** The attribution cannot be a noun misread ("said", "according to"; not "note", "report"). */
  clear?: boolean;
}

/** Auxiliaries and adverbs, including "most easily" (a quantity word before an adverb). */
const isAdverbial = (tokens: readonly Token[], k: number) =>
  hasRole(tokens[k], ROLE.aux) || isLyAdverb(tokens[k]) || (hasRole(tokens[k], ROLE.quant) && isWord(tokens[k + 1]) && isLyAdverb(tokens[k + 1]));

/** Where an attribution starts: its phrase or its verb, whichever comes first. */
const startOf = (a: Attribution) => (a.phrase ? Math.min(a.phrase[0], a.verb[0]) : a.verb[0]);
export const byStart = (a: Attribution, b: Attribution) => startOf(a) - startOf(b);

// Words of a connector set off by commas ("however", "though", "in turn"): at most this many.
const CONNECTOR = 2;

/** Is `[from, to)` a sentence connector set off by commas ("however", "meanwhile", "though")? */
function isConnector(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > CONNECTOR) return false;
  for (let k = from; k < to; k++) if (!isWord(tokens[k]) || !(hasRole(tokens[k], ROLE.lead) || hasRole(tokens[k], ROLE.boundary) || isLyAdverb(tokens[k]))) return false;
  return true;
}

// Dashes that set off an aside in pairs (a hyphen is a word joiner, not an aside).
const DASHES: ReadonlySet<string> = new Set(['—', '–']);

// What may open a time expression between a subject and its verb: "this week", "last month", "on Monday".
const TIME_OPENERS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'earlier', 'later', 'on', 'early', 'late']);

/** "Officials | this week | said", "residents | Monday | said": past a time expression ending at
 *  `j`, the index before it; `j` itself when there is none. */
function beforeTime(tokens: readonly Token[], j: number): number {
  if (j < 1 || !isWord(tokens[j]) || !hasRole(tokens[j], ROLE.time)) return j;
  let k = j - 1;
  if (isWord(tokens[k]) && TIME_OPENERS.has(tokens[k].lower)) k--;
  // Only between a subject and its verb: a word must stand before it.
  return isWord(tokens[k]) ? k : j;
}

/** The subject phrase that ends just before token `verbAt` (after skipping auxiliaries). */
function subjectBefore(tokens: readonly Token[], verbAt: number): PhraseSite | undefined {
  let j = verbAt - 1;
  while (j >= 0 && isWord(tokens[j]) && isAdverbial(tokens, j)) j--;
  j = beforeTime(tokens, j);
  while (j >= 0 && isWord(tokens[j]) && isAdverbial(tokens, j)) j--;
  if (j < 0) return undefined;
  if (isAbbreviationStop(tokens, j)) j--;
  // "... doctors it says": a pronoun subject is the whole subject.
  if (hasRole(tokens[j], ROLE.pronoun)) return { phrase: [j, j + 1], head: j, context: [[verbAt + 1, Math.min(tokens.length, verbAt + 1 + AFTER_VERB)]], appositiveName: false };
  // "The spokesman declined to elaborate but said ...": a second verb shares the main subject.
  if (hasRole(tokens[j], ROLE.coord) || tokens[j].lower === 'but') {
    const main = mainSubject(tokens, j);
    return main && { ...main, shared: true };
  }
  const context: Range[] = [[verbAt + 1, Math.min(tokens.length, verbAt + 1 + AFTER_VERB)]];
  // "polls that have shown", "aides who said": the source is the noun before the relative pronoun.
  if (j > 0 && (hasRole(tokens[j], ROLE.rel) || tokens[j].lower === 'that')) {
    let a = j - 1;
    if (tokens[a]?.text === ',') a--;
    if (!isWord(tokens[a])) return undefined;
    const start = clauseStart(tokens, a);
    let found = start <= a ? findHead(tokens, start, a + 1) : undefined;
    // "a damning reaction from President Jane Roe, who said": "who" is a person's, the last noun's
    // before it, when the head is no person (or none is found); read so only for a verb that
    // reports a claim ("said", "believes that"), not "characters who felt like real people".
    const reports = hasVerbRole(tokens[verbAt], VERB.clear) || takesComplement(tokens, verbAt) || hasTag(tokens[verbAt], CALL_TAG);
    if (tokens[j].lower === 'who' && reports && start < a && (!found || (found.end <= a && !isPersonWord(tokens[found.head].lower)))) {
      let m = a;
      while (m > start && !isPostModifier(tokens, m)) m--;
      const last = m > start ? findHead(tokens, m + 1, a + 1) : undefined;
      if (last) found = last;
    }
    if (!found) return undefined;
    return { phrase: [found.start, a + 1], head: found.head, context, appositiveName: isAppositive(tokens, start, found, a + 1, verbAt) };
  }
  let appositiveName = false;
  let end = j + 1;
  if (!tokens[j].word) {
    // "One attendee, who spoke on condition of anonymity, said"; "a spokesman, Jane Roe, said";
    // set off by dashes as by commas: "an aid worker — who spoke on condition of anonymity — said".
    const mark = tokens[j].text;
    if (mark !== ',' && !DASHES.has(mark)) return undefined;
    let p = j - 1;
    // (Between dashes an aside may hold commas of its own.)
    while (p >= Math.max(0, j - 30) && tokens[p].text !== mark && (tokens[p].word || tokens[p].text === '-' || tokens[p].text === "'" || tokens[p].text === '’' || (mark !== ',' && tokens[p].text === ','))) p--;
    if (p < 1 || tokens[p].text !== mark || !(isWord(tokens[p - 1]) || tokens[p - 1].text === ')')) return undefined;
    const first = tokens[p + 1];
    if (!isWord(first)) return undefined;
    if (isConnector(tokens, p + 1, j)) end = p; // "Critics, however, say": the subject is before it.
    else {
      // An aside about the source: "who ...", "a teacher", "in Geneva", "Jane Roe", "56", "now
      // living in Seoul", "both of whom ...".
      const second = tokens[p + 2];
      const parenthetical =
        hasRole(first, ROLE.rel) || hasRole(first, ROLE.counted) || hasRole(first, ROLE.definite) || hasRole(first, ROLE.postmod) || isCapitalized(first) ||
        isNumeral(first) || isParticiple(first) || hasRole(first, ROLE.quant) || (hasRole(first, ROLE.aux) && isWord(second) && (isParticiple(second) || second.lower === 'of')) ||
        // "Democrats — and some Republicans — say": a part added to the subject.
        // (Between dashes only: ", and the meeting went badly, said one source" is a clause.)
        (mark !== ',' && hasRole(first, ROLE.coord) && isWord(second));
      if (!parenthetical) return undefined;
      appositiveName = isCapitalized(first) && !hasRole(first, ROLE.counted) && !hasRole(first, ROLE.definite) && !hasRole(first, ROLE.rel);
      context.push([p + 1, j]);
      end = p;
    }
    while (end > 1 && isWord(tokens[end - 1]) && (hasRole(tokens[end - 1], ROLE.aux) || isLyAdverb(tokens[end - 1]))) end--;
  }
  let start = clauseStart(tokens, end - 1);
  // "a person who attended the meeting said", "people who have seen the report said": the clause
  // stopped at the relative clause's own verb; the subject is the noun before "who".
  const rel = relativeBefore(tokens, start);
  if (rel >= 0) start = rel + 1;
  // "analysts, who until recently regarded ..." : the source is the noun the relative clause hangs on.
  const atStart = tokens[start - 1];
  if (atStart && hasRole(atStart, ROLE.rel) && !startsNewSubject(tokens[start])) {
    let a = start - 2;
    if (tokens[a]?.text === ',') a--;
    if (!isWord(tokens[a])) return undefined;
    context.push([start - 1, end]);
    // A restrictive clause ("people who have seen the report") is part of the phrase shown.
    const shown = tokens[a + 1].text === ',' ? a + 1 : end;
    end = a + 1;
    start = clauseStart(tokens, a);
    const found = start < end ? findHead(tokens, start, end) : undefined;
    if (!found) return undefined;
    return { phrase: [found.start, shown], head: found.head, context, appositiveName: appositiveName || isAppositive(tokens, start, found, end, verbAt) };
  }
  if (start >= end) return undefined;
  const found = findHead(tokens, start, end);
  // A subject is [determiner, modifiers] head [post-modifiers]; anything else between the head
  // and the verb means the verb form was not this phrase's verb ("aides discussed the debate question").
  if (!found || (found.end < end && tokens[found.end].word && !isPostModifier(tokens, found.end) && !isAgentParticiple(tokens, found.end) && !isBareParticiple(tokens, found.head, found.end, end))) return undefined;
  context.push([found.end, end]);
  // "Jane Roe, a scholar at the institute, thinks": a described person after a name is that name
  // (a bare "..., a former official said" after a name is a parenthetical attribution instead).
  if (isAppositive(tokens, start, found, end)) appositiveName = true;
  return { phrase: [found.start, end], head: found.head, context, appositiveName };
}

/** "economists | polled by Reuters", "analysts | surveyed by the bank": a participle with its agent
 *  after a subject's head says how the people were reached; the verb after it is still theirs. */
const isAgentParticiple = (tokens: readonly Token[], k: number): boolean => isParticiple(tokens[k]) && tokens[k].lower.endsWith('ed') && tokens[k + 1]?.lower === 'by';

/** "economists | surveyed said", "those | polled said": a participle alone between a person noun
 *  and the verb is a reduced relative ("who were surveyed"), not the verb of another clause. */
const isBareParticiple = (tokens: readonly Token[], head: number, k: number, end: number): boolean =>
  k === head + 1 && k + 1 === end && isParticiple(tokens[k]) && tokens[k].lower.endsWith('ed') && isPersonWord(tokens[head].lower);

/** "had been warned", "was told": after a form of "be" the verb is passive, and its subject is
 *  the one told, not the one telling. */
function isPassive(tokens: readonly Token[], verbAt: number): boolean {
  let j = verbAt - 1;
  while (j >= 0 && isWord(tokens[j]) && isLyAdverb(tokens[j])) j--;
  return isWord(tokens[j]) && hasRole(tokens[j], ROLE.be);
}

interface SentenceInfo {
  quoted: readonly boolean[];
  /** The first auxiliary or verb outside quotes: where the main clause's subject ends (-1: none). */
  mainVerb: number;
}

// Computed once per sentence (a sentence's tokens array is made once and never changes), so that
// every verb of a long sentence can ask for the main subject in constant time. The detector reads
// one sentence at a time, so the last sentence's answer is all there is to remember.
let lastTokens: readonly Token[] | undefined;
let lastInfo: SentenceInfo = { quoted: [], mainVerb: -1 };

function sentenceInfo(tokens: readonly Token[]): SentenceInfo {
  if (tokens === lastTokens) return lastInfo;
  const quoted = quotedTokens(tokens);
  let mainVerb = -1;
  for (let k = 1; k < tokens.length && mainVerb < 0; k++) {
    const t = tokens[k];
    if (!t.word || quoted[k]) continue;
    const l = t.lower;
    // An auxiliary, an attribution verb, or a past tense in "-ed" ("seized on the message, arguing").
    const pastTense = l.length > 4 && l.endsWith('ed') && !isCapitalized(t) && isWord(tokens[k - 1]) && !hasRole(tokens[k - 1], ROLE.nominal);
    if (hasRole(t, ROLE.verbal) || hasVerbRole(t, VERB.finite) || pastTense) mainVerb = k;
  }
  lastTokens = tokens;
  lastInfo = { quoted, mainVerb };
  return lastInfo;
}

/**
 * The subject of the sentence's main clause, for ", saying ..." and "... and said": the phrase
 * before its first auxiliary or verb, when that comes before `before`.
 */
function mainSubject(tokens: readonly Token[], before: number): PhraseSite | undefined {
  const { mainVerb } = sentenceInfo(tokens);
  return mainVerb > 0 && mainVerb < before ? subjectBefore(tokens, mainVerb) : undefined;
}

/** The subject of a sentence with no attribution: a named one there ends a pronoun's reach back. */
export function sentenceSubject(tokens: readonly Token[]): PhraseSite | undefined {
  return mainSubject(tokens, tokens.length);
}

const prevWord = (tokens: readonly Token[], k: number) => {
  let j = k - 1;
  // Adverbs, and auxiliaries other than "be" ("it is often said", "it has long been argued"); a
  // negation stops it: "it was not reported" says nobody reported it.
  while (j >= 0 && isWord(tokens[j]) && (isLyAdverb(tokens[j]) || hasRole(tokens[j], ROLE.impersonal) || (hasRole(tokens[j], ROLE.aux) && !hasRole(tokens[j], ROLE.be) && !hasRole(tokens[j], ROLE.negation)))) j--;
  return j;
};

/**
 * Unnamed sources marked as such without a reporting verb of their own: "a source familiar with
 * the investigation did so", "an aide close to the senator confirmed as much". The cue phrase
 * stands in for the verb.
 */
function cueMentions(tokens: readonly Token[], quoted: readonly boolean[], out: Attribution[]): void {
  for (let k = 1; k < tokens.length; k++) {
    if (quoted[k] || !tokens[k].word) continue;
    const n = cueAt(tokens, k);
    if (!n) continue;
    // Only a source counted out: "a source familiar with ...", not "young people in attendance".
    const head = k - 1;
    if (!isWord(tokens[head]) || headClass(tokens[head]) !== 'anonymous') continue;
    const start = clauseStart(tokens, head);
    const found = findHead(tokens, start, head + 1);
    if (!found || found.head !== head || !hasRole(tokens[found.start], ROLE.counted)) continue;
    out.push({ order: 'anonymity-cue', verb: [k, k + n], phrase: [found.start, head + 1], head, context: [[k, k + n]], appositiveName: false });
  }
}

/** "some remain skeptical that", "donors are not convinced that": the adjective of a view held
 *  after a copula stands for the verb, and the copula's subject holds the view. */
function stanceAt(tokens: readonly Token[], i: number): Attribution | undefined {
  if (tokens[i + 1]?.lower !== 'that') return undefined;
  let c = i - 1;
  while (c > 0 && isWord(tokens[c]) && !hasRole(tokens[c], ROLE.copula) && (isLyAdverb(tokens[c]) || hasRole(tokens[c], ROLE.aux))) c--;
  if (!isWord(tokens[c]) || !hasRole(tokens[c], ROLE.copula)) return undefined;
  const subject = subjectBefore(tokens, c);
  return subject && { order: 'subject', verb: [c, i + 1], ...subject, clear: false };
}

/** Does "by" (an agent) follow in the same clause: "was praised as a hero by the mayor"? */
function agentFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + MAX_PHRASE) && tokens[k].word; k++) if (tokens[k].lower === 'by') return true;
  return false;
}

/**
 * "The view among economists is that ...", "the prevailing concern within the party was that":
 * a view held by everyone and no one in a group. Not "the concern in the report" (a document's)
 * nor "the hope at the time" (no group at all).
 */
function attitudeAt(tokens: readonly Token[], i: number): Attribution | undefined {
  let d = i - 1;
  // One adjective may stand between: "the prevailing view", "the general feeling".
  if (isWord(tokens[d]) && !hasRole(tokens[d], ROLE.definite) && isWord(tokens[d - 1]) && headClass(tokens[d]) === undefined) d--;
  if (!isWord(tokens[d]) || !hasRole(tokens[d], ROLE.definite) || !isWord(tokens[i + 1]) || !hasRole(tokens[i + 1], ROLE.among)) return undefined;
  const limit = Math.min(tokens.length - 1, i + 2 + MAX_PHRASE);
  for (let k = i + 3; k < limit && (tokens[k].word || isApostrophe(tokens[k]) || isAbbreviationStop(tokens, k)); k++) {
    if (!hasRole(tokens[k], ROLE.be) || tokens[k + 1].lower !== 'that') continue;
    const group = findHead(tokens, i + 2, k);
    if (!group) return undefined;
    const cls = headClass(tokens[group.head]);
    if (cls === 'document' || cls === 'thing' || cls === 'self' || hasRole(tokens[group.head], ROLE.time)) return undefined;
    return { order: 'impersonal', verb: [d, k + 1], context: [], appositiveName: false };
  }
  return undefined;
}

/** Where "by" introduces a passive's agent, right after the verb at `from` - 1 or after a short
 *  "to" phrase naming whom it was told to ("was described to reporters by", "was confirmed to
 *  the newspaper by"); -1 if it does not. */
function agentBy(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.lower === 'by') return from;
  if (tokens[from]?.lower !== 'to') return -1;
  for (let k = from + 1; k <= from + 4 && isWord(tokens[k]); k++) if (tokens[k].lower === 'by') return k > from + 1 ? k : -1;
  return -1;
}

/** After "said to": a bare verb ("said to show", "said to have") rather than whom it was said to
 *  ("said to reporters", "said to the court", "said to police", "said to her"). */
function startsInfinitive(t: Token | undefined): boolean {
  if (!isWord(t) || isCapitalized(t) || headClass(t) !== undefined) return false;
  if (hasRole(t, ROLE.nominal) || hasRole(t, ROLE.counted) || hasRole(t, ROLE.quant) || hasRole(t, ROLE.pronoun) || hasRole(t, ROLE.institution) || hasRole(t, ROLE.possessive)) return false;
  return !(t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss'));
}

/** "X said to show ...": hearsay about X (a headline's "is said to"), no attribution to X. */
export const isSaidToInfinitive = (tokens: readonly Token[], i: number): boolean =>
  tokens[i].lower === 'said' && tokens[i + 1]?.lower === 'to' && startsInfinitive(tokens[i + 2]);

/** Can a clause start at `t` ("that | the", "that | he", "that | Roe", "that | 12 people")? Not a
 *  plain noun: "bought that | car" is a determiner's "that". */
const startsClause = (t: Token | undefined): boolean =>
  isWord(t) && (isCapitalized(t) || isNumeral(t) || hasRole(t, ROLE.definite) || hasRole(t, ROLE.nominal) || hasRole(t, ROLE.counted) || hasRole(t, ROLE.quant) || hasRole(t, ROLE.possessive) || hasRole(t, ROLE.he) || hasRole(t, ROLE.they) || hasRole(t, ROLE.pronoun));

/** "described | hearing shots", "recalled | seeing him": a gerund of what the source experienced. */
const isGerund = (t: Token | undefined): boolean => isWord(t) && t.lower.length > 5 && t.lower.endsWith('ing') && !isCapitalized(t) && headClass(t) === undefined && !hasRole(t, ROLE.postmod);

/** A verb form with a clause or a gerund after it is a verb, never a noun misread: "described
 *  hearing", "noted that the". */
const takesComplement = (tokens: readonly Token[], i: number): boolean =>
  (tokens[i + 1]?.lower === 'that' && startsClause(tokens[i + 2])) || isGerund(tokens[i + 1]);

// Gerunds of perception (Quirk et al. §16.52): "recounted seeing", "remembered hearing" report
// what the subject witnessed, whatever the verb before them ("started shooting" does not).
export const PERCEPTION: ReadonlySet<string> = new Set(['seeing', 'hearing', 'watching', 'witnessing', 'noticing', 'feeling', 'smelling']);

/** A past tense in "-ed" that no lexicon knows ("ruled", "testified"). */
const unknownPast = (t: Token): boolean => t.lower.length > 4 && t.lower.endsWith('ed') && !isCapitalized(t) && !isVerbForm(t) && headClass(t) === undefined && !hasGrammarRole(t);

/**
 * "A judge ruled that ...", "a witness maintained that ...", "a nurse recounted seeing ...": any
 * past tense with a clause or a gerund of perception after it reports what its subject holds or
 * witnessed, when that subject is a person (not "a court ruled that").
 */
function clauseReport(tokens: readonly Token[], i: number): Attribution | undefined {
  const clause = tokens[i + 1]?.lower === 'that' && startsClause(tokens[i + 2]);
  if (!(clause || PERCEPTION.has(tokens[i + 1]?.lower ?? '')) || isPassive(tokens, i)) return undefined;
  const subject = subjectBefore(tokens, i);
  if (!subject || subject.shared || subject.head === undefined || !isPersonWord(tokens[subject.head].lower)) return undefined;
  return { order: 'subject', verb: [i, i + 1], ...subject, clear: true };
}

/** "concerns", "fears", "hope", "doubts": a noun for a view held or voiced (a claim or attitude
 *  noun of the source lexicon, or the plural of one). */
const isViewNoun = (t: Token): boolean => {
  if (hasVerbRole(t, VERB.claim) || hasVerbRole(t, VERB.attitude)) return true;
  const l = t.lower;
  if (l.length < 5 || !l.endsWith('s')) return false;
  const one = l.slice(0, -1);
  return hasVerbRole(one, VERB.claim) || hasVerbRole(one, VERB.attitude);
};

/**
 * "Some observers have raised concerns that ...", "residents voiced fears that ...", "officials
 * expressed hope that ...": a verb whose object is a view noun with a clause after it voices that
 * view, whatever the verb; its subject holds it when the subject is a person or a source noun.
 */
function voicedView(tokens: readonly Token[], i: number): Attribution | undefined {
  if (tokens[i + 1]?.lower !== 'that' || !startsClause(tokens[i + 2]) || !isViewNoun(tokens[i])) return undefined;
  // One adjective may stand between ("raised serious concerns that").
  let v = i - 1;
  if (isWord(tokens[v]) && !isVerbForm(tokens[v]) && !tokens[v].lower.endsWith('ed') && !hasGrammarRole(tokens[v]) && isWord(tokens[v - 1])) v--;
  const verb = tokens[v];
  if (!isWord(verb) || isCapitalized(verb) || !(verb.lower.endsWith('ed') || hasVerbRole(verb, VERB.finite)) || isPassive(tokens, v)) return undefined;
  const subject = subjectBefore(tokens, v);
  if (!subject || subject.shared || subject.head === undefined) return undefined;
  const head = tokens[subject.head];
  const cls = headClass(head);
  if (!(cls === 'anonymous' || cls === 'crowd' || isPersonWord(head.lower))) return undefined;
  return { order: 'subject', verb: [v, i + 2], ...subject, clear: true };
}

/** What a count of reports is called after "by" and a quantity: "by most accounts", "by some
 *  estimates", "by many counts", "by several reports" (as "according to some estimates" cites them). */
export const REPORT_COUNTS: ReadonlySet<string> = new Set(['accounts', 'estimates', 'counts', 'reports', 'reckonings']);

/**
 * "By most accounts, the law worked", "the crowd was, by some estimates, 10,000 strong": a
 * quantity of accounts no one in particular gave, opening its clause (not "was hit by many").
 */
function byAccounts(tokens: readonly Token[], i: number): Attribution | undefined {
  const before = tokens[i - 1];
  if (isWord(before) && !hasRole(before, ROLE.lead)) return undefined;
  const q = tokens[i + 1];
  if (!isWord(q) || !(hasRole(q, ROLE.quant) || hasRole(q, ROLE.counted))) return undefined;
  // One adjective may stand between: "by some conservative estimates".
  let n = i + 2;
  if (isWord(tokens[n]) && !REPORT_COUNTS.has(tokens[n].lower) && !isCapitalized(tokens[n])) n++;
  if (!isWord(tokens[n]) || !REPORT_COUNTS.has(tokens[n].lower)) return undefined;
  return { order: 'impersonal', verb: [i, n + 1], context: [], appositiveName: false };
}

/** Nouns for views people hold or voice (not the hedge framings "claims", "allegations", which the
 *  hedge detector reads): "amid fears that", "despite criticism that". */
export const VIEWS_HELD: ReadonlySet<string> = new Set(['concerns', 'fears', 'worries', 'criticism', 'criticisms', 'warnings', 'complaints', 'doubts', 'suspicions', 'speculation', 'predictions', 'expectations', 'hopes', 'objections']);
// Prepositions after which such a view is the circumstance of the clause, held by no one named.
const CIRCUMSTANCE: ReadonlySet<string> = new Set(['amid', 'amidst', 'despite', 'after', 'following', 'over']);

/**
 * "NASA has held firm despite criticism that it ...", "shares fell amid fears that the bank ...":
 * a view with its claim, held by no one the sentence names (not "despite his concerns that", nor
 * "despite warnings from the agency that", whose agent the rules read as a source).
 */
function unownedView(tokens: readonly Token[], i: number): Attribution | undefined {
  const t = tokens[i];
  if (!startsClause(tokens[i + 2])) return undefined;
  let p = i - 1;
  // One adjective may stand between: "amid growing fears that".
  if (isWord(tokens[p]) && !CIRCUMSTANCE.has(tokens[p].lower) && !hasGrammarRole(tokens[p]) && !isCapitalized(tokens[p])) p--;
  if (!isWord(tokens[p])) return undefined;
  if (VIEWS_HELD.has(t.lower) && CIRCUMSTANCE.has(tokens[p].lower)) return { order: 'impersonal', verb: [p, i + 1], context: [], appositiveName: false };
  // "There are fears that ...", "there is widespread concern that ...": a view that exists, held by no one.
  // ("there is no doubt that" denies the view; "there are claims that" is the hedge detector's.)
  const denied = tokens[i - 1]?.lower === 'no' || tokens[i - 1]?.lower === 'little';
  if ((VIEWS_HELD.has(t.lower) || hasVerbRole(t, VERB.attitude)) && !denied && hasRole(tokens[p], ROLE.be) && !hasRole(tokens[p], ROLE.negation) && tokens[p - 1]?.lower === 'there')
    return { order: 'impersonal', verb: [p - 1, i + 1], context: [], appositiveName: false };
  return undefined;
}

// "call" of a judgement: "called the plan a giveaway", "calls it “nonsense”".
export const CALL: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);
const CALL_TAG = tagWords(CALL);
// Objects of "call" that need no determiner.
const CALLED_PRONOUN: ReadonlySet<string> = new Set(['it', 'him', 'her', 'them', 'this', 'that', 'these', 'those', 'us', 'me', 'himself', 'herself', 'itself', 'themselves']);
// What opens a complement noun phrase after the object: "a giveaway", "the worst crisis", "not a crash".
const COMPLEMENT: ReadonlySet<string> = new Set(['a', 'an', 'the', 'not', 'one']);
// "called the police the next day": a time after the object is no complement.
const NOT_COMPLEMENT: ReadonlySet<string> = new Set(['next', 'following', 'same', 'previous', 'day', 'night', 'morning', 'evening', 'week', 'month', 'year']);

/** A relative "what" or "which" a few words before "call", in its clause: its fronted object. */
function frontedObject(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6) && isWord(tokens[k]); k--) if (tokens[k].lower === 'what' || tokens[k].lower === 'which') return true;
  return false;
}

/** Where the complement after "call"'s object starts ("called | the plan | a giveaway"), or -1. */
function calledComplement(tokens: readonly Token[], i: number): number {
  const o = tokens[i + 1];
  // "what critics call “a scheme”", "the deal, which he called a disaster": the object stands
  // before, and the complement follows at once.
  if ((isOpeningMark(o) || (isWord(o) && COMPLEMENT.has(o.lower))) && frontedObject(tokens, i)) return i + 1;
  if (!isWord(o)) return -1;
  let k = i + 2;
  if (CALLED_PRONOUN.has(o.lower)) {
    // (Only the pronoun: "called it off", "called them back" put a particle after it.)
  } else if (isWord(tokens[k]) && (hasRole(o, ROLE.definite) || hasRole(o, ROLE.possessive) || hasRole(o, ROLE.nominal))) {
    // (A noun must follow the determiner: in "called the “Crossroads of America”" the quote is the object.)
    for (; k < i + 8 && isWord(tokens[k]) && !COMPLEMENT.has(tokens[k].lower); k++) {
      // "called the hearing because they ...": a clause after the object, not a complement.
      const w = tokens[k];
      if (hasRole(w, ROLE.boundary) || hasRole(w, ROLE.rel) || hasRole(w, ROLE.verbal) || hasRole(w, ROLE.pronoun) || hasRole(w, ROLE.he) || hasRole(w, ROLE.they)) return -1;
    }
  } else if (isCapitalized(o)) {
    while (k < i + 6 && isWord(tokens[k]) && isCapitalized(tokens[k])) k++;
  } else return -1;
  const c = tokens[k];
  if (isOpeningMark(c)) return k;
  if (!isWord(c) || !COMPLEMENT.has(c.lower) || NOT_COMPLEMENT.has(tokens[k + 1]?.lower ?? '')) return -1;
  // "Everyone called him Mike": a name is what someone is called, no judgement.
  return isWord(tokens[k + 1]) || isOpeningMark(tokens[k + 1]) ? k : -1;
}

/**
 * "Critics called the plan a giveaway", "a senior official called the report “nonsense”", "…,
 * calling it a no-brainer": "call" with an object and a complement (a quote or a noun phrase) voices
 * a judgement of its subject (GUIDELINES.md §2 attributes claims, not acts: "called the police",
 * "called off the search", "was called" are none).
 */
function calledAs(tokens: readonly Token[], i: number): Attribution | undefined {
  const before = tokens[i - 1];
  if (isWord(before) && (before.lower === 'to' || hasRole(before, ROLE.nominal)) || isPassive(tokens, i) || calledComplement(tokens, i) < 0) return undefined;
  const subject = tokens[i].lower === 'calling' ? before?.text === ',' ? mainSubject(tokens, i - 1) : undefined : subjectBefore(tokens, i);
  return subject && { order: tokens[i].lower === 'calling' ? 'participle' : 'subject', verb: [i, i + 1], ...subject, clear: !subject.shared };
}

// Verbs by which a view is voiced; in the passive with no agent nobody in particular voiced it.
const VOICED: ReadonlySet<string> = new Set(['raised', 'voiced', 'expressed', 'aired']);
// Words after "about"/"over" that open a clause: "questions have been raised about whether ...".
const WH: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'why', 'what', 'who']);

/**
 * "Concerns have been raised that the vaccine was rushed", "questions were raised about whether
 * the data were accurate": a view voiced in the agentless passive, with the claim after it, is a
 * crowd's (GUIDELINES.md §2 "it has been reported"). Not "his concerns were raised" (someone's),
 * "concerns were raised by residents" (an agent), nor "concerns were raised about the cost" (no claim).
 */
function raisedView(tokens: readonly Token[], i: number): Attribution | undefined {
  const t = tokens[i];
  if (!(t.lower === 'questions' || (isViewNoun(t) && t.lower.endsWith('s')))) return undefined;
  const det = tokens[i - 1];
  // Someone's concerns, or the ones just mentioned: not nobody's.
  if (isWord(det) && (hasRole(det, ROLE.possessive) || hasRole(det, ROLE.definite) || det.lower.endsWith("'s") || det.lower.endsWith('’s'))) return undefined;
  let v = i + 1;
  let passive = false;
  while (isWord(tokens[v]) && (hasRole(tokens[v], ROLE.aux) || isLyAdverb(tokens[v]))) {
    if (hasRole(tokens[v], ROLE.negation)) return undefined;
    if (hasRole(tokens[v], ROLE.be)) passive = true;
    v++;
  }
  if (!passive || !isWord(tokens[v]) || !VOICED.has(tokens[v].lower)) return undefined;
  const next = tokens[v + 1];
  const claim = next?.lower === 'that' ? startsClause(tokens[v + 2]) : (next?.lower === 'about' || next?.lower === 'over') && WH.has(tokens[v + 2]?.lower ?? '');
  return claim ? { order: 'impersonal', verb: [i, v + 1], context: [], appositiveName: false } : undefined;
}

/**
 * "was accused of assault by a woman", "was leaked to the paper by a person who ...": the agent of
 * a reporting verb's passive, after a short complement; for a verb no lexicon knows, only after
 * "to" whom it was given. The agent must be a person ("was hit by a car" is no attribution).
 */
function passiveAgent(tokens: readonly Token[], i: number, known: boolean): Attribution | undefined {
  const b = prevWord(tokens, i);
  if (b < 0 || !hasRole(tokens[b], ROLE.be)) return undefined;
  const first = tokens[i + 1];
  if (!isWord(first) || !(first.lower === 'to' || (known && hasRole(first, ROLE.postmod)))) return undefined;
  let by = -1;
  for (let k = i + 2; k <= i + 5 && isWord(tokens[k]); k++)
    if (tokens[k].lower === 'by') {
      by = k;
      break;
    }
  if (by < 0) return undefined;
  const agent = phraseAfter(tokens, by + 1);
  if (!agent || agent.head === undefined || !isPersonWord(tokens[agent.head].lower)) return undefined;
  return { order: 'agent', verb: [b, by + 1], ...agent, clear: true };
}

/**
 * "The agency quoted a local official as saying ...", "the paper cited two residents as saying":
 * the object of a verb, before "as" and a speech participle, is the source; in the passive ("an
 * official was quoted as saying") its subject is.
 */
function quotedAs(tokens: readonly Token[], i: number): Attribution | undefined {
  if (tokens[i - 1]?.lower !== 'as' || !isWord(tokens[i - 2])) return undefined;
  // "A ministry spokesman was quoted as saying": the passive's subject is the source.
  if (isPassive(tokens, i - 2) && tokens[i - 2].lower.endsWith('ed')) {
    const subject = subjectBefore(tokens, prevWord(tokens, i - 2));
    return subject && { order: 'quoted-as', verb: [i - 1, i + 1], ...subject, clear: true };
  }
  const start = clauseStart(tokens, i - 2);
  const found = start <= i - 2 ? findHead(tokens, start, i - 1) : undefined;
  if (!found || found.start === 0) return undefined;
  // "Local officials were cited by state media as saying": the one cited, not the agent citing.
  const by = found.start - 1;
  if (tokens[by].lower === 'by' && by > 1 && tokens[by - 1].lower.endsWith('ed') && isPassive(tokens, by - 1)) {
    const subject = subjectBefore(tokens, prevWord(tokens, by - 1));
    return subject && { order: 'quoted-as', verb: [i - 1, i + 1], ...subject, clear: true };
  }
  return { order: 'quoted-as', verb: [i - 1, i + 1], phrase: [found.start, i - 1], head: found.head, context: [[found.end, i - 1]], appositiveName: false, clear: true };
}

/**
 * "Many farmers belong to a minority and politicians are worried that": a subject read back past a
 * conjunction into the clause before it is, when that reading is no source, the phrase after the
 * last conjunction (the verb's own subject). Undefined when there is no conjunction to cut at.
 */
export function afterConjunction(tokens: readonly Token[], a: Attribution): Attribution | undefined {
  if (!a.phrase || a.head === undefined) return undefined;
  const [from, to] = a.phrase;
  let c = to - 1;
  while (c > from && !(isWord(tokens[c]) && hasRole(tokens[c], ROLE.coord))) c--;
  if (c <= from || c + 1 >= to) return undefined;
  const found = findHead(tokens, c + 1, to);
  if (!found || found.head === a.head) return undefined;
  return { ...a, phrase: [found.start, to], head: found.head, appositiveName: false };
}

const SEE: ReadonlySet<string> = new Set(['see', 'sees']);
const CITE: ReadonlySet<string> = new Set(['cite', 'cites', 'cited', 'citing', 'quoting']);
/** The words after which the source is what follows: citing it, or "per" it. */
export const CITING: ReadonlySet<string> = new Set([...CITE, 'per']);
export const POINT: ReadonlySet<string> = new Set(['point', 'points']);
const CITE_TAG = tagWords(CITE);
const AGREE_TAG = tagWords(['agree', 'agrees', 'agreed', 'agreeing']);
/** What "agree" consents to an act by: "agreed to pay", "agreed on a deal". */
const CONSENT_TO: ReadonlySet<string> = new Set(['to', 'on', 'upon']);
const POINT_TAG = tagWords(POINT);

/** Is the verb at `i` negated within its own verb group ("did not say", "hasn't confirmed",
 *  "would never tell")? (Not a negation inside the subject: "officials who did not attend said".) */
function negatedVerb(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && isWord(tokens[k]); k--) {
    if (hasRole(tokens[k], ROLE.negation) || tokens[k].lower.endsWith("n't")) return true;
    if (!isAdverbial(tokens, k)) return false;
  }
  return false;
}

/** Every attribution in one sentence, in order. */
export function findAttributions(tokens: readonly Token[]): Attribution[] {
  const out: Attribution[] = [];
  const { quoted } = sentenceInfo(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // What a quoted speaker says others said is the speaker's claim, not the article's attribution.
    if (!t.word || quoted[i]) continue;
    if (hasRole(t, ROLE.according) && tokens[i + 1]?.lower === 'to') {
      const after = phraseAfter(tokens, i + 2);
      if (after) out.push({ order: 'according', verb: [i, i + 2], ...after, clear: true });
      continue;
    }
    // "..., Bloomberg reported, citing people familiar with the matter", "Reuters, citing a source
    // at the ministry, reported", "quoting two officials": what is cited is what the claim rests
    // on, as after "according to" ("cited officials as saying" is read at "saying"). So is what
    // follows "per" opening a clause ("…, per sources"; "$5 per share", "per person" count).
    const per = t.lower === 'per' && (i === 0 || tokens[i - 1].text === ',');
    if ((hasTag(t, CITE_TAG) || per) && isWord(tokens[i + 1])) {
      const cited = phraseAfter(tokens, i + 1);
      const head = cited?.head === undefined ? undefined : tokens[cited.head];
      // Only a source: a person, a body, a document or a name ("citing a lack of evidence",
      // "cited an example" cite reasons).
      const source = head !== undefined && (isCapitalized(head) || headClass(head) !== undefined || isPersonWord(head.lower));
      if (source && cited?.phrase && tokens[cited.phrase[1]]?.lower !== 'as') {
        out.push({ order: per ? 'according' : 'cited', verb: [i, i + 1], ...cited, clear: true });
        // The participle's subject is the one who reported, already read at its own verb.
        if (per || t.lower === 'citing' || t.lower === 'quoting') continue;
      }
    }
    if (t.lower === 'by') {
      const accounts = byAccounts(tokens, i);
      if (accounts) {
        out.push(accounts);
        i = accounts.verb[1] - 1;
        continue;
      }
    }
    if (t.lower.endsWith('s') && isWord(tokens[i + 1]) && hasRole(tokens[i + 1], ROLE.aux)) {
      const raised = raisedView(tokens, i);
      if (raised) {
        out.push(raised);
        i = raised.verb[1] - 1;
        continue;
      }
    }
    if (tokens[i + 1]?.lower === 'that') {
      const view = voicedView(tokens, i) ?? unownedView(tokens, i);
      if (view) {
        out.push(view);
        continue;
      }
    }
    if (hasTag(t, CALL_TAG)) {
      const called = calledAs(tokens, i);
      if (called) out.push(called);
      continue;
    }
    if (unknownPast(t)) {
      const found = clauseReport(tokens, i) ?? passiveAgent(tokens, i, false);
      if (found) out.push(found);
      continue;
    }
    // "critics point out that", "supporters point to": a verb only with its particle ("at some
    // point", "talking points" are nouns).
    if (hasTag(t, POINT_TAG) && (tokens[i + 1]?.lower === 'out' || tokens[i + 1]?.lower === 'to') && isWord(tokens[i - 1]) && !hasRole(tokens[i - 1], ROLE.nominal) && !isCount(tokens[i - 1])) {
      const subject = subjectBefore(tokens, i);
      if (subject) out.push({ order: 'subject', verb: [i, i + 2], ...subject, clear: tokens[i + 1].lower === 'out' && !subject.shared });
      continue;
    }
    if (!isVerbForm(t)) continue;
    // "the market's views are mixed", "their fears were": a form in -s followed by a finite
    // auxiliary is a plural noun (not "that officials say is designed to").
    if (t.lower.endsWith('s') && !hasVerbRole(t, VERB.clear) && isWord(tokens[i + 1]) && hasRole(tokens[i + 1], ROLE.verbal)) continue;
    if (hasVerbRole(t, VERB.stance)) {
      const stance = stanceAt(tokens, i);
      if (stance) {
        out.push(stance);
        continue;
      }
    }
    if (hasVerbRole(t, VERB.attitude)) {
      const attitude = attitudeAt(tokens, i);
      if (attitude) {
        out.push(attitude);
        continue;
      }
    }
    // "claims by intelligence agencies", "warnings from economists": the source follows the noun.
    if (hasVerbRole(t, VERB.claim) && (tokens[i + 1]?.lower === 'by' || tokens[i + 1]?.lower === 'from')) {
      const agent = phraseAfter(tokens, i + 2);
      if (agent) out.push({ order: 'agent', verb: [i, i + 2], ...agent, clear: true });
      continue;
    }
    const before = tokens[i - 1];
    // "declined to say", "the said agreement": not an attribution.
    if (before && (before.lower === 'to' || hasRole(before, ROLE.nominal))) continue;
    // "Video said to show the leader weeping" (a headline's "is said to"): hearsay about the
    // subject, which says nothing itself; "said to reporters" still reports.
    if (isSaidToInfinitive(tokens, i)) continue;
    // "many reports suggest": a form that is also a source noun is the noun after a quantity.
    if (before && headClass(t) !== undefined && (hasRole(before, ROLE.quant) || hasRole(before, ROLE.counted))) continue;

    if (hasVerbRole(t, VERB.passive)) {
      const b = prevWord(tokens, i);
      if (b >= 0 && hasRole(tokens[b], ROLE.be)) {
        const by = agentBy(tokens, i + 1);
        if (by >= 0) {
          const agent = phraseAfter(tokens, by + 1);
          if (agent) out.push({ order: 'agent', verb: [b, by + 1], ...agent, clear: true });
          continue;
        }
        // "it is widely believed", "had been previously reported": nobody behind the claim.
        let s = b;
        let negated = false;
        while (s > 0 && isWord(tokens[s - 1]) && hasRole(tokens[s - 1], ROLE.aux)) if (hasRole(tokens[--s], ROLE.negation)) negated = true;
        // "it has never been argued", "it wasn't reported": nobody, not a crowd, said it.
        if (negated || tokens[b].lower.endsWith("n't")) continue;
        const itSubject = tokens[s - 1]?.lower === 'it';
        let impersonalAdverb = false;
        for (let k = b + 1; k < i; k++) if (hasRole(tokens[k], ROLE.impersonal)) impersonalAdverb = true;
        // "has been criticized as aloof": a judgement with no judge named is a crowd's.
        const unjudged = hasVerbRole(t, VERB.judged) && !agentFollows(tokens, i + 1);
        if (itSubject || impersonalAdverb || unjudged) out.push({ order: 'impersonal', verb: [itSubject ? s - 1 : unjudged ? s : b, i + 1], context: [], appositiveName: false });
        continue;
      }
    }
    if (hasVerbRole(t, VERB.participle)) {
      const object = quotedAs(tokens, i);
      if (object) out.push(object);
      else if (before?.text === ',') {
        const subject = mainSubject(tokens, i - 1);
        if (subject) out.push({ order: 'participle', verb: [i, i + 1], ...subject, clear: true });
      } else if (isWord(before)) {
        // "analysts saying", "critics were already saying": the subject stands before it.
        const subject = subjectBefore(tokens, i);
        if (subject) out.push({ order: 'subject', verb: [i, i + 1], ...subject, clear: false });
      }
      continue;
    }
    if (!hasVerbRole(t, VERB.finite) && !hasVerbRole(t, VERB.thing)) continue;
    // "“…,” the official continued.", "“…,” continued one official": "continued" reports only
    // after a quote or with nothing after it ("officials continued the search" does not).
    if (t.lower === 'continued' && isWord(tokens[i + 1]) && isWord(tokens[i - 1])) continue;
    // "workers would see their pay rise", "voters could see him winning": after a modal, "see" is
    // what they will meet, not a view they hold.
    if (SEE.has(t.lower) && isWord(before) && hasRole(before, ROLE.aux) && hasRole(before, ROLE.verbal)) continue;
    if (t.lower.endsWith('ed')) {
      const agent = passiveAgent(tokens, i, true);
      if (agent) {
        out.push(agent);
        continue;
      }
    }
    // "agents charged in the bombing", "a man accused of fraud": a participle after its noun.
    const next = tokens[i + 1];
    if (!hasVerbRole(t, VERB.clear) && t.lower.endsWith('ed') && next && hasRole(next, ROLE.postmod) && next.lower !== 'that') continue;
    if (isPassive(tokens, i)) continue;
    // "officials have not said what prompted the raid", "the campaign would not say if": a report
    // denied attributes no claim to its subject (the caveat detector reads what was withheld).
    if (negatedVerb(tokens, i)) continue;
    // "agreed to an interview", "agreed to pay", "agreed on a deal": consent to an act, no claim
    // ("agreed that ...", "agreed with the report" still hold a view).
    if (hasTag(t, AGREE_TAG) && CONSENT_TO.has(tokens[i + 1]?.lower ?? '')) continue;
    const subject = subjectBefore(tokens, i);
    if (subject) {
      out.push({ order: 'subject', verb: [i, i + 1], ...subject, thingOnly: !hasVerbRole(t, VERB.finite), clear: (hasVerbRole(t, VERB.clear) || takesComplement(tokens, i)) && !subject.shared });
      continue;
    }
    // "“...,” said a senior official": the verb follows punctuation and the source follows the verb.
    if (hasVerbRole(t, VERB.invert) && (!before || !before.word)) {
      const after = phraseAfter(tokens, i + 1);
      if (after) out.push({ order: 'inverted', verb: [i, i + 1], ...after, clear: true });
    }
  }
  // After the attributions proper, so that a source with both a verb and a cue is read with its verb.
  cueMentions(tokens, quoted, out);
  // In text order, so that coreference meets "a source familiar with X" before "the source said".
  return out.sort(byStart);
}
