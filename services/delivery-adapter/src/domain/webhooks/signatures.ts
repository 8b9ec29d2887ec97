import { createHmac, timingSafeEqual } from 'node:crypto';

/** Whether `given` is the hex HMAC-SHA256 of `signed` under `secret`, in constant time. */
export function hmacMatches(secret: string, signed: Buffer, given: string | undefined): boolean {
  if (!given || !/^[0-9a-fA-F]{64}$/.test(given)) return false;
  const expected = createHmac('sha256', secret).update(signed).digest();
  return timingSafeEqual(expected, Buffer.from(given, 'hex'));
}

/** Uber Eats: `X-Uber-Signature` over the body, keyed with the client secret. */
export const uberSigned = (secret: string, body: Buffer, header: string | undefined) =>
  hmacMatches(secret, body, header);

/** Wolt: `WOLT-SIGNATURE` over the body. */
export const woltSigned = (secret: string, body: Buffer, header: string | undefined) =>
  hmacMatches(secret, body, header);

const LEGACY_DELIVEROO = /^\s*\{[^{]*"event"\s*:\s*"(new_order|cancel_order)"/;

/**
 * Deliveroo: `X-Deliveroo-Hmac-Sha256` over the sequence GUID, `" "` and the body; the
 * legacy `new_order`/`cancel_order` events join them with `" \n "`. A body that names a
 * legacy event is checked with the legacy separator only.
 */
export function deliverooSigned(
  secret: string,
  body: Buffer,
  guid: string | undefined,
  header: string | undefined,
): boolean {
  if (!guid || guid.length > 200) return false;
  const separator = LEGACY_DELIVEROO.test(body.toString('utf8', 0, 200)) ? ' \n ' : ' ';
  return hmacMatches(secret, Buffer.concat([Buffer.from(guid + separator), body]), header);
}
