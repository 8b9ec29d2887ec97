import { baseConfig } from '@brigade/service';

export const deliveryAdapterConfig = baseConfig('delivery-adapter', 3005);
