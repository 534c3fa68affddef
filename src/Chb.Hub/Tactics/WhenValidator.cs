namespace Chb.Hub.Tactics;

/// <summary>Checks a tactic's trigger: known fact names about the tactic's own subject, at least one of all/any, no contradictions.</summary>
internal sealed class WhenValidator(string label, List<TacticCatalogueProblem> problems)
{
    public TacticCondition? Validate(WhenEntry? when, FactSubject? subject)
    {
        if (when is null)
        {
            Add("when", "is required");
            return null;
        }

        var before = problems.Count;
        var all = Facts(when.All, "when.all", subject);
        var any = Facts(when.Any, "when.any", subject);
        var none = Facts(when.None, "when.none", subject);
        if (when.All is not { Count: > 0 } && when.Any is not { Count: > 0 })
        {
            Add("when", "needs at least one fact in 'all' or 'any'");
        }

        foreach (var fact in none.Where(f => all.Contains(f, StringComparer.Ordinal) || any.Contains(f, StringComparer.Ordinal)))
        {
            Add("when.none", $"'{fact}' is also required by 'all' or 'any', so the tactic could never match");
        }

        return problems.Count > before ? null : new TacticCondition(all, any, none);
    }

    private List<string> Facts(List<string?>? names, string field, FactSubject? subject)
    {
        var facts = new List<string>();
        foreach (var name in names ?? [])
        {
            if (name is null || !FactNames.IsKnown(name))
            {
                Add(field, $"'{name}' is not a known fact name");
                continue;
            }

            if (subject is { } expected && FactNames.SubjectOf(name) != expected)
            {
                Add(field, $"'{name}' is not a {Word(expected)} fact, but the tactic's subject is a {Word(expected)}");
            }

            if (facts.Contains(name, StringComparer.Ordinal))
            {
                Add(field, $"lists '{name}' more than once");
            }

            facts.Add(name);
        }

        return facts;
    }

    private static string Word(FactSubject subject) => subject == FactSubject.Person ? "person" : "location";

    private void Add(string field, string message) => problems.Add(new TacticCatalogueProblem(label, field, message));
}
