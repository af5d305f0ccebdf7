import { describe, expect, it } from 'vitest';
import { OFF_MARK, toolbarState } from '../../src/shared/toolbar';
import { analysedReport, view } from './fixtures';

const base = { host: 'news.example', enabled: true };

describe('toolbarState', () => {
  const findings = [
    view('hedge', 'It may rain.', ['may']),
    view('hedge', 'The bridge reportedly closed.', ['reportedly']),
    view('anonymous-source', 'A senior official said the plan was dropped.', ['A senior official said']),
    view('caveat', 'This could not be verified.', ['could not be verified']),
  ];

  it('counts the findings by kind in the title, the total in the badge', () => {
    const s = toolbarState(analysedReport(findings));
    expect(s).toEqual({ badge: '4', tone: 'count', title: 'Grain of Salt: 2 hedges, 1 unnamed source, 1 caveat' });
  });

  it('names vague attributions and uses the singular for one', () => {
    const s = toolbarState(analysedReport([view('vague-source', 'Experts say it will pass.', ['Experts say'])]));
    expect(s.title).toBe('Grain of Salt: 1 vague attribution');
    expect(s.badge).toBe('1');
  });

  it('says an article had nothing to flag, with a visible zero', () => {
    expect(toolbarState(analysedReport([]))).toEqual({ badge: '0', tone: 'neutral', title: 'Grain of Salt: nothing to take with a grain of salt' });
  });

  it('says a page was skipped, and why, without a badge', () => {
    const s = toolbarState({ ...base, status: 'skipped', reason: 'a list of links' });
    expect(s).toEqual({ badge: '', tone: 'neutral', title: 'Grain of Salt: not an article: skipped (a list of links)' });
  });

  it('says it is still reading while the analysis runs', () => {
    expect(toolbarState({ ...base, status: 'pending' }).title).toBe('Grain of Salt: still reading');
    expect(toolbarState({ ...base, status: 'pending' }).badge).toBe('');
  });

  it('shows a neutral mark, not a count, where highlighting is off, whatever the page', () => {
    const off = { badge: OFF_MARK, tone: 'neutral', title: 'Grain of Salt: highlighting off for this site' };
    expect(toolbarState(analysedReport(findings, [], { enabled: false }))).toEqual(off);
    expect(toolbarState({ ...base, enabled: false, status: 'pending' })).toEqual(off);
    expect(toolbarState({ ...base, enabled: false, status: 'skipped', reason: 'a list of links' })).toEqual(off);
  });

  it('reports an error in the title and marks the badge', () => {
    const s = toolbarState({ ...base, status: 'error', message: 'the page went away' });
    expect(s).toEqual({ badge: '!', tone: 'error', title: 'Grain of Salt: could not analyse this page (the page went away)' });
  });

  it('keeps the badge short on huge pages', () => {
    const many = Array.from({ length: 1200 }, () => view('hedge', 'It may rain.', ['may']));
    expect(toolbarState(analysedReport(many)).badge).toBe('999+');
  });
});
