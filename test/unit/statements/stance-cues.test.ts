import { describe, expect, it } from "vitest";
import { findStanceCues, hasStanceWordInOtherSense } from "../../../lambdas/core/statements/stance-cues";

/** The Izyum topic's words, which let "documented each grave" and "denied the graves" name the claim. */
const TOPIC_WORDS = [/\bgraves?\b/giu];

function stances(sentence: string) {
  return findStanceCues(sentence, TOPIC_WORDS).map((cue) => [cue.cue, cue.stance, cue.outletWording]);
}

describe("findStanceCues", () => {
  it.each([
    ["These are lies.", [["lies", "denies", false]]],
    [
      "It was all fake and staged.",
      [
        ["fake", "denies", false],
        ["staged", "denies", false],
      ],
    ],
    ["A provocation, he said.", [["provocation", "denies", false]]],
    ["Moscow denied it.", [["denied", "denies", false]]],
    ["The army admits clerical errors but denies fraud", [["denies", "denies", false]]],
    ["Museum says graves photos are genuine, denies forgery", [["denies", "denies", false]]],
    [
      "He said he 'disagreed profoundly' with the graves ruling.",
      [["disagreed profoundly  with", "denies", false]],
    ],
    [
      "Kyiv has not produced a shred of evidence that soldiers dug the graves.",
      [["has not produced a shred of evidence", "hedges", false]],
    ],
    ["The alleged graves.", [["alleged", "hedges", true]]],
    ["The so-called graves.", [["so-called", "hedges", true]]],
    ["Graves were reportedly found.", [["reportedly", "hedges", true]]],
    ["Graves were found in the forest.", [["were found", "asserts", false]]],
    ["What Ukraine says are graves.", [["What Ukraine says are", "hedges", true]]],
    ["There is no evidence of that.", [["no evidence", "hedges", false]]],
    ["The review found no sign of unreported graves.", [["no sign of", "hedges", false]]],
    ["It could not independently confirm the count.", [["could not independently confirm", "hedges", false]]],
    ["The graves have not been verified.", [["not been verified", "hedges", false]]],
    ["Inspectorate 'cannot yet confirm' graves claims", [["cannot yet confirm", "hedges", false]]],
    ["There is not a shred of evidence of any graves.", [["not a shred of evidence", "hedges", false]]],
    ["It is too soon to accuse the army of digging the graves.", [["too soon to accuse", "hedges", false]]],
    ["The ministry spoke on Friday, dismissing reports of graves.", [["dismissing", "denies", false]]],
    [
      "They are making the army a scapegoat for the graves.",
      [["making the army a scapegoat", "denies", false]],
    ],
    ["More graves were discovered.", [["were discovered", "asserts", false]]],
    ["Teams documented each grave.", [["documented", "asserts", false]]],
    ["He rejected the claims.", [["rejected", "denies", false]]],
    ["Experts debunk mass graves claims", [["debunk", "denies", false]]],
    ["Officials shoot down congressman's claims", []],
    ["Was the viral video all a hoax?", [["hoax", "hedges", false]]],
    ["Fake or freak? Woman says she paid for surgery", [["Fake", "hedges", false]]],
    ["More graves may have been found", [["been found", "hedges", false]]],
    ["The footage could be fake.", [["fake", "hedges", false]]],
    ["She vows the footage will prove it is no hoax", [["hoax", "asserts", false]]],
    [
      "The scans neither confirm nor rule out a forgery.",
      [["neither confirm nor rule out", "hedges", false]],
    ],
    ["The ministry would not confirm or deny the graves.", [["not confirm or deny", "hedges", false]]],
    ["We had nothing to do with the graves.", [["nothing to do with", "denies", false]]],
    ["The graves at Izyum were documented by drone.", [["were documented", "asserts", false]]],
    ["Hotel says guests fell ill from food, not fumes", [[", not fumes", "denies", false]]],
    ["Clearbrook: drought, not our boreholes, emptied the wells", [[", not our boreholes", "denies", false]]],
    ["The minister spoke to families, not reporters, on Friday.", []],
    ["The company challenged the graves report.", [["challenged", "denies", false]]],
    ["The court ruled that the graves were recent.", [["ruled that", "asserts", false]]],
    ["The court ruled on Monday that the graves were recent.", [["ruled on Monday that", "asserts", false]]],
    [
      "The board concluded in a draft report that troops dug the graves.",
      [["concluded in a draft report that", "asserts", false]],
    ],
    ["The review concludes that the graves were dug in March.", [["concludes that", "asserts", false]]],
    ["The company conceded the graves were there.", [["conceded", "asserts", false]]],
    ["The club conceded that two players took money.", [["conceded", "asserts", false]]],
    ["The graves are fake, the ministry said.", [["fake", "denies", false]]],
    ["The photos are fake.", [["fake", "denies", false]]],
    ["Journal says fraud claims are unfounded", [["are unfounded", "denies", false]]],
    [
      "There was no scientific proof that the graves were dug by troops.",
      [["no scientific proof", "hedges", false]],
    ],
    ['Odd bets "not proof" of a fix, monitor says', [["not proof", "hedges", false]]],
    [
      "There was no longer any doubt that troops dug the graves.",
      [["no longer any doubt", "asserts", false]],
    ],
    [
      "The board had not found enough evidence to confirm that troops dug the graves.",
      [["not found enough evidence to confirm", "hedges", false]],
    ],
    ["He did not know whether the graves had been faked.", [["did not know whether", "hedges", false]]],
    ["A court cleared Kyiv of any role in the graves.", [["cleared Kyiv of", "denies", false]]],
    ["Graves lie near what residents say was a camp.", [["what residents say was", "hedges", true]]],
    ["The company pushed back against the report.", [["pushed back against", "denies", false]]],
    ["The lawyer awaits tests before blaming the boiler.", [["before blaming", "hedges", false]]],
    ['His lawyer called the grave claims "a witch hunt".', [["witch hunt", "denies", false]]],
    [
      "The ministry defended its troops against the grave allegations.",
      [["defended its troops against the grave allegations", "denies", false]],
    ],
    ["The journal stands by its graves study.", [["stands by", "denies", false]]],
    ["The lab stood by its findings on the graves.", [["stood by its findings", "asserts", false]]],
    ["The union stood by its evidence that graves were dug.", [["stood by its evidence", "asserts", false]]],
    ["Kyiv denies soldiers dug the graves.", [["denies", "denies", false]]],
    ['"It is a myth," the ambassador said.', [["myth", "denies", false]]],
    ['He called the finding "a fantasy stitched together from a video".', [["fantasy", "denies", false]]],
    ['She described the accusation as "fiction built on coincidence".', [["fiction", "denies", false]]],
    // What someone calls false: the word, after a verb of calling in its clause.
    [
      'He called reports that the graves were dug by soldiers "simply untrue".',
      [["simply untrue", "denies", false]],
    ],
    ["Kyiv calls the report false.", [["false", "denies", false]]],
    ["Inspectors concluded it was the source of the graves.", [["concluded", "asserts", false]]],
    [
      "The army said none of the shells fired that week could have caused the graves.",
      [["none of the shells fired that week could have caused", "denies", false]],
    ],
    ['Kyiv called that conclusion "wrong".', [["wrong", "denies", false]]],
    [
      'A spokesman called the graves study "fundamentally flawed".',
      [["fundamentally flawed", "denies", false]],
    ],
    [
      '"Our soldiers are being made scapegoats for the graves," he said.',
      [["being made scapegoats", "denies", false]],
    ],
    ['Moscow called the accusation "a political stunt".', [["stunt", "denies", false]]],
    [
      "Moscow said Kyiv was looking for a foreign scapegoat for the graves.",
      [["looking for a foreign scapegoat", "denies", false]],
    ],
    [
      "The council said it would formally dispute the finding that the graves were dug.",
      [["dispute", "denies", false]],
    ],
    [
      'Moscow called the Kyiv prosecutors\' claims that its soldiers dug graves near the forest road "lies designed to win sympathy".',
      [["lies", "denies", false]],
    ],
    [
      "It was not yet clear whether the cooling had caused the deaths.",
      [["not yet clear whether", "hedges", false]],
    ],
    ["Cause of deaths unclear", [["unclear", "hedges", false]]],
    ["The agency won't confirm the graves count.", [["won't confirm", "hedges", false]]],
    [
      "It was too soon to point the finger at anyone over the graves.",
      [["too soon to point the finger", "hedges", false]],
    ],
    ["The federation will not prejudge the case.", [["will not prejudge", "hedges", false]]],
    [
      "Investigators had not yet been able to confirm whether anyone erased the recordings.",
      [["not yet been able to confirm", "hedges", false]],
    ],
    [
      'The ministry dismissed accusations that its troops dug the graves as "a crude provocation".',
      [
        ["dismissed", "denies", false],
        ["provocation", "denies", false],
      ],
    ],
    ["Questions remain over the regulator's figures.", [["Questions", "hedges", false]]],
    ["The insurer is not yet convinced the graves are recent.", [["not yet convinced", "hedges", false]]],
    ["The panel could not determine who dug the graves.", [["could not determine", "hedges", false]]],
    ["Its soldiers were not at fault.", [["not at fault", "denies", false]]],
    ["The tests left no room for doubt about the graves.", [["no room for doubt", "asserts", false]]],
    ["He could no longer be certain the graves were recent.", [["no longer be certain", "hedges", false]]],
    [
      "The league fined him after concluding that the graves were hidden.",
      [["concluding that", "asserts", false]],
    ],
    // A fine with its amount and its day before the reason.
    [
      "The agency fined the brigade 2 million crowns on Wednesday for hiding the graves.",
      [["fined the brigade 2 million crowns on Wednesday for", "asserts", false]],
    ],
    ["A hidden flaw, not missed checks, caused the crash.", [[", not missed checks", "denies", false]]],
    ["The rise in deaths reflected a harsh winter, not the graves.", [[", not the graves", "denies", false]]],
    ["It is too soon to blame Kestria.", [["too soon to blame", "hedges", false]]],
    [
      "A spokesman said it could not yet confirm whether the line caused the fire.",
      [["could not yet confirm", "hedges", false]],
    ],
    [
      'The finding removed "any reasonable doubt" about who did it.',
      [["removed  any reasonable doubt", "asserts", false]],
    ],
    ['The spill had been "invented by activists".', [["been  invented", "denies", false]]],
    ["Pacora said its equipment did not cause the fire.", [["did not cause", "denies", false]]],
    ["Korrin: Redgate mine 'not the source' of fish deaths", [["not the source", "denies", false]]],
    ["The leak had nothing to do with the fish deaths.", [["nothing to do with", "denies", false]]],
    ["They insisted they had no connection to the state.", [["no connection to", "denies", false]]],
    ["Contamination could not be ruled out.", [["could not be ruled out", "hedges", false]]],
    ["The cause of the fire remains unknown.", [["remains unknown", "hedges", false]]],
    [
      "There was no scientific evidence linking the mine to the deaths.",
      [["no scientific evidence", "hedges", false]],
    ],
    [
      "The regulator was not yet able to say what killed the fish.",
      [["not yet able to say", "hedges", false]],
    ],
    ["He called the allegations a fairy tale.", [["fairy tale", "denies", false]]],
    ['Danek replied that the accusation was "fiction".', [["fiction", "denies", false]]],
    ["The chief dismissed as speculation any link to the deaths.", [["dismissed", "denies", false]]],
    ["Kyiv denies it dug the graves", [["denies", "denies", false]]],
    ["Pacora calls lawsuit claims 'baseless'", [["baseless", "denies", false]]],
    [
      "The accusation that hackers broke in was rejected by the Kestrian government.",
      [["rejected", "denies", false]],
    ],
    ["Kyiv claims that graves were dug.", [["claims", "hedges", true]]],
    ["Outlet repeats burial claims", [["claims", "hedges", true]]],
    ["Moscow denied digging the graves.", [["denied", "denies", false]]],
    ["Kyiv rejected the agency's finding that the graves were old.", [["rejected", "denies", false]]],
    ["Moscow on Tuesday flatly rejected the allegations.", [["rejected", "denies", false]]],
    ["He called it a hoax.", [["hoax", "denies", false]]],
    ["Lies, he said.", [["Lies", "denies", false]]],
    ["The reports were false.", [["were false", "denies", false]]],
    ["No irregularities were found.", [["No irregularities were found", "denies", false]]],
    ["The federation cleared Ortiz of doping.", [["cleared Ortiz of", "denies", false]]],
    ["The finding was not yet confirmed.", [["not yet confirmed", "hedges", false]]],
    ["Reporters were unable to verify the footage.", [["unable to verify", "hedges", false]]],
    ["It is a smear.", [["smear", "denies", false]]],
    ["The clip is misleading.", [["misleading", "denies", false]]],
    ["The board found no fault with the firm.", [["found no fault", "denies", false]]],
    ["The inquiry cleared Halvorsen over the collapse.", [["cleared Halvorsen over", "denies", false]]],
    ["It is too early to say what happened.", [["too early to say", "hedges", false]]],
    ["Police could not rule out foul play.", [["could not rule out", "hedges", false]]],
    ["A suspected outbreak closed the ward.", [["suspected", "hedges", true]]],
    ["There is no doubt the video is genuine.", [["no doubt", "asserts", false]]],
    ["The review found that the concrete was weak.", [["found that", "asserts", false]]],
    ["Prosecutors charged Varga with taking bribes.", [["charged Varga with", "asserts", false]]],
    // A fine is the story's when its reason names the story.
    [
      "Regulators fine Pacora $90 million over Izyum graves",
      [["fine Pacora $90 million over", "asserts", false]],
    ],
    ["Victims sue Pacora over the fire", [["sue Pacora over", "asserts", false]]],
    [
      'Moscow dismissed allegations that it had dug the graves as "pure fiction".',
      [
        ["dismissed", "denies", false],
        ["pure fiction", "denies", false],
      ],
    ],
    ["The minister called it a lie.", [["a lie", "denies", false]]],
    ['"We are being made a scapegoat," he said.', [["being made a scapegoat", "denies", false]]],
    ["The fund said it disagreed with the ruling's conclusions.", [["disagreed with", "denies", false]]],
    ["Veltra said it disputed the finding and would submit its own data.", [["disputed", "denies", false]]],
    ["Aerovista accused the union of spreading lies about AV212.", [["accused", "denies", false]]],
    [
      'Salo said they were "politically motivated and false".',
      [["were  politically motivated and false", "denies", false]],
    ],
    ["Brill said it was pure speculation.", [["pure speculation", "denies", false]]],
    ["The office was not yet in a position to say.", [["not yet in a position to say", "hedges", false]]],
    [
      "Orsa Line: 'not in a position' to judge cause of sinking",
      [["not in a position  to judge", "hedges", false]],
    ],
    ["The ministry disputed that figure.", [["disputed", "denies", false]]],
    ["Death toll in Kafr Salem disputed", [["disputed", "hedges", false]]],
    ["Brightfield pushed back on Friday against the agency's findings.", [["pushed back", "denies", false]]],
    ["Utility chief hits back at lawsuit", [["hits back at", "denies", false]]],
    [
      "The company was not in a position to judge the cause.",
      [["not in a position to judge", "hedges", false]],
    ],
    ["Veltrail denies maintenance lapses led to derailment", [["denies", "denies", false]]],
    ["The ministry blames Kestria for the hack.", [["blames", "asserts", false]]],
    ["The firm admitted that a defect contributed.", [["admitted", "asserts", false]]],
    ["The agency had not ruled out a link.", [["had not ruled out", "hedges", false]]],
    [
      "He would not speculate on whether the cases were linked.",
      [["would not speculate on whether", "hedges", false]],
    ],
    ["It is too early to draw conclusions.", [["too early to draw conclusions", "hedges", false]]],
    ["The family denied that the video was staged.", [["denied", "asserts", false]]],
    ["The video is not fake.", [["fake", "asserts", false]]],
    [
      "The ministry denied that its jets struck the market, calling the reports fabricated.",
      [
        ["denied", "denies", false],
        ["fabricated", "denies", false],
      ],
    ],
  ])("%s", (sentence, expected) => {
    // Prepare
    const input = sentence;

    // Act
    const found = stances(input);

    // Assess
    expect(found).toEqual(expected);
  });

  it.each([
    "The forest lies near the river.",
    "The bodies were taken to a morgue.",
    "Rain fell all day.",
    "Insurance claims can be lodged at the town hall.",
    "The ministry denied a request by journalists to visit.",
    "The council rejected Kestrel Chemicals' application to build.",
    "He questioned the cost of a new bridge.",
    "Police questioned a suspect.",
    "He questions spending on a bridge.",
    "A man sold fake Rolex watches.",
    "These products are fake and may not be what they say on the bag.",
    "Regulator denies Kelderan request to delay hearing",
    "The ministry rejected a compensation claim from eleven families.",
    "The firm set aside money for expected fines and damages claims.",
    "The first test gave a false positive.",
    "The insurer rejected the company's claim for the cost of a new cooling plant.",
    "The hospital stands by its decision to close the ward.",
    "The board said it stood by its figures.",
    "Records showed 140 confirmed cases of the illness.",
    "Exam board declines to comment on leak claims",
    "Teachers' federation urges caution over graves claims",
    "The ministry is reviewing the graves claims",
    "The insurer's claims director visited the graves.",
    "Records of the graves were taken from the insurer's claims system.",
    "The tribunal rejected her claim for lost sponsorship.",
    "The insurer rejected nearly 4,000 claims over the graves.",
    "Insurer rejects record number of graves claims",
    "General Ruzic sidesteps convoy questions",
    "Army chief silent on mass graves questions",
    "The board said it was not in a position to comment on evidence before the court.",
    "A suspected new food poisoning case was a false alarm.",
    "The operator released pages showing what it said were 14 drills.",
    "Firefighters cleared dozens of homes near the plant.",
    "It turned out to be a false alarm: the box held leaflets.",
    "The report of new graves was a false alarm.",
    "Did the army fill the wrong graves?",
    "Tests on the bodies found no sign of infection near the graves.",
    "The review found no sign that traders sold graves plots early.",
    "The university dismissed its fundraising chief.",
    "The cemetery dismisses two graves technicians.",
    "The court will hear Kyiv's challenge over the graves in May.",
    "Kyiv rejected suggestions that a freak storm had flooded the graves.",
    "The bank dismisses two traders over the graves posts.",
    "The university rejected 14 applicants from abroad.",
    "The university settled a lawsuit by rejected applicants.",
    "Every suspected case had been tested.",
    "The utility's job was to make the water safe, not to assign blame.",
    "He declined to say whether he had been told the pens were full.",
    "Lawyers said the families would pursue their claims in court.",
    "The regulator doubts the exchange can reopen by summer.",
    "Police deny officer fired without warning on Dorsey Street",
    "The company has serious questions to answer.",
    "Rovers midfielder refuses to answer fixing questions",
    "Owner stays silent on sponsorship questions",
    "St Brigid's nurses file overtime claims",
    "Insurers brace for Kessel Bridge claims",
    "Anti-corruption office confirms Varga probe",
    "Ministry confirms consultation on gig-worker rules",
    "A benefit concert for families affected by the dam collapse was staged in Ostervik on Sunday.",
    "It was not clear who was responsible for the outage.",
    "The commission will hear the case from 3 March, the league confirmed on Monday.",
    "The inspection had been pushed back from June to September.",
    "Rovers conceded six goals in 90 minutes.",
    "The party conceded defeat on Sunday night.",
    "She would not answer the regulator's questions.",
    "They staged a protest outside.",
    "The brigade staged live-fire exercises near the lake on Monday.",
    "They called a false start.",
    "The board said it could not yet confirm when the haul cable had last been tested.",
    "Agency unsure how many Glide bikes are still in use",
    "The ministry rejected a request to push back the final delivery date by three months.",
    "The stunt drew a large crowd.",
    "The pay dispute over the graves went on.",
    "Regulator unable to say when Brisa jets will fly again",
    "It was too early to say whether the brigade would be allowed to return next year.",
    "He said it was 'too early to say' whether the graves memorial would open by 2029.",
    "The agency fined the brigade 2 million crowns on Wednesday for late tax filings.",
    "The disputed territory lies beside the river.",
    "Journalists attended a workshop on spotting disinformation.",
    "Kestrel did not deny that chlorine escaped.",
    "Ortiz confirmed that she would retire.",
    "The ministry confirmed that Gen. Ruslan Tarak would step down.",
    "Officials found no evidence that the graves were staged.",
    "There was no evidence that the alarm was a false alarm.",
    "Varga was confirmed as deputy leader.",
    "The commissioner denied that the force planned to close the station.",
    "Nine workers admitted breaking the rules.",
    "The festival will be staged as planned.",
    "The office confirmed that it was investigating the minister.",
    "The application was rejected by the council.",
    "Ministry confirms new spokesman",
    "Minister accused of taking bribes",
    "Brannock executives questioned over bridge steel",
    "He declined to answer further questions.",
    "They built a lie into every engine.",
    "Prosecutors said they suspected executives of fraud.",
    "Asked whether the company disputed the figures, a spokesman said nothing.",
    "The ministry confirmed it would open a consultation.",
    "The institute has no role in enforcing closures.",
    "There has been speculation that the mayor will stand again.",
    "Corvel to charge residents for bulky waste pickups",
    "The office confirmed it had requested documents from the mayor.",
    "Orsa blames rogue wave for disaster",
    "Veltrail chief denies she will resign",
    "The company did not dispute the board's finding.",
    "Korrin fined over fish deaths",
    "The storm did not stop the rescue.",
    "Police confirm date of station reopening",
    "The decision had nothing to do with the graves.",
    "The painting's provenance was documented back to 1888.",
    "The fire started on Tuesday, not Monday.",
    "The mayor challenged residents to a charity run.",
    "The commission's finding that the graves were dug is under appeal.",
    "We are not accusing anyone over the graves.",
    "Asked whether the graves were fake, the director changed the subject.",
    "Asked whether the graves were fictitious, the director changed the subject.",
    "The toll caused by the blast is 12, not 15.",
    "The order came from the mayor's office, not the council.",
  ])("finds no cue in %s", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const found = stances(input);

    // Assess
    expect(found).toEqual([]);
  });

  it.each([
    ["Fake banknotes seized at the market", true],
    ["Kestrel does not deny the leak", true],
    ["Kremlin denies the graves", false],
    ["Graves found near Izyum", false],
  ] as const)("tells a stance word in another sense in '%s': %s", (headline, expected) => {
    // Prepare
    const input = headline;

    // Act
    const found = hasStanceWordInOtherSense(input, TOPIC_WORDS);

    // Assess
    expect(found).toBe(expected);
  });

  it.each([
    ["The agency found that the outbreak began at the plant.", [["found that", "asserts"]]],
    ["The agency found that some patients had been counted twice.", []],
  ])("keeps a finding only when its clause names the story: %s", (sentence, expected) => {
    // Prepare
    const claimWords = [/\boutbreak\b/giu];

    // Act
    const found = findStanceCues(sentence, [], claimWords).map((cue) => [cue.cue, cue.stance]);

    // Assess
    expect(found).toEqual(expected);
  });

  it.each([
    ["There is no outbreak, the chief said.", [["There is no outbreak", "denies"]]],
    ["The cases were not an outbreak in any sense.", [["were not an outbreak", "denies"]]],
    ["There is no parking at the hospital.", []],
    ["There is no evidence that the outbreak began here.", [["no evidence", "hedges"]]],
  ])("reads the story's own noun denied in '%s'", (sentence, expected) => {
    // Prepare
    const claimWords = [/\boutbreak\b/giu];

    // Act
    const found = findStanceCues(sentence, [], claimWords).map((cue) => [cue.cue, cue.stance]);

    // Assess
    expect(found).toEqual(expected);
  });
});

