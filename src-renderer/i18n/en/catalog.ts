import type { DeepPartialMessages } from '../messageTypes';
import type { catalog as zh } from '../zh-CN/catalog';

export const catalog: DeepPartialMessages<typeof zh> = {
  fields: {
    theory: 'Theory talks',
    science: 'Science education',
    customs: 'Civic customs',
    aid: 'Aid to the needy',
    ecology: 'Environment',
    health: 'Health',
    tutoring: 'Tutoring',
    legal: 'Legal aid',
    safety: 'Public safety',
    counselling: 'Counselling',
  },
  political: {
    cpc_member: 'CPC member',
    cpc_probationary: 'CPC probationary member',
    cyl_member: 'CYL member',
    democratic_party: 'Democratic party member',
    masses: 'Non-party',
  },
  gender: { male: 'Male', female: 'Female' },
  idType: {
    resident_id: 'Resident ID card',
    hk_macao_permit: 'HK/Macao permit',
    taiwan_permit: 'Taiwan permit',
    passport: 'Passport',
    other: 'Other',
  },
  servedGroups: {
    elderly_alone: 'Elderly living alone',
    elderly: 'Elderly',
    children: 'Children',
    left_behind_children: 'Left-behind children',
    disabled: 'Disabled people',
    veterans: 'Veterans',
    needy_families: 'Families in need',
    residents: 'Residents',
  },
  projectStatus: { planned: 'Planned', running: 'Running', finished: 'Finished' },
};
