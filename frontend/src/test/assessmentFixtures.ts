/** Quizzes, attempts, drill runs and a competency profile for component tests, as the server sends them. */
import type { Assessments, Attempt, AttemptResult, DrillRun, QuestionView } from '@/api/assessment'
import type { CompetencyProfile } from '@/api/competencies'

const text = (vi: string, en = vi) => ({ vi, en })

/** Lan's enrolment (id 7) in the crisis course: the final quiz with 2 of 3 attempts left, and one drill. */
export const crisisAssessments = (overrides: Partial<Assessments> = {}): Assessments => ({
  enrolmentId: 7,
  courseCode: 'xu-ly-khung-hoang',
  courseTitle: text('Xử lý khủng hoảng truyền thông', 'Crisis communication'),
  quizzes: [
    {
      id: 'final',
      title: text('Bài kiểm tra cuối khóa Xử lý khủng hoảng truyền thông', 'Crisis communication final assessment'),
      kind: 'FINAL',
      passMark: 70,
      timeLimitMinutes: 30,
      maxAttempts: 3,
      questionCount: 18,
      attemptsUsed: 1,
      attemptsLeft: 2,
      openAttemptId: null,
      lastAttemptId: 40,
      bestScorePercent: 61,
      passed: false,
    },
  ],
  drills: [
    {
      id: 'video-gia-chinh-sach',
      title: text('Video cắt ghép về lộ trình hạn chế xe máy xăng', 'A doctored video goes viral'),
      competencies: ['CRISIS', 'DIGITAL', 'MONITOR'],
      level: 'PRACTITIONER',
      passMark: 60,
      runs: 0,
      openRunId: null,
      lastRunId: null,
      bestScorePercent: null,
      passed: false,
    },
  ],
  ...overrides,
})

/** One question of each type, options in the order the attempt shows them. */
export const fourQuestions = (): QuestionView[] => [
  {
    id: 'q04',
    type: 'SINGLE_CHOICE',
    competency: 'CRISIS',
    level: 'FOUNDATION',
    text: text('Câu nào là một thông điệp giữ chỗ tốt?'),
    options: [
      { id: 'c', text: text('“Nước hoàn toàn an toàn.”') },
      { id: 'b', text: text('“Mẫu nước đang được xét nghiệm, có kết quả trước 18 giờ.”') },
      { id: 'a', text: text('“Chúng tôi không bình luận.”') },
    ],
  },
  {
    id: 'q11',
    type: 'MULTIPLE_CHOICE',
    competency: 'CRISIS',
    level: 'PRACTITIONER',
    text: text('Những câu nào là lỗi kinh điển trong tuyên bố đầu tiên?'),
    options: [
      { id: 'e', text: text('Không bình luận') },
      { id: 'c', text: text('Niêm phong mẫu, hẹn giờ có kết quả') },
      { id: 'a', text: text('Trấn an quá mức') },
    ],
  },
  {
    id: 'q47',
    type: 'TRUE_FALSE',
    competency: 'LEGAL',
    level: 'PRACTITIONER',
    text: text('Giờ vàng là thời hạn pháp lý do Nghị định 09/2017 quy định.'),
    options: [],
  },
  {
    id: 'q42',
    type: 'ORDERING',
    competency: 'DIGITAL',
    level: 'PRACTITIONER',
    text: text('Sắp xếp các bước xử lý thông tin sai sự thật.'),
    options: [
      { id: 'b', text: text('Xác minh') },
      { id: 'a', text: text('Lưu chứng cứ') },
      { id: 'c', text: text('Đính chính') },
    ],
  },
]

