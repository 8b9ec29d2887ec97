import { commonProblems, PROBLEM_BASE, type Problem } from '@brigade/contracts';
import { AppError } from '@brigade/core';

function titleOf(type: string, fallback: string): string {
  return (commonProblems as Record<string, { title: string }>)[type]?.title ?? fallback;
}

/** Maps any error to RFC 9457 problem details; unknown errors become an opaque 500. */
export function toProblem(err: unknown, instance?: string, correlationId?: string): Problem {
  if (err instanceof AppError) {
    return {
      type: PROBLEM_BASE + err.type,
      title: titleOf(err.type, err.message),
      status: err.status,
      detail: err.message,
      instance,
      fields: err.fields,
      correlationId,
    };
  }
  return {
    type: PROBLEM_BASE + 'internal',
    title: commonProblems.internal.title,
    status: 500,
    instance,
    correlationId,
  };
}
