import { formatTable } from '../table';
import { CLOCK_WARN_MS, type HealthReport, type HealthState, type StationHealth } from './health';

/** The state as the administrator reads it, both languages. */
export const STATE_LABELS: Record<HealthState, string> = {
  ok: '正常 ok',
  silent7: '超过7天未同步 silent 7+ days',
  silent30: '超过30天未同步 silent 30+ days',
  failing: '同步一直失败 never succeeded',
  noReport: '无报告（旧版应用？） no reports (older app?)',
  never: '从未连接 never connected',
};

/** China keeps one time zone without daylight saving: UTC+8 is what the administrator's calendar says. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export function chinaTime(iso: string | null): string {
  if (iso === null) return '—';
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return '—';
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

function worstClock(station: StationHealth): string {
  let worst = 0;
  for (const pc of station.pcs) if (pc.clockOffsetMs !== null && Math.abs(pc.clockOffsetMs) > Math.abs(worst)) worst = pc.clockOffsetMs;
  if (Math.abs(worst) <= CLOCK_WARN_MS) return '';
  // Offset is server minus PC: positive means the PC is behind.
  const minutes = Math.round(Math.abs(worst) / 60_000);
  return worst > 0 ? `慢${minutes}分 ${minutes} min slow` : `快${minutes}分 ${minutes} min fast`;
}

function distinct(values: readonly string[]): string {
  return [...new Set(values.filter((v) => v !== ''))].sort().join(', ');
}

export function formatHealth(report: HealthReport): string {
  const table = formatTable(
    ['代码 Code', '站点 Station', '区县 County', '状态 State', '最后同步 Last sync', '天 Days', '电脑 PCs', '版本 Version', '待传 Waiting', '被拒 Refused', '最近错误 Last error', '时钟 Clock', '汇总复制 Roll-up'],
    report.stations.map((s) => [
      s.code,
      s.name,
      s.county,
      STATE_LABELS[s.state],
      s.state === 'noReport' ? `(${chinaTime(s.lastRecordAt)})` : chinaTime(s.lastSuccessAt),
      s.silentDays === null ? '—' : String(s.silentDays),
      String(s.pcs.length) + (s.unreadableReports > 0 ? `+${s.unreadableReports}?` : ''),
      distinct(s.pcs.map((pc) => pc.appVersion)),
      String(s.pcs.reduce((sum, pc) => sum + pc.pending, 0)),
      String(s.pcs.reduce((sum, pc) => sum + pc.refused, 0)),
      distinct(s.pcs.map((pc) => pc.lastErrorKey.replace(/^sync\.errors\./, ''))),
      worstClock(s),
      s.replication,
    ]),
    ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'left', 'right', 'right', 'left', 'left', 'left'],
  );
  const count = (state: HealthState) => report.stations.filter((s) => s.state === state).length;
  const summary =
    `服务器时间 ${chinaTime(report.at)}（北京时间）：${report.stations.length} 个站点，正常 ${count('ok')}，超过7天未同步 ${count('silent7')}，` +
    `超过30天未同步 ${count('silent30')}，从未连接 ${count('never')}，一直失败 ${count('failing')}，无报告 ${count('noReport')}。\n` +
    `Server time ${chinaTime(report.at)} (UTC+8): ${report.stations.length} stations; ok ${count('ok')}, silent 7+ days ${count('silent7')}, ` +
    `silent 30+ days ${count('silent30')}, never connected ${count('never')}, never succeeded ${count('failing')}, no reports ${count('noReport')}.`;
  return `${table}\n\n${summary}`;
}
