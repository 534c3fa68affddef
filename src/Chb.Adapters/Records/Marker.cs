namespace Chb.Adapters;

/// <summary>A warning, warrant, bail condition or civil order held on a person.</summary>
/// <param name="Kind">What sort of marker it is.</param>
/// <param name="Code">The code or type, such as <c>WEAPONS</c>, <c>Arrest</c> or <c>CBO</c>.</param>
public sealed record Marker(MarkerKind Kind, string Code)
{
    /// <summary>Gets the partner's reference for it, such as a warrant number.</summary>
    public string? Reference { get; init; }

    /// <summary>Gets when it was issued or imposed.</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Gets when it lapses.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>Gets details such as bail conditions or the issuing court; owner-only unless marked otherwise.</summary>
    public MarkedText? Detail { get; init; }
}

/// <summary>The sorts of marker.</summary>
public enum MarkerKind
{
    /// <summary>Not stated; never valid.</summary>
    Unspecified = 0,

    /// <summary>A safety warning marker.</summary>
    Warning = 1,

    /// <summary>An outstanding warrant.</summary>
    Warrant = 2,

    /// <summary>Bail with conditions.</summary>
    Bail = 3,

    /// <summary>A civil order or injunction in force.</summary>
    CivilOrder = 4,
}
