// The reader's choices, kept in storage.sync so they follow the reader to their other browsers:
// the options under one versioned key, and each site's own choice under its own `site:<hostname>`
// key, so two tabs saving different sites never overwrite each other.
//
// Earlier versions kept the same keys in storage.local (options without a version). The first
// read moves them to storage.sync once. Whatever is stored — old, hand-edited, synced from a newer
// version — is read through normalizeOptions: what is valid is kept, the rest repaired to defaults.
//
// Versions: 1 (storage.local, no version); 2 (storage.sync: mode, listed, style); 3 (the reader's
// own cues and never-flag words; a version 2 value gains empty lists).
// From the types module, not the engine's index: the content script bundles this file and must
// not carry the engine (its word lists are built at load time, on every page).
import { FLAGGED_KINDS } from '../engine/types';
import type { FlaggedKind } from '../engine/types';

export const SETTINGS_VERSION = 3;

/** Highlight every article as it opens, or only when the reader asks (toolbar button, shortcut). */
export type Mode = 'auto' | 'on-request';
export const MODES: readonly Mode[] = ['auto', 'on-request'];

/** How a highlight is drawn: a tinted background, an underline (its style differs per category), or both. */
export type HighlightStyle = 'both' | 'background' | 'underline';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['both', 'background', 'underline'];

export type KindSwitches = Record<FlaggedKind, boolean>;

/** The reader's own cue words and phrases, per category, as the engine takes them. */
export type CustomCues = Record<FlaggedKind, string[]>;

export interface Options {
  version: typeof SETTINGS_VERSION;
  mode: Mode;
  /** Which categories are highlighted on the page. */
  kinds: KindSwitches;
  /** Which categories the popup lists (and copies into the summary). */
  listed: KindSwitches;
  style: HighlightStyle;
  /** Words and phrases the reader wants flagged, per category (the engine finds them). */
  custom: CustomCues;
  /** Words and phrases never to flag: a finding with such a cue is dropped by the engine. */
  never: string[];
}

const allKinds = (on: boolean): KindSwitches => Object.fromEntries(FLAGGED_KINDS.map((k) => [k, on])) as KindSwitches;
const noCues = (): CustomCues => Object.fromEntries(FLAGGED_KINDS.map((k) => [k, []])) as unknown as CustomCues;

export const defaults: Readonly<Options> = Object.freeze({
  version: SETTINGS_VERSION,
  mode: 'auto',
  kinds: Object.freeze(allKinds(true)),
  listed: Object.freeze(allKinds(true)),
  style: 'both',
  custom: Object.freeze(noCues()),
  never: Object.freeze([]) as unknown as string[],
});

export const OPTIONS_KEY = 'options';
const SITE_PREFIX = 'site:';

export const siteKey = (host: string) => SITE_PREFIX + host.toLowerCase();

/** The part of a storage area this module uses; the extension passes the real ones, tests a Map. */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SiteChoice {
  host: string;
  /** true: always runs there; false: never runs there. */
  enabled: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(allowed: readonly T[], v: unknown, fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);

function switches(stored: unknown, fallback: KindSwitches): KindSwitches {
  const out = { ...fallback };
  if (isRecord(stored)) for (const kind of FLAGGED_KINDS) if (typeof stored[kind] === 'boolean') out[kind] = stored[kind] as boolean;
  return out;
}

/** The longest cue a reader can add: a phrase, not a paragraph. */
export const MAX_CUE_LENGTH = 60;
/** All the cue lists together, as stored: storage.sync keeps at most 8 KB per key, and the options
 *  (one key) must stay under it with room for the rest. Entries past the budget are dropped. */
export const CUE_BUDGET_BYTES = 5000;

/** A cue as the reader typed it, tidied (spacing collapsed), or null when it is no cue. */
export function parseCue(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const cue = input.replace(/\s+/g, ' ').trim();
  return cue.length > 0 && cue.length <= MAX_CUE_LENGTH && /[\p{L}\p{N}]/u.test(cue) ? cue : null;
}

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;
/** What a cue costs of the budget: its JSON form and a comma. */
const cueCost = (cue: string) => utf8Bytes(JSON.stringify(cue)) + 1;

/** Whether these lists fit the storage budget as they are (checked before adding, so that adding
 *  one word never pushes out words kept before). */
export function cuesFit(o: Pick<Options, 'custom' | 'never'>): boolean {
  const all = [...FLAGGED_KINDS.flatMap((k) => o.custom[k]), ...o.never];
  return all.reduce((n, cue) => n + cueCost(cue), 0) <= CUE_BUDGET_BYTES;
}

/** Every list valid, without repeats (case aside), within the budget shared by all of them. */
function cueLists(storedCustom: unknown, storedNever: unknown): Pick<Options, 'custom' | 'never'> {
  let budget = CUE_BUDGET_BYTES;
  const list = (stored: unknown): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const item of Array.isArray(stored) ? stored : []) {
      const cue = parseCue(item);
      if (!cue || seen.has(cue.toLowerCase())) continue;
      const cost = cueCost(cue);
      if (cost > budget) break;
      budget -= cost;
      seen.add(cue.toLowerCase());
      out.push(cue);
    }
    return out;
  };
  const custom = noCues();
  const fromStore = isRecord(storedCustom) ? storedCustom : {};
  for (const kind of FLAGGED_KINDS) custom[kind] = list(fromStore[kind]);
  return { custom, never: list(storedNever) };
}

