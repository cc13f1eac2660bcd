// Coverage windows: the table only judges mentions dated inside the span it lists every holder of.
import { describe, expect, it } from 'vitest';
import { checkRoles, createKnowledgeBase, officeHolders } from '../src/index.js';

const verdictsOn = (text: string, asOf: string) =>
  checkRoles({ id: 'a', text }, { asOf }).mentions.map((mention) => ({
    status: mention.status,
    reason: mention.reason,
    roleId: mention.roleId,
    coverage: mention.coverage,
  }));

describe('coverage windows', () => {
  it('default to the earliest term through the snapshot date', () => {
    const role = officeHolders.getRole('us_president')!;
    expect(role.coverage.from).toBe(officeHolders.termsOf('us_president')[0]!.start);
    expect(role.coverage.to).toBe(officeHolders.snapshotDate);
  });

  it('leaves 1990s mentions unchecked as outside-coverage, never stale', () => {
    for (const [text, asOf] of [
      ['U.S. President Bill Clinton met Yasser Arafat at the White House.', '1998-10-23'],
      ['Israeli Prime Minister Benjamin Netanyahu flew to Maryland for the talks.', '1998-10-15'],
      ['Secretary of State Condoleezza Rice landed in Jerusalem on Sunday.', '2008-03-02'],
    ] as const) {
      const report = checkRoles({ id: 'a', text }, { asOf });
      expect(report.staleFigures, text).toEqual([]);
      expect(report.mentions, text).toHaveLength(1);
      expect(report.mentions[0]).toMatchObject({ status: 'unchecked', reason: 'outside-coverage' });
      expect(report.mentions[0]!.coverage!.from > asOf).toBe(true);
    }
  });

  it('still flags the same mention inside the window and carries the window', () => {
    const [checked] = verdictsOn(
      'U.S. President Bill Clinton met the press on Monday.',
      '2015-06-01',
    );
    expect(checked).toMatchObject({ status: 'stale', roleId: 'us_president' });
    expect(checked!.coverage).toEqual(officeHolders.getRole('us_president')!.coverage);
  });

  it('leaves a past period named by the sentence unchecked when it starts before the window', () => {
    const report = checkRoles(
      { id: 'a', text: 'In 1998, U.S. President Bill Clinton visited Gaza.' },
      { asOf: '2015-06-01' },
    );
    expect(report.staleFigures).toEqual([]);
    expect(report.mentions[0]).toMatchObject({ status: 'unchecked', reason: 'outside-coverage' });
  });

  it('never flags a "former" holder the table cannot see', () => {
    const report = checkRoles(
      { id: 'a', text: 'Former U.S. President Bill Clinton spoke at the conference.' },
      { asOf: '2015-06-01' },
    );
    expect(report.staleFigures).toEqual([]);
  });

  it('leaves dates after the window unchecked, and an explicit window wins', () => {
    const kb = createKnowledgeBase({
      snapshotDate: '2020-01-01',
      roles: [
        {
          id: 'xx_president',
          label: 'President of Examplia',
          jurisdiction: 'Examplia',
          kind: 'head-of-state',
          jurisdictionNames: ['Examplia', 'Examplian'],
          titles: ['president'],
          coverage: { from: '2010-01-01', to: '2018-12-31' },
        },
      ],
      terms: [{ roleId: 'xx_president', person: 'Anna Berg', start: '2012-05-01' }],
    });
    expect(kb.getRole('xx_president')!.coverage).toEqual({ from: '2010-01-01', to: '2018-12-31' });
    expect(kb.toJSON().roles![0]!.coverage).toEqual({ from: '2010-01-01', to: '2018-12-31' });
    const text = 'Examplian President Carl Holm opened parliament.';
    const inside = checkRoles({ id: 'a', text }, { asOf: '2015-01-01', knowledge: kb });
    expect(inside.staleFigures.map((figure) => figure.kind)).toEqual(['never-held']);
    const after = checkRoles({ id: 'a', text }, { asOf: '2019-06-01', knowledge: kb });
    expect(after.staleFigures).toEqual([]);
    expect(after.mentions[0]).toMatchObject({ reason: 'outside-coverage' });
    // A default window follows the snapshot date of an extension.
    const plain = createKnowledgeBase({
      ...kb.toJSON(),
      roles: [{ ...kb.toJSON().roles![0]!, coverage: undefined }],
    });
    expect(plain.getRole('xx_president')!.coverage).toEqual({
      from: '2012-05-01',
      to: '2020-01-01',
    });
    expect(plain.extend({ snapshotDate: '2021-01-01' }).getRole('xx_president')!.coverage.to).toBe(
      '2021-01-01',
    );
  });

  it('rejects a window that ends before it starts', () => {
    expect(() =>
      createKnowledgeBase({
        roles: [
          {
            id: 'xx_president',
            label: 'President of Examplia',
            jurisdiction: 'Examplia',
            kind: 'head-of-state',
            jurisdictionNames: ['Examplia'],
            titles: ['president'],
            coverage: { from: '2019-01-01', to: '2010-01-01' },
          },
        ],
        terms: [{ roleId: 'xx_president', person: 'Anna Berg', start: '2012-05-01' }],
      }),
    ).toThrow(/coverage.to/);
  });
});
