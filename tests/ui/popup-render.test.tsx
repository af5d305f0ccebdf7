// The popup rendered for real (Preact into a linkedom document) against a fake page connection.
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../src/shared/report';
import type { KindSwitches } from '../../src/shared/settings';
import type { PageConnection } from '../../src/ui/popup/connection';
import { Popup } from '../../src/ui/popup/Popup';
import { DEFECTOR, SOURCING, analysedReport, view } from './fixtures';

let root: HTMLElement;
let doc: Document;

beforeEach(() => {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  doc = document as unknown as Document;
  root = doc.getElementById('app') as HTMLElement;
});

afterEach(() => render(null, root));

function fakePage(first: PageReport, overrides: Partial<PageConnection> = {}) {
  let listener: ((r: PageReport) => void) | undefined;
  const page: PageConnection = {
    getReport: vi.fn(async () => first),
    setHighlighting: vi.fn(async (enabled: boolean) => ({ ...first, enabled }) as PageReport),
    analyseAnyway: vi.fn(async () => analysedReport([])),
    reveal: vi.fn(async () => true),
    onReport: (l) => ((listener = l), () => (listener = undefined)),
    ...overrides,
  };
  return { page, push: (r: PageReport) => listener?.(r) };
}

let listed: KindSwitches | undefined;
let copied: string[];
let copy: (text: string) => Promise<void>;
beforeEach(() => {
  listed = undefined;
  copied = [];
  copy = async (text) => void copied.push(text);
});

async function show(connect: () => Promise<PageConnection>) {
  await act(async () => {
    render(<Popup connect={connect} openOptions={() => {}} shortcuts={{ toggle: 'Alt+Shift+G', next: 'Alt+Shift+N' }} listed={listed} copy={copy} />, root);
  });
  // Let the connection's promises settle and the state updates render.
  for (let i = 0; i < 5; i++) await act(async () => {});
}

