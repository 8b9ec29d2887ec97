import { migrateMain } from '@brigade/service';
import { deliveryAdapterConfig } from '../config';
import { entities, migrations } from './data-source';

migrateMain('delivery-adapter', deliveryAdapterConfig, { entities, migrations });
