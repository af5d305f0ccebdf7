// The highlight names live in src/shared/highlight/names.ts, beside the CSS that paints them (the
// options page's preview uses both). Re-exported here for the content script's own modules.
export * from '../shared/highlight/names';
