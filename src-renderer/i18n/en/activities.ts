import type { DeepPartialMessages } from '../messageTypes';
import type { activities as zh } from '../zh-CN/activities';

export const activities: DeepPartialMessages<typeof zh> = {};
