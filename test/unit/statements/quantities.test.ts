import { describe, expect, it } from "vitest";
import {
  extractDetailedQuantities,
  extractQuantities,
  type Quantity,
} from "../../../lambdas/core/statements/quantities";

type Expected = Partial<Pick<Quantity, "value" | "low" | "high" | "qualifier" | "change" | "unit">>;

function only(sentence: string): Quantity {
  const quantities = extractQuantities(sentence);
  expect(quantities).toHaveLength(1);
  return quantities[0] as Quantity;
}

describe("extractQuantities: number forms", () => {
  it.each<[string, Expected]>([
    ["Crews counted 1,300 sandbags.", { value: 1300, unit: "sandbags" }],
    ["Crews counted 1 300 sandbags.", { value: 1300, unit: "sandbags" }],
    ["The river rose 2.5 metres overnight.", { value: 2.5, unit: "metres", change: "up" }],
    ["The city has 1.2 million residents.", { value: 1_200_000, unit: "residents" }],
    ["The fund holds $4.2bn in bonds.", { value: 4_200_000_000, unit: "dollars" }],
    ["The club paid £6m for the striker.", { value: 6_000_000, unit: "pounds" }],
    ["Four hundred and fifty volunteers signed up.", { value: 450, unit: "volunteers" }],
    ["A dozen lorries waited at the border.", { value: 12, unit: "lorries" }],
    ["Twenty-five schools closed early.", { value: 25, unit: "schools" }],
    ["Two-thirds of the orchards flooded.", { value: 2 / 3 }],
    ["Add 3/4 cup of sugar.", { value: 0.75, unit: "cup" }],
    ["The fine was -5 points on the table.", { value: -5 }],
    ["The probe flew about 4×10^5 kilometres.", { value: 4e5, qualifier: "approx" }],
    ["The pound was down almost half a cent.", { value: 0.5, unit: "cent", qualifier: "approx" }],
    ["They waited half an hour.", { value: 0.5, unit: "hour" }],
    ["Highs will reach 38C in the south.", { value: 38, unit: "C" }],
    ["Lows will drop to -15C overnight.", { value: -15, unit: "C" }],
    ["Ryanair carried 19.3m passengers in August.", { value: 19_300_000, unit: "passengers" }],
    ["The app has 100m weekly users.", { value: 100_000_000, unit: "users" }],
    ["He won the 100m hurdles.", { value: 100, unit: "m" }],
    ["A $5 billion contract was signed.", { value: 5e9, unit: "dollars" }],
    ["Warren Buffett, 93, said so.", { value: 93, unit: "year-old" }],
    ["The victim, who was 17, died.", { value: 17, unit: "year-old" }],
    ["It is open to participants aged 45 and over.", { value: 45, unit: "year-old", qualifier: "at-least" }],
    ["Unilever To Cut Jobs In $870 Million Savings Drive", { value: 870_000_000, unit: "dollars" }],
    ["The app now has 2 B users.", { value: 2e9, unit: "users" }],
    ["She bought three dozen eggs.", { value: 36, unit: "eggs" }],
    ["She bought 3 dozen eggs.", { value: 36, unit: "eggs" }],
    ["One and a half million people voted.", { value: 1_500_000, unit: "people" }],
    ["Half a million people voted.", { value: 500_000, unit: "people" }],
    ["The trial lasted 2 1/2 years.", { value: 2.5, unit: "years" }],
    ["The lake froze at minus five degrees.", { value: -5, unit: "degrees" }],
    ["The state spent Rs 2.5 lakh crore on roads.", { value: 2.5e12, unit: "rupees" }],
    ["The debt reached 123456789101231 dollars.", { value: 123_456_789_101_231 }],
    ["Growth was negative 0.5% in the third quarter.", { value: -0.5, unit: "percent" }],
    ["Derby were left on minus 9 points.", { value: -9, unit: "points" }],
    ["The samples were negative 48 hours after the outbreak.", { value: 48, unit: "hours" }],
    ["Markets turned negative ten minutes into trading.", { value: 10, unit: "minutes" }],
    ["Italy, minus five key players, lost.", { value: 5, unit: "players" }],
    ["The margin is plus or minus three percentage points.", { value: 3, unit: "percent" }],
    ["Officials saw the 1200-2400 shift make 30 arrests.", { value: 30, unit: "arrests" }],
    ["Nearly all of the orchards flooded.", { value: 100, unit: "percent", qualifier: "approx" }],
    ["Virtually all the ferries were cancelled.", { value: 100, unit: "percent", qualifier: "approx" }],
  ])("%s", (sentence, expected) => {
    // Prepare
    const input = sentence;

    // Act
    const quantity = only(input);

    // Assess
    expect(quantity).toMatchObject(expected);
  });
});

