import type { DeepPartialMessages } from '../messageTypes';
import type { projects as zh } from '../zh-CN/projects';

export const projects: DeepPartialMessages<typeof zh> = {
  fields: {
    name: 'Project name',
    field: 'Service field',
    ownerTeam: 'Owner team',
    startDate: 'Start date',
    endDate: 'End date',
    status: 'Status',
    brand: 'Brand',
    awards: 'Awards and listings',
    description: 'About the project',
  },
  list: {
    title: 'Practice projects',
    new: 'New project',
    searchPlaceholder: 'Search by name, pinyin initials or brand',
    period: 'Period',
    ongoing: 'ongoing',
    noTeam: 'Not named',
    actions: 'Actions',
    empty: 'No projects yet. Register long-running services (elderly care, tutoring) as projects so activities can be counted under them.',
    noMatch: 'No project matches',
  },
  form: {
    newTitle: 'New practice project',
    editTitle: 'Edit practice project',
    namePlaceholder: 'e.g. “Sunset Glow” elderly care',
    fieldPlaceholder: 'Choose a service field',
    teamPlaceholder: 'Choose the team that runs it',
    noTeams: 'No teams yet; set one up under Teams first',
    deletedTeam: '(team deleted)',
    datePlaceholder: 'Pick a date',
    endDateHelp: 'Leave empty for a long-running project.',
    brandPlaceholder: 'e.g. “Red Vests”',
    brandHelp: 'The name the project is known by, if any.',
    awardsPlaceholder: 'e.g. City excellent volunteer project 2023',
    descriptionPlaceholder: 'Who it serves, what it does, how, and with what results',
    saved: 'Saved {{name, quoted}}.',
    backToList: 'Back to list',
  },
  delete: {
    activitiesKept: 'Only the project is deleted: activities recorded under it are kept.',
  },
};
