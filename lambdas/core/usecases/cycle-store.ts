// The store as a local cycle uses it, with fewer requests per article:
// - A view of the statements it compares: the local runner commits a cycle's articles one after
//   another and nothing else writes statements meanwhile (PipelineDeps.commitsOverlap false; the
//   runner holds the table's cycle lease, see ports/cycle-lease.ts), so
//   what it has read of a topic stays true for the rest of the cycle, apart from what it writes
//   itself, which goes through here. An article's earlier reporting and the later articles to
//   compare again then come from memory instead of a query each.
// - Article records held back and written a dozen at a time. A record marks its item done, so a
//   crash before the write only makes the next cycle redo those items, which adds nothing twice.

import type { NewsdriftStore, StatementQuery } from "../../ports/store";
import { type ArticleRecord, byPublishedAtThenId, type Statement } from "../model";

/** Article records written in one request: few enough that a crash redoes little. */
export const ARTICLES_PER_WRITE = 12;

export interface StatementViewOptions {
  /** How many of a topic's newest statements the first read loads; older history is queried. Default 100. */
  readonly loadCount?: number;
  /**
   * Beyond this many statements of a topic, the older half leaves the view (and is queried when
   * needed), so a long cycle's memory stays flat. Default 1,000.
   */
  readonly maxStatements?: number;
}

/** After every stored statement's publication time, so a newest-first read starts at the newest. */
const END_OF_TIME = "9999-12-31T23:59:59.999Z";

interface TopicView {
  /** Oldest first (by publishedAt, then id), as the store returns them. */
  statements: Statement[];
  /** Every statement published after this time (ms) is in `statements`; -Infinity when all are. */
  completeAfter: number;
}

type ViewedOperations = Pick<NewsdriftStore, "queryStatements" | "statementsNewestFirst" | "recordFindings">;

export interface CycleStore {
  /** What the cycle's commits use. */
  readonly store: NewsdriftStore;
  /** Article records held back, not yet written. */
  readonly heldArticles: number;
  /** Writes the held article records; on failure they are dropped (their items are redone later). */
  writeArticles(): Promise<void>;
}

/**
 * `store` with article records held back until `writeArticles`, and with `viewStatements`, statement
 * reads served by cycleStatementView.
 */
export function cycleStore(store: NewsdriftStore, options: { readonly viewStatements: boolean }): CycleStore {
  const viewed = options.viewStatements ? cycleStatementView(store) : store;
  const held: ArticleRecord[] = [];
  return {
    store: withOperations(viewed, {
      putArticles: async (records) => {
        held.push(...records);
      },
    }),
    get heldArticles() {
      return held.length;
    },
    writeArticles: () => store.putArticles(held.splice(0)),
  };
}

/**
 * `store` with statement reads served from memory where the view covers them. The first read of a
 * topic loads its newest statements; statements written through the view join it. A failed write
 * drops the topic's view, so it is read again from the store.
 */
