/** Keys whose values are credentials or card data, wherever they sit in a payload. */
const SECRET_KEY =
  /pass(word)?|secret|token|api[-_]?key|authorization|signature|hmac|cvc|cvv|card[-_]?number|^pan$|iban|pin$/i;
/** 13 to 19 digits, optionally grouped by spaces or dashes: a card number when Luhn agrees. */
const CARD_LIKE = /\b\d(?:[ -]?\d){12,18}\b/g;

/**
 * A copy of `value` an operator may see: credentials replaced by `***`, card numbers cut
 * to their last four digits. Operators need the order's content to act, never the secrets.
 */
export function maskPayload(value: unknown, depth = 0): unknown {
  if (depth > 20) return '…';
  if (typeof value === 'string') return maskCardNumbers(value);
  if (Array.isArray(value)) return value.map((v) => maskPayload(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        SECRET_KEY.test(k) && v !== null && v !== undefined ? '***' : maskPayload(v, depth + 1),
      ]),
    );
  }
  return value;
}

function maskCardNumbers(text: string): string {
  return text.replace(CARD_LIKE, (match) => {
    const digits = match.replace(/\D/g, '');
    return luhn(digits) ? `****${digits.slice(-4)}` : match;
  });
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
