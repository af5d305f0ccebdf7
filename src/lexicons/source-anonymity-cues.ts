// Generated from source-anonymity-cues.txt by scripts/build-lexicons.mjs: edit the .txt, then run `npm run lexicons`.
const entries: readonly string[] = [
  "condition of anonymity",
  "requested anonymity",
  "granted anonymity",
  "insisted on anonymity",
  "spoke anonymously",
  "speaking anonymously",
  "not authorized to",
  "asked not to be named",
  "asked not to be identified",
  "declined to be named",
  "declined to be identified",
  "not be named",
  "not be identified",
  "familiar with",
  "briefed on",
  "close to",
  "knowledgeable about",
  "with knowledge of",
  "in interviews",
  "in attendance",
  "who spoke to",
  "identified only as",
  "identified only by",
  "not authorised to"
];
export default entries;
