import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { accessibleTable, requireStaff } from './floor-access';
import type { FloorTable } from './layout';

export async function getTable(
  deps: OrdersDeps,
  caller: Actor,
  tableId: string,
): Promise<FloorTable> {
  requireStaff(caller);
  return accessibleTable(deps, caller, tableId);
}
