import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import express, { type Response } from 'express';
import { SseClient, waitUntil } from '../../testing/src';
import {
  acceptQueryToken,
  listen,
  openEventStream,
  withoutQueryToken,
  type EventStream,
  type EventStreamOptions,
  type RunningServer,
} from '../src';

describe('Server-Sent Events', () => {
  const servers: RunningServer[] = [];
  const clients: SseClient[] = [];

  /** A server whose `/stream` opens an event stream and hands it to `handle`. */
  async function serve(
    handle: (stream: EventStream, res: Response) => Promise<void> | void,
    options?: EventStreamOptions,
  ) {
    const app = express();
    app.get('/stream', async (req, res) => {
      await handle(openEventStream(req, res, options), res);
    });
    const server = await listen(app, 0, '127.0.0.1');
    servers.push(server);
    return { server, url: `http://127.0.0.1:${server.port}/stream` };
  }

  async function connectTo(url: string) {
    const client = await SseClient.connect(url);
    clients.push(client);
    return client;
  }

  afterAll(async () => {
    await Promise.allSettled(clients.map((c) => c.close()));
    await Promise.allSettled(servers.map((s) => s.close(100)));
  });

  it('when events are sent, then they arrive as id, event and data lines behind streaming headers', async () => {
    const { url } = await serve(async (stream) => {
      await stream.send({ id: '7-1', event: 'order', data: { orderId: 'o1' } });
      await stream.send({ data: 'first line\nsecond line' });
      stream.end();
    });

    const client = await connectTo(url);
    await client.ended;

    expect(client.response.status).toBe(200);
    expect(client.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(client.response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(client.response.headers.get('x-accel-buffering')).toBe('no');
    expect(client.events).toEqual([
      { event: 'order', data: '{"orderId":"o1"}', lastEventId: '7-1' },
      { event: 'message', data: 'first line\nsecond line', lastEventId: '7-1' },
    ]);
  });

  it('when the stream is quiet, then heartbeats keep it open and carry a moved id without dispatching an event', async () => {
    const { url } = await serve((stream) => stream.advanceId('9-0'), { heartbeatMs: 20 });

    const client = await connectTo(url);
    await client.until((c) => c.lastEventId === '9-0' && c.comments.length >= 2, 'heartbeats');

    expect(client.comments.every((c) => c === 'ping')).toBe(true);
    expect(client.events).toEqual([]);
  });

  it('when the client goes away, then the stream knows and further sends report it', async () => {
    let opened: EventStream | undefined;
    const { url } = await serve((stream) => void (opened = stream));
    const client = await connectTo(url);
    await waitUntil(() => opened, { what: 'the stream' });

    await client.close();
    await waitUntil(() => opened!.isClosed, { what: 'the stream to notice' });

    expect(await opened!.send({ data: 'anyone?' })).toBe(false);
  });

  it('when the client left before the stream opened, then the stream starts closed', async () => {
    let arrived = false;
    let opened: EventStream | undefined;
    const app = express();
    app.get('/late', async (req, res) => {
      arrived = true;
      await once(res, 'close');
      opened = openEventStream(req, res);
    });
    const server = await listen(app, 0, '127.0.0.1');
    servers.push(server);
    const abort = new AbortController();
    const request = fetch(`http://127.0.0.1:${server.port}/late`, { signal: abort.signal });
    await waitUntil(() => arrived, { what: 'the request' });

    abort.abort();
    await request.catch(() => undefined);
    await waitUntil(() => opened, { what: 'the late stream' });

    expect(opened!.isClosed).toBe(true);
    expect(await opened!.send({ data: 'anyone?' })).toBe(false);
  });

  it('when the client reads slower than we send, then sends wait for drain instead of buffering without bound', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const total = 200;
    const progress = { sent: 0, res: undefined as Response | undefined };
    const { server } = await serve(async (stream, res) => {
      progress.res = res;
      for (let i = 0; i < total; i++) {
        await stream.send({ data: chunk });
        progress.sent++;
      }
      stream.end();
    });
    const socket: Socket = connect(server.port, '127.0.0.1');
    socket.pause();
    socket.write('GET /stream HTTP/1.1\r\nHost: test\r\nAccept: text/event-stream\r\n\r\n');

    await waitUntil(() => progress.res?.writableNeedDrain, { what: 'a full socket' });
    const sentWhenFull = progress.sent;
    const bufferedWhenFull = progress.res!.writableLength;
    let received = 0;
    socket.on('data', (data: Buffer) => (received += data.length));
    socket.resume();
    await waitUntil(() => progress.sent === total, { what: 'every event sent', timeoutMs: 20_000 });
    await waitUntil(() => received >= total * chunk.length, { what: 'every byte read' });
    socket.destroy();

    expect(sentWhenFull).toBeLessThan(total);
    expect(bufferedWhenFull).toBeLessThan(4 * chunk.length);
  });

  it('when the server closes, then open streams end at once instead of holding the close for its grace time', async () => {
    let opened: EventStream | undefined;
    const { server, url } = await serve((stream) => void (opened = stream));
    const client = await connectTo(url);
    await waitUntil(() => opened, { what: 'the stream' });

    const started = Date.now();
    await server.close(10_000);
    await client.ended;

    expect(Date.now() - started).toBeLessThan(2_000);
    expect(opened!.isClosed).toBe(true);
  });
});

describe('acceptQueryToken', () => {
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.use(acceptQueryToken('/live/:id'));
    app.get(/.*/, (req, res) => {
      res.json({ authorization: req.headers.authorization ?? null, url: req.originalUrl });
    });
    server = await listen(app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.close(100));

  const get = async (path: string, headers: Record<string, string> = {}) =>
    (await fetch(`${base}${path}`, { headers })).json();

  it('when the route gets ?access_token=, then it becomes the bearer token and leaves the URL', async () => {
    expect(await get('/live/1?a=1&access_token=tok%2B1&b=2')).toEqual({
      authorization: 'Bearer tok+1',
      url: '/live/1?a=1&b=2',
    });
  });

  it('when another route gets ?access_token=, then it is not taken as a credential', async () => {
    expect(await get('/orders/1?access_token=tok')).toEqual({
      authorization: null,
      url: '/orders/1?access_token=tok',
    });
  });

  it('when an Authorization header comes too, then the header wins', async () => {
    expect(await get('/live/1?access_token=tok', { authorization: 'Bearer header' })).toEqual({
      authorization: 'Bearer header',
      url: '/live/1',
    });
  });

  it.each([
    ['/live/1?access_token=t', '/live/1'],
    ['/live/1?access_token=t&after=1-2', '/live/1?after=1-2'],
    ['/live/1?after=1-2&access_token=t', '/live/1?after=1-2'],
    ['/live/1?a=1&access_token=t&b=2', '/live/1?a=1&b=2'],
    ['/live/1?after=1-2', '/live/1?after=1-2'],
  ])('when %s is written to a log, then it reads %s', (url, logged) => {
    expect(withoutQueryToken(url)).toBe(logged);
  });
});