describe("extractQuantities: vague plurals (one to ten of the unit)", () => {
  it.each<[string, number, number]>([
    ["Dozens of tractors blocked the road.", 12, 120],
    ["Hundreds of pilgrims arrived.", 100, 1_000],
    ["Tens of thousands of fans sang.", 10_000, 100_000],
    ["Hundreds of thousands of fans sang.", 100_000, 1_000_000],
    ["Several hundred sheep escaped.", 100, 1_000],
    ["Scores of people were wounded.", 20, 200],
    ["Millions of viewers watched.", 1_000_000, 10_000_000],
  ])("%s", (sentence, low, high) => {
    // Prepare
    const input = sentence;

    // Act
    const quantity = only(input);

    // Assess
    expect(quantity).toMatchObject({ value: low, low, high, qualifier: "vague" });
  });
});

describe("extractQuantities: qualifiers", () => {
  it.each<[string, Expected]>([
    ["About 300 horses grazed there.", { qualifier: "approx", low: 300, high: 300 }],
    ["Some 80 boats sailed.", { qualifier: "approx" }],
    ["An estimated 900 birds nested.", { qualifier: "approx" }],
    ["Nearly 450 lamps were lit.", { qualifier: "approx" }],
    ["At least 440 chairs were set out.", { qualifier: "at-least", low: 440, high: null }],
    ["No fewer than 40 ships docked.", { qualifier: "at-least" }],
    ["More than 400 runners finished.", { qualifier: "more-than", low: 400, high: null }],
    ["Upwards of 50 stalls opened.", { qualifier: "more-than" }],
    ["Up to 400 jobs may go.", { qualifier: "at-most", low: null, high: 400 }],
    ["As many as 70 flights were delayed.", { qualifier: "at-most" }],
    ["No more than 12 guests came.", { qualifier: "at-most" }],
    ["Fewer than 20 seats remain.", { qualifier: "less-than", low: null, high: 20 }],
    ["The 440 candles burned all night.", { qualifier: "exact", low: 440, high: 440 }],
    ["They sold 500 or more tickets.", { qualifier: "at-least" }],
    ["Winds near 200mph were recorded.", { qualifier: "approx", unit: "mph" }],
    ["Debt topped $3 trillion.", { qualifier: "more-than", low: 3e12, high: null }],
    ["Inflation exceeded 200%.", { qualifier: "more-than", low: 200 }],
    ["The jobless rate edged up to 3.7%.", { qualifier: "exact", low: 3.7, high: 3.7 }],
  ])("%s", (sentence, expected) => {
    // Prepare
    const input = sentence;

    // Act
    const quantity = only(input);

    // Assess
    expect(quantity).toMatchObject(expected);
  });
});

describe("extractQuantities: ranges", () => {
  it.each<[string, Expected]>([
    ["Between 400 and 450 hikers were rescued.", { qualifier: "range", low: 400, high: 450 }],
    ["Officials expect 400-450 hikers.", { qualifier: "range", low: 400, high: 450 }],
    ["Officials expect 400 to 450 hikers.", { qualifier: "range", low: 400, high: 450 }],
    ["Prices range from $10 to $15 billion.", { qualifier: "range", low: 1e10, high: 1.5e10 }],
    ["Three to six thousand cyclists rode.", { qualifier: "range", low: 3000, high: 6000 }],
    ["Analysts expect a 5% to 10% gain.", { qualifier: "range", low: 5, high: 10 }],
    ["Officials expect 1000-5000 hikers.", { qualifier: "range", low: 1000, high: 5000 }],
    ["Nights fell to between minus 10 and 5 degrees.", { qualifier: "range", low: -10, high: 5 }],
    ["An estimated 1000-1,500 people attended.", { qualifier: "range", low: 1000, high: 1500 }],
    ["Between 1000-2500 troops were deployed.", { qualifier: "range", low: 1000, high: 2500 }],
    ["Prices rose by 2 to 3 percent.", { qualifier: "range", low: 2, high: 3, change: "up" }],
    ["It kept its £634m-£680m range.", { qualifier: "range", low: 634e6, high: 680e6 }],
    ["Seas could rise by 25cm–30cm.", { qualifier: "range", low: 25, high: 30, change: "up" }],
    ["It gave guidance of 323-338mt.", { qualifier: "range", low: 323, high: 338, unit: "mt" }],
  ])("%s", (sentence, expected) => {
    // Prepare
    const input = sentence;

    // Act
    const quantity = only(input);

    // Assess
    expect(quantity).toMatchObject(expected);
  });

  it("reads a change and a level, not a range, in 'rose 6% to 120 points'", () => {
    // Prepare
    const input = "The index rose 6% to 120 points.";

    // Act
    const quantities = extractQuantities(input);

    // Assess
    expect(quantities).toMatchObject([
      { value: 6, change: "up", unit: "percent" },
      { value: 120, change: null, unit: "points" },
    ]);
  });

  it("drops a score", () => {
    // Prepare
    const input = "The home side won 2-1 in extra time.";

    // Act
    const quantities = extractQuantities(input);

    // Assess
    expect(quantities).toEqual([]);
  });
});