export function cycleStatementView(
  store: NewsdriftStore,
  options: StatementViewOptions = {},
): NewsdriftStore {
  const { loadCount = 100, maxStatements = 1000 } = options;
  const views = new Map<string, Promise<TopicView>>();
  const viewOf = (topic: string): Promise<TopicView> => {
    let view = views.get(topic);
    if (!view) {
      view = loadView(store, topic, loadCount);
      views.set(topic, view);
      view.catch(() => views.delete(topic));
    }
    return view;
  };

  const viewed: ViewedOperations = {
    async queryStatements(query: StatementQuery): Promise<Statement[]> {
      const view = await viewOf(query.topic);
      if (query.since === undefined || Date.parse(query.since) <= view.completeAfter) {
        return store.queryStatements(query);
      }
      return view.statements.filter((statement) => matches(statement, query));
    },

    async *statementsNewestFirst(topic: string, before: string): AsyncIterable<Statement> {
      const view = await viewOf(topic);
      const beforeTime = Date.parse(before);
      // A copy: statements written while the caller iterates must not shift what it reads.
      const earlier = view.statements.filter((statement) => Date.parse(statement.publishedAt) < beforeTime);
      for (let index = earlier.length - 1; index >= 0; index--) yield earlier[index] as Statement;
      if (view.completeAfter === Number.NEGATIVE_INFINITY) return;
      // The rest is older than the view: published at `completeAfter` or before.
      const olderBefore = Math.min(beforeTime, view.completeAfter + 1);
      yield* store.statementsNewestFirst(topic, new Date(olderBefore).toISOString());
    },

    async recordFindings(findings) {
      const topics = new Set(findings.statements.map((statement) => statement.topic));
      try {
        const recorded = await store.recordFindings(findings);
        for (const topic of topics) {
          const view = await views.get(topic)?.catch(() => undefined);
          if (view) {
            addStatements(
              view,
              findings.statements.filter((s) => s.topic === topic),
            );
            if (view.statements.length > maxStatements) forgetOlderHalf(view);
          }
        }
        return recorded;
      } catch (error) {
        // Some of the statements may be stored: the store, not the view, knows which.
        for (const topic of topics) views.delete(topic);
        throw error;
      }
    },
  };
  return withOperations(store, viewed);
}

/** `store` with some operations replaced; everything else goes to the store as it is. */
function withOperations(store: NewsdriftStore, operations: Partial<NewsdriftStore>): NewsdriftStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (Object.hasOwn(operations, property)) return operations[property as keyof NewsdriftStore];
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

async function loadView(store: NewsdriftStore, topic: string, loadCount: number): Promise<TopicView> {
  const newest: Statement[] = [];
  for await (const statement of store.statementsNewestFirst(topic, END_OF_TIME)) {
    newest.push(statement);
    if (newest.length === loadCount) break;
  }
  const oldest = newest.at(-1);
  if (newest.length < loadCount || oldest === undefined) {
    return { statements: newest.sort(byPublishedAtThenId), completeAfter: Number.NEGATIVE_INFINITY };
  }
  // Others published at the same time as the oldest loaded one may not have been read.
  const completeAfter = Date.parse(oldest.publishedAt);
  return {
    statements: newest.filter((s) => Date.parse(s.publishedAt) > completeAfter).sort(byPublishedAtThenId),
    completeAfter,
  };
}

/** Adds a topic's statements just stored; one stored again (same id) is already there. */
function addStatements(view: TopicView, statements: readonly Statement[]): void {
  const known = new Set(view.statements.map((statement) => statement.id));
  const added = statements
    .filter((s) => Date.parse(s.publishedAt) > view.completeAfter && !known.has(s.id) && known.add(s.id))
    .sort(byPublishedAtThenId);
  const last = view.statements.at(-1);
  const first = added[0];
  view.statements.push(...added);
  // Commits come in publication order, so new statements usually go at the end, already in order.
  if (last && first && byPublishedAtThenId(last, first) > 0) view.statements.sort(byPublishedAtThenId);
}

/** Keeps the newer half of the view; all statements of the time where it cuts leave together. */
function forgetOlderHalf(view: TopicView): void {
  const cut = view.statements[Math.floor(view.statements.length / 2)] as Statement;
  view.completeAfter = Date.parse(cut.publishedAt);
  view.statements = view.statements.filter((s) => Date.parse(s.publishedAt) > view.completeAfter);
}

function matches(statement: Statement, query: StatementQuery): boolean {
  const time = Date.parse(statement.publishedAt);
  return (
    (query.since === undefined || time >= Date.parse(query.since)) &&
    (query.before === undefined || time < Date.parse(query.before)) &&
    (query.outlet === undefined || statement.outlet === query.outlet) &&
    (query.measure === undefined || (statement.kind === "figure" && statement.measure === query.measure))
  );
}
