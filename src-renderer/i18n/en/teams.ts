import type { DeepPartialMessages } from '../messageTypes';
import type { teams as zh } from '../zh-CN/teams';

export const teams: DeepPartialMessages<typeof zh> = {};
