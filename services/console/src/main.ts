import { bootService } from '@brigade/service';
import { createConsoleApp } from './app';
import { consoleConfig } from './config';

bootService('console', consoleConfig, (config, log) => createConsoleApp(config, log).start());
