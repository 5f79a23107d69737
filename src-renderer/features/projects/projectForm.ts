import type { Dayjs } from 'dayjs';
import type { ProjectStatus } from '../../domain/catalog';
import type { ProjectDoc, ProjectInput } from '../../domain/entities/project';

export interface ProjectFormValues {
  name: string;
  field: string | undefined;
  /** '' when no team runs it. */
  ownerTeamId: string;
  /** 'YYYY-MM-DD', '' when empty, or refused text the field's rule reports (DateInput). */
  startDate: string;
  endDate: string;
  status: ProjectStatus;
  brand: string;
  awards: string;
  description: string;
}

export type ProjectFormDraft = Partial<ProjectFormValues>;

/** A new project starts today and is running: the usual reason to register one. */
export function newProjectForm(today: Dayjs): ProjectFormValues {
  return {
    name: '',
    field: undefined,
    ownerTeamId: '',
    startDate: today.format('YYYY-MM-DD'),
    endDate: '',
    status: 'running',
    brand: '',
    awards: '',
    description: '',
  };
}

export function projectFormFromDoc(doc: ProjectDoc): ProjectFormValues {
  return {
    name: doc.name,
    field: doc.field,
    ownerTeamId: doc.ownerTeamId,
    startDate: doc.startDate,
    endDate: doc.endDate,
    status: doc.status,
    brand: doc.brand,
    awards: doc.awards,
    description: doc.description,
  };
}

const text = (value: string | undefined) => (value ?? '').trim();

/** What the repository takes; a status left empty goes as '' so the schema's own "required" message shows. */
export type ProjectInputDraft = Omit<ProjectInput, 'status'> & { status: ProjectStatus | '' };

export function toProjectInput(draft: ProjectFormDraft): ProjectInputDraft {
  return {
    name: text(draft.name),
    field: draft.field ?? '',
    ownerTeamId: draft.ownerTeamId ?? '',
    startDate: draft.startDate ?? '',
    endDate: draft.endDate ?? '',
    status: draft.status ?? '',
    brand: text(draft.brand),
    awards: text(draft.awards),
    description: text(draft.description),
  };
}

/** "2023-03-05 ~ 2024-12-31", or "2023-03-05 ~ " + the word for ongoing when there is no end. */
export function projectPeriod(startDate: string, endDate: string, ongoing: string): string {
  return `${startDate} ~ ${endDate || ongoing}`;
}
