import { bootService } from '@brigade/service';
import { createPosAdapterApp } from './app';
import { posAdapterConfig } from './config';

bootService('pos-adapter', posAdapterConfig, (config, log) =>
  createPosAdapterApp(config, log).start(),
);
