/** The source of "now". Core code never reads the system time directly. */
export interface Clock {
  now(): Date;
}