describe("extractQuantities: changes", () => {
  it.each<[string, "up" | "down"]>([
    ["Sales rose by 40 units.", "up"],
    ["The level fell to 12 metres.", "down"],
    ["Shares were down 3.4%.", "down"],
    ["The index jumped 3 points.", "up"],
    ["Output declined 7 percent.", "down"],
    ["The economy shrank after contracting 0.3% in May.", "down"],
    ["GDP expanded 2.1% last year.", "up"],
    ["The bank raised its benchmark rate by 25 basis points.", "up"],
    ["Statins cut the risk of heart attack by 20 per cent.", "down"],
    ["The pound was 0.2 per cent firmer.", "up"],
    ["The index was 12 points lower.", "down"],
    ["The S&P 500 added 1.1%.", "up"],
    ["The jobless rate edged up to 3.7%.", "up"],
  ])("%s", (sentence, change) => {
    // Prepare
    const input = sentence;

    // Act
    const quantity = only(input);

    // Assess
    expect(quantity.change).toBe(change);
  });

  it.each([
    "The defence gave up 250 points.",
    "The report adds 40 pages of tables.",
    "The start-up raised $5 million.",
  ])("no change in '%s'", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const quantity = only(input);

    // Assess
    expect(quantity.change).toBeNull();
  });
});

describe("extractQuantities: units", () => {
  it.each<[string, string]>([
    ["Turnout was 99 percent.", "percent"],
    ["Turnout was 80%.", "percent"],
    ["The wall is 5 km long.", "km"],
    ["The car does 70mph on the bypass.", "mph"],
    ["The parcel weighs 3 kilograms.", "kilograms"],
    ["They found 450 exhumed bodies.", "bodies"],
    ["The grid lost 30 megawatts.", "megawatts"],
    ["It costs 20 euros a month.", "euros per month"],
    ["The car gets 20 miles per gallon.", "miles per gallon"],
    ["Support was up from 41 per cent a month ago.", "percent"],
    ["They were four points clear at the top.", "points"],
    ["Two thousand properties along the coast flooded.", "properties"],
    ["She finished 4.1sec behind.", "sec"],
    ["Samsung unveils a 200MP camera sensor.", "MP"],
    ["It will buy 50 more F-16 jets.", "jets"],
    ["Two off-duty officers were hurt.", "officers"],
    ["Three past champions entered.", "champions"],
  ])("%s → %s", (sentence, unit) => {
    // Prepare
    const input = sentence;

    // Act
    const quantity = only(input);

    // Assess
    expect(quantity.unit).toBe(unit);
  });
});

describe("extractQuantities: labels, lists and counts before a compound", () => {
  it.each<[string, [number, string | null][]]>([
    [
      "They sold 300 1/2-price tickets.",
      [
        [300, "tickets"],
        [0.5, "price"],
      ],
    ],
    ["A 2 1/2-inch pipe burst.", [[2.5, "inch"]]],
    [
      "They bought 3 200.5-litre drums.",
      [
        [3, "drums"],
        [200.5, "litre"],
      ],
    ],
    ["The ship carried 1 300.5 tonnes.", [[1300.5, "tonnes"]]],
    [
      "Trains stop at stations 12,15,102 only.",
      [
        [12, null],
        [15, null],
        [102, null],
      ],
    ],
    ["India records 3,45,678 new cases.", [[345_678, "cases"]]],
    [
      "Tests: positive 12, negative 340.",
      [
        [12, null],
        [340, null],
      ],
    ],
    [
      "The jobless total rose by 23,000 to 2.81 million.",
      [
        [23_000, null],
        [2_810_000, null],
      ],
    ],
  ])("%s", (sentence, expected) => {
    // Prepare
    const input = sentence;

    // Act
    const quantities = extractQuantities(input);

    // Assess
    expect(quantities.map((q) => [q.value, q.unit])).toEqual(expected);
  });
});

