import { RuleViolationError } from '@brigade/core';

/** A line of an order as a split needs it. */
export interface SplitLine {
  lineId: string;
  /** What the line is charged: 0 once comped; cancelled lines are left out before. */
  chargedMinor: number;
  taxRateBps: number;
  seat: number | null;
  course: number | null;
}

/** How an order's charged lines are shared between its bills. */
export type SplitPlan =
  | { kind: 'whole' }
  /** Each bill takes whole lines; every line on exactly one bill. */
  | { kind: 'items'; bills: string[][] }
  /** A bill per seat; lines without a seat are shared equally by all seats. */
  | { kind: 'seats' }
  | { kind: 'equal'; count: number }
  /** Shares in basis points, adding up to 10 000. */
  | { kind: 'percent'; bps: number[] }
  /** A bill per course; lines without a course on one more bill. */
  | { kind: 'courses' }
  /**
   * Per line, how many parts go to each bill (units of it, or shares of one bottle):
   * `{ lineId, parts: [1, 1] }` shares a bottle between bills 0 and 1. Lines not named go
   * to `rest` (a bill index).
   */
  | {
      kind: 'quantities';
      bills: number;
      lines: { lineId: string; parts: number[] }[];
      rest: number;
    };

/** For each line, its weight on each bill; the bills are `labels` long. */
export interface SplitWeights {
  labels: string[];
  weights: Map<string, number[]>;
}

const invalid = (field: string, message: string) =>
  new RuleViolationError('split-invalid', 'This split does not fit the order', [
    { field, message },
  ]);

/** The weights a plan gives every line, or a 422 naming what does not fit. */
export function weightsOf(lines: readonly SplitLine[], plan: SplitPlan): SplitWeights {
  const each = (labels: string[], weightOf: (l: SplitLine) => number[]): SplitWeights => ({
    labels,
    weights: new Map(lines.map((l) => [l.lineId, weightOf(l)])),
  });
  switch (plan.kind) {
    case 'whole':
      return each(['all'], () => [1]);
    case 'equal':
      return each(
        Array.from({ length: plan.count }, (_, i) => `${i + 1}/${plan.count}`),
        () => Array.from({ length: plan.count }, () => 1),
      );
    case 'percent': {
      if (plan.bps.reduce((s, b) => s + b, 0) !== 10_000) {
        throw invalid('bps', 'the shares must add up to 10000 (100 %)');
      }
      return each(
        plan.bps.map((b) => `${b / 100} %`),
        () => plan.bps.slice(),
      );
    }
    case 'items':
      return byItems(lines, plan.bills);
    case 'seats':
      return byKey(lines, (l) => l.seat, 'seat', true);
    case 'courses':
      return byKey(lines, (l) => l.course, 'course', false);
    case 'quantities':
      return byQuantities(lines, plan);
  }
}

function byItems(lines: readonly SplitLine[], bills: string[][]): SplitWeights {
  const billOf = new Map<string, number>();
  bills.forEach((ids, b) =>
    ids.forEach((id, i) => {
      if (!lines.some((l) => l.lineId === id)) {
        throw invalid(`bills.${b}.${i}`, 'not a charged line of this order');
      }
      if (billOf.has(id)) throw invalid(`bills.${b}.${i}`, 'already on another bill');
      billOf.set(id, b);
    }),
  );
  const missing = lines.findIndex((l) => !billOf.has(l.lineId));
  if (missing >= 0) throw invalid('bills', `line ${lines[missing]!.lineId} is on no bill`);
  return {
    labels: bills.map((_, b) => `bill ${b + 1}`),
    weights: new Map(
      lines.map((l) => [l.lineId, bills.map((_, b) => (billOf.get(l.lineId) === b ? 1 : 0))]),
    ),
  };
}

/** A bill per value of `key`; lines without one shared by all (seats) or on their own bill. */
function byKey(
  lines: readonly SplitLine[],
  key: (l: SplitLine) => number | null,
  name: string,
  shareUnkeyed: boolean,
): SplitWeights {
  const values = [...new Set(lines.map(key).filter((v): v is number => v !== null))].sort(
    (a, b) => a - b,
  );
  if (values.length === 0) throw invalid('kind', `no line has a ${name}`);
  const unkeyed = lines.some((l) => key(l) === null) && !shareUnkeyed;
  const labels = [...values.map((v) => `${name} ${v}`), ...(unkeyed ? [`no ${name}`] : [])];
  return {
    labels,
    weights: new Map(
      lines.map((l) => {
        const v = key(l);
        if (v === null && shareUnkeyed) return [l.lineId, values.map(() => 1)];
        const at = v === null ? values.length : values.indexOf(v);
        return [l.lineId, labels.map((_, b) => (b === at ? 1 : 0))];
      }),
    ),
  };
}

function byQuantities(
  lines: readonly SplitLine[],
  plan: Extract<SplitPlan, { kind: 'quantities' }>,
): SplitWeights {
  if (plan.rest < 0 || plan.rest >= plan.bills) throw invalid('rest', 'not one of the bills');
  const named = new Map<string, number[]>();
  plan.lines.forEach((entry, i) => {
    if (!lines.some((l) => l.lineId === entry.lineId)) {
      throw invalid(`lines.${i}.lineId`, 'not a charged line of this order');
    }
    if (named.has(entry.lineId)) throw invalid(`lines.${i}.lineId`, 'named twice');
    if (entry.parts.length !== plan.bills || entry.parts.every((p) => p === 0)) {
      throw invalid(`lines.${i}.parts`, `give ${plan.bills} parts, at least one above 0`);
    }
    named.set(entry.lineId, entry.parts);
  });
  return {
    labels: Array.from({ length: plan.bills }, (_, b) => `bill ${b + 1}`),
    weights: new Map(
      lines.map((l) => [
        l.lineId,
        named.get(l.lineId) ??
          Array.from({ length: plan.bills }, (_, b) => (b === plan.rest ? 1 : 0)),
      ]),
    ),
  };
}
