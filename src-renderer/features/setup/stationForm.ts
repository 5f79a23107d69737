import { FIVE_HAVES, STATION_SERVICES, type FiveHave, type StationService } from '../../domain/catalog';
import type { StationDoc, StationInput } from '../../domain/entities/station';

export interface SelfCheckValue {
  ok: boolean;
  note: string;
}

/** The station profile as the antd form holds it; item names equal the domain field names. */
export interface StationFormValues {
  code: string;
  name: string;
  city: string;
  county: string;
  center: string;
  institute: string;
  contactName: string;
  contactPhone: string;
  address: string;
  services: string[];
  otherServices: string;
  demonstration: boolean;
  selfCheck: Record<FiveHave, SelfCheckValue>;
}

/** antd leaves fields the keeper never touched undefined, and nested groups may be missing entirely. */
export type StationFormDraft = Partial<Omit<StationFormValues, 'selfCheck'>> & {
  selfCheck?: Partial<Record<FiveHave, Partial<SelfCheckValue> | undefined>>;
};

/** The free services the station standard names (drinking water, reading, rest, copying): most stations have them. */
export const DEFAULT_SERVICES: readonly StationService[] = ['water', 'reading', 'rest', 'copying'];

function emptySelfCheck(): Record<FiveHave, SelfCheckValue> {
  return Object.fromEntries(FIVE_HAVES.map((k) => [k, { ok: false, note: '' }])) as Record<FiveHave, SelfCheckValue>;
}

export function newStationForm(): StationFormValues {
  return {
    code: '',
    name: '',
    city: '',
    county: '',
    center: '',
    institute: '',
    contactName: '',
    contactPhone: '',
    address: '',
    services: [...DEFAULT_SERVICES],
    otherServices: '',
    demonstration: false,
    selfCheck: emptySelfCheck(),
  };
}

export function stationFormFromDoc(doc: StationDoc): StationFormValues {
  const selfCheck = emptySelfCheck();
  for (const key of FIVE_HAVES) selfCheck[key] = { ok: doc.selfCheck[key].ok, note: doc.selfCheck[key].note };
  return {
    code: doc.code,
    name: doc.name,
    city: doc.city,
    county: doc.county,
    center: doc.center,
    institute: doc.institute,
    contactName: doc.contactName,
    contactPhone: doc.contactPhone,
    address: doc.address,
    services: [...doc.services],
    otherServices: doc.otherServices,
    demonstration: doc.demonstration,
    selfCheck,
  };
}

const text = (value: string | undefined): string => (value ?? '').trim();

/**
 * What the form holds → what `setUpStation` / `station.save` take. Every field is present so the
 * repository's rules (required, lengths, phone) judge what was typed rather than a missing key.
 * Services are kept in catalogue order, once each.
 */
export function toStationInput(draft: StationFormDraft): StationInput {
  const chosen = new Set(draft.services ?? []);
  const selfCheck = emptySelfCheck();
  for (const key of FIVE_HAVES) {
    const item = draft.selfCheck?.[key];
    selfCheck[key] = { ok: item?.ok === true, note: text(item?.note) };
  }
  return {
    code: text(draft.code),
    name: text(draft.name),
    city: text(draft.city),
    county: text(draft.county),
    center: text(draft.center),
    institute: text(draft.institute),
    contactName: text(draft.contactName),
    contactPhone: text(draft.contactPhone),
    address: text(draft.address),
    services: STATION_SERVICES.filter((s) => chosen.has(s)),
    otherServices: text(draft.otherServices),
    demonstration: draft.demonstration === true,
    selfCheck,
  };
}

/** How many of the 五有 the station reports having, for the home screen and settings. */
export function selfCheckScore(selfCheck: Record<FiveHave, { ok: boolean }>): { have: number; total: number; missing: FiveHave[] } {
  const missing = FIVE_HAVES.filter((k) => !selfCheck[k].ok);
  return { have: FIVE_HAVES.length - missing.length, total: FIVE_HAVES.length, missing };
}

/** 'selfCheck.site.note' → the antd name path of that field; null for anything else. */
export function selfCheckFieldPath(field: string): ['selfCheck', FiveHave, 'ok' | 'note'] | null {
  const [group, item, part, ...rest] = field.split('.');
  if (group !== 'selfCheck' || rest.length > 0) return null;
  const key = FIVE_HAVES.find((k) => k === item);
  if (key === undefined || (part !== 'ok' && part !== 'note')) return null;
  return ['selfCheck', key, part];
}
