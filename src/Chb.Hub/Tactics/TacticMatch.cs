namespace Chb.Hub.Tactics;

/// <summary>A tactic open against a subject, the facts that justify it, and its priority.</summary>
/// <param name="Tactic">The tactic.</param>
/// <param name="Justification">The subject's facts named in the tactic's all/any trigger, newest first.</param>
/// <param name="Priority">The priority, 0–100; see <see cref="TacticPriority.Compute"/>.</param>
internal sealed record TacticMatch(Tactic Tactic, IReadOnlyList<SubjectFact> Justification, double Priority)
{
    public const string AgeUnverifiedNote = "age unverified";

    /// <summary>Gets caveats on the match, such as <see cref="AgeUnverifiedNote"/>.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool AgeUnverified => Notes.Contains(AgeUnverifiedNote, StringComparer.Ordinal);

    /// <summary>Gets the distinct agencies whose records justify the match, in order.</summary>
    public IReadOnlyList<string> Agencies
        => [.. Justification.Select(f => f.Agency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Gets the distinct records that justify the match, in order.</summary>
    public IReadOnlyList<string> RecordIds
        => [.. Justification.Select(f => f.RecordId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
