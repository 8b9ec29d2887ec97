/** The 14 EU allergens (Regulation 1169/2011) as a German kitchen reads them. */
export const ALLERGEN_LABELS: Readonly<Record<string, string>> = {
  gluten: 'Gluten',
  crustaceans: 'Krebstiere',
  eggs: 'Eier',
  fish: 'Fisch',
  peanuts: 'Erdnüsse',
  soybeans: 'Soja',
  milk: 'Milch',
  nuts: 'Schalenfrüchte',
  celery: 'Sellerie',
  mustard: 'Senf',
  sesame: 'Sesam',
  sulphites: 'Sulfite',
  lupin: 'Lupinen',
  molluscs: 'Weichtiere',
};

/** An allergen code as printed; an unknown one as it came. */
export const allergenLabel = (code: string): string => ALLERGEN_LABELS[code] ?? code;
