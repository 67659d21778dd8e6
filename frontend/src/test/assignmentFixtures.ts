/** The crisis course's assignment, its submissions, the grading queue and a trainer, as the server sends them. */
import type { Me } from '@/api/types'
import type { AssignmentInfo, AssignmentPage, QueueEntry, Submission, SubmissionDetail } from '@/api/assignments'

const text = (vi: string, en = vi) => ({ vi, en })

/** A trainer of the supervising ministry's training centre. */
export const trainerDuc = (overrides: Partial<Me> = {}): Me => ({
  id: 5,
  username: 'ducnv',
  fullName: 'Nguyễn Văn Đức',
  email: 'ducnv@example.gov.vn',
  jobTitle: 'Giảng viên',
  unit: { code: 'bo-ttt', name: text('Bộ Thông tin và Truyền thông'), kind: 'MINISTRY' },
  roles: ['TRAINER'],
  mustChangePassword: false,
  ...overrides,
})

export const responsePlan = (overrides: Partial<AssignmentInfo> = {}): AssignmentInfo => ({
  id: 'ke-hoach-ung-pho',
  title: text('Kế hoạch ứng phó khủng hoảng', 'Crisis response plan'),
  level: 'PRACTITIONER',
  competencies: ['CRISIS', 'PRESS'],
  briefHtml: text('<h2>Nhiệm vụ</h2><p>Soạn hồ sơ ứng phó.</p>'),
  submission: 'TEXT_OR_FILE',
  passMark: 60,
  rubric: [
    { id: 'c1', criterion: text('Đánh giá tình huống'), maxPoints: 40, guidance: text('Cấp độ và lý do.') },
    { id: 'c2', criterion: text('Tuyên bố đầu tiên'), maxPoints: 60, guidance: null },
  ],
  ...overrides,
})

export const waitingSubmission = (overrides: Partial<Submission> = {}): Submission => ({
  id: 31,
  enrolmentId: 7,
  assignmentId: 'ke-hoach-ung-pho',
  submissionNo: 1,
  submittedAt: '2025-10-03T02:00:00Z',
  text: 'Đánh giá: khủng hoảng cấp 2.',
  file: { name: 'ke-hoach.pdf', type: 'application/pdf', size: 2048 },
  status: 'WAITING',
  grade: null,
  ...overrides,
})

export const passedSubmission = (): Submission =>
  waitingSubmission({
    status: 'PASSED',
    grade: {
      gradedAt: '2025-10-04T03:00:00Z',
      scorePercent: 75,
      passed: true,
      passMark: 60,
      criteria: [
        { criterionId: 'c1', points: 30, maxPoints: 40, comment: 'Đánh giá đúng cấp độ.' },
        { criterionId: 'c2', points: 45, maxPoints: 60, comment: null },
      ],
      comment: 'Bài làm tốt.',
    },
  })

export const assignmentPage = (overrides: Partial<AssignmentPage> = {}): AssignmentPage => ({
  enrolmentId: 7,
  courseCode: 'xu-ly-khung-hoang',
  courseTitle: text('Xử lý khủng hoảng truyền thông'),
  assignment: responsePlan(),
  canSubmit: true,
  submissions: [],
  ...overrides,
})

export const queueEntry = (overrides: Partial<QueueEntry> = {}): QueueEntry => ({
  id: 31,
  courseCode: 'xu-ly-khung-hoang',
  courseTitle: text('Xử lý khủng hoảng truyền thông'),
  assignmentId: 'ke-hoach-ung-pho',
  assignmentTitle: text('Kế hoạch ứng phó khủng hoảng'),
  traineeName: 'Vũ Thị Lan',
  unitCode: 'tinh-tuyen-quang',
  submissionNo: 1,
  submittedAt: '2025-10-03T02:00:00Z',
  status: 'WAITING',
  traineeId: 3,
  ...overrides,
})

export const submissionDetail = (overrides: Partial<SubmissionDetail> = {}): SubmissionDetail => ({
  submission: waitingSubmission(),
  courseCode: 'xu-ly-khung-hoang',
  courseTitle: text('Xử lý khủng hoảng truyền thông'),
  assignment: responsePlan(),
  traineeName: 'Vũ Thị Lan',
  unitCode: 'tinh-tuyen-quang',
  gradable: true,
  traineeId: 3,
  ...overrides,
})
