import type { Channel } from '@brigade/contracts';

export type TableStatus = 'available' | 'occupied' | 'reserved' | 'dirty';
export type TableShape = 'round' | 'square' | 'rect';

/** A room or zone of a location (terrace, bar); tables are laid out on its plan. */
export interface DiningArea {
  id: string;
  tenantId: string;
  locationId: string;
  name: string;
  position: number;
  createdAt: Date;
}

/** Where a table sits on its area's plan. */
export interface TableLayout {
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
  shape: TableShape;
}

export interface FloorTable {
  id: string;
  tenantId: string;
  locationId: string;
  areaId: string;
  number: string;
  capacity: number;
  status: TableStatus;
  layout: TableLayout;
  /** Printed in the table's QR code; a scan joins the table's open session. */
  qrToken: string;
  createdAt: Date;
}

/** A table on the floor plan with its open session, if any. */
export interface FloorPlanTable extends FloorTable {
  session: {
    id: string;
    guestCount: number | null;
    openedAt: Date;
    openedVia: Channel;
    mergedIntoSessionId: string | null;
  } | null;
}

/** Keyset position of a page: the sort key and id of the last row shown. */
export interface PageAfter<K> {
  key: K;
  id: string;
}

export type TableChanges = Partial<Pick<FloorTable, 'areaId' | 'number' | 'capacity'>> & {
  layout?: Partial<TableLayout>;
};

/** Dining areas and tables; every lookup by id is checked against the caller by the use case. */
export interface FloorLayoutPort {
  /** The location's tenant, or undefined when it does not exist. */
  findLocation(locationId: string): Promise<{ tenantId: string } | undefined>;

  /** Throws `DiningAreaNameTakenError` when the location has an area of that name. */
  insertArea(area: DiningArea): Promise<void>;
  findArea(areaId: string): Promise<DiningArea | undefined>;
  listAreas(locationId: string, limit: number, after?: PageAfter<number>): Promise<DiningArea[]>;
  updateArea(
    areaId: string,
    changes: Partial<Pick<DiningArea, 'name' | 'position'>>,
  ): Promise<DiningArea>;
  /** Throws `DiningAreaNotEmptyError` while tables stand in it. */
  archiveArea(areaId: string, at: Date): Promise<void>;

  /** Stores the table with a fresh QR token; `TableNumberTakenError` when the number is in use. */
  insertTable(table: Omit<FloorTable, 'qrToken'>): Promise<FloorTable>;
  /** Archived tables are not found. `lock` holds the row until the transaction ends. */
  findTable(tableId: string, lock?: boolean): Promise<FloorTable | undefined>;
  findTableByQrToken(qrToken: string): Promise<FloorTable | undefined>;
  listTables(
    locationId: string,
    filter: { areaId?: string },
    limit: number,
    after?: PageAfter<string>,
  ): Promise<FloorTable[]>;
  updateTable(tableId: string, changes: TableChanges): Promise<FloorTable>;
  archiveTable(tableId: string, at: Date): Promise<void>;
  setQrToken(tableId: string): Promise<FloorTable>;
  setStatus(tableId: string, status: TableStatus): Promise<void>;

  floorPlan(locationId: string): Promise<{ areas: DiningArea[]; tables: FloorPlanTable[] }>;
}

/** Where a new table lands on the plan when the manager gives no layout. */
export const DEFAULT_TABLE_LAYOUT: TableLayout = {
  x: 0,
  y: 0,
  width: 80,
  height: 80,
  rotation: 0,
  shape: 'square',
};
