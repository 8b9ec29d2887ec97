import { z } from 'zod';

/** Where an order came from; kitchen screens and reports tell them apart. */
export const Channel = z.enum(['qr', 'pos', 'phone', 'kiosk', 'web', 'marketplace']);
export type Channel = z.infer<typeof Channel>;

/** How the guest eats: at a table, picked up, or delivered. */
export const OrderType = z.enum(['dine_in', 'take_out', 'delivery']);
export type OrderType = z.infer<typeof OrderType>;