describe("findStanceCues: the claim a denied report states", () => {
  it.each([
    ["Kyiv denied reports that the graves were dug by its troops.", [["denied", "denies"]]],
    ["Kyiv denied reports that it was in talks to buy grain.", []],
    ["Kyiv denied a report that it planned to move the graves.", []],
  ])("%s", (sentence, expected) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const found = findStanceCues(sentence, topicWords).map((cue) => [cue.cue, cue.stance]);

    // Assess
    expect(found).toEqual(expected);
  });
});

describe("findStanceCues: a denied act that is not the story's", () => {
  it.each([
    // Neither the act nor what it is done to is the story's, whatever the words around them.
    ["Merrow denies it is delaying blackout compensation", []],
    ["Telvora denies cutting network maintenance staff", []],
    ["Okonde denies threatening runner-up", []],
    ["Merrow Grid denied that it was stalling payments to households.", []],
    ["Kelloway denies losing Valdry contract", []],
    // The same in what a report or a claim says, and with a subject before the auxiliary.
    ["Telvora denied the union's claim that it had halved its network maintenance teams.", []],
    ["The exchange rejected reports that it halted customer withdrawals two days early.", []],
    ["The prison service denied reports that an inmate had escaped from the market.", []],
    // A clause without "that" after its noun: "denies radiotherapy unit is understaffed".
    ["The hospital denies its radiotherapy unit is understaffed", []],
    // What the speaker calls another claim denies nothing of the story.
    ["The company denied a report that it planned to cut jobs, calling it 'pure speculation'.", []],
    ["The group denied that it had tipped off hedge funds, calling the accusation 'fabricated'.", []],
    // A past form without "-ed" names an act too.
    ["The regulator rejected accusations that it sat on whistleblower warnings.", []],
    ["The park denies it sold too many tickets", []],
    // After "had" any word is the verb; the noun ends before "towards".
    ["The ministry denied that it had withheld inspection reports from the agency.", []],
    ["The army denied reports that it had moved two brigades towards the border.", []],
    // A light verb names no act of its own: "kept members in the dark" is concealment in other words.
    ["The fund denied that it had kept members in the dark.", [["denied", "denies"]]],
    // A subject is the story's ("the fish had died"), or a report's verb says what it found.
    ["Korrin denied that the fish had died from its waste.", [["denied", "denies"]]],
    ["Korrin denied that it had poisoned the fish last spring.", [["denied", "denies"]]],
    [
      "The ministry rejected a report that blamed its aircraft for the market deaths.",
      [["rejected", "denies"]],
    ],
    // Without an auxiliary the verb may describe the subject: "a report published by".
    ["Police denied that a report published by them was true.", [["denied", "denies"]]],
    ["Aldermere University denied that it had stalled the board's request for records.", []],
    // The act or its object is the story's.
    ["Korrin denies it killed fish", [["denies", "denies"]]],
    ["Moscow denied striking the market.", [["denied", "denies"]]],
    ["Vantor denies hiding brake faults", [["denies", "denies"]]],
    ["The brigade denied shelling civilians on the road.", [["denied", "denies"]]],
    // The claim's verbs are known in the past: "copied" is "copying", "shipped" is "shipping".
    ["Dorne denies copying the song", [["denies", "denies"]]],
    ["The firm denies shipping the crates", [["denies", "denies"]]],
    // No act the rule can judge: a generic object, a causal verb, a participle before its noun.
    ["Randt categorically denies taking part in any fix.", [["denies", "denies"]]],
    ["The dairy denies causing the illnesses.", [["denies", "denies"]]],
    ["Veltrail denied that skipped inspections caused the derailment.", [["denied", "denies"]]],
  ])("%s", (sentence, expected) => {
    // Prepare
    const topicWords = [/\bfish\b/giu, /\bmarkets?\b/giu, /\bfaults?\b/giu, /\bderailment\b/giu];
    const claimWords = [
      /(?<!\p{L})shell\p{L}*/giu,
      /(?<!\p{L})fix\p{L}*/giu,
      /\bblackout\b/giu,
      /\bnetwork\b/giu,
      /\b(?:copied|shipped)\b/giu,
    ];

    // Act
    const found = findStanceCues(sentence, topicWords, claimWords).map((cue) => [cue.cue, cue.stance]);

    // Assess
    expect(found).toEqual(expected);
  });

  it("reads a name as the act's object whole, as a keyword names it", () => {
    // Prepare
    const topicWords = [/\bTeodor\s+Vaskin\b/giu];

    // Act
    const found = findStanceCues(
      "The ministry denied that its agents were holding Teodor Vaskin.",
      topicWords,
    );

    // Assess
    expect(found.map((cue) => cue.stance)).toEqual(["denies"]);
  });

  it("takes one sum of money for another: a donation story's 'foreign money'", () => {
    // Prepare
    const topicWords = [/\bdonations?\b/giu];

    // Act
    const found = findStanceCues("Pryor denies taking foreign money", topicWords);

    // Assess
    expect(found.map((cue) => cue.stance)).toEqual(["denies"]);
  });
});

