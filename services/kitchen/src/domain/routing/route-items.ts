import type { RoutingRule, Station } from './station';

/** What routing looks at in a fired item. */
export interface RoutableItem {
  productId: string;
  categoryId: string | null;
  modifierOptionIds: readonly string[];
}

export interface LocationRouting {
  stations: readonly Station[];
  rules: readonly RoutingRule[];
}

/**
 * Where one item is cooked, most specific rule first: product in this dining area, product,
 * category in this area, category, this area, else the default station. Every rule of the
 * level that matched applies, so an item can go to two stations. Rules for a chosen
 * modifier option add their station ("+ Pommes" also to the fryer), and stations that
 * receive everything (expo) get it too. Codes, cooking stations first, no repeats; empty
 * only when the location has no stations at all.
 */
export function stationsForItem(
  item: RoutableItem,
  diningAreaId: string | null,
  { stations, rules }: LocationRouting,
): string[] {
  const byId = new Map(stations.map((s) => [s.id, s]));
  const inArea = (r: RoutingRule) => r.diningAreaId !== null && r.diningAreaId === diningAreaId;
  const anyArea = (r: RoutingRule) => r.diningAreaId === null;
  const isProduct = (r: RoutingRule) => r.productId === item.productId;
  const isCategory = (r: RoutingRule) => r.categoryId !== null && r.categoryId === item.categoryId;
  const areaOnly = (r: RoutingRule) =>
    r.productId === null && r.categoryId === null && r.modifierOptionId === null;
  const levels: Array<(r: RoutingRule) => boolean> = [
    (r) => isProduct(r) && inArea(r),
    (r) => isProduct(r) && anyArea(r),
    (r) => isCategory(r) && inArea(r),
    (r) => isCategory(r) && anyArea(r),
    (r) => areaOnly(r) && inArea(r),
  ];
  const chosen: Station[] = [];
  for (const level of levels) {
    const matched = rules.filter(level).flatMap((r) => byId.get(r.stationId) ?? []);
    if (matched.length > 0) {
      chosen.push(...matched);
      break;
    }
  }
  if (chosen.length === 0) {
    const fallback = defaultStation(stations);
    if (fallback) chosen.push(fallback);
  }
  const options = new Set(item.modifierOptionIds);
  for (const r of rules) {
    if (r.modifierOptionId && options.has(r.modifierOptionId) && (anyArea(r) || inArea(r))) {
      const station = byId.get(r.stationId);
      if (station) chosen.push(station);
    }
  }
  chosen.push(...stations.filter((s) => s.receivesAll));
  return [...new Set(chosen.map((s) => s.code))];
}

/** The station flagged default, else the oldest that cooks (not an expo). */
export function defaultStation(stations: readonly Station[]): Station | undefined {
  const oldestFirst = [...stations].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return (
    stations.find((s) => s.isDefault) ?? oldestFirst.find((s) => !s.receivesAll) ?? oldestFirst[0]
  );
}
