import { staffStatusChange } from './table-status';

describe('staffStatusChange', () => {
  it.each([
    ['available', 'reserved', 'ok'],
    ['available', 'dirty', 'ok'],
    ['dirty', 'available', 'ok'],
    ['reserved', 'available', 'ok'],
    ['reserved', 'dirty', 'ok'],
    ['dirty', 'reserved', 'refused'],
    ['occupied', 'available', 'refused'],
    ['occupied', 'dirty', 'refused'],
    ['occupied', 'reserved', 'refused'],
    ['dirty', 'dirty', 'same'],
    ['reserved', 'reserved', 'same'],
  ] as const)('when a %s table is made %s, then the change is %s', (from, to, expected) => {
    expect(staffStatusChange(from, to)).toBe(expected);
  });
});
