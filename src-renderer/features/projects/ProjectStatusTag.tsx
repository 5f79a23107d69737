import { Tag } from 'antd';
import type { ProjectStatus } from '../../domain/catalog';
import { useCatalog } from '../../ui/useCatalog';

const COLORS: Record<ProjectStatus, string> = { planned: 'blue', running: 'green', finished: 'default' };

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const catalog = useCatalog();
  return <Tag color={COLORS[status]}>{catalog.projectStatus.label(status)}</Tag>;
}
