import type { DeepPartialMessages } from '../messageTypes';
import type { certificates as zh } from '../zh-CN/certificates';

export const certificates: DeepPartialMessages<typeof zh> = {};
