import { describe, expect, it } from "vitest";
import {
  alertEmailText,
  alertNotification,
  alertSmsText,
  alertSubject,
  SMS_MAX_BYTES,
  SUBJECT_MAX_CHARS,
} from "../../lambdas/core/alerts/notification-text";
import type { TopicConfig } from "../../lambdas/core/config";
import type { Alert, FigureStatement, StanceStatement } from "../../lambdas/core/model";

const topic: TopicConfig = {
  id: "lake-dam-breach",
  name: "Lake Varn dam breach",
  keywords: ["Varn dam"],
  measures: [{ id: "evacuated", terms: ["residents evacuated"] }],
  actors: [{ id: "river-authority", name: "the River Authority", aliases: [] }],
};

const earlierFigure: FigureStatement = {
  id: "f-earlier",
  kind: "figure",
  topic: "lake-dam-breach",
  outlet: "Example Wire",
  url: "https://wire.example.net/2031/04/02/varn-dam",
  title: "Hundreds leave homes below Varn dam",
  publishedAt: "2031-04-02T08:00:00Z",
  sentence: "Officials said 1,200 residents were evacuated overnight.",
  inHeadline: false,
  measure: "evacuated",
  term: "residents evacuated",
  low: 1200,
  high: 1200,
  qualifier: "exact",
  source: "officials",
};

const laterFigure: FigureStatement = {
  ...earlierFigure,
  id: "f-later",
  outlet: "Example Daily",
  url: "https://news.example.org/world/varn-dam-evacuation",
  title: "Varn dam: evacuation smaller than first reported",
  publishedAt: "2031-04-03T10:30:00Z",
  sentence: "Only about 300 residents were evacuated, the county confirmed.",
  low: 300,
  high: 300,
  qualifier: "approx",
  source: null,
};

const figureAlert: Alert = {
  id: "a-figure",
  topic: "lake-dam-breach",
  kind: "figure",
  change: "contradicts",
  severity: "high",
  outlet: laterFigure.outlet,
  url: laterFigure.url,
  publishedAt: laterFigure.publishedAt,
  measure: "evacuated",
  current: laterFigure,
  previous: earlierFigure,
  summary: "Example Daily reported around 300 residents evacuated, contradicting 1,200 residents evacuated.",
};

const earlierStance: StanceStatement = {
  id: "s-earlier",
  kind: "stance",
  topic: "lake-dam-breach",
  outlet: "Example Wire",
  url: "https://wire.example.net/2031/04/02/authority",
  title: "Authority confirms breach",
  publishedAt: "2031-04-02T09:00:00Z",
  sentence: "The River Authority confirmed that the dam wall had failed.",
  inHeadline: false,
  actor: "river-authority",
  stance: "asserts",
};

const stanceAlert: Alert = {
  id: "a-stance",
  topic: "lake-dam-breach",
  kind: "stance",
  change: "stance-changed",
  severity: "high",
  outlet: "Ранкова Газета",
  url: "https://gazeta.example.com/varn",
  publishedAt: "2031-04-04T07:00:00Z",
  actor: "river-authority",
  current: {
    ...earlierStance,
    id: "s-later",
    outlet: "Ранкова Газета",
    url: "https://gazeta.example.com/varn",
    title: "Authority now disputes breach reports",
    publishedAt: "2031-04-04T07:00:00Z",
    sentence: "The River Authority denied that the wall had failed at all.",
    stance: "denies",
  },
  previous: earlierStance,
  summary: "Ранкова Газета reported that the River Authority denies the reports.",
};

const printableAscii = /^[\x20-\x7e]*$/;

describe("alertEmailText", () => {
  it("gives both outlets, figures, dates, quoted sentences and links", () => {
    // Prepare
    const alert = figureAlert;

    // Act
    const email = alertEmailText(alert, topic);

    // Assess
    for (const expected of [
      "HIGH alert: contradicting figure",
      "Topic: Lake Varn dam breach (lake-dam-breach)",
      "Measure: evacuated",
      alert.summary,
      "Now: Example Daily, published 2031-04-03",
      "around 300 residents evacuated",
      `"${laterFigure.sentence}"`,
      laterFigure.url,
      "Before: Example Wire, published 2031-04-02",
      "1,200 residents evacuated, according to officials",
      `"${earlierFigure.sentence}"`,
      earlierFigure.url,
    ]) {
      expect(email).toContain(expected);
    }
  });

  it("names the actor and both stances of a changed stance", () => {
    // Prepare
    const alert = stanceAlert;

    // Act
    const email = alertEmailText(alert, topic);

    // Assess
    expect(email).toContain("Actor: the River Authority");
    expect(email).toContain("the River Authority denies the reports");
    expect(email).toContain("the River Authority asserts the reports");
    expect(email).toContain("Before: Example Wire, published 2031-04-02");
  });

  it("says so when there is no earlier report", () => {
    // Prepare
    const alert: Alert = { ...figureAlert, change: "new-measure", severity: "medium", previous: null };

    // Act
    const email = alertEmailText(alert, topic);

    // Assess
    expect(email).toContain("Before: no earlier report to compare with.");
    expect(email).not.toContain("Example Wire");
  });
});

