// The options page rendered for real (Preact into a linkedom document) over the real settings
// module on storage in memory: the reader's own cue words and never-flag words.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettings } from '../../src/shared/settings';
import { Options } from '../../src/ui/options/Options';
import { memoryArea } from './memory-storage';

let root: HTMLElement;
let doc: Document;
let settings: ReturnType<typeof createSettings>;

beforeEach(async () => {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  doc = document as unknown as Document;
  root = doc.getElementById('app') as HTMLElement;
  settings = createSettings(memoryArea());
  await act(async () => {
    render(<Options settings={settings} subscribe={() => () => {}} shortcuts={{ toggle: '', next: '' }} />, root);
  });
  await settle();
});

afterEach(() => render(null, root));

async function settle() {
  for (let i = 0; i < 6; i++) await act(async () => {});
}

const $ = (sel: string) => root.querySelector(sel);
const $$ = (sel: string) => [...root.querySelectorAll(sel)];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const entries = (list: string) => $$(`[data-testid="${list}"] .cue`).map(text);
/** The words marked as cues of `kind` in a preview. */
const marked = (preview: string, kind: string) => $$(`[data-testid="${preview}"] mark.gos-${kind}-cue`).map(text);

async function add(list: string, typed: string) {
  const form = $(`[data-testid="${list}"] form`) as HTMLFormElement;
  const input = form.querySelector('input') as HTMLInputElement;
  input.value = typed;
  await act(async () => void input.dispatchEvent(new doc.defaultView!.Event('input', { bubbles: true })));
  await act(async () => void form.dispatchEvent(new doc.defaultView!.Event('submit', { bubbles: true, cancelable: true })));
  await settle();
}

async function typeSample(sample: string) {
  const area = $('[data-testid="cues-sample"]') as HTMLTextAreaElement;
  area.value = sample;
  await act(async () => void area.dispatchEvent(new doc.defaultView!.Event('input', { bubbles: true })));
  await settle();
}

describe('the options page: your own words', () => {
  it('has a list per category and one of words never to flag, each labelled', () => {
    expect($$('[data-testid="cues"] h3').map(text)).toEqual(['Hedges', 'Unnamed sources', 'Vague attributions', "The article's own caveats", 'Never flag']);
    const input = $('[data-testid="cues-hedge"] input')!;
    const label = input.getAttribute('aria-labelledby')!.split(' ').map((id) => text(doc.getElementById(id)));
    expect(label).toEqual(['Add a word or phrase', 'Hedges']);
  });

  it('saves a word added to a category, shows it, and the live preview flags it in the paragraph', async () => {
    await typeSample('Word on the street is that the ferry will stop. The mayor reportedly agreed.');
    expect(marked('cues-preview', 'hedge')).toEqual(['reportedly']);
    await add('cues-hedge', '  Word   on the street ');
    expect(entries('cues-hedge')).toEqual(['Word on the street']);
    expect((await settings.getOptions()).custom.hedge).toEqual(['Word on the street']);
    expect(marked('cues-preview', 'hedge')).toEqual(['Word on the street', 'reportedly']);
    expect($$('[data-testid="cues-preview"] mark.gos-hedge').map((m) => m.getAttribute('title'))).toContain("'Word on the street': a cue you added");
    // The same word again, in another case, is not a second entry.
    await add('cues-hedge', 'word on the street');
    expect(entries('cues-hedge')).toEqual(['word on the street']);
    await act(async () => ($('[data-testid="cues-hedge"] button[aria-label="Remove word on the street"]') as HTMLElement).click());
    await settle();
    expect(entries('cues-hedge')).toEqual([]);
    expect((await settings.getOptions()).custom.hedge).toEqual([]);
    expect(marked('cues-preview', 'hedge')).toEqual(['reportedly']);
  });

  it('a never-flag word takes the finding out of both previews and of what is saved for the engine', async () => {
    expect(marked('preview', 'hedge')).toEqual(['reportedly', 'could']);
    await add('cues-never', 'Reportedly');
    expect(entries('cues-never')).toEqual(['Reportedly']);
    expect((await settings.getOptions()).never).toEqual(['Reportedly']);
    // Gone from both previews; the other hedge and the other categories stay.
    expect(marked('preview', 'hedge')).toEqual(['could']);
    expect(marked('cues-preview', 'hedge')).toEqual(['could']);
    expect(marked('preview', 'caveat').length).toBeGreaterThan(0);
  });

  it('refuses what is no word, and says when the lists are full', async () => {
    await add('cues-caveat', '...');
    expect(text($('[data-testid="cues-caveat"] [role="alert"]'))).toMatch(/^“\.\.\.” is not a word or phrase to look for/);
    expect($('[data-testid="cues-caveat"] input')!.getAttribute('aria-invalid')).toBe('true');
    expect((await settings.getOptions()).custom.caveat).toEqual([]);
    // Fill the lists to the storage budget, then try one more.
    await settings.setOptions({ never: Array.from({ length: 400 }, (_, i) => `long filler phrase ${i}`) });
    render(null, root);
    await act(async () => {
      render(<Options settings={settings} subscribe={() => () => {}} shortcuts={{ toggle: '', next: '' }} />, root);
    });
    await settle();
    await add('cues-caveat', 'best guess');
    expect(text($('[data-testid="cues-caveat"] [role="alert"]'))).toBe('Your lists are full: remove some words before adding more.');
    expect(entries('cues-caveat')).toEqual([]);
  });
});
