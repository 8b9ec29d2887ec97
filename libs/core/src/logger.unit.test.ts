import { enrichContext, runWithContext, traceFromContext } from './context';
import { createLogger } from './logger';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * pino writes to `process.stdout` itself when its `write` has been replaced, so a spy
 * installed before `createLogger` captures every line without touching the logger.
 */
function captureStdout() {
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  return {
    lines: (): Record<string, unknown>[] =>
      spy.mock.calls.map(([chunk]) => JSON.parse(String(chunk)) as Record<string, unknown>),
    raw: (): string => spy.mock.calls.map(([chunk]) => String(chunk)).join(''),
  };
}

describe('createLogger', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('when a line is logged, then it carries the service, level, time and message', () => {
    const out = captureStdout();
    const log = createLogger('orders');

    log.info({ orderId: 'o1' }, 'order placed');

    expect(out.lines()).toEqual([
      expect.objectContaining({
        service: 'orders',
        level: 30,
        time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        orderId: 'o1',
        msg: 'order placed',
      }),
    ]);
  });

  it('when a line is below the level, then nothing is written', () => {
    const out = captureStdout();
    const log = createLogger('orders', 'warn');

    log.info('routine');
    log.warn('retrying');

    expect(out.lines().map((line) => line.msg)).toEqual(['retrying']);
  });

  it('when a line is logged inside a context, then it carries the correlation and request ids', () => {
    const out = captureStdout();
    const log = createLogger('orders');

    runWithContext({ correlationId: 'c1', requestId: 'r1' }, () => log.info('inside'));
    log.info('outside');

    const [inside, outside] = out.lines();
    expect(inside).toMatchObject({ correlationId: 'c1', requestId: 'r1', msg: 'inside' });
    expect(outside).not.toHaveProperty('correlationId');
    expect(outside).not.toHaveProperty('requestId');
  });

  it('when the context is enriched, then later lines of that context carry the tenant', () => {
    const out = captureStdout();
    const log = createLogger('orders');

    runWithContext({ correlationId: 'c1', requestId: 'r1' }, () => {
      log.info('before');
      enrichContext({ tenantId: 't1' });
      log.info('after');
    });
    runWithContext({ correlationId: 'c2' }, () => log.info('other request'));

    const [before, after, other] = out.lines();
    expect(before).not.toHaveProperty('tenantId');
    expect(after).toMatchObject({ correlationId: 'c1', requestId: 'r1', tenantId: 't1' });
    expect(other).toMatchObject({ correlationId: 'c2' });
    expect(other).not.toHaveProperty('tenantId');
  });

  it('when the context continues across an await, then lines after it still carry it', async () => {
    const out = captureStdout();
    const log = createLogger('kitchen');

    await runWithContext({ correlationId: 'c3', messageId: 'm3' }, async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      log.info('after await');
    });

    expect(out.lines()).toEqual([
      expect.objectContaining({ correlationId: 'c3', messageId: 'm3' }),
    ]);
  });

  it.each(['password', 'token', 'apiKey', 'secret', 'cardNumber'])(
    'when a nested %s is logged, then its value is redacted',
    (key) => {
      const out = captureStdout();
      const log = createLogger('billing');

      log.info({ credentials: { user: 'ana', [key]: 'hunter2' } }, 'signed in');

      expect(out.lines()[0]).toMatchObject({ credentials: { user: 'ana', [key]: '[redacted]' } });
      expect(out.raw()).not.toContain('hunter2');
    },
  );
});

describe('context', () => {
  it('when a context is nested, then it is merged over the outer one', () => {
    const seen = runWithContext({ correlationId: 'c1', requestId: 'r1', tenantId: 't1' }, () =>
      runWithContext({ correlationId: 'c1', messageId: 'm1' }, () => traceFromContext()),
    );

    expect(seen).toEqual({ correlationId: 'c1', causationId: 'm1' });
  });

  it.each([
    [
      { correlationId: 'c1', requestId: 'r1' },
      { correlationId: 'c1', causationId: 'r1' },
    ],
    [
      { correlationId: 'c1', requestId: 'r1', messageId: 'm1' },
      { correlationId: 'c1', causationId: 'm1' },
    ],
    [
      { correlationId: 'c1', jobId: 'j1' },
      { correlationId: 'c1', causationId: null },
    ],
  ])('when tracing inside %j, then the trace is %j', (ctx, expected) => {
    const trace = runWithContext(ctx, () => traceFromContext());

    expect(trace).toEqual(expected);
  });

  it('when tracing outside any context, then the correlation id is fresh and there is no cause', () => {
    const first = traceFromContext();

    const second = traceFromContext();

    expect(first.correlationId).toMatch(UUID);
    expect(second.correlationId).toMatch(UUID);
    expect(second.correlationId).not.toBe(first.correlationId);
    expect(first.causationId).toBeNull();
  });

  it('when enriching outside any context, then nothing happens and later traces are unaffected', () => {
    enrichContext({ correlationId: 'leaked', tenantId: 't1' });

    const trace = traceFromContext();

    expect(trace.correlationId).not.toBe('leaked');
  });
});
