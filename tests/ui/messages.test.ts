import { describe, expect, it } from 'vitest';
import { isFromContent, isToContent } from '../../src/shared/messages';
import { badgeText } from '../../src/shared/report';
import { analysedReport, view } from './fixtures';

describe('message guards', () => {
  it('accepts the requests the content script serves and nothing else', () => {
    expect(isToContent({ type: 'get-report' })).toBe(true);
    expect(isToContent({ type: 'reveal', id: 2 })).toBe(true);
    expect(isToContent({ type: 'report' })).toBe(false);
    expect(isToContent({ type: 'delete-everything' })).toBe(false);
    expect(isToContent('get-report')).toBe(false);
    expect(isToContent(null)).toBe(false);
  });

  it('accepts reports only with a report inside', () => {
    expect(isFromContent({ type: 'report', report: { status: 'pending', host: 'a', enabled: true } })).toBe(true);
    expect(isFromContent({ type: 'report' })).toBe(false);
    expect(isFromContent({ type: 'get-report' })).toBe(false);
  });
});

describe('badgeText', () => {
  const findings = [view('hedge', 'It may rain.', ['may']), view('caveat', 'This could not be verified.', ['could not be verified'])];

  it('counts the findings on an analysed page with highlighting on', () => {
    expect(badgeText(analysedReport(findings))).toBe('2');
  });

  it('is empty when nothing was found, highlighting is off, or the page was not analysed', () => {
    expect(badgeText(analysedReport([]))).toBe('');
    expect(badgeText(analysedReport(findings, [], { enabled: false }))).toBe('');
    expect(badgeText({ status: 'skipped', reason: 'not an article', host: 'a', enabled: true })).toBe('');
    expect(badgeText({ status: 'pending', host: 'a', enabled: true })).toBe('');
  });

  it('stays short on huge pages', () => {
    const many = Array.from({ length: 1200 }, () => view('hedge', 'It may rain.', ['may']));
    expect(badgeText(analysedReport(many))).toBe('999+');
  });
});
