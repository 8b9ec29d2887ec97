import type { RouteContract } from '@brigade/contracts';
import { AppError, newId, runWithContext, type Logger } from '@brigade/core';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { withoutQueryToken } from './sse/query-token';
import { mountHealth, type ReadinessChecks } from './health';
import { measureRequests, mountMetrics } from './metrics';
import { buildOpenApi, mountDocs, type DocumentedEvents } from './openapi';
import { toProblem } from './problem';

export interface HttpAppOptions {
  title: string;
  log: Logger;
  readiness: ReadinessChecks;
  /** Readiness checks whose failure degrades the service without taking it out of rotation. */
  degradedOnly?: readonly string[];
  /** The contracts of the routes `mount` adds; they make the OpenAPI document. */
  routes: readonly RouteContract[];
  mount: (router: Router) => void;
  bodyLimit?: string;
  events?: DocumentedEvents;
}

const CORRELATION_ID = /^[\w.:-]{1,100}$/;

/**
 * An express app with what every service needs: request context and correlation id,
 * logs, metrics, health, docs, JSON body limits, and problem+json for every error.
 */
export function createHttpApp(options: HttpAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const open = express.Router();
  mountHealth(open, options.readiness, { degradedOnly: options.degradedOnly });
  mountMetrics(open);
  mountDocs(open, buildOpenApi(options.title, options.routes, options.events));
  app.use(open);

  app.use(helmet());
  app.use(measureRequests);
  app.use(withRequestContext);
  app.use(
    pinoHttp({
      logger: options.log,
      genReqId: (req) => (req as Request).res?.locals.requestId ?? newId(),
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      serializers: {
        // Never a staff token an EventSource had to carry in the query string.
        req: (req: { method: string; url: string }) => ({
          method: req.method,
          url: withoutQueryToken(req.url),
        }),
      },
    }),
  );
  const formPaths = new Set(options.routes.filter((r) => r.bodyType === 'form').map((r) => r.path));
  const signedPaths = options.routes.filter((r) => r.bodyType === 'signed').map((r) => r.path);
  if (signedPaths.length > 0) {
    // Before any parser: a signature is over the bytes as sent, whatever they contain.
    app.use(signedPaths, express.raw({ type: () => true, limit: options.bodyLimit ?? '1mb' }));
  }
  app.use(requireJson(formPaths));
  app.use(
    express.json({
      limit: options.bodyLimit ?? '100kb',
      type: ['application/json', 'application/*+json'],
    }),
  );
  if (formPaths.size > 0) {
    app.use([...formPaths], express.urlencoded({ extended: false, limit: '10kb' }));
  }

  const api = express.Router();
  options.mount(api);
  app.use(api);
  app.use((req, _res, next) =>
    next(new AppError('not-found', 404, `No route ${req.method} ${req.path}`)),
  );
  app.use(problemHandler(options.log));
  return app;
}

function withRequestContext(req: Request, res: Response, next: NextFunction): void {
  const requestId = newId();
  const header = req.header('x-correlation-id');
  const correlationId = header && CORRELATION_ID.test(header) ? header : requestId;
  res.locals.requestId = requestId;
  res.set('X-Correlation-Id', correlationId);
  runWithContext({ requestId, correlationId }, () => next());
}

/** JSON only, except on the routes that take a provider's URL-encoded form. */
function requireJson(formPaths: ReadonlySet<string>) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const hasBody =
      Number(req.headers['content-length'] ?? 0) > 0 ||
      req.headers['transfer-encoding'] !== undefined;
    if (!hasBody || Buffer.isBuffer(req.body)) return next();
    if (req.is(['application/json', 'application/*+json'])) return next();
    if (formPaths.has(req.path) && req.is('application/x-www-form-urlencoded')) return next();
    const expected = formPaths.has(req.path)
      ? 'application/x-www-form-urlencoded'
      : 'application/json';
    next(new AppError('unsupported-media-type', 415, `Send the body as ${expected}`));
  };
}

function problemHandler(log: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const parserError = err as { type?: string; status?: number };
    let error = err;
    if (parserError.type === 'entity.parse.failed') {
      error = new AppError('invalid-json', 400, 'The body is not valid JSON');
    } else if (parserError.type === 'entity.too.large') {
      error = new AppError(
        'payload-too-large',
        413,
        'The body is larger than this endpoint accepts',
      );
    }
    if (!(error instanceof AppError) || error.status >= 500) log.error({ err }, 'request failed');
    const correlationId = String(res.getHeader('X-Correlation-Id') ?? '') || undefined;
    const problem = toProblem(error, req.originalUrl, correlationId);
    if (problem.status === 409 || problem.status === 503) res.set('Retry-After', '1');
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  };
}
