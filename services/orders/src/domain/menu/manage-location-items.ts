import type { SnoozeMenuItemRequest, UpdateLocationMenuItemRequest } from '@brigade/contracts';
import { canAccess, NotFoundError, requireRole, type Actor } from '@brigade/core';
import { LocationNotFoundError } from '../orders/order.errors';
import type { OrdersDeps } from '../ports';
import type { LocationItemRecord } from './catalog-ports';
import { assertMaySnooze } from './menu-access';
import { SnoozeInvalidError } from './menu.errors';
import { recordMenuChange } from './record-menu-change';

const MAX_SNOOZE_MS = 7 * 24 * 3_600_000;

/** 404 unless the location is the caller's and the product is in the tenant's catalog. */
async function assertItem(deps: OrdersDeps, actor: Actor, locationId: string, productId: string) {
  const tenantId = await deps.menu.catalog.locationTenant(locationId);
  if (tenantId === undefined || !canAccess(actor, { tenantId, locationId })) {
    throw new LocationNotFoundError();
  }
  const found = await deps.menu.catalog.existing(tenantId, 'product', [productId]);
  if (!found.has(productId)) throw new NotFoundError('The product');
}

/** A manager of the location sets its own price (null: the catalog's) and availability. */
export async function putLocationItem(
  deps: OrdersDeps,
  actor: Actor,
  item: { locationId: string; productId: string } & UpdateLocationMenuItemRequest,
): Promise<LocationItemRecord> {
  requireRole(actor, 'manager');
  await assertItem(deps, actor, item.locationId, item.productId);
  return deps.transaction(async () => {
    const stored = await deps.menu.catalog.locationItems.put(
      actor.tenantId,
      item,
      deps.clock.now(),
    );
    await recordMenuChange(deps, actor.tenantId, [item.locationId], {
      kind: 'location-item',
      id: item.productId,
      action: 'updated',
    });
    return stored;
  });
}

/**
 * 86es a product at a location until `until` (future, at most 7 days ahead), or sells it
 * again (`until` null). Staff screens see it live; storefronts by `menu.updated.v1`.
 */
export async function snoozeLocationItem(
  deps: OrdersDeps,
  actor: Actor,
  item: { locationId: string; productId: string },
  input: SnoozeMenuItemRequest | null,
): Promise<LocationItemRecord> {
  assertMaySnooze(actor);
  const now = deps.clock.now();
  const until = input && new Date(input.until);
  if (until && until <= now) throw new SnoozeInvalidError('must be in the future');
  if (until && until.getTime() - now.getTime() > MAX_SNOOZE_MS) {
    throw new SnoozeInvalidError('at most 7 days ahead');
  }
  await assertItem(deps, actor, item.locationId, item.productId);
  return deps.transaction(async () => {
    const { locationId, productId } = item;
    const stored = await deps.menu.catalog.locationItems.snooze(
      actor.tenantId,
      locationId,
      productId,
      until,
      now,
    );
    const action = until ? 'snoozed' : 'unsnoozed';
    await recordMenuChange(deps, actor.tenantId, [locationId], {
      kind: 'location-item',
      id: productId,
      action,
    });
    await deps.feed.append({
      tenantId: actor.tenantId,
      locationId,
      topic: 'menu',
      type: `menu.item-${action}`,
      subjectId: productId,
      data: { productId, snoozedUntil: until?.toISOString() ?? null },
    });
    return stored;
  });
}
