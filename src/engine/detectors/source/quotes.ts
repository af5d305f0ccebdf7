// Which tokens of a sentence stand inside a quotation: what a quoted speaker says others said is
// the speaker's claim, not an attribution the article makes.
import type { Token } from '../../document';

const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);

/** The answer for a sentence without quotation marks (most of them): nothing is quoted. An index
 *  past its end reads as undefined, which is false. */
const NONE_QUOTED: readonly boolean[] = [];

const isMark = (t: Token) => !t.word && (t.text === '"' || OPENING.has(t.text) || CLOSING.has(t.text));

/** A mark that may open a quotation: straight, curly (double or single) or a guillemet. */
export const isOpeningMark = (t: Token | undefined): boolean => !!t && !t.word && (t.text === '"' || t.text === '‘' || OPENING.has(t.text));

/**
 * Which tokens stand inside a quotation. A straight quote mark opens when a space precedes it and
 * closes when it is attached to the word before; a sentence that starts inside a quotation (its
 * first mark closes) is quoted up to that mark.
 */
export function quotedTokens(tokens: readonly Token[]): readonly boolean[] {
  if (!tokens.some(isMark)) return NONE_QUOTED;
  const quoted = new Array<boolean>(tokens.length).fill(false);
  let inside = false;
  let seenMark = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    let opens: boolean | undefined;
    if (t.word) opens = undefined;
    else if (OPENING.has(t.text)) opens = true;
    else if (CLOSING.has(t.text)) opens = false;
    else if (t.text === '"') opens = !(k > 0 && tokens[k - 1].end === t.start);
    if (opens === undefined) {
      quoted[k] = inside;
      continue;
    }
    if (!opens && !inside && !seenMark) quoted.fill(true, 0, k);
    inside = opens;
    seenMark = true;
  }
  return quoted;
}
