import type { PageQuery } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { locationScope } from './access';

/** The locations the caller acts for: staff by their token, a storefront by its key. */
export function listLocations(deps: OrdersDeps, actor: Actor, page: PageQuery) {
  return deps.management.locations.list(actor.tenantId, page, locationScope(actor));
}
