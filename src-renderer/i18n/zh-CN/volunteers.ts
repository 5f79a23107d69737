export const volunteers = {} as const;
