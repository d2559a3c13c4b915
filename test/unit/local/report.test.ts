import { describe, expect, it } from "vitest";
import { escapeHtml, renderReport, safeHref } from "../../../lambdas/local/report";
import { figure, izyumTopic, stance } from "../../support/statements";

const hostile = `<script>alert("x")</script>'" onmouseover=alert(1) \u0007${"A".repeat(5000)}`;

describe("HTML report", () => {
  it("escapes every piece of article text and keeps only http(s) links", () => {
    // Prepare
    const statements = [
      figure({
        id: "f",
        title: hostile,
        sentence: hostile,
        outlet: `<b>${hostile}</b>`,
        url: "javascript:alert(1)",
      }),
      stance({ id: "s", sentence: hostile, publishedAt: "2022-09-17T10:00:00Z" }),
    ];
    // Act
    const html = renderReport({
      topic: izyumTopic,
      statements,
      alerts: [],
      generatedAt: new Date("2026-01-01T00:00:00Z"),
    });
    // Assess
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("\u0007");
    expect(html).not.toMatch(/" onmouseover=/);
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&quot; onmouseover=alert(1)",
    );
  });

  it("draws one chart per reported measure and a stance timeline", () => {
    // Prepare
    const statements = [
      figure({ id: "a", publishedAt: "2022-09-15T10:00:00Z" }),
      figure({ id: "b", measure: "bodies", term: "bodies", qualifier: "at-least", low: 440, high: null }),
      stance({ id: "c" }),
    ];
    // Act
    const html = renderReport({
      topic: izyumTopic,
      statements,
      alerts: [],
      generatedAt: new Date("2026-01-01T00:00:00Z"),
    });
    // Assess
    expect(html.match(/<figure>/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Stances over time"');
    expect(html).toContain("at least 440 bodies");
  });

  it("escapes and filters the helpers' inputs", () => {
    // Prepare / Act / Assess
    expect(escapeHtml(`a&b<c>"d'`)).toBe("a&amp;b&lt;c&gt;&quot;d&#39;");
    expect(safeHref("https://example.org/a?b=1&c=2")).toBe("https://example.org/a?b=1&amp;c=2");
    expect(safeHref("data:text/html,hi")).toBe("#");
    expect(safeHref("not a url")).toBe("#");
  });
});
