/**
 * The ONLY place that registers IPC handlers (lint rule in eslint.config.js): one handler per
 * contract channel, each checking the sender frame before dispatch() validates the payload.
 * Handlers return a WireResult instead of throwing, because Electron forwards only an error's
 * message to the renderer and we want the code and field too.
 */
import { bilingual } from '../../contract/bilingual';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames, type ChannelName } from '../../contract/channels';
import type { WireResult } from '../../contract/transport';
import { dispatch } from '../services/dispatch';
import { silentLogger, type Logger } from '../services/log';
import type { Services } from '../services/types';
import { isTrustedSender } from './security-policy';

export type InvokeEventLike = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** The handler body, separate from ipcMain so the fuzz test can call it with fake events. */
export async function handleInvoke(
  services: Services,
  channel: ChannelName,
  event: InvokeEventLike,
  payload: unknown,
  log: Logger = silentLogger,
): Promise<WireResult<ChannelName>> {
  let trusted = false;
  try {
    trusted = isTrustedSender(event.senderFrame);
  } catch {
    // Reading senderFrame of a destroyed frame throws: such a sender is not trusted.
  }
  if (!trusted) {
    log.error('ipc-untrusted-sender', { channel });
    return {
      ok: false,
      error: { code: 'forbidden', message: bilingual('不受信任的发送方', 'Untrusted sender') },
    };
  }
  return dispatch(services, channel, payload, log);
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: Services,
  log: Logger,
): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      handleInvoke(services, channel, event, payload, log),
    );
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
}
