import { ValidationError, type Logger } from '@brigade/core';
import { decodePosition, encodePosition, type FeedScope, type LiveFeed } from '@brigade/db';
import type { Request, Response } from 'express';
import { openEventStream, type EventStreamOptions } from './event-stream';

/** How `streamFeed` serves a request. */
export interface FeedStreamOptions extends EventStreamOptions {
  log: Logger;
  /** `?after=`: where to resume when the request has no `Last-Event-ID`. */
  after?: string;
}

/**
 * Serves one scope of a live feed as Server-Sent Events until the client leaves or the
 * server stops:
 * - `ready` opens the stream, its id the starting position (so a reconnect before any
 *   entry still resumes from there): load state after it, then apply what follows;
 * - each entry is an event named by its topic, its id its position, its data the entry;
 * - it resumes after `Last-Event-ID` (what EventSource sends on reconnect) or `after`,
 *   and starts from now without either;
 * - `reset` replaces `ready` when the resume point is older than what the feed keeps:
 *   reload the state, then go on.
 * A resume point that is not an id of this feed answers 400 before the stream opens.
 */
export async function streamFeed(
  req: Request,
  res: Response,
  feed: LiveFeed,
  scope: FeedScope,
  options: FeedStreamOptions,
): Promise<void> {
  const from = resumePoint(req, options.after);
  const stream = openEventStream(req, res, options);
  try {
    for await (const step of feed.follow(scope, from, stream.signal)) {
      const id = encodePosition(step.position);
      if (step.kind === 'ready') await stream.send({ id, event: 'ready', data: { id } });
      else if (step.kind === 'reset') await stream.send({ id, event: 'reset', data: { id } });
      else {
        for (const event of step.events)
          await stream.send({ id: event.id, event: event.topic, data: event });
        stream.advanceId(id);
      }
    }
  } catch (err) {
    // The client reconnects with its last event id, here or on another instance.
    if (!stream.isClosed) options.log.warn({ err }, 'live feed stream failed; ending it');
  } finally {
    stream.end();
  }
}

function resumePoint(req: Request, after: string | undefined) {
  // EventSource sends it only when it has an id; an empty one means none.
  const header = req.header('last-event-id') || undefined;
  const [field, id] =
    header !== undefined ? ['header.Last-Event-ID', header] : ['query.after', after];
  if (id === undefined || id === '') return undefined;
  const position = decodePosition(id);
  if (!position) throw new ValidationError([{ field, message: 'not an event id of this stream' }]);
  return position;
}
