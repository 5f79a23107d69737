import type { DeepPartialMessages } from '../messageTypes';
import type { conflicts as zh } from '../zh-CN/conflicts';

export const conflicts: DeepPartialMessages<typeof zh> = {};
