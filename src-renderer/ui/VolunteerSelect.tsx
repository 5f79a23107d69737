import { Select } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerDoc } from '../domain/entities/volunteer';
import { normalizeIdNumber } from '../domain/idNumber';
import { maskPhone } from '../domain/phone';
import { matchesVolunteerQuery, type SearchableVolunteer } from '../domain/pinyin';
import { useVolunteersInNameOrder } from './volunteersInNameOrder';

export interface VolunteerOption {
  value: string;
  label: string;
  volunteer: SearchableVolunteer;
  inactive: boolean;
}

type PickableVolunteer = SearchableVolunteer & { id: string; active: boolean };

/**
 * What tells two 张三 apart in a picker without showing personal data: the masked phone, or the last
 * four characters of the ID number when there is no phone.
 */
export function volunteerHint(v: { phone: string; idNumber: string }): string {
  if (v.phone.trim() !== '') return maskPhone(v.phone);
  const id = normalizeIdNumber(v.idNumber);
  return id.length > 4 ? `****${id.slice(-4)}` : '';
}

/**
 * Active volunteers, in the order given (the repository sorts by pinyin), plus any inactive one already
 * chosen so that an old leader or member still shows by name instead of as a raw id.
 */
export function volunteerOptions(volunteers: readonly PickableVolunteer[], selected: readonly string[]): VolunteerOption[] {
  const keep = new Set(selected);
  return volunteers
    .filter((v) => v.active || keep.has(v.id))
    .map((v) => {
      const hint = volunteerHint(v);
      return { value: v.id, label: hint ? `${v.name} ${hint}` : v.name, volunteer: v, inactive: !v.active };
    });
}

interface CommonProps {
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
  /** Pass the list when the screen already has it; otherwise the picker subscribes itself. */
  volunteers?: readonly VolunteerDoc[];
}
interface SingleProps extends CommonProps {
  mode?: undefined;
  /** '' means nobody chosen. */
  value?: string;
  onChange?: (value: string) => void;
}
interface MultipleProps extends CommonProps {
  mode: 'multiple';
  value?: string[];
  onChange?: (value: string[]) => void;
}
export type VolunteerSelectProps = SingleProps | MultipleProps;

/** One shared empty selection, so that "nothing chosen" does not rebuild 2,000 options on every render. */
const NONE: readonly string[] = [];

function SubscribedVolunteerSelect(props: VolunteerSelectProps) {
  const volunteers = useVolunteersInNameOrder();
  return <VolunteerPicker {...props} volunteers={volunteers} loading={volunteers === undefined} />;
}

function VolunteerPicker(props: VolunteerSelectProps & { loading: boolean }) {
  const { t } = useTranslation();
  const { volunteers, loading, id, placeholder, allowClear, disabled, autoFocus, style } = props;
  const selected = useMemo(() => (props.mode === 'multiple' ? (props.value ?? NONE) : props.value ? [props.value] : NONE), [props.mode, props.value]);
  const options = useMemo(() => volunteerOptions(volunteers ?? [], selected), [volunteers, selected]);

  const common = {
    id,
    placeholder: placeholder ?? t('teams.picker.placeholder'),
    allowClear: allowClear ?? true,
    disabled,
    autoFocus,
    loading,
    style: { width: '100%', ...style },
    'data-testid': props['data-testid'],
    options,
    showSearch: { filterOption: (input: string, option?: VolunteerOption) => (option ? matchesVolunteerQuery(option.volunteer, input) : false) },
    notFoundContent: t('teams.picker.notFound'),
    optionRender: (option: { data: VolunteerOption }) =>
      option.data.inactive ? `${option.data.label} ${t('teams.picker.inactive')}` : option.data.label,
  };

  if (props.mode === 'multiple') {
    const { onChange } = props;
    return <Select<string[], VolunteerOption> {...common} mode="multiple" value={props.value ?? []} onChange={(v) => onChange?.(v)} />;
  }
  const { onChange } = props;
  return (
    <Select<string, VolunteerOption>
      {...common}
      value={props.value ? props.value : undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? '')}
    />
  );
}

/**
 * Picks one volunteer (a team leader) or several (members) among the active ones. Typing searches the
 * name, its pinyin or initials (`zs` finds 张三), phone digits or the ID number's tail.
 */
export function VolunteerSelect(props: VolunteerSelectProps) {
  if (props.volunteers) return <VolunteerPicker {...props} loading={false} />;
  return <SubscribedVolunteerSelect {...props} />;
}