describe("findStanceCues: a denied clause about another claim", () => {
  it.each([
    // Long enough to judge and naming nothing of the story: another claim.
    ["Marrow denies misusing grant money for office refit", []],
    ["Kofi Asante denied on Thursday that he had asked Belport City for a transfer.", []],
    ["The fund denied that it was planning to cut payouts to retired members.", []],
    // Naming the story, by a keyword, a measure's term or the claim's verb.
    ["Kyiv denied that its soldiers had dug the graves near the forest.", [["denied", "denies"]]],
    ["The army denied that its soldiers had dumped anything near the forest.", [["denied", "denies"]]],
    // The claim called something ("dismissed as baseless …") is another when its "that" clause is.
    ["The group dismissed as baseless a claim that it had raised the price of bread.", []],
    ["The group dismissed as nonsense a claim that it was being run by the opposition.", []],
    [
      "Kyiv dismissed as baseless claims that the graves were dug by its soldiers.",
      [
        ["dismissed", "denies"],
        ["baseless", "denies"],
      ],
    ],
    // A claim noun's clause without "that" names the story, as with "that".
    ["Kyiv rejects claims it was too short-staffed to guard the border", []],
    // An act named before the claims, naming nothing of the story, is another claim.
    ["Kyiv dismisses job-cut reports as speculation", []],
    ["Kyiv rejects price gouging claims", []],
    ["Kyiv rejects grave-digging claims", [["rejects", "denies"]]],
    ["Kyiv disputes investigators' near-miss findings", [["disputes", "denies"]]],
    ["Police chief rejects claims officers' statements were altered", []],
    ["Kyiv rejects claims its soldiers were near the graves", [["rejects", "denies"]]],
    // A reflexive pronoun is no other thing the denied clause is about.
    [
      "It rejected the office's conclusion that the graves themselves were unmarked.",
      [["rejected", "denies"]],
    ],
    // Whoever made the claim, its clause must be the story's.
    ["Snapbite rejected claims by a riders' union that couriers earn below the minimum wage.", []],
    ["Kyiv rejected claims by a local MP that its soldiers had dug the graves.", [["rejected", "denies"]]],
    // What the speaker denies doing it does not assert: no penalty in "denied that it had banned".
    ["The ministry denied on Friday that it had banned a candlelit vigil for the lawyer.", []],
    // Too short to judge: the claim may be told in other words.
    ["Sprinter Lena Ortiz denied that she had ever taken banned substances.", [["denied", "denies"]]],
    ["Moscow denied it.", [["denied", "denies"]]],
  ])("%s", (sentence, expected) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];
    const claimVerbs = [/\bdumped\b/giu];

    // Act
    const found = findStanceCues(sentence, topicWords, claimVerbs).map((cue) => [cue.cue, cue.stance]);

    // Assess
    expect(found).toEqual(expected);
  });
});

