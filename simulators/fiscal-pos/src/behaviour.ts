/**
 * How the register misbehaves. `down`: every call answers 503; `offline`: connections are
 * dropped without an answer; `flapping`: every other call answers 503; `error5xx`: pushes
 * answer 500; `reject`: pushes answer 422. Independent of the mode: `delayMs` makes every
 * order call's answer late, logins aside (the work is done at once, only the answer waits:
 * a caller that timed out may still have succeeded), `duplicates` ignores the idempotency key (a second push makes
 * a second order), `loseCallbacks` never calls back, `failProcessing` ends orders in
 * `processing_error`.
 */
export type PosMode = 'normal' | 'down' | 'offline' | 'flapping' | 'error5xx' | 'reject';

export interface Behaviour {
  mode: PosMode;
  delayMs: number;
  duplicates: boolean;
  loseCallbacks: boolean;
  failProcessing: boolean;
  /** From accepted to processed. */
  processMs: number;
  tokenTtlMs: number;
}

export const defaultBehaviour = (): Behaviour => ({
  mode: 'normal',
  delayMs: 0,
  duplicates: false,
  loseCallbacks: false,
  failProcessing: false,
  processMs: 200,
  tokenTtlMs: 5 * 60_000,
});
