// One finding: its sentence with the cue words marked, why it was flagged, and what a careful reader
// might check. A button, because activating it (click, Enter, Space) shows the sentence on the page.
// All page text is rendered as text nodes.
import { t } from '../../shared/i18n';
import type { MessageKey } from '../../shared/i18n';
import type { FindingView } from '../../shared/report';
import { emphasise } from './emphasis';

interface Props {
  finding: FindingView;
  onReveal(id: number): void;
}

/** What to ask of a claim of this kind ("Who is the source? Is it confirmed elsewhere?"). */
export const checkFor = (kind: FindingView['kind']) => t(`check_${kind.replace(/-/g, '_')}` as MessageKey);

export function FindingButton({ finding, onReveal }: Props) {
  const parts = emphasise(finding.sentence, finding.cues);
  return (
    <li>
      <button type="button" class={`finding kind-${finding.kind}`} data-testid="finding" onClick={() => onReveal(finding.id)}>
        <span class="sentence">{parts.map((p, i) => (p.cue ? <mark key={i}>{p.text}</mark> : p.text))}</span>
        <span class="why">
          <span class="label">{t('popup_why')}</span> {finding.explanation}
        </span>
        <span class="check" data-testid="check">
          <span class="label">{t('popup_check')}</span> {checkFor(finding.kind)}
        </span>
      </button>
    </li>
  );
}