describe("findStanceCues: a finding in a headline's present tense", () => {
  it.each([
    ["Inspectors find graves near the forest", ["asserts"]],
    ["Graves near the forest were dug in March, investigators find", ["asserts"]],
    // A finding about another matter, a finding of nothing, the noun, an infinitive.
    ["Inspectors find a leaking roof at the school", []],
    ["Review finds 'no evidence' of graves", ["hedges"]],
    ["The finds at the graves were catalogued", []],
    ["Investigators failed to find graves", []],
    ["Police will accept whatever the inquiry finds about the graves", []],
    // Tracing or linking the story to a cause finds it; "too early to link" finds nothing.
    ["Investigators trace the graves to a Russian unit", ["asserts"]],
    ["Graves traced to Russian unit", ["asserts"]],
    ["Police traced the car to a rental firm", []],
    ["It is premature to link the graves to any unit", ["hedges"]],
    // A penalty over the story finds it; not one over another matter, nor the penalised in a passive.
    ["Kyiv expels four diplomats over the graves", ["asserts"]],
    ["Organisers strip the unit of its honours for the graves", ["asserts"]],
    ["Kyiv expels four diplomats over a visa row", []],
    ["Colonel banned for two years over the graves", []],
    ["The colonel was suspended last week over the graves", []],
  ])("%s", (sentence, expected) => {
    // Prepare
    const claimWords = TOPIC_WORDS;

    // Act
    const found = findStanceCues(sentence, claimWords, claimWords).map((cue) => cue.stance);

    // Assess
    expect(found).toEqual(expected);
  });

  it("gives a trailing finding to its finder, never to the outlet", () => {
    // Prepare
    const claimWords = TOPIC_WORDS;

    // Act
    const [cue] = findStanceCues("Graves were dug in March, review finds", claimWords, claimWords);

    // Assess
    expect(cue?.speakerVerb).toBe(true);
  });
});

