import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { LEVELS_HELD, TRAINEE_STATUSES, type LevelHeld } from '@/api/reports'
import type { SelectOption } from '@/components/common/types'
import { useReportFilters } from '@/composables/useReportFilters'
import { useRouteChoice } from '@/composables/useRoutePage'

/**
 * What a drill-down from the certification report lists: the group of trainees behind a number (`status` in the
 * URL, registered by default), with the report's filters, and the other groups to choose from.
 */
export function useTraineeStatus() {
  const { t } = useI18n()
  const { filters } = useReportFilters()
  const { value: status, selected: selectedStatus } = useRouteChoice('status', TRAINEE_STATUSES, 'registered')
  const statusOptions = computed<SelectOption[]>(() =>
    TRAINEE_STATUSES.map((value) => ({ value, label: t(`reports.trainees.statuses.${value}`) })),
  )
  return { filters, status, selectedStatus, statusOptions }
}

/** The heading of a column of the competency report: a level, or "no evidence yet". */
export function useLevelLabel() {
  const { t } = useI18n()
  return (level: LevelHeld): string =>
    level === 'none' ? t('reports.competencies.none') : t(`reports.levels.${level.toUpperCase()}`)
}

/** The columns of the competency report, as choices. */
export function useLevelOptions() {
  const label = useLevelLabel()
  return computed<SelectOption[]>(() => LEVELS_HELD.map((value) => ({ value, label: label(value) })))
}
