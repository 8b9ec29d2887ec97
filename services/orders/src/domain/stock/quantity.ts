import type { Milli } from './stock';

const SCALE = 1000;
const NUMERIC = /^(-?)(\d+)(?:\.(\d*))?$/;

/** Reads a PostgreSQL numeric (as text, at most three significant decimals) exactly. */
export function milliFromText(text: string): Milli {
  const match = NUMERIC.exec(text);
  const fraction = match?.[3] ?? '';
  if (!match || /[1-9]/.test(fraction.slice(3))) throw new Error(`not a stock quantity: ${text}`);
  const milli = Number(match[2]) * SCALE + Number(fraction.slice(0, 3).padEnd(3, '0'));
  return match[1] ? -milli : milli;
}

/** From a validated API number (at most three decimals, so rounding only removes float noise). */
export const milliFromNumber = (value: number): Milli => Math.round(value * SCALE);

export const milliToNumber = (milli: Milli): number => milli / SCALE;

/** As a numeric literal for SQL, exact. */
export function milliToText(milli: Milli): string {
  const abs = Math.abs(milli);
  const whole = Math.floor(abs / SCALE);
  const fraction = String(abs % SCALE).padStart(3, '0');
  return `${milli < 0 ? '-' : ''}${whole}.${fraction}`;
}

/** For people, without trailing zeros: `250 g`, `1.5 pc`. */
export const formatQuantity = (milli: Milli, unit: string): string =>
  `${milliToNumber(milli)} ${unit}`;
