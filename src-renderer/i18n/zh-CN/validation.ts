export const validation = {
  required: '此项必填',
  tooLong: '内容太长，请精简后再保存',
  invalid: '内容不符合要求，请检查后重新填写',
  idNumber: {
    length: '身份证号应为18位，请核对后重新输入',
    format: '身份证号前17位应为数字，最后一位为数字或X，请核对后重新输入',
    region: '身份证号前两位不是有效的省份代码，请核对前几位数字',
    birthDate: '身份证号中的出生日期无效（第7至14位），请核对出生年月日',
    checksum: '身份证号最后一位校验码不对，请核对每一位数字',
    birthDateMismatch: '出生日期与身份证号不一致（身份证号显示为 {{birthDate}}），请核对',
    genderMismatch: '性别与身份证号不一致（身份证号第17位单数为男、双数为女），请核对',
  },
  phone: {
    invalid: '电话号码格式不对，请填写11位手机号，或带区号的固定电话（如 0531-88888888）',
  },
  hours: {
    invalid: '服务时长应为0.5小时的整数倍，且不超过24小时',
    dailyOverflow: '{{name}} 在 {{date}} 的服务时长合计 {{total}} 小时，超过每天24小时的上限，请调整',
  },
  time: {
    invalid: '时间格式不对，请按“时:分”填写，如 09:30',
    endBeforeStart: '结束时间应晚于开始时间（活动不能跨过午夜），请调整',
  },
  date: {
    invalid: '日期无效，请按“年-月-日”填写一个真实的日期，如 2024-03-05',
    endBeforeStart: '结束日期不能早于开始日期，请调整',
  },
  activity: {
    tooManyParticipants: '一场活动最多登记500名志愿者；连续多天的值守岗请分班次登记',
    duplicateParticipant: '同一名志愿者在本场活动中登记了两次，请删除重复的一行',
    servedCount: '服务人数应为0或正整数',
  },
  honours: {
    year: '年度应为四位数字，如 2024',
    link: '这类表彰不能关联到所选对象，请换一个关联对象',
    dateYear: '授予日期不在所填年度内，请核对年度或日期',
  },
  station: {
    code: '站点编码只能包含字母、数字、下划线和连字符，请按市级下发的编码填写',
    codeLocked: '站点编码设置后不能修改；如编码有误，请联系市级管理员',
  },
  typedDate: {
    format: '“{{text}}”不是能认出的日期写法，请按 2026-11-20、2026/11/20、20261120 或 2026年11月20日 填写（年份写全四位，写在最前）',
    noSuchDay: '“{{text}}”这一天不存在，请核对月和日',
    yearRange: '“{{text}}”的年份不对，年份应在1900到2100之间',
  },
  typedTime: {
    format: '“{{text}}”不是能认出的时间写法，请按 09:30、0930 或 9点30 填写',
    outOfRange: '“{{text}}”不是一天中的时间：小时应为0–23，分钟应为0–59（活动不能跨过午夜）',
  },
  typedPeriod: {
    format: '“{{text}}”不是能认出的写法',
    format_month: '“{{text}}”不是能认出的月份写法，请按 2026-11、2026/11、202611 或 2026年11月 填写（年份写全四位，写在最前）',
    format_year: '“{{text}}”不是能认出的年份，请写四位数字，如 2026',
    noSuchMonth: '“{{text}}”的月份不对，月份应在1到12之间',
    yearRange: '“{{text}}”的年份不对，年份应在1900到2100之间',
  },
  typedHours: {
    empty: '{{name}} 的服务时长未填写或为0，请填写（至少0.5小时）',
    unreadable: '{{name}} 的服务时长“{{text}}”不是小时数，请填写数字，如 2 或 2.5',
    notHalfHour: '{{name}} 的服务时长 {{hours}} 小时不是0.5小时的整数倍，请改为如 2 或 2.5',
    overDay: '{{name}} 的服务时长 {{hours}} 小时超过一天24小时，请核对',
    overSpanTitle: '服务时长超过活动时长，确定保存吗？',
    overSpanLine: '{{name}}：{{hours}} 小时（活动 {{start}}–{{end}} 共 {{span}} 小时）',
    overSpanHint: '如确有提前准备或延后服务，请点“仍然保存”；否则请返回修改。',
    overSpanOk: '仍然保存',
    overSpanCancel: '返回修改',
  },
} as const;
