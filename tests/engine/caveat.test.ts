// The caveat detector: each rule on sentences written for this test (never corpus sentences),
// with the look-alikes each rule must leave alone.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/engine/document';
import { caveat } from '../../src/engine/detectors/caveat';

const run = (text: string) => caveat.detect(buildDoc(text));
/** The rule that fired on a one-sentence text, or null. */
const ruleOf = (text: string) => {
  const f = run(text);
  expect(f.length).toBeLessThanOrEqual(1);
  return f.length ? f[0].rule : null;
};

const cases: Record<string, { fires: string[]; quiet: string[] }> = {
  verification: {
    fires: [
      'The rebels\' claims could not be independently assessed.',
      'The findings have not been peer-reviewed.',
      'The study has not yet been peer reviewed.',
      'Neither claim could be independently confirmed.',
      'The number of guests cannot be determined from the invoices.',
      'The casualty figures could not be checked independently.',
      'The cause of the outage has not been established.',
      'The photographs of the flooded depot could not be independently verified.',
      'The figure has not been confirmed by the port authority.',
      'Most of the sightings go unverified.',
      'An unverified recording of the meeting circulated on Sunday.',
      'The ministry would neither confirm nor deny the transfer.',
      'Fact-checking claims from inside the camp is extremely difficult.',
    ],
    quiet: [
      'The paper was peer reviewed last year.',
      'The referee determined that the goal stood.',
      'She checked the figures twice before the meeting.',
      'The company was established in 1998.',
      'The lab confirmed the sample matched the river water.',
      'Her nomination was not confirmed by the Senate until March.',
      'He could not attend the hearing because of the storm.',
    ],
  },
  'source-reliability': {
    fires: [
      'State television often exaggerates the army\'s gains.',
      'The mayor gave shifting explanations for the closure.',
      'The results should be interpreted with caution.',
      'Several economists criticized the methodology of the survey.',
      'Their previous reports have repeatedly turned out to be false.',
      'The driver said the officer had made it up.',
      'The letter from the clinic was made up.',
      'He was making up a story about the storm.',
      'The governor has made dozens of false or misleading claims about the budget.',
      'The senator falsely claimed that the plant had closed.',
      'Her earlier statements about the loan proved false.',
      'His testimony was rife with contradictions.',
      'Reporters found inconsistencies in her account of the night.',
      'Residents gave conflicting accounts of the fire.',
      "We can't take the agency's word for it.",
      'Such figures should not be taken at face value.',
      'The numbers should be treated with caution.',
      'Accounts from former guards are notoriously unreliable, historians say.',
      'The informant has a history of false claims about the cartel.',
      'The tabloid paid for stories from neighbours of the couple.',
      'Several of their testimonies have fallen apart under cross-examination.',
      'The judge questioned the veracity of the witness.',
    ],
    quiet: [
      'The tide brought shifting sands to the bay.',
      'The jury is made up of twelve residents.',
      'Students make up 40 percent of the town.',
      'The team made up for the loss on Sunday.',
      'She made it up as she went along.',
      'The alarm turned out to be false.',
      'The fire alarm gave a false signal.',
      'The two teams have conflicting schedules.',
      'He took the offer at face value and signed.',
      'She gave him her word that she would come.',
      'The crew approached the ridge with caution.',
      'His proof of the theorem is free of contradictions.','The museum has a history of lending paintings abroad.', 'The workers were paid on Friday.'],
  },
  explicit: {
    fires: [
      'Another caveat: the survey was taken before the storm.',
      'One important caveat is that the survey covered two towns.',
      'We should also note that the prices are for one city.',
      'This account comes with the caveat that the diary was found decades later.',
      'It should be noted that the survey covered only two towns.',
      'The data, however, do not necessarily show a national trend.',
      'The new records cast doubt on the mayor’s version of events.',
    ],
    quiet: [
      'The caveat emptor principle still applies to used cars.',
      'The bridge, however, reopened on Tuesday.',
      'However, the team won the next three games.',
      'She will finish the race, however unlikely that seems.',
      'The coach added a caveat: the new players need time.',
    ],
  },
  'non-response': {
    fires: [
      'Attempts to reach the landlord were unsuccessful.',
      'A spokesperson for the museum was not available to comment.',
      'The bakery declined repeated requests for comment.',
      'There was no immediate response from the port authority.',
      'The campaign would not share its internal polling.',
      'The ministry has yet to respond.',
      'The owner has yet to explain why the gate was open.',
      'The hospital did not respond to several emailed and phoned requests for comment.',
      "A spokeswoman said she couldn't comment on the ongoing inquiry.",
      'The two officers left the courtroom without responding to questions from reporters.',
      'The club declined comment.',
      'The director refused to answer on three occasions.',
      'The minister did not address the allegations in his speech.',
      'The senator has not yet responded to the accusations.',
      'The mining company declined to comment.',
      'A lawyer for the mayor did not respond to a request for comment.',
      'Harlan could not be reached for comment on Friday.',
      'The hospital would not say whether the patient had been moved.',
      'The agency declined to publicly detail the scope of the audit.',
      'Calls to the embassy went unanswered.',
      'The firm referred questions to its parent company.',
      'We do not discuss ongoing investigations, the bank said.',
      'The school declined to be interviewed for this story.',
      'Questions to the regulator were not answered.',
    ],
    quiet: [
      'Efforts to reach a deal failed on Friday.',
      'The judge refused the request to delay the trial.',
      'Many households did not answer the census survey.',
      'The party has yet to name a leader.',
      'The brothers had not spoken to each other since the funeral.',
      'The report did not address the cost of the new runway.',
      'The engineers could not explain the rise in pressure.',
      'She walked out without answering the door.',
      'The club declined to renew the contract.',
      'The campaign declined to discuss its plans for the spring.',
      'The senator would not say whether she will run again.',
      'He refused to say the words on stage.',
      "\"I wouldn't say that,\" the coach laughed.",
      'The officer, who was not named, described the scene.',
      'The carrier did not respond to the offer before the deadline.',
      'Financial details of the merger were not disclosed.',
      "The driver's name wasn't released.",
      'The letters were answered within a week.',
    ],
  },
  denial: {
    fires: [
      'The coach has said he did nothing wrong.',
      'The driver has maintained his innocence.',
      'The club pushed back on the report, calling it inaccurate.',
      'The claim appears to be false.',
      'The farmer disputed that the fence had moved.',
      'The bakery said the complaints were without merit, and the claims had no merit.',
      'The embassy called the accusations absurd.',
      'The army said the video was fake.',
      'The rebels say the casualty figures are exaggerated.',
      'The firm rebuffed the claims.',
      'The manager dismissed the whole affair as "absurd."',
      'Aides rejected any implication that she would quit.',
      'The spokesman said the story was simply not true.',
      'The mayor called the report a lie.',
      'She said her remarks had been mischaracterized.',
      'The coach has denied both allegations.',
      'The report was denied by the ministry.',
      'He was accused of taking bribes, which he has denied.',
      'The new figures contradict his earlier statements.',
      'The death toll remains disputed.',
      'The mayor dismissed the reports as a smear campaign.',
      'The network said the report was misleading.',
      'The minister denied the report.',
      'The company has always denied it.',
      'The striker vigorously denied any wrongdoing.',
      'The union disputed the account given by the managers.',
      'The governor called the allegations baseless.',
      'Her spokesman rejected the characterization as a false narrative.',
      'The mayor later insisted she never signed the contract.',
      'Both men pleaded not guilty.',
    ],
    quiet: [
      'The jury weighed the question of his innocence.',
      'Calling it a day, the crew went home.',
      'The treaty settled many disputes that had divided the valley.',
      'It was a four-way contest that split the vote.',
      'The owners insisted they will not sell the team.',
      'The school uses a merit system.',
      'He gave an exaggerated bow.',
      'The plot of the film is absurd.',
      'The actors staged a play about the war.',
      'The film stays true to the novel.',
      'They lie on the beach all day.',
      'It is not true to say the town is empty, but it is quiet.',
      'The report said he was denied a visa.',
      'The ruling, which denied the request, was appealed.',
      'The plan would contradict the wishes of local residents.',
      'The disputed border runs along the river.',
      'The race is still contested in two districts.',
      'Critics dismissed him as a newcomer.',
      'The suspect was denied bail.',
      'The board denied funding for the new stadium.',
      'The two countries are locked in a trade dispute.',
      'The committee rejected the bill on Tuesday.',
      'The airline did not dispute the figures.',
    ],
  },
  'open-question': {
    fires: [
      'Questions remain about the timing of the raid.',
      'Nobody knows exactly how the fire started.',
      'It is impossible to know the precise cause of the crash.',
      'It is difficult to assess the rebels\' claims about the town.',
      'A search of the archive found no record of the award.',
      'We will never know why the ship changed course.',
      'We may never know.',
      'There is no way of knowing how many people were inside.',
      'Investigators could not determine whether the valve had been opened.',
      'The origins of the letter remain obscure.',
      'The researchers found no evidence that the drug was tampered with, and there was insufficient evidence to charge anyone.',
      'The mayor made the claim without offering any evidence.',
      'It is unclear who else attended the dinner.',
      'It is not clear whether the files were ever opened.',
      'The cause of the leak remains unknown.',
      'There is no evidence that the pump was tampered with.',
      'The inspectors did not provide evidence that the dam was unsafe.',
      'Investigators were unable to determine which accounts had been accessed.',
      'It is too early to know whether the spike reflects a real rise.',
      'The names of the donors are not a matter of public record.',
    ],
    quiet: [
      'Two questions about the budget remain on the agenda.',
      'Questions remain about whether the coach will stay.',
      'Nobody knows the valley better than the shepherds.',
      'With this team, one never knows.',
      'It is hard to say goodbye to the old house.',
      'No one knows who will win the cup.',
      'The runner did not have the long record of wins of her rival.',
      'The singer was an obscure figure until last year.',
      'You would never know it from the crowds.',
      'We never know when the bus will come.',
      "I can't say whether I will go.",
      'It is unclear whether the Greens will win the seat.',
      'It remains to be seen whether the deal will hold.',
      'How the market will react remains unclear.',
      'It is not clear if the new rules are going to pass.',
      'The band is a great unknown in the local scene.',
      'Courts did not require written evidence of the contract.',
      'The company is not a public firm.',
    ],
  },
  limitation: {
    fires: [
      'The sample was small.',
      'The survey had a small sample of farmers.',
      'The study did not account for income.',
      'The official count is likely an undercount.',
      'Deaths in rural areas are often underreported.',
      'The study does not prove that the diet works.',
      'There are no reliable figures for the north.',
      'The street prices are only a rough approximation.',
      'The authors acknowledge the limitations of the survey.',
      "The study's main limitations are its size and its timing.",
      'Information on the cost was unavailable.',
      'Figures for the last quarter were not available.',
      'The tally does not include votes cast by mail.',
      'The price data do not reflect the country as a whole.',
      'The records from the period are incomplete.',
      'The estimates are necessarily more speculative.',
      'It is difficult to draw firm conclusions from one season.',
      'The team was unable to collect data on the smaller rivers.',
      'There are no hard data on the number of boats.',
    ],
    quiet: [
      'She handed out free samples of cheese.',
      'The small shop sells a sample of local wines.',
      'There are no polls showing the mayor ahead.',
      'The new drug does not show side effects.',
      'The coach was not available for the match.',
      'The bakery does not include nuts in its bread.',
      'The ticket office was unavailable on Sunday.',
      'The painting was an incomplete sketch.',
      'The survey team drew conclusions in a long report.',
      'He was unable to collect his prize.',
      'Fans can no longer count on the striker.',
      'The results also showed the weakness of the old model of the engine.',
    ],
  },
  correction: {
    fires: [
      'An earlier version misstated the name of the bridge.',
      'A previous version incorrectly said the school had closed.',
      'An earlier version of this article misstated the date of the vote.',
      'This story has been updated with a statement from the council.',
      'Correction: The museum opens at 10 a.m., not 9 a.m.',
      'The caption incorrectly identified the man on the left.',
    ],
    quiet: [
      'An earlier version of the phone had a smaller screen.','The updated version of the phone ships in May.', 'The teacher corrected the essays overnight.'],
  },
};


