import type {
  CategoryResponse,
  LocationMenuItemResponse,
  ModifierGroupResponse,
  PriceRuleResponse,
  ProductResponse,
} from '@brigade/contracts';
import type {
  CategoryRecord,
  LocationItemRecord,
  ModifierGroupRecord,
  PriceRuleRecord,
  ProductRecord,
} from './catalog-ports';

const stamps = (r: { createdAt: Date; updatedAt: Date }) => ({
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export const toCategoryResponse = ({ tenantId: _t, ...c }: CategoryRecord): CategoryResponse => ({
  ...c,
  ...stamps(c),
});

export const toProductResponse = ({ tenantId: _t, ...p }: ProductRecord): ProductResponse => ({
  ...p,
  ...stamps(p),
});

export const toModifierGroupResponse = ({
  tenantId: _t,
  ...g
}: ModifierGroupRecord): ModifierGroupResponse => ({ ...g, ...stamps(g) });

/** Times as 'HH:MM', as they were sent. */
export const toPriceRuleResponse = ({
  tenantId: _t,
  ...r
}: PriceRuleRecord): PriceRuleResponse => ({
  ...r,
  startsAt: r.startsAt.slice(0, 5),
  endsAt: r.endsAt.slice(0, 5),
  ...stamps(r),
});

export const toLocationItemResponse = (i: LocationItemRecord): LocationMenuItemResponse => ({
  ...i,
  snoozedUntil: i.snoozedUntil?.toISOString() ?? null,
});
