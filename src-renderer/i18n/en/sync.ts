import type { DeepPartialMessages } from '../messageTypes';
import type { sync as zh } from '../zh-CN/sync';

export const sync: DeepPartialMessages<typeof zh> = {};
