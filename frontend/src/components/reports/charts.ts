/**
 * Chart.js, registered once with only what the report charts use (bars and lines on category and linear axes),
 * and the data of each chart made from a report, apart from any canvas so that it can be tested on its own.
 */
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
} from 'chart.js'
import type { StandardLevels, TrendPoint, UnitRate } from '@/api/reports'

ChartJS.register(BarElement, CategoryScale, Legend, LinearScale, LineElement, PointElement, Tooltip)

/** The platform's colours (styles/main.css). */
export const COLORS = {
  primary: '#0b3d91',
  accent: '#b8860b',
  foundation: '#a9c1ea',
  practitioner: '#4a74c4',
  advanced: '#0b3d91',
  none: '#cfd6e2',
}

export function issuedPerMonth(points: TrendPoint[], label: string, monthLabel: (month: string) => string): ChartData<'bar'> {
  return {
    labels: points.map((point) => monthLabel(point.month)),
    datasets: [{ label, data: points.map((point) => point.issued), backgroundColor: COLORS.primary }],
  }
}

/** Percentages (0–100); a month without registered trainees is a gap in the line. */
export function rateAtMonthEnd(points: TrendPoint[], label: string, monthLabel: (month: string) => string): ChartData<'line'> {
  return {
    labels: points.map((point) => monthLabel(point.month)),
    datasets: [
      {
        label,
        data: points.map((point) => (point.rate === null ? null : Math.round(point.rate * 1000) / 10)),
        borderColor: COLORS.accent,
        backgroundColor: COLORS.accent,
        spanGaps: false,
      },
    ],
  }
}

/** Units with a rate, highest first (the ranked bar chart); units without registered trainees are left out. */
export function unitRanking(rows: UnitRate[], label: string, name: (row: UnitRate) => string): ChartData<'bar'> {
  const ranked = rows.filter((row) => row.rate !== null).sort((a, b) => b.rate! - a.rate! || b.certified - a.certified)
  return {
    labels: ranked.map(name),
    datasets: [{ label, data: ranked.map((row) => Math.round(row.rate! * 1000) / 10), backgroundColor: COLORS.primary }],
  }
}

/** One stacked bar per standard: trainees at each highest level, and those without evidence. */
export function levelsPerStandard(
  standards: StandardLevels[],
  labels: { foundation: string; practitioner: string; advanced: string; none: string },
  name: (standard: StandardLevels) => string,
): ChartData<'bar'> {
  return {
    labels: standards.map(name),
    datasets: [
      { label: labels.foundation, data: standards.map((s) => s.foundation), backgroundColor: COLORS.foundation },
      { label: labels.practitioner, data: standards.map((s) => s.practitioner), backgroundColor: COLORS.practitioner },
      { label: labels.advanced, data: standards.map((s) => s.advanced), backgroundColor: COLORS.advanced },
      { label: labels.none, data: standards.map((s) => s.none), backgroundColor: COLORS.none },
    ],
  }
}
