import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newId } from '../../libs/contracts/src';

type Event = Record<string, any>;

/** An example event of the contracts (libs/contracts/examples), re-addressed and fresh. */
export function anExampleEvent(
  type: string,
  place: { tenantId: string; locationId: string },
  payload: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Event {
  const example = JSON.parse(
    readFileSync(join(__dirname, '../../libs/contracts/examples', `${type}.json`), 'utf8'),
  ) as Event;
  return {
    ...example,
    ...place,
    id: newId(),
    occurredAt: new Date().toISOString(),
    ...extra,
    payload: { ...example.payload, ...payload },
  };
}
