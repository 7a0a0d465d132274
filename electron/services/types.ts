import type { z } from 'zod';
import type { ChannelName, Channels, Response } from '../../contract/channels';

/** A request after zod parsing (defaults applied): what a service receives. */
export type ParsedRequest<K extends ChannelName> = z.output<Channels[K]['request']>;

export type ServiceHandler<K extends ChannelName> = (
  request: ParsedRequest<K>,
) => Response<K> | Promise<Response<K>>;

/** One handler per contract channel; a missing channel is a compile error in createServices. */
export type Services = { [K in ChannelName]: ServiceHandler<K> };
