import type { RouteContract } from '@brigade/contracts';
import { authRoutes } from './auth.routes';
import { floorRoutes } from './floor.routes';
import { liveRoutes } from './live.routes';
import { managementRoutes } from './management.routes';
import { menuRoutes } from './menu.routes';
import { orderRoutes } from './orders.routes';
import { stockRoutes } from './stock.routes';

/** Every route orders serves: its OpenAPI document, and the table tests run over. */
export const allRoutes: RouteContract[] = [
  ...authRoutes,
  ...managementRoutes,
  ...menuRoutes,
  ...floorRoutes,
  ...orderRoutes,
  ...stockRoutes,
  ...liveRoutes,
];
