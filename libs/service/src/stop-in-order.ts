import type { Logger } from '@brigade/core';

export interface StopStep {
  /** Names the part in the log: `http`, `consumers`, `outbox relay`… */
  name: string;
  stop(): Promise<unknown>;
}

/** However late the earlier parts were, each later one gets this long to close itself. */
const LAST_CHANCE_MS = 1_000;

/**
 * Stops the parts one after the other within `graceMs` in all. A part still stopping when the
 * time is up is named in the log and left behind, so the parts after it still close and the
 * process exits by itself instead of being killed mid-write by its orchestrator. What a
 * part left unfinished is not lost: unacked messages come back, uncommitted rows never were.
 * Answers the names of the parts left behind.
 */
export async function stopInOrder(
  steps: readonly StopStep[],
  graceMs: number,
  log: Logger,
): Promise<string[]> {
  const deadline = Date.now() + graceMs;
  const leftBehind: string[] = [];
  for (const step of steps) {
    const waitMs = Math.max(deadline - Date.now(), LAST_CHANCE_MS);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), waitMs);
    });
    const stopped = step.stop().then(
      () => 'stopped' as const,
      (err: unknown) => {
        log.warn({ err, part: step.name }, 'stopped with an error');
        return 'stopped' as const;
      },
    );
    const outcome = await Promise.race([stopped, late]);
    clearTimeout(timer);
    if (outcome === 'late') {
      leftBehind.push(step.name);
      log.error({ part: step.name, waitedMs: waitMs }, 'did not stop in time; left behind');
    }
  }
  return leftBehind;
}
