import { CreateInbox1732000000001, CreateOutbox1732000000000 } from '@brigade/messaging';

/** Outbox and inbox are ready for its first events; its own tables come with its issue. */
export const entities = [];
export const migrations = [CreateOutbox1732000000000, CreateInbox1732000000001];
