// The category's colour, as on the page's highlights.
import type { FlaggedKind } from '../../engine';

export function KindDot({ kind }: { kind: FlaggedKind }) {
  return <span class={`dot kind-${kind}`} aria-hidden="true" />;
}
