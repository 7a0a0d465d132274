import type { HostContext } from './context';
import type { ServiceHandler } from './types';

/** app:info and app:ping: what the host is, and a liveness check. */
export function appServices(ctx: HostContext): {
  'app:info': ServiceHandler<'app:info'>;
  'app:ping': ServiceHandler<'app:ping'>;
} {
  return {
    'app:info': () => ({
      version: ctx.version,
      dataDir: ctx.dataDir,
      systemLocale: ctx.systemLocale,
      host: ctx.host,
    }),
    'app:ping': () => ({ ok: true as const }),
  };
}
