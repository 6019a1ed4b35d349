import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CHANGE_CHANNELS, type FollowChanges } from '../db/change-signals.ts';

interface Entry {
  body: string;
  etag: string;
  type: string;
}

/**
 * What the public pages and the open data answer, kept in memory until data changes: any
 * audited write, committed by any process, clears it (app.ts follows CHANGE_CHANNELS.data),
 * not a timer — so a publication or a new dossier shows at once. A reply carries a strong
 * ETag and `Cache-Control: public, no-cache`: a portal polling with If-None-Match gets a bodiless
 * 304 until something changed. Keys are the route's validated parameters, and only answers
 * (not errors) are kept, so the cache holds at most one entry per published thing and format.
 */
export function createPublicCache(followChanges?: FollowChanges) {
  const entries = new Map<string, Entry>();
  let generation = 0;
  const invalidate = () => {
    generation++;
    entries.clear();
  };
  // Until the process follows the changes (or if it cannot), nothing is kept: every answer is made afresh.
  let keeping = false;
  followChanges?.(CHANGE_CHANNELS.data, invalidate).then(
    () => void (keeping = true),
    () => void (keeping = false),
  );

  return {
    invalidate,

    /**
     * The process that made a write drops its answers as it answers it, before the notification of
     * the commit comes back round (the other processes drop theirs when it reaches them).
     */
    dropOnWrites(app: FastifyInstance): void {
      app.addHook('onSend', async (request, reply, payload) => {
        if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) invalidate();
        return payload;
      });
    },

    async send(request: FastifyRequest, reply: FastifyReply, key: string, type: string, produce: () => Promise<string>): Promise<FastifyReply> {
      let entry = entries.get(key);
      if (!entry) {
        // A change committed while this was being made leaves it unkept: the next reader makes it again.
        const started = generation;
        const body = await produce();
        entry = { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
        if (keeping && started === generation) entries.set(key, entry);
      }
      reply.header('etag', entry.etag).header('cache-control', 'public, no-cache');
      if (request.headers['if-none-match'] === entry.etag) return reply.code(304).send();
      return reply.type(entry.type).send(entry.body);
    },

    get size() {
      return entries.size;
    },
  };
}

export type PublicCache = ReturnType<typeof createPublicCache>;
