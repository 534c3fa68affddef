namespace Chb.Linking;

/// <summary>
/// One mention of a person as the matcher sees it: the hub builds it from a party in a canonical record,
/// the benchmark from a FEBRL row. Values are as the source wrote them; the matcher normalises.
/// </summary>
public sealed record PersonRecord
{
    /// <summary>Gets the mention's stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the names, primary first.</summary>
    public IReadOnlyList<NameInput> Names { get; init; } = [];

    /// <summary>Gets the date of birth as <c>yyyyMMdd</c> digits; may be a corrupt value such as 19150231.</summary>
    public string? DateOfBirth { get; init; }

    /// <summary>Gets the PNC ID in canonical form, when known.</summary>
    public string? PncId { get; init; }

    /// <summary>Gets the CRO number in canonical form, when known.</summary>
    public string? CroNumber { get; init; }

    /// <summary>Gets the addresses associated with the person in this mention.</summary>
    public IReadOnlyList<AddressInput> Addresses { get; init; } = [];

    /// <summary>Gets vehicle registration marks tied to the person in this mention.</summary>
    public IReadOnlyList<string> Vrms { get; init; } = [];
}

/// <summary>A name as written.</summary>
/// <param name="Given">Given names (possibly several, possibly an initial).</param>
/// <param name="Family">The family name.</param>
public sealed record NameInput(string? Given, string? Family);

/// <summary>An address as written: free text plus whatever the source holds separately.</summary>
/// <param name="Text">The address lines, comma-separated.</param>
/// <param name="Postcode">The postcode, when held separately.</param>
/// <param name="Locality">The town or suburb, when held separately.</param>
/// <param name="Uprn">The UPRN, when known.</param>
public sealed record AddressInput(string? Text, string? Postcode = null, string? Locality = null, string? Uprn = null);
