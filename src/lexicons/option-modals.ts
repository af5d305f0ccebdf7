// Generated from option-modals.txt by scripts/build-lexicons.mjs: edit the .txt, then run `npm run lexicons`.
const entries: readonly string[] = [
  "could 18 1"
];
export default entries;
