import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours } from './format';
import { useReportLabels } from './useReportLabels';
import type { LoadedReport } from './useStationReport';

export function NoneRow({ columns, text }: { columns: number; text: string }) {
  return (
    <tr>
      <td colSpan={columns} className="center">
        {text}
      </td>
    </tr>
  );
}

/** Projects that ran in the period, with the sessions and hours they had in it. */
export function ProjectsTable({ loaded }: { loaded: LoadedReport }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const { projects } = loaded.report;
  // The same element each time: React leaves an unchanged head alone on a period switch.
  const head = useMemo(
    () => (
      <thead>
        <tr>
          <th>{t('reports.report.projects.name')}</th>
          <th>{t('reports.report.projects.field')}</th>
          <th>{t('reports.report.projects.status')}</th>
          <th>{t('reports.report.projects.dates')}</th>
          <th>{t('reports.report.projects.sessions')}</th>
          <th>{t('reports.report.projects.hours')}</th>
        </tr>
      </thead>
    ),
    [t],
  );
  const openEnd = t('reports.report.projects.openEnd');
  return (
    <table className="print-table" data-testid="report-projects">
      {head}
      <tbody>
        {projects.length === 0 ? <NoneRow columns={6} text={t('reports.report.projects.none')} /> : null}
        {projects.map(({ project, sessions, hours }) => (
          <tr key={project.id}>
            <td>{project.name}</td>
            <td>{labels.field(project.field)}</td>
            <td className="center">{labels.projectStatus(project.status)}</td>
            <td className="center">{`${project.startDate} ~ ${project.endDate || openEnd}`}</td>
            <td className="num">{sessions}</td>
            <td className="num">{formatHours(hours)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The ten volunteers with the most hours (then sessions). */
export function TopVolunteersTable({ loaded }: { loaded: LoadedReport }) {
  const { t } = useTranslation();
  const rows = loaded.report.topVolunteers;
  const head = useMemo(
    () => (
      <thead>
        <tr>
          <th>{t('reports.report.volunteers.rank')}</th>
          <th>{t('reports.report.volunteers.name')}</th>
          <th>{t('reports.report.volunteers.hours')}</th>
          <th>{t('reports.report.volunteers.sessions')}</th>
        </tr>
      </thead>
    ),
    [t],
  );
  const unknown = t('reports.report.volunteers.unknown');
  return (
    <table className="print-table" data-testid="report-top-volunteers">
      {head}
      <tbody>
        {rows.length === 0 ? <NoneRow columns={4} text={t('reports.report.volunteers.none')} /> : null}
        {rows.map((row, i) => (
          <tr key={row.volunteerId}>
            <td className="center">{i + 1}</td>
            <td>{loaded.volunteerName(row.volunteerId) ?? unknown}</td>
            <td className="num">{formatHours(row.hours)}</td>
            <td className="num">{row.sessions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The busiest teams: most sessions, then most hours. */
export function TopTeamsTable({ loaded }: { loaded: LoadedReport }) {
  const { t } = useTranslation();
  const rows = loaded.report.topTeams;
  const head = useMemo(
    () => (
      <thead>
        <tr>
          <th>{t('reports.report.teams.rank')}</th>
          <th>{t('reports.report.teams.name')}</th>
          <th>{t('reports.report.teams.sessions')}</th>
          <th>{t('reports.report.teams.hours')}</th>
          <th>{t('reports.report.teams.volunteers')}</th>
        </tr>
      </thead>
    ),
    [t],
  );
  const unknownTeam = t('reports.report.teams.unknown');
  return (
    <table className="print-table" data-testid="report-top-teams">
      {head}
      <tbody>
        {rows.length === 0 ? <NoneRow columns={5} text={t('reports.report.teams.none')} /> : null}
        {rows.map((row, i) => (
          <tr key={row.teamId}>
            <td className="center">{i + 1}</td>
            <td>{loaded.teamName(row.teamId) ?? unknownTeam}</td>
            <td className="num">{row.sessions}</td>
            <td className="num">{formatHours(row.hours)}</td>
            <td className="num">{row.volunteers}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
