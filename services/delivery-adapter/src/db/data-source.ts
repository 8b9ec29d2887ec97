import { CreateInbox1732000000001, CreateOutbox1732000000000 } from '@brigade/messaging';
import { CreateMarketplaceOrders1734100000000 } from './migrations/1734100000000-create-marketplace-orders';
import { TakeMarketplaceOrders1734100000001 } from './migrations/1734100000001-take-marketplace-orders';
import { FollowMarketplaceOrders1734100000002 } from './migrations/1734100000002-follow-marketplace-orders';
import { BusyMode1734100000003 } from './migrations/1734100000003-busy-mode';

export const entities = [];
export const migrations = [
  CreateOutbox1732000000000,
  CreateInbox1732000000001,
  CreateMarketplaceOrders1734100000000,
  TakeMarketplaceOrders1734100000001,
  FollowMarketplaceOrders1734100000002,
  BusyMode1734100000003,
];
