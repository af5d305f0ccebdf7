// The reader's own cues: words and phrases to flag, per category, and words never to flag. The
// engine applies them (the content script passes them to analyze), so they change what is found,
// not only what is shown. A paragraph the reader can edit previews them live.
import { useState } from 'preact/hooks';
import type { FlaggedKind } from '../../engine';
import { t } from '../../shared/i18n';
import { KIND_LABELS, KIND_ORDER } from '../../shared/kinds';
import { cuesFit, parseCue, readerCues, MAX_CUE_LENGTH } from '../../shared/settings';
import type { Options as OptionValues } from '../../shared/settings';
import { KindDot } from '../components/KindDot';
import { EditableList } from './EditableList';
import { HighlightPreview } from './HighlightPreview';

interface Props {
  options: OptionValues;
  /** Saves a change; resolves to the options as stored. */
  save(patch: Partial<Omit<OptionValues, 'version'>>): Promise<OptionValues>;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const without = (list: readonly string[], cue: string) => list.filter((c) => !same(c, cue));

export function CueLists({ options, save }: Props) {
  const [sample, setSample] = useState(() => t('options_preview_sample'));
  const common = {
    level: 'h3' as const,
    itemClass: 'cue',
    addLabel: t('options_cues_add_label'),
    placeholder: t('options_cues_placeholder'),
    parse: parseCue,
    invalid: (typed: string) => t('options_cues_invalid', typed, MAX_CUE_LENGTH),
  };
  const setKind = (kind: FlaggedKind, list: string[]) => save({ custom: { ...options.custom, [kind]: list } });
  /** Saves the lists with one cue more, unless storage has no room left for it (then says so). */
  const addTo = async (patch: Pick<OptionValues, 'custom' | 'never'>) => {
    if (!cuesFit(patch)) return t('options_cues_full');
    await save(patch);
    return undefined;
  };
  return (
    <section class="card" aria-labelledby="cues-heading" data-testid="cues">
      <h2 id="cues-heading">{t('options_cues_title')}</h2>
      <p class="quiet small">{t('options_cues_hint')}</p>
      {KIND_ORDER.map((kind) => (
        <EditableList
          key={kind}
          {...common}
          id={`cues-${kind}`}
          heading={
            <>
              <KindDot kind={kind} /> {KIND_LABELS[kind].section}
            </>
          }
          empty={t('options_cues_empty')}
          items={options.custom[kind]}
          onAdd={(cue) => addTo({ custom: { ...options.custom, [kind]: [...without(options.custom[kind], cue), cue] }, never: options.never })}
          onRemove={(cue) => void setKind(kind, without(options.custom[kind], cue))}
        />
      ))}
      <EditableList
        {...common}
        id="cues-never"
        heading={t('options_never_title')}
        empty={t('options_never_empty')}
        items={options.never}
        onAdd={(cue) => addTo({ custom: options.custom, never: [...without(options.never, cue), cue] })}
        onRemove={(cue) => void save({ never: without(options.never, cue) })}
      />
      <p class="quiet small">{t('options_never_hint')}</p>
      <div class="part">
        <label for="cues-sample" class="strong">
          {t('options_cues_sample_label')}
        </label>
        <textarea id="cues-sample" data-testid="cues-sample" rows={4} value={sample} onInput={(e) => setSample(e.currentTarget.value)} />
        <HighlightPreview style={options.style} kinds={options.kinds} cues={readerCues(options)} text={sample} label={t('options_cues_preview_label')} testId="cues-preview" />
      </div>
    </section>
  );
}
