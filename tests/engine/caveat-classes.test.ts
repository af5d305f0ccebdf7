// Caveat classes of issue 7 that the stock wordings miss, each with its look-alikes: a speaker's
// own doubt about a fact, facts still looked into or unexplained, access denied to those who would
// check, doubt cast on a claim, a source's record of falsehood, unsettled evidence and sources, a
// party's reported denial of its own part; and the senses the PolNeAR silver review found wrong.
// Every sentence is written for this test (never corpus text).
import { describe } from 'vitest';
import { checkCases } from './caveat-cases';

describe('own doubt (rules/own-doubt.ts)', () =>
  checkCases({
    'open-question': {
      fires: [
        '"I don\'t know whether the two ever spoke," her sister said.',
        '"We honestly do not know who signed the order," a clerk said.',
        '"I\'m not sure that number is correct," the treasurer said.',
        '"I am not certain the shipment ever arrived," the importer said.',
        '"We have no idea if the letter was delivered," the family said.',
        '"I\'m not convinced the readings are accurate," the engineer said.',
        '"We still don\'t know how the fire started," the owner said.',
      ],
      quiet: [
        '"I don\'t know whether we will sign him," the manager said.',
        '"I\'m not sure what to say," the goalkeeper admitted.',
        '"I don\'t know her at all," he said.',
        '"I\'m not sure it makes a difference," she said.',
        '"I don\'t know if he realizes how good this team is," the coach said.',
        '"I didn\'t know what was happening," the passenger said.',
        '"I have no idea how to fix it," he said.',
        '"I\'m sure the recording is genuine," the archivist said.',
        '"I don\'t know what tomorrow brings," the singer said.',
        '"I don\'t know that there is much more to say," he said.',
      ],
    },
  }));

describe('facts looked into or unexplained (rules/unexplained.ts)', () =>
  checkCases({
    'open-question': {
      fires: [
        'Precisely what triggered the blackout is still being examined.',
        'The cause of the derailment is being investigated by the safety board.',
        'The origin of the fire remains under investigation.',
        'How the files left the building has not been explained.',
        'It has not been explained why the ferry left port early.',
        'No explanation was offered for the sudden cancellation.',
        'There was no official explanation for the delay.',
        'The match was abandoned without explanation.',
        'The source of the leak is being looked into by auditors.',
      ],
      quiet: [
        'The bank is being investigated for money laundering.',
        'The midfielder is under investigation.',
        'The engineer explained how the turbine works.',
        'The changes have not been explained to staff yet.',
        'The schedule will be explained on Friday.',
        'No explanation is necessary for a rule this simple.',
        'She gave a clear explanation of the rules.',
        'The robbery is being investigated by detectives.',
      ],
    },
  }));

describe('access denied to those who would check (rules/access.ts)', () =>
  checkCases({
    verification: {
      fires: [
        'Foreign journalists are barred from the border region.',
        'Reporters were blocked from entering the camp.',
        'International monitors have not been allowed into the province.',
        'The junta does not allow foreign reporters into the country.',
        'There is no independent access to the detention sites.',
        'Correspondents have been kept out of the flooded district.',
        'The island has been closed to foreign journalists since March.',
        'Inspectors were denied access to the facility.',
      ],
      quiet: [
        'Supporters were barred from the ground after the fight.',
        'She was banned from driving for a year.',
        'Children are not allowed into the casino.',
        'Reporters were allowed into the chamber for the vote.',
        'Journalists were barred from the private dinner.',
        'The library is closed to visitors on Sundays.',
        'The intruder gained access to the network.',
        'Passengers have no access to the cockpit.',
      ],
    },
  }));

describe('doubt cast on a claim (rules/doubt-cast.ts)', () =>
  checkCases({
    explicit: {
      fires: [
        'Serious doubt has been cast on the official death toll.',
        'Fresh doubts were thrown on the company\'s sales figures.',
        'The leaked invoices throw doubt on the mayor\'s account.',
        'Two economists have raised questions about the bank\'s figures.',
        'The phone records undermine the driver\'s claim that he was at home.',
      ],
      quiet: [
        'Doubts were raised about whether the stadium will be ready.',
        'The director cast her brother in the lead role.',
        'Parents raised questions about the new timetable.',
        'The rain undermined the visitors\' hopes.',
        'The release could raise new questions about the deal.',
        'His judgment has been called into question by colleagues.',
        'The campaign kept raising doubts about her ethics.',
      ],
    },
  }));

describe("a source's record of falsehood (rules/track-record.ts)", () =>
  checkCases({
    'source-reliability': {
      fires: [
        'The channel is notorious for spreading hoaxes.',
        'The blog is known for peddling conspiracy theories about vaccines.',
        'The account has been flagged repeatedly for sharing misinformation.',
        'The broadcaster has previously falsified poll results.',
        'The ministry has lied about casualty figures before.',
        'The regulator was caught misleading lawmakers in the past.',
        'The junta routinely lies about battlefield losses.',
        'The paper is widely seen as a propaganda organ of the ruling party.',
        'The agency has been fined for misreporting its emissions data.',
      ],
      quiet: [
        'The bakery is known for selling sourdough.',
        'The museum is famous for its mosaics.',
        'The band has a reputation for long concerts.',
        'The startup has a record of fighting misinformation online.',
        'The defender was caught offside in the first half.',
        'The goalkeeper has faked injuries before.',
        'The truth often lies somewhere in between.',
        'The group runs a sophisticated propaganda machine.',
        'The council has previously covered up the fountain for the winter.',
      ],
    },
  }));

