// Generated from hedge-nouns.txt by scripts/build-lexicons.mjs: edit the .txt, then run `npm run lexicons`.
const entries: readonly string[] = [
  "allegation",
  "allegations",
  "accusation",
  "accusations",
  "speculation",
  "speculations",
  "rumor",
  "rumors",
  "rumour",
  "rumours",
  "hearsay",
  "conjecture",
  "conjectures",
  "hypothesis",
  "hypotheses",
  "suspicion",
  "suspicions",
  "presumption",
  "likelihood"
];
export default entries;
