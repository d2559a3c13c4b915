// The HTML report in a real headless browser (Debian chromium, installed by .ci/run):
// it renders its charts, runs nothing from article text, and loads nothing from the network.
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareStatements } from "../../lambdas/core/alerts/compare-statements";
import { renderReport } from "../../lambdas/local/report";
import { figure, izyumTopic, stance } from "../support/statements";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hostile = `</title><script>window.__pwned = true; alert(1)</script><img src=x onerror="window.__pwned=true">"'\u0000${"Ж".repeat(3000)}`;

describe("the HTML report in headless chromium", () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), "newsdrift-report-"));

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("renders figures, stances, alerts and statements without running article text", async () => {
    // Prepare
    const earlier = figure({
      id: "a",
      outlet: "Daily Post",
      publishedAt: "2022-09-15T09:00:00Z",
      qualifier: "at-least",
      low: 440,
      high: null,
      title: hostile,
    });
    const later = figure({
      id: "b",
      outlet: `The ${hostile}`,
      measure: "bodies",
      term: "bodies",
      qualifier: "approx",
      low: 450,
      high: 450,
      sentence: hostile,
      url: "javascript:window.__pwned=true",
    });
    const range = figure({
      id: "c",
      publishedAt: "2022-09-17T09:00:00Z",
      qualifier: "range",
      low: 400,
      high: 460,
    });
    const denial = stance({ id: "d", sentence: `"These are lies," ${hostile}` });
    const framing = stance({
      id: "e",
      actor: "outlet",
      stance: "hedges",
      inHeadline: true,
      outlet: "Daily Post",
    });
    const statements = [earlier, later, range, denial, framing];
    const alerts = [
      ...compareStatements([earlier], [], izyumTopic),
      ...compareStatements([range], [earlier], izyumTopic),
    ];
    const path = join(dir, "report.html");
    writeFileSync(
      path,
      renderReport({ topic: izyumTopic, statements, alerts, generatedAt: new Date("2026-01-01T00:00:00Z") }),
    );
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const dialogs: string[] = [];
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => errors.push(error.message));

    // Act
    await page.goto(`file://${path}`);
    const screenshot = join(dir, "report.png");
    await page.screenshot({ path: screenshot });
    const view = await page.evaluate(() => ({
      title: document.title,
      pwned: (window as unknown as { __pwned?: boolean }).__pwned ?? false,
      charts: document.querySelectorAll("figure svg").length,
      stanceMarks: document.querySelectorAll('svg[aria-label="Stances over time"] .mark').length,
      scripts: document.querySelectorAll("script").length,
      links: [...document.querySelectorAll("a")].map((a) => a.getAttribute("href")),
    }));
    await page.close();

    // Assess
    expect(view.title).toBe("newsdrift: Mass graves near Izyum");
    expect(view.pwned).toBe(false);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(view.scripts).toBe(0);
    expect(view.charts).toBe(2);
    expect(view.stanceMarks).toBe(2);
    expect(view.links.every((href) => href === "#" || href?.startsWith("https://"))).toBe(true);
    expect(requests.every((url) => url.startsWith("file://"))).toBe(true);
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
  });
});
