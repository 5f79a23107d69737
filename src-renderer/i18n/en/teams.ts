import type { DeepPartialMessages } from '../messageTypes';
import type { teams as zh } from '../zh-CN/teams';

export const teams: DeepPartialMessages<typeof zh> = {
  fields: {
    name: 'Team name',
    field: 'Service field',
    leader: 'Leader',
    members: 'Members',
    foundedDate: 'Founded',
    description: 'About the team',
  },
  list: {
    title: 'Volunteer teams',
    new: 'New team',
    searchPlaceholder: 'Search by name or pinyin initials',
    memberCount: 'Members',
    noLeader: 'Not named',
    actions: 'Actions',
    empty: 'No teams yet. Set up teams by service field with a leader and members, then record activities by team.',
    noMatch: 'No team matches',
  },
  form: {
    newTitle: 'New volunteer team',
    editTitle: 'Edit volunteer team',
    namePlaceholder: 'e.g. Party Members Vanguard Team',
    fieldPlaceholder: 'Choose a service field',
    datePlaceholder: 'Pick a date',
    leaderPlaceholder: 'Type a name or pinyin initials',
    leaderHelp: 'The leader is counted as a member.',
    membersPlaceholder: 'Type a name, initials or the last phone digits; several allowed',
    membersHelp: 'Only active volunteers are listed; namesakes show their phone’s last four digits.',
    membersHelpWithLeader:
      'Only active volunteers are listed; namesakes show their phone’s last four digits. The leader is added as a member on save.',
    descriptionPlaceholder: 'What the team does, when it meets, how to reach it',
    saved: 'Saved {{name, quoted}}: {{added}} joined, {{removed}} left.',
    backToList: 'Back to list',
  },
  members: {
    title: 'Members ({{count}})',
    name: 'Name',
    gender: 'Gender',
    phone: 'Mobile',
    political: 'Political status',
    skills: 'Skills',
    leader: 'Leader',
    inactive: 'Inactive',
    empty: 'This team has no members yet. Click Edit to add some.',
  },
  delete: {
    membersKept: 'Only the team is deleted: its members’ volunteer records and hours are kept.',
  },
  picker: {
    placeholder: 'Type a name or pinyin initials',
    notFound: 'No such volunteer (inactive volunteers are not listed)',
    inactive: '(inactive)',
  },
};
