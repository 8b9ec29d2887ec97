import { CreateInbox1732000000001, CreateOutbox1732000000000 } from '@brigade/messaging';
import { CreateConsole1736000000000 } from './migrations/1736000000000-create-console';

export const entities = [];
export const migrations = [
  CreateOutbox1732000000000,
  CreateInbox1732000000001,
  CreateConsole1736000000000,
];
