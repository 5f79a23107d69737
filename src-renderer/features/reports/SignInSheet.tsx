import { useTranslation } from 'react-i18next';
import type { SignInRow } from '../../domain/reports/signInSheet';
import { PrintSheet } from '../../ui/print/PrintSheet';

export interface SignInHeading {
  title: string;
  date: string;
  place: string;
  teamName: string;
  organizer: string;
}

/** A paper sign-in sheet: names printed for the team's members, blank lines for walk-ins. */
export function SignInSheet({ heading, rows }: { heading: SignInHeading; rows: SignInRow[] }) {
  const { t } = useTranslation();
  const title = heading.title.trim() ? t('reports.signIn.sheetTitle', { title: heading.title.trim() }) : t('reports.signIn.sheetTitleDefault');
  return (
    <PrintSheet testId="sign-in-sheet">
      <h1>{title}</h1>
      <div className="print-meta">
        <span>
          {t('reports.signIn.organizerLine')}
          {heading.organizer}
        </span>
        <span>
          {t('reports.signIn.dateLine')}
          {heading.date}
        </span>
        <span>
          {t('reports.signIn.placeLine')}
          {heading.place}
        </span>
        {heading.teamName ? (
          <span>
            {t('reports.signIn.teamLine')}
            {heading.teamName}
          </span>
        ) : null}
      </div>
      <table className="print-table print-table--tall-rows" data-testid="sign-in-table">
        <colgroup>
          <col style={{ width: '7%' }} />
          <col style={{ width: '16%' }} />
          <col style={{ width: '25%' }} />
          <col style={{ width: '15%' }} />
          <col style={{ width: '15%' }} />
          <col style={{ width: '22%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('reports.signIn.columns.index')}</th>
            <th>{t('reports.signIn.columns.name')}</th>
            <th>{t('reports.signIn.columns.signature')}</th>
            <th>{t('reports.signIn.columns.timeIn')}</th>
            <th>{t('reports.signIn.columns.timeOut')}</th>
            <th>{t('reports.signIn.columns.note')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.index} data-testid="sign-in-row">
              <td className="center">{row.index}</td>
              <td className="center">{row.name}</td>
              <td />
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSheet>
  );
}
