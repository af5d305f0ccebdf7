// Generated from hedge-word-classes.txt by scripts/build-lexicons.mjs: edit the .txt, then run `npm run lexicons`.
const entries: readonly string[] = [
  "be: is are was were be been being am 's 're",
  "have: have has had having 've",
  "negation: not n't never hardly scarcely no",
  "determiner: the a an this that these those his her its their our my your some any another each every no such what which whose",
  "possessive: his her its their our my your",
  "subject-pronoun: i we you he she they it one who",
  "noun-context: the a an this that these those his her its their our my your some any another no much little more of in after without with for on well second",
  "month-context: in on since until till by before after from through during of last next early late mid this between to",
  "ability-verb: reached contacted located found seen heard",
  "ability-context: so before until whether if how when unless able",
  "degree: as best highest lowest greatest fastest earliest largest smallest maximum minimum every all widest strongest severest worst most least only utmost",
  "enable: make makes made making render renders rendered",
  "condition: if where wherever whenever when extent",
  "complementizer: that to",
  "claim-compound: department departments adjuster adjusters office offices process processing form forms court courts manager managers handling administrator settlement filing filings payment payments",
  "claim-demand: file files filed filing insurance land territorial legal compensation pay paid paying settle settled settling submit submitted",
  "deliberation: to will would shall should must can could may might let let's please",
  "not-belief: of about tank tanks twice back through up over out process processes experiment experiments leader leaders provoking",
  "certainty: no without beyond reasonable",
  "belief-infinitive: be have"
];
export default entries;
