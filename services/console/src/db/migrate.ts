import { migrateMain } from '@brigade/service';
import { consoleConfig } from '../config';
import { entities, migrations } from './data-source';

migrateMain('console', consoleConfig, { entities, migrations });