export const attemptInProgress = (overrides: Partial<Attempt> = {}): Attempt => ({
  id: 41,
  enrolmentId: 7,
  courseCode: 'xu-ly-khung-hoang',
  quiz: {
    id: 'final',
    title: text('Bài kiểm tra cuối khóa Xử lý khủng hoảng truyền thông', 'Crisis communication final assessment'),
    kind: 'FINAL',
    passMark: 70,
    timeLimitMinutes: 30,
    maxAttempts: 3,
    questionCount: 4,
  },
  attemptNo: 2,
  status: 'IN_PROGRESS',
  startedAt: '2025-10-01T02:00:00Z',
  deadline: '2025-10-01T02:30:00Z',
  serverTime: '2025-10-01T02:00:00Z',
  questions: fourQuestions(),
  result: null,
  ...overrides,
})

export const resultOfAttempt = (overrides: Partial<AttemptResult> = {}): AttemptResult => ({
  submittedAt: '2025-10-01T02:20:00Z',
  scorePercent: 50,
  passed: false,
  passMark: 70,
  correctCount: 2,
  questionCount: 4,
  expired: false,
  questions: [
    {
      questionId: 'q04',
      correct: true,
      given: { questionId: 'q04', optionIds: ['b'], answer: null, order: null },
      solution: { optionIds: ['b'], answer: null, order: [] },
      explanation: text('Thông điệp giữ chỗ cho biết cơ quan đã biết, đang làm gì và khi nào có thông tin tiếp.'),
    },
    {
      questionId: 'q11',
      correct: false,
      given: { questionId: 'q11', optionIds: ['a'], answer: null, order: null },
      solution: { optionIds: ['e', 'a'], answer: null, order: [] },
      explanation: text('Trấn an quá mức và “không bình luận” là hai lỗi kinh điển.'),
    },
    {
      questionId: 'q47',
      correct: false,
      given: null,
      solution: { optionIds: [], answer: false, order: [] },
      explanation: text('Sai. Giờ vàng là kinh nghiệm thực tiễn, không phải thời hạn pháp lý.'),
    },
    {
      questionId: 'q42',
      correct: true,
      given: { questionId: 'q42', optionIds: null, answer: null, order: ['a', 'b', 'c'] },
      solution: { optionIds: [], answer: null, order: ['a', 'b', 'c'] },
      explanation: text('Chứng cứ đi trước vì bài có thể bị xóa.'),
    },
  ],
  competencies: [
    {
      code: 'CRISIS',
      name: text('Xử lý khủng hoảng truyền thông', 'Crisis communication'),
      level: 'FOUNDATION',
      correctCount: 1,
      questionCount: 2,
      scorePercent: 50,
      evidenceRecorded: false,
    },
  ],
  ...overrides,
})

export const submittedAttempt = (result: Partial<AttemptResult> = {}): Attempt =>
  attemptInProgress({ status: 'SUBMITTED', result: resultOfAttempt(result) })

const situation = (vi: string) => text(vi)

/** A run of the video drill at its first step. */
export const drillRunAtStart = (overrides: Partial<DrillRun> = {}): DrillRun => ({
  id: 9,
  enrolmentId: 7,
  courseCode: 'xu-ly-khung-hoang',
  drill: {
    id: 'video-gia-chinh-sach',
    title: text('Video cắt ghép về lộ trình hạn chế xe máy xăng'),
    competencies: ['CRISIS', 'DIGITAL', 'MONITOR'],
    level: 'PRACTITIONER',
    passMark: 60,
  },
  runNo: 1,
  finished: false,
  startedAt: '2025-10-01T02:00:00Z',
  finishedAt: null,
  step: {
    id: 's1',
    situation: situation('*Tình huống giả định.* 06:40 sáng thứ Hai, một video 48 giây lan truyền.\n\nBạn làm gì đầu tiên?'),
    options: [
      { id: 'a', text: text('Lưu chứng cứ và báo lãnh đạo') },
      { id: 'b', text: text('Đăng ngay “tin giả”') },
      { id: 'c', text: text('Chờ xem') },
    ],
    ending: false,
  },
  path: [],
  lastChoice: null,
  result: null,
  ...overrides,
})

