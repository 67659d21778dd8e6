import { ref } from 'vue'
import { listUnits, type Unit } from '@/api/units'
import { useLabels } from './useLabels'

/**
 * The registry's unit names, for lists that show units by code (a trainee's unit, a merged unit). Until the registry
 * has loaded, or if it cannot be, a unit is shown by its code.
 */
export function useUnitNames() {
  const { localized } = useLabels()
  const units = ref<Map<string, Unit>>(new Map())

  listUnits()
    .then((all) => {
      units.value = new Map(all.map((unit) => [unit.code, unit]))
    })
    .catch(() => undefined)

  function unitName(code: string): string {
    const unit = units.value.get(code)
    return unit ? localized(unit.name) : code
  }

  return { unitName }
}
