// The options page: when to highlight, which categories are highlighted and which listed, the
// highlight style with a live preview, the reader's own cue words and words never to flag, and the
// sites where it never or always runs. Every change is saved at once; open tabs apply it through
// their storage listener.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FlaggedKind } from '../../engine';
import { t } from '../../shared/i18n';
import type { MessageKey } from '../../shared/i18n';
import { KIND_LABELS, KIND_ORDER } from '../../shared/kinds';
import { HIGHLIGHT_STYLES, MODES, parseHost, readerCues } from '../../shared/settings';
import type { HighlightStyle, KindSwitches, Mode, Options as OptionValues, Settings, SiteChoice } from '../../shared/settings';
import { KindDot } from '../components/KindDot';
import { CueLists } from './CueLists';
import { EditableList } from './EditableList';
import { HighlightPreview } from './HighlightPreview';

interface Props {
  settings: Pick<Settings, 'getOptions' | 'setOptions' | 'listSites' | 'addSite' | 'forgetSite'>;
  /** Calls back whenever stored settings change (another tab, the popup, the shortcut). */
  subscribe(onChange: () => void): () => void;
  /** The keyboard shortcuts bound to the toggle and to "next finding" ('' when none). */
  shortcuts: { toggle: string; next: string };
}

const MODE_LABEL: Record<Mode, MessageKey> = { auto: 'options_mode_auto', 'on-request': 'options_mode_on_request' };
const STYLE_LABEL: Record<HighlightStyle, MessageKey> = {
  both: 'options_style_both',
  background: 'options_style_background',
  underline: 'options_style_underline',
};

export function Options({ settings, subscribe, shortcuts }: Props) {
  const [options, setOptions] = useState<OptionValues | null>(null);
  const [sites, setSites] = useState<SiteChoice[]>([]);

  // Bumped by each save: a load that began before it would show the old value, so it is dropped.
  const saves = useRef(0);

  useEffect(() => {
    const load = () => {
      const at = saves.current;
      void settings.getOptions().then((o) => at === saves.current && setOptions(o));
      void settings.listSites().then(setSites);
    };
    load();
    return subscribe(load);
  }, [settings, subscribe]);

  if (!options) return null;
  const save = (patch: Partial<Omit<OptionValues, 'version'>>): Promise<OptionValues> => {
    // Show the choice at once; storage answers with the saved (normalised) options.
    const at = ++saves.current;
    setOptions({ ...options, ...patch });
    const saved = settings.setOptions(patch);
    void saved.then((next) => at === saves.current && setOptions(next));
    return saved;
  };
  const refreshSites = () => void settings.listSites().then(setSites);

  return (
    <main class="options">
      <header class="page-head">
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <div>
          <h1>{t('extName')}</h1>
          <p class="quiet">{t('options_privacy')}</p>
        </div>
      </header>

      <RadioChoices legend={t('options_when_legend')} name="mode" values={MODES} labels={MODE_LABEL} value={options.mode} onChange={(mode) => save({ mode })}>
        <p class="quiet small">
          {t('options_shortcut_hint', shortcuts.toggle || t('options_shortcut_unset'), shortcuts.next || t('options_shortcut_unset'))}
        </p>
      </RadioChoices>

      <KindChoices legend={t('options_highlight_legend')} name="kinds" value={options.kinds} onChange={(kinds) => save({ kinds })} />
      <KindChoices
        legend={t('options_listed_legend')}
        hint={t('options_listed_hint')}
        name="listed"
        value={options.listed}
        onChange={(listed) => save({ listed })}
      />

      <RadioChoices legend={t('options_style_legend')} name="style" values={HIGHLIGHT_STYLES} labels={STYLE_LABEL} value={options.style} onChange={(style) => save({ style })}>
        <HighlightPreview style={options.style} kinds={options.kinds} cues={readerCues(options)} />
      </RadioChoices>

      <CueLists options={options} save={save} />

      <SiteList
        kind="never"
        title={t('options_sites_never')}
        empty={t('options_sites_never_empty')}
        sites={sites.filter((s) => !s.enabled)}
        onAdd={(host) => void settings.addSite(host, false).then(refreshSites)}
        onRemove={(host) => void settings.forgetSite(host).then(refreshSites)}
      />
      <SiteList
        kind="always"
        title={t('options_sites_always')}
        empty={t('options_sites_always_empty')}
        sites={sites.filter((s) => s.enabled)}
        onAdd={(host) => void settings.addSite(host, true).then(refreshSites)}
        onRemove={(host) => void settings.forgetSite(host).then(refreshSites)}
      />
      <p class="quiet small">{t('options_sites_hint')}</p>
    </main>
  );
}

interface RadioChoicesProps<T extends string> {
  legend: string;
  name: string;
  values: readonly T[];
  labels: Record<T, MessageKey>;
  value: T;
  onChange(next: T): void;
  children?: ComponentChildren;
}

/** One choice out of a few, as a fieldset of radio buttons (arrow keys move within it). */
function RadioChoices<T extends string>({ legend, name, values, labels, value, onChange, children }: RadioChoicesProps<T>) {
  return (
    <fieldset class="card" data-testid={name}>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} class="choice">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          <span>{t(labels[v])}</span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}

interface KindChoicesProps {
  legend: string;
  hint?: string;
  name: string;
  value: KindSwitches;
  onChange(next: KindSwitches): void;
}

function KindChoices({ legend, hint, name, value, onChange }: KindChoicesProps) {
  const set = (kind: FlaggedKind, on: boolean) => onChange({ ...value, [kind]: on });
  return (
    <fieldset class="card" data-testid={name}>
      <legend>{legend}</legend>
      {hint && <p class="quiet small">{hint}</p>}
      <ul class="checks">
        {KIND_ORDER.map((kind) => (
          <li key={kind} class={`kind-${kind}`}>
            <label>
              <input type="checkbox" name={name} value={kind} checked={value[kind]} onChange={(e) => set(kind, e.currentTarget.checked)} />
              <KindDot kind={kind} />
              <span>{KIND_LABELS[kind].option}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

interface SiteListProps {
  kind: 'never' | 'always';
  title: string;
  empty: string;
  sites: SiteChoice[];
  onAdd(host: string): void;
  onRemove(host: string): void;
}

function SiteList({ kind, title, empty, sites, onAdd, onRemove }: SiteListProps) {
  return (
    <EditableList
      id={`sites-${kind}`}
      heading={title}
      level="h2"
      empty={empty}
      items={sites.map((s) => s.host)}
      itemClass="host"
      addLabel={t('options_site_add_label')}
      placeholder="example.com"
      inputMode="url"
      parse={parseHost}
      invalid={(typed) => t('options_site_invalid', typed)}
      onAdd={onAdd}
      onRemove={onRemove}
    />
  );
}
