import type { DeepPartialMessages } from '../messageTypes';
import type { setup as zh } from '../zh-CN/setup';

export const setup: DeepPartialMessages<typeof zh> = {
  title: 'Welcome to Station Ledger',
  intro:
    'First, tell us about this station. Once saved you can register volunteers, teams and activities. Everything except the station code can be changed later in Settings.',
  sections: {
    station: 'This station',
    hierarchy: 'Where it belongs',
    contact: 'Contact',
    services: 'Public services',
    selfCheck: '“Five haves” self-check',
  },
  fields: {
    name: 'Station name',
    code: 'Station code',
    demonstration: 'Demonstration site',
    city: 'City',
    county: 'County / district',
    center: 'Practice center',
    institute: 'Practice institute (township / street)',
    contactName: 'Contact person',
    contactPhone: 'Contact phone',
    address: 'Address',
    services: 'Free services offered here',
    otherServices: 'Other services',
  },
  placeholders: {
    name: 'e.g. Xingfuli Community Practice Station',
    code: 'e.g. JN-LX-001',
    city: 'Optional, e.g. Jinan',
    county: 'e.g. Lixia District',
    center: 'e.g. Lixia District Practice Center',
    institute: 'e.g. Yaojia Street Practice Institute',
    contactName: 'Station keeper’s name',
    contactPhone: 'Mobile, or landline with area code',
    address: 'e.g. Ground floor, Xingfuli community centre',
    otherServices: 'e.g. reading glasses, blood-pressure meter',
  },
  help: {
    code: 'Issued by the city administrator; it identifies every record of this station and cannot be changed after saving. No code yet? Ask the city administrator first.',
    codeLocked: 'The station code cannot be changed; if it is wrong, contact the city administrator.',
    demonstration: 'Turn on if the station is a named demonstration site',
  },
  yes: 'Yes',
  no: 'No',
  selfCheck: {
    intro: 'Check each of site, team, activities, projects and mechanism: tick what the station has and note the details for inspections.',
    ok: 'In place',
    noteLabel: '{{item}}: details',
    notePlaceholders: {
      site: 'e.g. village committee ground floor, 120 m², sign up',
      team: 'e.g. 3 teams: party members, women, youth',
      activities: 'e.g. monthly talks, free clinics, performances',
      projects: 'e.g. “Sunset Glow” elderly care project',
      mechanism: 'e.g. duty rota, order-and-dispatch, service points',
    },
  },
  submit: 'Save and start',
  saved: 'Station profile saved.',
};
