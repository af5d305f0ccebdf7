// The names registered in CSS.highlights (and the classes of fallback <mark>s). Tests and
// content.css (beside this file) depend on these exact names.
import type { FindingKind } from '../../engine';

/** The finding's span, from its first cue to its last: `gos-hedge`, `gos-anonymous-source`, ... */
export const spanName = (kind: FindingKind) => `gos-${kind}`;
/** The cue words inside it, painted stronger: `gos-hedge-cue`, ... */
export const cueName = (kind: FindingKind) => `gos-${kind}-cue`;
/** The sentence the popup scrolled to, for a moment. */
export const FLASH = 'gos-flash';

export const PRIORITY = { span: 1, cue: 2, flash: 3 } as const;
