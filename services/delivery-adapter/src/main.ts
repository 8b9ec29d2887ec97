import { bootService } from '@brigade/service';
import { createDeliveryAdapterApp } from './app';
import { deliveryAdapterConfig } from './config';

bootService('delivery-adapter', deliveryAdapterConfig, (config, log) =>
  createDeliveryAdapterApp(config, log).start(),
);
