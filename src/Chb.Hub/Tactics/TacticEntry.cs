namespace Chb.Hub.Tactics;

/// <summary>One tactic as written in the catalogue file, before validation.</summary>
internal sealed class TacticEntry
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Category { get; set; }

    public string? Instrument { get; set; }

    public string? Statute { get; set; }

    public string? OwningAgencyKind { get; set; }

    public List<string?>? ApplicantAgencyKinds { get; set; }

    public string? SubjectType { get; set; }

    public int? MinAge { get; set; }

    public int? MaxAge { get; set; }

    public List<string?>? Phases { get; set; }

    public List<string?>? Strands { get; set; }

    public string? EffectiveFrom { get; set; }

    public string? EffectiveTo { get; set; }

    public bool? Deconfliction { get; set; }

    public int? Harm { get; set; }

    public string? StandardOfProof { get; set; }

    public bool? RequiresConviction { get; set; }

    public List<string?>? FeedsInto { get; set; }

    public WhenEntry? When { get; set; }

    public string? Note { get; set; }
}
