import { describe, expect, it } from 'vitest'
import AppNav from './AppNav.vue'
import { adminMinh, managerHoa, reviewerTam, traineeLan, trainerHung } from '@/test/fixtures'
import { mountWith, setupApp } from '@/test/helpers'
import type { Me } from '@/api/types'

async function linksFor(me: Me): Promise<string[]> {
  const wrapper = mountWith(AppNav, await setupApp({ me }))
  return wrapper.findAll('a').map((link) => link.attributes('href')!)
}

describe('AppNav', () => {

  it('shows the administration links to an administrator and no unit-manager links', async () => {
    const links = await linksFor(adminMinh())

    expect(links).toEqual(['/', '/courses', '/admin/users', '/admin/users/import', '/admin/units', '/certificates', '/reports', '/authoring', '/grading'])
  })

  it('shows course authoring and the grading queue to a trainer', async () => {
    expect(await linksFor(trainerHung())).toEqual(['/', '/courses', '/authoring', '/grading'])
  })

  it('shows the unit links to a unit manager and no administration links', async () => {
    const links = await linksFor(managerHoa())

    expect(links).toEqual(['/', '/courses', '/unit/trainees', '/unit/trainees/import', '/unit/certificates', '/unit/progress', '/reports'])
    expect(links.some((href) => href.startsWith('/admin'))).toBe(false)
  })

  it('shows a trainee their learning, the catalogue, their competencies and certificates, and no administration', async () => {
    expect(await linksFor(traineeLan())).toEqual(['/', '/learning', '/courses', '/me/competencies', '/me/certificates'])
  })

  it('shows the catalogue to everyone but "my learning" only to trainees', async () => {
    expect(await linksFor(adminMinh())).toContain('/courses')
    expect(await linksFor(adminMinh())).not.toContain('/learning')
    expect(await linksFor(managerHoa({ roles: ['UNIT_MANAGER', 'TRAINEE'] }))).toContain('/learning')
  })

  it('shows a reviewer the catalogue, the certificates of every unit and the reports', async () => {
    expect(await linksFor(reviewerTam())).toEqual(['/', '/courses', '/certificates', '/reports'])
  })

  it('shows both sets to someone who is administrator and unit manager', async () => {
    const links = await linksFor(adminMinh({ roles: ['ADMIN', 'UNIT_MANAGER'] }))

    expect(links).toContain('/admin/users')
    expect(links).toContain('/unit/trainees')
  })

  it('labels the navigation and marks the current page', async () => {
    const wrapper = mountWith(AppNav, await setupApp({ me: adminMinh(), path: '/admin/units' }))

    expect(wrapper.get('nav').attributes('aria-label')).toBe('Điều hướng chính')
    expect(wrapper.get('a[aria-current="page"]').text()).toBe('Đơn vị')
  })
})
