using System.Globalization;

namespace Chb.Adapters;

/// <summary>Strict date parsing for partner exports.</summary>
/// <remarks>
/// UK exports write <c>dd/MM/yyyy</c>; ambiguous or partial forms such as <c>1/1/1990</c> or
/// <c>01/02/90</c> are refused rather than guessed, because a swapped day and month links the wrong person.
/// </remarks>
public static class UkDates
{
    // Exact ISO 8601 / RFC 3339 layouts only: a culture-tolerant parse would read 03/02/2024 as 2 March.
    private static readonly string[] IsoInstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd' 'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Parses a <c>dd/MM/yyyy</c> date.</summary>
    /// <param name="raw">The text.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the text is exactly a real date in that form.</returns>
    public static bool TryParseUk(string? raw, out DateOnly date)
        => DateOnly.TryParseExact(raw?.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Parses an ISO 8601 <c>yyyy-MM-dd</c> date.</summary>
    /// <param name="raw">The text.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the text is exactly a real date in that form.</returns>
    public static bool TryParseIso(string? raw, out DateOnly date)
        => DateOnly.TryParseExact(raw?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Parses an ISO 8601 timestamp that carries an offset or <c>Z</c>.</summary>
    /// <param name="raw">The text, such as <c>2024-03-02T14:05:00+00:00</c>.</param>
    /// <param name="value">The instant.</param>
    /// <returns><see langword="true"/> when the text is a timestamp with an explicit offset.</returns>
    public static bool TryParseIsoInstant(string? raw, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        var text = raw.Trim();
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z')
            || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        return hasOffset && DateTimeOffset.TryParseExact(text, IsoInstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}
