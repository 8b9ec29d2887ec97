import { StaffRole } from '@brigade/contracts';
import { ROLES, type Role, type StaffActor } from '@brigade/core';
import {
  assertAdminTenantWide,
  assertMayManageStaff,
  canSeeUser,
  covers,
  locationScope,
} from './access';

const [here, there] = [
  '0190c0de-0000-7000-8000-000000000001',
  '0190c0de-0000-7000-8000-000000000002',
];
const staff = (roles: Role[], locationIds: string[] | 'all' = [here]): StaffActor => ({
  kind: 'staff',
  tenantId: 't',
  userId: 'u',
  roles,
  locationIds,
});
const user = (roles: Role[], locationIds: string[] | null = [here]) => ({ roles, locationIds });

describe('who may manage whom', () => {
  it.each([
    [
      'an admin',
      'a manager and operator',
      staff(['admin'], 'all'),
      user(['manager', 'operator'], null),
    ],
    ['a manager', 'a waiter of their location', staff(['manager']), user(['waiter'])],
    ['a manager', 'a cashier and cook', staff(['manager']), user(['cashier', 'kitchen'])],
    [
      'a manager of every location',
      'tenant-wide staff',
      staff(['manager'], 'all'),
      user(['waiter'], null),
    ],
  ])('when %s manages %s, then it is allowed', (_who, _whom, actor, target) => {
    expect(() => assertMayManageStaff(actor, target)).not.toThrow();
  });

  it.each([
    ['a manager', 'another manager', staff(['manager']), user(['manager'])],
    ['a manager', 'an admin', staff(['manager']), user(['admin'], null)],
    ['a manager', 'an operator', staff(['manager']), user(['operator'])],
    ['a manager', 'a waiter elsewhere', staff(['manager']), user(['waiter'], [there])],
    ['a manager of one location', 'tenant-wide staff', staff(['manager']), user(['waiter'], null)],
    ['a waiter', 'a waiter', staff(['waiter']), user(['waiter'])],
  ])('when %s manages %s, then answers 403', (_who, _whom, actor, target) => {
    expect(() => assertMayManageStaff(actor, target)).toThrow(
      expect.objectContaining({ status: 403 }),
    );
  });

  it('when a manager would promote their waiter, then the new roles count too (403)', () => {
    expect(() =>
      assertMayManageStaff(staff(['manager']), user(['waiter']), user(['manager'])),
    ).toThrow(expect.objectContaining({ status: 403 }));
  });
});

describe('locations', () => {
  const everywhere = staff(['manager'], 'all');
  const atHere = staff(['manager'], [here]);

  it.each([
    { who: 'of every location', actor: everywhere, ids: null, what: 'every location', is: true },
    { who: 'of one location', actor: atHere, ids: null, what: 'every location', is: false },
    { who: 'of one location', actor: atHere, ids: [here], what: 'that location', is: true },
    { who: 'of one location', actor: atHere, ids: [here, there], what: 'two', is: false },
  ])('when a manager $who is asked about $what, then covers is $is', ({ actor, ids, is }) => {
    expect(covers(actor, ids)).toBe(is);
  });

  it.each([
    { actor: atHere, what: 'tenant-wide staff', ids: null, is: true },
    { actor: atHere, what: 'staff sharing a location', ids: [there, here], is: true },
    { actor: atHere, what: 'staff of another location', ids: [there], is: false },
    { actor: everywhere, what: 'anyone (every location)', ids: [there], is: true },
  ])('when a manager looks at $what, then canSeeUser is $is', ({ actor, ids, is }) => {
    expect(canSeeUser(actor, { locationIds: ids })).toBe(is);
  });

  it('when the caller acts for every location, then lists are not filtered', () => {
    expect([locationScope(staff(['admin'], 'all')), locationScope(staff(['waiter']))]).toEqual([
      null,
      [here],
    ]);
  });

  it('when an admin is bound to some locations, then answers 422 naming locationIds', () => {
    expect(() => assertAdminTenantWide(user(['admin'], [here]))).toThrow(
      expect.objectContaining({
        status: 422,
        fields: [expect.objectContaining({ field: 'locationIds' })],
      }),
    );
    expect(() => assertAdminTenantWide(user(['admin'], null))).not.toThrow();
  });
});

describe('roles in the contract', () => {
  it('when compared with the roles tokens carry, then they are the same list', () => {
    expect(StaffRole.options).toEqual([...ROLES]);
  });
});
