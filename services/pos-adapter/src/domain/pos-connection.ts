/** How to reach a location's fiscal register. */
export interface PosConnection {
  baseUrl: string;
  login: string;
  password: string;
  companyId: string;
}

export interface StoredPosConnection extends PosConnection {
  locationId: string;
  tenantId: string;
  updatedBy: string;
  updatedAt: Date;
}

export interface PosConnectionRepository {
  find(locationId: string): Promise<StoredPosConnection | undefined>;
  save(connection: StoredPosConnection): Promise<void>;
}
