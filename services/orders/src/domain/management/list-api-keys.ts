import type { PageQuery } from '@brigade/contracts';
import { requireRole, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { locationScope } from './access';

/** Admins see every key; a manager the keys bound only to their own locations. */
export function listApiKeys(deps: OrdersDeps, actor: Actor, page: PageQuery) {
  requireRole(actor, 'manager');
  return deps.management.apiKeys.list(actor.tenantId, page, locationScope(actor));
}
