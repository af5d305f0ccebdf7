import { beforeEach, describe, expect, it } from 'vitest';
import { OPTIONS_KEY, affectsSite, createSettings, defaults, normalizeOptions, siteKey } from '../../src/shared/settings';
import type { StorageArea } from '../../src/shared/settings';

/** storage.local in memory, with the same get/set/remove semantics. */
function memoryArea(): StorageArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      const wanted = keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
}

describe('settings', () => {
  let area: ReturnType<typeof memoryArea>;
  let settings: ReturnType<typeof createSettings>;
  beforeEach(() => {
    area = memoryArea();
    settings = createSettings(area);
  });

  it('highlights every category on every site until told otherwise', async () => {
    expect(await settings.getOptions()).toEqual(defaults);
    expect(await settings.isEnabled('news.example')).toBe(true);
  });

  it('remembers a site turned off, by hostname, without touching other sites', async () => {
    await settings.setSite('news.example', false);
    expect(await settings.isEnabled('news.example')).toBe(false);
    expect(await settings.isEnabled('NEWS.example')).toBe(false);
    expect(await settings.isEnabled('other.example')).toBe(true);
    expect(area.data.get(siteKey('news.example'))).toBe(false);
  });

  it('forgets a choice that equals the default, so the list holds only exceptions', async () => {
    await settings.setSite('news.example', false);
    await settings.setSite('news.example', true);
    expect(await settings.listSites()).toEqual([]);
  });

  it('follows the default for undecided sites and keeps decided ones', async () => {
    await settings.setSite('kept-on.example', false);
    await settings.setOptions({ enabledByDefault: false });
    expect(await settings.isEnabled('undecided.example')).toBe(false);
    expect(await settings.isEnabled('kept-on.example')).toBe(false);
    await settings.setSite('wanted.example', true);
    expect(await settings.listSites()).toEqual([
      { host: 'kept-on.example', enabled: false },
      { host: 'wanted.example', enabled: true },
    ]);
  });

  it('removes a site from the list', async () => {
    await settings.setSite('a.example', false);
    await settings.setSite('b.example', false);
    await settings.forgetSite('a.example');
    expect((await settings.listSites()).map((s) => s.host)).toEqual(['b.example']);
    expect(await settings.isEnabled('a.example')).toBe(true);
  });

  it('saves category choices and keeps the others', async () => {
    await settings.setOptions({ kinds: { ...defaults.kinds, hedge: false } });
    const options = await settings.getOptions();
    expect(options.kinds.hedge).toBe(false);
    expect(options.kinds.caveat).toBe(true);
  });

  it('ignores stored junk and keys it does not own', async () => {
    area.data.set(OPTIONS_KEY, { enabledByDefault: 'yes', kinds: { hedge: 0, caveat: false, bogus: true } });
    area.data.set('site:broken.example', 'off');
    area.data.set('unrelated', true);
    expect(await settings.getOptions()).toEqual({ enabledByDefault: true, kinds: { ...defaults.kinds, caveat: false } });
    expect(await settings.isEnabled('broken.example')).toBe(true);
    expect(await settings.listSites()).toEqual([]);
  });
});

describe('normalizeOptions', () => {
  it('gives the defaults for nothing stored, as a copy', () => {
    const options = normalizeOptions(undefined);
    expect(options).toEqual(defaults);
    options.kinds.hedge = false;
    expect(defaults.kinds.hedge).toBe(true);
  });
});

describe('affectsSite', () => {
  it('is true for the site own key and for the options, false for other sites', () => {
    expect(affectsSite([siteKey('a.example')], 'a.example')).toBe(true);
    expect(affectsSite([OPTIONS_KEY], 'a.example')).toBe(true);
    expect(affectsSite([siteKey('b.example')], 'a.example')).toBe(false);
  });
});
