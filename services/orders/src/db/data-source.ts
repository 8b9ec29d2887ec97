import { CreateLiveFeed1732000000003 } from '@brigade/db';
import { CreateIdempotencyKeys1732000000002 } from '@brigade/http';
import { CreateInbox1732000000001, CreateOutbox1732000000000 } from '@brigade/messaging';
import { CreateOrders1732400000000 } from './migrations/1732400000000-create-orders';
import { CreateTenantsAndCredentials1732700000000 } from './migrations/1732700000000-create-tenants-and-credentials';
import { AddLocationSettings1732800000000 } from './migrations/1732800000000-add-location-settings';
import { CreateMenuCatalog1732900000000 } from './migrations/1732900000000-create-menu-catalog';
import { CreateFloor1733000000000 } from './migrations/1733000000000-create-floor';
import { CreateStock1733100000000 } from './migrations/1733100000000-create-stock';
import { CreateApprovalsIssued1733200000000 } from './migrations/1733200000000-create-approvals-issued';
import { ExtendOrdersForTabs1733400000000 } from './migrations/1733400000000-extend-orders-for-tabs';
import { KeepAllergensOnLines1733900000000 } from './migrations/1733900000000-keep-allergens-on-lines';

/** orders reads and writes with SQL (see db/repositories); TypeORM runs its migrations. */
export const entities = [];

export const migrations = [
  CreateOutbox1732000000000,
  CreateInbox1732000000001,
  CreateIdempotencyKeys1732000000002,
  CreateLiveFeed1732000000003,
  CreateOrders1732400000000,
  CreateTenantsAndCredentials1732700000000,
  AddLocationSettings1732800000000,
  CreateMenuCatalog1732900000000,
  CreateFloor1733000000000,
  CreateStock1733100000000,
  CreateApprovalsIssued1733200000000,
  ExtendOrdersForTabs1733400000000,
  KeepAllergensOnLines1733900000000,
];
