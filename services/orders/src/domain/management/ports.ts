import type { ApprovalAction, Channel, PageQuery } from '@brigade/contracts';
import type { Role, StaffActor } from '@brigade/core';

/** One page of a list, ordered by id (UUIDv7: oldest first). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Tenant {
  id: string;
  name: string;
  createdAt: Date;
}

export interface LocationSettings {
  timezone: string;
  address: string | null;
  autoFire: boolean;
  stockPolicy: 'block' | 'alert';
  sessionIdleMinutes: number;
  closedSessionRetentionDays: number;
}

export interface ManagedLocation extends LocationSettings {
  id: string;
  tenantId: string;
  name: string;
  currency: string;
  createdAt: Date;
}

export interface ApiKey {
  id: string;
  tenantId: string;
  name: string;
  prefix: string | null;
  locationIds: string[];
  channel: Channel;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface StaffMember {
  id: string;
  tenantId: string;
  email: string;
  name: string;
  roles: Role[];
  /** Null: every location of the tenant. */
  locationIds: string[] | null;
  disabled: boolean;
  createdAt: Date;
}

export interface TenantStore {
  insert(tenant: Tenant): Promise<void>;
  find(tenantId: string): Promise<Tenant | undefined>;
  rename(tenantId: string, name: string): Promise<Tenant | undefined>;
  /** Holds the tenant's row until commit: changes to who is an admin queue behind each other. */
  lock(tenantId: string): Promise<void>;
}

export interface ManagedLocationStore {
  insert(location: ManagedLocation): Promise<void>;
  find(tenantId: string, locationId: string): Promise<ManagedLocation | undefined>;
  /** `within` null: every location of the tenant. */
  list(tenantId: string, page: PageQuery, within: string[] | null): Promise<Page<ManagedLocation>>;
  update(
    tenantId: string,
    locationId: string,
    changes: Partial<LocationSettings & { name: string }>,
  ): Promise<ManagedLocation | undefined>;
  /** Which of `locationIds` are the tenant's. */
  existing(tenantId: string, locationIds: string[]): Promise<Set<string>>;
}

export interface ApiKeyStore {
  insert(key: ApiKey, keyHash: string): Promise<void>;
  find(tenantId: string, apiKeyId: string): Promise<ApiKey | undefined>;
  /** `within` null: all keys; otherwise the keys bound only to those locations. */
  list(tenantId: string, page: PageQuery, within: string[] | null): Promise<Page<ApiKey>>;
  /** Revokes once: a second revocation keeps the first time. */
  revoke(tenantId: string, apiKeyId: string, at: Date): Promise<ApiKey | undefined>;
}

export interface StaffUserStore {
  /** False when the email is already taken in the tenant. */
  insert(user: StaffMember, passwordHash: string): Promise<boolean>;
  find(
    tenantId: string,
    userId: string,
  ): Promise<{ user: StaffMember; passwordHash: string } | undefined>;
  /** `seenFrom` null: everyone; otherwise users of those locations and tenant-wide ones. */
  list(tenantId: string, page: PageQuery, seenFrom: string[] | null): Promise<Page<StaffMember>>;
  update(
    tenantId: string,
    userId: string,
    changes: {
      name?: string;
      roles?: Role[];
      locationIds?: string[] | null;
      disabledAt?: Date | null;
    },
  ): Promise<StaffMember>;
  setPassword(tenantId: string, userId: string, passwordHash: string): Promise<void>;
  /** Enabled admins of the tenant other than `exceptUserId`. */
  countOtherAdmins(tenantId: string, exceptUserId: string): Promise<number>;
}

export interface IssuedApproval {
  id: string;
  tenantId: string;
  managerId: string;
  requestedBy: string;
  action: ApprovalAction;
  subjectId: string;
  issuedAt: Date;
  expiresAt: Date;
}

/** What the management use cases need besides the shared deps; built in deps.ts. */
export interface ManagementPort {
  tenants: TenantStore;
  locations: ManagedLocationStore;
  apiKeys: ApiKeyStore;
  staffUsers: StaffUserStore;
  /** The audit trail of approvals handed out. */
  approvalsIssued: { record(approval: IssuedApproval): Promise<void> };
  hashPassword(password: string): Promise<string>;
  /** A new storefront secret, its lookup hash and its non-secret prefix. */
  newApiKey(): { key: string; hash: string; prefix: string };
  /** Signs a manager's approval of `action` on `subjectId` (platform StaffTokens). */
  signApproval(
    manager: StaffActor,
    action: ApprovalAction,
    subjectId: string,
  ): Promise<{ token: string; expiresAt: Date }>;
}
