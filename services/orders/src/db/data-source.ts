import { CreateIdempotencyKeys1732000000002 } from '@brigade/http';
import { CreateInbox1732000000001, CreateOutbox1732000000000 } from '@brigade/messaging';
import { OrderItemEntity } from './entities/order-item.entity';
import { OrderEntity } from './entities/order.entity';
import { CreateOrders1732400000000 } from './migrations/1732400000000-create-orders';
import { CreateTenantsAndCredentials1732700000000 } from './migrations/1732700000000-create-tenants-and-credentials';
import { AddLocationSettings1732800000000 } from './migrations/1732800000000-add-location-settings';

/** Entities for what is read through TypeORM; the hot paths use SQL on the same tables. */
export const entities = [OrderEntity, OrderItemEntity];

export const migrations = [
  CreateOutbox1732000000000,
  CreateInbox1732000000001,
  CreateIdempotencyKeys1732000000002,
  CreateOrders1732400000000,
  CreateTenantsAndCredentials1732700000000,
  AddLocationSettings1732800000000,
];
