import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { aggregate, matchShingles } from "../../../eval/sets/article-extraction";
import { toIsoDate } from "../../../lambdas/core/article/metadata";
import { nestingDepth } from "../../../lambdas/core/article/page-guard";
import { blockText } from "../../../lambdas/core/article/text";

function body(html: string): HTMLElement {
  return new JSDOM(html).window.document.body;
}

describe("blockText", () => {
  it("puts one blank line between blocks and collapses whitespace inside them", () => {
    // Prepare
    const root = body(
      "<h2>A  heading</h2><p>First\n   line <b>bold</b></p><ul><li>one</li><li>two</li></ul>",
    );

    // Act
    const text = blockText(root);

    // Assess
    expect(text).toBe("A heading\n\nFirst line bold\n\none\n\ntwo");
  });

  it("skips scripts and styles and separates table cells", () => {
    // Prepare
    const root = body(
      "<p>Kept<script>var x = 1;</script></p><style>p{}</style><table><tr><td>a</td><td>b</td></tr></table>",
    );

    // Act
    const text = blockText(root);

    // Assess
    expect(text).toBe("Kept\n\na b");
  });
});

describe("nestingDepth", () => {
  it("counts nested containers but not unclosed paragraphs or markup inside scripts", () => {
    // Prepare
    const html = `<div><section><p>one<p>two<p>three<script>"${"<div>".repeat(50)}"</script></section></div>`;

    // Act
    const depth = nestingDepth(html);

    // Assess
    expect(depth).toBe(2);
  });
});

describe("toIsoDate", () => {
  it.each([
    ["2024-03-05T08:30:00+01:00", "2024-03-05T07:30:00.000Z"],
    ["Tue, 05 Mar 2024 08:30:00 GMT", "2024-03-05T08:30:00.000Z"],
    ["yesterday", null],
    ["1709627400", null],
    ["", null],
  ])("reads %j as %j", (value, expected) => {
    // Act
    const iso = toIsoDate(value);

    // Assess
    expect(iso).toBe(expected);
  });
});

describe("benchmark shingle scoring", () => {
  it("scores partial overlap per page and averages precision and recall", () => {
    // Prepare
    const expected = "one two three four five six";
    const predicted = "one two three four five extra";

    // Act
    const counts = matchShingles(expected, predicted);
    const scores = aggregate([counts, matchShingles("a b c d", "a b c d")]);

    // Assess
    expect(scores.p).toBeCloseTo((2 / 3 + 1) / 2);
    expect(scores.r).toBeCloseTo((2 / 3 + 1) / 2);
  });

  it("treats a text shorter than four words as one shingle and an empty prediction as all missed", () => {
    // Prepare
    const shortMatch = matchShingles("Hello world", "hello, world!");
    const empty = matchShingles("some words in a text", "");

    // Act
    const scores = aggregate([shortMatch, empty]);

    // Assess
    expect(shortMatch).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
    expect(scores.p).toBe(0);
    expect(scores.r).toBe(0);
  });
});
