import { bootService } from '@brigade/service';
import { createKitchenApp } from './app';
import { kitchenConfig } from './config';

bootService('kitchen', kitchenConfig, (config, log) => createKitchenApp(config, log).start());
