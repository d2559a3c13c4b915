// Probes for processes of this machine, used to tell a lease left by a crashed local process from
// one held by a live process.
import { readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";

/** Whether a process with this id runs here. Signal 0 tests for it without touching it; EPERM means it runs under another user. */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Names the processes `processIsRunning` can see: the host name, and on Linux the kernel boot and
 * the PID namespace, since cloned machines and containers may share a host name without seeing
 * each other's processes.
 */
export function processSpace(): string {
  return [
    hostname(),
    readOrEmpty(() => readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim()),
    readOrEmpty(() => readlinkSync("/proc/self/ns/pid")),
  ].join("|");
}

function readOrEmpty(read: () => string): string {
  try {
    return read();
  } catch {
    return "";
  }
}