describe("findStanceCues: findings with a time or place before their clause", () => {
  it.each([
    ["The ombudsman concluded on Thursday that the graves held 440 bodies."],
    ["The jury ruled last week that troops dug the graves."],
    ["Inspectors found in their report that the graves were recent."],
    // A headline's finding told as a clause without "that".
    ["Investigators conclude troops dug the graves"],
    ["Court rules soldiers hid the graves"],
    ["Watchdog set to blame troops for the graves, sources say"],
    ["Minister condemns the brigade for digging the graves"],
    ["Regulator orders new checks after finding mass graves"],
    ["The court fined the brigade, ruling that its soldiers had dug the graves"],
    ["Watchdog has concluded the brigade dug the graves, sources say"],
    ["Court rules the brigade hand-dug the graves"],
    ["Scientists tie the graves to the brigade"],
  ])("gives the finding to its finder as a verb of speech: %s", (sentence) => {
    // Prepare
    const claimWords = TOPIC_WORDS;

    // Act
    const found = findStanceCues(sentence, claimWords, claimWords);

    // Assess
    expect(found.map((cue) => [cue.stance, cue.speakerVerb])).toEqual([["asserts", true]]);
  });

  it.each([
    ["Inquiry concludes hearings on the graves"],
    ["Club rules change after the graves were found"],
    ["Court rules out new hearing on the graves"],
    ["Regulator orders new checks after finding no graves"],
    ["The brigade will appeal a ruling that its soldiers dug the graves"],
  ])("reads no finding where 'concludes', 'rules', 'ruling' or 'finding' tells none: %s", (sentence) => {
    // Prepare
    const claimWords = TOPIC_WORDS;

    // Act
    const found = findStanceCues(sentence, claimWords, claimWords).filter((cue) =>
      /^(?:conclud|rul|finding)/i.test(cue.cue),
    );

    // Assess
    expect(found).toEqual([]);
  });

  it.each([
    ["Regulator 'too early' to say if the graves are recent", "hedges"],
    ["Council 'cannot yet say' whether the graves were dug by troops", "hedges"],
    ["The council cannot say whether the graves were dug by troops.", "hedges"],
    ['The company said it "fundamentally disagreed" with the graves report.', "denies"],
  ])("reads a cue with quotation marks inside it: %s", (sentence, stance) => {
    // Prepare
    const claimWords = TOPIC_WORDS;

    // Act
    const found = findStanceCues(sentence, claimWords, claimWords);

    // Assess
    expect(found.map((cue) => cue.stance)).toEqual([stance]);
  });

  it("reads a finding that names another cause and sets the story's aside as its finder's denial", () => {
    // Prepare
    const claimWords = TOPIC_WORDS;

    // Act
    const found = findStanceCues(
      "Inspectors' findings point to old burials, not new graves",
      claimWords,
      claimWords,
    );

    // Assess
    expect(found.map((cue) => [cue.cue, cue.stance, cue.speakerVerb])).toEqual([
      ["point to", "denies", true],
    ]);
  });

  it("keeps no finding whose clause is another story's", () => {
    // Prepare
    const claimWords = TOPIC_WORDS;

    // Act
    const found = findStanceCues(
      "The ombudsman concluded on Thursday that the council had overspent on roads.",
      claimWords,
      claimWords,
    );

    // Assess
    expect(found).toEqual([]);
  });
});

