// A finding's sentence cut into plain and cue parts, so the cue words can be emphasised while every
// part is still rendered as text. Long sentences are shortened around their cues.

export interface Part {
  text: string;
  cue: boolean;
}

export const MAX_EXCERPT = 260;

/** Split `sentence` at its cues; keep at most about `max` characters, centred on the cues. */
export function emphasise(sentence: string, cues: readonly { start: number; end: number }[], max = MAX_EXCERPT): Part[] {
  const valid = cues
    .filter((c) => c.start >= 0 && c.end <= sentence.length && c.start < c.end)
    .sort((a, b) => a.start - b.start)
    .filter((c, i, all) => i === 0 || c.start >= all[i - 1].end);
  let from = 0;
  let to = sentence.length;
  if (to > max) {
    const first = valid.length ? valid[0].start : 0;
    const last = valid.length ? valid[valid.length - 1].end : 0;
    const spare = Math.max(0, max - (last - first));
    from = Math.max(0, first - Math.floor(spare / 2));
    to = Math.min(sentence.length, Math.max(last, from + max));
    from = atWordStart(sentence, from, first);
    to = atWordEnd(sentence, to, last);
  }
  const parts: Part[] = [];
  const add = (text: string, cue: boolean) => text && parts.push({ text, cue });
  let at = from;
  for (const c of valid) {
    if (c.end <= from || c.start >= to) continue;
    add(sentence.slice(at, Math.max(at, c.start)), false);
    add(sentence.slice(Math.max(at, c.start), Math.min(c.end, to)), true);
    at = Math.min(c.end, to);
  }
  add(sentence.slice(at, to), false);
  if (from > 0) parts.unshift({ text: '… ', cue: false });
  if (to < sentence.length) parts.push({ text: ' …', cue: false });
  return mergePlain(parts.map((p) => (p.cue ? p : { ...p, text: p.text.replace(/\s+/g, ' ') })));
}

/** Move a cut forward to the next word start, but never past `limit` (a cue's start). */
function atWordStart(s: string, i: number, limit: number): number {
  if (i === 0) return 0;
  const space = s.indexOf(' ', i);
  return space >= 0 && space < limit ? space + 1 : i;
}

/** Move a cut back to the previous word end, but never before `limit` (a cue's end). */
function atWordEnd(s: string, i: number, limit: number): number {
  if (i >= s.length) return s.length;
  const space = s.lastIndexOf(' ', i);
  return space > limit ? space : i;
}

function mergePlain(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev && !prev.cue && !p.cue) prev.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
