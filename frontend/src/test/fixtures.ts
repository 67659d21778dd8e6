/** Named people and units for tests, in the spirit of petclinic's george(). */
import type { Me, Role } from '@/api/types'
import type { Unit } from '@/api/units'
import type { User } from '@/api/users'
import type { CourseDetail, CourseSummary } from '@/api/courses'
import type { Enrolment, EnrolmentDetail, Lesson } from '@/api/learning'
import type { Certificate } from '@/api/certificates'
import type { CertificationRateReport, UnitRate } from '@/api/reports'

function person(id: number, username: string, fullName: string, roles: Role[], unitCode = 'bo-vhttdl'): Me {
  return {
    id,
    username,
    fullName,
    email: `${username}@example.gov.vn`,
    jobTitle: 'Chuyên viên',
    unit: {
      code: unitCode,
      kind: unitCode.startsWith('tinh-') ? 'PROVINCE' : 'MINISTRY',
      name:
        unitCode === 'bo-vhttdl'
          ? { vi: 'Bộ Văn hóa, Thể thao và Du lịch', en: 'Ministry of Culture, Sports and Tourism' }
          : { vi: 'Tỉnh Tuyên Quang', en: 'Tuyen Quang Province' },
    },
    roles,
    mustChangePassword: false,
  }
}

/** A system administrator at the supervising ministry. */
export const adminMinh = (overrides: Partial<Me> = {}): Me => ({
  ...person(1, 'minhpt', 'Phạm Tuấn Minh', ['ADMIN']),
  ...overrides,
})

/** The unit manager (cán bộ đầu mối) of Tuyên Quang province. */
export const managerHoa = (overrides: Partial<Me> = {}): Me => ({
  ...person(2, 'hoant', 'Nguyễn Thị Hòa', ['UNIT_MANAGER'], 'tinh-tuyen-quang'),
  ...overrides,
})

/** A trainer (giảng viên) who writes courses. */
export const trainerHung = (overrides: Partial<Me> = {}): Me => ({
  ...person(4, 'hungnv', 'Nguyễn Văn Hùng', ['TRAINER']),
  ...overrides,
})

/** A trainee of Tuyên Quang province. */
export const traineeLan = (overrides: Partial<Me> = {}): Me => ({
  ...person(3, 'lanvt', 'Vũ Thị Lan', ['TRAINEE'], 'tinh-tuyen-quang'),
  ...overrides,
})

export const tuyenQuang = (overrides: Partial<Unit> = {}): Unit => ({
  code: 'tinh-tuyen-quang',
  kind: 'PROVINCE',
  name: { vi: 'Tỉnh Tuyên Quang', en: 'Tuyen Quang Province' },
  status: 'ACTIVE',
  mergedInto: null,
  mergedOn: null,
  supervising: false,
  target: 30,
  ...overrides,
})

export const haGiang = (overrides: Partial<Unit> = {}): Unit => ({
  code: 'tinh-ha-giang',
  kind: 'PROVINCE',
  name: { vi: 'Tỉnh Hà Giang', en: 'Ha Giang Province' },
  status: 'MERGED',
  mergedInto: 'tinh-tuyen-quang',
  mergedOn: '2025-07-01',
  supervising: false,
  target: null,
  ...overrides,
})

export const userLan = (overrides: Partial<User> = {}): User => ({
  id: 3,
  username: 'lanvt',
  fullName: 'Vũ Thị Lan',
  email: 'lanvt@example.gov.vn',
  jobTitle: 'Chuyên viên',
  unitCode: 'tinh-tuyen-quang',
  roles: ['TRAINEE'],
  enabled: true,
  createdAt: '2025-09-01T08:00:00Z',
  version: 4,
  ...overrides,
})

/** The press course as the catalogue lists it (nobody enrolled). */
export const pressCourse = (overrides: Partial<CourseSummary> = {}): CourseSummary => ({
  code: 'bao-chi-phat-ngon',
  versionNo: 1,
  title: { vi: 'Quan hệ báo chí và công tác phát ngôn', en: 'Press relations and spokesperson work' },
  summary: { vi: 'Phát ngôn và cung cấp thông tin cho báo chí.', en: 'Speaking for the agency to the press.' },
  track: 'PRESS',
  level: 'FOUNDATION',
  language: 'vi',
  durationMinutes: 420,
  lessonCount: 9,
  competencies: [
    { code: 'PRESS', name: { vi: 'Quan hệ báo chí và phát ngôn', en: 'Press relations and spokesperson work' } },
    { code: 'LEGAL', name: { vi: 'Pháp luật về thông tin', en: 'Information law' } },
  ],
  enrolment: null,
  ...overrides,
})

export const crisisCourse = (overrides: Partial<CourseSummary> = {}): CourseSummary => ({
  ...pressCourse(),
  code: 'xu-ly-khung-hoang',
  title: { vi: 'Xử lý khủng hoảng truyền thông', en: 'Crisis communication' },
  summary: { vi: 'Tuyên bố đầu tiên trong khủng hoảng.', en: 'The first statement in a crisis.' },
  track: 'CRISIS',
  level: 'PRACTITIONER',
  durationMinutes: 480,
  competencies: [{ code: 'CRISIS', name: { vi: 'Xử lý khủng hoảng', en: 'Crisis communication' } }],
  ...overrides,
})

