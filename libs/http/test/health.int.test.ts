import express from 'express';
import { listen, mountHealth, type RunningServer } from '../src';

describe('/readyz with checks that only degrade', () => {
  let server: RunningServer;
  let brokerUp = true;
  let databaseUp = true;
  const fail = async (up: boolean) => {
    if (!up) throw new Error('connection refused');
  };

  beforeAll(async () => {
    const app = express();
    const router = express.Router();
    mountHealth(
      router,
      { database: () => fail(databaseUp), broker: () => fail(brokerUp) },
      { degradedOnly: ['broker'] },
    );
    app.use(router);
    server = await listen(app, 0, '127.0.0.1');
  });
  afterAll(() => server.close());
  const readyz = async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/readyz`);
    return { status: res.status, body: (await res.json()) as { status: string } };
  };

  it('when only the broker is down, then answers 200 degraded and names it', async () => {
    brokerUp = false;

    const res = await readyz();

    expect(res).toEqual({
      status: 200,
      body: { status: 'degraded', checks: { database: 'up', broker: 'down: connection refused' } },
    });
  });

  it('when the database is down, then answers 503 not-ready', async () => {
    brokerUp = true;
    databaseUp = false;

    const res = await readyz();

    expect(res.status).toBe(503);
    expect(res.body.status).toBe('not-ready');
  });
});