// Shapes rather than phrases (issue 7): each rule again on sentences of other wordings, with a
// negation on the subject, a long complement, an adverbial in front, and the look-alikes that
// share their words.
const shapes: Record<string, { fires: string[]; quiet: string[] }> = {
  verification: {
    fires: [
      'The army said it was looking into the report.',
      'Officials are investigating the claims.',
      'None of the sightings have been independently verified.',
      'The date of the letter has yet to be established.',
      'None of the charges against the pilot have been proven.',
      'The effect of the diet has not been replicated.',
      'The figures remain to be confirmed by the port authority.',
      'The results need to be verified in a larger trial.',
      'The paper has not yet been published in a peer-reviewed journal.',
      'The harbour master was not able to confirm the number of boats.',
      'There was no way to verify the fishermen\'s account.',
    ],
    quiet: [
      'Police are investigating the crash.',
      'She was looking into the camera.',
      'The club has not confirmed whether the striker will play on Sunday.',
      'The plan needs to be assessed before the council votes.',
      'The bridge was confirmed as safe by the engineers.',
    ],
  },
  'non-response': {
    fires: [
      'Neither the bakery nor its owner responded to questions about the fire.',
      'None of the three landlords replied to written requests for comment.',
      'No one at the depot returned our calls.',
      'The school has so far not commented.',
      'The mayor chose not to respond to the accusations.',
      'The firm did not immediately have a comment.',
      'The ferry company declined to make a manager available for an interview.',
      'The harbour office did not respond when contacted on Friday.',
      'The council did not respond to emailed, phoned and written requests for comment about the closure.',
      'Our reporter was unable to reach the landlord for comment.',
      'Attempts by this paper to contact the owners were unsuccessful.',
      'There was no response from the shipping line.',
      'The museum had no comment.',
      'The mayor was not immediately available to comment.',
      'No one at the factory was available to speak.',
      'The coach has remained silent about the fine.',
      'The board has been tight-lipped about the sale of the club.',
      'The owner said he had nothing further to add.',
      'The spokeswoman would only say that the matter was closed.',
      'The port authority offered no explanation for the delay.',
      'The minister left the hall without saying why.',
      'The clinic declined to release the footage.',
      'The agency referred requests for comment to its lawyers.',
    ],
    quiet: [
      'She left without saying, "This is the end."',
      'The community doesn\'t identify with him.',
      'The trainer said she would not remain silent about the abuse in the future.',
      'The hall was silent when the verdict was read.',
      'A porter, who declined to be named, described the scene.',
      'A neighbour who declined to give her name said the house had been empty for years.',
      'The patients did not respond when treated with the older drug.',
      'The visitors had no answer to the home side\'s pace.',
      'The emergency crew could not reach the village in time.',
      'No country has shared a detailed plan for the river.',
      '"That doesn\'t mean no response," the coach said.',
      'The singer left without saying goodbye.',
      'The owners were tight-lipped about their next venture.',
    ],
  },
  denial: {
    fires: [
      'The two sides blamed each other for the collapse of the truce.',
      'Both armies accused one another of shelling the town.',
      'He said he didn’t do anything wrong.',
      'The coach insisted he had done nothing wrong.',
      'The new records cut against his account of the night.',
      'Both men pleaded innocent.',
      'The ministry disputes the casualty figures.',
      'The club pushed back on the report.',
      'The mayor brushed off the accusations.',
      'The governor brushed the claims aside.',
      'The coach took issue with the newspaper\'s account.',
      'The farmers disagreed with the official account of the flood.',
      'The driver maintains he is innocent.',
      'The team said the story was wrong.',
      'The baker denied the remarks.',
      'The army denied its soldiers had entered the village.',
      'The minister denies he knew about the payments.',
      'Jones said she never received the invoice.',
      'The two men vowed to fight the charges.',
      'The ministry says the photographs are not accurate.',
      'The coach said his remarks had been taken out of context.',
      'The company called the lawsuit frivolous.',
      'His lawyer called the charges politically motivated.',
      'An image of the meeting was denied by the palace.',
      'The allegation was rejected by two separate inquiries.',
      'The agent played down the reports of a transfer.',
      'The club denied every allegation.',
    ],
    quiet: [
      'They accused him of theft.',
      'He asked if she did anything wrong.',
      'The tax cuts against the wishes of the mayor were passed.',
      'If the council wanted to dispute that, it could have written back.',
      'Fans would take issue with the new kit, the designer joked.',
      'The goalkeeper disagreed with him about tactics.',
      'Something went wrong with the ferry\'s engine.',
      'The firm will fight for a bigger share of the market.',
      'The new coach faces a tough challenge in the north.',
      'An innocent bystander was hurt.',
      'She said she never wanted to leave the island.',
      'There\'s no denying the team has had a good year.',
      'The judge dismissed the lawsuit in March.',
      'The tweet sums up the absurd double standard.',
      'The general played down any fighting role for the troops.',
    ],
  },
  'open-question': {
    fires: [
      'The motive remains a mystery.',
      'Why the ship turned back is still a mystery.',
      'It is not possible to say how many boats sank.',
      'The exact toll is difficult to determine.',
      'The cause of the blaze remains under investigation.',
      'It is not clear from the records whether the fee was paid.',
      'Investigators have yet to determine the cause of the blaze.',
      'Police have not yet determined who fired first.',
      'How the virus jumped to humans is still not fully understood.',
      'The causes of the disease remain poorly understood.',
      'The claim is not supported by any evidence.',
      'The figures are unsupported by evidence.',
      'There is no way to check the figures.',
    ],
    quiet: [
      'It couldn\'t be more clear, he said.',
      'She wrote a mystery novel.',
      'It is no mystery why the team lost.',
      'The break-in is under investigation, police said.',
      'It is not possible to book seats online.',
      'It is understood that the minister will resign.',
      'It is not clear to me why people like the show, she laughed.',
      'It\'s an open question whether the coach will stay.',
    ],
  },
  correction: {
    fires: [
      'Correction, Nov. 15, 2019: This article misnamed the publisher.',
      'UPDATE (3:40 p.m.): The company has responded.',
      'The headline of this article was changed to correct the name of the town.',
      'The story has been amended to remove a reference to the trial.',
      'This article originally stated that the bridge had closed.',
      'Due to an editing error, the date of the vote was wrong.',
    ],
    quiet: [
      'Update the app now: it fixes a bug.',
      'Corrections officers went on strike.',
      'The company changed its logo last year.',
      'The report was revised to show higher growth.',
    ],
  },
  limitation: {
    fires: [
      'In addition, the price data is for one state, a place where the drug is legal, and does not reflect the nation as a whole.',
      'More research is needed before the drug is used widely.',
      'Further studies are required to confirm the link.',
      'Reliable figures are hard to come by.',
    ],
    quiet: [
      'More staff are needed at the hospital.',
    ],
  },
  'source-reliability': {
    fires: [
      'This seemed improbable.',
      'The story sounds far-fetched.',
      'Such figures should not be trusted.',
      'You can\'t trust their numbers.',
      'You shouldn\'t just believe them.',
      'Estimates of the crowd varied widely.',
      'Accounts of the night differ.',
      'How can we take the ministry\'s word for it?',
      'The senator baselessly claimed the vote was rigged.',
    ],
    quiet: [
      'She can\'t be trusted with secrets.',
      'A bid at his age seems improbable.',
      'I can\'t believe he won the race.',
      'An improbable victory for the visitors.',
      'Prices vary by region.',
    ],
  },
  explicit: {
    fires: [
      'However, doubts remain about the figures.',
    ],
    quiet: [
      'However, there is little doubt that the team played well.',
      'The mayor, it is worth noting, had raised the matter before.',
      'However, it is unclear when the bridge will reopen.',
      'The harbour, however, is likely to close next year.',
    ],
  },
};

