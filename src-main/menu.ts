import type { MenuItemConstructorOptions } from 'electron';
import type { MenuLabels } from './menuLabels';

export interface MenuOptions {
  /** Developer tools are offered only in an unpackaged run. */
  isPackaged: boolean;
  onAbout: () => void;
}

/** A minimal menu: the roles give the standard shortcuts (Ctrl+C, Ctrl+Z, Ctrl+0 ...) for free. */
export function buildMenuTemplate(labels: MenuLabels, options: MenuOptions): MenuItemConstructorOptions[] {
  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'reload', label: labels.reload },
    ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: labels.toggleDevTools } as const]),
    { type: 'separator' },
    { role: 'resetZoom', label: labels.resetZoom },
    { role: 'zoomIn', label: labels.zoomIn },
    { role: 'zoomOut', label: labels.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: labels.toggleFullScreen },
  ];
  return [
    { label: labels.file, submenu: [{ role: 'quit', label: labels.quit }] },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    { label: labels.view, submenu: viewItems },
    { label: labels.help, submenu: [{ label: labels.about, click: options.onAbout }] },
  ];
}
