/** Why a file cannot be added, each with its own message under `photos.input` (what is wrong, what to do). */
export type PhotoInputProblem = 'empty' | 'heic' | 'notSupported' | 'unreadable' | 'imageTooLarge' | 'tooManyPixels' | 'pdfTooLarge';

export class PhotoInputError extends Error {
  readonly problem: PhotoInputProblem;
  readonly fileName: string;
  /** Placeholders of the message (sizes in MB and megapixels, already rounded for the keeper). */
  readonly values: Record<string, string | number>;

  constructor(problem: PhotoInputProblem, fileName: string, values: Record<string, string | number> = {}) {
    super(`cannot add ${fileName}: ${problem}`);
    this.name = 'PhotoInputError';
    this.problem = problem;
    this.fileName = fileName;
    this.values = values;
  }

  /** The i18n key of the message, e.g. `photos.input.heic`. */
  get messageKey(): `photos.input.${PhotoInputProblem}` {
    return `photos.input.${this.problem}`;
  }
}

/** Bytes as megabytes with one decimal, as the messages show them. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
