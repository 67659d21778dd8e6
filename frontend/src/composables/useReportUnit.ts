import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter } from 'vue-router'
import { listUnits, type Unit } from '@/api/units'
import type { SelectOption } from '@/components/common/types'
import { useAuthStore } from '@/stores/auth'
import { useLabels } from './useLabels'

/**
 * Which unit a report page is about: reviewers and administrators choose the whole country or any active unit (kept
 * in the URL as `unit`); a unit manager has no choice, the server answers for their own unit.
 */
export function useReportUnit() {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const auth = useAuthStore()
  const { localized } = useLabels()

  const seesAllUnits = computed(() => auth.hasAnyRole(['REVIEWER', 'ADMIN']))
  const unit = computed(() => (seesAllUnits.value && typeof route.query.unit === 'string' ? route.query.unit : ''))
  const units = ref<Unit[]>([])

  const unitOptions = computed<SelectOption[]>(() => [
    { value: '', label: t('reports.trends.national') },
    ...units.value
      .filter((u) => u.status === 'ACTIVE')
      .map((u) => ({ value: u.code, label: localized(u.name) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
  ])
  const selectedUnit = computed({
    get: () => unit.value,
    set: (value: string) => void router.push({ query: { ...route.query, unit: value || undefined } }),
  })

  /** The registry, for the choice; without it the choice is just "the whole country". */
  async function loadUnits(): Promise<void> {
    if (!seesAllUnits.value) return
    try {
      units.value = await listUnits({ status: 'ACTIVE' })
    } catch {
      units.value = []
    }
  }

  return { seesAllUnits, unit, unitOptions, selectedUnit, loadUnits }
}
