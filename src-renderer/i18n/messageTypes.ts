/** English may lag behind Chinese: any key it lacks falls back to zh-CN. */
export type DeepPartialMessages<T> = {
  [K in keyof T]?: T[K] extends string ? string : DeepPartialMessages<T[K]>;
};

/** Chinese is the source of truth; its literal strings widen to string for other languages. */
export type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};
