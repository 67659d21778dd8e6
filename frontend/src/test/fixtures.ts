/** Named people and units for tests, in the spirit of petclinic's george(). */
import type { Me, Role } from '@/api/types'
import type { Unit } from '@/api/units'
import type { User } from '@/api/users'
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

/** A reviewer (cán bộ thẩm định) at the supervising ministry. */
export const reviewerThu = (overrides: Partial<Me> = {}): Me => ({
  ...person(4, 'thunt', 'Nguyễn Thị Thu', ['REVIEWER']),
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
