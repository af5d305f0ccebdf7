// How each kind of finding is named and coloured wherever a reader sees it: popup sections,
// tooltips, options. The colours match the page highlights in src/content/content.css; the names
// come from _locales (kind_<kind>_section / _short / _option), read when asked so the browser's
// language applies.
import type { FlaggedKind } from '../engine';
import { t } from './i18n';
import type { MessageKey } from './i18n';

/** The order sections appear in the popup and options. */
export const KIND_ORDER: readonly FlaggedKind[] = ['hedge', 'anonymous-source', 'vague-source', 'caveat'];

type LabelUse = 'section' | 'short' | 'option';

export const kindLabel = (kind: FlaggedKind, use: LabelUse): string => t(`kind_${kind.replace(/-/g, '_')}_${use}` as MessageKey);

export const KIND_LABELS = Object.fromEntries(
  KIND_ORDER.map((kind) => [
    kind,
    {
      get section() {
        return kindLabel(kind, 'section');
      },
      get short() {
        return kindLabel(kind, 'short');
      },
      get option() {
        return kindLabel(kind, 'option');
      },
    },
  ]),
) as Record<FlaggedKind, Record<LabelUse, string>>;
