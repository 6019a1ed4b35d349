/** Told of each query's text (never its values: they may name people) and how long it took. */
export type QueryObserver = (text: string, ms: number) => void;

interface Queryable {
  query(...args: unknown[]): unknown;
}
const timed = new WeakSet<object>();

/**
 * Time the queries asked of a node-postgres pool (`pool.query`) or of one of its connections
 * (transactions). Only calls answered with a promise are timed: the pool itself calls its
 * connections with callbacks, so nothing is counted twice, and a stream (COPY) is left
 * untimed — its length is the file's.
 */
export function timeQueries(target: object, observer: () => QueryObserver | undefined): void {
  if (timed.has(target)) return;
  timed.add(target);
  const queryable = target as Queryable;
  const query = queryable.query.bind(queryable);
  queryable.query = (...args: unknown[]) => {
    const started = performance.now();
    const result = query(...args);
    const observe = observer();
    if (observe && result instanceof Promise) {
      const first = args[0];
      const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
      result.then(
        () => observe(text, performance.now() - started),
        () => observe(text, performance.now() - started),
      );
    }
    return result;
  };
}
