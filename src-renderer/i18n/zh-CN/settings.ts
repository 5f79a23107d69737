export const settings = {
  title: '设置',
  profile: {
    title: '站点信息',
  },
  language: {
    title: '界面语言',
    names: { 'zh-CN': '简体中文', en: 'English' },
    help: '只改变本机的界面语言，不影响已登记的数据。',
    saveFailed: '语言已切换，但没能记住这个选择；下次启动可能恢复为简体中文。',
  },
  storage: {
    title: '本机数据存储',
    persisted: '已获得持久存储',
    persistedHelp: '本机数据不会因为磁盘空间紧张被自动清除。仍请定期同步到市级服务器。',
    notPersisted: '未获得持久存储',
    notPersistedHelp:
      '磁盘空间紧张时，本机数据有可能被自动清除。请保持电脑有足够的空闲空间，并经常同步到市级服务器或导出备份。',
    usage: '台账数据约占 {{used}}，本机还可再存约 {{free}}。',
    usageUnknown: '无法读取本机存储用量。',
    low: '本机可用空间不多了（约 {{free}}）：请尽快腾出磁盘空间，并备份到U盘。空间用完后将无法保存新记录。',
    critical: '本机可用空间几乎用完（约 {{free}}）：新记录可能保存不上。请立即腾出磁盘空间，并备份到U盘。',
  },
  sync: {
    title: '连接市级服务器',
    notConnected: '尚未连接市级服务器，数据只保存在本机。',
    connected: '已连接：以账号 {{user}} 连接到 {{server}}',
    connect: '去连接',
    manage: '管理连接与同步',
  },
  about: {
    title: '关于',
    version: '版本',
    shell: '运行方式',
    shells: { desktop: '桌面程序', web: '浏览器' },
    deviceId: '本机编号',
  },
} as const;
