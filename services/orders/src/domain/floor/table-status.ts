import type { TableStatus } from './layout';

/** The statuses staff set by hand; `occupied` only comes from opening a session. */
export type StaffTableStatus = Exclude<TableStatus, 'occupied'>;

/** From which statuses staff may set each one. */
const allowedFrom: Record<StaffTableStatus, readonly TableStatus[]> = {
  reserved: ['available'],
  available: ['dirty', 'reserved'],
  dirty: ['available', 'reserved'],
};

/**
 * Whether staff may move a table from `from` to `to`: `same` when nothing changes (a
 * repeated tap), `refused` when the status table forbids it.
 */
export function staffStatusChange(
  from: TableStatus,
  to: StaffTableStatus,
): 'same' | 'ok' | 'refused' {
  if (from === to) return 'same';
  return allowedFrom[to].includes(from) ? 'ok' : 'refused';
}
