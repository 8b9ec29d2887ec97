import type { CreateTableRequest } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { accessibleArea, requireFloorManager } from './floor-access';
import { appendLayoutChange } from './floor-feed';
import { DEFAULT_TABLE_LAYOUT, type FloorTable } from './layout';

/** A new table stands available in its area, with a fresh token for its QR code. */
export async function createTable(
  deps: OrdersDeps,
  caller: Actor,
  input: CreateTableRequest,
): Promise<FloorTable> {
  requireFloorManager(caller);
  return deps.transaction(async () => {
    const area = await accessibleArea(deps, caller, input.areaId, 'areaId');
    const table = await deps.tableSessions.layout.insertTable({
      id: deps.newId(),
      tenantId: area.tenantId,
      locationId: area.locationId,
      areaId: area.id,
      number: input.number,
      capacity: input.capacity,
      status: 'available',
      layout: { ...DEFAULT_TABLE_LAYOUT, ...input.layout },
      createdAt: deps.clock.now(),
    });
    await appendLayoutChange(deps, table, 'table.created', table.id, { number: table.number });
    return table;
  });
}
