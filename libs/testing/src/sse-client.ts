/** One event as an EventSource would dispatch it. */
export interface SseEvent {
  /** `message` when the frame named none. */
  event: string;
  data: string;
  /** The last event id after this event (EventSource's `lastEventId`). */
  lastEventId: string;
}

/**
 * A test client for Server-Sent Events over fetch: it parses frames as the EventSource
 * spec does (`id` without data moves `lastEventId` and dispatches nothing) and keeps what
 * came, so a test waits for events instead of sleeping.
 */
export class SseClient {
  readonly events: SseEvent[] = [];
  /** Comment lines (heartbeats), without the colon. */
  readonly comments: string[] = [];
  lastEventId = '';
  /** Resolves when the server ends the stream (or the client closes it). */
  readonly ended: Promise<void>;
  private readonly waiters = new Set<() => void>();
  private done = false;
  private buffer = '';
  private frame = { event: '', data: [] as string[], id: undefined as string | undefined };

  private constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    this.ended = this.read().finally(() => {
      this.done = true;
      this.notify();
    });
  }

  /** Opens the stream; a non-200 answer is kept in `response` with no events. */
  static async connect(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const abort = new AbortController();
    const response = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: abort.signal,
    });
    return new SseClient(response, abort);
  }

  get isEnded(): boolean {
    return this.done;
  }

  /** Events other than `ready` and `reset`, as parsed JSON. */
  changes<T = { id: string; topic: string; type: string; subjectId: string }>(): T[] {
    return this.events
      .filter((e) => e.event !== 'ready' && e.event !== 'reset')
      .map((e) => JSON.parse(e.data) as T);
  }

  /** Waits until `check` holds for what came so far; fails when the stream ends first. */
  async until(check: (client: this) => boolean, what = 'events', timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    while (!check(this)) {
      if (this.done) throw new Error(`stream ended before ${what}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${what} not seen within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.add(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  close(): Promise<void> {
    this.abort.abort();
    return this.ended;
  }

  private async read(): Promise<void> {
    if (!this.response.body) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of this.response.body) {
        this.feed(decoder.decode(chunk as Uint8Array, { stream: true }));
      }
    } catch (err) {
      if ((err as Error).name !== 'AbortError') throw err;
    }
  }

  private feed(text: string): void {
    this.buffer += text;
    const lines = this.buffer.split(/\r\n|\r|\n/);
    this.buffer = lines.pop()!;
    for (const line of lines) this.line(line);
    this.notify();
  }

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return void this.comments.push(line.slice(1).trim());
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') this.frame.event = value;
    else if (field === 'data') this.frame.data.push(value);
    else if (field === 'id' && !value.includes('\0')) this.frame.id = value;
  }

  private dispatch(): void {
    const { event, data, id } = this.frame;
    this.frame = { event: '', data: [], id: undefined };
    if (id !== undefined) this.lastEventId = id;
    if (data.length === 0) return;
    this.events.push({
      event: event || 'message',
      data: data.join('\n'),
      lastEventId: this.lastEventId,
    });
  }

  private notify(): void {
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }
}
