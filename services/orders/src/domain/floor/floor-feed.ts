import type { OrdersDeps } from '../ports';

/** Tells live floor screens that the layout changed (`dining-area.*`, `table.*`). */
export function appendLayoutChange(
  deps: OrdersDeps,
  owner: { tenantId: string; locationId: string },
  type: string,
  subjectId: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  return deps.feed.append({
    tenantId: owner.tenantId,
    locationId: owner.locationId,
    topic: 'table',
    type,
    subjectId,
    data,
  });
}
