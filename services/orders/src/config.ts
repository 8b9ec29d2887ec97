import { baseConfig } from '@brigade/service';

/** orders reads only the platform's variables so far. */
export const ordersConfig = baseConfig('orders', 3001);