// Shapes found by reviewing the engine on unlabelled political news (PolNeAR) and by writing the
// forms the silver review missed (issue 7): asides inside a verb group, fact-check verdicts,
// findings paid for by a party; and the generic senses the review found flagged wrongly.
const review: Record<string, { fires: string[]; quiet: string[] }> = {
  verification: {
    fires: ['The analysis was posted as a preprint last week.'],
    quiet: ['The analysis was posted on the council website last week.'],
  },
  'source-reliability': {
    fires: [
      'The senator falsely suggested that the mill had been sold.',
      'The mayor repeated — again falsely — that the bridge was safe.',
      'The survey was funded by a tobacco company.',
      'A poll commissioned by the union found wide support for the strike.',
      'The agency has a long record of dishonesty about its budget.',
      'The firm has a history of overstating its sales.',
    ],
    quiet: [
      'The scanner falsely flagged the suitcase as dangerous.',
      'The bridge was funded by the regional government.',
      'The festival was sponsored by a brewery.',
      'Voters consider the governor untrustworthy.',
      'Some inaccurate statements always slip into campaign leaflets.',
    ],
  },
  'non-response': {
    fires: [
      'The council did not, however, respond to questions about the contract.',
      'The club declined, when asked on Friday, to comment on the transfer.',
      'The ministry has not, so far, replied to our questions.',
      'The operator released few details about the outage.',
      'The landlord has not responded to the lawsuit.',
      'We asked the agency for its data but did not receive a response.',
      "We did not hear back from the minister's office.",
      'The owner could not be located for comment.',
    ],
    quiet: [
      'The lost dog could not be located.',
      'When they did not hear back, they moved to another city.',
      'The firm gave a little information at first and more later.',
      'Red, green, blue, yellow and white flags lined the street.',
    ],
  },
  denial: {
    fires: [
      'Her account has been contradicted by the security footage.',
      "Several researchers questioned the study's conclusions.",
      'The findings have been challenged by other laboratories.',
      'The allegations are without foundation, the company said.',
      'The charity said the accusations had no basis in fact.',
      'The post omits important context about the vote.',
      'The minister said the number was exaggerated.',
      'He said his remarks had been misconstrued.',
      'The campaign called the leaks a false narrative.',
      'The council said the claims are based on rumour, not facts.',
      'The agency said the story was not based in fact.',
      'The professor derided the report as fantasy.',
      'The union disputes that account of the strike.',
      'The ministry disputed that anyone had been hurt.',
      'The spokesman said the whole story was totally bogus.',
      'Her lawyer called the accusations "utterly baseless".',
      'Several of his answers turned out to be exaggerated or untrue.',
      'The agency said the rumours were nonsense.',
    ],
    quiet: [
      'The police questioned the driver for an hour.',
      'The court found no legal basis to block the merger.',
      'The volunteers meet on a weekly basis.',
      'He insisted they had no choice but to close the school.',
      'She responded without raising her voice.',
      'Students researched the spread of false information online.',
      'The ruling was based on facts agreed by both sides.',
      'The comedian mocked the mayor as a clown.',
      'The party looks ahead to contests that are held in the south.',
      'She hopes to win contests that month.',
      'Voters are tired of this kind of nonsense.',
      'The question was not unfounded.',
    ],
  },
  'open-question': {
    fires: [
      'It is too soon to tell what caused the blackout.',
      'There is no way to know for sure how many boats sank.',
      "The senator's claim is not supported by the data.",
      'We could not find any record of the award.',
      'There are still many unknowns about the crash.',
    ],
    quiet: [
      'The plan was launched without a clear timetable.',
      'The study found no evidence of side effects.',
      'The candidate was not supported by the party.',
      'There are many unknowns about what the court will decide.',
    ],
  },
  limitation: {
    fires: ['The researchers were not, for example, able to collect data on income.'],
    quiet: ['The researchers were able to collect data on income.'],
  },
};

