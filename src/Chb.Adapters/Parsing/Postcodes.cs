using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Chb.Adapters;

/// <summary>UK postcode normalisation and format validation.</summary>
/// <remarks>Validation checks the shape only (Royal Mail's letter rules), not that the postcode exists.</remarks>
public static partial class Postcodes
{
    /// <summary>Normalises a postcode to upper case with one space before the inward code.</summary>
    /// <param name="raw">The postcode as a partner wrote it, such as <c>bd38qx</c> or <c>BD3  8QX</c>.</param>
    /// <param name="postcode">The normalised postcode, such as <c>BD3 8QX</c>.</param>
    /// <returns><see langword="true"/> when the input has a valid UK postcode shape.</returns>
    public static bool TryNormalise(string? raw, [NotNullWhen(true)] out string? postcode)
    {
        postcode = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[8];
        var length = 0;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (length == buffer.Length || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            buffer[length++] = char.ToUpperInvariant(c);
        }

        if (length is < 5 or > 7)
        {
            return false;
        }

        var candidate = string.Concat(buffer[..(length - 3)], " ", buffer[(length - 3)..length]);
        if (!Shape().IsMatch(candidate))
        {
            return false;
        }

        postcode = candidate;
        return true;
    }

    /// <summary>Gets the postcode sector (outward code plus the inward digit), such as <c>BD3 8</c>.</summary>
    /// <param name="normalisedPostcode">A postcode returned by <see cref="TryNormalise"/>.</param>
    /// <returns>The sector.</returns>
    public static string Sector(string normalisedPostcode)
    {
        ArgumentException.ThrowIfNullOrEmpty(normalisedPostcode);
        return normalisedPostcode[..^2];
    }

    /// <summary>Gets the postcode district (the outward code), such as <c>BD3</c>.</summary>
    /// <param name="normalisedPostcode">A postcode returned by <see cref="TryNormalise"/>.</param>
    /// <returns>The district.</returns>
    public static string District(string normalisedPostcode)
    {
        ArgumentException.ThrowIfNullOrEmpty(normalisedPostcode);
        return normalisedPostcode[..normalisedPostcode.IndexOf(' ', StringComparison.Ordinal)];
    }

    [GeneratedRegex("^(GIR 0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) [0-9][ABD-HJLNP-UW-Z]{2})$")]
    private static partial Regex Shape();
}