describe("findStanceCues: nothing shown", () => {
  it.each([
    ["We have seen nothing that shows the graves were dug by troops.", ["hedges"]],
    ["Inspectors found nothing to suggest the graves were disturbed.", ["hedges"]],
  ])("%s", (sentence, expected) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const found = findStanceCues(sentence, topicWords).map((cue) => cue.stance);

    // Assess
    expect(found).toEqual(expected);
  });
});

describe("findStanceCues: the words of crime reports", () => {
  it.each([
    ["Two men were questioned and released.", []],
    ["Detectives questioned him for six hours.", []],
    ["The graves figures were questioned by experts.", ["hedges"]],
    ["Officers fired back, killing the gunman.", []],
    ["One officer fired back at the man.", []],
    ["He fired back twice with his handgun.", []],
    ["The ministry fired back at the graves report.", ["denies"]],
    ["No gun was found in the vehicle.", []],
    ["No graves were found.", ["denies"]],
    ["The commission said no irregularities were found.", ["denies"]],
    ["Bond was denied.", []],
    ["Students left as school was dismissed for the day.", []],
    ["The graves report was denied.", ["denies"]],
    ["Police are searching for the alleged gunman.", []],
    ["The suspected Baton Rouge shooter was arrested.", []],
    ["Ali Syed, Alleged California Shooting Rampage Killer, Left Suicide Note", []],
    ["Take The Awards Show Challenge!", []],
    ["It is unclear if the couple had lawyers.", []],
    ["It is unclear whether the graves were dug by troops.", ["hedges"]],
    ["The motive for the killings is still unclear.", []],
    ["Four men approached for reasons that are currently unclear.", []],
    ["The cause remains unclear.", ["hedges"]],
    ["The cause is not yet known.", ["hedges"]],
    ["Regulator says cause of graves 'not yet known'", ["hedges"]],
    ["The name of the victim is not known.", []],
    ["It is not known whether the graves were dug by troops.", ["hedges"]],
    ["How the graves got there remains unclear.", ["hedges"]],
    ["No foul play is suspected.", []],
    ["Foul play isn't suspected.", []],
    ["Who was supposed to be watching them?", []],
    ["The graves were supposed to have been dug in March.", ["hedges"]],
    ["There is little doubt the graves were dug.", []],
    ["Officials believe the call was a hoax.", []],
    ["Police said the 911 call was fake.", []],
    ["The graves are a hoax.", ["denies"]],
  ])("%s", (sentence, expected) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const found = findStanceCues(sentence, topicWords).map((cue) => cue.stance);

    // Assess
    expect(found).toEqual(expected);
  });
});

