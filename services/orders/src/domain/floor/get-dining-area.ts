import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { accessibleArea, requireStaff } from './floor-access';
import type { DiningArea } from './layout';

export async function getDiningArea(
  deps: OrdersDeps,
  caller: Actor,
  areaId: string,
): Promise<DiningArea> {
  requireStaff(caller);
  return accessibleArea(deps, caller, areaId);
}
