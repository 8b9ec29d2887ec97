import type { RouteContract } from '@brigade/contracts';
import { ValidationError, type FieldIssue } from '@brigade/core';
import type { Request } from 'express';
import type { z } from 'zod';

export interface RouteInput<R extends RouteContract> {
  body: R['request']['body'] extends z.ZodType ? z.infer<R['request']['body']> : undefined;
  query: R['request']['query'] extends z.ZodType ? z.infer<R['request']['query']> : undefined;
  params: R['request']['params'] extends z.ZodType ? z.infer<R['request']['params']> : undefined;
}

function issuesOf(where: string, error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [where, ...issue.path.map(String)].filter(Boolean).join('.') || 'body',
    message: issue.message,
  }));
}

/** Parses params, query and body with the route's schemas; every bad field is named. */
export function parseRequest<R extends RouteContract>(route: R, req: Request): RouteInput<R> {
  const issues: FieldIssue[] = [];
  const parse = (
    where: 'params' | 'query' | 'body',
    schema: z.ZodType | undefined,
    value: unknown,
  ) => {
    if (!schema) return undefined;
    const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
    if (result.success) return result.data;
    issues.push(...issuesOf(where === 'body' ? '' : where, result.error));
    return undefined;
  };
  const input = {
    params: parse('params', route.request.params, req.params),
    query: parse('query', route.request.query, req.query),
    // A signed body stays bytes: its handler checks the signature, then parses.
    body: route.bodyType === 'signed' ? req.body : parse('body', route.request.body, req.body),
  };
  if (issues.length > 0) throw new ValidationError(issues);
  return input as RouteInput<R>;
}
