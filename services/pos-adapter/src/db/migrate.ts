import { migrateMain } from '@brigade/service';
import { posAdapterConfig } from '../config';
import { entities, migrations } from './data-source';

migrateMain('pos-adapter', posAdapterConfig, { entities, migrations });
