/**
 * The one gate every host puts in front of the services (IPC wrapper, browser shell): allow-listed
 * channel → zod-validated request → service → zod-validated reply → WireResult. Failures become an
 * error code and a controlled message; raw SqliteError / TypeError texts and stacks go to the log
 * only (docs/security.md: no SqliteError or TypeError text ever reaches the caller).
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { EngineInputError } from '../../engine/errors';
import { databaseProblem, InvalidValueError, NotFoundError } from '../../db/errors';
import { channels, type ChannelName } from '../../contract/channels';
import { clipText } from '../../contract/clip-text';
import { formatFieldPath } from '../../contract/field-path';
import type { WireError, WireResult } from '../../contract/transport';
import { describeError, silentLogger, type Logger } from './log';
import type { Services, ServiceHandler } from './types';
import { bilingual } from '../../contract/bilingual';

/** Own keys only: `__proto__`, `toString`, `constructor` are not channels. */
export function isChannelName(channel: unknown): channel is ChannelName {
  return typeof channel === 'string' && Object.hasOwn(channels, channel);
}

/** How many zod issues one error message spells out; the rest are only counted. */
export const MAX_REPORTED_ISSUES = 3;
/** zod's own messages are short, but a refine message could quote a value: bound them too. */
const MAX_ISSUE_MESSAGE_CHARS = 200;

/** One issue as text, with every caller-supplied key clipped (zod's message would quote them whole). */
function issueText(issue: z.core.$ZodIssue): string {
  const field = formatFieldPath(issue.path);
  const where = field === '' ? '' : `${field}: `;
  if (issue.code === 'unrecognized_keys') {
    const shown = issue.keys.slice(0, MAX_REPORTED_ISSUES).map((k) => `"${clipText(k)}"`);
    const more = issue.keys.length - shown.length;
    const rest = more > 0 ? `（${bilingual(`另有 ${more} 个`, `${more} more`)}）` : '';
    return bilingual(`${where}未知字段`, `unrecognized key(s): ${shown.join(', ')}${rest}`);
  }
  return `${where}${clipText(issue.message, MAX_ISSUE_MESSAGE_CHARS)}`;
}

/** The first few zod issues as one bilingual line; `field` names the first issue's field. */
export function zodIssueToWire(error: z.ZodError): WireError {
  const first = error.issues[0];
  const field = first ? formatFieldPath(first.path) : '';
  const shown = error.issues.slice(0, MAX_REPORTED_ISSUES).map(issueText);
  const more = error.issues.length - shown.length;
  const detail = shown.length > 0 ? shown.join('; ') : 'invalid value';
  const rest = more > 0 ? `（${bilingual(`另有 ${more} 处问题`, `${more} more issues`)}）` : '';
  return {
    code: 'invalid-request',
    message: bilingual('请求无效', `Invalid request — ${detail}${rest}`),
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
  const database = databaseProblem(error);
  // Busy, read-only, no permission: nothing was written and the planner can act on it.
  if (database) return { code: 'conflict', message: database.message };
  const ref = randomBytes(4).toString('hex');
  log.error('service-failed', { channel, ref, ...describeError(error) });
  return {
    code: 'internal',
    message: bilingual(
      `内部错误（参考号 ${ref}），详情已写入日志`,
      `Internal error (ref ${ref}); details are in the log`,
    ),
  };
}

export async function dispatch(
  services: Services,
  channel: unknown,
  payload: unknown,
  log: Logger = silentLogger,
): Promise<WireResult<ChannelName>> {
  if (!isChannelName(channel)) {
    return failure({ code: 'forbidden', message: bilingual('未知的通道', 'Unknown channel') });
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
