import { Tag, theme } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref } from 'react-router';
import { useCatalog } from '../../ui/useCatalog';
import { VOLUNTEERS_PATH } from './paths';
import type { VolunteerRow } from './volunteerRows';

/** Skill tags shown in a row; the rest are counted ("+2") and listed in full on the volunteer's page. */
const SKILLS_SHOWN = 2;

/** Widths add up to fit the content area at 1366×768 beside the 184px menu. */
export const VOLUNTEER_TABLE_WIDTH = 1100;

/** The row itself opens the volunteer (VolunteerTable's onRow): the name link only has to stay a real link. */
function leaveToRow(e: MouseEvent<HTMLAnchorElement>): void {
  e.preventDefault();
}

/**
 * The list's columns. Every keystroke in the search box mounts a screenful of new rows, so the cells are
 * kept light: texts and labels are worked out once here, not per cell, and the name is a plain link to the
 * volunteer's address instead of a router Link (which resolves the route for each of them).
 */
export function useVolunteerColumns(): TableColumnsType<VolunteerRow> {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const { token } = theme.useToken();
  // "#/volunteers" in the hash router: the address of a volunteer is this plus "/<id>" (paths.ts).
  const listHref = useHref(VOLUNTEERS_PATH);
  const secondary = token.colorTextDescription;
  return useMemo((): TableColumnsType<VolunteerRow> => {
    const activeTag = <Tag color="green">{t('volunteers.status.active')}</Tag>;
    const inactiveTag = <Tag>{t('volunteers.status.inactive')}</Tag>;
    const moreSkillsStyle = { color: secondary };
    return [
      {
        key: 'name',
        title: t('volunteers.fields.name'),
        width: 100,
        render: (_, v) => (
          <a href={`${listHref}/${v.id}`} onClick={leaveToRow}>
            {v.name}
          </a>
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
              <Tag key={skill} style={SKILL_TAG_STYLE}>
                {skill}
              </Tag>
            ))}
            {v.skills.length > SKILLS_SHOWN ? (
              <span style={moreSkillsStyle}>{t('volunteers.list.moreSkills', { count: v.skills.length - SKILLS_SHOWN })}</span>
            ) : null}
          </>
        ),
      },
      { key: 'joinDate', title: t('volunteers.fields.joinDate'), width: 100, dataIndex: 'joinDate' },
      { key: 'status', title: t('volunteers.fields.status'), width: 76, render: (_, v) => (v.active ? activeTag : inactiveTag) },
    ];
  }, [t, catalog, listHref, secondary]);
}

const SKILL_TAG_STYLE = { marginInlineEnd: 4 } as const;
