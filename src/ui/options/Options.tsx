// The options page: the default for new sites, which categories are highlighted, and the sites
// with their own remembered choice.
import { useEffect, useState } from 'preact/hooks';
import type { FlaggedKind } from '../../engine';
import { KIND_LABELS, KIND_ORDER } from '../../shared/kinds';
import type { Options as OptionValues, Settings, SiteChoice } from '../../shared/settings';
import { KindDot } from '../components/KindDot';
import { Switch } from '../components/Switch';

interface Props {
  settings: Pick<Settings, 'getOptions' | 'setOptions' | 'listSites' | 'forgetSite'>;
  /** Calls back whenever stored settings change (another tab, the popup, the shortcut). */
  subscribe(onChange: () => void): () => void;
  shortcut: string;
}

export function Options({ settings, subscribe, shortcut }: Props) {
  const [options, setOptions] = useState<OptionValues | null>(null);
  const [sites, setSites] = useState<SiteChoice[]>([]);

  useEffect(() => {
    const load = () => {
      void settings.getOptions().then(setOptions);
      void settings.listSites().then(setSites);
    };
    load();
    return subscribe(load);
  }, [settings, subscribe]);

  if (!options) return null;
  const save = (patch: Partial<OptionValues>) => void settings.setOptions(patch).then(setOptions);
  const setKind = (kind: FlaggedKind, on: boolean) => save({ kinds: { ...options.kinds, [kind]: on } });
  const off = sites.filter((s) => !s.enabled);
  const on = sites.filter((s) => s.enabled);

  return (
    <main class="options">
      <header class="page-head">
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <div>
          <h1>Grain of Salt</h1>
          <p class="quiet">Everything runs in your browser. Nothing about the pages you read leaves it.</p>
        </div>
      </header>

      <section class="card">
        <Switch label="Highlight claims on sites by default" checked={options.enabledByDefault} onChange={(v) => save({ enabledByDefault: v })} />
        <p class="quiet small">
          Each site remembers its own choice when you use the switch in the popup
          {shortcut ? (
            <>
              {' '}or press <kbd>{shortcut}</kbd>
            </>
          ) : null}
          .
        </p>
      </section>

      <section class="card">
        <h2>Highlight on the page</h2>
        <p class="quiet small">The popup always lists every finding; these choose what is marked in the article.</p>
        <ul class="checks">
          {KIND_ORDER.map((kind) => (
            <li key={kind} class={`kind-${kind}`}>
              <label>
                <input type="checkbox" checked={options.kinds[kind]} onChange={(e) => setKind(kind, e.currentTarget.checked)} />
                <KindDot kind={kind} />
                <span>{KIND_LABELS[kind].option}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>

      <SiteList title="Sites turned off" empty="No sites turned off." sites={off} onRemove={(h) => void settings.forgetSite(h).then(() => settings.listSites().then(setSites))} />
      {on.length > 0 && <SiteList title="Sites turned on" empty="" sites={on} onRemove={(h) => void settings.forgetSite(h).then(() => settings.listSites().then(setSites))} />}
    </main>
  );
}

interface SiteListProps {
  title: string;
  empty: string;
  sites: SiteChoice[];
  onRemove(host: string): void;
}

function SiteList({ title, empty, sites, onRemove }: SiteListProps) {
  return (
    <section class="card" aria-label={title}>
      <h2>{title}</h2>
      {sites.length === 0 ? (
        <p class="quiet small">{empty}</p>
      ) : (
        <ul class="sites">
          {sites.map((s) => (
            <li key={s.host}>
              <span class="host">{s.host}</span>
              <button type="button" class="link" aria-label={`Remove ${s.host}`} onClick={() => onRemove(s.host)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
