import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import type { Logger } from '../logger.ts';
import { requestIdOf } from '../observability/request-scope.ts';
import { installAccessHooks } from './access-hooks.ts';
import { swaggerOptions } from './openapi.ts';
import { refuseUndescribedForms } from './uploads.ts';
import { installProblemHandler } from './problem.ts';
import type { ResolveCaller } from './request-context.ts';

export type App = FastifyInstance;

export interface HttpOptions {
  logger: Logger;
  version: string;
  resolveCaller: ResolveCaller;
  /** built web app (dist/web); absent in API-only tests */
  webRoot?: string;
  secureCookies: boolean;
  /** PUBLIC_URL: the OpenAPI document's server; absent: relative ("/") */
  publicUrl?: string;
  /** Fastify's trustProxy: false, a hop count, or the proxies' addresses/CIDRs (TRUST_PROXY) */
  trustProxy: false | number | string[];
}

/** The Fastify instance with everything every route relies on; features add their routes. */
export async function createHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    // Never `true`: X-Forwarded-For from anyone would let a client choose its own address.
    // A hop count N believes the N proxies nearest to us (proxy-addr's rule, as a function for the types).
    trustProxy: typeof options.trustProxy === 'number' ? trustHops(options.trustProxy) : options.trustProxy,
    bodyLimit: 5 * 1024 * 1024,
    // Ids unique across processes (the default counts from 1 in each), or nginx's when it sends one.
    genReqId: requestIdOf,
    requestIdHeader: false,
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installProblemHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine writes its theme variables into a <style> element.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 1 } });
  await app.register(swagger, swaggerOptions(options.version, options.publicUrl));
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  installAccessHooks(app, options.resolveCaller);
  refuseUndescribedForms(app);
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  if (options.webRoot && existsSync(join(options.webRoot, 'index.html'))) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: options.webRoot, wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && options.webRoot;
    // /s/{link} is a respondent's survey form: its own small page, not the app.
    const page = request.url.startsWith('/s/') ? 'survey.html' : 'index.html';
    if (wantsPage && existsSync(join(options.webRoot!, page))) return reply.sendFile(page);
    throw new AppError('not_found');
  });
  return app;
}

const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}
