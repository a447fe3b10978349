// Writes tests/fixtures/plurals.txt: the CLDR plural category of a range of numbers in
// each locale, as ICU (Node's Intl.PluralRules) reads them, for src/i18n.rs's test of its
// own rules. Run again when a locale is added: node scripts/plural-fixture.mjs
import { writeFileSync } from 'node:fs';

const locales = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'tr', 'ar', 'es', 'pt-BR', 'zh-CN', 'vi'];
const lines = [`# ${process.version}, ICU ${process.versions.icu}, CLDR ${process.versions.cldr}: locale digits category`];
for (const lang of locales) {
  for (const whole of [...Array(251).keys(), 1000, 1001, 1_000_000, 2_000_000]) {
    for (const frac of ['', '.0', '.00', '.5', '.12', '.25']) {
      const digits = `${whole}${frac}`;
      const v = frac ? frac.length - 1 : 0;
      const rules = new Intl.PluralRules(lang, { minimumFractionDigits: v, maximumFractionDigits: v });
      lines.push(`${lang} ${digits} ${rules.select(Number(digits))}`);
    }
  }
}
writeFileSync(new URL('../tests/fixtures/plurals.txt', import.meta.url), lines.join('\n') + '\n');
