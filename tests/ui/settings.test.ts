import { beforeEach, describe, expect, it } from 'vitest';
import { CUE_BUDGET_BYTES, MAX_CUE_LENGTH, cuesFit, OPTIONS_KEY, SETTINGS_VERSION, affectsSite, createSettings, defaults, hostAndParents, normalizeOptions, parseCue, parseHost, readerCues, siteKey } from '../../src/shared/settings';
import type { StorageArea } from '../../src/shared/settings';
import { memoryArea } from './memory-storage';

const allKinds = (on: boolean) => ({ hedge: on, 'anonymous-source': on, 'vague-source': on, caveat: on });
const noCues = () => ({ hedge: [], 'anonymous-source': [], 'vague-source': [], caveat: [] });

describe('settings', () => {
  let sync: ReturnType<typeof memoryArea>;
  let local: ReturnType<typeof memoryArea>;
  let settings: ReturnType<typeof createSettings>;
  beforeEach(() => {
    sync = memoryArea();
    local = memoryArea();
    settings = createSettings(sync, local);
  });

  it('highlights and lists every category on every site, automatically, with both styles, until told otherwise', async () => {
    expect(await settings.getOptions()).toEqual({
      version: SETTINGS_VERSION,
      mode: 'auto',
      kinds: allKinds(true),
      listed: allKinds(true),
      style: 'both',
      custom: noCues(),
      never: [],
    });
    expect(await settings.isEnabled('news.example')).toBe(true);
    // Reading writes nothing; the background's prepare() stores the versioned defaults.
    expect(sync.data.has(OPTIONS_KEY)).toBe(false);
    await settings.prepare();
    expect(sync.data.get(OPTIONS_KEY)).toMatchObject({ version: SETTINGS_VERSION });
  });

  it('a context that does not prepare (a tab, the popup) only reads: one key per read, no scan, no write', async () => {
    sync.data.set(OPTIONS_KEY, { version: 2, mode: 'on-request', kinds: allKinds(true), listed: allKinds(true), style: 'underline' });
    sync.data.set('site:broken.example', 'off');
    local.data.set('site:old.example', false);
    const calls: string[] = [];
    const spy: StorageArea = {
      get: (k) => (calls.push(`get ${JSON.stringify(k)}`), sync.get(k)),
      set: (i) => (calls.push('set'), sync.set(i)),
      remove: (k) => (calls.push('remove'), sync.remove(k)),
    };
    const tab = createSettings(spy, local);
    expect(await tab.getOptions()).toMatchObject({ version: SETTINGS_VERSION, mode: 'on-request', style: 'underline', never: [] });
    expect(await tab.isEnabled('news.example')).toBe(false);
    expect(calls.filter((c) => c === 'set' || c === 'remove' || c === 'get null')).toEqual([]);
    expect(sync.data.get(OPTIONS_KEY)).toMatchObject({ version: 2 });
    expect(local.data.get('site:old.example')).toBe(false);
  });

  it('remembers a site turned off, by hostname, without touching other sites', async () => {
    await settings.setSite('news.example', false);
    expect(await settings.isEnabled('news.example')).toBe(false);
    expect(await settings.isEnabled('NEWS.example')).toBe(false);
    expect(await settings.isEnabled('other.example')).toBe(true);
    expect(sync.data.get(siteKey('news.example'))).toBe(false);
    expect(local.data.size).toBe(0);
  });

  it('a choice for a domain covers its subdomains; the most specific choice wins', async () => {
    await settings.addSite('example.com', false);
    expect(await settings.isEnabled('www.example.com')).toBe(false);
    expect(await settings.isEnabled('example.com')).toBe(false);
    expect(await settings.isEnabled('notexample.com')).toBe(true);
    await settings.addSite('blog.example.com', true);
    expect(await settings.isEnabled('a.blog.example.com')).toBe(true);
    expect(await settings.siteChoice('www.example.com')).toBe(false);
    expect(await settings.siteChoice('other.example')).toBeUndefined();
  });

  it('the popup switch forgets a choice that equals what the mode does anyway', async () => {
    await settings.setSite('news.example', false);
    await settings.setSite('news.example', true);
    expect(await settings.listSites()).toEqual([]);
    await settings.setOptions({ mode: 'on-request' });
    await settings.setSite('wanted.example', true);
    await settings.setSite('unwanted.example', false);
    expect(await settings.listSites()).toEqual([{ host: 'wanted.example', enabled: true }]);
  });

  it('"only when asked" leaves undecided sites off and keeps the always and never lists', async () => {
    await settings.addSite('never.example', false);
    await settings.addSite('always.example', true);
    await settings.setOptions({ mode: 'on-request' });
    expect(await settings.isEnabled('undecided.example')).toBe(false);
    expect(await settings.isEnabled('always.example')).toBe(true);
    expect(await settings.isEnabled('never.example')).toBe(false);
    // The options page's lists keep a choice even when it equals the mode.
    await settings.setOptions({ mode: 'auto' });
    await settings.addSite('also-always.example', true);
    expect((await settings.listSites()).map((s) => s.host)).toEqual(['also-always.example', 'always.example', 'never.example']);
  });

  it('removes a site from its list', async () => {
    await settings.setSite('a.example', false);
    await settings.setSite('b.example', false);
    await settings.forgetSite('a.example');
    expect((await settings.listSites()).map((s) => s.host)).toEqual(['b.example']);
    expect(await settings.isEnabled('a.example')).toBe(true);
  });

  it('saves each option and keeps the others', async () => {
    await settings.setOptions({ kinds: { ...defaults.kinds, hedge: false } });
    await settings.setOptions({ listed: { ...defaults.listed, caveat: false }, style: 'underline' });
    const options = await settings.getOptions();
    expect(options.kinds).toEqual({ ...allKinds(true), hedge: false });
    expect(options.listed).toEqual({ ...allKinds(true), caveat: false });
    expect(options.style).toBe('underline');
    expect(options.mode).toBe('auto');
  });

  it('two quick changes are both kept (saves run in order)', async () => {
    await Promise.all([settings.setOptions({ style: 'underline' }), settings.setOptions({ mode: 'on-request' }), settings.setOptions({ listed: { ...defaults.listed, hedge: false } })]);
    expect(await settings.getOptions()).toMatchObject({ style: 'underline', mode: 'on-request', listed: { hedge: false } });
  });

  it('keeps the reader\'s own cues and never-flag words, and gives them to the engine as its options', async () => {
    await settings.setOptions({ custom: { ...noCues(), hedge: ['word on the street'] }, never: ['allegedly'] });
    const options = await settings.getOptions();
    expect(options.custom.hedge).toEqual(['word on the street']);
    expect(options.never).toEqual(['allegedly']);
    expect(readerCues(options)).toEqual({ custom: { ...noCues(), hedge: ['word on the street'] }, never: ['allegedly'] });
  });

  describe('migration from version 2', () => {
    it('keeps every version 2 choice and adds empty cue lists, saved as version 3', async () => {
      const v2 = { version: 2, mode: 'on-request', kinds: { ...allKinds(true), hedge: false }, listed: allKinds(true), style: 'underline' };
      sync.data.set(OPTIONS_KEY, v2);
      await settings.prepare();
      const options = await settings.getOptions();
      expect(options).toEqual({ ...v2, version: 3, custom: noCues(), never: [] });
      expect(sync.data.get(OPTIONS_KEY)).toEqual(options);
      expect(SETTINGS_VERSION).toBe(3);
    });
  });

  describe('migration from version 1 (storage.local)', () => {
    it('moves the options and the site choices to storage.sync once, and clears them from storage.local', async () => {
      local.data.set(OPTIONS_KEY, { enabledByDefault: true, kinds: { ...allKinds(true), caveat: false } });
      local.data.set('site:off.example', false);
      local.data.set('site:on.example', true);
      local.data.set('unrelated', 'kept');
      await settings.prepare();
      const options = await settings.getOptions();
      expect(options).toMatchObject({ version: SETTINGS_VERSION, mode: 'auto', kinds: { ...allKinds(true), caveat: false }, listed: allKinds(true) });
      expect(await settings.listSites()).toEqual([
        { host: 'off.example', enabled: false },
        { host: 'on.example', enabled: true },
      ]);
      expect([...local.data.keys()]).toEqual(['unrelated']);
      expect(sync.data.get(OPTIONS_KEY)).toEqual(options);
      // Preparing again (the worker restarted) finds nothing to move and changes nothing.
      const again = createSettings(sync, local);
      await again.prepare();
      expect(await again.getOptions()).toEqual(options);
      expect(await again.listSites()).toHaveLength(2);
    });

    it('"off by default" becomes "only when asked"', async () => {
      local.data.set(OPTIONS_KEY, { enabledByDefault: false, kinds: allKinds(true) });
      local.data.set('site:on.example', true);
      await settings.prepare();
      expect((await settings.getOptions()).mode).toBe('on-request');
      expect(await settings.isEnabled('on.example')).toBe(true);
      expect(await settings.isEnabled('other.example')).toBe(false);
    });

    it('does not migrate over settings already in storage.sync (from another browser)', async () => {
      sync.data.set(OPTIONS_KEY, { ...normalizeOptions(undefined), style: 'background' });
      local.data.set(OPTIONS_KEY, { enabledByDefault: false });
      await settings.prepare();
      expect(await settings.getOptions()).toMatchObject({ mode: 'auto', style: 'background' });
    });
  });

  describe('repair', () => {
    it('keeps what is valid in stored junk, repairs the rest in storage, and drops broken site entries', async () => {
      sync.data.set(OPTIONS_KEY, { version: SETTINGS_VERSION, mode: 'sometimes', style: 42, kinds: { hedge: 0, caveat: false, bogus: true }, listed: 'all' });
      sync.data.set('site:broken.example', 'off');
      sync.data.set('unrelated', true);
      const expected = { version: SETTINGS_VERSION, mode: 'auto', kinds: { ...allKinds(true), caveat: false }, listed: allKinds(true), style: 'both', custom: noCues(), never: [] };
      expect(await settings.getOptions()).toEqual(expected);
      await settings.prepare();
      expect(sync.data.get(OPTIONS_KEY)).toEqual(expected);
      expect(sync.data.has('site:broken.example')).toBe(false);
      expect(sync.data.get('unrelated')).toBe(true);
      expect(await settings.isEnabled('broken.example')).toBe(true);
      expect(await settings.listSites()).toEqual([]);
    });

    it('repairs bad cue lists: keeps valid phrases tidied, drops junk and repeats, stays within the storage budget', async () => {
      const long = 'x'.repeat(MAX_CUE_LENGTH + 1);
      sync.data.set(OPTIONS_KEY, {
        version: SETTINGS_VERSION,
        custom: { hedge: ['  word   on the street ', 'Word on the street', '', '...', 42, long], caveat: 'best guess', bogus: ['x'] },
        never: ['allegedly', null, 'ALLEGEDLY'],
      });
      await settings.prepare();
      const options = await settings.getOptions();
      expect(options.custom).toEqual({ ...noCues(), hedge: ['word on the street'] });
      expect(options.never).toEqual(['allegedly']);
      expect(sync.data.get(OPTIONS_KEY)).toEqual(options);
      // Far too many: what fits the budget is kept, in order, and the stored options stay under sync's 8 KB per key.
      const many = Array.from({ length: 400 }, (_, i) => `phrase number ${i}`);
      await settings.setOptions({ custom: { ...noCues(), hedge: many }, never: ['allegedly'] });
      const saved = await settings.getOptions();
      expect(saved.custom.hedge.length).toBeGreaterThan(100);
      expect(saved.custom.hedge.length).toBeLessThan(400);
      expect(saved.custom.hedge).toEqual(many.slice(0, saved.custom.hedge.length));
      expect(saved.never).toEqual([]);
      expect(new TextEncoder().encode(JSON.stringify({ [OPTIONS_KEY]: saved })).length).toBeLessThan(8192 - 500);
      expect(JSON.stringify(saved.custom).length).toBeLessThanOrEqual(CUE_BUDGET_BYTES + 200);
    });

    it('survives any stored value without throwing', async () => {
      for (const junk of [null, 7, 'x', [], [1, 2], { version: 'two' }, { version: 2, kinds: null, listed: [] }, { version: 3, custom: [], never: {} }, { version: 3, custom: { hedge: 'a' }, never: 'b' }]) {
        const area = memoryArea();
        area.data.set(OPTIONS_KEY, junk);
        const s = createSettings(area);
        await s.prepare();
        const options = await s.getOptions();
        expect(options, JSON.stringify(junk)).toEqual(normalizeOptions(undefined));
      }
    });

    it('reads settings from a newer version without overwriting them', async () => {
      const newer = { version: SETTINGS_VERSION + 1, mode: 'on-request', style: 'underline', future: { x: 1 } };
      sync.data.set(OPTIONS_KEY, newer);
      await settings.prepare();
      expect(await settings.getOptions()).toMatchObject({ mode: 'on-request', style: 'underline' });
      expect(sync.data.get(OPTIONS_KEY)).toEqual(newer);
    });

    it('keeps working when storage fails once', async () => {
      let fail = true;
      const flaky: StorageArea = {
        get: (k) => (fail ? ((fail = false), Promise.reject(new Error('busy'))) : sync.get(k)),
        set: (i) => sync.set(i),
        remove: (k) => sync.remove(k),
      };
      const s = createSettings(flaky);
      await s.prepare();
      expect(await s.getOptions()).toEqual(normalizeOptions(undefined));
    });
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

describe('cuesFit', () => {
  it('says whether the lists fit the storage budget as they are, so an added word never pushes others out', () => {
    const lists = (n: number) => ({ custom: { ...noCues(), hedge: Array.from({ length: n }, (_, i) => `phrase number ${i}`) }, never: [] });
    expect(cuesFit({ custom: noCues(), never: [] })).toBe(true);
    expect(cuesFit(lists(100))).toBe(true);
    expect(cuesFit(lists(400))).toBe(false);
    // What normalizeOptions keeps of a list too long is exactly what fits.
    const kept = normalizeOptions({ version: SETTINGS_VERSION, ...lists(400) });
    expect(cuesFit(kept)).toBe(true);
    expect(cuesFit({ ...kept, never: ['one more phrase'] })).toBe(false);
  });
});

describe('parseCue', () => {
  it('tidies what the reader types into a cue, and refuses what is none', () => {
    expect(parseCue('  word \n on   the street ')).toBe('word on the street');
    expect(parseCue("insider’s view")).toBe("insider’s view");
    expect(parseCue('Übrigens')).toBe('Übrigens');
    for (const bad of ['', '   ', '...', '—', 'x'.repeat(MAX_CUE_LENGTH + 1), 7, null]) expect(parseCue(bad), String(bad)).toBeNull();
  });
});

describe('parseHost', () => {
  it('takes a hostname out of what a reader types or pastes', () => {
    expect(parseHost('News.Example')).toBe('news.example');
    expect(parseHost('  https://www.news.example/world/a?b=1 ')).toBe('www.news.example');
    expect(parseHost('localhost:8080')).toBe('localhost');
  });
  it('refuses what is not a site', () => {
    for (const bad of ['', '   ', 'not a site', 'a b.example', 'http://', 'exa$mple.com']) expect(parseHost(bad), bad).toBeNull();
  });
});

describe('hostAndParents / affectsSite', () => {
  it('lists the host and its parent domains, never a bare top-level label', () => {
    expect(hostAndParents('a.b.example.com')).toEqual(['a.b.example.com', 'b.example.com', 'example.com']);
    expect(hostAndParents('localhost')).toEqual(['localhost']);
    expect(hostAndParents('127.0.0.1')).toEqual(['127.0.0.1']);
  });
  it('is true for the site own key, a parent domain and the options, false for other sites', () => {
    expect(affectsSite([siteKey('a.example')], 'a.example')).toBe(true);
    expect(affectsSite([siteKey('example.com')], 'www.example.com')).toBe(true);
    expect(affectsSite([OPTIONS_KEY], 'a.example')).toBe(true);
    expect(affectsSite([siteKey('b.example')], 'a.example')).toBe(false);
  });
});
