// Generated from hedge-adverbs.txt by scripts/build-lexicons.mjs: edit the .txt, then run `npm run lexicons`.
const entries: readonly string[] = [
  "reportedly",
  "allegedly",
  "alleged",
  "apparently",
  "purportedly",
  "supposedly",
  "reputedly",
  "possibly",
  "probably",
  "likely",
  "unlikely",
  "perhaps",
  "maybe",
  "presumably",
  "seemingly",
  "ostensibly",
  "rumored",
  "rumoured",
  "unconfirmed",
  "unverified"
];
export default entries;
