using Chb.Adapters;

namespace Chb.Linking.Text;

/// <summary>Turns an address as a partner wrote it into comparable parts.</summary>
internal static class AddressParser
{
    /// <summary>Parses free text plus the separately held postcode and locality (either may be null).</summary>
    /// <returns>The parts, or null when the address says nothing (blank or a placeholder such as "no fixed abode").</returns>
    public static AddressParts? Parse(string? text, string? postcode, string? locality)
    {
        var segments = (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Fold.Upper).Where(s => s.Length > 0).ToList();
        var code = NormalisePostcode(postcode);
        if (code.Length == 0 && segments.Count > 0 && Postcodes.TryNormalise(segments[^1], out var found))
        {
            code = found;
            segments.RemoveAt(segments.Count - 1);
        }

        var place = Fold.Upper(locality);
        if (place.Length == 0 && segments.Count > 1 && LooksLikeLocality(segments[^1]))
        {
            place = segments[^1];
            segments.RemoveAt(segments.Count - 1);
        }

        var joined = string.Join(' ', segments);
        if (AddressWords.Placeholders.Contains(joined))
        {
            segments.Clear();
        }

        var numbers = new SortedSet<string>(StringComparer.Ordinal);
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var token in segments.SelectMany(s => s.Split(' ')))
        {
            if (token.Any(char.IsAsciiDigit))
            {
                numbers.Add(token);
            }
            else
            {
                var word = AddressWords.Abbreviations.GetValueOrDefault(token, token);
                if (!AddressWords.Noise.Contains(word))
                {
                    words.Add(word);
                }
            }
        }

        if (numbers.Count == 0 && words.Count == 0 && code.Length == 0)
        {
            return null;
        }

        return new AddressParts(code, [.. numbers], [.. words], place);
    }

    private static string NormalisePostcode(string? raw)
    {
        if (Postcodes.TryNormalise(raw, out var uk))
        {
            return uk;
        }

        return Fold.Upper(raw).Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    private static bool LooksLikeLocality(string segment)
    {
        var tokens = segment.Split(' ');
        return tokens.Length <= 3 && !tokens.Any(t => t.Any(char.IsAsciiDigit) || AddressWords.StreetTypes.Contains(AddressWords.Abbreviations.GetValueOrDefault(t, t)));
    }
}

/// <summary>An address reduced to its postcode, premise numbers, street words and locality (all folded).</summary>
internal sealed record AddressParts(string Postcode, string[] Numbers, string[] Words, string Locality)
{
    /// <summary>Gets a key naming the premise: postcode, numbers and words; equal keys mean the same written address.</summary>
    public string Key { get; } = $"{Postcode}|{string.Join(' ', Numbers)}|{string.Join(' ', Words)}";

    /// <summary>Gets the frequency key of this written address among people.</summary>
    public long PersonKey { get; } = LinkKeys.Of('P', KeyFamily.FrequencyAddress, $"{Postcode}|{string.Join(' ', Numbers)}|{string.Join(' ', Words)}");

    /// <summary>Gets the sorted bigrams of the street words.</summary>
    public int[] Grams { get; } = Bigrams.Of(Words);
}
