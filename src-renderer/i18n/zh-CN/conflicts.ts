export const conflicts = {} as const;
