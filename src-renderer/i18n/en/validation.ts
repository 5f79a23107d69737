import type { DeepPartialMessages } from '../messageTypes';
import type { validation as zh } from '../zh-CN/validation';

export const validation: DeepPartialMessages<typeof zh> = {
  required: 'This field is required',
  tooLong: 'Too long; please shorten it',
  invalid: 'Not valid; please check it',
  idNumber: {
    length: 'An ID number has 18 characters; please check it and type it again',
    format: 'The first 17 characters of an ID number are digits and the last is a digit or X; please check it',
    region: 'The first two digits are not a valid province code; please check the first digits',
    birthDate: 'The birth date inside the ID number (digits 7 to 14) is not valid; please check it',
    checksum: 'The check character (last character) of the ID number is wrong; please check every digit',
    birthDateMismatch: 'The birth date does not match the ID number (which says {{birthDate}})',
    genderMismatch: 'The gender does not match the ID number (17th digit odd = male, even = female)',
  },
  phone: {
    invalid: 'Not a valid phone number: enter an 11-digit mobile number or a landline with its area code (e.g. 0531-88888888)',
  },
  hours: {
    invalid: 'Service hours must be a multiple of 0.5 and at most 24',
    dailyOverflow: '{{name}} would have {{total}} service hours on {{date}}, over the limit of 24 per day; please adjust',
  },
  time: {
    invalid: 'Enter a time as HH:mm, e.g. 09:30',
    endBeforeStart: 'The end time must be after the start time (activities cannot cross midnight)',
  },
  date: {
    invalid: 'Not a valid date: enter a real date as YYYY-MM-DD, e.g. 2024-03-05',
    endBeforeStart: 'The end date cannot be before the start date',
  },
  activity: {
    tooManyParticipants: 'At most 500 volunteers per activity; record multi-day duty posts as shifts',
    duplicateParticipant: 'The same volunteer is listed twice; remove the duplicate row',
    servedCount: 'People served must be 0 or a whole number',
  },
  honours: {
    year: 'The year must be four digits, e.g. 2024',
    link: 'This kind of honour cannot be linked to what you chose; choose another link',
    dateYear: 'The award date is not in the year given; check the year or the date',
  },
  station: {
    code: 'The station code may contain letters, digits, _ and - only; use the code the city issued',
    codeLocked: 'The station code cannot change once set; ask the city administrator if it is wrong',
  },
  typedDate: {
    format: '"{{text}}" is not a date we can read: type e.g. 2026-11-20, 2026/11/20, 20261120 or 2026年11月20日 (four-digit year first)',
    noSuchDay: '"{{text}}": there is no such day; check the month and day',
    yearRange: '"{{text}}": the year must be between 1900 and 2100',
  },
  typedTime: {
    format: '"{{text}}" is not a time we can read: type e.g. 09:30, 0930 or 9点30',
    outOfRange: '"{{text}}" is not a time of day: hours 0–23, minutes 0–59 (activities cannot cross midnight)',
  },
  typedPeriod: {
    format: '"{{text}}" cannot be read',
    format_month: '"{{text}}" is not a month we can read: type e.g. 2026-11, 2026/11, 202611 or 2026年11月 (four-digit year first)',
    format_year: '"{{text}}" is not a year we can read: type four digits, e.g. 2026',
    noSuchMonth: '"{{text}}": the month must be 1 to 12',
    yearRange: '"{{text}}": the year must be between 1900 and 2100',
  },
  typedHours: {
    empty: '{{name}}: service hours are empty or 0; enter at least 0.5',
    unreadable: '{{name}}: "{{text}}" is not a number of hours; enter e.g. 2 or 2.5',
    notHalfHour: '{{name}}: {{hours}} hours is not a multiple of 0.5; enter e.g. 2 or 2.5',
    overDay: '{{name}}: {{hours}} hours is more than a day (24 hours); please check',
    overSpanTitle: 'Service hours longer than the activity: save anyway?',
    overSpanLine: '{{name}}: {{hours}} hours (activity {{start}}–{{end}}, {{span}} hours)',
    overSpanHint: 'If they really prepared before or stayed after, choose "Save anyway"; otherwise go back and correct it.',
    overSpanOk: 'Save anyway',
    overSpanCancel: 'Go back',
  },
};
