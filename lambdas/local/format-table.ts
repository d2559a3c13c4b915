// Readable terminal tables for `query` and `alerts`.
import Table from "cli-table3";
import { describeFigure } from "../core/alerts/describe";
import type { Alert, Statement } from "../core/model";

const SENTENCE_WIDTH = 70;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function plainTable(head: string[]): Table.Table {
  return new Table({ head, style: { head: [], border: [] }, wordWrap: false });
}

export function statementsTable(statements: readonly Statement[]): string {
  const table = plainTable([
    "published",
    "outlet",
    "kind",
    "measure/actor",
    "figure/stance",
    "source",
    "where",
    "sentence",
  ]);
  for (const s of statements) {
    table.push([
      s.publishedAt.replace("T", " ").slice(0, 16),
      s.outlet,
      s.kind,
      s.kind === "figure" ? s.measure : s.actor,
      s.kind === "figure" ? describeFigure(s) : s.stance,
      s.kind === "figure" ? (s.source ?? "(outlet)") : "",
      s.inHeadline ? "headline" : "body",
      clip(s.sentence, SENTENCE_WIDTH),
    ]);
  }
  return `${table.toString()}\n${statements.length} statement(s)`;
}

export function alertsTable(alerts: readonly Alert[]): string {
  const table = plainTable(["published", "severity", "change", "topic", "summary"]);
  for (const a of alerts) {
    table.push([
      a.publishedAt.replace("T", " ").slice(0, 16),
      a.severity,
      a.change,
      a.topic,
      clip(a.summary, 110),
    ]);
  }
  return `${table.toString()}\n${alerts.length} alert(s)`;
}
