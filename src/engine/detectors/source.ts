// Sources: claims attributed to an unnamed person or group (anonymous: "a senior official said")
// or to a loose crowd (vague: "experts say"). Named sources are read too, so that a pronoun after
// them is not taken for an unnamed source, but they are not flagged. The pieces are in ./source/:
// attribution.ts finds the verb and the source phrase, classify.ts decides its kind,
// coreference.ts gives mentions of the same unnamed source the same `sourceRef`.
import type { Detector } from '../detector';
import type { Doc, Sentence, Token } from '../document';
import { makeFinding } from '../finding';
import type { Finding, Span } from '../types';
import { afterConjunction, type Attribution, CITING, findAttributions, PERCEPTION, POINT, type Range, REPORT_COUNTS, sentenceSubject, VIEWS_HELD, CALL } from './source/attribution';
import { classify, LazyNamedHeads, type NamedHeads, PERSON_HEADS } from './source/classify';
import { Coreference, PRONOUN_REACH } from './source/coreference';
import { cueKeyWords, hasRole, lexiconWords, ROLE } from './source/lexicon';

const RULES: Record<Attribution['order'], string> = {
  subject: 'source/subject',
  inverted: 'source/inverted',
  according: 'source/according-to',
  cited: 'source/cited',
  agent: 'source/passive-agent',
  impersonal: 'source/impersonal',
  participle: 'source/participle',
  'anonymity-cue': 'source/anonymity-cue',
  'quoted-as': 'source/quoted-as',
  learned: 'source/learned',
};

// A vague finding's explanation quotes the finding when it is this short, else the source phrase.
const QUOTE_MAX = 60;

const isWordToken = (t: Token) => t.word;

const span = (tokens: readonly Token[], [from, to]: Range): Span => ({ start: tokens[from].start, end: tokens[to - 1].end });

interface Context {
  doc: Doc;
  /** Adds what the rules leave open (the PolNeAR-trained tagger, ./with-tagger.ts), if given. */
  extra: AttributionFinder | undefined;
  coref: Coreference;
  namedHeads: NamedHeads;
  out: Finding[];
  /** Sentences without an attribution read since the last one with any, newest last: their
   *  subjects are classified only when a later source is resolved (`noteSubjects`). */
  pending: Sentence[];
}

/** "it is widely believed": a crowd's view with no phrase of its own. */
function impersonal({ doc, out }: Context, s: Sentence, verb: Span): void {
  const label = doc.text.slice(verb.start, verb.end);
  out.push(
    makeFinding(doc.text, {
      kind: 'vague-source',
      rule: RULES.impersonal,
      sentence: s,
      cues: [verb],
      explanation: `'${label}': no one in particular is cited`,
      sourceLabel: label,
    }),
  );
}

/**
 * "Governor Ortiz disagreed. “No,” she said.": she is Ortiz, not an unnamed source before. Before
 * sources in sentence `at` are resolved, the newest sentence without an attribution whose subject
 * is named (within a pronoun's reach of `at`) becomes the one a pronoun refers to, as if it had
 * been noted when it was read: nothing in between asked.
 */
function noteSubjects(ctx: Context, at: number): void {
  const { doc, coref, namedHeads, pending } = ctx;
  for (let k = pending.length - 1; k >= 0; k--) {
    const s = pending[k];
    if (at - s.index > PRONOUN_REACH) break;
    const { tokens } = s;
    const subject = sentenceSubject(tokens);
    if (subject?.phrase && classify(tokens, subject, tokens.findIndex(isWordToken), namedHeads).kind === 'named') {
      const { start, end } = span(tokens, subject.phrase);
      coref.noteNamed(doc.text.slice(start, end), s.index);
      break;
    }
  }
  pending.length = 0;
}

