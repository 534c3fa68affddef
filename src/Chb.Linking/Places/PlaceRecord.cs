namespace Chb.Linking;

/// <summary>One mention of a place: a location in a canonical record.</summary>
public sealed record PlaceRecord
{
    /// <summary>Gets the mention's stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the address as written.</summary>
    public AddressInput Address { get; init; } = new(null);

    /// <summary>Gets the British National Grid easting in metres.</summary>
    public int? Easting { get; init; }

    /// <summary>Gets the British National Grid northing in metres.</summary>
    public int? Northing { get; init; }
}
