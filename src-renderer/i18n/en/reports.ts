import type { DeepPartialMessages } from '../messageTypes';
import type { reports as zh } from '../zh-CN/reports';

export const reports: DeepPartialMessages<typeof zh> = {};
