import { UnauthenticatedError } from '@brigade/core';
import { hashApiKey } from '@brigade/http';
import type { NextFunction, Request, Response } from 'express';
import { screenActor } from '../domain/kds/station-access';
import type { KitchenDeps } from '../domain/ports';

const QUERY_KEY = /([?&])screen_key=([^&#]*)&?/;

/**
 * A station's screen signs in with its screen key: `X-Screen-Key`, or `?screen_key=` for
 * EventSource (cut from the URL at once, so no log carries it). It then acts as kitchen
 * staff of its own station only. Without a key, the staff token check that follows applies.
 */
export function acceptScreenKeys(deps: KitchenDeps) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    let key = req.header('x-screen-key');
    const inQuery = QUERY_KEY.exec(req.url);
    if (inQuery) {
      key ??= decodeURIComponent(inQuery[2]!);
      req.url = req.url.replace(QUERY_KEY, '$1').replace(/[?&]$/, '');
      req.originalUrl = req.originalUrl.replace(QUERY_KEY, '$1').replace(/[?&]$/, '');
    }
    if (!key) return next();
    const station = await deps.stations.findByScreenKeyHash(hashApiKey(key));
    if (!station) throw new UnauthenticatedError('The screen key is not valid');
    res.locals.actor = screenActor(station);
    next();
  };
}
