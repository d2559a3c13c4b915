// The self-contained HTML report: figures over time per outlet, stances over time, alerts,
// and every statement with its quote and link. Everything taken from articles is escaped.
import { actorName, day, describeFigure } from "../core/alerts/describe";
import type { TopicConfig } from "../core/config";
import {
  type Alert,
  type FigureStatement,
  OUTLET_ACTOR,
  type StanceStatement,
  type Statement,
} from "../core/model";

export interface ReportInput {
  readonly topic: TopicConfig;
  readonly statements: readonly Statement[];
  readonly alerts: readonly Alert[];
  readonly generatedAt: Date;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML content and attribute values; control characters are dropped. */
export function escapeHtml(text: string): string {
  return text.replace(/(?![\t\n\r])\p{Cc}/gu, "").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Only http(s) links are kept, so a `javascript:` URL from a feed cannot become a live link. */
export function safeHref(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? escapeHtml(parsed.href) : "#";
  } catch {
    return "#";
  }
}

const PALETTE = [
  "#1f77b4",
  "#d62728",
  "#2ca02c",
  "#9467bd",
  "#ff7f0e",
  "#17becf",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
];
const STANCE_COLORS = { asserts: "#2e7d32", hedges: "#f9a825", denies: "#c62828" } as const;

const WIDTH = 860;
const MARGIN = { left: 70, right: 20, top: 16, bottom: 34 };

interface TimeScale {
  x(iso: string): number;
  ticks: string[];
}

function timeScale(statements: readonly Statement[]): TimeScale {
  const times = statements.map((s) => Date.parse(s.publishedAt));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = Math.max(max - min, 3_600_000);
  const inner = WIDTH - MARGIN.left - MARGIN.right;
  const x = (iso: string) => MARGIN.left + ((Date.parse(iso) - min) / span) * inner;
  const days = [...new Set(statements.map((s) => day(s.publishedAt)))].sort();
  return { x, ticks: days };
}

function axisX(scale: TimeScale, height: number): string {
  const y = height - MARGIN.bottom;
  const ticks = scale.ticks
    .map((d) => {
      const x = Math.max(MARGIN.left, scale.x(`${d}T00:00:00Z`));
      return `<line x1="${x}" y1="${MARGIN.top}" x2="${x}" y2="${y}" class="grid"/><text x="${x}" y="${y + 18}" class="tick">${escapeHtml(d)}</text>`;
    })
    .join("");
  return `<line x1="${MARGIN.left}" y1="${y}" x2="${WIDTH - MARGIN.right}" y2="${y}" class="axis"/>${ticks}`;
}

function legend(entries: readonly [label: string, color: string][]): string {
  return `<ul class="legend">${entries
    .map(
      ([label, color]) =>
        `<li><span class="swatch" style="background:${color}"></span>${escapeHtml(label)}</li>`,
    )
    .join("")}</ul>`;
}

/** A round tick step (1, 2 or 5 times a power of ten) giving about five ticks up to `max`. */
function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const multiple = [1, 2, 5, 10].find((m) => m * power >= rough) ?? 10;
  return Math.max(multiple * power, 1);
}

