import type { Channel } from '@brigade/contracts';
import type { PricedLine, RequestedLine } from '../menu/ports';
import type { OrderLine } from './order';

/** A line as a client orders it, with where it goes and when it is cooked. */
export interface LineRequest extends RequestedLine {
  seat?: number;
  course?: number;
  /** Keep it back until someone fires it (a later course). */
  hold?: boolean;
}

/** New pending lines of one round from the server's prices. */
export function newOrderLines(
  priced: readonly PricedLine[],
  requests: readonly LineRequest[],
  round: { number: number; source: Channel; addedBy: string; newId: () => string },
): OrderLine[] {
  return priced.map((p, i) => {
    const request = requests[i]!;
    return {
      id: round.newId(),
      productId: p.productId,
      categoryId: p.categoryId,
      name: p.name,
      quantity: p.quantity,
      baseUnitPriceMinor: p.baseUnitPriceMinor,
      unitPriceMinor: p.unitPriceMinor,
      priceRule: p.priceRule,
      modifiers: p.modifiers,
      taxRateBps: p.taxRateBps,
      totalMinor: p.totalMinor,
      notes: p.notes,
      allergens: p.allergens,
      seat: request.seat ?? null,
      course: request.course ?? null,
      round: round.number,
      source: round.source,
      addedBy: round.addedBy,
      held: request.hold ?? false,
      firedAt: null,
      fireId: null,
      sentAt: null,
      status: 'pending',
      comped: false,
      compReason: null,
      voidReason: null,
    };
  });
}

/**
 * Takes `quantity` units off a line: the whole line when that is all of it, else a new line
 * split off beside it (the original keeps the rest and its id, so tickets and bills that
 * name it stay right). Returns the line holding the units taken.
 */
export function takeUnits(
  lines: OrderLine[],
  line: OrderLine,
  quantity: number,
  newId: () => string,
): OrderLine {
  if (quantity >= line.quantity) return line;
  const taken: OrderLine = {
    ...line,
    id: newId(),
    quantity,
    totalMinor: line.unitPriceMinor * quantity,
  };
  line.quantity -= quantity;
  line.totalMinor = line.unitPriceMinor * line.quantity;
  lines.splice(lines.indexOf(line) + 1, 0, taken);
  return taken;
}

/** Lines that may still be fired: not fired yet, not cancelled. */
export const isUnfired = (l: OrderLine) => l.firedAt === null && l.status !== 'cancelled';