/** The course page of the press course: two modules, one prerequisite. */
export const pressCoursePage = (overrides: Partial<CourseDetail> = {}): CourseDetail => {
  const { lessonCount: _ignored, ...summary } = pressCourse()
  return {
    ...summary,
    objectives: [
      { vi: 'Xác định đúng người phát ngôn theo Nghị định 09/2017/NĐ-CP.', en: 'Identify the spokesperson.' },
      { vi: 'Viết thông cáo báo chí về một chính sách.', en: 'Write a press release about a policy.' },
    ],
    prerequisites: [
      { code: 'nen-tang-ttcs', title: { vi: 'Nền tảng truyền thông chính sách', en: 'Foundations' }, completed: false },
    ],
    modules: [
      {
        id: 'm1',
        title: { vi: 'Khung pháp lý', en: 'The legal framework' },
        durationMinutes: 50,
        lessons: [
          { key: 'l01-nguoi-phat-ngon', title: { vi: 'Người phát ngôn', en: 'The spokesperson' }, durationMinutes: 25, required: true },
          { key: 'l02-dinh-ky', title: { vi: 'Cung cấp thông tin định kỳ', en: 'Regular information' }, durationMinutes: 25, required: true },
        ],
      },
      {
        id: 'm2',
        title: { vi: 'Công cụ', en: 'Tools' },
        durationMinutes: 45,
        lessons: [
          { key: 'l04-thong-cao-bao-chi', title: { vi: 'Viết thông cáo báo chí', en: 'Writing a press release' }, durationMinutes: 30, required: true },
          { key: 'l10-doc-them', title: { vi: 'Đọc thêm', en: 'Further reading' }, durationMinutes: 15, required: false },
        ],
      },
    ],
    ...overrides,
  }
}

/** Lan's enrolment in the press course, assigned by Hòa, one lesson of three required done. */
export const lanInPress = (overrides: Partial<Enrolment> = {}): Enrolment => ({
  id: 12,
  courseCode: 'bao-chi-phat-ngon',
  courseTitle: pressCourse().title,
  versionNo: 1,
  trainee: { id: 3, fullName: 'Vũ Thị Lan' },
  enrolledAt: '2025-09-01T08:00:00Z',
  assignedBy: { id: 2, fullName: 'Nguyễn Thị Hòa' },
  dueOn: '2030-12-31',
  overdue: false,
  completedAt: null,
  lessonsDone: 1,
  lessonsRequired: 3,
  percentDone: 33,
  nextLesson: { key: 'l02-dinh-ky', title: { vi: 'Cung cấp thông tin định kỳ', en: 'Regular information' } },
  resumeLessonKey: 'l01-nguoi-phat-ngon',
  ...overrides,
})

/** The same enrolment with the outline of its version and progress per lesson. */
export const lanInPressDetail = (enrolment: Enrolment = lanInPress()): EnrolmentDetail => ({
  enrolment,
  modules: pressCoursePage().modules.map((module) => ({
    id: module.id,
    title: module.title,
    lessons: module.lessons.map((lesson, index) => ({
      ...lesson,
      position: index + 1,
      done: lesson.key === 'l01-nguoi-phat-ngon',
      doneAt: lesson.key === 'l01-nguoi-phat-ngon' ? '2025-09-02T08:00:00Z' : null,
      lastOpenedAt: null,
    })),
  })),
})

/** Lesson 4 of the press course in the reader, as the server sends it (html already sanitised). */
export const pressReleaseLesson = (overrides: Partial<Lesson> = {}): Lesson => ({
  enrolmentId: 12,
  courseCode: 'bao-chi-phat-ngon',
  courseTitle: pressCourse().title,
  key: 'l04-thong-cao-bao-chi',
  title: { vi: 'Viết thông cáo báo chí', en: 'Writing a press release' },
  module: { id: 'm2', title: { vi: 'Công cụ', en: 'Tools' } },
  position: 3,
  lessonCount: 4,
  durationMinutes: 30,
  required: true,
  html:
    '<h2>Mục tiêu</h2><p>Viết theo <strong>kim tự tháp ngược</strong>. Xem <a href="l05-to-chuc-hop-bao" rel="noopener noreferrer">họp báo</a>.</p>' +
    '<table><thead><tr><th>Phần</th></tr></thead><tbody><tr><td>Tiêu đề</td></tr></tbody></table>',
  previous: { key: 'l02-dinh-ky', title: { vi: 'Cung cấp thông tin định kỳ', en: 'Regular information' } },
  next: { key: 'l10-doc-them', title: { vi: 'Đọc thêm', en: 'Further reading' } },
  done: false,
  doneAt: null,
  percentDone: 33,
  ...overrides,
})
/** A reviewer (cán bộ thẩm định) at the supervising ministry. */
export const reviewerTam = (overrides: Partial<Me> = {}): Me => ({
  ...person(4, 'tamnv', 'Nguyễn Văn Tâm', ['REVIEWER']),
  ...overrides,
})

