// The reader's choices: global options plus a remembered on/off per site. Stored in
// storage.local — options under one key, each site under its own `site:<hostname>` key so two
// tabs saving different sites never overwrite each other.
// From the types module, not the engine's index: the content script bundles this file and must
// not carry the engine (its word lists are built at load time, on every page).
import { FLAGGED_KINDS } from '../engine/types';
import type { FlaggedKind } from '../engine/types';

export const defaults = {
  /** Highlight on sites the reader has not decided about. */
  enabledByDefault: true,
  /** Which categories are highlighted on the page (the popup always lists every finding). Named
   *  sources are no category: they are never highlighted. */
  kinds: { hedge: true, 'anonymous-source': true, 'vague-source': true, caveat: true } as Record<FlaggedKind, boolean>,
};

export type Options = typeof defaults;

export const OPTIONS_KEY = 'options';
const SITE_PREFIX = 'site:';

export const siteKey = (host: string) => SITE_PREFIX + host.toLowerCase();

/** The part of storage.local this module uses; the extension passes the real one, tests a Map. */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SiteChoice {
  host: string;
  enabled: boolean;
}

/** Stored data may come from an older version or be hand-edited: keep what is valid, default the rest. */
export function normalizeOptions(stored: unknown): Options {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Options, unknown>>;
  const kinds = { ...defaults.kinds };
  if (typeof s.kinds === 'object' && s.kinds !== null) {
    for (const kind of FLAGGED_KINDS) {
      const v = (s.kinds as Record<string, unknown>)[kind];
      if (typeof v === 'boolean') kinds[kind] = v;
    }
  }
  return {
    enabledByDefault: typeof s.enabledByDefault === 'boolean' ? s.enabledByDefault : defaults.enabledByDefault,
    kinds,
  };
}

export function createSettings(area: StorageArea) {
  const getOptions = async (): Promise<Options> => normalizeOptions((await area.get(OPTIONS_KEY))[OPTIONS_KEY]);

  return {
    getOptions,

    async setOptions(patch: Partial<Options>): Promise<Options> {
      const next = normalizeOptions({ ...(await getOptions()), ...patch });
      await area.set({ [OPTIONS_KEY]: next });
      return next;
    },

    /** Whether highlighting is on for `host`: the site's remembered choice, else the default. */
    async isEnabled(host: string): Promise<boolean> {
      const key = siteKey(host);
      const stored = await area.get([key, OPTIONS_KEY]);
      const choice = stored[key];
      return typeof choice === 'boolean' ? choice : normalizeOptions(stored[OPTIONS_KEY]).enabledByDefault;
    },

    /** Remember a site's choice; a choice equal to the default is forgotten so the list stays short. */
    async setSite(host: string, enabled: boolean): Promise<void> {
      if (enabled === (await getOptions()).enabledByDefault) await area.remove(siteKey(host));
      else await area.set({ [siteKey(host)]: enabled });
    },

    async forgetSite(host: string): Promise<void> {
      await area.remove(siteKey(host));
    },

    /** Every site with a remembered choice, sorted by hostname. */
    async listSites(): Promise<SiteChoice[]> {
      const all = await area.get(null);
      return Object.entries(all)
        .filter(([key, v]) => key.startsWith(SITE_PREFIX) && typeof v === 'boolean')
        .map(([key, v]) => ({ host: key.slice(SITE_PREFIX.length), enabled: v as boolean }))
        .sort((a, b) => a.host.localeCompare(b.host));
    },
  };
}

export type Settings = ReturnType<typeof createSettings>;

/** Whether a storage change can alter what `host` shows (its own choice, or the options). */
export function affectsSite(changedKeys: readonly string[], host: string): boolean {
  const key = siteKey(host);
  return changedKeys.some((k) => k === key || k === OPTIONS_KEY);
}
