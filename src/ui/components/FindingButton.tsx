// One finding: its sentence with the cue words marked, and why it was flagged. A button, because
// activating it scrolls the page to the sentence. All page text is rendered as text nodes.
import type { FindingView } from '../../shared/report';
import { emphasise } from './emphasis';

interface Props {
  finding: FindingView;
  onReveal(id: number): void;
}

export function FindingButton({ finding, onReveal }: Props) {
  const parts = emphasise(finding.sentence, finding.cues);
  return (
    <li>
      <button type="button" class={`finding kind-${finding.kind}`} data-testid="finding" onClick={() => onReveal(finding.id)}>
        <span class="sentence">{parts.map((p, i) => (p.cue ? <mark key={i}>{p.text}</mark> : p.text))}</span>
        <span class="why">{finding.explanation}</span>
      </button>
    </li>
  );
}
