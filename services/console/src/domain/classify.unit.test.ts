import { classifyDeadLetter, classifyJob } from './classify';

describe('failure causes', () => {
  it.each([
    ['invalid-message', 'payload.orderId: Invalid UUID', 'validation'],
    ['rejected', 'the order does not exist', 'permanent'],
    ['rejected', 'SKU not mapped: COLA-033', 'mapping'],
    ['retries-exhausted', 'connect ECONNREFUSED', 'transient'],
    [undefined, 'delivery limit', 'transient'],
  ] as const)('when a dead letter says %s (%s), then it is %s', (reason, error, cause) => {
    expect(classifyDeadLetter(reason, error)).toBe(cause);
  });

  it('when a job stopped before its last attempt, then it was refused for good', () => {
    expect(classifyJob('HTTP 422', 1, 5)).toBe('permanent');
    expect(classifyJob('timeout', 5, 5)).toBe('transient');
  });
});
