import type { Db } from '@brigade/db';
import type { MenuPort } from '../../domain/menu/ports';

export function menuRepository(_db: Db): MenuPort {
  return {
    loadForOrder: () => Promise.reject(new Error('menu catalog not built yet')),
  };
}
