import { getResponse, type RequestHandler } from 'msw';

/** Rejects with the signal's reason once it aborts. */
function abortable<T>(promise: Promise<T>, signals: (AbortSignal | null | undefined)[]): Promise<T> {
  const active = signals.filter((s): s is AbortSignal => !!s);
  const aborted = active.find((s) => s.aborted);
  if (aborted) return Promise.reject(aborted.reason);
  if (active.length === 0) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (event: Event): void => {
      cleanup();
      reject((event.target as AbortSignal).reason);
    };
    const cleanup = (): void => {
      for (const s of active) s.removeEventListener('abort', onAbort);
    };
    for (const s of active) s.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        cleanup();
        resolve(value);
      },
      (error: unknown) => {
        cleanup();
        reject(error);
      },
    );
  });
}

/**
 * A `fetch` that answers from msw `handlers` in the page itself: no service worker, no server. It rejects on abort
 * as fetch does, answers 404 where no handler matches, and turns `HttpResponse.error()` into fetch's network error.
 */
export function inPageFetch(handlers: readonly RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const inputSignal = input instanceof Request ? input.signal : null;
    const request = new Request(input, init);
    const response = await abortable(getResponse([...handlers], request), [init?.signal, inputSignal]);
    if (!response) return new Response(null, { status: 404, statusText: 'Not Found' });
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}
