import { CreateInbox1732000000001, CreateOutbox1732000000000 } from '@brigade/messaging';
import { BillableOrderEntity } from './entities/billable-order.entity';
import { CreateBillableOrders1732600000000 } from './migrations/1732600000000-create-billable-orders';
import { TrackOrderChanges1733500000000 } from './migrations/1733500000000-track-order-changes';
import { CreateBills1733600000000 } from './migrations/1733600000000-create-bills';
import { CreatePaymentsAndRegisters1733700000000 } from './migrations/1733700000000-create-payments-and-registers';
import { KeepFiscalReceipts1734000000000 } from './migrations/1734000000000-keep-fiscal-receipts';
import { TakeMarketplacePayments1734100000000 } from './migrations/1734100000000-take-marketplace-payments';

export const entities = [BillableOrderEntity];
export const migrations = [
  CreateOutbox1732000000000,
  CreateInbox1732000000001,
  CreateBillableOrders1732600000000,
  TrackOrderChanges1733500000000,
  CreateBills1733600000000,
  CreatePaymentsAndRegisters1733700000000,
  KeepFiscalReceipts1734000000000,
  TakeMarketplacePayments1734100000000,
];
