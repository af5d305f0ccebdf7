// Generated from body-nouns.txt by scripts/build-lexicons.mjs: edit the .txt, then run `npm run lexicons`.
const entries: readonly string[] = [
  "company 41",
  "campaign 30",
  "group 10",
  "administration 8",
  "court 6",
  "agency 5",
  "office 5",
  "board 4",
  "companies 3",
  "government 3",
  "team 3"
];
export default entries;
