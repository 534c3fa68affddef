using Chb.Adapters;

namespace Chb.Hub.Tactics;

/// <summary>One disruption tactic from the catalogue: the legal instrument, who may use it, on whom, and when it applies.</summary>
internal sealed record Tactic
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Category { get; init; }

    public required string Instrument { get; init; }

    public required string Statute { get; init; }

    public required AgencyKind OwningAgencyKind { get; init; }

    public required IReadOnlyList<AgencyKind> ApplicantAgencyKinds { get; init; }

    public required FactSubject SubjectType { get; init; }

    public int? MinAge { get; init; }

    public int? MaxAge { get; init; }

    public required IReadOnlyList<ChbPhase> Phases { get; init; }

    public required IReadOnlyList<FourPStrand> Strands { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Gets the last day the power can be used; null while in force.</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>Gets whether using it visibly acts on a person, so the SIO must deconflict before release.</summary>
    public required bool Deconfliction { get; init; }

    /// <summary>Gets the harm weight, 1 (least) to 5, used in priority.</summary>
    public required int Harm { get; init; }

    public required StandardOfProof StandardOfProof { get; init; }

    public required bool RequiresConviction { get; init; }

    /// <summary>Gets the tactics this one can open once used (e.g. a closure order opens the absolute ground).</summary>
    public required IReadOnlyList<string> FeedsInto { get; init; }

    public required TacticCondition When { get; init; }

    /// <summary>Gets a note on the law's status or a caveat, such as a repeal or an unconfirmed commencement.</summary>
    public string? Note { get; init; }

    public bool HasAgeBounds => MinAge is not null || MaxAge is not null;

    public bool IsEffectiveOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);

    public bool AcceptsAge(int age) => (MinAge is null || age >= MinAge) && (MaxAge is null || age <= MaxAge);
}