describe('unsettled evidence and sources (rules/unsettled.ts)', () => {
  checkCases({
    'open-question': {
      fires: [
        'The trial results were inconclusive.',
        'The evidence for the link is far from conclusive.',
        'Whether the treatment helps remains an open question.',
      ],
      quiet: ['The result of the vote was conclusive.', 'Who will win the league is an open question.', 'The weather remains unsettled.'],
    },
    'fact-check': {
      fires: [
        'Contrary to the post, the bridge was never closed.',
        'The claim does not hold up.',
        'The figures do not stand up to scrutiny.',
      ],
      quiet: ['Contrary to expectations, the team won.', 'The roof did not hold up in the storm.', 'She would not stand up to her boss.'],
    },
    'source-reliability': {
      fires: [
        'Much of the account is based on anonymous sources.',
        'The report relies heavily on unnamed officials.',
        'The post gives no source for the statistic.',
        'Some researchers are unconvinced by the findings.',
        'The newspaper did not name its sources.',
        'The ministry\'s figures could not be squared with hospital records.',
        'The filing is riddled with errors.',
      ],
      quiet: [
        'The charity relies on anonymous donors.',
        'The senator did not name her successor.',
        'The players were convinced by the new coach.',
        'The garden is full of roses.',
      ],
    },
    denial: {
      fires: ['The size of the crowd is in dispute.', 'The circumstances of the arrest are disputed.', 'What happened inside the hall is disputed.'],
      quiet: ['The two countries are in a dispute over fishing rights.', 'The border is disputed.'],
    },
  });
});

describe("a party's reported denial of its own part (rules/own-part.ts)", () =>
  checkCases({
    denial: {
      fires: [
        'The chairman said he had no knowledge of the payments.',
        'The firm says it played no part in the leak.',
        'The coach insisted that she had nothing to do with the decision.',
        'The minister said she was unaware of the contract.',
        '"We had no role in the sale," the family said.',
      ],
      quiet: [
        'The firm had no role in the merger.',
        'The FBI said the analyst had no knowledge of the breach.',
        'The referee ought to have no role in the result, he said.',
        'He said the songs have nothing to do with who he is.',
        'The delay had nothing to do with the weather, she said.',
      ],
    },
  }));

describe('senses the silver review found wrong', () =>
  checkCases({
    denial: {
      fires: ['He said he never took the money.', 'The club called the report a lie.'],
      quiet: [
        'Friends say he has never been happier.',
        'Thirty percent said she did nothing wrong.',
        'The governor began to rebut that criticism on Monday.',
        'Police charged him with filing a false insurance report.',
        'The spy agency should feed them false information.',
      ],
    },
    'source-reliability': {
      fires: ['The survey numbers appear to be fabricated.'],
      quiet: ['If the group leaks one discredited document, it loses its value.'],
    },
    'non-response': {
      fires: ['The minister would not discuss how the money was spent.'],
      quiet: ['The senator would not discuss whether she was hoping for a cabinet post.', 'The coach has not said much about how he is preparing for the final.'],
    },
  }));

describe('stock shapes widened', () =>
  checkCases({
    denial: {
      fires: ['The studio called the story "pure speculation."', 'The striker says the claim is an exaggeration.', 'The story is a myth, the museum said.'],
      quiet: ['There is speculation about his future.', 'The myth of Icarus inspired the opera.'],
    },
    'open-question': {
      fires: ['Investigators have not identified a motive.', 'There is no way to know for sure.'],
      quiet: ['Police have not identified the driver.', 'There is no way to know him well.'],
    },
    explicit: {
      fires: ["It is worth noting that the survey was small.", 'It is important to remember that the figures are estimates.', 'It should be noted that the mayor spoke first.'],
      quiet: ['It is worth noting that this is the first final in her career.', 'It is important to remember that elections can be messy.', "It's worth noting the teams aren't friends."],
    },
  }));


describe("limits of a study's design (rules/study-design.ts)", () =>
  checkCases({
    limitation: {
      fires: [
        'The pilot trial was not randomized.',
        'The survey did not include a comparison group.',
        'The authors could not rule out other explanations for the drop.',
        'Differences in diet might explain the association.',
        'Two statisticians urged caution in reading the results.',
        'The sample was too small to show an effect.',
        'All the data come from a single clinic.',
        'The findings are based on a handful of cases.',
        'The study only tracked volunteers for three weeks.',
        'The researchers did not examine whether sleep played a part.',
        'The results have not been reproduced by other groups.',
      ],
      quiet: [
        'The order of the speakers was randomized.',
        'The control group got a sugar pill.',
        'The governor has not ruled out a second term.',
        'Other clubs could explain the rules better.',
        'The mayor urged caution on the roads.',
        'The hall was too small for the crowd.',
        'The firm relies on a handful of clients.',
        'The judge did not consider whether the fine was fair.',
        'The chorus was repeated twice.',
      ],
    },
  }));

describe('a claim set against what was found (rules/counter-record.ts)', () =>
  checkCases({
    'fact-check': {
      fires: [
        'The shipping logs suggest otherwise.',
        'The figures paint a very different picture.',
        "But that isn't the whole story.",
        'The reality is far more complicated.',
        'The comparison is a stretch.',
      ],
      quiet: [
        'The singer tells a different story at every show.',
        'The reality is different for nurses.',
        'Otherwise the match would have been cancelled.',
        'The truth is more complicated than the song suggests.',
        'The whole story appears in her memoir.',
        'That stretch of road is dangerous.',
        "Rising prices are only half the story.",
      ],
    },
  }));
