import { baseConfig } from '@brigade/service';

export const billingConfig = baseConfig('billing', 3002);