/**
 * Any stored value to valid options. Version 1 (storage.local, no `version`) said
 * `enabledByDefault: false` for "only on the sites I turn on": the nearest today is "only when asked".
 */
export function normalizeOptions(stored: unknown): Options {
  const s = isRecord(stored) ? stored : {};
  const legacyMode: Mode | undefined = s.enabledByDefault === false ? 'on-request' : s.enabledByDefault === true ? 'auto' : undefined;
  return {
    version: SETTINGS_VERSION,
    mode: oneOf(MODES, s.mode, legacyMode ?? defaults.mode),
    kinds: switches(s.kinds, defaults.kinds),
    listed: switches(s.listed, defaults.listed),
    style: oneOf(HIGHLIGHT_STYLES, s.style, defaults.style),
    ...cueLists(s.custom, s.never),
  };
}

/** What the engine is given from the options: the reader's own cues and never-flag words. */
export const readerCues = (o: Pick<Options, 'custom' | 'never'>) => ({ custom: o.custom, never: o.never });

/** A hostname the reader typed or pasted ("https://News.Example/a", "news.example"), or null. */
export function parseHost(input: string): string | null {
  const raw = input.trim();
  if (!raw) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`).hostname.toLowerCase();
    return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** `host` and the domains above it, most specific first: a choice for example.com covers www.example.com. */
export function hostAndParents(host: string): string[] {
  const h = host.toLowerCase();
  if (/^[\d.]+$/.test(h) || h.startsWith('[')) return [h];
  const labels = h.split('.');
  // Stop before a bare top-level label: "com" is nobody's site.
  return labels.slice(0, Math.max(1, labels.length - 1)).map((_, i) => labels.slice(i).join('.'));
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `sync` holds the settings; `legacy` is where version 1 kept them (storage.local). Migration and
 * repair write to storage, so only the context that owns them runs them: the background calls
 * `prepare()` when its worker starts. Every other context (each tab's content script, the popup,
 * the options page) only reads, normalising what it reads in memory: a page pays for one small
 * read, never for a scan of every stored key. Reads in a context that has started `prepare()`
 * wait for it, so the background never answers from settings it is still migrating.
 */
export function createSettings(sync: StorageArea, legacy?: StorageArea) {
  let ready: Promise<void> | null = null;
  const prepare = () => (ready ??= run().catch(() => {
    // Storage unavailable for a moment (the browser is starting): read what there is; the
    // worker's next start (or the next call) tries again.
    ready = null;
  }));
  const prepared = () => ready ?? Promise.resolve();

  async function run(): Promise<void> {
    const stored = (await sync.get(OPTIONS_KEY))[OPTIONS_KEY];
    if (!isRecord(stored) || typeof stored.version !== 'number') {
      await migrateFromLegacy(stored);
      return;
    }
    // A newer version synced from another browser: read what we understand, never overwrite it.
    if (stored.version > SETTINGS_VERSION) return;
    const repaired = normalizeOptions(stored);
    if (!sameJson(stored, repaired)) await sync.set({ [OPTIONS_KEY]: repaired });
    const all = await sync.get(null);
    const broken = Object.keys(all).filter((k) => k.startsWith(SITE_PREFIX) && typeof all[k] !== 'boolean');
    if (broken.length) await sync.remove(broken);
  }

  async function migrateFromLegacy(syncStored: unknown): Promise<void> {
    const old = legacy ? await legacy.get(null) : {};
    const items: Record<string, unknown> = { [OPTIONS_KEY]: normalizeOptions(isRecord(syncStored) ? syncStored : old[OPTIONS_KEY]) };
    for (const [k, v] of Object.entries(old)) if (k.startsWith(SITE_PREFIX) && typeof v === 'boolean') items[siteKey(k.slice(SITE_PREFIX.length))] = v;
    await sync.set(items);
    const moved = Object.keys(old).filter((k) => k === OPTIONS_KEY || k.startsWith(SITE_PREFIX));
    if (legacy && moved.length) await legacy.remove(moved);
  }

  let writing: Promise<unknown> = Promise.resolve();

  const getOptions = async (): Promise<Options> => {
    await prepared();
    return normalizeOptions((await sync.get(OPTIONS_KEY))[OPTIONS_KEY]);
  };

  /** The remembered choice that applies to `host` (its own, else its nearest parent domain's). */
  async function siteChoice(host: string): Promise<boolean | undefined> {
    await prepared();
    const keys = hostAndParents(host).map(siteKey);
    const stored = await sync.get(keys);
    const found = keys.map((k) => stored[k]).find((v) => typeof v === 'boolean');
    return found as boolean | undefined;
  }

  return {
    /** Migrates version 1 and 2 settings and repairs damaged ones in storage, once per context. */
    prepare,
    getOptions,
    siteChoice,

    /** Saves run one after another, so quick changes (two checkboxes) never undo each other. */
    setOptions(patch: Partial<Omit<Options, 'version'>>): Promise<Options> {
      const saved = writing.then(async () => {
        const next = normalizeOptions({ ...(await getOptions()), ...patch });
        await sync.set({ [OPTIONS_KEY]: next });
        return next;
      });
      writing = saved.catch(() => undefined);
      return saved;
    },

    /** Whether highlighting starts by itself on `host`: the site's choice, else the mode. */
    async isEnabled(host: string): Promise<boolean> {
      const [choice, options] = await Promise.all([siteChoice(host), getOptions()]);
      return choice ?? options.mode === 'auto';
    },

    /**
     * The popup's switch for a site: a choice equal to what the mode does anyway is forgotten, so
     * the lists hold only exceptions.
     */
    async setSite(host: string, enabled: boolean): Promise<void> {
      const byMode = (await getOptions()).mode === 'auto';
      if (enabled === byMode) await sync.remove(siteKey(host));
      else await sync.set({ [siteKey(host)]: enabled });
    },

    /** The options page's lists: always (true) or never (false) on `host`, kept whatever the mode. */
    async addSite(host: string, enabled: boolean): Promise<void> {
      await prepared();
      await sync.set({ [siteKey(host)]: enabled });
    },

    async forgetSite(host: string): Promise<void> {
      await prepared();
      await sync.remove(siteKey(host));
    },

    /** Every site with a remembered choice, sorted by hostname. */
    async listSites(): Promise<SiteChoice[]> {
      await prepared();
      const all = await sync.get(null);
      return Object.entries(all)
        .filter(([key, v]) => key.startsWith(SITE_PREFIX) && typeof v === 'boolean')
        .map(([key, v]) => ({ host: key.slice(SITE_PREFIX.length), enabled: v as boolean }))
        .sort((a, b) => a.host.localeCompare(b.host));
    },
  };
}

export type Settings = ReturnType<typeof createSettings>;

/** Whether a storage change can alter what `host` shows (its own or a parent's choice, or the options). */
export function affectsSite(changedKeys: readonly string[], host: string): boolean {
  const keys = new Set([OPTIONS_KEY, ...hostAndParents(host).map(siteKey)]);
  return changedKeys.some((k) => keys.has(k));
}
