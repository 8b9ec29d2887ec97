import type { Db } from '@brigade/db';
import type { Location, LocationRepository } from '../../domain/ports';
import { LocationEntity } from '../entities/location.entity';

export function locationRepository(db: Db): LocationRepository {
  return {
    async find(locationId) {
      const row = await db.manager().findOneBy(LocationEntity, { id: locationId });
      return row ? ({ id: row.id, tenantId: row.tenantId, currency: row.currency } satisfies Location) : undefined;
    },
    async nextOrderNumber(locationId) {
      // An UPDATE through TypeORM answers [rows, affected count].
      const [rows] = (await db.query(
        'UPDATE locations SET last_order_number = last_order_number + 1 WHERE id = $1 RETURNING last_order_number',
        [locationId],
      )) as unknown as [{ last_order_number: number }[], number];
      return rows[0]!.last_order_number;
    },
  };
}
