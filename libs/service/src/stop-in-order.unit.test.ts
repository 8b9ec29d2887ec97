import { Writable } from 'node:stream';
import pino from 'pino';
import { stopInOrder, type StopStep } from './stop-in-order';

function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), lines };
}

describe('stopInOrder', () => {
  const stopped: string[] = [];
  const part = (name: string, stop: () => Promise<unknown> = async () => undefined): StopStep => ({
    name,
    stop: async () => {
      await stop();
      stopped.push(name);
    },
  });
  beforeEach(() => stopped.splice(0));

  it('when every part stops, then they stop in the order given and none is left behind', async () => {
    const { log } = capturingLogger();

    const leftBehind = await stopInOrder([part('http'), part('consumers'), part('db')], 5_000, log);

    expect(leftBehind).toEqual([]);
    expect(stopped).toEqual(['http', 'consumers', 'db']);
  });

  it('when a part never finishes, then it is named and left behind once the grace is up, and the later parts still stop', async () => {
    const { log, lines } = capturingLogger();
    const never = () => new Promise<never>(() => undefined);

    const leftBehind = await stopInOrder(
      [part('http'), part('consumers', never), part('db')],
      1_000,
      log,
    );

    expect(leftBehind).toEqual(['consumers']);
    expect(stopped).toEqual(['http', 'db']);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 50,
        part: 'consumers',
        msg: 'did not stop in time; left behind',
      }),
    );
  });

  it('when a part fails to stop, then the error is logged and the later parts still stop', async () => {
    const { log, lines } = capturingLogger();

    const leftBehind = await stopInOrder(
      [
        part('jobs', () => Promise.reject(new Error('connection reset'))),
        part('broker connection'),
      ],
      5_000,
      log,
    );

    expect(leftBehind).toEqual([]);
    expect(stopped).toEqual(['broker connection']);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 40, part: 'jobs', msg: 'stopped with an error' }),
    );
  });
});
