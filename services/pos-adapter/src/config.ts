import { baseConfig } from '@brigade/service';

export const posAdapterConfig = baseConfig('pos-adapter', 3004);
