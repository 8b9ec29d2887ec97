import { MenuUpdatedV1 } from '@brigade/contracts';
import { traceFromContext } from '@brigade/core';
import type { OrdersDeps } from '../ports';

export interface MenuChange {
  kind: 'category' | 'product' | 'modifier-group' | 'price-rule' | 'location-item';
  id: string;
  action: 'created' | 'updated' | 'deleted' | 'snoozed' | 'unsnoozed';
}

/**
 * Moves the menu version of every location the change reaches on by one and adds one
 * `menu.updated.v1` per location to the outbox; call it inside the change's transaction.
 */
export async function recordMenuChange(
  deps: OrdersDeps,
  tenantId: string,
  locations: string[] | 'all',
  change: MenuChange,
): Promise<void> {
  const versions = await deps.menu.catalog.bumpVersions(tenantId, locations);
  const now = deps.clock.now();
  const trace = traceFromContext();
  await deps.outbox.add(
    versions.map(({ locationId, version }) =>
      MenuUpdatedV1.create(
        {
          tenantId,
          locationId,
          aggregateId: locationId,
          aggregateVersion: version,
          occurredAt: now,
          ...trace,
        },
        { locationId, menuVersion: version, changes: [change], updatedAt: now.toISOString() },
      ),
    ),
  );
}
