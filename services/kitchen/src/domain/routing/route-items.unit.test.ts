import type { RoutingRule, Station } from './station';
import { stationsForItem, type LocationRouting } from './route-items';

const ids = {
  burger: 'p-burger',
  salad: 'p-salad',
  cola: 'p-cola',
  soup: 'p-soup',
  mains: 'c-mains',
  drinks: 'c-drinks',
  fries: 'o-fries',
  terrace: 'a-terrace',
  hall: 'a-hall',
};

let n = 0;
const station = (code: string, extra: Partial<Station> = {}): Station => ({
  id: `s-${code}`,
  tenantId: 't',
  locationId: 'l',
  code,
  name: code,
  isDefault: false,
  receivesAll: false,
  health: 'unknown',
  lastSeenAt: null,
  createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, n++)),
  ...extra,
});
const rule = (code: string, match: Partial<RoutingRule>): RoutingRule => ({
  id: `r-${n++}`,
  tenantId: 't',
  locationId: 'l',
  stationId: `s-${code}`,
  productId: null,
  categoryId: null,
  modifierOptionId: null,
  diningAreaId: null,
  createdAt: new Date(),
  ...match,
});

const routing: LocationRouting = {
  stations: [
    station('kitchen', { isDefault: true }),
    station('grill'),
    station('cold'),
    station('bar'),
    station('terrace-bar'),
    station('fryer'),
    station('expo', { receivesAll: true }),
  ],
  rules: [
    rule('grill', { categoryId: ids.mains }),
    rule('cold', { productId: ids.salad }),
    rule('bar', { categoryId: ids.drinks }),
    rule('terrace-bar', { categoryId: ids.drinks, diningAreaId: ids.terrace }),
    rule('fryer', { modifierOptionId: ids.fries }),
    // The burger is a main, but its own rules win: the grill and the cold station (garnish).
    rule('grill', { productId: ids.burger }),
    rule('cold', { productId: ids.burger }),
    // Everything else ordered on the terrace is cooked in the hall's kitchen… except soup.
    rule('cold', { productId: ids.soup, diningAreaId: ids.terrace }),
  ],
};

describe('routing fired items to stations', () => {
  it.each([
    ['a product rule beats its category', ids.salad, ids.mains, [], ids.hall, ['cold', 'expo']],
    ['a category rule', 'p-steak', ids.mains, [], ids.hall, ['grill', 'expo']],
    [
      'two product rules send one item to two stations',
      ids.burger,
      ids.mains,
      [],
      null,
      ['grill', 'cold', 'expo'],
    ],
    [
      'a dining-area category rule beats the plain one there',
      ids.cola,
      ids.drinks,
      [],
      ids.terrace,
      ['terrace-bar', 'expo'],
    ],
    ['the plain category rule elsewhere', ids.cola, ids.drinks, [], ids.hall, ['bar', 'expo']],
    ['the plain category rule without a table', ids.cola, ids.drinks, [], null, ['bar', 'expo']],
    [
      'a dining-area product rule beats everything there',
      ids.soup,
      'c-starters',
      [],
      ids.terrace,
      ['cold', 'expo'],
    ],
    [
      'the dining-area product rule does not apply elsewhere: default',
      ids.soup,
      'c-starters',
      [],
      ids.hall,
      ['kitchen', 'expo'],
    ],
    ['no rule matches: the default', 'p-other', null, [], null, ['kitchen', 'expo']],
    [
      'a chosen modifier adds its station',
      'p-steak',
      ids.mains,
      [ids.fries],
      null,
      ['grill', 'fryer', 'expo'],
    ],
    [
      'a modifier rule adds to the default too',
      'p-other',
      null,
      [ids.fries, 'o-other'],
      null,
      ['kitchen', 'fryer', 'expo'],
    ],
  ])('%s', (_what, productId, categoryId, modifierOptionIds, area, expected) => {
    expect(stationsForItem({ productId, categoryId, modifierOptionIds }, area, routing)).toEqual(
      expected,
    );
  });

  it('an area-only rule takes what no product or category rule claims there', () => {
    const withArea: LocationRouting = {
      stations: routing.stations,
      rules: [...routing.rules, rule('terrace-bar', { diningAreaId: ids.terrace })],
    };
    const item = (productId: string, categoryId: string | null) => ({
      productId,
      categoryId,
      modifierOptionIds: [],
    });
    expect(stationsForItem(item('p-other', null), ids.terrace, withArea)).toEqual([
      'terrace-bar',
      'expo',
    ]);
    expect(stationsForItem(item('p-steak', ids.mains), ids.terrace, withArea)).toEqual([
      'grill',
      'expo',
    ]);
    expect(stationsForItem(item('p-other', null), ids.hall, withArea)).toEqual(['kitchen', 'expo']);
  });

  it('without a default flagged, the oldest cooking station takes the rest; without stations, nothing', () => {
    const stations = [station('expo2', { receivesAll: true }), station('hot'), station('cold2')];
    const item = { productId: 'p', categoryId: null, modifierOptionIds: [] };
    expect(stationsForItem(item, null, { stations, rules: [] })).toEqual(['hot', 'expo2']);
    expect(stationsForItem(item, null, { stations: [], rules: [] })).toEqual([]);
  });

  it('a rule whose station is gone is ignored', () => {
    const item = { productId: 'p-x', categoryId: null, modifierOptionIds: [] };
    const rules = [rule('removed', { productId: 'p-x' })];
    expect(stationsForItem(item, null, { stations: routing.stations, rules })).toEqual([
      'kitchen',
      'expo',
    ]);
  });
});
