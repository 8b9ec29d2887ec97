/** A fired line whose recipe is deducted; `field` names it in a block error (`lines.0`). */
export interface StockLine {
  lineId: string;
  productId: string;
  quantity: number;
  field: string;
}

export interface StockContext {
  tenantId: string;
  locationId: string;
  orderId: string;
  policy: 'block' | 'alert';
}

/** Recipe-level stock, changed inside the caller's transaction. */
export interface StockPort {
  /**
   * Deducts the recipes of fired lines. `block`: throws a 422 naming the lines when an
   * ingredient would go negative (the caller's transaction rolls back); `alert`: allows it.
   * Crossing a threshold adds `stock.low.v1` to the outbox.
   */
  deductForFire(ctx: StockContext, lines: StockLine[]): Promise<void>;
  /** Puts back what these lines took; a line is reversed at most once. */
  reverse(
    ctx: Omit<StockContext, 'policy'>,
    lineIds: string[],
    reason: 'void' | 'cancel',
  ): Promise<void>;
}
