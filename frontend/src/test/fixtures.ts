/** Named people and units for tests, in the spirit of petclinic's george(). */
import type { Me, Role } from '@/api/types'
import type { Unit } from '@/api/units'
import type { User } from '@/api/users'
import type { Certificate } from '@/api/certificates'

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