describe('caveat detector', () => {
  for (const [rule, { fires, quiet }] of Object.entries(cases))
    describe(rule, () => {
      for (const text of fires) it(`fires: ${text}`, () => expect(ruleOf(text)).toBe(`caveat/${rule}`));
      for (const text of quiet) it(`quiet: ${text}`, () => expect(ruleOf(text)).toBeNull());
    });

  describe('shapes', () => {
    for (const [rule, { fires, quiet }] of [...Object.entries(shapes), ...Object.entries(review)]) {
      for (const text of fires) it(`${rule} fires: ${text}`, () => expect(ruleOf(text)).toBe(`caveat/${rule}`));
      for (const text of quiet) it(`${rule} quiet: ${text}`, () => expect(ruleOf(text)).toBeNull());
    }
  });

  it('gives one finding per sentence, spanning its cues, with a plain explanation', () => {
    const text = 'The claim could not be independently verified, and the ministry declined to comment. The sky was clear.';
    const found = run(text);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f.kind).toBe('caveat');
    expect(f.text).toBe('could not be independently verified');
    expect(f.explanation).toBe("'could not be independently verified': the article itself says this is unconfirmed");
    expect(text.slice(f.sentence.start, f.sentence.end)).toBe(
      'The claim could not be independently verified, and the ministry declined to comment.',
    );
  });

  it('keeps separate cues apart (however … doubt word)', () => {
    const [f] = run('The numbers, however, are not necessarily final.');
    expect(f.cues.map((c) => c.text)).toEqual(['however', 'necessarily']);
  });

  it('stays linear on long and repetitive input', () => {
    const text = 'However however however '.repeat(20000) + 'not necessarily.';
    const t0 = performance.now();
    run(text);
    run('declined to '.repeat(30000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
