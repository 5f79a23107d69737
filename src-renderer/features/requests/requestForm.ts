import type { RequestUrgency, RequestDoc } from '../../records/request/shape';

/** The 登记需求 form as antd holds it; dates stay 'YYYY-MM-DD' text (DateInput), '' when empty. */
export interface RequestFormValues {
  residentName: string;
  villageGroup: string;
  phone: string;
  need: string;
  /** undefined while no field is chosen. */
  field: string | undefined;
  urgency: RequestUrgency;
  receivedDate: string;
  wantedDate: string;
}

/** A new request: received today, normal urgency. */
export function newRequestForm(today: string): RequestFormValues {
  return { residentName: '', villageGroup: '', phone: '', need: '', field: undefined, urgency: 'normal', receivedDate: today, wantedDate: '' };
}

export function requestFormFromDoc(doc: RequestDoc): RequestFormValues {
  const { residentName, villageGroup, phone, need, field, urgency, receivedDate, wantedDate } = doc;
  return { residentName, villageGroup, phone, need, field, urgency, receivedDate, wantedDate };
}

/** What the repository receives: a field not chosen becomes '' so it is refused on its own box. */
export function toRequestInput(values: RequestFormValues): Record<string, string> {
  return { ...values, field: values.field ?? '' };
}