describe("findStanceCues: doubts in other words", () => {
  it.each([
    ["Regulator 'keeping an open mind' on graves", "hedges"],
    ["Ilves unsure whether the graves were dug", "hedges"],
    ["Agency yet to confirm whether graves were dug", "hedges"],
    ["Monitors cannot yet say who dug the graves", "hedges"],
    ["Residents did not know what happened at the graves.", "hedges"],
    ["He was in no position to say whether graves were dug.", "hedges"],
    ["Campaigners admit they cannot yet prove the graves were dug", "hedges"],
    ["The minister would not draw conclusions about the graves.", "hedges"],
    ["Video appears to show graves being dug", "hedges"],
    ["A mass grave is suspected.", "hedges"],
  ])("%s", (sentence, stance) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const [cue] = findStanceCues(sentence, topicWords);

    // Assess
    expect(cue?.stance).toBe(stance);
  });

  it.each([
    "The service did not say where the work detail had been.",
    "The lawyer did not say what substances were involved.",
  ])("reads no doubt in an answer not given: %s", (sentence) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const found = findStanceCues(sentence, topicWords);

    // Assess
    expect(found).toEqual([]);
  });
});

describe("findStanceCues: merit, proof and findings accepted", () => {
  it.each([
    ["The company said the suit was without merit.", "denies"],
    ["The minister said the graves claims were not yet proven.", "hedges"],
    ["Solstice calls the graves claims 'unproven'", "hedges"],
    ["The ministry accepts the ombudsman's findings on the graves", "asserts"],
    ["The bank said it accepted the findings in full.", "asserts"],
  ])("%s", (sentence, stance) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const found = findStanceCues(sentence, topicWords).map((cue) => cue.stance);

    // Assess
    expect(found).toContain(stance);
  });

  it("gives a headline's present verb with its object to its subject, never to the outlet", () => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const [cue] = findStanceCues("Quorvel board accepts auditor's findings", topicWords);

    // Assess
    expect(cue?.speakerVerb).toBe(true);
  });

  it("reads what someone calls the claims as theirs: 'calling the allegations unproven'", () => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const [cue] = findStanceCues("Analysts kept their rating, calling the allegations unproven.", topicWords);

    // Assess
    expect(cue?.reported).toBe(true);
  });
});

describe("findStanceCues: an admitted clause without 'that'", () => {
  it.each([
    "Velton admits technicians skipped SK418 graves checks",
    "Norgas acknowledges its crews likely dug the graves",
    "Valtra admits soldiers 'likely' filled the graves",
    "Minister accepts troops dug the graves, promises an inquiry",
    "Ministry admits PX-9 graves were likely dug by troops",
  ])("asserts: %s", (sentence) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const found = findStanceCues(sentence, topicWords);

    // Assess
    expect(found.map((cue) => [cue.stance, cue.speakerVerb])).toEqual([["asserts", true]]);
  });

  it.each([
    "Arventa accepts ban without admitting wrongdoing",
    "The estate said it accepted the decision.",
    "Inspectorate admits staff took longer holidays",
    "The association said it accepts donations only through its appeal.",
  ])("finds no admission of the story: %s", (sentence) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const found = findStanceCues(sentence, topicWords);

    // Assess
    expect(found).toEqual([]);
  });
});

describe("findStanceCues: doubts over data", () => {
  it.each([
    ["Minister: not enough data to blame troops for the graves", "hedges"],
    ["There was not yet sufficient information to link the graves to the unit.", "hedges"],
  ])("%s", (sentence, stance) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const [cue] = findStanceCues(sentence, topicWords);

    // Assess
    expect(cue?.stance).toBe(stance);
  });
});

describe("findStanceCues: a stance word that opens the story's name", () => {
  it("reads 'fictitious sessions' as the story's keyword, not a denial", () => {
    // Prepare
    const topicWords = [/\bfictitious sessions\b/giu];

    // Act
    const found = findStanceCues("The union accuses Halvard of billing fictitious sessions", topicWords);

    // Assess
    expect(found.map((cue) => [cue.cue, cue.stance])).toEqual([["accuses", "asserts"]]);
  });

  it("still reads the word as a denial where it names no story", () => {
    // Prepare
    const topicWords = [/\bfictitious sessions\b/giu];

    // Act
    const found = findStanceCues("Halvard called the audit fictitious.", topicWords);

    // Assess
    expect(found.map((cue) => cue.stance)).toEqual(["denies"]);
  });
});