describe("alertSubject", () => {
  it("is short printable ASCII naming severity, topic, outlet and change", () => {
    // Prepare
    const alert = stanceAlert;

    // Act
    const subject = alertSubject(alert, topic);

    // Assess
    expect(subject).toBe("newsdrift HIGH: Lake Varn dam breach - Rankova Gazeta changed stance");
  });

  it("stays within the SNS limit for long names", () => {
    // Prepare
    const alert: Alert = { ...figureAlert, outlet: `The ${"Very ".repeat(30)}Long Evening Courier` };

    // Act
    const subject = alertSubject(alert, { ...topic, name: "Ünïcödé\ntopic\tname" });

    // Assess
    expect(subject.length).toBeLessThanOrEqual(SUBJECT_MAX_CHARS);
    expect(subject).toMatch(printableAscii);
    expect(subject).toMatch(/^newsdrift HIGH: Unicode topic name - The Very Very/);
    expect(subject.endsWith("...")).toBe(true);
  });
});

describe("alertSmsText", () => {
  it("says what changed in one ASCII message, with the link when there is room", () => {
    // Prepare
    const url = "https://ex.org/a";
    const alert: Alert = { ...figureAlert, url, current: { ...laterFigure, url } };

    // Act
    const sms = alertSmsText(alert);

    // Assess
    expect(sms).toBe(
      "newsdrift HIGH lake-dam-breach: Example Daily: around 300 residents evacuated; was 1,200 (Example Wire, 2031-04-02) https://ex.org/a",
    );
  });

  it("transliterates, and leaves out a link that does not fit", () => {
    // Prepare
    const alert = stanceAlert;

    // Act
    const sms = alertSmsText(alert);

    // Assess
    expect(sms).toBe(
      "newsdrift HIGH lake-dam-breach: Rankova Gazeta: river-authority denies; was river-authority asserts (Example Wire, 2031-04-02)",
    );
  });

  it("reports a first statement without a comparison", () => {
    // Prepare
    const alert: Alert = { ...figureAlert, change: "new-measure", severity: "medium", previous: null };

    // Act
    const sms = alertSmsText(alert);

    // Assess
    expect(
      sms.startsWith(
        "newsdrift MEDIUM lake-dam-breach: Example Daily: around 300 residents evacuated (first figure)",
      ),
    ).toBe(true);
  });

  it("never exceeds 140 bytes, whatever the outlet and topic", () => {
    // Prepare
    const alert: Alert = {
      ...stanceAlert,
      topic: "a-topic-with-a-rather-long-identifier-for-testing",
      current: { ...stanceAlert.current, outlet: "Щоденні Новини Прикарпаття і Волині — вечірній випуск" },
    };

    // Act
    const sms = alertSmsText(alert);

    // Assess
    expect(Buffer.byteLength(sms)).toBeLessThanOrEqual(SMS_MAX_BYTES);
    expect(sms).toMatch(printableAscii);
    expect(sms.endsWith("...")).toBe(true);
  });
});

describe("alertNotification", () => {
  it("gives every protocol its text and a default with the summary and link", () => {
    // Prepare
    const alert = figureAlert;

    // Act
    const notification = alertNotification(alert, topic);

    // Assess
    expect(notification.default).toBe(`${alert.summary}\n${alert.url}`);
    expect(notification.email).toBe(alertEmailText(alert, topic));
    expect(notification.sms).toBe(alertSmsText(alert));
    expect(notification.subject).toBe(alertSubject(alert, topic));
  });
});

describe("alert texts from hostile articles", () => {
  it("keep script tags inert text, drop control characters and stay within every limit", () => {
    // Prepare
    const hostile = `<script>alert("x")</script>'"\u0000\u0007\r\nBcc: victim@example.org\u202e${"A".repeat(5000)}`;
    const alert: Alert = {
      ...figureAlert,
      outlet: hostile,
      summary: hostile,
      current: { ...figureAlert.current, outlet: hostile, title: hostile, sentence: hostile },
    };

    // Act
    const notification = alertNotification(alert, topic);

    // Assess
    expect(notification.sms).toMatch(printableAscii);
    expect(Buffer.byteLength(notification.sms)).toBeLessThanOrEqual(SMS_MAX_BYTES);
    expect(notification.subject).toMatch(printableAscii);
    expect(notification.subject.length).toBeLessThanOrEqual(SUBJECT_MAX_CHARS);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
    expect(notification.email).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(notification.email.split("\n").some((line) => line.startsWith("Bcc:"))).toBe(false);
  });
});
