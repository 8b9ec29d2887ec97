import { baseConfig } from '@brigade/service';

export const kitchenConfig = baseConfig('kitchen', 3003);
