// "Copy summary": the page's findings as Markdown a reader can paste into a note, a chat or an
// issue. Title and address come from the content script's report; page text is escaped so a
// sentence can never turn into a link, an image or HTML in whatever renders the paste.
import type { Sourcing } from '../../engine';
import { t } from '../../shared/i18n';
import type { FindingView } from '../../shared/report';
import { emphasise } from '../components/emphasis';
import type { Section } from './sections';
import { sourcingLine } from './sourcing';

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+!|~]/g;

/** Page text made inert: every character Markdown (or inline HTML) could act on is escaped. */
const inert = (text: string) => text.replace(/\s+/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
export const escapeMarkdown = (text: string) => inert(text).trim();

/** An address as a Markdown autolink, or as code when it could break out of one. */
const address = (url: string) => (/^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : `\`${url.replace(/`/g, '')}\``);

function item(f: FindingView): string {
  const sentence = emphasise(f.sentence, f.cues, Number.POSITIVE_INFINITY)
    .map((p) => (p.cue ? `**${escapeMarkdown(p.text)}**` : inert(p.text)))
    .join('')
    .trim();
  return `- ${sentence} — *${t('markdown_why')}: ${escapeMarkdown(f.explanation)}*`;
}

export interface MarkdownInput {
  title: string;
  url: string;
  summary: string;
  /** The article's sourcing at a glance; its line follows the summary. */
  sourcing: Sourcing;
  sections: readonly Section[];
}

export function toMarkdown({ title, url, summary, sourcing, sections }: MarkdownInput): string {
  const lines = [`# ${escapeMarkdown(title) || t('markdown_no_title')}`, '', address(url), '', `**${escapeMarkdown(summary)}**`];
  lines.push('', escapeMarkdown(sourcingLine(sourcing)));
  for (const section of sections) {
    lines.push('', `## ${section.title} (${section.count})`, '');
    if (section.sources) {
      for (const block of section.sources) {
        lines.push(`### ${escapeMarkdown(block.heading)}`, '', ...block.items.map(item), '');
      }
      lines.pop();
    } else lines.push(...section.items.map(item));
  }
  lines.push('', `_${t('markdown_footer')}_`, '');
  return lines.join('\n');
}