function figureChart(
  measure: string,
  figures: readonly FigureStatement[],
  scale: TimeScale,
  colors: Map<string, string>,
): string {
  const height = 300;
  const bottom = height - MARGIN.bottom;
  const finite = figures.flatMap((f) => [f.low, f.high]).filter((v): v is number => v !== null);
  const step = niceStep(Math.max(...finite, 1) * 1.1);
  const top = Math.ceil((Math.max(...finite, 1) * 1.1) / step) * step;
  const y = (v: number) => bottom - (v / top) * (bottom - MARGIN.top);
  const yTicks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step)
    .map(
      (v) =>
        `<text x="${MARGIN.left - 8}" y="${y(v) + 4}" class="ytick">${v.toLocaleString("en-US")}</text><line x1="${MARGIN.left}" y1="${y(v)}" x2="${WIDTH - MARGIN.right}" y2="${y(v)}" class="grid"/>`,
    )
    .join("");
  const marks = figures
    .map((f) => {
      const x = scale.x(f.publishedAt);
      const color = colors.get(f.outlet) ?? "#333";
      const low = f.low === null ? MARGIN.top : y(f.low);
      const high = f.high === null ? MARGIN.top : y(f.high);
      const lowY = f.low === null ? bottom : y(f.low);
      const label = `${f.outlet}, ${day(f.publishedAt)}: ${describeFigure(f)}${f.source ? ` (according to ${f.source})` : ""}`;
      const open =
        f.high === null
          ? `<path d="M${x - 5},${MARGIN.top + 6} L${x},${MARGIN.top} L${x + 5},${MARGIN.top + 6}" class="arrow" stroke="${color}"/>`
          : "";
      const shape =
        f.low !== null && f.high !== null && f.low === f.high
          ? `<circle cx="${x}" cy="${low}" r="5" fill="${color}"${f.qualifier === "approx" ? ' fill-opacity="0.45"' : ""}/>`
          : `<line x1="${x}" y1="${lowY}" x2="${x}" y2="${f.high === null ? MARGIN.top : high}" stroke="${color}" class="range"/>${open}`;
      return `<g class="mark"><title>${escapeHtml(label)}</title>${shape}</g>`;
    })
    .join("");
  return `<figure><figcaption>${escapeHtml(measure)}</figcaption><svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(`Reported ${measure} over time`)}">${axisX(scale, height)}<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${bottom}" class="axis"/>${yTicks}${marks}</svg></figure>`;
}

function stanceChart(stances: readonly StanceStatement[], topic: TopicConfig, scale: TimeScale): string {
  const rowLabel = (s: StanceStatement) =>
    s.actor === OUTLET_ACTOR ? `${s.outlet} (own framing)` : actorName(s.actor, topic);
  const rows = [...new Set(stances.map(rowLabel))].sort(
    (a, b) => Number(a.endsWith("framing)")) - Number(b.endsWith("framing)")) || a.localeCompare(b),
  );
  const rowHeight = 28;
  const height = MARGIN.top + rows.length * rowHeight + MARGIN.bottom;
  const left = 270;
  const x = (iso: string) =>
    left +
    ((scale.x(iso) - MARGIN.left) / (WIDTH - MARGIN.left - MARGIN.right)) * (WIDTH - left - MARGIN.right);
  const labels = rows
    .map(
      (label, i) =>
        `<text x="${left - 10}" y="${MARGIN.top + i * rowHeight + 18}" class="rowlabel">${escapeHtml(label.length > 40 ? `${label.slice(0, 39)}…` : label)}<title>${escapeHtml(label)}</title></text><line x1="${left}" y1="${MARGIN.top + i * rowHeight + 14}" x2="${WIDTH - MARGIN.right}" y2="${MARGIN.top + i * rowHeight + 14}" class="grid"/>`,
    )
    .join("");
  const marks = stances
    .map((s) => {
      const cy = MARGIN.top + rows.indexOf(rowLabel(s)) * rowHeight + 14;
      const cx = x(s.publishedAt);
      const color = STANCE_COLORS[s.stance];
      const shape = s.inHeadline
        ? `<rect x="${cx - 6}" y="${cy - 6}" width="12" height="12" fill="${color}"/>`
        : `<circle cx="${cx}" cy="${cy}" r="6" fill="${color}"/>`;
      return `<g class="mark"><title>${escapeHtml(`${rowLabel(s)} ${s.stance} (${s.outlet}, ${day(s.publishedAt)}${s.inHeadline ? ", headline" : ""}): ${s.sentence}`)}</title>${shape}</g>`;
    })
    .join("");
  const ticks = scale.ticks
    .map(
      (d) =>
        `<text x="${Math.max(left, x(`${d}T00:00:00Z`))}" y="${height - 10}" class="tick">${escapeHtml(d)}</text>`,
    )
    .join("");
  return `<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="Stances over time">${labels}${marks}${ticks}</svg>`;
}

function statementRow(s: Statement, topic: TopicConfig): string {
  const what =
    s.kind === "figure"
      ? `${s.measure}: ${describeFigure(s)}`
      : `${s.actor === OUTLET_ACTOR ? "outlet framing" : actorName(s.actor, topic)}: ${s.stance}`;
  const source = s.kind === "figure" ? (s.source ?? "outlet") : "";
  return `<tr><td>${escapeHtml(s.publishedAt.replace("T", " ").slice(0, 16))}</td><td>${escapeHtml(s.outlet)}</td><td>${escapeHtml(what)}</td><td>${escapeHtml(source)}</td><td><blockquote>${escapeHtml(s.sentence)}</blockquote>${s.inHeadline ? '<span class="badge">headline</span>' : ""}</td><td><a href="${safeHref(s.url)}" rel="noopener noreferrer">${escapeHtml(s.title)}</a></td></tr>`;
}

