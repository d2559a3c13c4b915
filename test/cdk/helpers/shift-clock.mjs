// Preloaded (`node --import`) into a bundle's process to run it as if CLOCK_OFFSET_MS later: the bundles
// read the system clock, and a scheduled tick minutes after an article is otherwise minutes of waiting.
const offsetMs = Number(process.env.CLOCK_OFFSET_MS ?? 0);
const SystemDate = Date;

// A function rather than a class, so that `Date()` without `new` still works (it returns a string).
function ShiftedDate(...args) {
  const shifted = args.length === 0 ? [SystemDate.now() + offsetMs] : args;
  if (new.target === undefined) return new SystemDate(shifted[0]).toString();
  return Reflect.construct(SystemDate, shifted, new.target);
}
Object.setPrototypeOf(ShiftedDate, SystemDate);
ShiftedDate.prototype = SystemDate.prototype;
ShiftedDate.now = () => SystemDate.now() + offsetMs;
globalThis.Date = ShiftedDate;
