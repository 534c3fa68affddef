using System.Diagnostics.CodeAnalysis;

namespace Chb.Adapters;

/// <summary>Vehicle registration mark normalisation.</summary>
/// <remarks>
/// Every GB and NI format is accepted (current, prefix, suffix, dateless, cherished), so the check is
/// deliberately loose: 2 to 8 letters and digits with at least one of each.
/// </remarks>
public static class Vrms
{
    /// <summary>Upper-cases a VRM and removes spaces and hyphens.</summary>
    /// <param name="raw">The mark as written, such as <c>yx19 abc</c>.</param>
    /// <param name="vrm">The normalised mark, such as <c>YX19ABC</c>.</param>
    /// <returns><see langword="true"/> when the result is a plausible registration mark.</returns>
    public static bool TryNormalise(string? raw, [NotNullWhen(true)] out string? vrm)
    {
        vrm = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[8];
        var length = 0;
        bool letter = false, digit = false;
        foreach (var c in raw)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (length == buffer.Length || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            letter |= char.IsAsciiLetter(c);
            digit |= char.IsAsciiDigit(c);
            buffer[length++] = char.ToUpperInvariant(c);
        }

        if (length < 2 || !letter || !digit)
        {
            return false;
        }

        vrm = new string(buffer[..length]);
        return true;
    }
}
