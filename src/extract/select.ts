// Chooses the element(s) holding the article body: paragraphs vote for their ancestors
// (readability-style content scores), link-heavy boxes are discounted, then the winner may be
// widened to its parent or joined by siblings that carry more of the body.
import { weightOf } from './classify';
import { HEADING_TAGS } from './hints';
import { type Info, type Model, MIN_PARA, isParaLeaf } from './model';

const TAG_SCORE: Record<string, number> = {
  div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, th: -5,
};

function initialScore(f: Info): number {
  return (TAG_SCORE[f.tag] ?? (HEADING_TAGS.has(f.tag) ? -5 : 0)) + weightOf(f.hint);
}

export function linkDensity(f: Info): number {
  return f.text > 0 ? Math.min(1, f.link / f.text) : 0;
}

function scoreParagraphs(infos: Info[]): void {
  for (let i = 0; i < infos.length; i++) {
    const f = infos[i];
    if (f.chrome) continue;
    let len: number;
    let commas: number;
    let start: number;
    if (isParaLeaf(f)) {
      if (f.text < MIN_PARA) continue;
      len = f.text;
      commas = f.commas;
      start = f.parent;
    } else if (f.isBlock && f.ownText >= MIN_PARA) {
      // Loose text beside child blocks reads as a paragraph of this element.
      len = f.ownText;
      commas = f.ownCommas;
      start = i;
    } else continue;
    const vote = 1 + commas + Math.min(Math.floor(len / 100), 3);
    for (let a = start, level = 0; a >= 0 && level < 5; a = infos[a].parent, level++) {
      const anc = infos[a];
      if (!anc.scored) {
        anc.scored = true;
        anc.score = initialScore(anc);
      }
      anc.score += vote / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  for (const f of infos) if (f.scored) f.score *= 1 - linkDensity(f);
}

const contains = (infos: Info[], a: number, b: number) => a < b && b <= infos[a].end;

/** Holds three or more <article> elements with paragraphs of their own (not nested in each other). */
function isPostList(infos: Info[], i: number): boolean {
  let posts = 0;
  for (let j = i + 1; j <= infos[i].end; j++) {
    if (infos[j].tag !== 'article' || infos[j].paras === 0) continue;
    if (++posts >= 3) return true;
    j = infos[j].end;
  }
  return false;
}

function childrenOf(infos: Info[], p: number): number[] {
  const kids: number[] = [];
  for (let j = p + 1; j <= infos[p].end; j = infos[j].end + 1) kids.push(j);
  return kids;
}

export interface Selection {
  /** Elements (table indices, document order) whose text makes the article. */
  parts: number[];
  /** The element standing for the article body. */
  root: number;
  /** The best paragraph-vote score (0 when nothing qualified). */
  score: number;
}

export function selectBody(model: Model): Selection {
  const { infos } = model;
  scoreParagraphs(infos);
  const ranked: number[] = [];
  for (let i = 1; i < infos.length; i++) {
    const f = infos[i];
    // A box without a paragraph of its own (a headline block) cannot be the body.
    if (!f.scored || f.chrome || f.paras === 0) continue;
    ranked.push(i);
  }
  ranked.sort((a, b) => infos[b].score - infos[a].score);
  if (!ranked.length) return { parts: [0], root: 0, score: 0 };
  let top = ranked[0];
  let others = ranked.slice(1);
  // A list of posts (three or more <article>s, each a teaser with its paragraph) can outscore the
  // short article beside it: the article wins when it scores at least half as much, and the
  // teasers are no longer candidates.
  if (isPostList(infos, top)) {
    const list = top;
    const alt = ranked.find((r) => !isPostList(infos, r) && !contains(infos, list, r) && !contains(infos, r, list) && infos[r].paras >= 2);
    if (alt !== undefined && infos[alt].score >= 0.5 * infos[list].score) {
      top = alt;
      others = ranked.filter((r) => r !== alt && r !== list && !contains(infos, list, r));
    }
  }
  const topScore = infos[top].score;

  // Several near-equal candidates under one ancestor: the body was split into boxes.
  const rivals = others.slice(0, 4).filter((r) => infos[r].score >= 0.75 * topScore);
  if (rivals.length >= 3) {
    for (let a = infos[top].parent; a > 0; a = infos[a].parent) {
      if (rivals.filter((r) => contains(infos, a, r)).length >= 3) {
        top = a;
        break;
      }
    }
  }
  // A parent that scores higher than the winner holds more of the body.
  let last = infos[top].score;
  const threshold = last / 3;
  for (let a = infos[top].parent; a > 0; a = infos[a].parent) {
    const p = infos[a];
    if (!p.scored) continue;
    if (p.score < threshold) break;
    if (p.score > last) {
      top = a;
      break;
    }
    last = p.score;
  }
  // An only child stands for its parent.
  for (let a = infos[top].parent; a > 0 && childrenOf(infos, a).length === 1; a = infos[a].parent) top = a;

  const parent = infos[top].parent;
  if (parent < 0) return { parts: [top], root: top, score: topScore };
  const best = infos[top];
  const siblingThreshold = Math.max(10, best.score * 0.2);
  const cls = best.el.getAttribute('class') ?? '';
  const parts: number[] = [];
  for (const s of childrenOf(infos, parent)) {
    if (s === top) {
      parts.push(s);
      continue;
    }
    const f = infos[s];
    if (f.chrome || isPostList(infos, s)) continue;
    const bonus = cls && f.el.getAttribute('class') === cls ? best.score * 0.2 : 0;
    if (f.scored && f.score + bonus >= siblingThreshold) parts.push(s);
    else if (f.tag === 'p' || (isParaLeaf(f) && !HEADING_TAGS.has(f.tag))) {
      const ld = linkDensity(f);
      if (f.text > 80 && ld < 0.25) parts.push(s);
      else if (f.text > 0 && f.text <= 80 && ld === 0 && /\.( |$)/.test(f.el.textContent ?? '')) parts.push(s);
    }
  }
  return { parts, root: parts.length === 1 ? top : parent, score: topScore };
}
