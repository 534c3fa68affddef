namespace Chb.Adapters;

/// <summary>Free text with the disclosure marking that travels with it.</summary>
/// <param name="Value">The text.</param>
/// <param name="Disclosure">Who may see it.</param>
public sealed record MarkedText(string Value, Disclosure Disclosure)
{
    /// <summary>Creates owner-only text, the default for partner notes and intelligence.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The marked text.</returns>
    public static MarkedText OwnerOnly(string value) => new(value, Disclosure.OwnerOnly);
}

/// <summary>Who may see a value.</summary>
public enum Disclosure
{
    /// <summary>Not stated; treated as <see cref="OwnerOnly"/>.</summary>
    Unspecified = 0,

    /// <summary>Any caller entitled to the record.</summary>
    Shareable = 1,

    /// <summary>Callers of the owning agency only.</summary>
    OwnerOnly = 2,
}
