import { CreateInbox1732000000001, CreateOutbox1732000000000 } from '@brigade/messaging';
import { CreateFiscalPushes1734000000000 } from './migrations/1734000000000-create-fiscal-pushes';
import { CreatePosConnections1734000000001 } from './migrations/1734000000001-create-pos-connections';

export const entities = [];
export const migrations = [
  CreateOutbox1732000000000,
  CreateInbox1732000000001,
  CreateFiscalPushes1734000000000,
  CreatePosConnections1734000000001,
];
