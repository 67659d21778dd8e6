/**
 * Starts the built platform (the backend jar, which serves the app) on a free port with a fresh data folder,
 * so each test file begins with an empty H2 database holding only the first administrator and the units and
 * curriculum carried in the jar.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/** The first administrator, created on start from TTCS_ADMIN_PASSWORD (so it needs no password change). */
export const ADMIN = Object.freeze({ username: 'admin', password: 'Kiem-thu-dau-cuoi-2026', fullName: 'Quản trị hệ thống' })

const START_TIMEOUT_MS = 90_000
const STOP_TIMEOUT_MS = 15_000

/**
 * @returns {Promise<{ baseUrl: string, logFile: string, stop: () => Promise<void>,
 *   changeDatabaseWhileStopped: (sql: string) => Promise<string> }>}
 */
export async function startPlatform() {
  const jar = process.env.TTCS_JAR
  if (!jar) {
    throw new Error('Set TTCS_JAR to the platform jar, e.g. TTCS_JAR=../backend/target/ttcs-learn.jar '
      + '(./mvnw install -DskipTests builds it)')
  }
  const jarPath = path.resolve(jar)
  if (!existsSync(jarPath)) throw new Error(`TTCS_JAR names ${jarPath}, which does not exist; build it first`)

  const workDir = await mkdtemp(path.join(tmpdir(), 'ttcs-e2e-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    TTCS_DATA_DIR: path.join(workDir, 'data'),
    TTCS_PORT: String(port),
    TTCS_ADMIN_PASSWORD: ADMIN.password,
    TTCS_JWT_SECRET: randomBytes(32).toString('hex'),
    // Its own address, so that certificates' QR codes and share links lead back to it
    TTCS_PUBLIC_BASE_URL: baseUrl,
  }
  // Always the embedded database in the fresh folder, never a database configured in the caller's shell.
  for (const name of ['TTCS_DB_URL', 'TTCS_DB_USER', 'TTCS_DB_PASSWORD']) delete env[name]

  const logFile = path.join(workDir, 'platform.log')
  const log = createWriteStream(logFile)
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java'

  let running = null
  /** Starts the JVM on the folder and port above; the working folder is the fresh one, so ./ stays in it. */
  async function launch() {
    const child = spawn(java, ['-jar', jarPath], { cwd: workDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
    const killOnExit = () => child.kill('SIGKILL')
    process.once('exit', killOnExit)
    running = { child, exited, killOnExit }
    await waitUntilUp(baseUrl, exited)
  }

  async function stopJvm() {
    if (!running) return
    const { child, exited, killOnExit } = running
    running = null
    process.removeListener('exit', killOnExit)
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const result = await Promise.race([exited, sleep(STOP_TIMEOUT_MS, 'timeout', { ref: false })])
      if (result === 'timeout') {
        child.kill('SIGKILL')
        await exited
      }
    }
  }

  let stopped = false
  async function stop() {
    if (stopped) return
    stopped = true
    await stopJvm()
    log.end()
    if (process.env.TTCS_E2E_KEEP === '1') {
      console.log(`# kept the platform's folder: ${workDir}`)
    } else {
      await rm(workDir, { recursive: true, force: true })
    }
  }

  /**
   * Stops the platform, runs `sql` on its embedded database with the H2 shell the jar carries, and starts it again
   * on the same folder and port: for a state the API rightly refuses to make, such as a due date in the past.
   */
  async function changeDatabaseWhileStopped(sql) {
    await stopJvm()
    const url = `jdbc:h2:file:${path.join(env.TTCS_DATA_DIR, 'ttcs')};MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE`
    const shell = spawn(java, ['-cp', jarPath, 'org.h2.tools.Shell', '-url', url, '-user', 'sa', '-password', '', '-sql', sql],
      { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    shell.stdout.on('data', (chunk) => { output += chunk })
    shell.stderr.on('data', (chunk) => { output += chunk })
    const code = await new Promise((resolve) => shell.once('exit', resolve))
    if (code !== 0) throw new Error(`The H2 shell failed (exit ${code}): ${output}`)
    await launch()
    return output
  }

  try {
    await launch()
  } catch (error) {
    await new Promise((resolve) => log.write('', resolve))
    const tail = (await readFile(logFile, 'utf8')).split('\n').slice(-40).join('\n')
    await stop()
    error.message += `\n--- last lines of the platform's log ---\n${tail}`
    throw error
  }
  return { baseUrl, logFile, stop, changeDatabaseWhileStopped }
}

async function waitUntilUp(baseUrl, exited) {
  const deadline = Date.now() + START_TIMEOUT_MS
  let exit = null
  exited.then((result) => {
    exit = result
  })
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    if (exit) {
      throw new Error(`The platform stopped while starting (exit ${exit.code ?? exit.signal})`)
    }
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) })
      const body = await response.json().catch(() => null)
      if (response.ok && body?.status === 'UP') return
      lastProblem = `GET /health answered ${response.status} ${JSON.stringify(body)}`
    } catch (error) {
      lastProblem = error.cause?.code ?? error.message
    }
    await sleep(500)
  }
  throw new Error(`The platform did not answer {"status":"UP"} on ${baseUrl}/health within `
    + `${START_TIMEOUT_MS / 1000} s (last: ${lastProblem})`)
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}
