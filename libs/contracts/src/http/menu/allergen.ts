import { z } from 'zod';

/** The 14 allergens EU law (Regulation 1169/2011, Annex II) requires a menu to declare. */
export const Allergen = z
  .enum([
    'gluten',
    'crustaceans',
    'eggs',
    'fish',
    'peanuts',
    'soybeans',
    'milk',
    'nuts',
    'celery',
    'mustard',
    'sesame',
    'sulphites',
    'lupin',
    'molluscs',
  ])
  .meta({ id: 'Allergen' });
export type Allergen = z.infer<typeof Allergen>;
