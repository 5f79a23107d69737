import { Select, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { maskPhone } from '../../domain/phone';
import { findCandidates, firstIsClear } from '../activities/participantSearch';
import { AmongMatchesHint } from '../activities/AmongMatchesHint';

interface Props {
  volunteers: readonly VolunteerDoc[] | undefined;
  /** Shown greyed and not offered (already signed up). */
  excludedIds?: ReadonlySet<string>;
  onPick: (volunteerId: string) => void;
  placeholder: string;
  /** What the option says beside the name (the person's sign-in state); the masked phone by default. */
  note?: (volunteer: VolunteerDoc) => ReactNode;
  autoFocus?: boolean;
  testId: string;
  disabled?: boolean;
}

const NOBODY: ReadonlySet<string> = new Set();

/**
 * The activity form's participant search (name, pinyin or initials, phone, ID-number tail): the best match
 * comes first, so typing and Enter is one keystroke to confirm; the box empties and keeps focus.
 */
export function VolunteerFinder({ volunteers, excludedIds = NOBODY, onPick, placeholder, note, autoFocus, testId, disabled }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const typed = query.trim() !== '';
  // Nothing is offered before something is typed: the box empties after every pick, and building an option
  // for each of the station's thousands of people then (again at every sign-in) only held the desk's redraw back.
  const { options, clear } = useMemo(() => {
    if (!typed) return { options: [], clear: true };
    const candidates = findCandidates(volunteers ?? [], query, excludedIds);
    return {
      clear: firstIsClear(candidates, query),
      options: candidates.map(({ volunteer: v, added }) => ({
        value: v.id,
        disabled: added,
        label: (
          <span>
            {v.name} <Typography.Text type="secondary">{note ? note(v) : v.phone ? maskPhone(v.phone) : ''}</Typography.Text>
          </span>
        ),
      })),
    };
  }, [typed, volunteers, query, excludedIds, note]);
  return (
    <Select<string | null>
      data-testid={testId}
      value={null}
      autoFocus={autoFocus}
      disabled={disabled}
      placeholder={placeholder}
      showSearch={{ searchValue: query, onSearch: setQuery, filterOption: false }}
      options={options}
      defaultActiveFirstOption={clear}
      popupRender={(menu) => (clear ? menu : <AmongMatchesHint count={options.filter((o) => !o.disabled).length}>{menu}</AmongMatchesHint>)}
      loading={volunteers === undefined}
      notFoundContent={!typed ? null : t('duty.signIn.noMatch')}
      onSelect={(id: string | null) => {
        if (id) onPick(id);
        setQuery('');
      }}
      style={{ width: '100%' }}
      listHeight={288}
    />
  );
}
