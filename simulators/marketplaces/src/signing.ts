import { createHmac } from 'node:crypto';

const hmacHex = (secret: string, data: string | Buffer) =>
  createHmac('sha256', secret).update(data).digest('hex');

/** Uber Eats: `X-Uber-Signature`, lowercase hex HMAC-SHA256 of the body, keyed with the client secret. */
export const uberSignature = (secret: string, body: string) => hmacHex(secret, body);

/** Wolt: `WOLT-SIGNATURE`, hex HMAC-SHA256 of the body. */
export const woltSignature = (secret: string, body: string) => hmacHex(secret, body);

/**
 * Deliveroo: `X-Deliveroo-Hmac-Sha256` over the sequence GUID, a separator and the body; the
 * separator is a space, or space-newline-space for the legacy `new_order`/`cancel_order`.
 */
export const deliverooSignature = (secret: string, guid: string, body: string, legacy = false) =>
  hmacHex(secret, `${guid}${legacy ? ' \n ' : ' '}${body}`);
