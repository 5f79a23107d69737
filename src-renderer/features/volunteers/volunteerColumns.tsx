import { Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalog } from '../../ui/useCatalog';
import type { VolunteerRow } from './volunteerRows';
import { volunteerPath } from './paths';
import { VolunteerStatusTag } from './VolunteerStatusTag';

/** Skill tags shown in a row; the rest are counted ("+2") and listed in full on the volunteer's page. */
const SKILLS_SHOWN = 2;

/** Widths add up to fit the content area at 1366×768 beside the 184px menu. */
export const VOLUNTEER_TABLE_WIDTH = 1100;

export function useVolunteerColumns(): TableColumnsType<VolunteerRow> {
  const { t } = useTranslation();
  const catalog = useCatalog();
  return useMemo(
    (): TableColumnsType<VolunteerRow> => [
      {
        key: 'name',
        title: t('volunteers.fields.name'),
        width: 100,
        render: (_, v) => (
          <Link to={volunteerPath(v.id)} onClick={(e) => e.stopPropagation()}>
            {v.name}
          </Link>
        ),
      },
      { key: 'gender', title: t('volunteers.fields.gender'), width: 56, render: (_, v) => catalog.gender.label(v.gender) },
      {
        key: 'age',
        title: t('volunteers.fields.age'),
        width: 64,
        render: (_, v) => (v.age === null ? '' : t('volunteers.ageValue', { age: v.age })),
      },
      { key: 'idNumber', title: t('volunteers.fields.idNumber'), width: 172, dataIndex: 'maskedIdNumber' },
      { key: 'phone', title: t('volunteers.fields.phone'), width: 124, dataIndex: 'maskedPhone' },
      {
        key: 'politicalStatus',
        title: t('volunteers.fields.politicalStatus'),
        width: 108,
        render: (_, v) => catalog.political.label(v.politicalStatus),
      },
      {
        key: 'teams',
        title: t('volunteers.fields.teamIds'),
        width: 140,
        // CSS ellipsis with a title: measuring text per cell (Typography ellipsis) is too slow for thousands of rows.
        ellipsis: true,
        render: (_, v) => v.teamNames.join('、'),
      },
      {
        key: 'skills',
        title: t('volunteers.fields.skills'),
        width: 160,
        ellipsis: true,
        render: (_, v) => (
          <>
            {v.skills.slice(0, SKILLS_SHOWN).map((skill) => (
              <Tag key={skill} style={{ marginInlineEnd: 4 }}>
                {skill}
              </Tag>
            ))}
            {v.skills.length > SKILLS_SHOWN ? (
              <Typography.Text type="secondary">
                {t('volunteers.list.moreSkills', { count: v.skills.length - SKILLS_SHOWN })}
              </Typography.Text>
            ) : null}
          </>
        ),
      },
      { key: 'joinDate', title: t('volunteers.fields.joinDate'), width: 100, dataIndex: 'joinDate' },
      { key: 'status', title: t('volunteers.fields.status'), width: 76, render: (_, v) => <VolunteerStatusTag active={v.active} /> },
    ],
    [t, catalog],
  );
}
