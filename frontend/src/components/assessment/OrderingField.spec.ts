import { describe, expect, it } from 'vitest'
import OrderingField from './OrderingField.vue'
import { mountWith, setupApp } from '@/test/helpers'

const options = [
  { id: 'a', text: { vi: 'Lưu chứng cứ', en: 'Save evidence' } },
  { id: 'b', text: { vi: 'Xác minh', en: 'Verify' } },
  { id: 'c', text: { vi: 'Đính chính', en: 'Correct' } },
]

async function mountOrdering(order: string[]) {
  const wrapper = mountWith(OrderingField, await setupApp(), {
    props: {
      options,
      modelValue: order,
      'onUpdate:modelValue': (next: string[]) => wrapper.setProps({ modelValue: next }),
    },
  })
  return wrapper
}

const shown = (wrapper: Awaited<ReturnType<typeof mountOrdering>>) =>
  wrapper.findAll('.ordering__text').map((item) => item.text())

describe('OrderingField', () => {
  it('moves an item with labelled up and down buttons and announces where it is', async () => {
    const wrapper = await mountOrdering(['b', 'a', 'c'])

    await wrapper.get('[data-item="a"][data-move="up"]').trigger('click')

    expect(shown(wrapper)).toEqual(['Lưu chứng cứ', 'Xác minh', 'Đính chính'])
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('“Lưu chứng cứ” đang ở vị trí 1/3.')
    expect(wrapper.get('[data-item="a"][data-move="up"]').attributes('aria-label')).toBe('Chuyển “Lưu chứng cứ” lên trên')
  })

  it('keeps keyboard focus on the moved item, switching direction at the edge', async () => {
    const wrapper = await mountOrdering(['b', 'a', 'c'])

    await wrapper.get('[data-item="a"][data-move="up"]').trigger('click')
    expect(document.activeElement).toBe(wrapper.get('[data-item="a"][data-move="down"]').element)

    await wrapper.get('[data-item="b"][data-move="down"]').trigger('click')
    expect(shown(wrapper)).toEqual(['Lưu chứng cứ', 'Đính chính', 'Xác minh'])
    expect(document.activeElement).toBe(wrapper.get('[data-item="b"][data-move="up"]').element)
  })

  it('disables moving the first item up and the last item down', async () => {
    const wrapper = await mountOrdering(['a', 'b', 'c'])

    expect(wrapper.get('[data-item="a"][data-move="up"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-item="c"][data-move="down"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-item="b"][data-move="up"]').attributes('disabled')).toBeUndefined()
  })
})
