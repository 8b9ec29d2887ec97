import type { StockReversal } from './ports';
import type { Milli, StockMovement } from './stock';

/** What one portion puts back of one of its line's fires. */
export interface PlannedReversal {
  fire: StockMovement;
  reversalId: string;
  units: number;
  amount: Milli;
}

const keyOf = (m: { lineId: string | null; ingredientId: string }) =>
  `${m.lineId}|${m.ingredientId}`;

/** The part of `taken` that `units` of `of` units stand for, rounded to a thousandth. */
const shareOf = (taken: Milli, units: number, of: number): Milli =>
  Math.round((taken * units) / of);

/**
 * What each portion puts back of its line's fires, in proportion to the units each fire
 * took. Counted from the units earlier portions put back, so that all portions of a line
 * together return exactly what it took (roundings included) and never more. A portion
 * already reversed, or one of a line that never fired, puts back nothing.
 */
export function planReversals(
  fires: StockMovement[],
  earlier: StockMovement[],
  portions: StockReversal[],
): PlannedReversal[] {
  const returnedUnits = new Map<string, number>();
  const done = new Set<string>();
  for (const r of earlier) {
    returnedUnits.set(keyOf(r), (returnedUnits.get(keyOf(r)) ?? 0) + (r.units ?? 0));
    done.add(`${r.reversalId}|${r.ingredientId}`);
  }
  const planned: PlannedReversal[] = [];
  for (const portion of portions) {
    for (const fire of fires.filter((f) => f.lineId === portion.lineId)) {
      const firedUnits = fire.units ?? 0;
      const returned = returnedUnits.get(keyOf(fire)) ?? 0;
      const units = Math.min(portion.quantity, firedUnits - returned);
      if (units <= 0 || done.has(`${portion.reversalId}|${fire.ingredientId}`)) continue;
      const taken = -fire.delta;
      const amount =
        shareOf(taken, returned + units, firedUnits) - shareOf(taken, returned, firedUnits);
      returnedUnits.set(keyOf(fire), returned + units);
      done.add(`${portion.reversalId}|${fire.ingredientId}`);
      planned.push({ fire, reversalId: portion.reversalId, units, amount });
    }
  }
  return planned;
}
