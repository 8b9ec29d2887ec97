/**
 * A place in a live feed: just after the entry `seq` of transaction `xid`. Entries are read
 * in (xid, seq) order; both numbers are decimal strings (64-bit, beyond a JS number).
 */
export interface FeedPosition {
  xid: string;
  /** `0` stands before the first entry of transaction `xid`. */
  seq: string;
}

const EVENT_ID = /^(\d{1,20})-(\d{1,19})$/;
const MAX_XID = 2n ** 64n;
const MAX_SEQ = 2n ** 63n;

/** The position as the event id clients keep and send back: `<xid>-<seq>`. */
export function encodePosition(position: FeedPosition): string {
  return `${position.xid}-${position.seq}`;
}

/** The position behind an event id; undefined for anything this feed cannot have handed out. */
export function decodePosition(id: string): FeedPosition | undefined {
  const match = EVENT_ID.exec(id);
  if (!match) return undefined;
  const xid = BigInt(match[1]!);
  const seq = BigInt(match[2]!);
  if (xid >= MAX_XID || seq >= MAX_SEQ) return undefined;
  return { xid: xid.toString(), seq: seq.toString() };
}

/** Negative when `a` comes first, 0 when equal, positive when `b` does. */
export function comparePositions(a: FeedPosition, b: FeedPosition): number {
  const byXid = BigInt(a.xid) - BigInt(b.xid);
  const diff = byXid !== 0n ? byXid : BigInt(a.seq) - BigInt(b.seq);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}
