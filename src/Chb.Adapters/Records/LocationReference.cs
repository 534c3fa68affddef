namespace Chb.Adapters;

/// <summary>A place as a partner refers to it.</summary>
/// <remarks>At least one of <see cref="Uprn"/>, <see cref="Postcode"/>, <see cref="Address"/> or a grid reference is set.</remarks>
/// <param name="Relation">How the place relates to the record.</param>
public sealed record LocationReference(LocationRelation Relation)
{
    /// <summary>Gets the Unique Property Reference Number (1–12 digits).</summary>
    public string? Uprn { get; init; }

    /// <summary>Gets the address as free text, lines joined by ", ".</summary>
    public string? Address { get; init; }

    /// <summary>Gets the normalised postcode, such as <c>BD3 8QX</c>.</summary>
    public string? Postcode { get; init; }

    /// <summary>Gets the British National Grid easting in metres.</summary>
    public int? Easting { get; init; }

    /// <summary>Gets the British National Grid northing in metres.</summary>
    public int? Northing { get; init; }

    /// <summary>Gets when the relation began, when known.</summary>
    public DateOnly? From { get; init; }
}

/// <summary>How a place relates to a record.</summary>
public enum LocationRelation
{
    /// <summary>Not stated; never valid.</summary>
    Unspecified = 0,

    /// <summary>Where the case's matter happened or the premises it concerns.</summary>
    Subject = 1,

    /// <summary>Where a person lives or has lived.</summary>
    Residence = 2,
}
