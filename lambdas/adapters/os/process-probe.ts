/** Whether a process with this id runs on this host. Signal 0 tests for it without touching it; EPERM means it runs under another user. */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
