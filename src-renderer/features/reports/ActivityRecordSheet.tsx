import { useTranslation } from 'react-i18next';
import type { ParticipantLine } from '../../domain/reports/activityParticipants';
import type { RecordSheetPage } from '../../domain/reports/recordSheetPages';
import { PrintSheet } from '../../ui/print/PrintSheet';
import './activityRecord.css';
import { formatHours } from './format';
import type { ActivityRecord, RecordFacts } from './useActivityRecord';
import { SignOffLine } from '../../ui/print/SignOffLine';

/** The 活动记录表 of one activity, one A4 sheet per page of the layout (see recordSheetPages). */
export function ActivityRecordSheet({ record }: { record: ActivityRecord }) {
  return (
    <div className="record-pages" data-testid="record-sheet">
      {record.pages.map((page) => (
        <RecordPage key={page.number} page={page} pageCount={record.pages.length} record={record} />
      ))}
    </div>
  );
}

function RecordPage({ page, pageCount, record }: { page: RecordSheetPage; pageCount: number; record: ActivityRecord }) {
  const { t } = useTranslation();
  const { facts } = record;
  return (
    <PrintSheet className="record-page" testId="record-page">
      <div className="record-page__body">
        {page.number === 1 ? <Heading facts={facts} /> : <ContinuedHeading facts={facts} />}
        {page.writeUp ? (
          <section>
            <h2>{page.writeUp.continued ? t('reports.record.writeUpContinued') : t('reports.record.writeUp')}</h2>
            <div className="record-writeup" data-testid="record-write-up">
              {/* Line by line as laid out, so the paper holds exactly the lines the page was measured for. */}
              {page.writeUp.lines.map((line, i) => (
                <div key={i} className="record-writeup__line">
                  {line.text}
                </div>
              ))}
            </div>
          </section>
        ) : null}
        {page.participants ? (
          <section>
            <h2>{page.participants.continued ? t('reports.record.participantsContinued') : t('reports.record.participants')}</h2>
            <ParticipantsTable lines={page.participants.lines} totals={page.participants.totals ? record.participants : null} />
          </section>
        ) : null}
        {page.signOff ? <SignOffLine firstLabelKey="reports.record.recordedBy" data-testid="record-sign-off" /> : null}
      </div>
      <div className="record-page__number" data-testid="record-page-number">
        {t('reports.record.pageNumber', { page: page.number, pages: pageCount })}
      </div>
    </PrintSheet>
  );
}

function Heading({ facts }: { facts: RecordFacts }) {
  const { t } = useTranslation();
  const label = (key: string) => <th>{t(`reports.record.fields.${key}`)}</th>;
  return (
    <>
      <h1>{t('reports.record.sheetTitle')}</h1>
      <div className="print-subtitle record-subtitle">{facts.station}</div>
      <table className="print-table record-info" data-testid="record-info">
        <colgroup>
          <col className="record-info__label" />
          <col className="record-info__value" />
          <col className="record-info__label" />
          <col className="record-info__value" />
        </colgroup>
        <tbody>
          <tr>
            {label('title')}
            <td colSpan={3}>{facts.title}</td>
          </tr>
          <tr>
            {label('date')}
            <td>{facts.date}</td>
            {label('time')}
            <td>{facts.time}</td>
          </tr>
          <tr>
            {label('place')}
            <td colSpan={3}>{facts.place}</td>
          </tr>
          <tr>
            {label('field')}
            <td>{facts.field}</td>
            {label('theme')}
            <td>{facts.theme}</td>
          </tr>
          <tr>
            {label('project')}
            <td>{facts.project}</td>
            {label('team')}
            <td>{facts.team}</td>
          </tr>
          <tr>
            {label('organizer')}
            <td>{facts.organizer}</td>
            {label('served')}
            <td data-testid="record-served">{facts.served}</td>
          </tr>
          <tr>
            {label('servedGroups')}
            <td colSpan={3}>{facts.servedGroups}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

/** On every page after the first: which sheet, which activity, which day. */
function ContinuedHeading({ facts }: { facts: RecordFacts }) {
  const { t } = useTranslation();
  return (
    <div className="record-continued">
      <div className="record-continued__title">{t('reports.record.sheetTitleContinued')}</div>
      <div>{facts.continuedLine}</div>
    </div>
  );
}

function ParticipantsTable({ lines, totals }: { lines: ParticipantLine[]; totals: { count: number; hours: number } | null }) {
  const { t } = useTranslation();
  return (
    <table className="print-table record-people" data-testid="record-participants">
      <colgroup>
        <col className="record-people__index" />
        <col className="record-people__name" />
        <col className="record-people__hours" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>{t('reports.record.columns.index')}</th>
          <th>{t('reports.record.columns.name')}</th>
          <th>{t('reports.record.columns.hours')}</th>
          <th>{t('reports.record.columns.signature')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.volunteerId} data-testid="record-participant">
            <td className="center">{line.index}</td>
            <td className="center">{line.name ?? t('reports.record.unknownVolunteer')}</td>
            <td className="num">{formatHours(line.hours)}</td>
            <td data-testid="record-signature" />
          </tr>
        ))}
        {totals && totals.count === 0 ? (
          <tr>
            <td colSpan={4} className="center">
              {t('reports.record.noParticipants')}
            </td>
          </tr>
        ) : null}
        {/* A body row, not <tfoot>: Chromium repeats a footer on every printed page. */}
        {totals ? (
          <tr className="total-row" data-testid="record-totals">
            <td colSpan={2} className="center">
              {t('reports.record.total', { count: totals.count })}
            </td>
            <td className="num">{formatHours(totals.hours)}</td>
            <td />
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
