/** Named people and units for tests, in the spirit of petclinic's george(). */
import type { Me, Role } from '@/api/types'
import type { Unit } from '@/api/units'
import type { User } from '@/api/users'

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