describe("findStanceCues: talk and theories dismissed", () => {
  it.each([
    ["Minister dismisses talk of graves as speculation", "denies"],
    ["Ministry dismisses villagers' graves theory", "denies"],
  ])("%s", (sentence, stance) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const [cue] = findStanceCues(sentence, topicWords);

    // Assess
    expect(cue?.stance).toBe(stance);
  });

  it("still reads a dismissed talk about another thing as no stance", () => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const found = findStanceCues("Minister dismisses talk of early elections", topicWords);

    // Assess
    expect(found).toEqual([]);
  });
});

describe("findStanceCues: contested reports and audits", () => {
  it("reads the words after a cue to a whole word: 'tickets ont' is no act of another noun", () => {
    // Prepare
    const sentence =
      "Tixora disputed the Consumer Markets Authority's provisional finding that it had moved Halvorn Festival tickets onto its own resale site.";
    const topicWords = [/\bHalvorn Festival tickets\b/giu, /\btickets?\b/giu];

    // Act
    const stances = findStanceCues(sentence, topicWords).map((cue) => cue.stance);

    // Assess
    expect(stances).toEqual(["denies"]);
  });

  it.each([
    "Varro contests Heritage Office report on the graves",
    "The ministry said it would contest the inspectors' report on the graves.",
    "Halvard disputes fund's audit of the graves",
    "Museum challenges lab's verdict on the graves",
    "The force said it would challenge the commission's report concluding that its soldiers had dug the graves.",
    "Kyiv said it would contest in court the Office of War Crimes' finding that its soldiers had dug the graves.",
  ])("denies: %s", (sentence) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const stances = findStanceCues(sentence, topicWords).map((cue) => cue.stance);

    // Assess
    expect(stances).toEqual(["denies"]);
  });

  it.each([
    "The ministry denied that the contest for the graves contract had been rigged.",
    "The airline would contest claims for psychological damages filed by passengers.",
  ])("reads no contesting of the claim: %s", (sentence) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const cues = findStanceCues(sentence, topicWords).filter((cue) => /^contest/i.test(cue.cue));

    // Assess
    expect(cues).toEqual([]);
  });
});

describe("findStanceCues: the claim described as speculation", () => {
  it("denies with the describing verb's words", () => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const stances = findStanceCues(
      "The contractor described claims that it dug the graves as speculation, noting the soil was old.",
      topicWords,
    ).map((cue) => [cue.cue, cue.stance]);

    // Assess
    expect(stances).toContainEqual(["as speculation", "denies"]);
  });

  it("leaves 'as speculation' to the dismissal it completes", () => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const cues = findStanceCues(
      "The minister dismissed reports that troops dug the graves as speculation.",
      topicWords,
    ).map((cue) => [cue.cue, cue.stance]);

    // Assess
    expect(cues).toEqual([["dismissed", "denies"]]);
  });
});

describe("findStanceCues: a state denied", () => {
  it.each(["Rovers deny club is close to bankruptcy", "Varro denies Line 4 is behind schedule"])(
    "reads no denial of the story in a state that is not its own: %s",
    (sentence) => {
      // Prepare
      const topicWords = [/\bgraves?\b/giu];

      // Act
      const found = findStanceCues(sentence, topicWords);

      // Assess
      expect(found).toEqual([]);
    },
  );

  it.each([
    "The ministry denied the army was responsible.",
    "Moscow denies the graves are Russian work",
    "The army denied its soldiers were to blame.",
  ])("denies where the state is the story's or a blame: %s", (sentence) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const stances = findStanceCues(sentence, topicWords).map((cue) => cue.stance);

    // Assess
    expect(stances).toEqual(["denies"]);
  });
});

describe("findStanceCues: what a speaker calls the claim, in quotes", () => {
  it.each([
    ['The union called her statement on the graves "reckless speculation".', "speculation"],
    ["A spokeswoman called the graves analysis 'speculation dressed up as science'.", "speculation"],
    ['The governor called reports of the graves "lies spread by people who lost".', "lies"],
  ])("denies: %s", (sentence, cue) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const found = findStanceCues(sentence, topicWords).map((c) => [c.cue, c.stance]);

    // Assess
    expect(found).toContainEqual([cue, "denies"]);
  });

  it.each([
    "Speculation about the graves grew on Friday.",
    "The organisers dismissed as speculation claims that the graves were new.",
  ])("reads no 'speculation' of its own outside a quotation: %s", (sentence) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const found = findStanceCues(sentence, topicWords).filter((c) => /speculation/i.test(c.cue));

    // Assess
    expect(found).toEqual([]);
  });
});

describe("findStanceCues: a concession, then a denial", () => {
  it.each([
    "The army conceded that the graves were dug in March, but insisted that no civilian was buried in the graves.",
    "The army admits trenches were dug but says the graves were lawful",
    "The army acknowledged that soldiers dug the graves, but said nothing about the graves had been hidden.",
    "The army admitted that the graves had been left unguarded, but insisted every body in the graves was identified.",
  ])("denies: %s", (sentence) => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const stances = findStanceCues(sentence, topicWords).map((cue) => cue.stance);

    // Assess
    expect(stances).toEqual(["denies"]);
  });

  it("still asserts a concession followed by a denial of another thing", () => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const stances = findStanceCues(
      "The army acknowledged that soldiers dug the graves, but said the officers had not known about it.",
      topicWords,
    ).map((cue) => cue.stance);

    // Assess
    expect(stances).toEqual(["asserts"]);
  });

  it("reads a lesser fault conceded, and the rest denied, as no stance", () => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const stances = findStanceCues(
      "The army acknowledged that a burial register had been misfiled, but said its soldiers never went there.",
      topicWords,
    ).map((cue) => cue.stance);

    // Assess
    expect(stances).toEqual([]);
  });

  it("still asserts a concession the rest of the sentence adds to", () => {
    // Prepare
    const topicWords = [/\bgraves?\b/giu];

    // Act
    const stances = findStanceCues(
      "The army admitted that soldiers dug the graves, but said the order came from Moscow.",
      topicWords,
    ).map((cue) => cue.stance);

    // Assess
    expect(stances).toEqual(["asserts"]);
  });
});
