import type { DeepPartialMessages } from '../messageTypes';
import type { settings as zh } from '../zh-CN/settings';

export const settings: DeepPartialMessages<typeof zh> = {};
