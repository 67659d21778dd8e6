import { computed, onBeforeUnmount, ref } from 'vue'

/**
 * Seconds left until a deadline, by the server's clock: the difference between the server's time and the device's
 * is measured when the attempt arrives, so a wrong device clock does not shorten or lengthen the time.
 */
export function useCountdown() {
  const remaining = ref<number | null>(null)
  let timer: ReturnType<typeof setInterval> | null = null
  let deadlineMs = 0
  let offsetMs = 0

  function tick(): void {
    remaining.value = Math.max(0, Math.ceil((deadlineMs - (Date.now() + offsetMs)) / 1000))
    if (remaining.value === 0) stop()
  }

  function start(deadline: string | null, serverTime: string): void {
    stop()
    if (!deadline) {
      remaining.value = null
      return
    }
    deadlineMs = Date.parse(deadline)
    offsetMs = Date.parse(serverTime) - Date.now()
    tick()
    if (remaining.value !== 0) timer = setInterval(tick, 1000)
  }

  function stop(): void {
    if (timer !== null) clearInterval(timer)
    timer = null
  }

  onBeforeUnmount(stop)

  const expired = computed(() => remaining.value === 0)
  return { remaining, expired, start, stop }
}
