/**
 * The words of the service rules (domain/requests, domain/duty, domain/honours): states, actions, refusals,
 * review flags and honour kinds. Screens of these features keep their own namespaces; this one holds what the
 * pure rules return as keys.
 */
export const serviceRules = {
  requests: {
    state: {
      pending: '待派单',
      dispatched: '已派单',
      accepted: '已接单',
      done: '已办结',
      rated: '已评价',
      refused: '已拒绝',
      cancelled: '已取消',
    },
    action: {
      dispatch: '派单',
      accept: '接单',
      refuse: '拒绝',
      cancel: '取消',
      reassign: '改派',
      close: '办结',
      rate: '评价',
    },
    refusal: {
      notAllowed: '这件需求现在是“$t(serviceRules.requests.state.{{state}})”，不能$t(serviceRules.requests.action.{{action}})',
      badContext: '没有记下操作时间或操作人，请重试',
      noAssignee: '请选择承接的志愿服务队或志愿者',
      reasonRequired: '请填写原因',
      activityRequired: '请关联为这件需求开展的活动，或由它新建一场活动',
      doneDateInvalid: '关联活动的日期无效，请检查活动日期',
      doneBeforeReceived: '关联活动的日期 {{date}} 早于收到需求的日期 {{receivedDate}}，请检查是否关联错了活动',
      ratingInvalid: '评价请选1到5星',
    },
    overdue: '已逾期',
    figures: {
      line: '收到{{received}}件、办结{{done}}件、满意率{{rate}}%',
      lineUnrated: '收到{{received}}件、办结{{done}}件、暂无评价',
    },
  },
  duty: {
    review: {
      missingSignOut: '未签退，已按班次结束时间计算时长',
      signOutNotAfterSignIn: '签退时间不晚于签到时间，未计时长',
      invalidTime: '签到、签退或班次时间无效，未计时长',
      noOverlap: '签到、签退时间不在班次时间内，未计时长',
      outsideShift: '在班次时间以外的服务未计入时长；如确需计入，请调整班次时间',
      duplicateSignIn: '同一班次签到了不止一次，已按最早签到和最晚签退计算',
      cutByDailyLimit: '当天活动和值班合计超过24小时，本班次只计入 {{credited}} 小时',
    },
    problem: {
      needed: '需要人数应为1到{{max}}之间的整数',
      duplicateSignUp: '同一名志愿者重复报名了这个班次',
    },
  },
  honours: {
    kind: {
      excellentVolunteer: '优秀志愿者',
      excellentOrganisation: '优秀志愿服务组织',
      excellentProject: '优秀志愿服务项目',
      excellentCommunity: '优秀志愿服务社区',
      moralModel: '道德模范',
      goodPerson: '好人（身边好人）',
      civilisedFamily: '文明家庭',
    },
    link: {
      volunteer: '志愿者',
      team: '志愿服务队（组织）',
      project: '实践项目',
      family: '家庭',
      community: '社区（村）',
    },
    level: {
      national: '全国',
      provincial: '省级',
      city: '市级',
      county: '县级',
    },
    linkNotAllowed: '“$t(serviceRules.honours.kind.{{kind}})”不能关联到$t(serviceRules.honours.link.{{link}})',
    stars: {
      level0: '未达到星级',
      level1: '一星志愿者',
      level2: '二星志愿者',
      level3: '三星志愿者',
      level4: '四星志愿者',
      level5: '五星志愿者',
      toNext: '再服务 {{hours}} 小时可成为$t(serviceRules.honours.stars.level{{stars}})',
      top: '已是最高星级',
    },
  },
};
