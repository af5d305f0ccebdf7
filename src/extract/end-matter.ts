// What news pages print inside the article's own container but is not the story: credits and
// contact lines at its end ("Reporting by …; Editing by …", "X contributed to this report",
// "Follow her on Twitter @…"), newsletter and forum plugs, a press release's "about the company"
// paragraphs, the "Comments" or
// "You may also like" heading of what comes next, and datelines or bare bylines just under the
// headline. They are recognised by shape (a short block with one of these markers) and only at the
// ends of the text: a story that quotes a tweet or mentions a newsletter in its middle keeps it.
import type { TextSegment } from './types';

/** A block this long or longer is prose, whatever words it contains. */
const MAX_MATTER = 320;

const END_MATTER: readonly RegExp[] = [
  // Credits.
  /\b(?:contributed|contributing) (?:reporting )?to (?:this|the) (?:report|story|article)\b/i,
  /^\(?\s*(?:additional |with )?(?:reporting|writing|editing) by\b/i,
  /\breporting by\b.*\bediting by\b/i,
  // Contact and social.
  /\bfollow (?:him|her|them|us|me)\b.{0,80}(?:twitter|facebook|instagram|@\w)/i,
  /\b(?:may|can) be reached at\b/i,
  /^(?:have a (?:news )?tip\b|email \S.{0,60}\bat \S+@)/i,
  /^follow\b.{0,80}\b(?:coverage|updates)\b/i,
  // Plugs.
  /\b(?:sign up|subscribe)\b.{0,120}\b(?:newsletters?|inbox)\b/i,
  /\bnewsletters?\b.{0,120}\b(?:delivered|inbox|sign up|subscribe)\b/i,
  /^join (?:our|the)\b.{0,60}\b(?:forums?|community|discussion)\b/i,
  /\bdelivered (?:through your letterbox|to your (?:door|inbox))\b/i,
  // A time stamp after the story ("Updated at 1:23 p.m.").
  /^(?:updated|published|posted)\b.{0,60}$/i,
  // Headings of what follows the story, and comment-section notices.
  /^(?:comments?|\d+ comments?|you may also like|related(?: stories| articles| posts)?|read more|more from\b.*|don'?t miss|recommended(?: for you)?|tell us what you think|leave a (?:comment|reply)|tags?\b.*)\W*$/i,
  /^tags?\b/i,
  /\b(?:comment|comentário|commentaire|kommentar)\w*\b.{0,120}\bmoderat/i,
];

// A dateline ("Nov. 20, 2019, 9:28 AM UTC", "05/10/2018 - Published by …", "22 de janeiro de 2018
// às 0:13") or a bare byline ("By Justine Coleman -") under the headline: the story has not started.
// A date needs a time or a day and month, not only a year: "Calendar 2018" is a heading.
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
const DATE = /\b\d{1,2}:\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-](?:\d\d){1,2}\b/;
const isDateline = (block: string) => /^(?:updated|published|posted)\b/i.test(block) || DATE.test(block) || (MONTH.test(block) && /\b(?:1[89]|20)\d\d\b/.test(block));
const BYLINE = /^[Bb]y\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}[-–—|,·]?\s*$/u;
const HAS_WORDS = /\p{L}{2,}/u;

// A press release's closing "about us" paragraphs: the issuer introduced by name, as a company.
const ABOUT_ISSUER = [
  /^\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} (?:is|are) (?:headquartered|based) in\b/u,
  /^\p{Lu}[\p{L}\p{N}&.'’ -]{1,40} is (?:a|an|the) (?:[\p{L}-]+ ){0,6}(?:company|provider|group|firm|manufacturer|supplier|organi[sz]ation|developer|leader)\b/u,
];
/** "About us" paragraphs run longer than credit lines. */
const MAX_ABOUT = 800;

const isEndMatter = (block: string) =>
  block === '' ||
  (block.length < MAX_MATTER && END_MATTER.some((re) => re.test(block))) ||
  (block.length < MAX_ABOUT && ABOUT_ISSUER.some((re) => re.test(block)));
const isLeadMatter = (block: string) => block.length < 100 && HAS_WORDS.test(block) && !/[.!?]["”’]?$/.test(block) && (isDateline(block) || BYLINE.test(block));

interface Block {
  start: number;
  end: number;
}

/** Blocks of the text: what lies between blank-line separators that belong to no text node. */
function blocksOf(text: string, segments: readonly TextSegment[]): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let k = 0;
  for (let p = text.indexOf('\n\n'); p >= 0; p = text.indexOf('\n\n', p + 2)) {
    while (k < segments.length && segments[k].start + segments[k].length <= p) k++;
    // A blank line inside a node's own text (<pre>) is not a separator.
    if (k < segments.length && segments[k].start <= p) continue;
    blocks.push({ start, end: p });
    start = p + 2;
  }
  blocks.push({ start, end: text.length });
  return blocks;
}

/**
 * Drops end matter from the end of the text and lead matter from its start (after the first
 * `skipFirst` blocks: the headline). Returns the text and segments unchanged when there is none.
 */
export function trimMatter(text: string, segments: TextSegment[], skipFirst: number): { text: string; segments: TextSegment[] } {
  const blocks = blocksOf(text, segments);
  const body = (b: Block) => text.slice(b.start, b.end).trim();
  let first = skipFirst;
  let last = blocks.length - 1;
  // Never trim a text down to nothing: what is left must still hold a block of prose.
  while (last > first + 1 && isEndMatter(body(blocks[last]))) last--;
  while (first < last - 1 && isLeadMatter(body(blocks[first]))) first++;
  if (first === skipFirst && last === blocks.length - 1) return { text, segments };
  const kept = [...blocks.slice(0, skipFirst), ...blocks.slice(first, last + 1)];
  const parts: string[] = [];
  const moved: TextSegment[] = [];
  let pos = 0;
  let k = 0;
  for (const b of kept) {
    if (parts.length) {
      parts.push('\n\n');
      pos += 2;
    }
    parts.push(text.slice(b.start, b.end));
    while (k < segments.length && segments[k].start < b.start) k++;
    for (; k < segments.length && segments[k].start < b.end; k++) moved.push({ ...segments[k], start: segments[k].start - b.start + pos });
    pos += b.end - b.start;
  }
  return { text: parts.join(''), segments: moved };
}
