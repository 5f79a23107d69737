import type { DeepPartialMessages } from '../messageTypes';
import type { conflicts as zh } from '../zh-CN/conflicts';

export const conflicts: DeepPartialMessages<typeof zh> = {
  title: 'Sync conflicts',
  help: 'When two PCs changed the same record before syncing, the later change is kept for now and the other version is stored here — nothing is lost. Decide which version to keep, or merge them field by field.',
  empty: 'No conflicts to review.',
  back: 'Back to sync',
  backToList: 'Back to conflicts',
  columns: { record: 'Record', kind: 'What happened', when: 'Found' },
  kind: { 'edit-edit': 'Changed on two PCs', 'delete-edit': 'Deleted on one PC, changed on another' },
  review: {
    title: 'Conflict: {{record}}',
    field: 'Field',
    current: 'Current version',
    other: 'Other version',
    deleted: 'Deleted',
    gone: '(record no longer exists)',
    currentBy: 'changed {{time}} by {{device}}',
    onlyDifferences: 'Only the fields that differ are listed. Choose a side for each, then "Merge as chosen".',
    noDifferences: 'Both versions have the same content; keep the current one.',
    keepCurrent: 'Keep current version',
    keepOther: 'Use the other version',
    keepDeletion: 'Delete, as the other PC did',
    merge: 'Merge as chosen',
    done: 'Done; this conflict is closed.',
    failed: 'Could not save: {{reason}}',
    mergeInvalid: 'The merged record breaks a rule: {{reason}}. Choose differently.',
    notFound: 'This conflict no longer exists (maybe handled on another PC).',
  },
  values: { yes: 'Yes', no: 'No', empty: '(empty)' },
};
