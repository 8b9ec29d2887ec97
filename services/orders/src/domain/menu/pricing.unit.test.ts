import { priceLines, type Product } from './pricing';

const schnitzel: Product = {
  id: 'p1',
  name: 'Schnitzel',
  priceMinor: 1450,
  currency: 'EUR',
  taxRateBps: 1900,
  available: true,
};
const soup: Product = {
  ...schnitzel,
  id: 'p2',
  name: 'Suppe',
  priceMinor: 590,
  available: false,
};
const menu = new Map([schnitzel, soup].map((p) => [p.id, p]));
let n = 0;
const ids = () => `l${++n}`;

describe('priceLines', () => {
  it('when the client sends lines, then prices them with the server price times quantity', () => {
    const [line] = priceLines([{ productId: 'p1', quantity: 3, notes: 'no lemon' }], menu, ids);

    expect(line).toMatchObject({
      name: 'Schnitzel',
      unitPriceMinor: 1450,
      totalMinor: 4350,
      taxRateBps: 1900,
      notes: 'no lemon',
    });
  });

  it('when a product is unknown, then names every bad line', () => {
    const act = () =>
      priceLines(
        [
          { productId: 'p1', quantity: 1 },
          { productId: 'nope', quantity: 1 },
        ],
        menu,
        ids,
      );

    expect(act).toThrow(
      expect.objectContaining({
        type: 'product-not-found',
        fields: [{ field: 'lines.1.productId', message: 'not on the menu' }],
      }),
    );
  });

  it('when a product is sold out, then answers product-unavailable', () => {
    expect(() => priceLines([{ productId: 'p2', quantity: 1 }], menu, ids)).toThrow(
      expect.objectContaining({ type: 'product-unavailable', status: 422 }),
    );
  });
});
