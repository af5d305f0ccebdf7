// The category's colour, as on the page's highlights.
import type { FindingKind } from '../../engine';

export function KindDot({ kind }: { kind: FindingKind }) {
  return <span class={`dot kind-${kind}`} aria-hidden="true" />;
}
