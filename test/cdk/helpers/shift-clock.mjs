// Preloaded (`node --import`) into a bundle's process to run it as if CLOCK_OFFSET_MS later: the bundles
// read the system clock, and a scheduled tick minutes after an article is otherwise minutes of waiting.
const offsetMs = Number(process.env.CLOCK_OFFSET_MS ?? 0);
const SystemDate = Date;

globalThis.Date = class ShiftedDate extends SystemDate {
  constructor(...args) {
    super(...(args.length === 0 ? [SystemDate.now() + offsetMs] : args));
  }

  static now() {
    return SystemDate.now() + offsetMs;
  }
};
