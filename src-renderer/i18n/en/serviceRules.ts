import type { DeepPartialMessages } from '../messageTypes';
import type { serviceRules as zh } from '../zh-CN/serviceRules';

export const serviceRules: DeepPartialMessages<typeof zh> = {
  requests: {
    state: {
      pending: 'To dispatch',
      dispatched: 'Dispatched',
      accepted: 'Accepted',
      done: 'Done',
      rated: 'Rated',
      refused: 'Refused',
      cancelled: 'Cancelled',
    },
    action: {
      dispatch: 'Dispatch',
      accept: 'Accept',
      refuse: 'Refuse',
      cancel: 'Cancel',
      reassign: 'Reassign',
      close: 'Close',
      rate: 'Rate',
    },
    refusal: {
      notAllowed: 'This request is “$t(serviceRules.requests.state.{{state}})”: “$t(serviceRules.requests.action.{{action}})” is not possible now',
      badContext: 'The time or the person of this step is missing; please try again',
      noAssignee: 'Choose the team or the volunteers who will take it',
      reasonRequired: 'Please give a reason',
      activityRequired: 'Link the activity that served this request, or create one from it',
      doneDateInvalid: 'The linked activity’s date is not valid; check the activity',
      doneBeforeReceived: 'The linked activity on {{date}} is before the request was received ({{receivedDate}}): check that it is the right activity',
      ratingInvalid: 'Choose a rating from 1 to 5 stars',
    },
    overdue: 'Overdue',
    figures: {
      line: '{{received}} received, {{done}} done, {{rate}}% satisfied',
      lineUnrated: '{{received}} received, {{done}} done, none rated yet',
    },
  },
  duty: {
    review: {
      missingSignOut: 'Did not sign out: counted to the end of the shift',
      signOutNotAfterSignIn: 'Signed out no later than signing in: no hours counted',
      invalidTime: 'A sign-in, sign-out or shift time is not valid: no hours counted',
      noOverlap: 'Signed in and out outside the shift: no hours counted',
      outsideShift: 'Time outside the shift is not counted; change the shift times if it should be',
      duplicateSignIn: 'Signed in more than once on this shift: counted from the first sign-in to the last sign-out',
      cutByDailyLimit: 'Activities and duty that day add up to more than 24 hours: this shift counts {{credited}} hours',
    },
    problem: {
      needed: 'People needed must be a whole number from 1 to {{max}}',
      duplicateSignUp: 'The same volunteer signed up twice for this shift',
    },
  },
  honours: {
    kind: {
      excellentVolunteer: 'Excellent volunteer',
      excellentOrganisation: 'Excellent volunteer organisation',
      excellentProject: 'Excellent volunteer project',
      excellentCommunity: 'Excellent volunteer community',
      moralModel: 'Moral model',
      goodPerson: 'Good person',
      civilisedFamily: 'Civilised family',
    },
    link: {
      volunteer: 'volunteer',
      team: 'team (organisation)',
      project: 'project',
      family: 'family',
      community: 'community (village)',
    },
    level: {
      national: 'National',
      provincial: 'Provincial',
      city: 'City',
      county: 'County',
    },
    linkNotAllowed: '“$t(serviceRules.honours.kind.{{kind}})” cannot be linked to a $t(serviceRules.honours.link.{{link}})',
    stars: {
      level0: 'No star yet',
      level1: '1-star volunteer',
      level2: '2-star volunteer',
      level3: '3-star volunteer',
      level4: '4-star volunteer',
      level5: '5-star volunteer',
      toNext: '{{hours}} more hours to become a $t(serviceRules.honours.stars.level{{stars}})',
      top: 'Highest star level',
    },
  },
};
