import type { LocationRouting } from './route-items';
import type { RoutingRule, Station } from './station';

/** A screen or printer whose heartbeats keep a station alive. */
export interface StationDevice {
  kind: 'screen' | 'printer';
  /** `screen:<id the page keeps>` or `printer:<printer id>`. */
  device: string;
  name: string;
}

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
  /** The station locked until the transaction ends: one health change at a time. */
  lock(stationId: string): Promise<Station | undefined>;
  /** A device of the station was heard from: remembered, and the station seen then. */
  touchDevice(stationId: string, device: StationDevice, at: Date): Promise<void>;
  setHealth(stationId: string, health: Station['health'], at: Date): Promise<void>;
  /** Online stations unheard since `before`, locked; others' locks are skipped. */
  lockSilent(before: Date, limit: number): Promise<Station[]>;
  listDevices(stationId: string): Promise<Array<StationDevice & { lastSeenAt: Date }>>;
  /** False when the same rule exists. */
  insertRule(rule: RoutingRule): Promise<boolean>;
  listRules(locationId: string): Promise<RoutingRule[]>;
  findRule(ruleId: string): Promise<RoutingRule | undefined>;
  deleteRule(ruleId: string): Promise<void>;
}
