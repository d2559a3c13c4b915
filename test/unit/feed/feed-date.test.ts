import { describe, expect, it } from "vitest";
import { parseFeedDate } from "../../../lambdas/core/feed/feed-date";

describe("parseFeedDate", () => {
  it.each([
    ["Wed, 11 Jun 2025 06:45:00 +0100", "2025-06-11T05:45:00.000Z"],
    ["11 Jun 2025 06:45 GMT", "2025-06-11T06:45:00.000Z"],
    ["Mon, 09 Jun 2025 12:00:00 EDT", "2025-06-09T16:00:00.000Z"],
    ["Sat, 3 May 25 14:05 PDT", "2025-05-03T21:05:00.000Z"],
    ["Tue, 10 June 2025 17:00:00 +0000 (UTC)", "2025-06-10T17:00:00.000Z"],
    ["June 10, 2025 17:00:00 GMT", "2025-06-10T17:00:00.000Z"],
    ["2025-03-04T08:15:00+01:00", "2025-03-04T07:15:00.000Z"],
    ["2025-03-04T08:15:00.250Z", "2025-03-04T08:15:00.250Z"],
    ["2025-03-04 08:15:00", "2025-03-04T08:15:00.000Z"],
    ["2025-03-04", "2025-03-04T00:00:00.000Z"],
    ["2025-03", "2025-03-01T00:00:00.000Z"],
    ["20250304T081500Z", "2025-03-04T08:15:00.000Z"],
  ])("reads %s", (raw, expected) => {
    // Prepare
    const input = raw;

    // Act
    const date = parseFeedDate(input);

    // Assess
    expect(date).toBe(expected);
  });

  it.each([
    ["sometime last week"],
    ["Mon, 31 Feb 2025 10:00:00 GMT"],
    ["2025-13-01"],
    ["2025-06-11T25:00:00Z"],
    ["0001-01-01T00:00:00Z"],
    ["Foo, 11 Jux 2025 06:45:00 GMT"],
    [""],
  ])("refuses %s", (raw) => {
    // Prepare
    const input = raw;

    // Act
    const date = parseFeedDate(input);

    // Assess
    expect(date).toBeNull();
  });
});

describe("parseFeedDate with day and month names in other languages", () => {
  it.each([
    ["Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24T22:42:40.000Z"],
    ["Sáb, 06 Out 2018 08:00:00 -0300", "2018-10-06T11:00:00.000Z"],
    ["Mié, 12 Dic 2018 10:00:00 +0100", "2018-12-12T09:00:00.000Z"],
    ["mer., 12 févr. 2025 10:00:00 +0100", "2025-02-12T09:00:00.000Z"],
    ["jeu., 17 juil. 2025 10:00:00 +0200", "2025-07-17T08:00:00.000Z"],
    ["Mi, 12 Mär 2025 10:00:00 +0100", "2025-03-12T09:00:00.000Z"],
    ["Do, 13 Mrz 2025 10:00 GMT", "2025-03-13T10:00:00.000Z"],
    ["mar, 12 ago 2025 10:00:00 +0200", "2025-08-12T08:00:00.000Z"],
    ["di, 4 mrt 2025 10:00:00 +0100", "2025-03-04T09:00:00.000Z"],
  ])("reads %s", (raw, expected) => {
    // Prepare
    const input = raw;

    // Act
    const date = parseFeedDate(input);

    // Assess
    expect(date).toBe(expected);
  });

  it.each([
    // "jui" begins both juin and juillet.
    ["lun., 14 jui 2025 10:00:00 +0200"],
    ["Seg, 24 Xyz 2018 19:42:40 -0300"],
    ["Seg, 24 Se 2018 19:42:40 -0300"],
    ["Qua, 30 Fev 2018 10:00:00 -0300"],
    ["Пн, 24 Сен 2018 19:42:40 +0300"],
  ])("refuses %s", (raw) => {
    // Prepare
    const input = raw;

    // Act
    const date = parseFeedDate(input);

    // Assess
    expect(date).toBeNull();
  });
});
