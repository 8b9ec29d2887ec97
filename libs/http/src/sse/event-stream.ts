import type { Server } from 'node:http';
import type { Request, Response } from 'express';

/** One Server-Sent Event. */
export interface SseMessage {
  /** Becomes the client's last event id, which EventSource sends back as `Last-Event-ID`. */
  id?: string;
  /** The event name; a client's `message` listener hears the events without one. */
  event?: string;
  /** Sent as one line of JSON; a string goes as it is, one `data:` line per line. */
  data?: unknown;
}

/** Timing of an event stream. */
export interface EventStreamOptions {
  /** A comment this often keeps proxies and load balancers from closing a quiet stream. */
  heartbeatMs?: number;
  /** How long the client waits before reconnecting (the browser's default when absent). */
  retryMs?: number;
}

const STREAMS = Symbol('brigade.eventStreams');
type TrackingServer = Server & { [STREAMS]?: Set<EventStream> };

/**
 * A `text/event-stream` response. Writes wait for `drain` when the client reads slower
 * than we send, so a slow client costs a socket buffer, not unbounded memory. The stream
 * ends when the client goes, when `end()` is called, or when the HTTP server starts
 * closing (a graceful close waits for every response, and a stream never ends by itself);
 * clients then reconnect, to another instance, with their last event id.
 */
export class EventStream {
  private readonly ended = new AbortController();
  private readonly heartbeat: NodeJS.Timeout;
  private drained: Promise<void> | undefined;
  private sentId: string | undefined;
  private latestId: string | undefined;

  /** Aborted once the stream is over, whoever ended it. */
  readonly signal: AbortSignal = this.ended.signal;

  constructor(
    private readonly res: Response,
    options: EventStreamOptions = {},
  ) {
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs ?? 15_000);
    this.heartbeat.unref();
    // The client may have left while the request was being checked.
    if (res.destroyed) {
      this.closed();
      return;
    }
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.socket?.setNoDelay(true);
    res.on('close', () => this.closed());
    if (options.retryMs !== undefined) this.write(`retry: ${Math.round(options.retryMs)}\n\n`);
  }

  get isClosed(): boolean {
    return this.signal.aborted;
  }

  /**
   * Sends one event; resolves once the socket took it (after `drain` when it was full),
   * with false when the stream is over. Await each send before the next.
   */
  async send(message: SseMessage): Promise<boolean> {
    await this.drained;
    if (this.isClosed) return false;
    this.write(frame(message));
    if (message.id !== undefined) this.sentId = this.latestId = message.id;
    await this.drained;
    return !this.isClosed;
  }

  /** The client's position moved without an event for it: the next heartbeat carries the id. */
  advanceId(id: string): void {
    assertOneLine(id);
    this.latestId = id;
  }

  end(): void {
    if (!this.res.writableEnded) this.res.end();
    this.closed();
  }

  private beat(): void {
    if (this.isClosed || this.drained) return;
    const id = this.latestId !== this.sentId ? this.latestId : undefined;
    // An `id` without data sets the client's last event id and dispatches nothing.
    this.write(id === undefined ? ': ping\n\n' : `: ping\nid: ${id}\n\n`);
    this.sentId = this.latestId;
  }

  private write(chunk: string): void {
    if (this.isClosed || this.res.write(chunk) || this.drained) return;
    this.drained = new Promise<void>((resolve) => {
      const done = () => {
        this.res.off('drain', done);
        this.res.off('close', done);
        this.drained = undefined;
        resolve();
      };
      this.res.on('drain', done);
      this.res.on('close', done);
    });
  }

  private closed(): void {
    if (this.isClosed) return;
    clearInterval(this.heartbeat);
    this.ended.abort();
  }
}

/** Starts an event stream on `res` (status 200, headers sent at once). */
export function openEventStream(
  req: Request,
  res: Response,
  options?: EventStreamOptions,
): EventStream {
  const stream = new EventStream(res, options);
  endWhenServerCloses((req.socket as { server?: Server }).server, stream);
  return stream;
}

/** The first stream on a server makes its `close()` end every open stream first. */
function endWhenServerCloses(server: TrackingServer | undefined, stream: EventStream): void {
  if (!server || stream.isClosed) return;
  let streams = server[STREAMS];
  if (!streams) {
    const open = new Set<EventStream>();
    streams = server[STREAMS] = open;
    const close = server.close.bind(server);
    server.close = (callback?: (err?: Error) => void) => {
      for (const s of open) s.end();
      return close(callback);
    };
  }
  const open = streams;
  open.add(stream);
  stream.signal.addEventListener('abort', () => open.delete(stream), { once: true });
}

function frame({ id, event, data }: SseMessage): string {
  let out = '';
  if (id !== undefined) out += `id: ${assertOneLine(id)}\n`;
  if (event !== undefined) out += `event: ${assertOneLine(event)}\n`;
  const text = data === undefined ? '' : typeof data === 'string' ? data : JSON.stringify(data);
  for (const line of text.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return `${out}\n`;
}

function assertOneLine(value: string): string {
  if (/[\r\n\0]/.test(value)) throw new Error('an SSE id or event name must be one line');
  return value;
}
