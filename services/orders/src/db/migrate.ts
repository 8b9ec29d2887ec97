import { migrateMain } from '@brigade/service';
import { ordersConfig } from '../config';
import { entities, migrations } from './data-source';

migrateMain('orders', ordersConfig, { entities, migrations });
