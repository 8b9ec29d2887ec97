import type { Db } from '@brigade/db';
import type { TableSessionsPort } from '../../domain/floor/ports';

const notYet = () => Promise.reject(new Error('floor not built yet'));

export function tableSessionRepository(_db: Db): TableSessionsPort {
  return {
    openOrJoin: notYet,
    findOpenByToken: notYet,
    find: notYet,
    mergeInto: notYet,
    close: notYet,
  };
}
