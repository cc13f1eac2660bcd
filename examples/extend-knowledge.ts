// Add offices the bundled table does not know (a company's CEO) and use them in checks.
import { findStaleFigures, officeHolders } from 'corroborate';

export const knowledge = officeHolders.extend({
  roles: [
    {
      id: 'acme_ceo',
      label: 'Chief Executive of Acme Corp',
      jurisdiction: 'Acme',
      kind: 'organization-head',
      jurisdictionNames: ['Acme', 'Acme Corp'],
      titles: ['chief executive', 'ceo'],
    },
  ],
  terms: [
    {
      roleId: 'acme_ceo',
      person: 'Jane Roe',
      start: '2019-03-01',
      end: '2024-06-30',
      confidence: 'high',
    },
    { roleId: 'acme_ceo', person: 'John Doe', start: '2024-06-30', confidence: 'high' },
  ],
});

export function checkAcme(text: string, asOf: string) {
  return findStaleFigures({ id: 'memo', text }, { asOf, knowledge });
}
