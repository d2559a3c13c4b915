/**
 * Keeps a second runner from running cycles on the same table at the same time. A local cycle
 * serves earlier reporting from what it has read (see cycle-store.ts), so two runners at once would
 * each miss the other's statements and compare articles against incomplete histories.
 */
export interface CycleLease {
  /**
   * Runs `work` while holding the lease, and releases it after. Throws CycleLeaseError without
   * running `work` when another runner holds it, or after `work` when the lease was lost meanwhile.
   */
  hold<T>(work: () => Promise<T>): Promise<T>;
}

/** Who holds a lease, as recorded in it. */
export interface LeaseHolder {
  readonly host: string;
  readonly pid: number;
  /** When the holder took the lease (ISO). */
  readonly since: string;
  /** When the lease lapses unless the holder renews it (ISO). */
  readonly until: string;
}

export class CycleLeaseError extends Error {
  override name = "CycleLeaseError";
}
