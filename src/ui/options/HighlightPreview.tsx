// The live preview: a paragraph (an invented one, or the reader's own) analysed by the real engine
// with the reader's own cues, and drawn with the page's own highlight CSS (content.css, and the
// sheet each style adds), so what is shown here is what an article will look like.
import { useMemo } from 'preact/hooks';
import { analyze, FLAGGED_KINDS, isFlagged } from '../../engine';
import type { Finding, ReaderCues } from '../../engine';
import { cueName, spanName } from '../../shared/highlight/names';
import { PAGE_CSS, STYLE_CSS } from '../../shared/highlight/styles';
import { t } from '../../shared/i18n';
import type { HighlightStyle, KindSwitches } from '../../shared/settings';

interface Props {
  style: HighlightStyle;
  kinds: KindSwitches;
  /** The reader's own cues and never-flag words, as the content script gives them to the engine. */
  cues: ReaderCues;
  /** The paragraph to analyse (default: the invented sample). */
  text?: string;
  label?: string;
  testId?: string;
}

type Piece = { text: string; finding?: Finding; cue?: boolean };

/** The paragraph cut at the findings' spans and cues; findings that overlap an earlier one are left out. */
export function previewPieces(text: string, findings: readonly Finding[]): Piece[][] {
  const kept: Finding[] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start)) if (!kept.length || f.start >= kept[kept.length - 1].end) kept.push(f);
  const out: Piece[][] = [];
  let at = 0;
  for (const f of kept) {
    if (f.start > at) out.push([{ text: text.slice(at, f.start) }]);
    const inner: Piece[] = [];
    let i = f.start;
    for (const c of f.cues) {
      if (c.start < i || c.end > f.end) continue;
      if (c.start > i) inner.push({ text: text.slice(i, c.start), finding: f });
      inner.push({ text: text.slice(c.start, c.end), finding: f, cue: true });
      i = c.end;
    }
    if (i < f.end) inner.push({ text: text.slice(i, f.end), finding: f });
    out.push(inner);
    at = f.end;
  }
  if (at < text.length) out.push([{ text: text.slice(at) }]);
  return out;
}

export function HighlightPreview({ style, kinds, cues, text, label = t('options_preview_label'), testId = 'preview' }: Props) {
  const sample = text ?? t('options_preview_sample');
  // Lists arrive as new objects on every render; their contents decide whether to analyse again.
  const cueKey = JSON.stringify(cues);
  const pieces = useMemo(() => previewPieces(sample, analyze(sample, { ...cues, kinds: FLAGGED_KINDS }).findings), [sample, cueKey]);
  return (
    <figure class="preview" data-testid={testId} data-style={style}>
      <style>{PAGE_CSS + STYLE_CSS[style]}</style>
      <figcaption class="small quiet">{label}</figcaption>
      <p class="paper">
        {pieces.map((group, g) => {
          const f = group[0].finding;
          if (!f || !isFlagged(f.kind) || !kinds[f.kind]) return group.map((p) => p.text).join('');
          return (
            <mark key={g} class={`gos-mark ${spanName(f.kind)}`} title={f.explanation}>
              {group.map((p, i) => (p.cue ? <mark key={i} class={`gos-mark ${cueName(f.kind)}`}>{p.text}</mark> : p.text))}
            </mark>
          );
        })}
      </p>
    </figure>
  );
}
