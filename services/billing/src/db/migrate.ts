import { migrateMain } from '@brigade/service';
import { billingConfig } from '../config';
import { entities, migrations } from './data-source';

migrateMain('billing', billingConfig, { entities, migrations });
