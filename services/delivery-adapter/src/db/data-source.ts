import { CreateInbox1732000000001, CreateOutbox1732000000000 } from '@brigade/messaging';

/** Its push records and their outbox/inbox come with its first consumer. */
export const entities = [];
export const migrations = [CreateOutbox1732000000000, CreateInbox1732000000001];
