import type { DeepPartialMessages } from '../messageTypes';
import type { importExport as zh } from '../zh-CN/importExport';

export const importExport: DeepPartialMessages<typeof zh> = {};
