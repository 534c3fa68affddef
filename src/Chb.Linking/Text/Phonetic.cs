using System.Text;

namespace Chb.Linking.Text;

/// <summary>
/// A Soundex-like phonetic key tuned for transliterated names: first-letter equivalences (C/K/Q, PH/F,
/// vowels), silent letters and doubled consonants are folded, so Mohammed, Muhammad and Mohamed share
/// <c>MMD</c>-style keys and Katherine and Catherine share one.
/// </summary>
internal static class Phonetic
{
    private const int MaxLength = 6;

    /// <summary>Gets the key of one folded name token (letters A–Z; anything else is ignored).</summary>
    public static string Key(string token)
    {
        if (token.Length == 0)
        {
            return string.Empty;
        }

        var s = Rewrite(token);
        if (s.Length == 0)
        {
            return string.Empty;
        }

        var key = new StringBuilder(MaxLength);
        key.Append(IsVowel(s[0]) ? 'A' : s[0]);
        var last = key[0];
        for (var i = 1; i < s.Length && key.Length < MaxLength; i++)
        {
            var c = s[i];
            if (IsVowel(c) || c is 'H' or 'W' or 'Y')
            {
                continue;
            }

            if (c != last)
            {
                key.Append(c);
                last = c;
            }
        }

        return key.ToString();
    }

    private static string Rewrite(string token)
    {
        var b = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                b.Append(c);
            }
        }

        if (b.Length > 1 && (StartsWith(b, "KN") || StartsWith(b, "GN") || StartsWith(b, "PN") || StartsWith(b, "WR") || StartsWith(b, "PS")))
        {
            b.Remove(0, 1);
        }

        b.Replace("SCH", "SK").Replace("CH", "X").Replace("SH", "X").Replace("PH", "F").Replace("TH", "T").Replace("GH", "G")
            .Replace("CK", "K").Replace("DJ", "J").Replace("KH", "K").Replace("CE", "SE").Replace("CI", "SI").Replace("CY", "SY");
        for (var i = 0; i < b.Length; i++)
        {
            b[i] = b[i] switch
            {
                'C' or 'Q' => 'K',
                'Z' => 'S',
                'V' => 'F',
                'J' => 'G',
                _ => b[i],
            };
        }

        return b.ToString();
    }

    private static bool StartsWith(StringBuilder b, string prefix) => b[0] == prefix[0] && b[1] == prefix[1];

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
