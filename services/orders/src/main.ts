import { bootService } from '@brigade/service';
import { createOrdersApp } from './app';
import { ordersConfig } from './config';

bootService('orders', ordersConfig, (config, log) => createOrdersApp(config, log).start());
