import { computed, onMounted, ref } from 'vue'
import { listMyCertificates, type Certificate } from '@/api/certificates'
import { useProblem } from './useProblem'

/**
 * The signed-in trainee's certificates, loaded when the component mounts (null until then, or when loading failed:
 * `message` then says why), and how many of them expire within 60 days without having been renewed.
 */
export function useMyCertificates() {
  const { message, capture } = useProblem()
  const certificates = ref<Certificate[] | null>(null)
  const expiringSoon = computed(() => certificates.value?.filter((certificate) => certificate.expiresSoon).length ?? 0)

  onMounted(async () => {
    try {
      certificates.value = await listMyCertificates()
    } catch (cause) {
      capture(cause)
    }
  })

  return { certificates, expiringSoon, message }
}
