/**
 * The one gate every host puts in front of the services (IPC wrapper, browser shell): allow-listed
 * channel → zod-validated request → service → zod-validated reply → WireResult. Failures become an
 * error code and a controlled message; raw SqliteError / TypeError texts and stacks go to the log
 * only (RELIABILITY.md §B: "0 leaked SqliteError/TypeError").
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { EngineInputError } from '../../engine/errors';
import { InvalidValueError, NotFoundError } from '../../db/errors';
import { channels, type ChannelName } from '../contract/channels';
import type { WireError, WireResult } from '../contract/transport';
import { describeError, silentLogger, type Logger } from './log';
import type { Services, ServiceHandler } from './types';

/** Own keys only: `__proto__`, `toString`, `constructor` are not channels. */
export function isChannelName(channel: unknown): channel is ChannelName {
  return typeof channel === 'string' && Object.hasOwn(channels, channel);
}

/** ['constraints', 'requires', 0, 1] → 'constraints.requires[0][1]' (the CLI's field style). */
export function formatFieldPath(pathParts: readonly PropertyKey[]): string {
  let out = '';
  for (const part of pathParts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The first zod issue as a field and one bilingual line. */
export function zodIssueToWire(error: z.ZodError): WireError {
  const issue = error.issues[0];
  const field = issue ? formatFieldPath(issue.path) : '';
  const detail = issue?.message ?? 'invalid value';
  const where = field === '' ? '' : `${field}: `;
  return {
    code: 'invalid-request',
    message: `请求无效 / Invalid request — ${where}${detail}`,
    ...(field === '' ? {} : { field }),
  };
}

function failure<K extends ChannelName>(error: WireError): WireResult<K> {
  return { ok: false, error };
}

/** Maps a thrown value to the caller's view; anything unexpected is logged under a reference id. */
export function errorToWire(error: unknown, channel: string, log: Logger): WireError {
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof InvalidValueError || error instanceof EngineInputError) {
    // Both carry a message we wrote ourselves, naming the field: safe and useful to show.
    return { code: 'invalid-request', message: error.message, field: error.field };
  }
  const ref = randomBytes(4).toString('hex');
  log.error('service-failed', { channel, ref, ...describeError(error) });
  return {
    code: 'internal',
    message: `内部错误（参考号 ${ref}），详情已写入日志 / Internal error (ref ${ref}); details are in the log`,
  };
}

export async function dispatch(
  services: Services,
  channel: unknown,
  payload: unknown,
  log: Logger = silentLogger,
): Promise<WireResult<ChannelName>> {
  if (!isChannelName(channel)) {
    return failure({ code: 'forbidden', message: '未知的通道 / Unknown channel' });
  }
  const schema = channels[channel];
  const parsed = schema.request.safeParse(payload);
  if (!parsed.success) return failure(zodIssueToWire(parsed.error));

  let value: unknown;
  try {
    // The mapped Services type pairs each channel with its handler; TS cannot follow the
    // correlation through the `channel` union, hence the one widening here.
    const handler = services[channel] as ServiceHandler<ChannelName>;
    value = await handler(parsed.data as never);
  } catch (error) {
    return failure(errorToWire(error, channel, log));
  }

  // A reply that breaks the contract is our bug, not the caller's: never ship it half-valid.
  const reply = schema.response.safeParse(value);
  if (!reply.success) {
    return failure(
      errorToWire(
        new Error(`reply of ${channel} broke the contract: ${reply.error.message}`),
        channel,
        log,
      ),
    );
  }
  return { ok: true, value: reply.data } as WireResult<ChannelName>;
}