function alertRow(a: Alert): string {
  return `<tr class="sev-${a.severity}"><td>${escapeHtml(a.publishedAt.replace("T", " ").slice(0, 16))}</td><td>${escapeHtml(a.severity)}</td><td>${escapeHtml(a.change)}</td><td>${escapeHtml(a.summary)}</td><td><a href="${safeHref(a.url)}" rel="noopener noreferrer">${escapeHtml(a.outlet)}</a></td></tr>`;
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:960px;color:#1b1b1b;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
.meta{color:#666}figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}
svg{width:100%;height:auto;background:#fafafa;border:1px solid #eee}
.axis{stroke:#888}.grid{stroke:#e4e4e4}.tick,.ytick,.rowlabel{font-size:11px;fill:#555}.ytick,.rowlabel{text-anchor:end}
.range{stroke-width:6;stroke-linecap:round;opacity:.8}.arrow{fill:none;stroke-width:2}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:13px}
.swatch{display:inline-block;width:12px;height:12px;margin-right:.35rem;vertical-align:-1px;border-radius:2px}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #eee;padding:.35rem;text-align:left;vertical-align:top}
blockquote{margin:0;font-style:italic;overflow-wrap:anywhere}a{overflow-wrap:anywhere}
.badge{font-size:11px;background:#eef;padding:0 .3rem;border-radius:3px}
.sev-high td:nth-child(2){color:#c62828;font-weight:600}.sev-medium td:nth-child(2){color:#b26a00}
`;

export function renderReport(input: ReportInput): string {
  const { topic, statements, alerts } = input;
  const figures = statements.filter((s): s is FigureStatement => s.kind === "figure");
  const stances = statements.filter((s): s is StanceStatement => s.kind === "stance");
  const outlets = [...new Set(statements.map((s) => s.outlet))].sort();
  const colors = new Map(outlets.map((o, i) => [o, PALETTE[i % PALETTE.length] as string]));
  const scale = timeScale(
    statements.length ? statements : [{ publishedAt: input.generatedAt.toISOString() } as Statement],
  );
  const measures = topic.measures.filter((m) => figures.some((f) => f.measure === m.id));
  const figureSection = measures.length
    ? `${legend(outlets.filter((o) => figures.some((f) => f.outlet === o)).map((o) => [o, colors.get(o) as string]))}<p class="meta">Dots are point figures (faded: approximate); bars are ranges; an arrow marks an open upper end ("at least", "more than").</p>${measures
        .map((m) =>
          figureChart(
            m.id,
            figures.filter((f) => f.measure === m.id),
            scale,
            colors,
          ),
        )
        .join("")}`
    : "<p>No figures yet.</p>";
  const stanceSection = stances.length
    ? `${legend(Object.entries(STANCE_COLORS))}<p class="meta">Squares: headlines; circles: article text.</p>${stanceChart(stances, topic, scale)}`
    : "<p>No stances yet.</p>";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(`newsdrift: ${topic.name}`)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(topic.name)}</h1>
<p class="meta">Topic <code>${escapeHtml(topic.id)}</code> · ${statements.length} statements from ${outlets.length} outlets · ${alerts.length} alerts · generated ${escapeHtml(input.generatedAt.toISOString())}</p>
<h2>Figures over time</h2>${figureSection}
<h2>Stances over time</h2>${stanceSection}
<h2>Alerts</h2>${alerts.length ? `<table><thead><tr><th>published</th><th>severity</th><th>change</th><th>summary</th><th>outlet</th></tr></thead><tbody>${alerts.map(alertRow).join("")}</tbody></table>` : "<p>No alerts yet.</p>"}
<h2>Statements</h2>${statements.length ? `<table><thead><tr><th>published</th><th>outlet</th><th>statement</th><th>source</th><th>sentence</th><th>article</th></tr></thead><tbody>${statements.map((s) => statementRow(s, topic)).join("")}</tbody></table>` : "<p>No statements yet.</p>"}
</body></html>
`;
}
