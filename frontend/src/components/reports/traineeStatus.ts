import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { LEVELS_HELD, TRAINEE_STATUSES, type LevelHeld } from '@/api/reports'
import type { SelectOption } from '@/components/common/types'

/** The groups of trainees behind the numbers of the certification report, as choices. */
export function useTraineeStatusOptions() {
  const { t } = useI18n()
  return computed<SelectOption[]>(() =>
    TRAINEE_STATUSES.map((value) => ({ value, label: t(`reports.trainees.statuses.${value}`) })),
  )
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
