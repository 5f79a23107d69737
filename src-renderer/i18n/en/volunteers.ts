import type { DeepPartialMessages } from '../messageTypes';
import type { volunteers as zh } from '../zh-CN/volunteers';

export const volunteers: DeepPartialMessages<typeof zh> = {};