describe("extractQuantities: not quantities", () => {
  it.each([
    "The meeting is on September 8 in the town hall.",
    "She was born in 1998 in a small village.",
    "The 22nd amendment limits terms.",
    "Music of the 1990s filled the hall.",
    "The bus leaves at 9:30 a.m. daily.",
    "Doors open at 2 p.m. Monday.",
    "Call 555-0100 for tickets.",
    "Call 0800 555 111 for help.",
    "They rallied to win 112-108.",
    "Voyager 1 is now far away.",
    "Police found the 911 caller's father dead.",
    "There are delays between junctions 10 and 16.",
    "It breaches Article 6(7) of the treaty.",
    "Visit www.example.test/2022 for details.",
    "The QX9 and the B7 were on show.",
    "A COVID-19 ward reopened.",
    "Game 4 starts soon.",
    "Photo 3 of 12 shows the bridge.",
    "It runs 24/7 all year.",
    "He lives at 17 Mill Road with his dog.",
    "No one came to the party.",
    "Each one of them smiled.",
    "The 2018-19 season was long.",
    "The 1939-1945 war ended.",
    "The 2014-5 budget passed.",
    "Call the helpline on 1800-2255 for help.",
    "All of the orchards flooded.",
    "Shares hit an almost all-time high.",
  ])("%s", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const quantities = extractQuantities(input);

    // Assess
    expect(quantities).toEqual([]);
  });

  it("keeps a four-digit count that is not a year", () => {
    // Prepare
    const input = "The firm has 1200 customers and was founded in 1998.";

    // Act
    const quantities = extractQuantities(input);

    // Assess
    expect(quantities).toMatchObject([{ value: 1200, unit: "customers" }]);
  });

  it("gives the text and offsets of the quantity phrase", () => {
    // Prepare
    const input = "Rescuers freed around 450 trapped miners.";

    // Act
    const quantity = only(input);

    // Assess
    expect(quantity.text).toBe("around 450 trapped miners");
    expect(input.slice(quantity.start, quantity.end)).toBe(quantity.text);
  });

  it("lets a conversion in parentheses inherit the qualifier", () => {
    // Prepare
    const input = "The drones flew more than 90 kilometres (56 miles).";

    // Act
    const quantities = extractQuantities(input);

    // Assess
    expect(quantities.map((q) => q.qualifier)).toEqual(["more-than", "more-than"]);
  });
});

describe("extractQuantities: changes that carry over", () => {
  it("gives an elided verb's change to the figures that follow it", () => {
    // Prepare
    const input = "Shares in Morrow fell 4.2%, Tansy Foods by 1.8% and Pell Group by 0.9%.";

    // Act
    const changes = extractQuantities(input).map((q) => [q.value, q.change]);

    // Assess
    expect(changes).toEqual([
      [4.2, "down"],
      [1.8, "down"],
      [0.9, "down"],
    ]);
  });

  it.each([
    "Prices fell 3%, the report by 12 economists said.",
    "Prices fell 3%, and Pell Group paid its staff by 30 June.",
  ])("carries no change into '%s'", (sentence) => {
    // Prepare
    const input = sentence;

    // Act
    const later = extractQuantities(input).slice(1);

    // Assess
    expect(later.map((q) => q.change)).toEqual(later.map(() => null));
  });

  it("makes a restated change amount a change amount too", () => {
    // Prepare
    const input =
      "The lake's temperature dropped by 2 to 3 degrees Celsius (3.6 to 5.4 Fahrenheit) that winter.";

    // Act
    const amounts = extractDetailedQuantities(input).map((q) => [q.change, q.isChangeAmount]);

    // Assess
    expect(amounts).toEqual([
      ["down", true],
      ["down", true],
    ]);
  });
});
