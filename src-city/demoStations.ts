/** Three stations for `npm run city:dev`, in one city so the roll-up has something to add up. */
export const DEMO_STATIONS = [
  {
    code: 'JN-LX-001',
    name: '幸福里社区新时代文明实践站',
    city: '济南市',
    county: '历下区',
    center: '历下区新时代文明实践中心',
    institute: '姚家街道新时代文明实践所',
  },
  {
    code: 'JN-LX-002',
    name: '燕山新居社区新时代文明实践站',
    city: '济南市',
    county: '历下区',
    center: '历下区新时代文明实践中心',
    institute: '燕山街道新时代文明实践所',
  },
  {
    code: 'JN-ZQ-001',
    name: '北坦村新时代文明实践站',
    city: '济南市',
    county: '章丘区',
    center: '章丘区新时代文明实践中心',
    institute: '明水街道新时代文明实践所',
  },
] as const;
