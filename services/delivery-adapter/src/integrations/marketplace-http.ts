import { AppError, UnavailableError } from '@brigade/core';

/**
 * A call to a marketplace API: 5xx, 429, timeouts and network errors are retryable
 * (`UnavailableError`), other 4xx final. A URL outside the marketplace's API (a resource
 * link in a webhook) is refused before any request: the adapter only calls whom it knows.
 */
export async function callMarketplace<T>(
  apiUrl: string,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: unknown; timeoutMs: number },
): Promise<T> {
  if (!url.startsWith(`${apiUrl.replace(/\/$/, '')}/`)) {
    throw new AppError('foreign-resource', 422, `${url} is not on ${apiUrl}`, { retryable: false });
  }
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method,
      headers: {
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(init.timeoutMs),
    });
  } catch (err) {
    throw new UnavailableError(`${init.method} ${url}: ${(err as Error).message}`, err);
  }
  const text = await res.text();
  if (res.status >= 500 || res.status === 429)
    throw new UnavailableError(`${init.method} ${url}: HTTP ${res.status}`);
  if (res.status >= 400) {
    throw new AppError(
      'marketplace-refused',
      502,
      `${init.method} ${url}: HTTP ${res.status} ${text.slice(0, 200)}`,
      {
        retryable: false,
      },
    );
  }
  return (text ? JSON.parse(text) : null) as T;
}
