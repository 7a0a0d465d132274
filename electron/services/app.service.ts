import type { HostContext } from './context';
import { recoveryForWire } from './database-recovery';
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
      recovery: ctx.databaseRecovery ? recoveryForWire(ctx.databaseRecovery) : null,
      readOnly: ctx.databaseReadOnly ?? null,
    }),
    'app:ping': () => ({ ok: true as const }),
  };
}
