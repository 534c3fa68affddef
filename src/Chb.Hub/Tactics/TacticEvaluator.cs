namespace Chb.Hub.Tactics;

/// <summary>
/// Finds the tactics open against one subject. Pure and deterministic: the same catalogue, subject and day give the
/// same matches in the same order (priority descending, then tactic id).
/// </summary>
internal static class TacticEvaluator
{
    /// <summary>Evaluates every tactic in force on <paramref name="today"/> against the subject's facts.</summary>
    /// <returns>
    /// The tactics whose subject type is the subject's, that are effective on <paramref name="today"/>, whose trigger
    /// holds, and whose age bounds admit the subject (an unknown age is admitted and noted as unverified).
    /// </returns>
    public static IReadOnlyList<TacticMatch> Evaluate(TacticCatalogue catalogue, TacticSubject subject, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(subject);
        var present = subject.Facts.Select(f => f.Fact).ToHashSet(StringComparer.Ordinal);
        var matches = new List<TacticMatch>();
        foreach (var tactic in catalogue.Tactics)
        {
            if (tactic.SubjectType != subject.Type || !tactic.IsEffectiveOn(today) || !tactic.When.IsSatisfiedBy(present))
            {
                continue;
            }

            if (subject.Age is { } age && !tactic.AcceptsAge(age))
            {
                continue;
            }

            var justification = subject.Facts
                .Where(f => tactic.When.Justifies(f.Fact))
                .OrderByDescending(f => f.On)
                .ThenBy(f => f.Fact, StringComparer.Ordinal)
                .ThenBy(f => f.Agency, StringComparer.Ordinal)
                .ThenBy(f => f.RecordId, StringComparer.Ordinal)
                .ThenBy(f => f.Detail, StringComparer.Ordinal)
                .ToList();
            matches.Add(new TacticMatch(tactic, justification, TacticPriority.Compute(tactic.Harm, justification, subject.MorileScore, today))
            {
                Notes = tactic.HasAgeBounds && subject.Age is null ? [TacticMatch.AgeUnverifiedNote] : [],
            });
        }

        return [.. matches.OrderByDescending(m => m.Priority).ThenBy(m => m.Tactic.Id, StringComparer.Ordinal)];
    }
}
