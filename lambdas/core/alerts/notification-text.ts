// The words of an alert notification: email subject and body, SMS text, and the default message.
// Pure: the SNS adapter sends what these functions return.
import anyAscii from "any-ascii";
import type { TopicConfig } from "../config";
import { type Alert, type AlertChange, type FigureStatement, OUTLET_ACTOR, type Statement } from "../model";
import { actorName, day, describeFigure, describeStanceStatement } from "./describe";

/** SNS rejects subjects of 100 characters or more. */
export const SUBJECT_MAX_CHARS = 99;
/** SNS cuts SMS messages longer than 140 bytes into several (billed) messages. */
export const SMS_MAX_BYTES = 140;

export interface AlertNotification {
  /** Email subject: printable ASCII, at most SUBJECT_MAX_CHARS characters. */
  readonly subject: string;
  /** Full detail: both outlets, figures or stances, dates, quoted sentences and links. */
  readonly email: string;
  /** ASCII, at most SMS_MAX_BYTES bytes. */
  readonly sms: string;
  /** For every other kind of subscriber. */
  readonly default: string;
}

const CHANGE_LABELS: Record<AlertChange, string> = {
  "new-measure": "first figure",
  refined: "refined figure",
  higher: "higher figure",
  lower: "lower figure",
  contradicts: "contradicting figure",
  "new-actor-stance": "new stance",
  "stance-changed": "changed stance",
  diverges: "diverging framing",
};

export function alertNotification(alert: Alert, topic: TopicConfig | undefined): AlertNotification {
  return {
    subject: alertSubject(alert, topic),
    email: alertEmailText(alert, topic),
    sms: alertSmsText(alert),
    default: `${alert.summary}\n${alert.url}`,
  };
}

/** "newsdrift HIGH: Izyum mass graves - BBC News contradicting figure". */
export function alertSubject(alert: Alert, topic: TopicConfig | undefined): string {
  const text = `newsdrift ${alert.severity.toUpperCase()}: ${topic?.name ?? alert.topic} - ${alert.outlet} ${CHANGE_LABELS[alert.change]}`;
  return truncate(plainAscii(text), SUBJECT_MAX_CHARS);
}

/**
 * "newsdrift HIGH izyum-mass-graves: BBC News: around 450 bodies; was 440 (Reuters, 2022-09-16)",
 * followed by the article link when it still fits in one message.
 */
export function alertSmsText(alert: Alert): string {
  const text = plainAscii(`newsdrift ${alert.severity.toUpperCase()} ${alert.topic}: ${smsChange(alert)}`);
  const withLink = `${text} ${alert.url}`;
  return withLink.length <= SMS_MAX_BYTES ? withLink : truncate(text, SMS_MAX_BYTES);
}

function smsChange(alert: Alert): string {
  const { current, previous } = alert;
  if (previous === null)
    return `${current.outlet}: ${shortStatement(current)} (${CHANGE_LABELS[alert.change]})`;
  const earlier = `(${previous.outlet}, ${day(previous.publishedAt)})`;
  if (current.kind === "figure" && previous.kind === "figure") {
    // The measure's term is said once: "around 450 bodies; was 440".
    return `${current.outlet}: ${describeFigure(current)}; was ${describeFigure({ ...previous, term: "" }).trim()} ${earlier}`;
  }
  return `${current.outlet}: ${shortStatement(current)}; was ${shortStatement(previous)} ${earlier}`;
}

function shortStatement(statement: Statement): string {
  if (statement.kind === "figure") return describeFigure(statement);
  return `${statement.actor === OUTLET_ACTOR ? "own framing" : statement.actor} ${statement.stance}`;
}

export function alertEmailText(alert: Alert, topic: TopicConfig | undefined): string {
  const { current } = alert;
  const subjectLine =
    current.kind === "figure" ? `Measure: ${current.measure}` : `Actor: ${actorName(current.actor, topic)}`;
  const lines = [
    `${alert.severity.toUpperCase()} alert: ${CHANGE_LABELS[alert.change]}`,
    `Topic: ${topic?.name ?? alert.topic} (${alert.topic})`,
    subjectLine,
    "",
    alert.summary,
    "",
    ...statementBlock("Now", current, topic),
    "",
    ...(alert.previous === null
      ? ["Before: no earlier report to compare with."]
      : statementBlock("Before", alert.previous, topic)),
    "",
    `Alert id: ${alert.id}`,
  ];
  // Text from articles may carry control characters (a title with "\r\n"): one line stays one line.
  return `${lines.map((line) => line.replace(/\p{Cc}+/gu, " ")).join("\n")}\n`;
}

function statementBlock(label: string, statement: Statement, topic: TopicConfig | undefined): string[] {
  return [
    `${label}: ${statement.outlet}, published ${day(statement.publishedAt)}${statement.inHeadline ? " (headline)" : ""}`,
    `  ${statement.kind === "figure" ? figureWithSource(statement) : describeStanceStatement(statement, topic)}`,
    `  "${statement.sentence}"`,
    `  ${statement.title}`,
    `  ${statement.url}`,
  ];
}

function figureWithSource(figure: FigureStatement): string {
  return figure.source === null
    ? describeFigure(figure)
    : `${describeFigure(figure)}, according to ${figure.source}`;
}

/** ASCII transliteration (any-ascii covers every script, so "Київ" becomes "Kyiv"), on one line. */
function plainAscii(text: string): string {
  return anyAscii(text)
    .replace(/\p{Cc}+/gu, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Cuts ASCII text to `max` characters, ending in "..." when it was cut. */
function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 3).trimEnd()}...`;
}
