import { randomBytes } from 'node:crypto';
import { newId, type ApprovalAction } from '../../../../libs/contracts/src';
import { aSignedApproval, type Sql } from '../../../../test/support/builders';
import { aStorefrontKey } from '../../../../test/support/tables';

/** A tenant with a location laid out: one area, its tables, and storefront keys. */
export interface TestFloor {
  tenantId: string;
  locationId: string;
  /** A second location of the same tenant, with its own key. */
  otherLocationId: string;
  areaId: string;
  tables: { id: string; number: string; qrToken: string }[];
  /** `X-Api-Key` headers by channel, for the first location; `otherLocation` is a QR key. */
  keys: Record<'qr' | 'kiosk' | 'web' | 'otherLocation', Record<string, string>>;
}

/** A fresh tenant and location with `tableCount` available tables numbered 1, 2, … */
export async function aFloor(db: Sql, tableCount = 3): Promise<TestFloor> {
  const tenantId = newId();
  const [locationId, otherLocationId, areaId] = [newId(), newId(), newId()];
  await db.query('INSERT INTO tenants (id, name) VALUES ($1, $2)', [tenantId, 'Taverne GmbH']);
  for (const id of [locationId, otherLocationId]) {
    await db.query(
      'INSERT INTO locations (id, tenant_id, name, currency) VALUES ($1, $2, $3, $4)',
      [id, tenantId, 'Taverne', 'EUR'],
    );
  }
  await db.query(
    'INSERT INTO dining_areas (id, tenant_id, location_id, name) VALUES ($1, $2, $3, $4)',
    [areaId, tenantId, locationId, 'Gastraum'],
  );
  const tables = [];
  for (let n = 1; n <= tableCount; n++) {
    const table = {
      id: newId(),
      number: String(n),
      qrToken: randomBytes(32).toString('base64url'),
    };
    await db.query(
      `INSERT INTO tables (id, tenant_id, location_id, area_id, number, capacity, qr_token)
       VALUES ($1, $2, $3, $4, $5, 4, $6)`,
      [table.id, tenantId, locationId, areaId, table.number, table.qrToken],
    );
    tables.push(table);
  }
  const keys = {
    qr: await aStorefrontKey(db, { tenantId, locationId }, 'qr'),
    kiosk: await aStorefrontKey(db, { tenantId, locationId }, 'kiosk'),
    web: await aStorefrontKey(db, { tenantId, locationId }, 'web'),
    otherLocation: await aStorefrontKey(db, { tenantId, locationId: otherLocationId }, 'qr'),
  };
  return { tenantId, locationId, otherLocationId, areaId, tables, keys };
}

/** An order of the session in `status`, inserted as the order use cases would store it. */
export async function anOrderOf(
  db: Sql,
  session: { id: string; tenantId: string; locationId: string },
  status = 'sent_to_kitchen',
): Promise<{ id: string; orderNumber: number }> {
  const order = { id: newId(), orderNumber: Math.floor(Math.random() * 1_000_000) };
  await db.query(
    `INSERT INTO orders (id, tenant_id, location_id, order_number, type, channel, status,
                         total_minor, currency, version, created_at, updated_at, table_session_id)
     VALUES ($1, $2, $3, $4, 'dine_in', 'qr', $5, 1890, 'EUR', 1, now(), now(), $6)`,
    [order.id, session.tenantId, session.locationId, order.orderNumber, status, session.id],
  );
  return order;
}

/** `X-Manager-Approval` of a manager of `tenantId` for `action` on `subjectId`. */
export async function aManagerApproval(
  tenantId: string,
  action: ApprovalAction,
  subjectId: string,
) {
  const { managerId, token } = await aSignedApproval(tenantId, action, subjectId);
  return { managerId, header: { 'x-manager-approval': token } };
}
