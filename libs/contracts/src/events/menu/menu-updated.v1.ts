import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';

/**
 * A location's menu changed. One event per affected location (a tenant-wide change names
 * each of its locations); the aggregate is the location, its version the menu version.
 */
export const MenuUpdatedV1 = defineEvent({
  type: 'menu.updated.v1',
  aggregate: 'menu',
  description:
    'A location’s menu changed (catalog, price, availability, snooze). Consumers re-read GET /v1/menu; marketplaces republish.',
  payload: z.object({
    locationId: Id,
    menuVersion: z.number().int().min(1),
    changes: z
      .array(
        z.object({
          kind: z.enum(['category', 'product', 'modifier-group', 'price-rule', 'location-item']),
          id: Id,
          action: z.enum(['created', 'updated', 'deleted', 'snoozed', 'unsnoozed']),
        }),
      )
      .min(1),
    updatedAt: z.iso.datetime(),
  }),
});
export type MenuUpdatedV1 = EventOf<typeof MenuUpdatedV1>;
