/** A place in the kitchen that gets its own tickets: grill, cold, bar, expo… */
export interface Station {
  id: string;
  tenantId: string;
  locationId: string;
  /** Short and stable (`grill`): tickets, printers and screens name their station by it. */
  code: string;
  name: string;
  /** Gets every item no rule claims; one per location. */
  isDefault: boolean;
  /** Sees every item of every fire besides the stations that cook it (expo, the pass). */
  receivesAll: boolean;
  health: 'unknown' | 'online' | 'offline';
  lastSeenAt: Date | null;
  createdAt: Date;
}

/**
 * Sends items to a station. A rule names one product, category or modifier option, a
 * dining area, or both a dining area and one of the others (only from that area).
 */
export interface RoutingRule {
  id: string;
  tenantId: string;
  locationId: string;
  stationId: string;
  productId: string | null;
  categoryId: string | null;
  modifierOptionId: string | null;
  diningAreaId: string | null;
  createdAt: Date;
}
