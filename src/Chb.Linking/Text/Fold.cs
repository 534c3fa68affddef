using System.Text;

namespace Chb.Linking.Text;

/// <summary>
/// Folds text to upper-case ASCII letters, digits and single spaces. The hub runs with invariant
/// globalisation, where <see cref="string.Normalize()"/> does not decompose accents, so Latin
/// diacritics are folded from an explicit table (é→E, ł→L, ß→SS, æ→AE).
/// </summary>
internal static class Fold
{
    private const string Accented = "ÀÁÂÃÄÅĀĂĄÇĆĈĊČĎĐÈÉÊËĒĔĖĘĚĜĞĠĢĤĦÌÍÎÏĨĪĬĮİĴĶĹĻĽĿŁÑŃŅŇÒÓÔÕÖØŌŎŐŔŖŘŚŜŞŠŢŤŦÙÚÛÜŨŪŬŮŰŲŴÝŸŶŹŻŽ";
    private const string Plain = "AAAAAAAAACCCCCDDEEEEEEEEEGGGGHHIIIIIIIIIJKLLLLLNNNNOOOOOOOOORRRSSSSTTTUUUUUUUUUUWYYYZZZ";

    /// <summary>Upper-cases and folds <paramref name="value"/>; apostrophes vanish, other punctuation becomes a space.</summary>
    public static string Upper(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var raw in value)
        {
            var c = char.ToUpperInvariant(raw);
            if (c is '\'' or '’' or '‘' or '`')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                Append(builder, c, ref space);
            }
            else if (c is 'ß')
            {
                Append(builder, 'S', ref space);
                builder.Append('S');
            }
            else if (c is 'Æ')
            {
                Append(builder, 'A', ref space);
                builder.Append('E');
            }
            else if (c is 'Œ')
            {
                Append(builder, 'O', ref space);
                builder.Append('E');
            }
            else if (Accented.IndexOf(c, StringComparison.Ordinal) is var at and >= 0)
            {
                Append(builder, Plain[at], ref space);
            }
            else
            {
                space = builder.Length > 0;
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits folded text into its space-separated tokens.</summary>
    public static string[] Tokens(string? value)
        => Upper(value).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static void Append(StringBuilder builder, char c, ref bool space)
    {
        if (space)
        {
            builder.Append(' ');
            space = false;
        }

        builder.Append(c);
    }
}
