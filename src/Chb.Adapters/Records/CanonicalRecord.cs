namespace Chb.Adapters;

/// <summary>
/// One partner record in the hub's canonical shape: a case, a police nominal or an OCG, with the
/// people, places, vehicles and intelligence it mentions.
/// </summary>
/// <remarks>
/// <para>A record never holds a PROTECTED value (complainant or reporter identity, informant
/// reference): adapters drop those and may set <see cref="HasProtectedParty"/> instead.</para>
/// <para>Free text is carried as <see cref="MarkedText"/> so its disclosure marking travels with it.</para>
/// </remarks>
public sealed record CanonicalRecord
{
    /// <summary>Gets the partner's own stable reference for this record, unique within the agency.</summary>
    /// <remarks>Re-exporting the same thing must give the same reference; the hub versions by content.</remarks>
    public required string PartnerReference { get; init; }

    /// <summary>Gets what the record describes.</summary>
    public required RecordKind Kind { get; init; }

    /// <summary>Gets the case details when <see cref="Kind"/> is <see cref="RecordKind.Case"/>.</summary>
    public CaseDetails? Case { get; init; }

    /// <summary>Gets the OCG details when <see cref="Kind"/> is <see cref="RecordKind.Ocg"/>.</summary>
    public OcgDetails? Ocg { get; init; }

    /// <summary>Gets the people and organisations in the record, each with its role in this record.</summary>
    public IReadOnlyList<Party> Parties { get; init; } = [];

    /// <summary>Gets the places the record concerns.</summary>
    public IReadOnlyList<LocationReference> Locations { get; init; } = [];

    /// <summary>Gets vehicles the record mentions.</summary>
    public IReadOnlyList<VehicleReference> Vehicles { get; init; } = [];

    /// <summary>Gets OCG memberships the record states.</summary>
    public IReadOnlyList<OcgMembership> OcgMemberships { get; init; } = [];

    /// <summary>Gets warnings, warrants, bail and civil orders.</summary>
    public IReadOnlyList<Marker> Markers { get; init; } = [];

    /// <summary>Gets intelligence items with their grading and handling code.</summary>
    public IReadOnlyList<IntelligenceItem> Intelligence { get; init; } = [];

    /// <summary>Gets free-text notes; partner notes are <see cref="Disclosure.OwnerOnly"/>.</summary>
    public MarkedText? Notes { get; init; }

    /// <summary>Gets the partner's protective marking, such as <c>OFFICIAL-SENSITIVE</c>.</summary>
    public string? Classification { get; init; }

    /// <summary>Gets a value indicating whether a complainant or reporter existed and was dropped.</summary>
    public bool HasProtectedParty { get; init; }
}

/// <summary>What a canonical record describes.</summary>
public enum RecordKind
{
    /// <summary>Not stated; never valid.</summary>
    Unspecified = 0,

    /// <summary>A partner case (housing, enforcement, licensing) and one or more of its parties.</summary>
    Case = 1,

    /// <summary>A police nominal: one person with identifiers, markers and intelligence.</summary>
    Nominal = 2,

    /// <summary>An organised crime group.</summary>
    Ocg = 3,
}
