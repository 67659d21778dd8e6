/** One choice of a SelectField; the label is already translated. */
export interface SelectOption {
  value: string
  label: string
  disabled?: boolean
}
