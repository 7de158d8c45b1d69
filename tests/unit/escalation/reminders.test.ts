describe('dueReminders', () => {
  it('lists follow-ups of reports still waiting for an answer, across cases', async () => {
    const { dueReminders } = await import('@/lib/escalation/reminders');
    const report = (id: string, status: string, followUpAt?: string) =>
      ({ id, status, followUpAt }) as unknown as import('@/lib/case/model').Report;
    const cases = [
      {
        id: 'c1',
        reports: [
          report('r1', 'sent', '2026-11-26T10:00:00.000Z'),
          report('r2', 'refused', '2026-11-26T10:00:00.000Z'),
        ],
      },
      {
        id: 'c2',
        reports: [report('r3', 'acknowledged', '2026-11-27T10:00:00.000Z'), report('r4', 'sent')],
      },
    ] as unknown as import('@/lib/case/model').Case[];
    expect(dueReminders(cases)).toEqual([
      { caseId: 'c1', reportId: 'r1', followUpAt: '2026-11-26T10:00:00.000Z' },
      { caseId: 'c2', reportId: 'r3', followUpAt: '2026-11-27T10:00:00.000Z' },
    ]);
  });
});
