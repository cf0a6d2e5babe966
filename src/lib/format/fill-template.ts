/** Fills `{name}` placeholders in a UI string; an unknown placeholder is left visible so a test can catch it. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
