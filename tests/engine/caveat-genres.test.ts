// Caveats in the shapes of fact-checks, science reporting and investigative pieces (issue 7): each
// rule group on sentences written for this test (never corpus sentences), with the look-alikes it
// must leave alone: the same words said of a person, a machine, a plan, a product or the future.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/engine/document';
import { caveat } from '../../src/engine/detectors/caveat';
import { checkCases, type CaveatCases } from './caveat-cases';

const cases: CaveatCases = {
  'fact-check': {
    fires: [
      // a verdict predicated of a post, a caption, a chart, across a relative clause
      'The caption, which appeared under the photo on several pages, is inaccurate.',
      'That chart is misleading because it starts the axis at 90.',
      'The graphic shared by the campaign is erroneous.',
      'The map in the leaflet is wrong.',
      // the negation on the subject
      'None of the figures in the leaflet are accurate.',
      'Neither of the statistics in the advert is correct.',
      // shown material faked or misplaced
      'A selectively edited clip of the debate spread on Tuesday.',
      'The picture of the flooded road was digitally altered.',
      'The clip was actually filmed in another city four years earlier.',
      'The video was first uploaded in 2014.',
      'The photos are old.',
      // the reporter's own search
      'We could not find the documents the mayor described.',
      // what the material shows, and when it was made
      'The photograph does not depict the march in the capital.',
      'The clip shows a storm in 2012, not last week.',
      'The footage predates the election by six years.',
      // a source that is not news, a verdict standing alone, a quote misattributed
      'The website is a parody.',
      'Verdict: Misleading.',
      'Mostly false.',
      'The quote was never written by the poet.',
    ],
    quiet: [
      'He is wrong about most things, his sister joked.',
      'It is misleading to compare the two seasons, the coach said.',
      'Could the chart be misleading?',
      'The map is not wrong.',
      'None of the runners are true amateurs.',
      'The route of the parade was altered after the storm.',
      'She edited the documentary for two years.',
      'The bridge is old.',
      "The video was first posted on the club's site.",
      'He was in fact filmed by a neighbour.',
      'We found the documents in a box in the attic.',
      'The photos show the damage to the roof.',
      'The castle predates the town.',
      'The comedian is a parody of himself.',
      '"False," he said.',
      'The words were spoken by the priest at the funeral.',
    ],
  },
  verification: {
    fires: [
      "The firm's figures were never audited by an outside accountant.",
      'The drug maker\'s claims have not been tested independently.',
      'The two versions of events could not be reconciled.',
      'The source of the leaked emails could not be traced.',
      'The identity of the donor has not been revealed.',
      'The newspaper has not seen the contract.',
      'We have not seen the footage ourselves.',
    ],
    quiet: [
      'The new bridge has not been tested under heavy loads.',
      'The call could not be traced because the line went dead.',
      'Details of the settlement were not disclosed.',
      'The winner will not be revealed until Friday.',
      'The governor has not seen the report, her spokesman said.',
      'We have not seen such crowds in years.',
    ],
  },
  limitation: {
    fires: [
      'The figures only include patients treated in hospitals.',
      'The survey counts only households with a landline.',
      'The attendance numbers were self-reported by the clubs.',
      'The poll may not be representative of the wider population.',
      'The study relied on an unrepresentative sample of volunteers.',
      'Her two-point lead is within the margin of error.',
      'The count is only a rough estimate.',
      'The results are preliminary and could change.',
      'The analysis did not control for age.',
      'The compound has only been studied in rats.',
      'The authors acknowledged several limitations.',
      'The minister cited an outdated statistic.',
      'The official figures probably understate the damage.',
      'The count is almost certainly an underestimate.',
      'Most attacks on shopkeepers go unreported.',
      'The actual number of deaths is likely far higher.',
      'The trial results have not yet been published.',
      'The claim rests on unpublished data.',
      'The results may not apply to younger patients.',
      'The findings cannot be generalised to other regions.',
      'The survey only found a correlation.',
    ],
    quiet: [
      'The insurance covers only storm damage.',
      'The survey shows only a small gap between the regions.',
      'She is not representative of the typical voter.',
      'The poll has a margin of error of three points.',
      'The best estimate is that the work will take a year.',
      'The talks are preliminary.',
      'The driver could not control the car on the ice.',
      'The virus was found in rats near the harbour.',
      'The manager acknowledged the squad\'s weaknesses.',
      'She self-reported the mistake to her manager.',
      'The factory equipment is outdated.',
      'The champion underestimated her opponent.',
      'The real price of the house was higher than the asking price.',
      'The memoir has not been published in French.',
      'The discount does not apply to members.',
      'Only links to official sites are allowed.',
    ],
  },
  'source-reliability': {
    fires: [
      'The broadcaster is closely controlled by the ruling party.',
      'The agency has a long record of downplaying outbreaks.',
      "The ministry's version differs from what residents told reporters.",
      'The official tally is at odds with the hospital records.',
      'Many economists are skeptical of the government figures.',
      'Critics said the survey was flawed.',
      'The story rests on a single anonymous source.',
      'The driver later changed his account of the crash.',
      'The mayor has since walked back the claim.',
      "The council's figures don't add up.",
      'Experts said the number was implausible.',
      'The economist quoted is a paid adviser to the bank.',
      'The researchers have received funding from the sugar industry.',
    ],
    quiet: [
      'The robot arm is controlled by a laptop.',
      'The coach is at odds with the club owner.',
      'The new phone differs from last year\'s model.',
      'Voters remain skeptical of the mayor.',
      'The referee said the election was flawed.',
      'The town relies on a single source of drinking water.',
      'The singer has a record of three hit albums.',
      'The firm changed its name last year.',
      'The players walked back to the bus.',
      'The bills add up to a large sum.',
      'He later walked back his comments about the coach.',
      'Nurses get paid leave in the summer.',
      'The town receives funding from the state.',
    ],
  },
  'open-question': {
    fires: ['Little is known about the early life of the painter.', 'Not much is known about the group.', 'The proof for the claim is flimsy.'],
    quiet: ['Little is known about what the board will decide next month.', 'The model is thin and tall.', 'Very few people knew him.'],
  },
  explicit: {
    fires: ['There is every reason to doubt the official tally.', 'Readers have reasons to be wary of the leaked photos.'],
    quiet: ['There is no reason to doubt the tally.', 'The reason to question the plan is its cost.', 'Voters have reasons to question her judgment.'],
  },
  denial: {
    fires: ['The photo of the senator is AI-generated.', 'That estimate has been contested by aid groups.', "The ministry's figures contradict those published by the charity."],
    quiet: ['The race was contested by six runners.'],
  },
};

describe('caveats in fact-checks, science and investigations', () => {
  checkCases(cases);

  it('explains a fact-check verdict in plain words', () => {
    const [f] = caveat.detect(buildDoc('The caption is inaccurate.'));
    expect(f.explanation).toBe("'caption is inaccurate': the article itself finds this claim false or misleading");
  });
});
