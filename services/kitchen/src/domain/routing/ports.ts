import type { LocationRouting } from './route-items';
import type { RoutingRule, Station } from './station';

export interface StationRepository {
  /** The location's stations and rules, as routing reads them. */
  routingOf(locationId: string): Promise<LocationRouting>;
  list(locationId: string): Promise<Station[]>;
  find(stationId: string): Promise<Station | undefined>;
  findByCode(locationId: string, code: string): Promise<Station | undefined>;
  findByScreenKeyHash(hash: string): Promise<Station | undefined>;
  /** False when the location has a station with this code already. */
  insert(station: Station): Promise<boolean>;
  update(station: Station): Promise<void>;
  /** Makes `stationId` the only default of its location. */
  makeDefault(stationId: string): Promise<void>;
  setScreenKeyHash(stationId: string, hash: string): Promise<void>;
  /** False when the same rule exists. */
  insertRule(rule: RoutingRule): Promise<boolean>;
  listRules(locationId: string): Promise<RoutingRule[]>;
  findRule(ruleId: string): Promise<RoutingRule | undefined>;
  deleteRule(ruleId: string): Promise<void>;
}
