import { newId } from '../../../../libs/contracts/src';
import { waitUntil, type BusProbe } from '../../../../libs/testing/src';
import type { Sql, TestMenu } from '../../../../test/support/builders';

export interface MenuEvent {
  type: string;
  locationId: string;
  aggregateId: string;
  aggregateVersion: number;
  payload: {
    locationId: string;
    menuVersion: number;
    changes: { kind: string; id: string; action: string }[];
  };
}

/**
 * The `menu.updated.v1` events published about one catalog record, once `count` have come
 * (the relay takes rows out of the outbox as it publishes them, so the bus is where they are).
 */
export function eventsAbout(bus: BusProbe, id: string, count: number): Promise<MenuEvent[]> {
  const seen = () =>
    bus
      .all<MenuEvent>(
        (m) => m.body.type === 'menu.updated.v1' && m.body.payload.changes.some((c) => c.id === id),
      )
      .map((m) => m.body);
  return waitUntil(() => seen().length >= count && seen(), {
    what: `${count} menu.updated.v1 about ${id}`,
  });
}

/** Another location of the menu's tenant (same catalog), in another time zone if asked. */
export async function aSecondLocation(db: Sql, menu: TestMenu, timezone = 'Europe/Berlin') {
  const locationId = newId();
  await db.query(
    'INSERT INTO locations (id, tenant_id, name, currency, timezone) VALUES ($1, $2, $3, $4, $5)',
    [locationId, menu.tenantId, 'Gasthaus Filiale', 'EUR', timezone],
  );
  return locationId;
}
