import type { DeepPartialMessages } from '../messageTypes';
import type { setup as zh } from '../zh-CN/setup';

export const setup: DeepPartialMessages<typeof zh> = {};
