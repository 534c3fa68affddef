using Chb.Hub.Tactics;

namespace Chb.Hub.Tests.Tactics.Support;

/// <summary>
/// Builds evaluation subjects the way the hub's projector does: the union of the facts of every record mention
/// linked to one hub nominal or location (here the links are named by hand).
/// </summary>
internal static class Subjects
{
    public static TacticSubject From(FactSubject type, DateOnly today, params (SampleRecord Sample, int Index)[] mentions)
    {
        var facts = new List<SubjectFact>();
        foreach (var (sample, index) in mentions)
        {
            facts.AddRange(FactExtractor.Extract(sample.Record, sample.Kind.ToString(), today)
                .Where(f => f.Subject == type && f.ItemIndex == index)
                .Select(f => SubjectFact.From(f, sample.Agency, sample.Id)));
        }

        return new TacticSubject(type, facts);
    }

    public static TacticSubject Person(params string[] facts) => Person(null, facts);

    public static TacticSubject Person(DateOnly? on, params string[] facts)
        => new(FactSubject.Person, [.. facts.Select((f, i) => new SubjectFact(f, "AG", $"R{i}", on))]);

    public static TacticSubject Location(params string[] facts)
        => new(FactSubject.Location, [.. facts.Select((f, i) => new SubjectFact(f, "AG", $"R{i}", null))]);

    public static IReadOnlyList<string> Ids(this IEnumerable<TacticMatch> matches) => [.. matches.Select(m => m.Tactic.Id)];
}
