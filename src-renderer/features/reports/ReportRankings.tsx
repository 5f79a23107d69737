import { useTranslation } from 'react-i18next';
import type { LoadedReport } from './useStationReport';
import { useCatalog } from '../../ui/useCatalog';
import { formatHours } from './format';

function NoneRow({ columns, text }: { columns: number; text: string }) {
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
  const catalog = useCatalog();
  const { projects } = loaded.report;
  return (
    <table className="print-table" data-testid="report-projects">
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
      <tbody>
        {projects.length === 0 ? <NoneRow columns={6} text={t('reports.report.projects.none')} /> : null}
        {projects.map(({ project, sessions, hours }) => (
          <tr key={project.id}>
            <td>{project.name}</td>
            <td>{catalog.fields.label(project.field)}</td>
            <td className="center">{catalog.projectStatus.label(project.status)}</td>
            <td className="center">{`${project.startDate} ~ ${project.endDate || t('reports.report.projects.openEnd')}`}</td>
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
  return (
    <table className="print-table" data-testid="report-top-volunteers">
      <thead>
        <tr>
          <th>{t('reports.report.volunteers.rank')}</th>
          <th>{t('reports.report.volunteers.name')}</th>
          <th>{t('reports.report.volunteers.hours')}</th>
          <th>{t('reports.report.volunteers.sessions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? <NoneRow columns={4} text={t('reports.report.volunteers.none')} /> : null}
        {rows.map((row, i) => (
          <tr key={row.volunteerId}>
            <td className="center">{i + 1}</td>
            <td>{loaded.volunteerName(row.volunteerId) ?? t('reports.report.volunteers.unknown')}</td>
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
  return (
    <table className="print-table" data-testid="report-top-teams">
      <thead>
        <tr>
          <th>{t('reports.report.teams.rank')}</th>
          <th>{t('reports.report.teams.name')}</th>
          <th>{t('reports.report.teams.sessions')}</th>
          <th>{t('reports.report.teams.hours')}</th>
          <th>{t('reports.report.teams.volunteers')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? <NoneRow columns={5} text={t('reports.report.teams.none')} /> : null}
        {rows.map((row, i) => (
          <tr key={row.teamId}>
            <td className="center">{i + 1}</td>
            <td>{loaded.teamName(row.teamId) ?? t('reports.report.teams.unknown')}</td>
            <td className="num">{row.sessions}</td>
            <td className="num">{formatHours(row.hours)}</td>
            <td className="num">{row.volunteers}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