const $ = (sel: string) => root.querySelector(sel);
const $$ = (sel: string) => [...root.querySelectorAll(sel)];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the popup', () => {
  const hostile = 'He allegedly wrote <img src=x onerror=alert(1)> on the wall.';
  const findings = [
    view('hedge', hostile, ['allegedly']),
    view('anonymous-source', 'A defector said the ships left at night.', ['A defector said'], { sourceRef: 's1' }),
    view('anonymous-source', 'The defector added that fuel was short.', ['The defector added'], { sourceRef: 's1' }),
    view('caveat', 'The claims could not be independently verified.', ['could not be independently verified']),
  ];

  it('shows the summary, a labelled switch, the sections and every finding with its cues marked', async () => {
    const { page } = fakePage(analysedReport(findings, [DEFECTOR]));
    await show(async () => page);
    expect(text($('[data-testid="summary"]'))).toBe('1 hedge · 3 claims rest on one anonymous source · 1 caveat from the article itself');
    const sw = $('[role="switch"]')!;
    expect(sw.getAttribute('aria-checked')).toBe('true');
    expect(text(doc.getElementById(sw.getAttribute('aria-labelledby')!))).toBe('Highlight claims on this page');
    expect($$('h2').map((h) => text(h))).toEqual(['Hedges 1', 'Unnamed sources 2', "The article's own caveats 1"]);
    expect($$('h3').map((h) => text(h))).toEqual(['a North Korean defector — 3 claims']);
    const items = $$('button[data-testid="finding"]');
    expect(items).toHaveLength(4);
    expect(items.map((b) => text(b.querySelector('mark')))).toEqual(['allegedly', 'A defector said', 'The defector added', 'could not be independently verified']);
  });

  it('says for each item why it was flagged and what a careful reader might check, under a note on how to read it', async () => {
    const { page } = fakePage(analysedReport(findings, [DEFECTOR]));
    await show(async () => page);
    const items = $$('button[data-testid="finding"]');
    expect(text(items[1].querySelector('.why'))).toBe("Why: 'A defector said': test reason");
    expect(text(items[1].querySelector('.check'))).toBe('Check: Who is the source? Is it confirmed elsewhere?');
    expect(items.every((b) => text(b.querySelector('.check')).length > 10)).toBe(true);
    const howto = $('details[data-testid="howto"]')!;
    expect(text(howto.querySelector('summary'))).toBe('How to read this');
    expect(text(howto)).toMatch(/a prompt to read critically, not a verdict/);
  });

  it('lists only the categories chosen in Options, and says so when that leaves nothing', async () => {
    listed = { hedge: true, 'anonymous-source': false, 'vague-source': true, caveat: false };
    const { page } = fakePage(analysedReport(findings, [DEFECTOR]));
    await show(async () => page);
    expect($$('h2').map((h) => text(h))).toEqual(['Hedges 1']);
    expect(text($('[data-testid="summary"]'))).toBe('1 hedge');
    render(null, root);
    listed = { hedge: false, 'anonymous-source': false, 'vague-source': false, caveat: false };
    await show(async () => page);
    expect(text($('[data-testid="summary"]'))).toMatch(/^Nothing in the categories you list/);
  });

  it('copies a Markdown summary with the title and address from the report, and says so', async () => {
    const { page } = fakePage(analysedReport(findings, [DEFECTOR]));
    await show(async () => page);
    await act(async () => ($('button[data-testid="copy"]') as HTMLElement).click());
    for (let i = 0; i < 3; i++) await act(async () => {});
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^# Ferry timetable changes\n\n<https:\/\/news\.example\/ferry>\n/);
    expect(copied[0]).toContain('### a North Korean defector — 3 claims');
    expect(text($('[data-testid="copy-status"]'))).toBe('Summary copied as Markdown.');
    copy = async () => {
      throw new Error('denied');
    };
    render(null, root);
    await show(async () => page);
    await act(async () => ($('button[data-testid="copy"]') as HTMLElement).click());
    for (let i = 0; i < 3; i++) await act(async () => {});
    expect(text($('[data-testid="copy-status"]'))).toMatch(/^Could not copy/);
  });

  it('shows the sourcing at a glance above the lists: a bar with a text alternative, a legend with the numbers, the most-cited unnamed source', async () => {
    const { page } = fakePage(analysedReport(findings, [DEFECTOR], { sourcing: SOURCING }));
    await show(async () => page);
    const glance = $('[data-testid="sourcing"]')!;
    expect(text(doc.getElementById(glance.getAttribute('aria-labelledby')!))).toBe('What the claims rest on');
    // Above the lists and the copy button, under the summary line.
    const order = ['summary', 'sourcing', 'copy', 'findings'].map((id) => $$('[data-testid]').indexOf($(`[data-testid="${id}"]`)!));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const bar = $('[data-testid="sourcing-bar"]')!;
    expect(bar.getAttribute('role')).toBe('img');
    expect(bar.getAttribute('aria-label')).toBe('5 claims on named sources, 3 claims on unnamed sources, 1 claim on vague attributions');
    // One part per kind of source, as wide as its claims, each with its own pattern class.
    const parts = [...bar.children].map((p) => [p.getAttribute('data-part'), String((p as HTMLElement).style.flexGrow), p.getAttribute('class')]);
    expect(parts).toEqual([
      ['named', '5', 'glance-part glance-named'],
      ['unnamed', '3', 'glance-part glance-unnamed'],
      ['vague', '1', 'glance-part glance-vague'],
    ]);
    expect($$('[data-testid="sourcing-legend"] li').map((li) => text(li))).toEqual(['5 named', '3 unnamed', '1 vague']);
    expect(text($('[data-testid="sourcing-top"]'))).toBe('3 claims rest on one unnamed source: a North Korean defector');
  });

  it('leaves empty parts out of the bar, the top line out when no source carries two claims, and the bar out when nothing is sourced', async () => {
    const { page } = fakePage(analysedReport(findings, [], { sourcing: { named: 0, unnamed: 2, vague: 0 } }));
    await show(async () => page);
    expect([...$('[data-testid="sourcing-bar"]')!.children].map((p) => p.getAttribute('data-part'))).toEqual(['unnamed']);
    expect($$('[data-testid="sourcing-legend"] li').map((li) => text(li))).toEqual(['0 named', '2 unnamed', '0 vague']);
    expect($('[data-testid="sourcing-top"]')).toBeNull();
    render(null, root);
    const bare = fakePage(analysedReport(findings, []));
    await show(async () => bare.page);
    expect($('[data-testid="sourcing-bar"]')).toBeNull();
    expect(text($('[data-testid="sourcing"] p.quiet'))).toBe('No claim in this article is attributed to a source.');
  });

  it('shows the sourcing even when nothing is flagged or listed', async () => {
    const { page } = fakePage(analysedReport([], [], { sourcing: { named: 4, unnamed: 0, vague: 0 } }));
    await show(async () => page);
    expect(text($('[data-testid="summary"]'))).toBe('Nothing to take with a grain of salt on this page.');
    expect($('[data-testid="sourcing-bar"]')!.getAttribute('aria-label')).toBe('4 claims on named sources, 0 claims on unnamed sources, 0 claims on vague attributions');
  });

  it('copies the sourcing line into the Markdown summary', async () => {
    const { page } = fakePage(analysedReport(findings, [DEFECTOR], { sourcing: SOURCING }));
    await show(async () => page);
    await act(async () => ($('button[data-testid="copy"]') as HTMLElement).click());
    for (let i = 0; i < 3; i++) await act(async () => {});
    expect(copied[0]).toContain('\n\nSourcing: 5 claims on named sources, 3 claims on unnamed sources, 1 claim on vague attributions. 3 claims rest on one unnamed source: a North Korean defector\n');
  });

  it('moves through the list with the arrow keys', async () => {
    const { page } = fakePage(analysedReport(findings, [DEFECTOR]));
    await show(async () => page);
    const items = $$('button[data-testid="finding"]') as HTMLElement[];
    const list = $('[data-testid="findings"]')!;
    let focused: HTMLElement | null = null;
    for (const b of items) b.focus = () => void (focused = b);
    Object.defineProperty(doc, 'activeElement', { configurable: true, get: () => focused });
    const key = (k: string) => act(async () => void list.dispatchEvent(Object.assign(new doc.defaultView!.Event('keydown', { bubbles: true, cancelable: true }), { key: k })));
    await key('ArrowDown');
    expect(focused).toBe(items[0]);
    await key('ArrowDown');
    await key('ArrowDown');
    expect(focused).toBe(items[2]);
    await key('ArrowUp');
    expect(focused).toBe(items[1]);
    await key('End');
    expect(focused).toBe(items[3]);
  });

  it('renders page text as text, never as HTML', async () => {
    const { page } = fakePage(analysedReport(findings, [DEFECTOR]));
    await show(async () => page);
    expect($('img[src="x"]')).toBeNull();
    expect(text($('button[data-testid="finding"] .sentence'))).toBe(hostile);
  });

  it('asks the page to reveal a finding when it is clicked', async () => {
    const { page } = fakePage(analysedReport(findings, [DEFECTOR]));
    await show(async () => page);
    await act(async () => ($$('button[data-testid="finding"]')[3] as HTMLElement).click());
    expect(page.reveal).toHaveBeenCalledWith(findings[3].id);
  });

  it('turns highlighting off with the switch and follows reports the page sends by itself', async () => {
    const report = analysedReport(findings, [DEFECTOR]);
    const { page, push } = fakePage(report);
    await show(async () => page);
    await act(async () => ($('[role="switch"]') as HTMLElement).click());
    for (let i = 0; i < 3; i++) await act(async () => {});
    expect(page.setHighlighting).toHaveBeenCalledWith(false);
    expect($('[role="switch"]')!.getAttribute('aria-checked')).toBe('false');
    await act(async () => push({ ...report, enabled: true }));
    expect($('[role="switch"]')!.getAttribute('aria-checked')).toBe('true');
  });

  it('says plainly when there is nothing to flag', async () => {
    const { page } = fakePage(analysedReport([]));
    await show(async () => page);
    expect(text($('[data-testid="summary"]'))).toBe('Nothing to take with a grain of salt on this page.');
    expect($$('h2')).toHaveLength(0);
  });

  it('offers "Analyse anyway" on a page that is not an article', async () => {
    const { page } = fakePage({ status: 'skipped', reason: 'no article body found', host: 'a.example', enabled: true });
    await show(async () => page);
    expect(text($('[data-testid="skipped"]'))).toContain('no article body found');
    const button = $$('button').find((b) => text(b) === 'Analyse anyway') as HTMLElement;
    await act(async () => button.click());
    for (let i = 0; i < 3; i++) await act(async () => {});
    expect(page.analyseAnyway).toHaveBeenCalled();
    expect($('[data-testid="skipped"]')).toBeNull();
    expect(text($('[data-testid="summary"]'))).toMatch(/^Nothing/);
  });

  it('explains a page it cannot reach instead of staying blank', async () => {
    await show(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(text($('[data-testid="error"]'))).toContain("can't read this page");
  });

  it('shows the page error it was given', async () => {
    const { page } = fakePage({ status: 'error', message: 'boom', host: 'a.example', enabled: true });
    await show(async () => page);
    expect(text($('[data-testid="error"]'))).toContain('boom');
  });
});
