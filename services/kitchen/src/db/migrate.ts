import { migrateMain } from '@brigade/service';
import { kitchenConfig } from '../config';
import { entities, migrations } from './data-source';

migrateMain('kitchen', kitchenConfig, { entities, migrations });
