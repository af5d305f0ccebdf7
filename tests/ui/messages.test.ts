import { describe, expect, it } from 'vitest';
import { isFromContent, isToContent } from '../../src/shared/messages';

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
