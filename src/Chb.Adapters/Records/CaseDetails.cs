namespace Chb.Adapters;

/// <summary>Details of a partner case.</summary>
/// <param name="Reference">The case reference, such as <c>ASB/2024/00123</c>.</param>
/// <param name="CaseType">The partner's case type or service, such as <c>Cuckooing</c> or <c>FlyTipping</c>.</param>
/// <param name="Status">The case status, such as <c>Open</c>.</param>
public sealed record CaseDetails(string Reference, string CaseType, string Status)
{
    /// <summary>Gets when the case was opened or the matter reported.</summary>
    public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>Gets when the case was closed.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>Gets the offence or legal basis code, such as <c>EPA1990-s33</c>.</summary>
    public string? OffenceCode { get; init; }

    /// <summary>Gets the outcome so far, such as <c>FPN</c>.</summary>
    public string? Outcome { get; init; }

    /// <summary>Gets the tenancy the case concerns, if any.</summary>
    public TenancyDetails? Tenancy { get; init; }
}

/// <summary>A tenancy referenced by a housing case.</summary>
/// <param name="Reference">The tenancy reference.</param>
/// <param name="Tenure">The tenure type, such as <c>Secure</c>; null when not given.</param>
public sealed record TenancyDetails(string Reference, string? Tenure);

/// <summary>An organised crime group as the owning force records it.</summary>
/// <param name="Reference">The OCG reference, such as <c>OCG-WYP-0042</c>.</param>
/// <param name="Name">The group's working name.</param>
public sealed record OcgDetails(string Reference, string Name)
{
    /// <summary>Gets the MoRiLE score, when assessed.</summary>
    public int? MorileScore { get; init; }

    /// <summary>Gets the Lead Responsible Officer's identifier.</summary>
    public string? LroId { get; init; }
}
