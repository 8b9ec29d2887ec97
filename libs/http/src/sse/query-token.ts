import { Router } from 'express';

// Staff tokens and kitchen screen keys: EventSource can carry credentials in the URL only.
const TOKEN_PARAM = /([?&])(access_token|screen_key)=[^&#]*&?/g;

/** `url` without its `access_token` query parameter: for logs and problem answers. */
export function withoutQueryToken(url: string): string {
  return url.replace(TOKEN_PARAM, '$1').replace(/[?&]$/, '');
}

/**
 * Browsers' EventSource cannot send an Authorization header. On `GET path` only, a staff
 * token in `?access_token=` counts as `Authorization: Bearer <token>` (a header sent too
 * wins); the parameter is cut from the URL so nothing after this point (problem answers,
 * logs) carries it. Mount it before `authenticate`.
 */
export function acceptQueryToken(path: string): Router {
  const router = Router();
  router.get(path, (req, _res, next) => {
    const query = req.url.indexOf('?');
    const token =
      query < 0 ? null : new URLSearchParams(req.url.slice(query + 1)).get('access_token');
    if (token !== null) {
      if (!req.headers.authorization) req.headers.authorization = `Bearer ${token}`;
      req.url = withoutQueryToken(req.url);
      req.originalUrl = withoutQueryToken(req.originalUrl);
    }
    next();
  });
  return router;
}
