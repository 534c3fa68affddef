namespace Chb.Hub.Tactics;

/// <summary>
/// A tactic's trigger: every <see cref="All"/> fact, at least one <see cref="Any"/> fact (when given), and no
/// <see cref="None"/> fact.
/// </summary>
internal sealed record TacticCondition(IReadOnlyList<string> All, IReadOnlyList<string> Any, IReadOnlyList<string> None)
{
    public bool IsSatisfiedBy(IReadOnlySet<string> facts)
        => All.All(facts.Contains) && (Any.Count == 0 || Any.Any(facts.Contains)) && !None.Any(facts.Contains);

    /// <summary>Gets whether a present fact is one this condition counts as justification (an all or any fact).</summary>
    public bool Justifies(string fact) => All.Contains(fact, StringComparer.Ordinal) || Any.Contains(fact, StringComparer.Ordinal);
}
