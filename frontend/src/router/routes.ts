import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/types'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** Only users holding one of these roles may open the page. */
    roles?: Role[]
    /** i18n key of the page title (document title). */
    title?: string
    /** Present when the page belongs in the navigation: i18n keys of its link text and description. */
    nav?: { label: string; description?: string }
  }
}

/** Reviewers and administrators see every unit's reports; a unit manager, its own unit's. */
const REPORT_READERS: Role[] = ['REVIEWER', 'UNIT_MANAGER', 'ADMIN']
/** Trainers write, review and publish courses; administrators may too. */
const AUTHORS: Role[] = ['TRAINER', 'ADMIN']
/** Trainers grade assignments; administrators may stand in. */
const GRADERS: Role[] = ['TRAINER', 'ADMIN']

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/LoginView.vue'),
    meta: { public: true, title: 'login.title' },
  },
  {
    path: '/',
    name: 'home',
    component: () => import('@/views/HomeView.vue'),
    meta: { title: 'home.title', nav: { label: 'nav.home' } },
  },
  {
    path: '/learning',
    name: 'dashboard',
    component: () => import('@/views/DashboardView.vue'),
    meta: { roles: ['TRAINEE'], title: 'dashboard.title', nav: { label: 'nav.learning', description: 'nav.learningDescription' } },
  },
  {
    path: '/courses',
    name: 'catalogue',
    component: () => import('@/views/CatalogueView.vue'),
    meta: { title: 'catalogue.title', nav: { label: 'nav.catalogue', description: 'nav.catalogueDescription' } },
  },
  {
    path: '/courses/:code',
    name: 'course',
    component: () => import('@/views/CourseView.vue'),
    props: true,
    meta: { title: 'course.title' },
  },
  {
    // Lesson links inside a lesson are relative ("l03-…"), so they resolve to this route for the same enrolment.
    path: '/learn/:enrolmentId(\\d+)/:lessonKey',
    name: 'lesson',
    component: () => import('@/views/LessonReaderView.vue'),
    props: true,
    meta: { roles: ['TRAINEE'], title: 'lesson.title' },
  },
  {
    path: '/me/competencies',
    name: 'my-competencies',
    component: () => import('@/views/MyCompetenciesView.vue'),
    meta: {
      roles: ['TRAINEE'],
      title: 'competencies.title',
      nav: { label: 'nav.myCompetencies', description: 'nav.myCompetenciesDescription' },
    },
  },
  {
    path: '/enrolments/:id/quizzes/:quizId',
    name: 'quiz',
    component: () => import('@/views/QuizPlayerView.vue'),
    props: true,
    meta: { roles: ['TRAINEE'], title: 'quiz.title' },
  },
  {
    path: '/attempts/:id',
    name: 'attempt',
    component: () => import('@/views/QuizResultView.vue'),
    props: true,
    meta: { roles: ['TRAINEE'], title: 'result.title' },
  },
  {
    path: '/enrolments/:id/drills/:drillId',
    name: 'drill',
    component: () => import('@/views/DrillPlayerView.vue'),
    props: true,
    meta: { roles: ['TRAINEE'], title: 'drill.title' },
  },
  {
    path: '/enrolments/:id/assignments/:assignmentId',
    name: 'assignment',
    component: () => import('@/views/AssignmentView.vue'),
    props: true,
    meta: { roles: ['TRAINEE'], title: 'assignment.title' },
  },
  {
    path: '/me/certificates',
    name: 'my-certificates',
    component: () => import('@/views/MyCertificatesView.vue'),
    meta: {
      roles: ['TRAINEE'],
      title: 'certificates.mine.title',
      nav: { label: 'nav.myCertificates', description: 'nav.myCertificatesDescription' },
    },
  },
  {
    path: '/admin/users',
    name: 'admin-users',
    component: () => import('@/views/UsersView.vue'),
    props: { scope: 'admin' },
    meta: { roles: ['ADMIN'], title: 'users.title.admin', nav: { label: 'nav.adminUsers', description: 'nav.adminUsersDescription' } },
  },
  {
    path: '/admin/users/import',
    name: 'admin-users-import',
    component: () => import('@/views/ImportUsersView.vue'),
    props: { scope: 'admin' },
    meta: { roles: ['ADMIN'], title: 'import.title', nav: { label: 'nav.adminImport', description: 'nav.adminImportDescription' } },
  },
  {
    path: '/admin/units',
    name: 'admin-units',
    component: () => import('@/views/UnitsView.vue'),
    meta: { roles: ['ADMIN'], title: 'units.title', nav: { label: 'nav.adminUnits', description: 'nav.adminUnitsDescription' } },
  },
  {
    path: '/certificates',
    name: 'certificates-review',
    component: () => import('@/views/UnitCertificatesView.vue'),
    props: { scope: 'review' },
    meta: {
      roles: ['REVIEWER', 'ADMIN'],
      title: 'certificates.unit.title.review',
      nav: { label: 'nav.reviewCertificates', description: 'nav.reviewCertificatesDescription' },
    },
  },
  {
    path: '/unit/trainees',
    name: 'unit-trainees',
    component: () => import('@/views/UsersView.vue'),
    props: { scope: 'unit' },
    meta: { roles: ['UNIT_MANAGER'], title: 'users.title.unit', nav: { label: 'nav.unitTrainees', description: 'nav.unitTraineesDescription' } },
  },
  {
    path: '/unit/trainees/import',
    name: 'unit-trainees-import',
    component: () => import('@/views/ImportUsersView.vue'),
    props: { scope: 'unit' },
    meta: { roles: ['UNIT_MANAGER'], title: 'import.title', nav: { label: 'nav.unitImport', description: 'nav.unitImportDescription' } },
  },
  {
    path: '/unit/certificates',
    name: 'unit-certificates',
    component: () => import('@/views/UnitCertificatesView.vue'),
    props: { scope: 'unit' },
    meta: {
      roles: ['UNIT_MANAGER'],
      title: 'certificates.unit.title.unit',
      nav: { label: 'nav.unitCertificates', description: 'nav.unitCertificatesDescription' },
    },
  },
  {
    path: '/unit/progress',
    name: 'unit-progress',
    component: () => import('@/views/UnitProgressView.vue'),
    meta: {
      roles: ['UNIT_MANAGER'],
      title: 'unitProgress.title',
      nav: { label: 'nav.unitProgress', description: 'nav.unitProgressDescription' },
    },
  },
  {
    path: '/reports',
    name: 'reports',
    component: () => import('@/views/ReportsView.vue'),
    meta: { roles: REPORT_READERS, title: 'reports.rates.title', nav: { label: 'nav.reports', description: 'nav.reportsDescription' } },
  },
  {
    path: '/reports/coverage',
    name: 'reports-coverage',
    component: () => import('@/views/CoverageView.vue'),
    meta: { roles: REPORT_READERS, title: 'reports.coverage.title' },
  },
  {
    path: '/reports/trends',
    name: 'reports-trends',
    component: () => import('@/views/TrendsView.vue'),
    meta: { roles: REPORT_READERS, title: 'reports.trends.title' },
  },
  {
    path: '/reports/competencies',
    name: 'reports-competencies',
    component: () => import('@/views/CompetencyReportView.vue'),
    meta: { roles: REPORT_READERS, title: 'reports.competencies.title' },
  },
  {
    path: '/reports/units/:code/trainees',
    name: 'reports-unit-trainees',
    component: () => import('@/views/UnitTraineesView.vue'),
    meta: { roles: REPORT_READERS, title: 'reports.trainees.title' },
  },
  {
    path: '/reports/trainees',
    name: 'reports-kind-trainees',
    component: () => import('@/views/KindTraineesView.vue'),
    meta: { roles: REPORT_READERS, title: 'reports.trainees.kindTitle' },
  },
  {
    path: '/reports/competencies/:standard/trainees',
    name: 'reports-competency-trainees',
    component: () => import('@/views/CompetencyTraineesView.vue'),
    meta: { roles: REPORT_READERS, title: 'reports.competencyTrainees.title' },
  },
  {
    path: '/authoring',
    name: 'authoring',
    component: () => import('@/views/AuthoringView.vue'),
    meta: { roles: AUTHORS, title: 'authoring.title', nav: { label: 'nav.authoring', description: 'nav.authoringDescription' } },
  },
  {
    path: '/authoring/:code',
    name: 'course-editor',
    component: () => import('@/views/CourseEditorView.vue'),
    props: true,
    meta: { roles: AUTHORS, title: 'authoring.editorTitle' },
  },
  {
    path: '/grading',
    name: 'grading-queue',
    component: () => import('@/views/GradingQueueView.vue'),
    meta: { roles: GRADERS, title: 'grading.title', nav: { label: 'nav.grading', description: 'nav.gradingDescription' } },
  },
  {
    path: '/grading/:id(\\d+)',
    name: 'grading',
    component: () => import('@/views/GradingView.vue'),
    props: true,
    meta: { roles: GRADERS, title: 'gradingPage.title' },
  },
  {
    path: '/trainees/:id(\\d+)/competencies',
    name: 'trainee-competencies',
    component: () => import('@/views/TraineeCompetenciesView.vue'),
    props: true,
    meta: { roles: ['TRAINER', 'UNIT_MANAGER', 'ADMIN'], title: 'traineeCompetencies.title' },
  },
  {
    path: '/reports/units/:code/progress',
    name: 'reports-unit-progress',
    component: () => import('@/views/UnitProgressView.vue'),
    props: true,
    meta: { roles: REPORT_READERS, title: 'unitProgress.title' },
  },
  {
    path: '/account/password',
    name: 'change-password',
    component: () => import('@/views/ChangePasswordView.vue'),
    meta: { title: 'password.title' },
  },
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/views/ForbiddenView.vue'),
    meta: { title: 'forbidden.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { public: true, title: 'notFound.title' },
  },
]

/** Whether a user with these roles may open a page with this meta (the one rule for guard and menus). */
export function canAccess(meta: Pick<RouteLocationNormalized['meta'], 'roles'>, roles: readonly Role[]): boolean {
  return !meta.roles || meta.roles.some((role) => roles.includes(role))
}

/**
 * Turns a `redirect` query value into a safe in-app path. Anything that could leave the site
 * (absolute URLs, protocol-relative `//host`, backslash tricks) falls back to the home page.
 */
export function safeRedirect(value: unknown): string {
  const path = Array.isArray(value) ? value[0] : value
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return '/'
  if (path.startsWith('/login')) return '/'
  return path
}
