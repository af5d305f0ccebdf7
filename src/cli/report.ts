// The CLI's readable report: what the popup shows, in the terminal.
import { summarizeSourcing } from '../engine';
import type { Analysis, Finding } from '../engine';

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (s: string) => (useColor ? `\x1b[1m${s}\x1b[22m` : s);
const dim = (s: string) => (useColor ? `\x1b[2m${s}\x1b[22m` : s);
const mark = (s: string) => (useColor ? `\x1b[4m${s}\x1b[24m` : `[${s}]`);

/** The finding's sentence with its cues marked, on one line. */
function sentenceWithCues(text: string, f: Finding): string {
  let out = '';
  let at = f.sentence.start;
  for (const c of f.cues) {
    out += text.slice(at, c.start) + mark(text.slice(c.start, c.end));
    at = c.end;
  }
  out += text.slice(at, f.sentence.end);
  return out.replace(/\s+/g, ' ').trim();
}

function section(title: string, items: string[]): string[] {
  return items.length ? ['', bold(title), ...items] : [];
}

export function formatReport(name: string, text: string, analysis: Analysis, summary: string): string {
  const { findings, sources } = analysis;
  const item = (f: Finding) => `  • ${sentenceWithCues(text, f)}\n    ${dim(f.explanation)}`;
  const lines = [bold(name), summary];
  const sourcing = summarizeSourcing(analysis);
  const claims = (n: number) => `${n} ${n === 1 ? 'claim' : 'claims'}`;
  if (sourcing.named + sourcing.unnamed + sourcing.vague) {
    // The popup's sourcing at a glance: each claim once, under the firmest source it cites.
    lines.push(`What the claims rest on: ${claims(sourcing.named)} on named sources, ${claims(sourcing.unnamed)} on unnamed ones, ${claims(sourcing.vague)} on vague attributions`);
    if (sourcing.top) lines.push(`${claims(sourcing.top.claims)} rest on one unnamed source: ${sourcing.top.label}`);
  }
  lines.push(...section('Hedges', findings.filter((f) => f.kind === 'hedge').map(item)));
  const anonymous = findings.filter((f) => f.kind === 'anonymous-source');
  for (const group of sources) {
    const claims = anonymous.filter((f) => f.sourceRef === group.ref);
    const title = `Unnamed source: ${group.label} — ${group.claims} ${group.claims === 1 ? 'claim' : 'claims'}`;
    lines.push(...section(title, claims.map(item)));
  }
  lines.push(...section('Unnamed sources', anonymous.filter((f) => f.sourceRef === undefined).map(item)));
  lines.push(...section('Vague attributions', findings.filter((f) => f.kind === 'vague-source').map(item)));
  lines.push(...section("The article's own caveats", findings.filter((f) => f.kind === 'caveat').map(item)));
  return lines.join('\n');
}