export const crisisProfile = (): CompetencyProfile => ({
  rule: text('Một cấp độ được công nhận khi có minh chứng đạt yêu cầu ở cấp đó hoặc cao hơn từ ít nhất hai bài đánh giá khác nhau.'),
  levels: [
    { code: 'FOUNDATION', name: text('Nền tảng', 'Foundation') },
    { code: 'PRACTITIONER', name: text('Thực hành', 'Practitioner') },
    { code: 'ADVANCED', name: text('Nâng cao', 'Advanced') },
  ],
  standards: [
    {
      code: 'CRISIS',
      name: text('Xử lý khủng hoảng truyền thông', 'Crisis communication'),
      description: text('Ứng phó khủng hoảng truyền thông.'),
      level: 'PRACTITIONER',
      evidence: [
        {
          id: 2,
          kind: 'DRILL_RUN',
          sourceId: 9,
          assessmentId: 'video-gia-chinh-sach',
          assessment: text('Video cắt ghép về lộ trình hạn chế xe máy xăng'),
          courseCode: 'xu-ly-khung-hoang',
          courseTitle: text('Xử lý khủng hoảng truyền thông'),
          level: 'PRACTITIONER',
          scorePercent: 100,
          recordedAt: '2025-10-02T03:00:00Z',
        },
        {
          id: 1,
          kind: 'QUIZ_ATTEMPT',
          sourceId: 41,
          assessmentId: 'final',
          assessment: text('Bài kiểm tra cuối khóa Xử lý khủng hoảng truyền thông'),
          courseCode: 'xu-ly-khung-hoang',
          courseTitle: text('Xử lý khủng hoảng truyền thông'),
          level: 'ADVANCED',
          scorePercent: 83,
          recordedAt: '2025-10-01T02:20:00Z',
        },
      ],
      next: {
        level: 'ADVANCED',
        assessmentsTowards: 1,
        assessmentsStillNeeded: 1,
        gap: text('Để đạt cấp Nâng cao: cần minh chứng ở cấp Nâng cao trở lên từ thêm 1 bài đánh giá khác.'),
        indicators: [text('Chỉ đạo ứng phó khủng hoảng cấp 3.')],
        courses: [
          {
            code: 'xu-ly-khung-hoang',
            title: text('Xử lý khủng hoảng truyền thông', 'Crisis communication'),
            level: 'PRACTITIONER',
            items: [
              {
                kind: 'QUIZ_ATTEMPT',
                id: 'final',
                title: text('Bài kiểm tra cuối khóa Xử lý khủng hoảng truyền thông'),
                level: 'ADVANCED',
              },
            ],
          },
        ],
      },
    },
    {
      code: 'PRESS',
      name: text('Quan hệ báo chí và phát ngôn', 'Press relations and spokesperson work'),
      description: text('Làm việc với báo chí.'),
      level: null,
      evidence: [],
      next: {
        level: 'FOUNDATION',
        assessmentsTowards: 0,
        assessmentsStillNeeded: 2,
        gap: text('Để đạt cấp Nền tảng: cần minh chứng ở cấp Nền tảng trở lên từ thêm 2 bài đánh giá khác.'),
        indicators: [text('Soạn thông cáo báo chí đúng cấu trúc.')],
        courses: [],
      },
    },
    {
      code: 'PLAN',
      name: text('Lập kế hoạch truyền thông', 'Communication planning'),
      description: text('Lập kế hoạch.'),
      level: 'ADVANCED',
      evidence: [
        {
          id: 3,
          kind: 'ASSIGNMENT',
          sourceId: 5,
          assessmentId: 'ke-hoach-oasis',
          assessment: text('Kế hoạch truyền thông cho dự thảo chính sách'),
          courseCode: 'nen-tang-ttcs',
          courseTitle: text('Nền tảng truyền thông chính sách'),
          level: 'ADVANCED',
          scorePercent: 85,
          recordedAt: '2025-09-20T08:00:00Z',
        },
      ],
      next: null,
    },
  ],
})
