import type { BillPaidV1 } from '@brigade/contracts';

/** One item as a Liefersoft-style register takes it: euros as decimals, tax by type and rate. */
export interface PosItem {
  itemCode: string;
  name: string;
  quantity: number;
  /** Per unit, in euros. */
  price: number;
  initialPrice: number;
  itemType: 'MAIN_DISH' | 'DISCOUNT' | 'FEE';
  taxData: { type: 'NORMAL' | 'REDUCED' | 'NONE'; rate: number };
  remark: string | null;
  items: PosItem[];
}

/** The order body pushed to the register (without `orderId`, which is the push's key). */
export interface PosOrderPayload {
  orderType: 'DINE_IN' | 'PICKUP' | 'DELIVERY';
  platformName: 'Brigade';
  /** Our receipt number: bill number / year. */
  receiptNumber: string;
  orderNumber: number | null;
  tableName: string | null;
  payed: true;
  paymentMethod: 'ONLINE' | 'CASH' | 'CARD' | 'MIXED';
  payments: Array<{ method: 'ONLINE' | 'CASH' | 'CARD'; amount: number; tip: number }>;
  totalPrice: number;
  totalDiscount: number;
  tips: number;
  items: PosItem[];
}

const euros = (minor: number) => Math.round(minor) / 100;
// A marketplace's guest paid online, at the marketplace.
const METHOD = { mollie: 'ONLINE', cash: 'CASH', card: 'CARD', marketplace: 'ONLINE' } as const;
const TYPE = { dine_in: 'DINE_IN', take_out: 'PICKUP', delivery: 'DELIVERY' } as const;

/** German VAT: 19 % normal, 7 % reduced (food in house since 2026), 0 none. */
const taxData = (rateBps: number): PosItem['taxData'] => ({
  type: rateBps === 0 ? 'NONE' : rateBps < 1_500 ? 'REDUCED' : 'NORMAL',
  rate: rateBps / 100,
});

/**
 * The register's view of a paid bill. A line split into a share of a unit (half a
 * pizza) goes as one item at its share's price, named with the share, since registers
 * count whole units.
 */
export function posOrderOf(bill: BillPaidV1['payload']): PosOrderPayload {
  const items: PosItem[] = bill.lines.map((line) => {
    const whole = Number.isInteger(line.quantity);
    const quantity = whole ? line.quantity : 1;
    const price = euros(line.amount.amountMinor / quantity);
    return {
      itemCode: line.productId,
      name: whole ? line.name : `${line.name} (${+line.quantity.toFixed(3)})`,
      quantity,
      price,
      initialPrice: price,
      itemType: 'MAIN_DISH',
      taxData: taxData(line.taxRateBps),
      remark: line.modifiers.length > 0 ? line.modifiers.join(', ') : null,
      items: [],
    };
  });
  const rates = bill.taxes.map((t) => t.rateBps);
  const mainRate = rates.length > 0 ? Math.max(...rates) : 1_900;
  if (bill.serviceCharge && bill.serviceCharge.amountMinor > 0) {
    const price = euros(bill.serviceCharge.amountMinor);
    items.push({
      itemCode: 'service-charge',
      name: 'Servicepauschale',
      quantity: 1,
      price,
      initialPrice: price,
      itemType: 'FEE',
      taxData: taxData(mainRate),
      remark: null,
      items: [],
    });
  }
  const methods = new Set(bill.payments.map((p) => METHOD[p.method]));
  return {
    orderType: bill.orderType ? TYPE[bill.orderType] : 'DINE_IN',
    platformName: 'Brigade',
    receiptNumber: `${bill.number}/${bill.year}`,
    orderNumber: bill.orderNumber,
    tableName: bill.tableLabel,
    payed: true,
    paymentMethod: methods.size === 1 ? [...methods][0]! : methods.size === 0 ? 'ONLINE' : 'MIXED',
    payments: bill.payments.map((p) => ({
      method: METHOD[p.method],
      amount: euros(p.amount.amountMinor),
      tip: euros(p.tip.amountMinor),
    })),
    totalPrice: euros(bill.total.amountMinor),
    totalDiscount: euros(bill.discount?.amountMinor ?? 0),
    tips: euros(bill.tips.amountMinor),
    items,
  };
}
