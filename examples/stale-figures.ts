// Check one article's office holders against the bundled dated table.
import { findStaleFigures } from 'corroborate';

export function staleFiguresIn(text: string, asOf: string): string[] {
  return findStaleFigures({ id: 'article', text }, { asOf }).map(
    (figure) =>
      `${figure.person} was named ${figure.role}; on ${figure.referenceDate} it was ${figure.holderOnDate}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    staleFiguresIn('NATO Secretary General Jens Stoltenberg arrived in Kyiv.', '2025-10-26').join(
      '\n',
    ),
  );
}
