import type { DeepPartialMessages } from '../messageTypes';
import type { home as zh } from '../zh-CN/home';

export const home: DeepPartialMessages<typeof zh> = {};