/** Vũ Thị Lan's certificate of the press course: valid for two years. */
export const pressCertificate = (overrides: Partial<Certificate> = {}): Certificate => ({
  id: 123,
  number: 'TTCS-2026-000123',
  userId: 3,
  holderName: 'Vũ Thị Lan',
  unitCode: 'tinh-tuyen-quang',
  unitName: { vi: 'Tỉnh Tuyên Quang', en: 'Tuyen Quang Province' },
  courseCode: 'bao-chi-phat-ngon',
  courseTitle: { vi: 'Quan hệ báo chí và công tác phát ngôn', en: 'Press relations and spokesperson work' },
  competencies: [
    { code: 'PRESS', level: 'FOUNDATION', name: { vi: 'Quan hệ báo chí và phát ngôn', en: 'Press relations' } },
    { code: 'MESSAGE', level: 'PRACTITIONER', name: { vi: 'Xây dựng thông điệp và nội dung', en: 'Messages' } },
  ],
  issuedOn: '2026-12-02',
  expiresOn: '2028-12-02',
  status: 'VALID',
  expiresSoon: false,
  revokedOn: null,
  revocationReason: null,
  renewalOf: null,
  supersedes: null,
  verificationUrl: 'https://ttcs.example.gov.vn/verify/s-ktW8fjjaofMBYTcKG6Jc-WCak3pEG5',
  pdfUrl: '/api/certificates/123/pdf',
  badgeUrl: '/api/certificates/123/badge',
  ...overrides,
})

/** A certificate of the crisis course that expires within 60 days. */
export const crisisCertificateExpiringSoon = (overrides: Partial<Certificate> = {}): Certificate =>
  pressCertificate({
    id: 98,
    number: 'TTCS-2025-000098',
    courseCode: 'xu-ly-khung-hoang',
    courseTitle: { vi: 'Xử lý khủng hoảng truyền thông', en: 'Handling communication crises' },
    competencies: [{ code: 'CRISIS', level: 'FOUNDATION', name: { vi: 'Xử lý khủng hoảng', en: 'Crisis response' } }],
    issuedOn: '2025-01-20',
    expiresOn: '2027-01-20',
    expiresSoon: true,
    verificationUrl: 'https://ttcs.example.gov.vn/verify/Xy8fq0aT7mB2n9wKd4LsE1pR6uVc3ZhJ',
    pdfUrl: '/api/certificates/98/pdf',
    badgeUrl: '/api/certificates/98/badge',
    ...overrides,
  })

/** A row of the certification report; zero trainees unless told otherwise. */
export const unitRate = (overrides: Partial<UnitRate> = {}): UnitRate => ({
  code: 'tinh-tuyen-quang',
  name: { vi: 'Tỉnh Tuyên Quang', en: 'Tuyen Quang Province' },
  kind: 'PROVINCE',
  mergedUnits: ['tinh-ha-giang'],
  registered: 0,
  enrolled: 0,
  certified: 0,
  rate: null,
  expiring: 0,
  target: 16,
  gap: 16,
  ...overrides,
})

/** The report a reviewer sees: Tuyên Quang (40 registered, 10 certified), Đà Nẵng (none registered), a ministry. */
export const nationalReport = (): CertificationRateReport => {
  const units = [
    unitRate({ registered: 40, enrolled: 30, certified: 10, rate: 0.25, expiring: 2, gap: 6 }),
    unitRate({ code: 'tp-da-nang', name: { vi: 'Thành phố Đà Nẵng', en: 'Da Nang City' }, kind: 'CITY', mergedUnits: [], target: 32, gap: 32 }),
    unitRate({
      code: 'bo-y-te', name: { vi: 'Bộ Y tế', en: 'Ministry of Health' }, kind: 'MINISTRY', mergedUnits: [],
      registered: 8, enrolled: 8, certified: 6, rate: 0.75, target: 5, gap: 0,
    }),
  ]
  const total = (kind: UnitRate['kind'] | null, rows: UnitRate[]) => ({
    kind,
    units: rows.length,
    registered: rows.reduce((sum, row) => sum + row.registered, 0),
    enrolled: rows.reduce((sum, row) => sum + row.enrolled, 0),
    certified: rows.reduce((sum, row) => sum + row.certified, 0),
    rate: null,
    expiring: rows.reduce((sum, row) => sum + row.expiring, 0),
    target: rows.reduce((sum, row) => sum + (row.target ?? 0), 0),
    gap: rows.reduce((sum, row) => sum + (row.gap ?? 0), 0),
  })
  return {
    asOf: '2026-12-02T03:00:00Z',
    filter: { course: null, competency: null, from: null, to: null, courses: null },
    units,
    totals: [total('MINISTRY', [units[2]!]), total('PROVINCE', [units[0]!]), total('CITY', [units[1]!])],
    overall: total(null, units),
  }
}
