import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { Problem, type AnyEventContract, type RouteContract } from '@brigade/contracts';
import type { Router } from 'express';
import swaggerUi from 'swagger-ui-express';
import { z } from 'zod';

const IdempotencyHeader = z.object({
  'Idempotency-Key': z
    .string()
    .max(255)
    .meta({ description: 'Unique per intended action; a replay returns the first answer' }),
});

/** Events a service publishes and consumes, for its documentation. */
export interface DocumentedEvents {
  publishes: readonly AnyEventContract[];
  consumes: readonly AnyEventContract[];
}

/**
 * The OpenAPI document of a service, generated from the same route contracts the router
 * validates with; the events it publishes and consumes appear as schemas named by type.
 */
export function buildOpenApi(
  title: string,
  routes: readonly RouteContract[],
  events: DocumentedEvents = { publishes: [], consumes: [] },
): object {
  const registry = new OpenAPIRegistry();
  // Event schemas carry `.meta({ id: type })`, which names them in components.
  const eventSchemas = [...new Set([...events.publishes, ...events.consumes])].map((e) => ({
    type: 'schema' as const,
    schema: e.schema,
  }));
  const problem = { 'application/problem+json': { schema: Problem } };
  for (const route of routes) {
    registry.registerPath({
      method: route.method,
      path: route.path.replace(/:(\w+)/g, '{$1}'),
      summary: route.summary,
      tags: [route.tag],
      request: {
        params: route.request.params,
        query: route.request.query,
        body: route.request.body
          ? { content: { [mediaTypeOf(route)]: { schema: route.request.body } } }
          : undefined,
        headers: route.idempotent ? IdempotencyHeader : undefined,
      },
      responses: {
        [route.response.status]: {
          description: route.response.description,
          content: { 'application/json': { schema: route.response.body } },
        },
        '4XX': {
          description: `Problem; ${[...route.problems, 'validation-failed'].join(', ')}`,
          content: problem,
        },
        '5XX': { description: 'Problem: internal or service-unavailable', content: problem },
      },
    });
  }
  return new OpenApiGeneratorV31([...registry.definitions, ...eventSchemas]).generateDocument({
    openapi: '3.1.0',
    info: {
      title,
      version: '1.0.0',
      description: [
        `Publishes: ${events.publishes.map((e) => `\`${e.type}\``).join(', ') || 'nothing yet'}.`,
        `Consumes: ${events.consumes.map((e) => `\`${e.type}\``).join(', ') || 'nothing yet'}.`,
        'Events travel on the `brigade.events` topic exchange with the type as routing key; their schemas are below.',
      ].join(' '),
    },
  });
}

/** `/openapi.json` and a docs page at `/docs`. */
export function mountDocs(router: Router, document: object): void {
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.use('/docs', swaggerUi.serve, swaggerUi.setup(document));
}

const mediaTypeOf = (route: RouteContract) =>
  route.bodyType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
