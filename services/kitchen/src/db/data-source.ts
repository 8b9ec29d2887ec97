import { CreateLiveFeed1732000000003 } from '@brigade/db';
import { CreateInbox1732000000001, CreateOutbox1732000000000 } from '@brigade/messaging';
import { TicketItemEntity } from './entities/ticket-item.entity';
import { TicketEntity } from './entities/ticket.entity';
import { CreateTickets1732500000000 } from './migrations/1732500000000-create-tickets';
import { TrackVoidedItems1733400000001 } from './migrations/1733400000001-track-voided-items';
import { CreatePrintersAndPrintJobs1733800000000 } from './migrations/1733800000000-create-printers-and-print-jobs';
import { PrintVoidSlips1733800000001 } from './migrations/1733800000001-print-void-slips';
import { CreateStationsAndRouting1733900000000 } from './migrations/1733900000000-create-stations-and-routing';

export const entities = [TicketEntity, TicketItemEntity];
export const migrations = [
  CreateOutbox1732000000000,
  CreateInbox1732000000001,
  CreateTickets1732500000000,
  TrackVoidedItems1733400000001,
  CreatePrintersAndPrintJobs1733800000000,
  PrintVoidSlips1733800000001,
  CreateLiveFeed1732000000003,
  CreateStationsAndRouting1733900000000,
];
