import { bootService } from '@brigade/service';
import { createBillingApp } from './app';
import { billingConfig } from './config';

bootService('billing', billingConfig, (config, log) => createBillingApp(config, log).start());
