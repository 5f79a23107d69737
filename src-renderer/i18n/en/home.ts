import type { DeepPartialMessages } from '../messageTypes';
import type { home as zh } from '../zh-CN/home';

export const home: DeepPartialMessages<typeof zh> = {
  title: 'Overview',
  month: 'This month (month {{month}})',
  year: '{{year}}',
  notices: { title: 'Notices from the city', more: 'more' },
  actions: { newActivity: 'Record activity' },
  figures: {
    sessions: 'Sessions',
    hours: 'Volunteer hours',
    volunteersActive: 'Volunteers taking part',
    served: 'People served',
    servedUnit: 'people',
  },
  registry: {
    title: 'Registered',
    volunteers: 'Registered volunteers (active)',
    teams: 'Teams',
    teamsUnit: 'teams',
    projects: 'Projects',
    projectsUnit: 'projects',
  },
  byField: {
    title: '{{year}} by service field',
    field: 'Service field',
    sessions: 'Sessions',
    hours: 'Hours',
    served: 'People served',
    empty: 'No activities recorded this year yet',
  },
  firstSteps: {
    title: 'Getting started: three steps',
    intro: 'Do these in order; the overview then shows the station’s sessions, hours and more.',
    done: 'Done',
    volunteers: {
      title: 'Register volunteers',
      description: 'Enter the station’s volunteers one by one, or import them from a spreadsheet.',
      action: 'Register a volunteer',
    },
    teams: {
      title: 'Set up a team',
      description: 'Form teams by service field with a leader and members.',
      action: 'Set up a team',
    },
    activities: {
      title: 'Record an activity',
      description: 'For each activity, record who took part and their hours.',
      action: 'Record an activity',
    },
  },
  selfCheck: {
    title: '“Five haves” self-check',
    edit: 'Edit',
    score: '{{have}} of {{total}} in place',
    missing: 'Work on the missing items; update the self-check in Settings when things change.',
  },
};
