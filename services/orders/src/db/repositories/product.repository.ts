import type { Db } from '@brigade/db';
import { In } from 'typeorm';
import type { Product } from '../../domain/menu/pricing';
import type { ProductRepository } from '../../domain/ports';
import { ProductEntity } from '../entities/product.entity';

export function productRepository(db: Db): ProductRepository {
  return {
    async findForLocation(locationId, productIds) {
      const rows = await db.manager().findBy(ProductEntity, { locationId, id: In([...new Set(productIds)]) });
      return new Map(rows.map((r): [string, Product] => [r.id, r]));
    },
  };
}