function detectSentence(ctx: Context, s: Sentence): void {
  const { doc, coref, namedHeads, out } = ctx;
  const { tokens } = s;
  const sentenceStart = tokens.findIndex(isWordToken);
  const rules = findAttributions(tokens);
  const attributions = ctx.extra ? ctx.extra(tokens, rules) : rules;
  if (!attributions.length) {
    // Its subject matters only to a source resolved within a pronoun's reach after it.
    const { pending } = ctx;
    while (pending.length && s.index - pending[0].index >= PRONOUN_REACH) pending.shift();
    pending.push(s);
    return;
  }
  noteSubjects(ctx, s.index);
  const seen = new Set<number>();
  // One finding per source per sentence: "Analysts said they expect ..." cites analysts once.
  const cited = new Set<string>();
  for (let a of attributions) {
    const verb = span(tokens, a.verb);
    if (a.order === 'impersonal') {
      impersonal(ctx, s, verb);
      continue;
    }
    if (!a.phrase || a.head === undefined || seen.has(a.head)) continue;
    let phrase = classify(tokens, a, sentenceStart, namedHeads);
    if (phrase.kind === 'none') {
      // Only an unnamed source or a crowd is read this way: the cut is a guess at the clause.
      const cut = afterConjunction(tokens, a);
      const cutPhrase = cut?.head !== undefined && !seen.has(cut.head) ? classify(tokens, cut, sentenceStart, namedHeads) : undefined;
      if (cut && cutPhrase && (cutPhrase.kind === 'anonymous' || cutPhrase.kind === 'vague')) {
        a = cut;
        phrase = cutPhrase;
      }
    }
    if (!a.phrase || a.head === undefined) continue;
    // A head read as no source for one verb may be one for the next: "a woman who accused the
    // governor said" ("accused" is the relative clause's verb, "said" the woman's).
    if (phrase.kind === 'none') continue;
    seen.add(a.head);
    const cue = span(tokens, a.phrase);
    const written = doc.text.slice(cue.start, cue.end);
    const mention = coref.resolve(phrase, written, s.index);
    if (!mention) continue;
    const id = mention.ref ?? mention.label;
    if (cited.has(id)) continue;
    cited.add(id);
    const rule = phrase.kind === 'pronoun' ? 'source/pronoun' : RULES[a.order];
    if (mention.kind === 'named') {
      // Reported, not flagged: the reader can check a named source; the popup and badge ignore these.
      const label = mention.label || written;
      const who = phrase.kind === 'pronoun' && mention.label ? `'${written}' (${mention.label})` : `'${written}'`;
      out.push(makeFinding(doc.text, { kind: 'named-source', rule, sentence: s, cues: [cue, verb], explanation: `${who}: a named source`, sourceLabel: label }));
    } else if (mention.kind === 'anonymous') {
      const who = phrase.kind === 'pronoun' ? `'${written}' (${mention.label})` : `'${mention.label}'`;
      out.push(
        makeFinding(doc.text, {
          kind: 'anonymous-source',
          rule,
          sentence: s,
          cues: [cue, verb],
          explanation: `${who}: the source is not named`,
          sourceRef: mention.ref,
          sourceLabel: mention.label,
        }),
      );
    } else {
      const f = makeFinding(doc.text, { kind: 'vague-source', rule, sentence: s, cues: [cue, verb], explanation: '', sourceLabel: mention.label });
      f.explanation = `'${f.text.length <= QUOTE_MAX ? f.text : written}': no one in particular is cited`;
      out.push(f);
    }
  }
}

/**
 * The words a sentence needs for this detector to read anything in it: an attribution needs a
 * reporting verb, "according (to)", an anonymity cue, or a gerund of perception; a noun tied to a name ("spokeswoman Jane
 * Roe") needs a singular person noun.
 */
const TRIGGERS: ReadonlySet<string> = new Set([
  // A verb no lexicon knows reports with a gerund of perception after it ("recounted seeing").
  // ("that" and "by" would open nearly every sentence to the detector, past the speed contract: an
  // unknown verb's clause or agent is read only in a sentence another trigger opens.)
  ...PERCEPTION,
  // "point out", "point to": a verb with its particle (attribution.ts).
  ...POINT,
  // "citing people familiar with the matter", "per sources": the source follows.
  ...CITING,
  // "by most accounts", "questions have been raised that": a report count, a view voiced (attribution.ts).
  ...REPORT_COUNTS,
  'questions',
  // "amid fears that", "despite criticism that": a view held by no one named (attribution.ts).
  ...VIEWS_HELD,
  // "called the plan a giveaway": a judgement voiced (attribution.ts).
  ...CALL,
  ...[...lexiconWords()].filter(({ verb, according }) => verb || according).map(({ word }) => word),
  ...PERSON_HEADS,
  ...cueKeyWords(),
]);

/** "he", "she", "they": a sentence can only refer back to an earlier one's subject with one. */
const isPronoun = (t: Token) => t.word && (hasRole(t, ROLE.he) || hasRole(t, ROLE.they));

/** A finder run after the rules on each sentence: the rules' attributions in, all of them out. */
export type AttributionFinder = (tokens: readonly Token[], rules: Attribution[]) => Attribution[];

/** The source detector; `extra` may add attributions the rules leave open. */
export function sourceDetector(extra?: AttributionFinder): Detector {
  return {
    id: 'source',
    triggers: TRIGGERS,
    detect(doc, focus) {
      const ctx: Context = { doc, extra, coref: new Coreference(), namedHeads: new LazyNamedHeads(focus ?? doc.sentences), out: [], pending: [] };
      if (!focus) {
        for (const s of doc.sentences) detectSentence(ctx, s);
        return ctx.out;
      }
      // A sentence without a trigger holds no attribution. All it can do is name its subject, which
      // a pronoun in the next sentences may refer to: before a sentence in focus that has a pronoun,
      // read those within the pronoun's reach, in text order, exactly as a full pass would.
      let next = 0;
      for (const s of focus) {
        if (s.tokens.some(isPronoun))
          for (let j = Math.max(next, s.index - PRONOUN_REACH); j < s.index; j++) detectSentence(ctx, doc.sentences[j]);
        detectSentence(ctx, s);
        next = s.index + 1;
      }
      return ctx.out;
    },
  };
}

/** The source detector as the extension and the scorer run it: the rules alone. */
export const source: Detector = sourceDetector();
