import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { maskPhone } from '../../domain/phone';
import { AmongMatchesHint } from './AmongMatchesHint';
import { findCandidates, firstIsClear } from './participantSearch';

interface Props {
  volunteers: readonly VolunteerDoc[] | undefined;
  addedIds: ReadonlySet<string>;
  onAdd: (volunteerId: string) => void;
}

/**
 * Finds a person among hundreds by name, pinyin or initials (`zs` → 张三) and adds them on Enter; the box
 * empties and keeps focus, so the next name can be typed at once. People already added stay visible
 * but greyed, so "not found" never means "already there".
 */
export function ParticipantPicker({ volunteers, addedIds, onAdd }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { options, clear } = useMemo(() => {
    const candidates = findCandidates(volunteers ?? [], query, addedIds);
    return {
      clear: firstIsClear(candidates, query),
      options: candidates.map(({ volunteer: v, added }) => ({
        value: v.id,
        disabled: added,
        label: (
          <span>
            {v.name}{' '}
            <Typography.Text type="secondary">{added ? t('activities.participants.added') : v.phone ? maskPhone(v.phone) : ''}</Typography.Text>
          </span>
        ),
      })),
    };
  }, [volunteers, query, addedIds, t]);
  return (
    <Select<string | null>
      id="activity_participantSearch"
      data-testid="participant-search"
      value={null}
      placeholder={t('activities.participants.searchPlaceholder')}
      showSearch={{ searchValue: query, onSearch: setQuery, filterOption: false }}
      options={options}
      defaultActiveFirstOption={clear}
      popupRender={(menu) => (clear || query.trim() === '' ? menu : <AmongMatchesHint count={options.filter((o) => !o.disabled).length}>{menu}</AmongMatchesHint>)}
      loading={volunteers === undefined}
      notFoundContent={t('activities.participants.noMatch')}
      onSelect={(id: string | null) => {
        if (id) onAdd(id);
        setQuery('');
      }}
      style={{ flex: 1, minWidth: 280 }}
      listHeight={288}
    />
  );
}
