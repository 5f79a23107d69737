import type { DeepPartialMessages } from '../messageTypes';
import type { projects as zh } from '../zh-CN/projects';

export const projects: DeepPartialMessages<typeof zh> = {};
